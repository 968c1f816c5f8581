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

from ._exchange import Delivery, Exchange

if TYPE_CHECKING:
    from ._sandbox import Sandbox

__all__ = ["SandboxTransport"]


class _FaultyStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that is cut short (then fails) or dripped slowly."""

    def __init__(self, delivery: Delivery, request: httpx.Request) -> None:
        self._delivery = delivery
        self._request = request

    def _broken(self) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body (sandbox: truncated_body)",
            request=self._request,
        )

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._delivery.chunks():
            if self._delivery.drip_seconds:
                time.sleep(self._delivery.drip_seconds)
            yield chunk
        if self._delivery.truncated:
            raise self._broken()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._delivery.chunks():
            if self._delivery.drip_seconds:
                await asyncio.sleep(self._delivery.drip_seconds)
            yield chunk
        if self._delivery.truncated:
            raise self._broken()


class SandboxTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    def _open(self, request: httpx.Request) -> Exchange:
        # In process the request is whole already (read before): a fault may look for a number in it.
        payload = unquote(request.url.query.decode("ascii")) + "\n" + request.content.decode("utf-8", "replace")
        exchange = Exchange.open(self.sandbox, request.method, self._raw_path(request), payload)
        if exchange.reset_before_read:
            raise httpx.ConnectError("sandbox: connection reset before the request was read", request=request)
        return exchange

    @staticmethod
    def _raw_path(request: httpx.Request) -> str:
        return request.url.raw_path.decode("ascii").partition("?")[0]

    @staticmethod
    def _answer(exchange: Exchange, request: httpx.Request) -> Delivery:
        delivery = exchange.answer(request.url.query.decode("ascii"), dict(request.headers), request.content)
        if delivery.reset:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return delivery

    @staticmethod
    def _response(delivery: Delivery, request: httpx.Request) -> httpx.Response:
        wire = delivery.wire
        if delivery.streamed:
            headers = [*wire.headers, ("Content-Length", str(len(wire.body)))]
            return httpx.Response(
                wire.status, headers=headers, stream=_FaultyStream(delivery, request), request=request
            )
        return httpx.Response(wire.status, headers=list(wire.headers), content=wire.body, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        exchange = self._open(request)
        delivery = self._answer(exchange, request)
        if delivery.latency:
            time.sleep(delivery.latency)
        return self._response(delivery, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        exchange = self._open(request)
        delivery = self._answer(exchange, request)
        if delivery.latency:
            await asyncio.sleep(delivery.latency)
        return self._response(delivery, request)
