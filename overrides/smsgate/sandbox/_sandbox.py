"""The sandbox itself: one object holding the vendors' state, answering raw HTTP exchanges.

``respond`` turns (method, path, query, headers, body) into a status, headers and body, with no
fault; ``_exchange`` applies faults around it for both the in-process transport and the server.
"""

from __future__ import annotations

import hmac
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import parse_qsl, unquote

import httpx

if TYPE_CHECKING:
    from ._transport import SandboxTransport

from .._base.models import DeliveryState
from .._base.spec import VENDORS, vendor_spec
from . import _messaggi, _messaggi_v2, _primotexto, _smspartner
from ._callbacks import CallbackDispatcher, check_local_url
from ._common import Handler, Reply
from ._fallback import fallback_handler
from ._faults import E164, Fault, FaultKind, FaultPlan, html_error_page
from ._operations import PREFIXES, SandboxRequest, SpecOperation, match, read_body, read_parameters
from ._problems import ProblemKind, RefusedRequestError, SandboxConfigError
from ._state import InboundReply, Store, StoredMessage
from ._xmlwrite import render_xml

__all__ = ["CONTROL_PREFIX", "DEFAULT_API_KEYS", "Sandbox", "Wire"]

DEFAULT_API_KEYS = MappingProxyType(
    {
        "primotexto": "sandbox-primotexto-key",
        "smspartner": "sandbox-smspartner-key",
        "messaggi": "sandbox-messaggi-token",
        "messaggi_v2": "sandbox-messaggi-v2-token",
    }
)
CONTROL_PREFIX = "/_sandbox"
HANDLERS: dict[str, dict[str, Handler]] = {
    "primotexto": _primotexto.HANDLERS,
    "smspartner": _smspartner.HANDLERS,
    "messaggi": _messaggi.HANDLERS,
    "messaggi_v2": _messaggi_v2.HANDLERS,
}
# (problem, HTTP method, operationId or None when no operation matched) -> the vendor's error answer
RENDERERS: dict[str, Callable[[RefusedRequestError, str, str | None], Reply]] = {
    "primotexto": _primotexto.render_problem,
    "smspartner": _smspartner.render_problem,
    "messaggi": _messaggi.render_problem,
    "messaggi_v2": _messaggi_v2.render_problem,
}
HTML_REASONS = {FaultKind.SERVER_ERROR: (500, "Internal Server Error"), FaultKind.BAD_GATEWAY: (502, "Bad Gateway")}


@dataclass(frozen=True)
class Wire:
    """An answer as it goes on the wire."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


def _json_wire(status: int, payload: Any, extra: Mapping[str, str] | None = None) -> Wire:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Wire(status, (("Content-Type", "application/json; charset=utf-8"), *(extra or {}).items()), body)


class Sandbox:
    """A local, stateful emulator of Primotexto, SMS Partner, Messaggi and Messaggi v2 (see ``smsgate.sandbox``)."""

    def __init__(
        self,
        speed: float = 0.0,
        initial_credits: Decimal | int | str = Decimal("100"),
        *,
        clock: Callable[[], float] = time.time,
        api_keys: Mapping[str, str] | None = None,
        callback_timeout: float = 30.0,
        callback_retry_base: float = 1.0,
    ) -> None:
        self._store = Store(speed, initial_credits, clock)
        keys = dict(DEFAULT_API_KEYS)
        for vendor, key in (api_keys or {}).items():
            if vendor not in VENDORS or not isinstance(key, str) or not key:
                raise SandboxConfigError(
                    f"api_keys: {vendor!r} must be one of {', '.join(VENDORS)} with a non-empty key"
                )
            keys[vendor] = key
        self.api_keys: dict[str, str] = keys
        self.faults = FaultPlan()
        self.callbacks = CallbackDispatcher(
            self._store, self.faults, timeout=callback_timeout, retry_base=callback_retry_base
        )
        """The callbacks the sandbox posts (``attempts()``, ``delivered()``, ``drain()``): see ``smsgate.sandbox``."""

    def close(self) -> None:
        """Stop the thread that posts callbacks (started with the first one); callbacks not yet posted are dropped."""
        self.callbacks.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def simulate_reply(
        self,
        number: str,
        text: str,
        *,
        vendor: str = "smspartner",
        kind: str = "short_code",
        url: str | None = None,
        message_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """An inbound SMS from ``number`` (E.164): the vendor posts its reply callback(s), whose payloads this returns.

        SMS Partner posts its reply callbacks: ``kind`` ``short_code`` (``type: response``) or ``long_number`` (one
        callback per part of a long reply, with its concatenation fields); to ``url``, else to the
        ``urlResponse`` of the message answered (``message_id``, else the latest sent to ``number``).
        ``vendor="primotexto"`` posts nothing (it documents no callback, so this returns ``[]``): the reply is
        kept for ``GET /messages/replies?category=``, the category of the message answered.
        """
        return self._inbound(number, text, vendor=vendor, kind=kind, url=url, message_id=message_id, stop=False)

    def simulate_stop(
        self,
        number: str,
        *,
        vendor: str = "smspartner",
        kind: str = "short_code",
        url: str | None = None,
        message_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """``number`` answers STOP: SMS Partner's short-code callback says ``type: stop`` (its French "Webhooks"
        page); a long-number reply is the text ``STOP``. The number also lands on the vendor's opt-out list
        (``GET /stop-sms/list``; Primotexto's ``GET /unsubscribers/default/contacts``). See ``simulate_reply``."""
        return self._inbound(number, "STOP", vendor=vendor, kind=kind, url=url, message_id=message_id, stop=True)

    def _inbound(
        self, number: str, text: str, *, vendor: str, kind: str, url: str | None, message_id: str | None, stop: bool
    ) -> list[dict[str, Any]]:
        if vendor not in ("smspartner", "primotexto"):
            raise SandboxConfigError(
                f"{vendor} documents no reply or STOP callback; only smspartner's urlResponse carries them"
                " (and primotexto's replies are pulled with GET /messages/replies)"
            )
        if not isinstance(number, str) or not E164.fullmatch(number):
            raise SandboxConfigError(f"number must be in E.164 (+33612345678), not {number!r}")
        if not isinstance(text, str) or not text:
            raise SandboxConfigError(f"text must be a non-empty string, not {text!r}")
        if vendor == "primotexto":
            return self._primotexto_inbound(number, text, url=url, message_id=message_id, stop=stop)
        if url is not None:
            refusal = check_local_url(url) if isinstance(url, str) else "not a string"
            if refusal is not None:
                raise SandboxConfigError(f"url {url!r}: {refusal}")
        split = self.faults.take(vendor, f"receive_{kind}_reply", number, callback=FaultKind.CALLBACK_SPLIT)
        events = _smspartner.reply_events(
            self._store, number, text, kind=kind, stop=stop, url=url, message_id=message_id, split=2 if split else 1
        )
        if stop:  # SMS Partner files the number on its STOP list (GET /stop-sms/list), then calls back
            self._store.opt_out(vendor, number)
        self._store.post(*events)
        return [event.payload for event in events]

    def _primotexto_inbound(
        self, number: str, text: str, *, url: str | None, message_id: str | None, stop: bool
    ) -> list[dict[str, Any]]:
        """Primotexto documents no reply callback: the reply is kept for ``GET /messages/replies?category=``
        (the category of the message answered), and a STOP files the number on its unsubscribers list."""
        if url is not None:
            raise SandboxConfigError("primotexto documents no reply callback: its replies are pulled, leave url out")
        with self._store.lock:
            account = self._store.accounts["primotexto"]
            if message_id is not None:
                answered = account.messages.get(str(message_id))
                if answered is None:
                    raise SandboxConfigError(f"no Primotexto message {message_id!r} in this sandbox")
            else:
                sent_to = [m for m in account.messages.values() if number in m.recipients]
                answered = max(sent_to, key=lambda m: m.accepted_at) if sent_to else None
            at = self._store.clock()
            reply = InboundReply(
                _primotexto.object_id(self._store, at),
                number,
                text,
                None if answered is None else answered.reference,
                at,
            )
            account.replies.append(reply)
        if stop:
            self._store.opt_out("primotexto", number)
        return []

    def preset_opt_outs(self, vendor: str, numbers: Iterable[str], *, kind: str = "stop") -> None:
        """Put ``numbers`` (E.164) on ``vendor``'s opt-out list of ``kind`` (``"stop"``; Primotexto also
        ``"bounce"``), as if they had said STOP before the test: ``GET /stop-sms/list`` (SMS Partner) and
        ``GET /unsubscribers/default/contacts`` (Primotexto) list them."""
        kinds = {"smspartner": ("stop",), "primotexto": ("stop", "bounce")}
        if kind not in kinds.get(vendor, ()):
            raise SandboxConfigError(
                f"{vendor} has no {kind!r} list here; the lists are "
                + ", ".join(f"{v}: {', '.join(k)}" for v, k in kinds.items())
            )
        for number in [numbers] if isinstance(numbers, str) else list(numbers):
            if not isinstance(number, str) or not E164.fullmatch(number):
                raise SandboxConfigError(f"number must be in E.164 (+33612345678), not {number!r}")
            self._store.opt_out(vendor, number, kind)

    def opt_outs(self, vendor: str, *, kind: str = "stop") -> list[str]:
        """The numbers on ``vendor``'s opt-out list of ``kind``, in the order they were listed."""
        if vendor not in VENDORS:
            raise SandboxConfigError(f"vendor must be one of {', '.join(VENDORS)}, not {vendor!r}")
        with self._store.lock:
            listed = self._store.accounts[vendor].opt_outs.get(kind, {})
            return [number for number, _ in sorted(listed.items(), key=lambda item: item[1][0])]

    @property
    def speed(self) -> float:
        """Seconds a message stays queued, then sent, before it is final (0: final at once)."""
        return self._store.speed

    def base_url(self, vendor: str, root: str = "http://sandbox.invalid") -> str:
        """The base URL to give a client for ``vendor``, under ``root`` (by default a host only the in-process
        transport answers)."""
        if vendor not in PREFIXES:
            raise SandboxConfigError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
        return root.rstrip("/") + PREFIXES[vendor]

    def sends_received(self, vendor: str | None = None) -> int:
        """Send operations the sandbox carried out (stored), dry runs included, for one vendor or all."""
        if vendor is not None and vendor not in VENDORS:
            raise SandboxConfigError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
        with self._store.lock:
            return sum(a.sends for v, a in self._store.accounts.items() if vendor in (None, v))

    def recipients_received(self, vendor: str | None = None) -> Counter[str]:
        """How many sends carried out (dry runs included) each E.164 number was among, for one vendor or all.

        A count above 1 is an SMS sent twice; the bulk sender's crash and failover tests read it.
        """
        if vendor is not None and vendor not in VENDORS:
            raise SandboxConfigError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
        counts: Counter[str] = Counter()
        with self._store.lock:
            for name, account in self._store.accounts.items():
                if vendor in (None, name):
                    for message in account.messages.values():
                        counts.update(message.recipients)
        return counts

    def credits(self, vendor: str) -> Decimal:
        """The balance of ``vendor``'s account, in its unit."""
        if vendor not in VENDORS:
            raise SandboxConfigError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
        with self._store.lock:
            return self._store.accounts[vendor].credits

    def messages(self, vendor: str | None = None) -> list[StoredMessage]:
        """The messages the sandbox accepted (dry runs included), oldest first, for one vendor or all."""
        if vendor is not None and vendor not in VENDORS:
            raise SandboxConfigError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
        with self._store.lock:
            stored = [
                message
                for name, account in self._store.accounts.items()
                if vendor in (None, name)
                for message in account.messages.values()
            ]
        return sorted(stored, key=lambda message: message.accepted_at)

    def script_delivery(self, number: str, state: DeliveryState | str) -> None:
        """Make every delivery to ``number`` (E.164) end in ``state`` (``undelivered``, ``expired``...),
        whatever its last digits say."""
        try:
            final = DeliveryState(state)
        except ValueError:
            raise SandboxConfigError(f"unknown delivery state {state!r}") from None
        if not isinstance(number, str) or not E164.fullmatch(number):
            raise SandboxConfigError(f"number must be in E.164 (+33612345678), not {number!r}")
        with self._store.lock:
            self._store.scripted[number] = final

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request in process (thread-safe), faults included; see ``transport()``."""
        from ._transport import SandboxTransport

        return SandboxTransport(self).handle_request(request)

    def transport(self) -> SandboxTransport:
        """An httpx transport, sync and async, that talks to this sandbox without sockets."""
        from ._transport import SandboxTransport

        return SandboxTransport(self)

    # -- one exchange ---------------------------------------------------------------------

    @staticmethod
    def is_control(raw_path: str) -> bool:
        """Whether a path is the control endpoint's (``/_sandbox/...``)."""
        return raw_path.startswith(CONTROL_PREFIX + "/")

    def target(self, method: str, raw_path: str) -> tuple[str | None, SpecOperation | None]:
        """The vendor and operation a request is for, from its request line alone (for faults)."""
        for vendor, prefix in PREFIXES.items():
            if raw_path.startswith(prefix + "/"):
                try:
                    return vendor, match(vendor, method, raw_path[len(prefix) :])[0]
                except RefusedRequestError:
                    return vendor, None
        return None, None

    def fault_wire(self, fault: Fault, vendor: str | None, operation: SpecOperation | None = None) -> Wire:
        """The answer of a fault that answers instead of the vendor (429, 500, 502)."""
        if fault.kind is FaultKind.RATE_LIMIT:
            retry_after = {"Retry-After": f"{fault.seconds:g}"}
            if vendor is None:
                return _json_wire(429, {"error": "rate limited"}, retry_after)
            problem = RefusedRequestError(ProblemKind.RATE_LIMITED, "requests")
            if operation is None:
                reply = RENDERERS[vendor](problem, "GET", None)
            else:
                reply = RENDERERS[vendor](problem, operation.method, operation.operation_id)
            return _json_wire(reply.status, reply.payload, retry_after)
        status, reason = HTML_REASONS[fault.kind]
        return Wire(status, (("Content-Type", "text/html; charset=utf-8"),), html_error_page(status, reason))

    def respond(self, method: str, raw_path: str, query: str, headers: Mapping[str, str], body: bytes) -> Wire:
        """The answer to one request, without faults."""
        if self.is_control(raw_path):
            return self._control(method, raw_path, body)
        vendor = next((v for v, prefix in PREFIXES.items() if raw_path.startswith(prefix + "/")), None)
        if vendor is None:
            where = ", ".join(f"{prefix} ({v})" for v, prefix in PREFIXES.items())
            return _json_wire(404, {"error": f"no vendor at {raw_path}; the sandbox serves {where}"})
        lowered = {name.lower(): value for name, value in headers.items()}
        params = dict(parse_qsl(query, keep_blank_values=True))
        operation: SpecOperation | None = None
        response_format = params.get("_format", "json")
        try:
            operation, path_values = match(vendor, method, raw_path[len(PREFIXES[vendor]) :])
            request = self._read(operation, {k: unquote(v) for k, v in path_values.items()}, params, lowered, body)
            response_format = request.response_format
            reply = HANDLERS[vendor].get(operation.operation_id, fallback_handler)(request, self._store)
        except RefusedRequestError as problem:
            reply = RENDERERS[vendor](problem, method, operation.operation_id if operation is not None else None)
        layout = None
        if operation is not None and response_format == "xml":
            layout = vendor_spec(vendor).routes[operation.operation_id].xml_layout
        return _wire(reply, layout)

    def _read(
        self,
        operation: SpecOperation,
        path_values: dict[str, str],
        params: dict[str, str],
        headers: dict[str, str],
        content: bytes,
    ) -> SandboxRequest:
        # SMS Partner's key travels in the body: a body that is not JSON cannot even be authenticated.
        if operation.body_auth is not None:
            self._check_key(operation, params, headers, _json_or_problem(content))
            body = read_body(operation, content)
        else:
            self._check_key(operation, params, headers, None)
            body = read_body(operation, content)
        values = read_parameters(operation, path_values, params)
        response_format = params.get("_format") or (body.get("_format") if isinstance(body, dict) else None)
        return SandboxRequest(operation, path_values, values, body, str(response_format or "json"))

    def _check_key(self, operation: SpecOperation, params: dict[str, str], headers: dict[str, str], body: Any) -> None:
        """The key where the vendor's spec puts it: header, bearer token, query or JSON body."""
        spec = vendor_spec(operation.vendor)
        presented: Any
        if operation.body_auth is not None:
            presented = body.get(operation.body_auth) if isinstance(body, dict) else None
        elif spec.bearer:
            scheme, _, token = headers.get("authorization", "").partition(" ")
            presented = token.strip() if scheme.lower() == "bearer" else None
        elif spec.header_auth:
            presented = headers.get(spec.header_auth.lower())
        else:
            presented = params.get(spec.query_auth or "")
        if not presented or not isinstance(presented, str):
            raise RefusedRequestError(
                ProblemKind.MISSING_KEY, operation.body_auth or spec.query_auth or spec.header_auth or "token"
            )
        if not hmac.compare_digest(presented.encode(), self.api_keys[operation.vendor].encode()):
            raise RefusedRequestError(ProblemKind.BAD_KEY, "key")

    # -- the control endpoint ------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Sends received (per vendor and per number), credits and pending faults, as ``GET /_sandbox/stats``
        answers."""
        with self._store.lock:
            return {
                "sends_received": {vendor: account.sends for vendor, account in self._store.accounts.items()},
                "recipients_received": dict(self.recipients_received()),
                "credits": {vendor: str(account.credits) for vendor, account in self._store.accounts.items()},
                "faults": [fault.to_json() for fault in self.faults.pending()],
                "callbacks_posted": len(self.callbacks.attempts()),
            }

    def _control(self, method: str, raw_path: str, body: bytes) -> Wire:
        """``GET /_sandbox/stats``, ``POST /_sandbox/faults`` (a fault as JSON), ``DELETE /_sandbox/faults``,
        ``GET /_sandbox/callbacks`` (every attempt), ``POST /_sandbox/replies`` (an inbound reply or STOP)."""
        route = (method, raw_path[len(CONTROL_PREFIX) :])
        if route == ("GET", "/stats"):
            return _json_wire(200, self.stats())
        if route == ("GET", "/callbacks"):
            return _json_wire(200, {"callbacks": [attempt.to_json() for attempt in self.callbacks.attempts()]})
        if route == ("POST", "/replies"):
            try:
                payloads = self._reply_json(json.loads(body or b"null"))
            except (ValueError, SandboxConfigError) as error:
                return _json_wire(400, {"error": str(error)})
            return _json_wire(201, {"posted": payloads})
        if route == ("POST", "/faults"):
            try:
                fault = self.faults.add_json(json.loads(body or b"null"))
            except (ValueError, SandboxConfigError) as error:
                return _json_wire(400, {"error": str(error)})
            return _json_wire(201, fault.to_json())
        if route == ("DELETE", "/faults"):
            self.faults.clear()
            return _json_wire(200, {"faults": []})
        return _json_wire(
            404,
            {
                "error": "control routes: GET /_sandbox/stats, POST and DELETE /_sandbox/faults, "
                "GET /_sandbox/callbacks, POST /_sandbox/replies"
            },
        )

    def _reply_json(self, described: Any) -> list[dict[str, Any]]:
        """``POST /_sandbox/replies``: ``{"number", "text"}`` (or ``"stop": true``), optionally ``"vendor"``,
        ``"kind"``, ``"url"``, ``"message_id"``."""
        if not isinstance(described, dict) or "number" not in described:
            raise SandboxConfigError('a reply is a JSON object with at least "number" (and "text", or "stop": true)')
        unknown = set(described) - {"number", "text", "stop", "vendor", "kind", "url", "message_id"}
        if unknown:
            raise SandboxConfigError(f"unknown reply field(s): {', '.join(sorted(unknown))}")
        common = {
            "vendor": described.get("vendor", "smspartner"),
            "kind": described.get("kind", "short_code"),
            "url": described.get("url"),
            "message_id": None if described.get("message_id") is None else str(described["message_id"]),
        }
        if described.get("stop"):
            return self.simulate_stop(described["number"], **common)
        return self.simulate_reply(described["number"], described.get("text", ""), **common)


def _json_or_problem(content: bytes) -> Any:
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as error:
        raise RefusedRequestError(ProblemKind.MALFORMED_BODY, "body", str(error)) from error


def _wire(reply: Reply, xml_layout: dict[str, Any] | None) -> Wire:
    if reply.content is not None:
        content_type = reply.headers.get("Content-Type")
        headers = (("Content-Type", content_type),) if content_type else ()
        return Wire(reply.status, headers, reply.content)
    if xml_layout is not None and isinstance(reply.payload, dict):
        body = render_xml(reply.payload, xml_layout)
        return Wire(reply.status, (("Content-Type", "application/xml; charset=utf-8"),), body)
    return _json_wire(reply.status, reply.payload, reply.headers)
