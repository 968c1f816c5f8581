"""The secret sweep: every error path the suites reach, every vendor, and nowhere the key shows.

A path is one scenario (vendor, what goes wrong, call, sync or async, or a CLI run); each path checks
every surface a user sees: ``str``/``repr`` of the exception and its whole chain (notes, attributes,
the formatted traceback), the traceback with the locals of every frame (``pytest -l``, as
``traceback.TracebackException(capture_locals=True)`` formats it, whole chain), ``repr`` of the
client and of every object it holds (three attribute levels down: the pipeline, the httpx client,
the vendor hooks ...), every log record of every logger of the process (the root logger at DEBUG,
no logger disabled or above DEBUG: ``smsgate``, ``httpx``, ``httpcore``, ``asyncio`` ...), and for
the CLI stdout and stderr, with and without ``--debug`` (which prints the traceback). The key is
looked for as sent and as any surface could spell it (stripped, percent-encoded, escaped). The keys are distinct
per vendor and used everywhere: the sandbox server accepts them, so faults, vendor error answers and
successes all travel with the real key on the wire.

Paths: each sandbox fault mode (every attempt faulted) x call; each documented error code of each
vendor, with a vendor message that echoes the key; malformed answers that quote the key; bad input
refused before sending; the CLI over the same faults, codes and bad input; keys that need
stripping (``"KEY\n"``, ``"  KEY  "``: they must work) and keys that cannot travel (control
characters, non-ASCII in a header, not a string: ``AuthenticationError`` at construction); and
httpx's own ``HTTP Request: GET ...?apiKey=...`` line at INFO.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import io
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from typing import Any
from unittest import mock

import httpx
import pytest
import smsgate
from smsgate import cli
from smsgate.sandbox import FaultKind, RunningServer, Sandbox, start_server

from tests.core.test_errors import error_body
from tests.fakes import FakeVendor, answer
from tests.reliability_support import (
    CREDITS,
    HEADER_VENDORS,
    KEY_VARIABLES,
    LOCALS_UNFORMATTABLE,
    MESSAGE_ID,
    NUMBER,
    SENDER,
    TEXT,
    UNSUPPORTED,
    VENDORS,
    RootLog,
    every_logger,
    everything_shown,
    internal_reprs,
    scheduled_at,
    secret_forms,
    shared_ssl_context,
    shows,
    traceback_with_locals,
)
from tests.support import spec_by_vendor

# The long reliability suites run once per CI run (on the generator's Python), see noxfile.py.
pytestmark = pytest.mark.reliability

KEYS = {vendor: f"sweep-{vendor}-k3y-5ecret" for vendor in VENDORS}
CALLS = ("send", "status", "cancel", "credits")
TIMEOUT = 0.3
FAULTS: list[tuple[str, FaultKind, float | None]] = [
    (kind.value, kind, {FaultKind.LATENCY: 0.01, FaultKind.SLOW_DRIP: 0.001}.get(kind)) for kind in FaultKind
] + [("latency>timeout", FaultKind.LATENCY, TIMEOUT + 0.2)]
PATHS: Counter[str] = Counter()
Runner = Callable[[Any], None]
SURFACES: Counter[str] = Counter()


def _error_codes(vendor: str) -> list[str]:
    spec = spec_by_vendor(vendor)
    codes = set(spec.document["x-smsgate-error-codes"])
    for operation in spec.operations():
        codes |= set(operation.operation.get("x-smsgate-error-codes", {}))
    return sorted(codes, key=str)


class Leaks:
    """What a path showed of the key, by surface; empty when nothing leaked."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.context: list[str] = []

    def check(self, path: str, surface: str, text: str, key: str) -> None:
        SURFACES[surface] += 1
        if shows(text, key):
            self.found.append(f"{path}: {surface}")
            self.context.append(f"{path}: {surface}: ...{_around(text, key)}...")
            SURFACES["leaked"] += 1

    def assert_none(self) -> None:
        """Fail with the first places the key showed, the key itself replaced by <KEY>."""
        shown = "\n".join(self.context[:8])
        assert self.found == [], f"the key showed {len(self.found)} times; first:\n{shown}"

    def check_error(self, path: str, error: BaseException, key: str) -> None:
        self.check(path, "exception", everything_shown(error), key)
        self.check_locals(path, error, key)

    def check_locals(self, path: str, error: BaseException, key: str) -> None:
        shown = traceback_with_locals(error)
        self.check(path, "traceback locals", shown, key)
        if shown.startswith(LOCALS_UNFORMATTABLE):  # pytest -l style formatting itself failed
            self.found.append(f"{path}: traceback locals: {shown.splitlines()[0]}")
            self.context.append(f"{path}: traceback locals: {shown.splitlines()[0]}")


def _around(text: str, key: str) -> str:
    """Where the key shows in the text, with some context, the key itself masked."""
    for form in sorted(secret_forms(key), key=len, reverse=True):
        position = text.find(form)
        if position >= 0:
            snippet = text[max(0, position - 100) : position + len(form) + 40]
            return snippet.replace(form, "<KEY>").replace("\n", "\\n")
    return ""


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with shared_ssl_context(), start_server(Sandbox(initial_credits=CREDITS, api_keys=KEYS)) as running:
        yield running


@pytest.fixture
def log() -> Iterator[RootLog]:
    """Every record of every logger, at DEBUG, for the whole test."""
    with every_logger(logging.DEBUG) as handler:
        yield handler


def _run(client: smsgate.Client | smsgate.AsyncClient, name: str, vendor: str, **overrides: Any) -> None:
    defaults: dict[str, dict[str, Any]] = {
        "send": {"to": NUMBER[vendor], "text": TEXT, "sender": SENDER[vendor]},
        "status": {"message_id": MESSAGE_ID[vendor]},
        "cancel": {"message_id": MESSAGE_ID[vendor]},
        "credits": {},
    }
    arguments = dict(defaults[name])
    arguments.update(overrides)
    to, text = arguments.pop("to", None), arguments.pop("text", None)
    args = (to, text) if name == "send" else ()
    method = getattr(client, name)
    if isinstance(client, smsgate.Client):
        with client:
            method(*args, **arguments)
        return

    async def run() -> None:
        async with client:
            await method(*args, **arguments)

    asyncio.run(run())


def _raised(run: Runner, client: Any) -> Exception | None:
    """Run a path; the exception it raised, if any (this frame holds no key: see traceback_with_locals)."""
    try:
        run(client)
    except Exception as error:  # judged by the caller: an smsgate error, never showing the key
        return error
    return None


def _sweep(leaks: Leaks, log: RootLog, path: str, key: str, client: Any, run: Runner) -> Exception | None:
    """Run one path and check every surface; a path that raises nothing still checks client and log."""
    log.clear()
    PATHS[path.split(":", 1)[0]] += 1
    leaks.check(path, "client repr", repr(client), key)
    error = _raised(run, client)
    if error is not None:
        leaks.check_error(path, error, key)
    leaks.check(path, "internal reprs", internal_reprs(client, depth=3), key)
    leaks.check(path, "log", log.text, key)
    if error is not None and not isinstance(error, smsgate.SmsGateError):
        raise AssertionError(f"{path}: {type(error).__name__} is not an smsgate error") from error
    return error


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_faults_over_the_socket(vendor: str, sync: bool, server: RunningServer, log: RootLog) -> None:
    leaks = Leaks()
    options = {"api_key": KEYS[vendor], "base_url": server.base_url(vendor), "timeout": TIMEOUT, "max_retries": 1}
    cls: Any = smsgate.Client if sync else smsgate.AsyncClient
    for name, kind, seconds in FAULTS:
        for call in CALLS:
            if name == "latency>timeout" and call in ("status", "cancel"):
                continue  # the same timeout path as credits and send, each costing a timeout
            server.sandbox.faults.clear()
            server.sandbox.faults.add(kind, times=None, vendor=vendor, seconds=seconds)
            path = f"fault:{vendor}:{name}:{call}:{sync}"
            with shared_ssl_context():
                client = cls(vendor, **options)
            _sweep(leaks, log, path, KEYS[vendor], client, partial(_run, name=call, vendor=vendor))
    server.sandbox.faults.clear()
    leaks.assert_none()


def _answering(response: httpx.Response | Callable[[httpx.Request], httpx.Response]) -> FakeVendor:
    """A fake vendor giving this answer to every request."""
    return FakeVendor({(method, ""): response for method in ("GET", "POST", "DELETE")})


def _fake_client(vendor: str, sync: bool, fake: FakeVendor, **options: Any) -> Any:
    transport = httpx.MockTransport(fake)
    kwargs = {"api_key": KEYS[vendor], "max_retries": 0, **options}
    if sync:
        return smsgate.Client(vendor, http_client=httpx.Client(transport=transport), **kwargs)
    return smsgate.AsyncClient(vendor, http_client=httpx.AsyncClient(transport=transport), **kwargs)


def _malformed(key: str) -> list[tuple[str, httpx.Response]]:
    html = {"Content-Type": "text/html"}
    return [
        ("html-quoting-key", httpx.Response(500, text=f"<html>apiKey={key}</html>", headers=html)),
        ("truncated-json", httpx.Response(200, content=b'{"key": "' + key.encode() + b'", "cred')),
        ("wrong-types", answer({"credits": {"key": key}, "success": True, "data": key})),
        ("xml-quoting-key", httpx.Response(200, content=f"<result><entry>{key}</entry></result>".encode(),
                                           headers={"Content-Type": "application/xml"})),
        ("redirect-to-key", httpx.Response(302, headers={"Location": f"https://evil.invalid/?k={key}"})),
        ("status-520", httpx.Response(520, text=key)),
    ]  # fmt: skip


def _raising(kind: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        raise kind(f"failure while talking to {request.url} with {request.headers}", request=request)

    return respond


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_answers_error_codes_and_bad_input(vendor: str, sync: bool, log: RootLog) -> None:
    leaks = Leaks()
    key = KEYS[vendor]
    echoing = f"Clé API {key} incorrecte / key {key} refused"
    for code in _error_codes(vendor):
        status, body = error_body(vendor, str(code), echoing)
        for call in CALLS:
            client = _fake_client(vendor, sync, _answering(answer(body, status=status)))
            _sweep(
                leaks, log, f"code:{vendor}:{code}:{call}:{sync}", key, client, partial(_run, name=call, vendor=vendor)
            )
    raising = (httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError)
    answers = _malformed(key) + [(kind.__name__, _raising(kind)) for kind in raising]
    for name, response in answers:
        options = {"response_format": "xml"} if vendor == "smspartner" and "xml" in name else {}
        for call in CALLS:
            client = _fake_client(vendor, sync, _answering(response), **options)
            path = f"answer:{vendor}:{name}:{call}:{sync}"
            _sweep(leaks, log, path, key, client, partial(_run, name=call, vendor=vendor))
    bad_input: list[tuple[str, str, dict[str, Any]]] = [  # the key in user input is left to the xfail below
        ("invalid-number", "send", {"to": "12"}),
        ("empty-text", "send", {"text": " "}),
        ("past-schedule", "send", {"scheduled_at": datetime(2000, 1, 1, tzinfo=UTC)}),
        ("id-breaks-path", "cancel", {"message_id": "../.."}),
        ("no-id", "status", {"message_id": None}),
    ]  # fmt: skip
    for name, call, overrides in bad_input:
        client = _fake_client(vendor, sync, _answering(answer({}, status=404)))
        path = f"input:{vendor}:{name}:{call}:{sync}"
        _sweep(leaks, log, path, key, client, partial(_run, name=call, vendor=vendor, **overrides))
    refused: list[tuple[str, dict[str, Any]]] = [
        ("bad-option", {"colour": "red"}),
        ("bad-retries", {"max_retries": -1}),
        ("bad-timeout", {"timeout": -1.0}),
        ("bad-format", {"response_format": "yaml"}),
    ]
    for name, bad in refused:
        PATHS["construct"] += 1
        try:
            _fake_client(vendor, sync, FakeVendor(), **bad)
        except smsgate.SmsGateError as error:
            leaks.check_error(f"construct:{vendor}:{name}", error, key)
    leaks.assert_none()


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_key_passed_as_the_number_is_not_quoted(vendor: str) -> None:
    with pytest.raises(smsgate.InvalidArgumentError) as raised:
        _run(_fake_client(vendor, True, FakeVendor()), "send", vendor, to=KEYS[vendor])
    assert KEYS[vendor] not in everything_shown(raised.value)


def _cli(argv: list[str], vendor: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, {KEY_VARIABLES[v]: KEYS[v] for v in VENDORS}),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        code = cli.main(argv)
    return code, out.getvalue() + err.getvalue()


def _cli_arguments(vendor: str, call: str, base_url: str) -> list[str]:
    common = ["--vendor", vendor, "--base-url", base_url, "--timeout", str(TIMEOUT), "--max-retries", "1"]
    if call == "send":
        return ["send", *common, NUMBER[vendor], "--text", TEXT, "--sender", "ACME"]
    if call in ("status", "cancel"):
        return [call, *common, MESSAGE_ID[vendor]]
    return ["credits", *common]


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_command_line(vendor: str, server: RunningServer, log: RootLog) -> None:
    leaks = Leaks()
    key = KEYS[vendor]
    base = server.base_url(vendor)
    runs: list[tuple[str, list[str], tuple[FaultKind, float | None] | None]] = []
    for name, kind, seconds in FAULTS:
        if name != "latency>timeout":
            runs += [
                (f"cli-fault:{vendor}:{name}:{call}", _cli_arguments(vendor, call, base), (kind, seconds))
                for call in CALLS
            ]
    runs += [(f"cli-ok:{vendor}:{call}", _cli_arguments(vendor, call, base), None) for call in CALLS]
    target = ["--vendor", vendor, "--base-url", base]
    runs += [
        (f"cli-input:{vendor}:bad-number", ["send", *target, key, "--text", "x"], None),
        (f"cli-input:{vendor}:id-is-key", ["status", *target, key], None),
        (f"cli-input:{vendor}:wrong-key", ["credits", *target, "--api-key-env", "SWEEP_WRONG"], None),
        (f"cli-input:{vendor}:usage", ["send", "--vendor", vendor, key], None),
    ]
    for path, argv, fault in runs:
        for extra in ([], ["--debug"], ["--json", "--debug"]):
            server.sandbox.faults.clear()
            if fault is not None:
                server.sandbox.faults.add(fault[0], times=None, vendor=vendor, seconds=fault[1])
            log.clear()
            PATHS["cli"] += 1
            with mock.patch.dict(os.environ, {"SWEEP_WRONG": key + "-wrong"}):
                _code, shown = _cli([*argv, *extra], vendor)
            leaks.check(f"{path}:{extra}", "cli output", shown, key)
            leaks.check(f"{path}:{extra}", "log", log.text, key)
    server.sandbox.faults.clear()
    leaks.assert_none()


# -- keys that need stripping, and keys that cannot travel ----------------------------------------------

PADDINGS = {"newline": "{}\n", "spaces": "  {}  ", "crlf": "{}\r\n", "tab": "\t{}"}


def _flow(client: smsgate.Client | smsgate.AsyncClient, vendor: str) -> None:
    """A working session with the sandbox: send (scheduled where it can be cancelled), status, credits, cancel."""
    when = scheduled_at(vendor)

    def steps(sent: smsgate.SendResult) -> list[tuple[str, tuple[Any, ...]]]:
        # Messaggi: credits need a message; what a vendor has no call for is left out.
        calls = [("status", (sent.message_id,)), ("credits", ()), ("cancel", (sent.message_id,))]
        return [(name, args) for name, args in calls if (vendor, name) not in UNSUPPORTED]

    if isinstance(client, smsgate.Client):
        with client:
            sent = client.send(NUMBER[vendor], TEXT, sender=SENDER[vendor], scheduled_at=when)
            for name, args in steps(sent):
                getattr(client, name)(*args)
        return

    async def run() -> None:
        async with client:
            sent = await client.send(NUMBER[vendor], TEXT, sender=SENDER[vendor], scheduled_at=when)
            for name, args in steps(sent):
                await getattr(client, name)(*args)

    asyncio.run(run())


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_padded_key_is_stripped_and_works(vendor: str, sync: bool, server: RunningServer, log: RootLog) -> None:
    """A key read from a file ends with a newline: it must work, and show nowhere (nor its stripped form)."""
    leaks = Leaks()
    failures: list[str] = []
    cls: Any = smsgate.Client if sync else smsgate.AsyncClient
    for name, pattern in PADDINGS.items():
        padded = pattern.format(KEYS[vendor])
        path = f"padded-key:{vendor}:{name}:{sync}"
        try:
            with shared_ssl_context():
                client = cls(vendor, api_key=padded, base_url=server.base_url(vendor), timeout=TIMEOUT, max_retries=0)
        except smsgate.SmsGateError as refused:
            PATHS["padded-key"] += 1
            leaks.check_error(path, refused, padded)
            failures.append(f"{name}: {type(refused).__name__} at construction: {refused}")
            continue
        raised = _sweep(leaks, log, path, padded, client, partial(_flow, vendor=vendor))
        if raised is not None:
            failures.append(f"{name}: {type(raised).__name__}: {raised}")
    leaks.assert_none()
    assert failures == []


def _untravellable(vendor: str) -> dict[str, object]:
    """Keys smsgate must refuse at construction (AuthenticationError) for this vendor."""
    key = KEYS[vendor]
    cases: dict[str, object] = {
        "nul-inside": key[:8] + "\x00" + key[8:],
        "newline-inside": key[:8] + "\n" + key[8:],
        "header-injection": key + "\r\nX-Injected: 1",
        "tab-inside": key[:8] + "\t" + key[8:],
        "escape-inside": key[:8] + "\x1b[31m" + key[8:],
        "del-inside": key[:8] + "\x7f" + key[8:],
        "bytes": key.encode(),
        "bytearray": bytearray(key.encode()),
        "int": 1234567890123,
        "list": [key],
    }
    if vendor in HEADER_VENDORS:
        cases["non-ascii"] = key + "\u00e9"
        cases["non-ascii-inside"] = key[:8] + "\u00df" + key[8:]
        cases["lone-surrogate"] = key + "\ud800"
    return cases


def _key_text(key: object) -> str:
    """The key as text to look for (a bytes key shows as its characters inside b'...')."""
    if isinstance(key, bytes | bytearray):
        return key.decode()
    if isinstance(key, list):
        return str(key[0])
    return str(key)


def _constructors(vendor: str) -> list[tuple[str, Callable[..., Any]]]:
    module = importlib.import_module(f"smsgate.{vendor}")
    bound = [name for name in module.__all__ if name.endswith("Client")]  # PrimotextoClient ...
    return [
        ("Client", partial(smsgate.Client, vendor)),
        ("AsyncClient", partial(smsgate.AsyncClient, vendor)),
        *[(name, getattr(module, name)) for name in sorted(bound)],
    ]


def _construct(constructor: Callable[..., Any], key: object) -> Exception | None:
    """Build a client with this key; the exception, if any (this frame holds the key: left out of locals)."""
    try:
        with shared_ssl_context():
            client = constructor(api_key=key, base_url="https://gateway.invalid")
    except Exception as error:  # judged by the caller
        return error
    if isinstance(client, smsgate.Client):
        client.close()
    return None


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_key_that_cannot_travel_is_refused_at_construction(vendor: str, log: RootLog) -> None:
    leaks = Leaks()
    wrong: list[str] = []
    for name, key in _untravellable(vendor).items():
        for where, constructor in _constructors(vendor):
            path = f"refused-key:{vendor}:{name}:{where}"
            PATHS["refused-key"] += 1
            log.clear()
            error = _construct(constructor, key)
            if not isinstance(error, smsgate.AuthenticationError):
                wrong.append(f"{path}: {type(error).__name__ if error else 'accepted'}: {str(error)[:200]!r}")
            if error is not None:
                leaks.check(path, "exception", everything_shown(error), _key_text(key))
            leaks.check(path, "log", log.text, _key_text(key))
    assert wrong == []
    leaks.assert_none()


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_refused_construction_can_be_formatted_with_locals(vendor: str) -> None:
    """``traceback.TracebackException(capture_locals=True)`` reprs the half-built client in ``__init__``'s
    frame: its repr must not raise (Python 3.11 does not guard it, so the formatting itself would fail)."""
    unformattable = []
    bad: list[dict[str, Any]] = [{"timeout": "5"}, {"max_retries": -1}, {"colour": "red"}, {"api_key": b"k3y"}]
    for where, constructor in _constructors(vendor):
        for arguments in bad:
            options = {"api_key": KEYS[vendor], "base_url": "https://gateway.invalid", **arguments}
            try:
                constructor(**options)
            except smsgate.SmsGateError as error:
                shown = traceback_with_locals(error)
                if shown.startswith(LOCALS_UNFORMATTABLE):
                    unformattable.append(f"{where}({arguments}): {shown.splitlines()[0]}")
    assert unformattable == []


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_a_non_ascii_smspartner_key_never_shows(sync: bool, log: RootLog) -> None:
    """SMS Partner carries its key in the query or the body, not a header: a non-ASCII key may be accepted,
    but then every call raises only smsgate errors and shows the key in no spelling (percent-encoded included)."""
    leaks = Leaks()
    wrong: list[str] = []
    key = KEYS["smspartner"]
    for name, odd in {"non-ascii": key + "\u00e9", "non-ascii-inside": key[:8] + "\u00df" + key[8:],
                      "lone-surrogate": key + "\ud800"}.items():  # fmt: skip
        echo = odd.encode("utf-8", "replace").decode()  # what a vendor could echo of it
        fake = _answering(answer({"success": False, "code": 1, "message": f"Clé {echo} inconnue"}, status=401))
        transport = httpx.MockTransport(fake)
        http: Any = httpx.Client(transport=transport) if sync else httpx.AsyncClient(transport=transport)
        cls: Any = smsgate.Client if sync else smsgate.AsyncClient
        try:
            client = cls("smspartner", api_key=odd, max_retries=0, http_client=http)
        except smsgate.SmsGateError as error:
            PATHS["refused-key"] += 1
            if not isinstance(error, smsgate.AuthenticationError):
                wrong.append(f"{name}: {type(error).__name__}: {error}")
            leaks.check_error(f"refused-key:smspartner:{name}", error, odd)
            continue
        for call in CALLS:
            _sweep(leaks, log, f"odd-key:smspartner:{name}:{call}:{sync}", odd, client,
                   partial(_run, name=call, vendor="smspartner"))  # fmt: skip
    assert wrong == []
    leaks.assert_none()


@pytest.mark.parametrize("level", [logging.INFO, logging.DEBUG], ids=["INFO", "DEBUG"])
@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_httpx_request_lines_never_show_the_smspartner_key(sync: bool, level: int, server: RunningServer) -> None:
    """``logging.basicConfig(level=logging.INFO)`` made httpx log ``HTTP Request: GET .../me?apiKey=<key>``."""
    key = KEYS["smspartner"]
    cls: Any = smsgate.Client if sync else smsgate.AsyncClient
    path = f"httpx-lines:smspartner:{logging.getLevelName(level)}:{sync}"
    with every_logger(level) as log:
        with shared_ssl_context():
            client = cls("smspartner", api_key=key, base_url=server.base_url("smspartner"), timeout=TIMEOUT)
        leaks = Leaks()
        # GET /me and GET /message-status carry the key in the query; the send carries it in the body.
        _sweep(leaks, log, path, key, client, partial(_flow, vendor="smspartner"))
        lines = [_around(log.format(record), key) for record in log.records if shows(log.format(record), key)]
    assert lines == []
    leaks.assert_none()


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_refused_key_is_not_in_the_traceback_locals(vendor: str) -> None:
    """``pytest -l`` on a refused key: no frame of smsgate shows it (the caller's own frames are left out)."""
    leaks = Leaks()
    for name, key in _untravellable(vendor).items():
        for where, constructor in _constructors(vendor):
            error = _construct(constructor, key)
            if error is not None:
                leaks.check_locals(f"refused-key:{vendor}:{name}:{where}", error, _key_text(key))
    leaks.assert_none()


def terminal_summary() -> list[str]:
    """Paths and surface checks, printed at the end of the run by ``tests/conftest.py`` (none: no path ran)."""
    if not PATHS:
        return []
    return [
        f"secret sweep: {sum(PATHS.values())} paths ("
        + ", ".join(f"{name} {count}" for name, count in sorted(PATHS.items()))
        + f"), {sum(SURFACES.values())} surface checks ("
        + ", ".join(f"{name} {count}" for name, count in sorted(SURFACES.items()))
        + f"), key found: {SURFACES['leaked']}"
    ]


# -- the webhook secret (smsgate.webhooks, send(..., callback_url=...)) ---------------------------

WEBHOOK_SECRET = "sweep-webhook-5ecret-0123456789"
CALLBACK = "https://hooks.example.com/sms/callbacks"


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_the_webhook_secret_never_shows_from_a_send(vendor: str, sync: bool, log: RootLog) -> None:
    """A send with ``callback_url`` (signed with the client's secret, or refused by Primotexto), a
    secret too short, and the same secret given by the environment: nowhere the secret. A server of
    its own: the sandbox calls the URLs back, and its callback thread ends with the test."""
    leaks = Leaks()
    make = smsgate.Client if sync else smsgate.AsyncClient
    sandbox = Sandbox(initial_credits=CREDITS, api_keys=KEYS)
    with shared_ssl_context(), sandbox, start_server(sandbox) as server:
        client = make(vendor, api_key=KEYS[vendor], base_url=server.base_url(vendor), webhook_secret=WEBHOOK_SECRET)
        error = _sweep(leaks, log, f"webhook-send:{vendor}", WEBHOOK_SECRET, client,
                       partial(_run, name="send", vendor=vendor, callback_url=CALLBACK))  # fmt: skip
        assert (error is None) == (vendor != "primotexto"), error
        with mock.patch.dict(os.environ, {"SMSGATE_WEBHOOK_SECRET": WEBHOOK_SECRET}):
            client = make(vendor, api_key=KEYS[vendor], base_url=server.base_url(vendor))
            _sweep(leaks, log, f"webhook-send-env:{vendor}", WEBHOOK_SECRET, client,
                   partial(_run, name="send", vendor=vendor, callback_url=CALLBACK))  # fmt: skip
    short = "short-5ecret"
    for where, constructor in _constructors(vendor):
        PATHS["webhook-secret-refused"] += 1
        log.clear()
        try:
            constructor(api_key=KEYS[vendor], base_url="https://gateway.invalid", webhook_secret=short)
        except smsgate.ClientUsageError as refused:
            leaks.check_error(f"webhook-secret-refused:{vendor}:{where}", refused, short)
        else:
            raise AssertionError(f"{where} took a webhook secret of {len(short)} characters")
        leaks.check(f"webhook-secret-refused:{vendor}:{where}", "log", log.text, short)
    leaks.assert_none()


def test_the_webhook_secret_never_shows_from_parse_or_the_receivers(log: RootLog) -> None:
    """Every refusal of ``parse``, ``signed_url`` and the receivers: the error, its traceback with
    locals, the receivers' answers and reprs, every log record."""
    import smsgate.webhooks as webhooks

    leaks = Leaks()
    good = webhooks.signed_url(CALLBACK, vendor="smspartner", purpose="reply", secret=WEBHOOK_SECRET)
    stop = '{"type":"stop","phone_number":"+33612345678","text":"Stop","message_id":1}'
    calls: list[tuple[str, Callable[[], Any]]] = [
        ("forged", lambda: webhooks.parse("smspartner", stop, url=good[:-2] + "xx", secret=WEBHOOK_SECRET)),
        ("no token", lambda: webhooks.parse("smspartner", stop, url=CALLBACK, secret=WEBHOOK_SECRET)),
        ("malformed", lambda: webhooks.parse("smspartner", b"\xff{", url=good, secret=WEBHOOK_SECRET)),
        (
            "a secret echoed in the body",
            lambda: webhooks.parse("smspartner", WEBHOOK_SECRET, url=good, secret=WEBHOOK_SECRET),
        ),
        ("other vendor", lambda: webhooks.parse("messaggi", stop, url=good, secret=WEBHOOK_SECRET)),
        (
            "bad url",
            lambda: webhooks.signed_url("ftp://x", vendor="smspartner", purpose="reply", secret=WEBHOOK_SECRET),
        ),
        ("bad purpose", lambda: webhooks.signed_url(CALLBACK, vendor="smspartner", purpose="x", secret=WEBHOOK_SECRET)),  # type: ignore[arg-type]
        ("short secret", lambda: webhooks.parse("smspartner", stop, url=good, secret=WEBHOOK_SECRET[:10])),
        ("receiver", lambda: webhooks.Receiver(secret=WEBHOOK_SECRET, window=-1)),
        ("asgi_app", lambda: webhooks.asgi_app(print, secret=WEBHOOK_SECRET, max_body=0)),
        ("wsgi_app", lambda: webhooks.wsgi_app(print, secret=WEBHOOK_SECRET[:10])),
    ]
    for name, call in calls:
        path = f"webhook-parse:{name}"
        PATHS["webhook-parse"] += 1
        log.clear()
        try:
            call()
        except smsgate.SmsGateError as error:
            leaks.check_error(path, error, WEBHOOK_SECRET)
            leaks.check_error(path, error, WEBHOOK_SECRET[:10])
        else:
            raise AssertionError(f"{path} was accepted")
        leaks.check(path, "log", log.text, WEBHOOK_SECRET)
    receiver = webhooks.Receiver(secret=WEBHOOK_SECRET)
    path, query = "/sms/callbacks", good.partition("?")[2]
    for body in (stop.encode(), WEBHOOK_SECRET.encode(), b"x" * 10):
        reply = receiver.receive("POST", path, query, body, None)
        leaks.check("webhook-receiver", "answer", reply.body.decode() + repr(reply), WEBHOOK_SECRET)
    leaks.check(
        "webhook-receiver", "internal reprs", repr(receiver) + internal_reprs(receiver, depth=3), WEBHOOK_SECRET
    )
    leaks.check("webhook-receiver", "log", log.text, WEBHOOK_SECRET)
    leaks.assert_none()
