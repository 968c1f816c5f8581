"""The sandbox over a real socket: a small asyncio HTTP/1.1 server with keep-alive.

Every vendor shares one port under their prefixes. Each answer is written with one send
(headers and body together) on a socket with TCP_NODELAY: a server that writes them separately
stalls on delayed ACKs (about 40 ms per request measured here). Faults are real: a reset closes
the socket with RST (before reading the body, or after carrying the request out), a truncated body
announces a Content-Length larger than what it sends, a slow drip writes a few bytes at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Self

from ._exchange import Exchange
from ._operations import PREFIXES
from ._problems import SandboxConfigError
from ._sandbox import CONTROL_PREFIX, Sandbox, Wire

__all__ = ["RunningServer", "serve", "start_server"]

MAX_HEAD = 64 * 1024  # bytes of request line and headers
MAX_BODY = 10 * 1024 * 1024
REASONS = {200: "OK", 201: "Created", 400: "Bad Request", 401: "Unauthorized", 402: "Payment Required",
           404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable", 411: "Length Required",
           413: "Payload Too Large", 422: "Unprocessable Entity", 429: "Too Many Requests",
           500: "Internal Server Error", 502: "Bad Gateway"}  # fmt: skip


class _BadRequestError(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def _head(wire: Wire, keep_alive: bool, content_length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {wire.status} {REASONS.get(wire.status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in wire.headers]
    lines.append(f"Content-Length: {len(wire.body) if content_length is None else content_length}")
    lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST, as a crashed peer would, not with an orderly FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str]] | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    except asyncio.LimitOverrunError as error:
        raise _BadRequestError(413, "request head too large") from error
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise _BadRequestError(400, f"bad request line {lines[0]!r}")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    return parts[0], parts[1], headers


class _Connections:
    """The open connections, so that stopping the server can close them."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.tasks: set[asyncio.Task[None]] = set()

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.tasks.add(task)
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while await self._one(reader, writer):
                pass
        except _BadRequestError as bad:
            writer.write(_head(Wire(bad.status, (), b""), keep_alive=False))
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:
            pass  # the server is stopping: this connection task ends here, quietly
        finally:
            self.tasks.discard(task)
            if not writer.transport.is_closing():
                writer.close()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; False when the connection is done."""
        head = await _read_request(reader)
        if head is None:
            return False
        method, target, headers = head
        raw_path, _, query = target.partition("?")
        exchange = Exchange.open(self.sandbox, method, raw_path)
        if exchange.reset_before_read:
            _reset(writer)
            return False
        if "chunked" in headers.get("transfer-encoding", "").lower():
            raise _BadRequestError(411, "chunked request bodies are not supported; send a Content-Length")
        length = int(headers.get("content-length") or 0)
        if length > MAX_BODY:
            raise _BadRequestError(413, "request body too large")
        body = await reader.readexactly(length) if length else b""
        keep_alive = headers.get("connection", "").lower() != "close"
        delivery = exchange.answer(query, headers, body)
        if delivery.latency:
            await asyncio.sleep(delivery.latency)
        if delivery.reset:
            _reset(writer)
            return False
        if delivery.truncated:
            writer.write(_head(delivery.wire, keep_alive=False) + b"".join(delivery.chunks()))
            await writer.drain()
            _reset(writer)
            return False
        if delivery.drip_seconds:
            writer.write(_head(delivery.wire, keep_alive))
            for chunk in delivery.chunks():
                await writer.drain()
                await asyncio.sleep(delivery.drip_seconds)
                writer.write(chunk)
        else:
            writer.write(_head(delivery.wire, keep_alive) + delivery.wire.body)
        await writer.drain()
        return keep_alive


async def _run(
    sandbox: Sandbox, host: str, port: int, ready: Callable[[int, asyncio.AbstractEventLoop, asyncio.Event], None]
) -> None:
    connections = _Connections(sandbox)
    server = await asyncio.start_server(connections.serve, host, port, limit=MAX_HEAD)
    stop = asyncio.Event()
    ready(server.sockets[0].getsockname()[1], asyncio.get_running_loop(), stop)
    async with server:
        await stop.wait()
        server.close()
        for task in list(connections.tasks):
            task.cancel()
        await asyncio.gather(*connections.tasks, return_exceptions=True)


class RunningServer:
    """A sandbox server on a background thread; ``stop()`` (or leaving the ``with``) ends it."""

    def __init__(self, sandbox: Sandbox, host: str, port: int, *, owns_sandbox: bool = False) -> None:
        self.sandbox = sandbox
        self._owns_sandbox = owns_sandbox  # made by start_server: its callback thread stops with the server
        self.host = host
        self.port = 0
        self._started = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, args=(host, port), name="smsgate-sandbox", daemon=True)
        self._thread.start()
        self._started.wait()
        if self._error is not None:
            raise self._error

    def _ready(self, port: int, loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
        self.port, self._loop, self._stop = port, loop, stop
        self._started.set()

    def _main(self, host: str, port: int) -> None:
        try:
            asyncio.run(_run(self.sandbox, host, port, self._ready))
        except BaseException as error:  # reported to the thread that started the server
            self._error = error
            self._started.set()

    @property
    def url(self) -> str:
        """The server's root URL (``http://127.0.0.1:PORT``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def base_url(self, vendor: str) -> str:
        """The base URL to give a client for ``vendor`` on this server."""
        return self.sandbox.base_url(vendor, self.url)

    def wait(self) -> None:
        """Block until the server stops (``serve`` waits here for KeyboardInterrupt)."""
        while self._thread.is_alive():
            self._thread.join(timeout=0.5)  # a timed join lets KeyboardInterrupt through at once

    def stop(self) -> None:
        """Stop the server and wait for its thread; leaving the ``with`` block does it."""
        if self._loop is not None and self._stop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()
        if self._owns_sandbox:
            self.sandbox.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


def _check_address(host: str, port: int) -> None:
    if not isinstance(host, str) or not host:
        raise SandboxConfigError(f"host must be a host name or address, not {host!r}")
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise SandboxConfigError(f"port must be a whole number from 0 to 65535, not {port!r}")


def start_server(sandbox: Sandbox | None = None, host: str = "127.0.0.1", port: int = 0) -> RunningServer:
    """Start a sandbox server on a background thread; returns once it listens (port 0: any free port).

    A sandbox it makes (``sandbox`` None) is closed with the server; one you pass stays yours to close."""
    _check_address(host, port)
    return RunningServer(sandbox or Sandbox(), host, port, owns_sandbox=sandbox is None)


def serve(
    host: str = "127.0.0.1",
    port: int = 8025,
    sandbox: Sandbox | None = None,
    *,
    announce: Callable[[str], None] | None = None,
) -> None:
    """Run a sandbox server in the foreground until KeyboardInterrupt (``smsgate sandbox``)."""
    _check_address(host, port)
    running = start_server(sandbox, host, port)
    lines = [f"smsgate sandbox listening on {running.url}"]
    lines += [
        f"  {vendor:<10} {running.base_url(vendor)}  key: {running.sandbox.api_keys[vendor]}" for vendor in PREFIXES
    ]
    lines.append(f"  control    {running.url}{CONTROL_PREFIX}/stats, {running.url}{CONTROL_PREFIX}/faults")
    (announce or (lambda text: print(text, file=sys.stderr, flush=True)))("\n".join(lines))
    try:
        running.wait()
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
