"""Receivers to mount: ``asgi_app`` and ``wsgi_app`` over one sans-IO ``Receiver``.

A ``Receiver`` decides what one callback request gets (its status) and which event, if any,
reaches ``on_event``; the two apps only move bytes. What it promises, per process:

- 200 for a good event, 403 for a missing or forged token, 400 for a body that is none of the
  vendor's payloads, 413 over ``max_body`` bytes (1 MiB), 405 for a method other than POST; never
  a 500 for bad input (only when ``on_event`` itself raises, so that the vendor retries).
- a duplicate (an equal event: the vendor retrying) is answered 200 and does not reach
  ``on_event`` again, for ``window`` seconds (24 h) and the latest ``max_events`` (100,000) events;
- a recipient's final state is never followed by an earlier one arriving late: once a final
  state of a (vendor, message, number) reached ``on_event``, a later event for it does not;
- the parts of a long reply, in any order, reach ``on_event`` as one ``InboundMessage``, once the
  last part arrived (parts kept for ``window`` seconds).
"""

from __future__ import annotations

import dataclasses
import inspect
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .._base.callback_token import CallbackSigner, missing_secret, signer_of, token_of
from .._base.errors import ClientUsageError, InvalidArgumentError, WebhookError
from .._base.redact import hides_secrets
from .._base.spec import VENDORS
from .events import DeliveryEvent, HlrResult, InboundMessage, OptOutEvent, WebhookEvent
from .payloads import parse_with

__all__ = ["DEFAULT_MAX_BODY", "DEFAULT_WINDOW", "Receiver", "Reply", "asgi_app", "wsgi_app"]

DEFAULT_MAX_BODY = 1 << 20
"""The largest callback body a receiver reads (1 MiB); a larger one is answered 413."""
DEFAULT_WINDOW = 24 * 3600.0
"""Seconds a receiver remembers an event (its duplicates, a recipient's final state, a reply's parts)."""
DEFAULT_MAX_EVENTS = 100_000

OnEvent = Callable[[WebhookEvent], Any]


@dataclass(frozen=True, slots=True)
class Reply:
    """What to answer one callback request: ``status`` and a short text ``body``, and the
    ``event`` to hand to ``on_event`` (None: nothing new, or a refusal)."""

    status: int
    body: bytes
    event: WebhookEvent | None = None


OK = b"ok\n"


class Receiver:
    """The decisions of a callback endpoint, without I/O: ``handle(on_event, ...)`` answers one
    request and calls ``on_event`` when it should (``receive(...)`` only says what to answer and
    which event to deliver; ``delivered(event)`` / ``failed(event)`` then say how it went).

    For a framework whose request you read yourself (a Django view); ``asgi_app`` and ``wsgi_app``
    are ready-made ones over it. ``secret`` defaults to ``$SMSGATE_WEBHOOK_SECRET``; ``window``,
    ``max_events`` and ``max_body`` are described in this module's docstring. Thread-safe.
    """

    @hides_secrets
    def __init__(
        self,
        *,
        secret: str | bytes | None = None,
        window: float = DEFAULT_WINDOW,
        max_events: int = DEFAULT_MAX_EVENTS,
        max_body: int = DEFAULT_MAX_BODY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        signer = signer_of(secret)
        if signer is None:
            raise ClientUsageError(missing_secret("a webhook receiver"))
        for name, value in (("window", window), ("max_events", max_events), ("max_body", max_body)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < math.inf:
                raise InvalidArgumentError(f"{name} must be a positive number, not {value!r}")
        self._signer: CallbackSigner = signer
        self.window = float(window)
        self.max_events = int(max_events)
        self.max_body = int(max_body)
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: OrderedDict[tuple[Any, ...], float] = OrderedDict()  # event identity -> expiry
        self._finals: OrderedDict[tuple[str, str, str | None], float] = OrderedDict()  # recipient -> expiry
        self._parts: OrderedDict[tuple[Any, ...], tuple[float, dict[int, InboundMessage]]] = OrderedDict()
        self._joined: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}  # a joined reply -> its parts, until delivered

    def __repr__(self) -> str:
        return f"Receiver(window={self.window!r}, max_events={self.max_events!r}, max_body={self.max_body!r})"

    def receive(
        self,
        method: str,
        path: str,
        query: str,
        body: bytes,
        content_type: str | None,
    ) -> Reply:
        """What to answer a request (``path`` percent-decoded, ``query`` as sent)."""
        if method.upper() != "POST":
            return Reply(405, b"callbacks are POSTed\n")
        if len(body) > self.max_body:
            return Reply(413, b"body too large\n")
        token = token_of(query)
        vendor = (token or "").partition(".")[0]
        if vendor not in VENDORS:
            return Reply(403, b"no valid smsgate= token\n")
        try:
            event = parse_with(vendor, body, content_type=content_type, path=path, query=query, signer=self._signer)
        except WebhookError as error:
            return Reply(error.status_code or 400, f"{type(error).__name__}\n".encode())
        return Reply(200, OK, self._admit(event))

    def handle(
        self,
        on_event: Callable[[WebhookEvent], Any],
        method: str,
        path: str,
        query: str,
        body: bytes,
        content_type: str | None,
    ) -> Reply:
        """``receive``, then ``on_event(event)`` for the event to deliver (a plain function): the
        reply to send back, 500 when ``on_event`` raised (the event is forgotten: the vendor's retry
        delivers it again). For a framework whose request you read yourself (a Django view)."""
        reply = self.receive(method, path, query, body, content_type)
        event = reply.event
        if event is None:
            return reply
        try:
            result = on_event(event)
            if inspect.isawaitable(result):
                if inspect.iscoroutine(result):
                    result.close()
                raise InvalidArgumentError("on_event must be a plain function here; asgi_app awaits an async one")
        except Exception:
            self.failed(event)
            return Reply(500, b"on_event failed\n")
        self.delivered(event)
        return reply

    def _admit(self, event: WebhookEvent) -> WebhookEvent | None:
        """The event to deliver now: None for a duplicate, a stale state, or a part still waiting."""
        now = self._clock()
        key = _identity(event)
        with self._lock:
            self._expire(now)
            if key in self._seen:
                return None
            if isinstance(event, DeliveryEvent | HlrResult) and self._recipient(event) in self._finals:
                return None  # a final state reached on_event: nothing later overwrites it
            self._remember(self._seen, key, now)
            if isinstance(event, InboundMessage) and event.part is not None:
                return self._join(event, now)
            if isinstance(event, DeliveryEvent | HlrResult) and event.final:
                self._remember(self._finals, self._recipient(event), now)
            return event

    def delivered(self, event: WebhookEvent) -> None:
        """``on_event(event)`` returned: it stays remembered (its duplicates are answered, not delivered)."""
        if isinstance(event, InboundMessage):
            with self._lock:
                self._joined.pop(_identity(event), None)

    def failed(self, event: WebhookEvent) -> None:
        """``on_event(event)`` raised: forget it, so that the vendor's retry delivers it again."""
        key = _identity(event)
        with self._lock:
            for part in self._joined.pop(key, ()):
                self._seen.pop(part, None)
            self._seen.pop(key, None)
            if isinstance(event, DeliveryEvent | HlrResult):
                self._finals.pop(self._recipient(event), None)

    @staticmethod
    def _recipient(event: DeliveryEvent | HlrResult) -> tuple[str, str, str | None]:
        if isinstance(event, HlrResult):
            return (event.vendor, f"hlr:{event.message_id}", event.phone_number)
        return (event.vendor, event.message_id, event.phone_number)

    def _remember(self, table: OrderedDict[Any, float], key: Any, now: float) -> None:
        table[key] = now + self.window
        table.move_to_end(key)
        while len(table) > self.max_events:
            table.popitem(last=False)

    def _expire(self, now: float) -> None:
        # Each table is in the order of its expiries (one window for all): the first not expired stops.
        tables: tuple[OrderedDict[Any, Any], ...] = (self._seen, self._finals, self._parts)
        for table in tables:
            while table:
                key, held = next(iter(table.items()))
                expiry: float = held[0] if isinstance(held, tuple) else held
                if expiry > now:
                    break
                del table[key]

    def _join(self, part: InboundMessage, now: float) -> InboundMessage | None:
        assert part.part is not None
        key = (part.vendor, part.phone_number, part.to, part.part.ref, part.part.total)
        expiry, parts = self._parts.get(key, (now + self.window, {}))
        parts[part.part.number] = part
        if len(parts) < part.part.total:
            if len(self._parts) >= self.max_events and key not in self._parts:
                self._parts.popitem(last=False)
            self._parts[key] = (expiry, parts)
            return None
        self._parts.pop(key, None)
        ordered = [parts[number] for number in sorted(parts)]
        joined = dataclasses.replace(
            ordered[0],
            text="".join(item.text for item in ordered),
            part=None,
            raw={"parts": [item.raw for item in ordered]},
        )
        self._joined[_identity(joined)] = [_identity(item) for item in ordered]
        while len(self._joined) > self.max_events:
            self._joined.pop(next(iter(self._joined)))
        return joined


def _identity(event: WebhookEvent) -> tuple[Any, ...]:
    """What makes two deliveries one event (``raw`` aside), as atoms: a key the garbage collector
    need not track, however many the window holds."""
    if isinstance(event, DeliveryEvent):
        return (
            "delivery",
            event.vendor,
            event.message_id,
            event.phone_number,
            event.vendor_state,
            event.at,
            event.stop,
        )
    if isinstance(event, InboundMessage):
        part = None if event.part is None else (event.part.ref, event.part.number, event.part.total)
        return ("inbound", event.vendor, event.phone_number, event.text, event.to, event.message_id, event.at, part)
    if isinstance(event, OptOutEvent):
        return ("opt_out", event.vendor, event.phone_number, event.text, event.to, event.message_id, event.at)
    return ("hlr", event.vendor, event.phone_number, event.vendor_state, event.message_id, event.network, event.at)


@hides_secrets
def asgi_app(
    on_event: Callable[[WebhookEvent], Awaitable[Any] | Any],
    *,
    secret: str | bytes | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    window: float = DEFAULT_WINDOW,
    max_events: int = DEFAULT_MAX_EVENTS,
) -> Callable[..., Awaitable[None]]:
    """An ASGI application that receives every vendor's callbacks and calls ``on_event`` once per event.

    Mount it where your callback URL points (FastAPI/Starlette: ``app.mount("/sms", ...)``).
    ``on_event`` is an async function (awaited) or a plain one (called on the event loop: keep it
    short). ``secret`` is the webhook secret the URLs were signed with (default:
    ``$SMSGATE_WEBHOOK_SECRET``). What it answers and when ``on_event`` is called: see ``Receiver``.
    """
    receiver = Receiver(secret=secret, max_body=max_body, window=window, max_events=max_events)

    async def app(scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]], send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        headers = dict(scope.get("headers") or ())
        content_type = headers.get(b"content-type", b"").decode("latin-1").lower() or None
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > receiver.max_body:
            reply = Reply(413, b"body too large\n")
        else:
            chunks: list[bytes] = []
            size = 0
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > receiver.max_body:
                    break
                chunks.append(chunk)
                more = message.get("more_body", False)
            if size > receiver.max_body:
                reply = Reply(413, b"body too large\n")
            else:
                path, root = scope.get("path", ""), scope.get("root_path", "")
                full = path if not root or path.startswith(root) else root + path
                query = scope.get("query_string", b"").decode("latin-1")
                reply = receiver.receive(scope.get("method", "GET"), full, query, b"".join(chunks), content_type)
        event = reply.event
        if event is not None:
            try:
                result = on_event(event)
                if inspect.isawaitable(result):
                    await result
            except Exception:
                receiver.failed(event)
                reply = Reply(500, b"on_event failed\n")
            else:
                receiver.delivered(event)
        await send(
            {
                "type": "http.response.start",
                "status": reply.status,
                "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"),
                    (b"content-length", b"%d" % len(reply.body)),
                ],
            }
        )
        await send({"type": "http.response.body", "body": reply.body})

    app.receiver = receiver  # type: ignore[attr-defined]
    return app


_REASONS = {
    200: "OK",
    400: "Bad Request",
    403: "Forbidden",
    405: "Method Not Allowed",
    413: "Content Too Large",
    500: "Internal Server Error",
}


@hides_secrets
def wsgi_app(
    on_event: Callable[[WebhookEvent], Any],
    *,
    secret: str | bytes | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    window: float = DEFAULT_WINDOW,
    max_events: int = DEFAULT_MAX_EVENTS,
) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """A WSGI application that receives every vendor's callbacks and calls ``on_event`` once per event.

    Mount it where your callback URL points (Flask: ``DispatcherMiddleware``; any WSGI server).
    ``on_event`` is a plain function. The rest is ``asgi_app``'s (see ``Receiver``).
    """
    receiver = Receiver(secret=secret, max_body=max_body, window=window, max_events=max_events)

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        declared = str(environ.get("CONTENT_LENGTH") or "")
        if declared.isdigit() and int(declared) > receiver.max_body:
            reply = Reply(413, b"body too large\n")
        else:
            stream = environ.get("wsgi.input")
            limit = int(declared) if declared.isdigit() else receiver.max_body + 1
            body = stream.read(min(limit, receiver.max_body + 1)) if stream is not None and limit else b""
            # WSGI strings are latin-1 decodings of the bytes sent; the token signs the UTF-8 path.
            raw_path = str(environ.get("SCRIPT_NAME", "")) + str(environ.get("PATH_INFO", ""))
            path = raw_path.encode("latin-1", "replace").decode("utf-8", "replace")
            content_type = str(environ.get("CONTENT_TYPE") or "").lower() or None
            method, query = str(environ.get("REQUEST_METHOD", "GET")), str(environ.get("QUERY_STRING", ""))
            reply = receiver.handle(on_event, method, path, query, body, content_type)
        start_response(
            f"{reply.status} {_REASONS.get(reply.status, '')}",
            [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(reply.body)))],
        )
        return [reply.body]

    app.receiver = receiver  # type: ignore[attr-defined]
    return app
