"""One send contract: a campaign (Python sync and async, the CLI with ``--file``, with and without
failover) makes the request ``send()`` makes with the same options, and meets the same refusals.

Each path runs against the in-process sandbox behind a transport that records every request; the
requests are compared field by field, the reference field aside (a campaign's request carries its
batch's tag there, which starts with the caller's reference).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import smsgate
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from smsgate import cli
from smsgate._base.spec import VENDORS
from smsgate._cli import exit_codes
from smsgate.sandbox import Sandbox

NUMBERS = {"smspartner": "+33612349001", "primotexto": "+33612349002", "messaggi": "+393491234501"}
NUMBERS["messaggi_v2"] = "+393491234502"
REFERENCE_FIELDS = ("tag", "category")  # SMS Partner, Primotexto; Messaggi's is options.custom
PARIS = ZoneInfo("Europe/Paris")

Request = tuple[str, str, Any]  # method, path, body without its reference field


class Recording(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The sandbox's transport, keeping each request (sync and async)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.inner = sandbox.transport()
        self.requests: list[Request] = []

    def _keep(self, request: httpx.Request) -> None:
        body: Any = request.content.decode()
        with contextlib.suppress(ValueError):
            body = json.loads(body)
        if isinstance(body, dict):
            body = {key: value for key, value in body.items() if key not in REFERENCE_FIELDS}
            if isinstance(body.get("options"), dict):
                # Messaggi sends its options object only to carry the reference (with its defaults).
                rest = {k: v for k, v in body["options"].items() if k != "custom"}
                body["options"] = rest
                if not any(rest.values()):
                    del body["options"]
        self.requests.append((request.method, request.url.path, body))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self._keep(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self._keep(request)
        return await self.inner.handle_async_request(request)


def client(vendor: str, sandbox: Sandbox, recording: Recording) -> smsgate.Client:
    return smsgate.Client(
        vendor,
        api_key=sandbox.api_keys[vendor],
        base_url=sandbox.base_url(vendor),
        http_client=httpx.Client(transport=recording),
    )


def async_client(vendor: str, sandbox: Sandbox, recording: Recording) -> smsgate.AsyncClient:
    return smsgate.AsyncClient(
        vendor,
        api_key=sandbox.api_keys[vendor],
        base_url=sandbox.base_url(vendor),
        http_client=httpx.AsyncClient(transport=recording),
    )


Outcome = tuple[str, list[Request]]  # the error class ("ok" when accepted), the requests made


def through(path: Callable[[smsgate.Client, Sandbox, Recording], object], vendor: str) -> Outcome:
    """What ``path`` did on a fresh sandbox: the class of the error it raised (the CLI's read back
    from its exit code), or "ok", and the requests it made."""
    sandbox = Sandbox()
    recording = Recording(sandbox)
    with client(vendor, sandbox, recording) as one:
        try:
            path(one, sandbox, recording)
        except _ExitCode as exited:
            return exited.name, recording.requests
        except smsgate.SmsGateError as error:
            return type(error).__name__, recording.requests
    return "ok", recording.requests


def next_weekday_at(hour: int) -> datetime:
    day = datetime.now(PARIS) + timedelta(days=2)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.replace(hour=hour, minute=0, second=0, microsecond=0)


options_strategy = st.fixed_dictionaries(
    {},
    optional={
        "sender": st.sampled_from(["ACME", "Acme Shop", "ABCDEFGHIJKLMNOPQ", "12345"]),
        "reference": st.sampled_from(["ref1", "r 2", "promo-ete"]),
        "dry_run": st.booleans(),
        "purpose": st.sampled_from(["transactional", "marketing"]),
        "gsm7": st.booleans(),
        "scheduled_at": st.sampled_from([10, 23]).map(next_weekday_at),
    },
)
texts = st.sampled_from(["Votre code : 123456", "Soldes « été » — 20 % ! STOP au 36111", "Offre {name} ce week-end"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(vendor=st.sampled_from(VENDORS), text=texts, options=options_strategy)
def test_a_campaign_sends_what_send_sends_and_refuses_what_it_refuses(
    vendor: str, text: str, options: dict[str, Any], tmp_path: Path
) -> None:
    number = NUMBERS[vendor]
    single_text = text.replace("{name}", "Ada")

    def single(one: smsgate.Client, _: Sandbox, __: Recording) -> None:
        one.send(number, single_text, **options)

    def campaign(one: smsgate.Client, _: Sandbox, __: Recording) -> None:
        smsgate.send_many(one, [(number, {"name": "Ada"})], text, **options)

    def campaign_async(_: smsgate.Client, sandbox: Sandbox, recording: Recording) -> None:
        async def run() -> None:
            async with async_client(vendor, sandbox, recording) as one:
                await smsgate.send_many_async(one, [(number, {"name": "Ada"})], text, **options)

        asyncio.run(run())

    expected = through(single, vendor)
    event(f"send(): {expected[0]}")
    assert through(campaign, vendor) == expected
    assert through(campaign_async, vendor) == expected
    assert through(_cli_file(vendor, number, text, options, tmp_path), vendor) == expected
    # With failover, every vendor's rules apply first: a refusal of the primary's is a refusal.
    other = "smspartner" if vendor != "smspartner" else "primotexto"

    def failover(one: smsgate.Client, sandbox: Sandbox, recording: Recording) -> None:
        with client(other, sandbox, Recording(sandbox)) as second:
            smsgate.FailoverClient([one, second]).send(number, single_text, **options)

    def failover_async(_: smsgate.Client, sandbox: Sandbox, recording: Recording) -> None:
        async def run() -> None:
            async with (
                async_client(vendor, sandbox, recording) as one,
                async_client(other, sandbox, Recording(sandbox)) as second,
            ):
                await smsgate.AsyncFailoverClient([one, second]).send(number, single_text, **options)

        asyncio.run(run())

    for path in (failover, failover_async):
        outcome, requests = through(path, vendor)
        if expected[0] != "ok":
            assert outcome != "ok"
        elif outcome == "ok":
            assert requests == expected[1]


def _cli_file(
    vendor: str, number: str, text: str, options: dict[str, Any], folder: Path
) -> Callable[[smsgate.Client, Sandbox, Recording], None]:
    """The same send as ``smsgate send --file``, on the test's client; its exit code as the error class."""
    numbers = folder / f"{vendor}.csv"
    numbers.write_text(f"number,name\n{number},Ada\n", encoding="utf-8")
    argv = ["send", "--vendor", vendor, "--file", str(numbers), "--text", text, "--json"]
    if "sender" in options:
        argv += ["--sender", options["sender"]]
    if "reference" in options:
        argv += ["--reference", options["reference"]]
    if options.get("dry_run"):
        argv.append("--dry-run")
    if "purpose" in options:
        argv += ["--purpose", options["purpose"]]
    if options.get("gsm7"):
        argv.append("--gsm7")
    if "scheduled_at" in options:
        argv += ["--at", options["scheduled_at"].isoformat()]

    def run(one: smsgate.Client, _: Sandbox, __: Recording) -> None:
        code = cli.main(argv, make_client=lambda name, opts: one)
        if code == exit_codes.OK:
            return
        # Code 4 is shared: InvalidRequestError comes first in the table, and every refusal these
        # options can meet is a vendor's rule (none is a bad argument, an InvalidArgumentError).
        name = next((entry.error_class.__name__ for entry in exit_codes.ERROR_CODES if entry.code == code), None)
        raise _ExitCode(name or f"exit {code}")

    return run


class _ExitCode(smsgate.SmsGateError):
    """An exit code read back as the error class it stands for."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name
