"""Figure 7: ``smsgate.webhooks.parse`` per event, and the ASGI receiver's events per second.

7: one documented callback of each event kind (read from the specs' webhook examples), parsed
with its token checked, against ``json.loads`` of the same body (the least any receiver does).
7b/7c: ``asgi_app`` behind uvicorn on 127.0.0.1, the server pinned to one core and the load
generator (raw HTTP/1.1 keep-alive connections, asyncio) to the other: distinct Messaggi v2
receipts, each answered 200 and delivered to ``on_event`` (the server counts them), against the
same server answering a bare ASGI app that only reads the body. 7b is uvicorn with httptools and
uvloop (``uvicorn[standard]``), 7c pure Python (h11, asyncio).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl

import smsgate.webhooks as webhooks
from smsgate._base.spec import raw_document

from ._common import Row, Settings, median_per_call
from .server import cpu_split

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-webhook-secret-0123456789"
PARSE_TARGET_US = 50.0
EVENTS_TARGET = 5_000.0
EVENTS = 20_000
CONNECTIONS = 32
# One documented example per event kind: (vendor, webhook, example name, content type).
EXAMPLES = {
    "DeliveryEvent": ("messaggi_v2", "message_state", "delivered", "application/json"),
    "InboundMessage": ("smspartner", "long_number_reply", "live_simple", "application/json"),
    "OptOutEvent": ("smspartner", "short_code_reply", "live_stop", "application/json"),
    "HlrResult": ("smspartner", "hlr_result", "dp", "application/json"),
    "InboundMessage (form)": ("smspartner", "long_number_reply", "dp_simple", "application/x-www-form-urlencoded"),
}


def example(vendor: str, webhook: str, name: str, media_type: str) -> tuple[bytes, webhooks.CallbackPurpose]:
    """The example's body as the vendor posts it, and the URL's purpose."""
    operation = raw_document(vendor)["webhooks"][webhook]["post"]
    value = operation["requestBody"]["content"][media_type]["examples"][name]["value"]
    if media_type == "application/json":
        body = json.dumps(value).encode()
    else:
        from urllib.parse import urlencode

        body = urlencode({key: str(item) for key, item in value.items()}).encode()
    purpose: webhooks.CallbackPurpose = operation["x-smsgate-event"]["purpose"]
    return body, purpose


def parse_rows(settings: Settings) -> list[Row]:
    rows = []
    calls = 200 if settings.quick else 20_000
    for kind, (vendor, webhook, name, media_type) in EXAMPLES.items():
        body, purpose = example(vendor, webhook, name, media_type)
        url = webhooks.signed_url("https://example.com/sms", vendor=vendor, purpose=purpose, secret=SECRET)
        headers = {"Content-Type": media_type}
        event = webhooks.parse(vendor, body, url=url, secret=SECRET, headers=headers)
        assert type(event).__name__ == kind.split(" ")[0], (kind, event)

        def parse(vendor: str = vendor, body: bytes = body, url: str = url, headers: dict[str, str] = headers) -> None:
            webhooks.parse(vendor, body, url=url, secret=SECRET, headers=headers)

        ours = median_per_call(parse, calls, settings.repeats) * 1e6
        if media_type == "application/json":
            decode, decoded = (lambda body=body: json.loads(body)), "json.loads of the body"
        else:
            decode, decoded = (lambda body=body: dict(parse_qsl(body.decode()))), "parse_qsl of the body"
        baseline = median_per_call(decode, calls, settings.repeats) * 1e6
        rows.append(
            Row(
                "7",
                f"webhooks.parse: {kind} ({vendor} {webhook}, token checked)",
                ours,
                "us",
                baseline=baseline,
                baseline_what=decoded,
                target=f"<= {PARSE_TARGET_US:g} us",
                met=ours <= PARSE_TARGET_US,
            )
        )
    return rows


# -- figure 7b/7c: the receiver behind a real server ----------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def uvicorn_server(http: str, loop: str, cpu: int | None) -> Iterator[tuple[int, int]]:
    """uvicorn serving ``bench.webhook_app:app`` on 127.0.0.1 in a child process (pinned to ``cpu``)."""
    port = _free_port()
    command = [sys.executable, "-m", "uvicorn", "bench.webhook_app:app", "--host", "127.0.0.1", "--port", str(port)]
    command += ["--http", http, "--loop", loop, "--log-level", "warning", "--no-access-log", "--lifespan", "off"]
    pin = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
    environment = {**os.environ, "SMSGATE_WEBHOOK_SECRET": SECRET}
    process = subprocess.Popen(command, cwd=ROOT, env=environment, preexec_fn=pin)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"uvicorn did not start (--http {http} --loop {loop})") from None
                time.sleep(0.05)
        yield port, process.pid
    finally:
        process.terminate()  # our own child, by its handle
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _request(path: str, body: bytes, content_type: str) -> bytes:
    return (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


_LENGTH = re.compile(rb"content-length:\s*(\d+)", re.I)


async def _load(port: int, requests: list[bytes], connections: int) -> tuple[float, dict[bytes, int]]:
    """Send every request over ``connections`` keep-alive connections; (seconds, count per status)."""
    statuses: dict[bytes, int] = {}
    shares = [requests[i::connections] for i in range(connections)]

    async def worker(share: list[bytes]) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for request in share:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            found = _LENGTH.search(head)
            await reader.readexactly(int(found.group(1)) if found else 0)
            status = head[9:12]
            statuses[status] = statuses.get(status, 0) + 1
        writer.close()
        await writer.wait_closed()

    started = time.perf_counter()
    await asyncio.gather(*(worker(share) for share in shares))
    return time.perf_counter() - started, statuses


def cpu_seconds(pid: int) -> float | None:
    """The CPU time ``pid`` used so far (user + system; Linux), None where /proc cannot say."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _delivered(port: int) -> int:
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(b"GET /count HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := connection.recv(4096):
            answer += chunk
    return int(answer.rpartition(b"\r\n\r\n")[2])


def receipts(count: int, offset: int) -> list[tuple[bytes, str]]:
    """``count`` distinct Messaggi v2 receipts (the documented one, with its own message id each)."""
    url = webhooks.signed_url("http://127.0.0.1/sms", vendor="messaggi_v2", purpose="delivery", secret=SECRET)
    target = url.partition("127.0.0.1")[2]
    out = []
    for number in range(offset, offset + count):
        payload = {"data": {"id": f"{number:024x}", "state": "DELIVERED", "recipient": "+393331234567",
                            "deliveredAt": "2026-11-22T05:36:24+00:00"}, "custom": {"n": number}}  # fmt: skip
        out.append((json.dumps(payload).encode(), target))
    return out


def server_rows(settings: Settings) -> list[Row]:
    server_cpu, client_cpus = cpu_split()
    events = 400 if settings.quick else settings.scaled(EVENTS, minimum=200)
    saved = os.sched_getaffinity(0) if client_cpus else None
    rows: list[Row] = []
    variants = [
        ("7b", "httptools", "uvloop", "uvicorn[standard]: httptools, uvloop"),
        ("7c", "h11", "asyncio", "uvicorn, pure Python: h11, asyncio"),
    ]
    try:
        if client_cpus:
            os.sched_setaffinity(0, client_cpus)
        for figure, http, loop, what in variants:
            try:
                with uvicorn_server(http, loop, server_cpu) as (port, pid):
                    offset = 0
                    ours: list[float] = []
                    bare: list[float] = []
                    cpu: dict[str, float] = {"ours": 0.0, "bare": 0.0}
                    for _ in range(settings.repeats):
                        batch = receipts(events, offset)
                        offset += events
                        requests = [_request(target, body, "application/json") for body, target in batch]
                        plain = [_request("/bare", body, "application/json") for body, _ in batch]
                        for name, load, rates in (("ours", requests, ours), ("bare", plain, bare)):
                            before = cpu_seconds(pid)
                            seconds, statuses = asyncio.run(_load(port, load, CONNECTIONS))
                            after = cpu_seconds(pid)
                            assert statuses == {b"200": events}, statuses
                            rates.append(events / seconds)
                            if before is not None and after is not None:
                                cpu[name] += after - before
                    delivered = _delivered(port)
            except (RuntimeError, ImportError) as error:
                rows.append(Row(figure, f"asgi_app behind {what}: not measured ({error})", 0.0, "req/s"))
                continue
            ours.sort()
            bare.sort()
            value, baseline = ours[len(ours) // 2], bare[len(bare) // 2]
            row = Row(
                figure,
                f"asgi_app behind {what}, {CONNECTIONS} connections, distinct receipts (events/s)",
                value,
                "req/s",
                baseline=baseline,
                baseline_what="a bare ASGI app, same server",
                target=f">= {EVENTS_TARGET:,.0f} events/s",
                met=value >= EVENTS_TARGET if figure == "7b" else None,
            )
            pinned = (
                f"server on CPU {server_cpu}, load generator on {sorted(client_cpus or ())}"
                if server_cpu is not None
                else "not pinned"
            )
            posted = settings.repeats * events
            row.notes.append(f"{delivered:,} events reached on_event, each once ({posted:,} posted); {pinned}")
            if cpu["ours"]:
                per_event, per_bare = cpu["ours"] / posted * 1e6, cpu["bare"] / posted * 1e6
                row.notes.append(
                    f"server CPU per event {per_event:.0f} us (bare app {per_bare:.0f} us): one core serves about"
                    f" {posted / cpu['ours']:,.0f} events/s; the wall figure shares the machine with whatever else runs"
                )
            rows.append(row)
    finally:
        if saved is not None:
            os.sched_setaffinity(0, saved)
    return rows


def run(settings: Settings) -> list[Row]:
    return parse_rows(settings) + server_rows(settings)
