"""An independent peer: Prism mocks each vendor spec with request validation on, smsgate talks to it.

    python -m tests.peer.prism_check [--prism PATH/TO/prism] [--vendor smspartner] [--verbose]

For each spec Prism (npm ``@stoplight/prism-cli``, a tool we did not write) serves a mock of the
vendor on 127.0.0.1 with ``--errors``; smsgate runs every unified call (send, status, cancel,
credits; sync and async) and every operation of the spec through ``client.call()`` with valid
arguments. A request Prism rejects (a 4xx from Prism, or a request violation it reports in its
``sl-violations`` header) fails the check. A mocked answer our client does not accept is
reported but is not a failure: Prism synthesises answers from the spec (its examples first), and
that is a question about the spec's examples, not about our requests.

Prism serves the spec's paths at the root of its port (it ignores the path of ``servers``), so
the clients' ``base_url`` is Prism's bare address. Exit status: 0 when Prism accepted every
request, 1 when it rejected one (or smsgate refused to build one), 2 when Prism cannot start.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import typing
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import smsgate

from generator.specs import Operation, Spec
from tests.client.test_operations import _normalise, _request_body, _sample
from tests.support import all_specs, left_out_by_query_rule, operation_modules

PRISM_PACKAGE = "@stoplight/prism-cli"
# 5.15+ needs Node >= 24 (DESIGN.md section 5); 5.14.2 is the last release that runs on Node 20.
PRISM_VERSION = "5.14.2"
ROOT = Path(__file__).resolve().parents[2]
LOCAL_PRISM = ROOT / ".nox" / "prism" / "node_modules" / ".bin" / "prism"
API_KEYS = {
    "primotexto": "peer-primotexto-key",
    "smspartner": "peer-smspartner-key",
    "messaggi": "peer-messaggi-token",
    "messaggi_v2": "peer-messaggi-v2-token",
}
# Numbers each vendor takes (national or E.164) and message ids in each vendor's form, used when
# Prism's answer to a send cannot give one.
NUMBERS = {
    "primotexto": ("+33612345678", "0651234567"),
    "smspartner": ("+33651234567", "06 51 23 00 01"),
    "messaggi": ("+393491234567", "349 123 0001"),
    "messaggi_v2": ("+393491234567", "+34 612 34 56 78"),
}
FALLBACK_IDS = {
    "primotexto": "5a1b2c3d4e5f6a7b8c9d0e1f",
    "smspartner": "308",
    "messaggi": "5d443a6e9f2725660f000003",
    "messaggi_v2": "633aabe3e4a9a0e69811ad7f",
}
STARTUP_SECONDS = 180.0  # npx may have to download Prism first


# -- what went over the wire -------------------------------------------------------------------


@dataclass
class Exchange:
    """One request smsgate sent and what Prism answered."""

    method: str
    url: str
    status: int
    violations: list[dict[str, Any]]
    body: str

    @property
    def request_errors(self) -> list[str]:
        return [
            f"{'.'.join(str(part) for part in v.get('location', []))}: {v.get('message', v)}"
            for v in self.violations
            if v.get("location", [""])[0] == "request" and str(v.get("severity", "Error")).lower() == "error"
        ]

    @property
    def response_notes(self) -> list[str]:
        return [
            f"{'.'.join(str(part) for part in v.get('location', []))}: {v.get('message', v)}"
            for v in self.violations
            if v.get("location", [""])[0] != "request"
        ]

    @property
    def rejected(self) -> bool:
        return 400 <= self.status < 500 or bool(self.request_errors)

    def rejection(self) -> str:
        reasons = self.request_errors
        if not reasons:
            try:
                problem = json.loads(self.body)
                reasons = [f"{problem.get('title', '')} {problem.get('detail', '')}".strip()]
            except (ValueError, AttributeError):
                reasons = [self.body[:200]]
        return f"{self.method} {self.url} -> HTTP {self.status}: " + "; ".join(reasons)


def _exchange(request: httpx.Request, response: httpx.Response, content: bytes) -> Exchange:
    try:
        violations = json.loads(response.headers.get("sl-violations", "[]"))
    except ValueError:
        violations = [{"location": ["response"], "message": response.headers["sl-violations"]}]
    return Exchange(
        method=request.method,
        url=str(request.url.copy_with(query=None)) + ("?…" if request.url.query else ""),
        status=response.status_code,
        violations=violations if isinstance(violations, list) else [],
        body=content.decode("utf-8", "replace"),
    )


class RecordingTransport(httpx.BaseTransport):
    """The real HTTP transport, keeping every exchange for the verdict."""

    def __init__(self, log: list[Exchange]) -> None:
        self._inner = httpx.HTTPTransport()
        self._log = log

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        content = response.read()
        self._log.append(_exchange(request, response, content))
        return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)

    def close(self) -> None:
        self._inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self, log: list[Exchange]) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._log = log

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        content = await response.aread()
        self._log.append(_exchange(request, response, content))
        return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)

    async def aclose(self) -> None:
        await self._inner.aclose()


# -- Prism --------------------------------------------------------------------------------------


def prism_command(explicit: str | None) -> list[str] | None:
    """How to run Prism: --prism, then the nox session's local install, then npx; None if no Node."""
    if explicit:
        return [explicit]
    if LOCAL_PRISM.exists():
        return [str(LOCAL_PRISM)]
    npx = shutil.which("npx")
    if npx and shutil.which("node"):
        return [npx, "--yes", f"{PRISM_PACKAGE}@{PRISM_VERSION}"]
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PrismError(RuntimeError):
    pass


@contextmanager
def prism(command: list[str], document: Path) -> Iterator[str]:
    """Prism mocking ``document`` on a free port; yields its base URL and stops it on leaving."""
    port = _free_port()
    with tempfile.TemporaryFile(mode="w+b") as log:
        process = subprocess.Popen(
            [*command, "mock", str(document), "--port", str(port), "--host", "127.0.0.1", "--errors"],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: npx and node are stopped together
        )
        try:
            _wait_until_listening(process, port, log)
            yield f"http://127.0.0.1:{port}"
        finally:
            _stop(process)


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, log: typing.IO[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise PrismError(f"Prism exited with {process.returncode}:\n{log.read().decode('utf-8', 'replace')}")
        log.seek(0)
        if b"Prism is listening" in log.read():
            return
        time.sleep(0.2)
    raise PrismError(f"Prism did not listen on port {port} within {STARTUP_SECONDS:.0f} s")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)  # the group of the process we started, nothing else
    except (AttributeError, ProcessLookupError):  # no process groups (Windows) or already gone
        process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (AttributeError, ProcessLookupError):
            process.kill()
        process.wait(timeout=10)


# -- the checks ---------------------------------------------------------------------------------


@dataclass
class Outcome:
    name: str
    exchanges: list[Exchange]
    error: BaseException | None = None
    skipped: str | None = None

    @property
    def rejected(self) -> list[Exchange]:
        return [exchange for exchange in self.exchanges if exchange.rejected]

    @property
    def not_sent(self) -> bool:
        """smsgate refused the call before any request: our arguments or our client are wrong."""
        return self.skipped is None and not self.exchanges and self.error is not None

    @property
    def client_note(self) -> str | None:
        """Prism accepted the request but the client did not accept Prism's synthetic answer."""
        if self.error is None or self.rejected or not self.exchanges:
            return None
        return f"{type(self.error).__name__}: {str(self.error)[:300]}"


@dataclass
class VendorReport:
    vendor: str
    outcomes: list[Outcome] = field(default_factory=list)
    control: Exchange | None = None  # the deliberately broken request

    @property
    def checked(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.skipped is None]

    @property
    def failed(self) -> list[Outcome]:
        return [outcome for outcome in self.checked if outcome.rejected or outcome.not_sent]

    @property
    def validating(self) -> bool:
        """Prism rejected the deliberately broken request."""
        return self.control is not None and self.control.rejected


def _parameter_string(parameter: dict[str, Any], schema: dict[str, Any]) -> str:
    """A value the spec itself documents for this parameter, else a plain identifier."""
    for source in (parameter, schema):
        if "example" in source:
            return str(source["example"])
        examples = source.get("examples")
        if isinstance(examples, list) and examples:
            return str(examples[0])
        if isinstance(examples, dict) and examples:
            return str(next(iter(examples.values())).get("value"))
    return "id-1" if parameter["in"] == "path" else "+33600000000"


def operation_arguments(spec: Spec, operation: Operation, module: ModuleType) -> dict[str, Any]:
    """Valid keyword arguments for the generated operation: the spec's examples where it has them."""
    signature = inspect.signature(module._get_kwargs)
    hints = typing.get_type_hints(module._get_kwargs)
    by_name = {_normalise(name): name for name in signature.parameters}
    kwargs: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for parameter in spec.parameters(operation):
        python_name = by_name[_normalise(parameter["name"])]
        schema = spec.resolve(parameter.get("schema", {}))
        value, wire = _sample(schema, spec, hints[python_name], _parameter_string(parameter, schema))
        kwargs[python_name] = value
        if parameter["in"] == "query":
            query[parameter["name"]] = wire
    for name in left_out_by_query_rule(operation, query):  # both lookups at once: smsgate refuses it
        del kwargs[by_name[_normalise(name)]]
    body = _request_body(spec, operation, module)
    if body is not None:
        kwargs["body"] = body[0]
    return kwargs


def _run(name: str, action: Callable[[], object], log: list[Exchange]) -> Outcome:
    log.clear()
    try:
        action()
    except smsgate.UnsupportedOperationError as unsupported:
        if not log:
            return Outcome(name, [], skipped=f"unsupported by the vendor: {unsupported}")
        return Outcome(name, list(log), error=unsupported)
    except smsgate.SmsGateError as error:
        return Outcome(name, list(log), error=error)
    return Outcome(name, list(log))


async def _run_async(name: str, action: Callable[[], Awaitable[object]], log: list[Exchange]) -> Outcome:
    log.clear()
    try:
        await action()
    except smsgate.UnsupportedOperationError as unsupported:
        if not log:
            return Outcome(name, [], skipped=f"unsupported by the vendor: {unsupported}")
        return Outcome(name, list(log), error=unsupported)
    except smsgate.SmsGateError as error:
        return Outcome(name, list(log), error=error)
    return Outcome(name, list(log))


def _schedule(vendor: str) -> datetime:
    """In two days, on a time each vendor can schedule: 10:00 UTC (SMS Partner's 5-minute marks),
    midnight Europe/Rome for Messaggi, which schedules by day."""
    if vendor == "messaggi":
        rome = ZoneInfo("Europe/Rome")
        return datetime.now(rome).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=2)
    return (datetime.now(UTC) + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)


def unified_checks(vendor: str, base_url: str) -> list[Outcome]:
    outcomes: list[Outcome] = []
    formats = ("json", "xml") if vendor == "smspartner" else ("json",)
    for response_format in formats:
        log: list[Exchange] = []
        options: dict[str, Any] = {"response_format": response_format} if response_format == "xml" else {}
        client = smsgate.Client(
            vendor,
            api_key=API_KEYS[vendor],
            base_url=base_url,
            max_retries=0,
            http_client=httpx.Client(transport=RecordingTransport(log), timeout=15),
            **options,
        )
        with client:
            outcomes.extend(_sync_unified_checks(client, " [xml]" if response_format == "xml" else "", log))
    outcomes.extend(asyncio.run(_async_unified_checks(vendor, base_url)))
    return outcomes


def _sync_unified_checks(client: smsgate.Client, suffix: str, log: list[Exchange]) -> list[Outcome]:
    vendor = client.vendor
    first, second = NUMBERS[vendor]
    outcomes: list[Outcome] = []
    sent: list[smsgate.SendResult] = []

    def send() -> None:
        sent.append(client.send(first, "Votre code : 123456", sender="ACME"))

    def send_all_options() -> None:
        text = "Votre code : 123456 é€"
        client.send([first, second], text, sender="ACME", scheduled_at=_schedule(vendor), reference="otp-42")

    outcomes.append(_run(f"send{suffix}", send, log))
    outcomes.append(_run(f"send (2 numbers, scheduled, reference){suffix}", send_all_options, log))
    outcomes.append(
        _run(f"send (dry run){suffix}", lambda: client.send(first, "Test", sender="ACME", dry_run=True), log)
    )
    if vendor == "messaggi_v2":  # one message per recipient, each on its country's route
        routes = [first, second, "+33612345678"]
        outcomes.append(_run(f"send (IT, ES and WW routes){suffix}", lambda: client.send(routes, "Ciao"), log))
    message_id = sent[0].message_id.split(",")[0] if sent and sent[0].message_id else FALLBACK_IDS[vendor]
    outcomes.append(_run(f"status{suffix}", lambda: client.status(message_id), log))
    outcomes.append(_run(f"status (one number){suffix}", lambda: client.status(message_id, phone_number=first), log))
    if vendor == "primotexto":
        outcomes.append(_run(f"status (number only){suffix}", lambda: client.status(phone_number=first), log))
    outcomes.append(_run(f"cancel{suffix}", lambda: client.cancel(message_id), log))
    outcomes.append(_run(f"credits{suffix}", client.credits, log))
    return outcomes


async def _async_unified_checks(vendor: str, base_url: str) -> list[Outcome]:
    log: list[Exchange] = []
    first, _ = NUMBERS[vendor]
    outcomes: list[Outcome] = []
    client = smsgate.AsyncClient(
        vendor,
        api_key=API_KEYS[vendor],
        base_url=base_url,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=AsyncRecordingTransport(log), timeout=15),
    )
    async with client:
        sent: list[smsgate.SendResult] = []

        async def send() -> None:
            sent.append(await client.send(first, "Votre code : 123456", sender="ACME"))

        outcomes.append(await _run_async("async send", send, log))
        message_id = sent[0].message_id.split(",")[0] if sent and sent[0].message_id else FALLBACK_IDS[vendor]
        outcomes.append(await _run_async("async status", lambda: client.status(message_id), log))
        outcomes.append(await _run_async("async cancel", lambda: client.cancel(message_id), log))
        outcomes.append(await _run_async("async credits", client.credits, log))
    return outcomes


def _caller(client: smsgate.Client, module: ModuleType, kwargs: dict[str, Any]) -> Callable[[], object]:
    endpoint: Any = module  # a generated operation module: call() takes it as an Endpoint
    return lambda: client.call(endpoint, **kwargs)


def operation_checks(spec: Spec, base_url: str) -> list[Outcome]:
    log: list[Exchange] = []
    outcomes: list[Outcome] = []
    modules = operation_modules(spec.vendor)
    client = smsgate.Client(
        spec.vendor,
        api_key=API_KEYS[spec.vendor],
        base_url=base_url,
        max_retries=0,
        http_client=httpx.Client(transport=RecordingTransport(log), timeout=15),
    )
    with client:
        for operation in spec.operations():
            module = modules[operation.operation_id]
            kwargs = operation_arguments(spec, operation, module)
            outcomes.append(_run(f"call({operation.operation_id})", _caller(client, module, kwargs), log))
    return outcomes


def control_check(spec: Spec, base_url: str) -> Exchange:
    """A request that breaks the spec on purpose (an empty body where one is required, key in
    place): Prism must reject it, or its validation is off and every "accepted" above means nothing."""
    operation = next(
        o for o in spec.operations() if o.method == "post" and o.operation.get("requestBody", {}).get("required")
    )
    path = operation.path
    for parameter in spec.parameters(operation):
        if parameter["in"] == "path":
            schema = spec.resolve(parameter.get("schema", {}))
            value = schema["enum"][0] if "enum" in schema else _parameter_string(parameter, schema)
            path = path.replace("{" + parameter["name"] + "}", str(value))
    key = API_KEYS[spec.vendor]
    headers = {"Content-Type": "application/json", "X-Primotexto-ApiKey": key, "Authorization": f"Bearer {key}"}
    log: list[Exchange] = []
    with httpx.Client(transport=RecordingTransport(log), timeout=15) as http:
        http.post(base_url + path, params={"apiKey": key}, headers=headers, content=b"{}")
    return log[0]


def check_vendor(spec: Spec, command: list[str]) -> VendorReport:
    document = ROOT / "specs" / f"{spec.vendor}.openapi.yaml"
    report = VendorReport(spec.vendor)
    with prism(command, document) as base_url:
        report.control = control_check(spec, base_url)
        report.outcomes.extend(unified_checks(spec.vendor, base_url))
        report.outcomes.extend(operation_checks(spec, base_url))
    return report


# -- the report ---------------------------------------------------------------------------------


def render(reports: list[VendorReport], verbose: bool) -> str:
    rows = [("vendor", "checked", "accepted", "rejected", "client notes", "skipped", "broken request rejected")]
    for report in reports:
        checked = report.checked
        rows.append(
            (
                report.vendor,
                str(len(checked)),
                str(len(checked) - len(report.failed)),
                str(len(report.failed)),
                str(sum(1 for outcome in checked if outcome.client_note)),
                str(len(report.outcomes) - len(checked)),
                f"yes (HTTP {report.control.status})" if report.control and report.validating else "NO",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    for report in reports:
        if report.control is not None and report.validating:
            lines.append(f"control   {report.vendor}: {report.control.rejection()}")
        else:
            lines.append(f"FAILED    {report.vendor}: Prism accepted a request that breaks the spec: validation is off")
        for outcome in report.outcomes:
            if outcome.rejected:
                for exchange in outcome.rejected:
                    lines.append(f"REJECTED  {report.vendor} {outcome.name}: {exchange.rejection()}")
            elif outcome.not_sent:
                error = f"{type(outcome.error).__name__}: {outcome.error}"
                lines.append(f"NOT SENT  {report.vendor} {outcome.name}: {error}")
        for outcome in report.outcomes:
            if outcome.client_note:
                lines.append(f"note      {report.vendor} {outcome.name}: Prism accepted; {outcome.client_note}")
            if outcome.skipped:
                lines.append(f"skipped   {report.vendor} {outcome.name}: {outcome.skipped}")
            for exchange in outcome.exchanges:
                for note in exchange.response_notes:
                    lines.append(f"note      {report.vendor} {outcome.name}: Prism's own answer: {note}")
            if verbose:
                for exchange in outcome.exchanges:
                    where = f"{exchange.method} {exchange.url}"
                    lines.append(f"  {report.vendor} {outcome.name}: {where} -> {exchange.status}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--prism", help="the prism executable (default: .nox/prism, else npx)")
    parser.add_argument("--vendor", action="append", help="only this vendor (repeatable)")
    parser.add_argument("--verbose", action="store_true", help="list every request and Prism's status")
    arguments = parser.parse_args(argv)
    command = prism_command(arguments.prism)
    if command is None:
        print("Prism needs Node.js: neither --prism, .nox/prism nor node/npx is available", file=sys.stderr)
        return 2
    reports: list[VendorReport] = []
    try:
        for spec in all_specs():
            if arguments.vendor and spec.vendor not in arguments.vendor:
                continue
            reports.append(check_vendor(spec, command))
    except PrismError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"Prism {PRISM_VERSION} ({' '.join(command)}), request validation on (--errors)")
    print(render(reports, arguments.verbose))
    return 1 if any(report.failed or not report.validating for report in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
