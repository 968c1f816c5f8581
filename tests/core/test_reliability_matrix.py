"""The fault matrix: every fault mode x vendor x unified call x sync/async, over a real loopback socket.

Each cell switches one fault on at the sandbox server for the vendor (``times`` requests), runs one
unified call through a fresh client and records the outcome class, the attempts the server saw,
the wall time and the sends the sandbox carried out. Required, per cell and over the matrix:

- every failure is a typed ``smsgate`` error;
- a read (status, credits) recovers when the fault hits at most ``max_retries`` attempts, and
  fails with the error the fault means once it hits them all;
- a send is never carried out twice (duplicates summed over the matrix: 0), and a write answers
  ``SendOutcomeUnknown`` whenever the request may have reached the vendor;
- no call outlives its time budget: ``(max_retries + 1) * TIMEOUT + BACKOFF_CAP + MARGIN``.

Time budget. ``TIMEOUT`` bounds each wait for the server (httpx applies it to connect, write and
each read); on loopback an attempt that does not time out takes milliseconds. ``BACKOFF_CAP`` is
the longest total backoff ``max_retries`` retries can ask for (0.5 s + 1 s); the autouse ``sleeps``
fixture records the waits instead of sleeping, so a call's time is its wall time plus the waits it
asked for. ``MARGIN`` (1 s) absorbs a loaded CI machine; it is not a performance target.

A slow drip that keeps each chunk under the read timeout is not bounded by this budget: httpx
timeouts are per read, not per attempt (``test_a_drip_under_the_read_timeout_stays_within_budget``,
an expected failure until the client keeps a per-attempt deadline).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import smsgate
from smsgate._core.retry import DEFAULT_MAX_RETRIES, INITIAL_DELAY, MAX_DELAY
from smsgate.sandbox import FaultKind, RunningServer, start_server

from tests.reliability_support import (
    CREDITS,
    NUMBER,
    SENDER,
    TEXT,
    UNSUPPORTED,
    VENDORS,
    CountingSandbox,
    is_typed,
    outcome_class,
    scheduled_at,
    shared_ssl_context,
)

# The long reliability suites run once per CI run (on the generator's Python), see noxfile.py.
pytestmark = pytest.mark.reliability

MAX_RETRIES = DEFAULT_MAX_RETRIES
TIMEOUT = 0.3  # seconds, per attempt
BACKOFF_CAP = sum(min(MAX_DELAY, INITIAL_DELAY * 2 ** (retry - 1)) for retry in range(1, MAX_RETRIES + 1))
MARGIN = 1.0  # seconds: scheduling noise on a loaded 2-core machine, documented above
BUDGET = (MAX_RETRIES + 1) * TIMEOUT + BACKOFF_CAP + MARGIN
OVER_TIMEOUT = TIMEOUT + 0.2  # a fault wait the client must give up on

CALLS = ("send", "status", "cancel", "credits")
READS = ("status", "credits")


@dataclass(frozen=True)
class Mode:
    """One fault as the matrix uses it: a kind and how long it waits."""

    name: str
    kind: FaultKind
    seconds: float | None = None

    @property
    def times_out(self) -> bool:
        return self.seconds is not None and self.seconds > TIMEOUT


MODES = [
    Mode("latency", FaultKind.LATENCY, 0.02),
    Mode("rate_limit", FaultKind.RATE_LIMIT, 0.0),  # Retry-After: 0
    Mode("server_error", FaultKind.SERVER_ERROR),
    Mode("bad_gateway", FaultKind.BAD_GATEWAY),
    Mode("reset_before_read", FaultKind.RESET_BEFORE_READ),
    Mode("reset_after_read", FaultKind.RESET_AFTER_READ),
    Mode("truncated_body", FaultKind.TRUNCATED_BODY),
    Mode("slow_drip", FaultKind.SLOW_DRIP, 0.001),
    Mode("latency>timeout", FaultKind.LATENCY, OVER_TIMEOUT),
    Mode("slow_drip>timeout", FaultKind.SLOW_DRIP, OVER_TIMEOUT),
]
SLOW = {mode.name for mode in MODES if mode.times_out}
# What a write (send, cancel) ends with, and whether the sandbox carried it out.
WRITE_OUTCOME = {
    "latency": ("ok", 1),
    "rate_limit": ("ok", 1),  # 429: refused, so retried
    "server_error": ("SendOutcomeUnknown", 0),
    "bad_gateway": ("SendOutcomeUnknown", 0),
    "reset_before_read": ("SendOutcomeUnknown", 0),  # over a socket the client had connected: it cannot know
    "reset_after_read": ("SendOutcomeUnknown", 1),
    "truncated_body": ("SendOutcomeUnknown", 1),
    "slow_drip": ("ok", 1),
    "latency>timeout": ("SendOutcomeUnknown", 1),
    "slow_drip>timeout": ("SendOutcomeUnknown", 1),
}
# What a read ends with when the fault hits every attempt.
EXHAUSTED = {
    "latency": "ok",
    "rate_limit": "RateLimitError",
    "server_error": "ServerError",
    "bad_gateway": "ServerError",
    "reset_before_read": "TransportError",
    "reset_after_read": "TransportError",
    "truncated_body": "TransportError",
    "slow_drip": "ok",
    "latency>timeout": "RequestTimeoutError",
    "slow_drip>timeout": "RequestTimeoutError",
}


@dataclass(frozen=True)
class Cell:
    sync: bool
    vendor: str
    call: str
    mode: Mode
    times: int | None  # None: every attempt

    @property
    def id(self) -> str:
        hits = "always" if self.times is None else f"x{self.times}"
        return f"{'sync' if self.sync else 'async'}-{self.vendor}-{self.call}-{self.mode.name}-{hits}"


@dataclass
class Result:
    cell: Cell
    outcome: str
    typed: bool
    attempts: int
    seconds: float  # wall time plus the backoff waits the call asked for
    sends: int  # sends the sandbox carried out during the call

    @property
    def duplicates(self) -> int:
        return max(0, self.sends - 1) if self.cell.call == "send" else 0


def _cells() -> list[Cell]:
    cells = []
    for sync in (True, False):
        for vendor in VENDORS:
            for call in CALLS:
                for mode in MODES:
                    for times in (1,) if mode.name in SLOW else (1, 2):
                        cells.append(Cell(sync, vendor, call, mode, times))
                    # Every attempt faulted: reads must fail typed and on time (slow ones: credits only).
                    if call == "credits" or (call in READS and mode.name not in SLOW):
                        cells.append(Cell(sync, vendor, call, mode, None))
    return cells


CELLS = _cells()
RESULTS: dict[str, Result] = {}


@pytest.fixture(scope="module", autouse=True)
def _fast_clients() -> Iterator[None]:
    with shared_ssl_context():
        yield


@pytest.fixture
def server() -> Iterator[RunningServer]:
    """A fresh sandbox server per cell (under a millisecond to start): no state leaks between cells."""
    with start_server(CountingSandbox(initial_credits=CREDITS)) as running:
        yield running


def _client_kwargs(running: RunningServer, vendor: str) -> dict[str, Any]:
    return {
        "api_key": running.sandbox.api_keys[vendor],
        "base_url": running.base_url(vendor),
        "timeout": TIMEOUT,
        "max_retries": MAX_RETRIES,
    }


def _setup(running: RunningServer, cell: Cell) -> str | None:
    """The message the call works on (sent without a fault), or None."""
    if cell.call not in ("status", "cancel") and not (cell.call == "credits" and cell.vendor == "messaggi"):
        return None  # (Messaggi reads the balance from its message list: it needs one message)
    if (cell.vendor, cell.call) in UNSUPPORTED:
        return "386479"  # refused before any request, whatever the id
    when = scheduled_at(cell.vendor) if cell.call == "cancel" else None
    with smsgate.Client(cell.vendor, **_client_kwargs(running, cell.vendor)) as client:
        sent = client.send(NUMBER[cell.vendor], TEXT, sender=SENDER[cell.vendor], scheduled_at=when)
    return sent.message_id


async def _async_call(running: RunningServer, cell: Cell, message_id: str | None) -> None:
    async with smsgate.AsyncClient(cell.vendor, **_client_kwargs(running, cell.vendor)) as client:
        if cell.call == "send":
            await client.send(NUMBER[cell.vendor], TEXT, sender=SENDER[cell.vendor])
        elif cell.call == "status":
            await client.status(message_id)
        elif cell.call == "cancel":
            assert message_id is not None
            await client.cancel(message_id)
        else:
            await client.credits()


def _sync_call(running: RunningServer, cell: Cell, message_id: str | None) -> None:
    with smsgate.Client(cell.vendor, **_client_kwargs(running, cell.vendor)) as client:
        if cell.call == "send":
            client.send(NUMBER[cell.vendor], TEXT, sender=SENDER[cell.vendor])
        elif cell.call == "status":
            client.status(message_id)
        elif cell.call == "cancel":
            assert message_id is not None
            client.cancel(message_id)
        else:
            client.credits()


def run_cell(running: RunningServer, cell: Cell, sleeps: list[float]) -> Result:
    sandbox = running.sandbox
    assert isinstance(sandbox, CountingSandbox)
    message_id = _setup(running, cell)
    sandbox.faults.add(cell.mode.kind, times=cell.times, vendor=cell.vendor, seconds=cell.mode.seconds)
    requests_before = sandbox.requests_to(cell.vendor)
    sends_before = sandbox.sends_received(cell.vendor)
    sleeps.clear()
    error: BaseException | None = None
    started = time.perf_counter()
    try:
        if cell.sync:
            _sync_call(running, cell, message_id)
        else:
            asyncio.run(_async_call(running, cell, message_id))
    except Exception as raised:  # recorded and judged below: every one must be an smsgate error
        error = raised
    seconds = time.perf_counter() - started + sum(sleeps)
    sandbox.faults.clear()
    return Result(
        cell=cell,
        outcome=outcome_class(error),
        typed=is_typed(error),
        attempts=sandbox.requests_to(cell.vendor) - requests_before,
        seconds=seconds,
        sends=sandbox.sends_received(cell.vendor) - sends_before,
    )


def _expected(cell: Cell) -> tuple[str, int | None, int | None]:
    """(outcome class, attempts, sends carried out); None where it is not fixed."""
    fails = cell.mode.kind not in (FaultKind.LATENCY, FaultKind.SLOW_DRIP) or cell.mode.times_out
    if (cell.vendor, cell.call) in UNSUPPORTED:
        return "UnsupportedOperationError", 0, 0
    if cell.call in READS:
        if cell.times is None:
            return EXHAUSTED[cell.mode.name], (MAX_RETRIES + 1 if fails else 1), 0
        return "ok", (cell.times + 1 if fails else 1), 0
    outcome, carried_out = WRITE_OUTCOME[cell.mode.name]
    attempts = (cell.times or MAX_RETRIES) + 1 if cell.mode.kind is FaultKind.RATE_LIMIT else 1  # 429 is retried
    return outcome, attempts, carried_out if cell.call == "send" else 0


@pytest.mark.parametrize("cell", CELLS, ids=[cell.id for cell in CELLS])
def test_cell(cell: Cell, server: RunningServer, sleeps: list[float]) -> None:
    result = run_cell(server, cell, sleeps)
    RESULTS[cell.id] = result
    assert result.typed, f"{cell.id}: {result.outcome} is not an smsgate error"
    outcome, attempts, sends = _expected(cell)
    assert (result.outcome, result.attempts, result.sends) == (outcome, attempts, sends), cell.id
    assert result.duplicates == 0
    assert result.seconds <= BUDGET, f"{cell.id}: {result.seconds:.2f} s, budget {BUDGET:.2f} s"


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
def test_a_drip_under_the_read_timeout_stays_within_budget(server: RunningServer, sync: bool) -> None:
    """Each 8-byte chunk arrives within the read timeout, so no read ever times out: the attempt's
    wall-clock deadline (its timeout) ends it, and the call ends within its budget, typed."""
    timeout = 0.1
    budget = (MAX_RETRIES + 1) * timeout + BACKOFF_CAP + MARGIN
    sandbox = server.sandbox
    kwargs = {**_client_kwargs(server, "messaggi"), "timeout": timeout}
    with smsgate.Client("messaggi", **kwargs) as client:  # a message list of a few kilobytes
        for _ in range(8):
            client.send(NUMBER["messaggi"], TEXT, sender=SENDER["messaggi"])
    sandbox.faults.add(FaultKind.SLOW_DRIP, vendor="messaggi", seconds=timeout * 0.8, times=None)  # every attempt

    async def credits() -> None:
        async with smsgate.AsyncClient("messaggi", **kwargs) as client:
            await client.credits()

    def run() -> None:
        if sync:
            with smsgate.Client("messaggi", **kwargs) as client:
                client.credits()
        else:
            asyncio.run(credits())

    started = time.monotonic()
    with pytest.raises(smsgate.RequestTimeoutError):
        run()
    assert time.monotonic() - started <= budget


def terminal_summary() -> list[str]:
    """The matrix in figures, printed at the end of the run by ``tests/conftest.py`` when it ran whole.

    Figures only: each cell's test already asserts what they sum (typed, no duplicate, within budget).
    """
    if len(RESULTS) < len(CELLS):
        return []
    results = list(RESULTS.values())
    by_outcome: dict[str, int] = {}
    for result in results:
        by_outcome[result.outcome] = by_outcome.get(result.outcome, 0) + 1
    duplicates = sum(result.duplicates for result in results)
    slowest = max(results, key=lambda result: result.seconds)
    overrun = max(result.seconds - (BUDGET - MARGIN) for result in results)
    return [
        f"fault matrix: {len(results)} cells ({len(MODES)} fault modes x {len(VENDORS)} vendors x "
        f"{len(CALLS)} calls x sync/async; hit 1, 2 or every attempt), loopback sandbox server",
        f"  timeout {TIMEOUT} s, max_retries {MAX_RETRIES}, budget per call {BUDGET:.2f} s "
        f"(= {MAX_RETRIES + 1} x {TIMEOUT} + backoff {BACKOFF_CAP} + margin {MARGIN})",
        "  outcomes: " + ", ".join(f"{name} {count}" for name, count in sorted(by_outcome.items())),
        f"  untyped failures: {sum(not result.typed for result in results)}",
        f"  attempts: {sum(result.attempts for result in results)} requests at the sandbox",
        f"  sends received during send cells: {sum(r.sends for r in results if r.cell.call == 'send')}, "
        f"duplicates: {duplicates}",
        f"  slowest call: {slowest.seconds:.3f} s ({slowest.cell.id}); "
        f"max overrun of the budget without margin: {overrun:+.3f} s",
    ]
