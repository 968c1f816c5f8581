"""The sandbox as an httpx transport: no sockets, faults raised as the errors a socket would give.

A reset before the request is read is ``httpx.ConnectError`` (the request provably never left); a
reset after it was read is ``httpx.RemoteProtocolError`` (it was carried out, no answer came); a
truncated body raises ``httpx.RemoteProtocolError`` while the body is read; a slow drip delivers
the body a few bytes at a time. Waits use ``time.sleep`` in sync clients and ``asyncio.sleep`` in
async ones, so an async test never blocks its event loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING
from urllib.parse import unquote

import httpx

from ._faults import DRIP_BYTES, REFUSING, Fault, FaultKind

if TYPE_CHECKING:
    from ._sandbox import Sandbox, Wire

__all__ = ["SandboxTransport"]


class _FaultyStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that is cut short (then fails) or dripped slowly."""

    def __init__(self, body: bytes, *, truncate: bool, drip_seconds: float, request: httpx.Request) -> None:
        self._body = body[: len(body) // 2] if truncate else body
        self._truncate = truncate
        self._drip = drip_seconds
        self._request = request

    def _chunks(self) -> list[bytes]:
        size = DRIP_BYTES if self._drip else max(1, len(self._body))
        return [self._body[i : i + size] for i in range(0, len(self._body), size)]

    def _broken(self) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body (sandbox: truncated_body)",
            request=self._request,
        )

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks():
            if self._drip:
                time.sleep(self._drip)
            yield chunk
        if self._truncate:
            raise self._broken()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            if self._drip:
                await asyncio.sleep(self._drip)
            yield chunk
        if self._truncate:
            raise self._broken()


class SandboxTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def _exchange(self, request: httpx.Request) -> tuple[Wire, Fault | None]:
        raw_path = request.url.raw_path.decode("ascii").partition("?")[0]
        query = request.url.query.decode("ascii")
        vendor, operation = self.sandbox.target(request.method, raw_path)
        body = request.read()  # in process the request is whole already: faults may look for a number in it
        payload = unquote(query) + "\n" + body.decode("utf-8", "replace")
        fault = self.sandbox.faults.take(vendor, operation.operation_id if operation else None, payload)
        if fault is not None and fault.kind is FaultKind.RESET_BEFORE_READ:
            raise httpx.ConnectError("sandbox: connection reset before the request was read", request=request)
        if fault is not None and fault.kind in REFUSING:
            return self.sandbox.fault_wire(fault, vendor, operation), fault
        wire = self.sandbox.respond(request.method, raw_path, query, dict(request.headers), body)
        if fault is not None and fault.kind is FaultKind.RESET_AFTER_READ:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return wire, fault

    @staticmethod
    def _response(wire: Wire, fault: Fault | None, request: httpx.Request) -> httpx.Response:
        kind = fault.kind if fault is not None else None
        if kind in (FaultKind.TRUNCATED_BODY, FaultKind.SLOW_DRIP):
            assert fault is not None
            stream = _FaultyStream(
                wire.body,
                truncate=kind is FaultKind.TRUNCATED_BODY,
                drip_seconds=fault.seconds if kind is FaultKind.SLOW_DRIP else 0.0,
                request=request,
            )
            headers = [*wire.headers, ("Content-Length", str(len(wire.body)))]
            return httpx.Response(wire.status, headers=headers, stream=stream, request=request)
        return httpx.Response(wire.status, headers=list(wire.headers), content=wire.body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        wire, fault = self._exchange(request)
        if fault is not None and fault.kind is FaultKind.LATENCY:
            time.sleep(fault.seconds)
        return self._response(wire, fault, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        wire, fault = self._exchange(request)
        if fault is not None and fault.kind is FaultKind.LATENCY:
            await asyncio.sleep(fault.seconds)
        return self._response(wire, fault, request)
