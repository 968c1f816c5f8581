"""Figure 2: statuses of 2,000 recipients over 200 messages, sandbox over loopback, +50 ms a request.

(a) the vendors' snippet style: ``requests.get`` on SMS Partner ``/message-status`` per recipient,
one after the other. It would take about 100 s at full scale, so it runs on the first
``A_SUBSET`` recipients and its time is extrapolated linearly (each request costs the same fixed
latency plus the same work; the output says so). (b) a hand-written ``httpx.AsyncClient`` loop,
the same per-recipient requests, 32 at a time. (c) ``smsgate.Client.status(message_id)`` per
message: SMS Partner's ``/bulk-status`` answers all recipients of a message in one request.
(d) ``smsgate.AsyncClient.status`` for the 200 messages, 32 at a time.
"""

from __future__ import annotations

import asyncio
import collections
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass

import httpx
import requests
import smsgate

from ._common import Row, Settings
from .server import ServerProcess

MESSAGES = 200
RECIPIENTS = 10
CONCURRENCY = 32
LATENCY = 0.050
A_SUBSET = 100  # recipients (a) really asks about; the rest is extrapolated
RUNS = 3
FAST_ENOUGH = 20.0  # (d) at least this many times faster than (a)


@dataclass(frozen=True)
class Workload:
    messages: list[tuple[str, list[str]]]  # message id, its recipients (E.164)

    @property
    def pairs(self) -> list[tuple[str, str]]:
        return [(message_id, number) for message_id, numbers in self.messages for number in numbers]


@dataclass(frozen=True)
class Outcome:
    seconds: float
    requests: int
    states: collections.Counter[str]  # vendor words, to check every variant saw the same thing


def prepare(server: ServerProcess, messages: int) -> Workload:
    """Send ``messages`` SMS of RECIPIENTS numbers each (no latency yet); a few end undelivered."""
    sent: list[tuple[str, list[str]]] = []
    key = server.keys["smspartner"]
    with smsgate.Client("smspartner", api_key=key, base_url=server.base_url("smspartner")) as client:
        for m in range(messages):
            numbers = [f"+3361{m:04d}{r:03d}" for r in range(RECIPIENTS)]  # ...0001 ends undelivered
            result = client.send(numbers, f"Bench message {m}")
            sent.append((result.message_id, result.accepted))
    return Workload(sent)


def set_latency(server: ServerProcess, seconds: float | None) -> None:
    """Every request answered ``seconds`` late (None: no added latency), via the control endpoint."""
    httpx.delete(f"{server.url}/_sandbox/faults").raise_for_status()
    if seconds is not None:
        fault = {"kind": "latency", "times": None, "seconds": seconds}
        httpx.post(f"{server.url}/_sandbox/faults", json=fault).raise_for_status()


def documented_snippet(server: ServerProcess, pairs: Sequence[tuple[str, str]]) -> Outcome:
    """(a) what the vendor pages show, once per recipient."""
    url = server.base_url("smspartner") + "/message-status"
    key = server.keys["smspartner"]
    states: collections.Counter[str] = collections.Counter()
    started = time.perf_counter()
    for message_id, number in pairs:
        response = requests.get(url, params={"apiKey": key, "messageId": message_id, "phoneNumber": number}, timeout=30)
        states[response.json()["statut"]] += 1
    return Outcome(time.perf_counter() - started, len(pairs), states)


async def _raw_async(server: ServerProcess, pairs: Sequence[tuple[str, str]]) -> Outcome:
    url = server.base_url("smspartner") + "/message-status"
    key = server.keys["smspartner"]
    gate = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(timeout=30) as client:

        async def one(message_id: str, number: str) -> str:
            async with gate:
                params = {"apiKey": key, "messageId": message_id, "phoneNumber": number}
                response = await client.get(url, params=params)
                word: str = json.loads(response.content)["statut"]
                return word

        started = time.perf_counter()
        words = await asyncio.gather(*(one(message_id, number) for message_id, number in pairs))
        seconds = time.perf_counter() - started
    return Outcome(seconds, len(pairs), collections.Counter(words))


def raw_async(server: ServerProcess, pairs: Sequence[tuple[str, str]]) -> Outcome:
    """(b) per-recipient requests, CONCURRENCY at a time, with a raw ``httpx.AsyncClient``."""
    return asyncio.run(_raw_async(server, pairs))


def smsgate_sync(server: ServerProcess, workload: Workload) -> Outcome:
    """(c) one ``status(message_id)`` per message, in turn."""
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    key = server.keys["smspartner"]
    states: collections.Counter[str] = collections.Counter()
    with smsgate.Client("smspartner", api_key=key, base_url=server.base_url("smspartner"), http_client=http) as client:
        started = time.perf_counter()
        for message_id, _ in workload.messages:
            states.update(report.vendor_state for report in client.status(message_id))
        seconds = time.perf_counter() - started
    http.close()
    return Outcome(seconds, len(sent), states)


async def _smsgate_async(server: ServerProcess, workload: Workload) -> Outcome:
    sent: list[httpx.Request] = []

    async def count(request: httpx.Request) -> None:
        sent.append(request)

    key = server.keys["smspartner"]
    gate = asyncio.Semaphore(CONCURRENCY)
    async with (
        httpx.AsyncClient(event_hooks={"request": [count]}) as http,
        smsgate.AsyncClient(
            "smspartner", api_key=key, base_url=server.base_url("smspartner"), http_client=http
        ) as client,
    ):

        async def one(message_id: str) -> list[smsgate.DeliveryReport]:
            async with gate:
                return await client.status(message_id)

        started = time.perf_counter()
        results = await asyncio.gather(*(one(message_id) for message_id, _ in workload.messages))
        seconds = time.perf_counter() - started
    states = collections.Counter(report.vendor_state for reports in results for report in reports)
    return Outcome(seconds, len(sent), states)


def smsgate_async(server: ServerProcess, workload: Workload) -> Outcome:
    """(d) ``status(message_id)`` for every message, CONCURRENCY at a time."""
    return asyncio.run(_smsgate_async(server, workload))


def _median(outcomes: list[Outcome]) -> Outcome:
    ordered = sorted(outcomes, key=lambda outcome: outcome.seconds)
    return ordered[len(ordered) // 2]


def run(settings: Settings, server: ServerProcess, workload: Workload) -> tuple[list[Row], dict[str, float]]:
    """The rows of figure 2, and the highest request rate it drove on each route (for figure 6)."""
    latency = 0.005 if settings.quick else LATENCY
    runs = 1 if settings.quick else RUNS
    pairs = workload.pairs
    total = len(pairs)
    subset = pairs[: min(total, A_SUBSET)]
    set_latency(server, latency)
    try:
        measured: dict[str, list[Outcome]] = collections.defaultdict(list)
        for _ in range(runs):  # interleaved, so that a slow moment does not favour one variant
            measured["a"].append(documented_snippet(server, subset))
            measured["b"].append(raw_async(server, pairs))
            measured["c"].append(smsgate_sync(server, workload))
            measured["d"].append(smsgate_async(server, workload))
    finally:
        set_latency(server, None)
    a, b, c, d = (_median(measured[key]) for key in "abcd")
    expected: collections.Counter[str] = collections.Counter()
    for outcome in (b, c, d):
        assert sum(outcome.states.values()) == total, outcome
        expected = expected or outcome.states
        assert outcome.states == expected, (outcome.states, expected)
    a_total = a.seconds * total / len(subset)  # linear: every request costs the same
    a_note = f"{len(subset)} of {total} recipients timed ({a.seconds:.2f} s), extrapolated x{total / len(subset):g}"
    where = f"{len(workload.messages)} messages x {RECIPIENTS} recipients, +{latency * 1e3:.0f} ms/request"
    rows = [
        Row("2a", f"requests.get per recipient, sequential: {total} requests", a_total, "s", notes=[a_note]),
        Row(
            "2b",
            f"raw httpx.AsyncClient, {CONCURRENCY} concurrent: {b.requests} requests",
            b.seconds,
            "s",
            a_total,
            "a",
            "-",
            None,
        ),
        Row("2c", f"smsgate Client.status per message: {c.requests} requests", c.seconds, "s", a_total, "a"),
        Row(
            "2d",
            f"smsgate AsyncClient, {CONCURRENCY} concurrent: {d.requests} requests "
            f"({a_total / d.seconds:.0f}x faster than a)",
            d.seconds,
            "s",
            a_total,
            "a",
            f"ratio <= 1/{FAST_ENOUGH:g}",
            d.seconds * FAST_ENOUGH <= a_total,
        ),
        Row(
            "2d",
            "smsgate AsyncClient vs raw httpx loop",
            d.seconds,
            "s",
            b.seconds,
            "b",
            "ratio <= 1",
            d.seconds <= b.seconds,
        ),
    ]
    rows[0].notes.append(f"workload: {where}; {server.pinning}")
    rates = {
        "message-status": b.requests / b.seconds,
        "bulk-status": max(c.requests / c.seconds, d.requests / d.seconds),
    }
    return rows, rates
