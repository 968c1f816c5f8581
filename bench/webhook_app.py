"""The ASGI app figure 7b serves with uvicorn: ``smsgate.webhooks.asgi_app`` at ``/sms``, the bare
ASGI app of the baseline at ``/bare`` (reads the body, answers 200), and ``GET /count`` (the
events that reached ``on_event``, so that the figure counts deliveries, not answers)."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from typing import Any

from smsgate.webhooks import WebhookEvent, asgi_app

SECRET = os.environ.get("SMSGATE_WEBHOOK_SECRET", "bench-webhook-secret-0123456789")
delivered = 0


async def on_event(event: WebhookEvent) -> None:
    global delivered
    delivered += 1


receiver = asgi_app(on_event, secret=SECRET, max_events=1_000_000)
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


async def _answer(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"text/plain"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        await receiver(scope, receive, send)
        return
    path = scope["path"]
    if path == "/count":
        await _answer(send, 200, str(delivered).encode())
    elif path == "/bare":
        more = True
        while more:
            message = await receive()
            more = message.get("more_body", False)
        await _answer(send, 200, b"ok\n")
    else:
        await receiver(scope, receive, send)
