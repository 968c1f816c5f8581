"""Figure 6: sandbox throughput for a status call, the server on one core.

Over the socket: the server process is pinned to one CPU (``os.sched_setaffinity``), no added
latency, and 16 keep-alive connections from this process (on the other CPU) send bare HTTP/1.1
requests on ``/bulk-status`` (what figure 2's smsgate variants ask) and ``/message-status`` (what
(a) and (b) ask). The load generator is a bare asyncio stream loop, not httpx: an
``httpx.AsyncClient`` with 64 requests in flight spends about 8 ms of CPU per request in its own
pool and would measure itself. It is Python too, so the figure is a lower bound. In
process: ``Sandbox.respond`` called in a loop on this core, no socket: the handler's own ceiling.
Target: the server answers at least twice the highest request rate figure 2 drove.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Sequence

import httpx
from smsgate.sandbox import PREFIXES, Sandbox

from ._common import Row, Settings
from .bulk import Workload
from .server import ServerProcess

IN_FLIGHT = 16  # connections, each with one request in flight
CONTENT_LENGTH = re.compile(rb"content-length: *([0-9]+)", re.IGNORECASE)
HEADROOM = 2.0


async def _connection(host: str, port: int, paths: Sequence[str]) -> None:
    """One keep-alive connection asking ``paths`` in turn, with a bare HTTP/1.1 exchange."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for path in paths:
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode("ascii"))
            head = await reader.readuntil(b"\r\n\r\n")
            found = CONTENT_LENGTH.search(head)
            assert head.startswith(b"HTTP/1.1 200"), head
            assert found is not None, head
            body = await reader.readexactly(int(found.group(1)))
            assert body.startswith(b'{"success":true'), body
    finally:
        writer.close()


async def _load(url: str, paths: Sequence[str]) -> float:
    """Requests per second answered with IN_FLIGHT connections, each one request at a time."""
    target = httpx.URL(url)
    host, port = target.host, target.port or 80
    shares = [paths[i::IN_FLIGHT] for i in range(IN_FLIGHT)]
    await asyncio.gather(*(_connection(host, port, share[:1]) for share in shares))  # warm up
    started = time.perf_counter()
    await asyncio.gather(*(_connection(host, port, share) for share in shares))
    return len(paths) / (time.perf_counter() - started)


def _urls(server: ServerProcess, workload: Workload, count: int, *, per_recipient: bool) -> list[str]:
    base = httpx.URL(server.base_url("smspartner")).path
    key = server.keys["smspartner"]
    pairs = workload.pairs
    urls = []
    for i in range(count):
        message_id, number = pairs[i % len(pairs)]
        if per_recipient:
            urls.append(f"{base}/message-status?apiKey={key}&messageId={message_id}&phoneNumber=%2B{number[1:]}")
        else:
            urls.append(f"{base}/bulk-status?apiKey={key}&messageId={message_id}")
    return urls


def in_process_rate(count: int) -> float:
    """``Sandbox.respond`` for ``/bulk-status`` of a 10-recipient message, no socket, this core."""
    sandbox = Sandbox()
    key = sandbox.api_keys["smspartner"]
    prefix = PREFIXES["smspartner"]
    numbers = ",".join(f"+336123400{r:02d}" for r in range(10))
    body = f'{{"apiKey":"{key}","phoneNumbers":"{numbers}","message":"bench"}}'.encode()
    sent = sandbox.respond("POST", prefix + "/send", "", {"Content-Type": "application/json"}, body)
    assert sent.status == 200, sent.body
    assert b'"success":true' in sent.body, sent.body
    query = f"apiKey={key}&messageId={json.loads(sent.body)['message_id']}"
    started = time.perf_counter()
    for _ in range(count):
        wire = sandbox.respond("GET", prefix + "/bulk-status", query, {}, b"")
    elapsed = time.perf_counter() - started
    assert b"StatutResponse_List" in wire.body, wire.body
    return count / elapsed


def run(settings: Settings, server: ServerProcess, workload: Workload, demanded: dict[str, float]) -> list[Row]:
    """``demanded``: figure 2's highest request rate per route (``bulk-status``, ``message-status``)."""
    count = 200 if settings.quick else 4000
    bulk = max(asyncio.run(_load(server.url, _urls(server, workload, count, per_recipient=False))) for _ in range(2))
    single = max(asyncio.run(_load(server.url, _urls(server, workload, count, per_recipient=True))) for _ in range(2))
    handler = in_process_rate(count)
    target = f">= {HEADROOM:g}x fig. 2's rate"
    bulk_demand, single_demand = demanded["bulk-status"], demanded["message-status"]
    return [
        Row(
            "6",
            f"sandbox server, /bulk-status, 1 core ({server.pinning.split(',')[0]})",
            bulk,
            "req/s",
            bulk_demand,
            "fig. 2c/2d",
            target,
            bulk >= HEADROOM * bulk_demand,
        ),
        Row(
            "6",
            "sandbox server, /message-status, 1 core",
            single,
            "req/s",
            single_demand,
            "fig. 2b",
            target,
            single >= HEADROOM * single_demand,
        ),
        Row("6", "Sandbox.respond /bulk-status in process (no socket)", handler, "req/s"),
    ]
