"""The sandbox calls back: the callbacks a vendor posts to the URLs a send gave, posted from a thread the
sandbox owns (``Sandbox.callbacks``, a ``CallbackDispatcher``), started with the first callback and
stopped by ``Sandbox.close()``.

**What is posted.** The vendor modules say it when a send gives a callback URL (``Store.watch``) or an
inbound reply or HLR result is due (``Store.post``): SMS Partner's ``urlDlr`` (delivery receipt,
undocumented: the fields of a ``/bulk-status`` item and the ``messageId``, form-encoded),
``urlResponse`` (the documented reply payloads, form-encoded) and ``notifyUrl`` (the documented HLR
result, JSON); Messaggi's ``options.callback_url`` (the message summary, inferred as the message
object ``GET /messages/{id}`` answers: JSON, or with ``callback_field`` the JSON text in that form
field); Messaggi v2's ``callback`` (``{data: <message>, custom: <callback.custom>}``: JSON, or with
``method: POST`` the JSON text in the form field ``field``, default ``data``; ``callback.headers``
sent along). A state change is each step a message reaches: ``sent``, then its final state (or
``canceled``), each payload as the message was at that step; at ``speed=0`` a message is final the
moment it is due, so only its final state is posted.

**Only this machine.** A callback goes only to ``http(s)://127.0.0.1``, ``localhost`` or ``[::1]``:
any other URL is refused, never called (recorded as ``refused`` with the reason, and logged as a
warning on the ``smsgate.sandbox`` logger). A sandbox never calls out.

**Retries, as each vendor documents them.** Messaggi v2: ``callback.retry`` further attempts (0 to 5,
default 0) until one answers 200; an attempt that times out (30 s, the vendor's maximum), fails to
connect or answers anything but 200 is retried after 1, 2, 4, 8, 16 s (times ``retry_base``): the
vendor says the interval "may increase exponentially" and gives no figures, so that doubling is
ours (confidence low). Messaggi v1 and SMS Partner document no retry: one attempt, any 2xx is
accepted. ``timeout`` and ``retry_base`` are the sandbox's ``callback_timeout`` and
``callback_retry_base``, so a test need not wait 30 s.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._base.callback_token import TOKEN_PARAMETER
from .._base.models import DeliveryState
from ._faults import Fault, FaultKind, FaultPlan
from ._problems import SandboxConfigError
from ._state import CallbackTarget, Event, Store, Watch

__all__ = ["LOCAL_HOSTS", "CallbackAttempt", "CallbackDispatcher", "check_local_url"]

LOG = logging.getLogger("smsgate.sandbox")
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
TICK = 0.02  # seconds between looks at the watched messages (their states follow the sandbox's clock)
FINAL_STEPS = frozenset(
    {
        DeliveryState.delivered,
        DeliveryState.undelivered,
        DeliveryState.expired,
        DeliveryState.rejected,
        DeliveryState.canceled,
    }
)
FORGED_TOKEN = "forged-by-the-sandbox"


def check_local_url(url: str) -> str | None:
    """Why the sandbox will not call ``url``; None when it will (http or https to this machine)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as error:
        return f"not a URL ({error})"
    if parts.scheme not in ("http", "https"):
        return f"not an http(s) URL: {url!r}"
    if host is None or host.lower() not in LOCAL_HOSTS:
        return (
            f"the sandbox calls back only 127.0.0.1, localhost or [::1], never {host!r}: "
            "a sandbox must not call out (run your receiver on this machine)"
        )
    return None


@dataclass(frozen=True)
class CallbackAttempt:
    """One attempt at posting a callback, as ``sandbox.callbacks.attempts()`` and ``GET /_sandbox/callbacks``
    show it: ``outcome`` is the receiver's HTTP status, or ``refused: ...`` / ``error: ...``."""

    vendor: str
    webhook: str
    url: str
    number: str | None
    attempt: int  # 1 for the first
    content_type: str
    body: bytes
    outcome: int | str

    @property
    def accepted(self) -> bool:
        """Whether the receiver took it (the vendor stops there): 200 for Messaggi v2, any 2xx otherwise."""
        if not isinstance(self.outcome, int):
            return False
        return self.outcome == 200 if self.vendor == "messaggi_v2" else 200 <= self.outcome < 300

    def to_json(self) -> dict[str, Any]:
        """The attempt as ``GET /_sandbox/callbacks`` lists it (the body as text)."""
        return {
            "vendor": self.vendor,
            "webhook": self.webhook,
            "url": self.url,
            "number": self.number,
            "attempt": self.attempt,
            "content_type": self.content_type,
            "body": self.body.decode("utf-8", "replace"),
            "outcome": self.outcome,
        }


@dataclass
class _Pending:
    event: Event
    due: float  # time.monotonic()
    attempt: int = 1


def encode(target: CallbackTarget, payload: dict[str, Any]) -> tuple[str, bytes]:
    """The content type and body of a callback, as the target's vendor encodes it."""
    if target.encoding == "form":
        fields = {name: _form_value(value) for name, value in payload.items()}
        return "application/x-www-form-urlencoded", urlencode(fields).encode()
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    if target.encoding == "form_field":
        return "application/x-www-form-urlencoded", urlencode({target.field or "data": text}).encode()
    return "application/json", text.encode()


def _form_value(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def forge_token(url: str) -> str:
    """``url`` with its token replaced by a wrong one: smsgate's (``smsgate=vendor.purpose.HMAC``:
    the HMAC forged, the rest kept, so that only the signature is wrong) where the URL carries one,
    else its ``token`` query parameter (replaced or added)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(name == TOKEN_PARAMETER for name, _ in query):
        forged = [
            (name, value.rpartition(".")[0] + "." + FORGED_TOKEN if name == TOKEN_PARAMETER else value)
            for name, value in query
        ]
        return urlunsplit(parts._replace(query=urlencode(forged)))
    query = [(name, value) for name, value in query if name != "token"]
    query.append(("token", FORGED_TOKEN))
    return urlunsplit(parts._replace(query=urlencode(query)))


class CallbackDispatcher:
    """Posts the sandbox's callbacks from a thread of its own (``sandbox.callbacks``)."""

    def __init__(self, store: Store, faults: FaultPlan, *, timeout: float = 30.0, retry_base: float = 1.0) -> None:
        for name, value in (("callback_timeout", timeout), ("callback_retry_base", retry_base)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < float("inf"):
                raise SandboxConfigError(f"{name} must be a finite number of seconds >= 0, not {value!r}")
        self._store = store
        self._faults = faults
        self.timeout = float(timeout) or 30.0
        self.retry_base = float(retry_base)
        self._condition = threading.Condition()  # guards the queue and the log; never held by a caller of _wake
        self._kick = threading.Event()  # something new, or closing: the thread looks now
        self._start_lock = threading.Lock()
        self._pending: list[_Pending] = []
        self._attempts: list[CallbackAttempt] = []
        self._busy = 0  # attempts under way
        self._thread: threading.Thread | None = None
        self._closed = False
        store.wake = self._wake

    # -- what tests and the control routes read ------------------------------------------------------

    def attempts(self) -> list[CallbackAttempt]:
        """Every attempt so far, oldest first (refused ones included)."""
        with self._condition:
            return list(self._attempts)

    def delivered(self) -> list[CallbackAttempt]:
        """The attempts the receiver accepted, oldest first."""
        return [attempt for attempt in self.attempts() if attempt.accepted]

    def drain(self, timeout: float = 5.0) -> bool:
        """Wait until every callback due now has been posted (or given up); False if ``timeout`` passed first."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while True:
                if self._idle():
                    return True
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._condition.wait(min(left, TICK))

    def close(self) -> None:
        """Stop the thread (callbacks not yet posted are dropped); the sandbox's ``close()`` calls it."""
        with self._start_lock:
            self._closed = True
            thread = self._thread
        self._kick.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    @property
    def running(self) -> bool:
        """Whether the thread is alive (it starts with the first callback)."""
        return self._thread is not None and self._thread.is_alive()

    # -- the thread ----------------------------------------------------------------------------------

    def _wake(self) -> None:
        # Called by the vendor modules, maybe under the store's lock: takes no lock the thread holds for long.
        with self._start_lock:
            if self._closed:
                return
            if self._thread is None:
                self._thread = threading.Thread(target=self._main, name="smsgate-sandbox-callbacks", daemon=True)
                self._thread.start()
        self._kick.set()

    def _idle(self) -> bool:
        """Nothing due now: no attempt under way or due, no event waiting, no watched step reached unposted."""
        now = time.monotonic()
        if self._busy or any(p.due <= now for p in self._pending):
            return False
        with self._store.lock:
            if self._store.events:
                return False
            return not any(self._steps(watch) for watch in self._store.watches)

    def _main(self) -> None:
        import httpx

        # Its own transport, whatever a test did to httpx.Client's defaults: a callback is real HTTP to this machine.
        transport = httpx.HTTPTransport()
        with httpx.Client(transport=transport, timeout=self.timeout, follow_redirects=False, trust_env=False) as http:
            while not self._closed:
                self._kick.clear()
                with self._condition:
                    self._collect()
                    now = time.monotonic()
                    due = [p for p in self._pending if p.due <= now]
                    if due:
                        first = due[0]
                        self._pending.remove(first)
                        self._busy += 1
                    else:
                        later = min((p.due - now for p in self._pending), default=None)
                        watching = bool(self._store.watches)
                        wait = TICK if watching else later
                        if later is not None and wait is not None:
                            wait = min(wait, later)
                if not due:
                    self._kick.wait(wait)
                    continue
                try:
                    self._attempt(http, first)
                finally:
                    with self._condition:
                        self._busy -= 1
                        self._condition.notify_all()

    def _collect(self) -> None:
        """Move the events now due from the store (inbound ones, watched state changes) to the queue."""
        now = time.monotonic()
        with self._store.lock:
            events, self._store.events = self._store.events, []
            new = self._with_faults(events, None)
            for watch in list(self._store.watches):
                steps = self._steps(watch)
                fresh = []
                for index, state in steps:
                    watch.emitted.add((index, state))
                    number = watch.message.recipients[index] if index is not None else None
                    view = self._store.as_of(self._store.reached_at(watch.message, state))
                    payload = watch.payload(view, index, state)
                    fresh.append(Event(watch.target, payload, number, watch.message.message_id))
                new += self._with_faults(fresh, watch)
                if self._done(watch):
                    new += watch.held
                    watch.held = []
                    self._store.watches.remove(watch)
        self._pending += [_Pending(event, now) for event in new]

    def _steps(self, watch: Watch) -> list[tuple[int | None, DeliveryState]]:
        """The steps ``watch``'s message has reached and not yet called back, in the order they happened."""
        store, message = self._store, watch.message
        indexes: list[int | None] = list(range(len(message.recipients))) if watch.per_recipient else [None]
        found: list[tuple[int | None, DeliveryState]] = []
        for index in indexes:
            state = store.stage(message, index or 0)
            if state is DeliveryState.queued:
                continue
            # At speed 0 a message is final the moment it is due: it was never seen "sent".
            path = [state] if state is DeliveryState.canceled or store.speed == 0 else [DeliveryState.sent, state]
            for step in dict.fromkeys(path):
                if (index, step) not in watch.emitted:
                    found.append((index, step))
        return found

    def _done(self, watch: Watch) -> bool:
        indexes: list[int | None] = list(range(len(watch.message.recipients))) if watch.per_recipient else [None]
        return all(any((i, s) in watch.emitted for s in FINAL_STEPS) for i in indexes)

    def _fault(self, kind: FaultKind, event: Event) -> Fault | None:
        return self._faults.take(event.target.vendor, event.target.webhook, event.number, callback=kind)

    def _with_faults(self, events: list[Event], watch: Watch | None) -> list[Event]:
        """The events as the faults make them: forged, doubled, held back until the next one."""
        out: list[Event] = []
        held: list[Event] = watch.held if watch is not None else []
        for event in events:
            if self._fault(FaultKind.CALLBACK_FORGED_TOKEN, event) is not None:
                event = replace(event, target=replace(event.target, url=forge_token(event.target.url)))
            copies = [event, event] if self._fault(FaultKind.CALLBACK_DUPLICATE, event) is not None else [event]
            if self._fault(FaultKind.CALLBACK_OUT_OF_ORDER, event) is not None:
                held.extend(copies)  # posted after the next event of the same message (or reply)
                continue
            out += copies
            if held:
                out += held
                held.clear()
        if watch is None and held:
            out += held  # an inbound batch held its first part back: it goes last
        return out

    def _attempt(self, http: Any, pending: _Pending) -> None:
        event = pending.event
        target = event.target
        content_type, body = encode(target, event.payload)
        refusal = check_local_url(target.url)
        outcome: int | str
        if refusal is not None:
            outcome = f"refused: {refusal}"
            LOG.warning("sandbox callback to %s refused: %s", target.url, refusal)
        else:
            headers = {"Content-Type": content_type, **dict(target.headers)}
            try:
                response = http.post(target.url, content=body, headers=headers)
                outcome = response.status_code
            except Exception as error:  # a receiver that fails is what callbacks must survive
                outcome = f"error: {type(error).__name__}: {error}"
        attempt = CallbackAttempt(
            target.vendor, target.webhook, target.url, event.number, pending.attempt, content_type, body, outcome
        )
        with self._condition:
            self._attempts.append(attempt)
            retry = refusal is None and not attempt.accepted and pending.attempt <= target.retries
            if retry and not self._closed:
                wait = self.retry_base * 2 ** (pending.attempt - 1)
                self._pending.append(_Pending(event, time.monotonic() + wait, pending.attempt + 1))
            self._condition.notify_all()


Payload = Callable[[int | None, DeliveryState], dict[str, Any]]
