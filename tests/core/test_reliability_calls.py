"""The fault matrix through ``call()``: every non-idempotent operation of every spec, every fault that
may leave its outcome unknown, and the one fault that provably kept it from the vendor.

Non-idempotent: any method but GET/HEAD, and a GET the spec marks ``x-smsgate-idempotent: false``
(SMS Partner's ``/message-cancel`` and ``/stop-sms/delete``), read from the spec itself, not from
the library. Each cell is one (operation, fault); it runs the operation through the bound client's
``call()`` (``PrimotextoClient`` ...), sync and async, and, where a unified call reaches the same
operation (``send()``: each vendor's send; ``cancel()``: SMS Partner ``cancel_message``, Messaggi
``delete_message``), through that unified call too, each run on a fresh loopback sandbox server.

Required, per cell:

- every failure is an ``smsgate.SmsGateError``;
- one outcome class whichever the entry point (``call()`` or the unified call) and sync or async:
  the operation decides, not the entry point;
- that class is ``SendOutcomeUnknown`` whenever the request may have reached the vendor (HTTP 5xx,
  a connection reset before or after the request was read, a truncated answer, a timeout after the
  request was written, a 2xx answer that is HTML, empty, of the wrong shape or over the size limit),
  with ``operation`` set to the operationId and a message that fits it (a send says "before sending
  again", any other operation says "before repeating it" and never "before sending again");
- 0 duplicates: the sandbox counts the requests each operation received; one per run, two when
  the first was answered 429 (refused, so retried), none when the connection was refused (then
  retried ``max_retries`` times and raised as a ``TransportError``: nothing left the process).

Where an operation's spec declares no answer body (Primotexto's deletes), an empty 2xx is a success
(and so is the sandbox's "truncated" answer, which cuts an empty body in half), and a 2xx with an
unreadable body may be read either way (success or unknown); the cell still asks for one class
across entry points. Async runs every cell but the timeouts of operations no unified
call reaches (sampled: each costs a full timeout).
"""

from __future__ import annotations

import asyncio
import importlib
import socket
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import smsgate
from smsgate.sandbox import FaultKind, RunningServer, start_server
from smsgate.sandbox._operations import SpecOperation
from smsgate.sandbox._sandbox import Wire

from generator.specs import Operation, Spec
from tests.client.test_operations import _arguments, _request_body
from tests.reliability_support import (
    CREDITS,
    NUMBER,
    SENDER,
    TEXT,
    VENDORS,
    Tamper,
    TamperingSandbox,
    is_typed,
    outcome_class,
    scheduled_at,
    shared_ssl_context,
)
from tests.support import all_operations

# The long reliability suites run once per CI run (on the generator's Python), see noxfile.py.
pytestmark = pytest.mark.reliability

MAX_RETRIES = 2
TIMEOUT = 0.25  # seconds, per attempt; a loopback exchange takes a few milliseconds
OVER_TIMEOUT = TIMEOUT + 0.25
# The answer size smsgate refuses (10 MiB); read where the library keeps it, if it still does.
SIZE_LIMIT = int(
    getattr(importlib.import_module("smsgate._core.response"), "DEFAULT_RESPONSE_SIZE_LIMIT", 10 * 1024 * 1024)
)
UNKNOWN = "SendOutcomeUnknown"
SENDS_AGAIN = "before sending again"
REPEATS = "before repeating it"


def _is_idempotent(operation: Operation) -> bool:
    default = operation.method.upper() in ("GET", "HEAD")
    return bool(operation.operation.get("x-smsgate-idempotent", default))


def _declares_body(spec: Spec, operation: Operation) -> bool:
    """Whether the spec's success answer has a body at all."""
    for status, response in operation.operation["responses"].items():
        if str(status).startswith("2"):
            return bool(spec.resolve(response).get("content"))
    return True


@dataclass(frozen=True)
class Case:
    """One non-idempotent operation, and the unified call that reaches it (if any)."""

    vendor: str
    operation_id: str
    has_body: bool
    unified: str | None  # "send", "cancel" or None

    @property
    def id(self) -> str:
        return f"{self.vendor}.{self.operation_id}"

    @property
    def is_send(self) -> bool:
        return self.unified == "send"

    @property
    def needs_message(self) -> bool:
        """The operation works on a message that must exist (and still be cancellable)."""
        return self.id in ("messaggi.update_message", "messaggi.delete_message", "smspartner.cancel_message")


UNIFIED = {
    "primotexto.send_message": "send",
    "smspartner.send_sms": "send",
    "messaggi.send_message": "send",
    "messaggi_v2.send_it_message": "send",  # send() to the Italian test number takes this route
    "smspartner.cancel_message": "cancel",
    "messaggi.delete_message": "cancel",
}
SPECS = {spec.vendor: spec for spec, _ in all_operations()}
OPERATIONS = {(spec.vendor, operation.operation_id): operation for spec, operation in all_operations()}
CASES = [
    Case(
        spec.vendor,
        operation.operation_id,
        _declares_body(spec, operation),
        UNIFIED.get(f"{spec.vendor}.{operation.operation_id}"),
    )
    for spec, operation in all_operations()
    if not _is_idempotent(operation)
]


# -- the faults -------------------------------------------------------------------------------------


def _html(operation: SpecOperation, wire: Wire) -> Wire:
    """What a captive portal or a misrouted proxy answers with a success status."""
    page = b"<html><head><title>Welcome</title></head><body>Please log in</body></html>"
    return Wire(int(operation.success_status()), (("Content-Type", "text/html; charset=utf-8"),), page)


def _empty(operation: SpecOperation, wire: Wire) -> Wire:
    return Wire(int(operation.success_status()), (("Content-Type", "application/json"),), b"")


def _wrong_shape(operation: SpecOperation, wire: Wire) -> Wire:
    """Valid JSON, but a list of strings where every one of these operations answers an object."""
    return Wire(int(operation.success_status()), (("Content-Type", "application/json"),), b'["not","the","answer"]')


def _oversized(operation: SpecOperation, wire: Wire) -> Wire:
    body = b'{"data":"' + b"x" * SIZE_LIMIT + b'"}'
    return Wire(int(operation.success_status()), (("Content-Type", "application/json"),), body)


@dataclass(frozen=True)
class Fault:
    name: str
    kind: FaultKind | None = None
    seconds: float | None = None
    times: int | None = None  # None: every attempt (a retry would meet the same fault, and be counted)
    rewrite: Tamper | None = None
    refused: bool = False

    @property
    def may_have_reached(self) -> bool:
        return self.name not in ("none", "rate_limit_once", "refused")


FAULTS = [
    Fault("none"),
    Fault("rate_limit_once", FaultKind.RATE_LIMIT, 0.0, times=1),
    Fault("server_error", FaultKind.SERVER_ERROR),
    Fault("bad_gateway", FaultKind.BAD_GATEWAY),
    Fault("reset_before_read", FaultKind.RESET_BEFORE_READ),
    Fault("reset_after_read", FaultKind.RESET_AFTER_READ),
    Fault("truncated_body", FaultKind.TRUNCATED_BODY),
    Fault("timeout_after_write", FaultKind.LATENCY, OVER_TIMEOUT),
    Fault("2xx_html", rewrite=_html),
    Fault("2xx_empty", rewrite=_empty),
    Fault("2xx_wrong_shape", rewrite=_wrong_shape),
    Fault("2xx_oversized", rewrite=_oversized),
    Fault("refused", refused=True),
]


def _expected(case: Case, fault: Fault, baseline: str | None) -> set[str]:
    """The outcome classes the cell accepts (it must still pick one)."""
    if fault.name == "none":
        return set()  # any typed outcome: the sandbox's answer to the example arguments
    if fault.name == "rate_limit_once":
        assert baseline is not None
        return {baseline}
    if fault.refused:
        return {"TransportError"}
    if not case.has_body and fault.name in ("2xx_empty", "truncated_body"):
        return {"ok"}  # no body declared, none sent: the answer is whole (half of nothing is nothing)
    if fault.rewrite is not None and not case.has_body:
        return {"ok", UNKNOWN}
    return {UNKNOWN}


# -- one run ----------------------------------------------------------------------------------------


@dataclass
class Run:
    entry: str  # "call", "send" or "cancel"
    sync: bool
    outcome: str
    error: BaseException | None
    requests: int  # requests the operation received
    retries: int  # waits between attempts the client asked for
    seconds: float

    @property
    def label(self) -> str:
        return f"{'sync' if self.sync else 'async'} {self.entry}()"


BOUND = {
    "primotexto": ("smsgate.primotexto", "PrimotextoClient", "AsyncPrimotextoClient"),
    "smspartner": ("smsgate.smspartner", "SmsPartnerClient", "AsyncSmsPartnerClient"),
    "messaggi": ("smsgate.messaggi", "MessaggiClient", "AsyncMessaggiClient"),
    "messaggi_v2": ("smsgate.messaggi_v2", "MessaggiV2Client", "AsyncMessaggiV2Client"),
}


def _bound_client(vendor: str, sync: bool) -> Any:
    module_name, sync_name, async_name = BOUND[vendor]
    return getattr(importlib.import_module(module_name), sync_name if sync else async_name)


def _operation_module(case: Case) -> Any:
    return getattr(importlib.import_module(f"smsgate.{case.vendor}").operations, case.operation_id)


def _call_arguments(case: Case, message_id: str | None) -> dict[str, Any]:
    """The operation's arguments, as test_operations builds them from the spec (examples first)."""
    spec, operation, module = SPECS[case.vendor], OPERATIONS[case.vendor, case.operation_id], _operation_module(case)
    kwargs, _, _ = _arguments(spec, operation, module, "id-1", "+33600000000")
    body = _request_body(spec, operation, module)
    if body is not None:
        kwargs["body"] = body[0]
    if message_id is not None:
        if case.vendor == "messaggi":
            kwargs["id"] = message_id
        else:
            kwargs["message_id"] = int(message_id)
    return kwargs


def _closed_port_url(running: RunningServer, vendor: str) -> str:
    """A base URL on a loopback port nobody listens on: the connection is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return running.sandbox.base_url(vendor, root=f"http://127.0.0.1:{port}")


def _setup(running: RunningServer, case: Case) -> str | None:
    """A scheduled message the operation can work on, sent without a fault."""
    if not case.needs_message:
        return None
    key, base_url = running.sandbox.api_keys[case.vendor], running.base_url(case.vendor)
    with smsgate.Client(case.vendor, api_key=key, base_url=base_url) as client:
        when = scheduled_at(case.vendor)
        sent = client.send(NUMBER[case.vendor], TEXT, sender=SENDER[case.vendor], scheduled_at=when)
    return sent.message_id


def _invoke_sync(client: Any, case: Case, entry: str, message_id: str | None) -> None:
    with client:
        if entry == "call":
            client.call(_operation_module(case), **_call_arguments(case, message_id))
        elif entry == "send":
            client.send(NUMBER[case.vendor], TEXT, sender=SENDER[case.vendor])
        else:
            assert message_id is not None
            client.cancel(message_id)


async def _invoke_async(client: Any, case: Case, entry: str, message_id: str | None) -> None:
    async with client:
        if entry == "call":
            await client.call(_operation_module(case), **_call_arguments(case, message_id))
        elif entry == "send":
            await client.send(NUMBER[case.vendor], TEXT, sender=SENDER[case.vendor])
        else:
            assert message_id is not None
            await client.cancel(message_id)


def run(case: Case, fault: Fault, entry: str, sync: bool, sleeps: list[float]) -> Run:
    """One run on a fresh sandbox server (under a millisecond to start): no state leaks between runs."""
    with start_server(TamperingSandbox(initial_credits=CREDITS)) as running:
        sandbox = running.sandbox
        assert isinstance(sandbox, TamperingSandbox)
        message_id = _setup(running, case)
        if fault.kind is not None:
            sandbox.faults.add(
                fault.kind, times=fault.times, vendor=case.vendor, operation=case.operation_id, seconds=fault.seconds
            )
        sandbox.tamper(case.vendor, case.operation_id, fault.rewrite)
        base_url = _closed_port_url(running, case.vendor) if fault.refused else running.base_url(case.vendor)
        options: dict[str, Any] = {
            "api_key": sandbox.api_keys[case.vendor],
            "base_url": base_url,
            "timeout": TIMEOUT,
            "max_retries": MAX_RETRIES,
        }
        before = sandbox.requests_for(case.vendor, case.operation_id)
        sleeps.clear()
        error: BaseException | None = None
        started = time.perf_counter()
        try:
            if entry == "call":
                client = _bound_client(case.vendor, sync)(**options)
            else:
                client = (smsgate.Client if sync else smsgate.AsyncClient)(case.vendor, **options)
            if sync:
                _invoke_sync(client, case, entry, message_id)
            else:
                asyncio.run(_invoke_async(client, case, entry, message_id))
        except Exception as raised:  # judged by the cell: every one must be an smsgate error
            error = raised
        seconds = time.perf_counter() - started
        requests = sandbox.requests_for(case.vendor, case.operation_id) - before
    return Run(entry, sync, outcome_class(error), error, requests, len(sleeps), seconds)


# -- the cells --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    case: Case
    fault: Fault

    @property
    def id(self) -> str:
        return f"{self.case.id}-{self.fault.name}"

    @property
    def entries(self) -> list[tuple[str, bool]]:
        """(entry point, sync) pairs this cell runs."""
        modes = [True]
        if self.fault.name != "timeout_after_write" or self.case.unified:
            modes.append(False)
        entries = ["call", *([self.case.unified] if self.case.unified else [])]
        return [(entry, sync) for sync in modes for entry in entries]


CELLS = [Cell(case, fault) for case in CASES for fault in FAULTS]
RESULTS: dict[str, list[Run]] = {}
BASELINES: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def _fast_clients() -> Iterator[None]:
    with shared_ssl_context():
        _warm_up()
        yield


def _warm_up() -> None:
    """One send per vendor first: the first request of a process builds the sandbox's and the
    client's lazy tables (about 0.1 s), which would otherwise eat the first cell's 0.25 s timeout."""
    with start_server(TamperingSandbox(initial_credits=CREDITS)) as running:
        for vendor in VENDORS:
            key, base_url = running.sandbox.api_keys[vendor], running.base_url(vendor)
            with smsgate.Client(vendor, api_key=key, base_url=base_url) as client:
                client.send(NUMBER[vendor], TEXT, sender=SENDER[vendor])


def _baseline(case: Case, sleeps: list[float]) -> str:
    """The outcome of the operation without any fault (sync call())."""
    if case.id not in BASELINES:
        BASELINES[case.id] = run(case, FAULTS[0], "call", True, sleeps).outcome
    return BASELINES[case.id]


def _allowed_requests(fault: Fault) -> int:
    if fault.refused:
        return 0
    return 2 if fault.name == "rate_limit_once" else 1


def _expected_retries(fault: Fault) -> int:
    """The fewest waits between attempts the fault calls for."""
    if fault.refused:
        return MAX_RETRIES
    return 1 if fault.name == "rate_limit_once" else 0


def _message_problems(case: Case, result: Run) -> list[str]:
    """What is wrong with a SendOutcomeUnknown raised for this operation (empty when nothing)."""
    error = result.error
    if not isinstance(error, smsgate.SendOutcomeUnknown):
        return []
    problems = []
    text = str(error)
    operation = getattr(error, "operation", None)
    if operation != case.operation_id:
        problems.append(f"{result.label}: .operation is {operation!r}, not {case.operation_id!r}")
    if case.is_send and SENDS_AGAIN not in text:
        problems.append(f"{result.label}: a send's message does not say {SENDS_AGAIN!r}: {text}")
    if "send" not in case.operation_id:
        if SENDS_AGAIN in text:
            problems.append(f"{result.label}: not a send, yet the message says {SENDS_AGAIN!r}: {text}")
        if REPEATS not in text:
            problems.append(f"{result.label}: the message does not say {REPEATS!r}: {text}")
    if SENDS_AGAIN not in text and REPEATS not in text:
        problems.append(f"{result.label}: the message does not say how to check: {text}")
    return problems


@pytest.mark.parametrize("cell", CELLS, ids=[cell.id for cell in CELLS])
def test_cell(cell: Cell, sleeps: list[float]) -> None:
    case, fault = cell.case, cell.fault
    runs = [run(case, fault, entry, sync, sleeps) for entry, sync in cell.entries]
    RESULTS[cell.id] = runs
    if fault.name == "none":
        BASELINES.setdefault(case.id, runs[0].outcome)
    shown = "; ".join(
        f"{r.label}: {r.outcome} ({r.requests} requests, {r.retries} retries)"
        + (f" {str(r.error)[:160]!r}" if r.error is not None else "")
        for r in runs
    )
    untyped = [r for r in runs if not is_typed(r.error)]
    assert not untyped, f"{cell.id}: not smsgate errors: {shown}"
    # No duplicate: a non-idempotent operation gets one request per call (a 429 was refused, so one more).
    assert all(r.requests <= _allowed_requests(fault) for r in runs), f"{cell.id}: duplicates: {shown}"
    assert all(r.requests == _allowed_requests(fault) for r in runs), f"{cell.id}: requests: {shown}"
    # A connect that timed out on a loaded machine is rightly retried (it never reached the sandbox, which
    # counts every request it read): only the refused connection and the 429 fix the number of retries.
    if fault.refused or fault.name == "rate_limit_once":
        assert all(r.retries >= _expected_retries(fault) for r in runs), f"{cell.id}: retries: {shown}"
    outcomes = {r.outcome for r in runs}
    assert len(outcomes) == 1, f"{cell.id}: the entry point decides, not the operation: {shown}"
    expected = _expected(case, fault, _baseline(case, sleeps) if fault.name == "rate_limit_once" else None)
    assert not expected or outcomes <= expected, f"{cell.id}: expected {' or '.join(sorted(expected))}: {shown}"
    problems = [problem for r in runs for problem in _message_problems(case, r)]
    assert not problems, f"{cell.id}: " + "\n".join(problems)


def terminal_summary() -> list[str]:
    """The call() matrix in figures, printed at the end of the run by ``tests/conftest.py`` when it ran whole.

    Figures only: each cell's test already asserts what they sum (typed, no duplicate, one class per cell).
    """
    if len(RESULTS) < len(CELLS):
        return []
    runs = [r for cell_runs in RESULTS.values() for r in cell_runs]
    by_outcome = Counter(r.outcome for r in runs)
    faults = {cell.id: cell.fault for cell in CELLS}
    duplicates = sum(
        max(0, r.requests - _allowed_requests(faults[cell_id])) for cell_id, rs in RESULTS.items() for r in rs
    )
    split = sum(len({r.outcome for r in rs}) > 1 for rs in RESULTS.values())
    slowest = max(runs, key=lambda r: r.seconds)
    vendors = Counter(case.vendor for case in CASES)
    return [
        f"call() fault matrix: {len(CELLS)} cells ({len(CASES)} non-idempotent operations: "
        + ", ".join(f"{vendor} {count}" for vendor, count in sorted(vendors.items()))
        + f"; x {len(FAULTS)} faults), {len(runs)} runs (call() and the unified call, sync and async)",
        "  outcomes: " + ", ".join(f"{name} {count}" for name, count in sorted(by_outcome.items())),
        f"  untyped failures: {sum(not is_typed(r.error) for r in runs)}, duplicates: {duplicates}, "
        f"cells whose class depends on the entry point: {split}",
        f"  requests at the sandbox: {sum(r.requests for r in runs)}; slowest run {slowest.seconds:.3f} s",
    ]
