"""Messaggi v2 as the sandbox plays it: one recipient per message, a route per region, ``{code, message}`` errors.

Sends go to ``/IT-messages``, ``/ES-messages`` (a recipient of another country answers 422 / 2013,
as documented) or ``/WW-messages`` (any country); ``/otp`` generates a code and sends it. The
documented codes come from the spec's table: 2011 invalid recipient, 2021 invalid sender alias,
2024 purely numeric sender, 1020 OTP length. What v2 documents no code for is answered with the
HTTP status as the code (spec defect V18): 401 bad or missing token, 402 not enough credit, 404
unknown message, 422 another invalid parameter, 429 rate limit. A worldwide message says price 0
until it has left (the vendor prices it after sending), then its price.

A send with ``callback`` is called back at each state change (sent, then final) with
``{data: <the message object>, custom: <callback.custom>}`` (the payload is inferred, as in the
spec's webhook ``message_state``): JSON, or with ``method: POST`` the JSON text in the form field
``field`` (default ``data``), with ``callback.headers``, retried ``callback.retry`` times until a 200.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from .._base.models import DeliveryState
from ._common import Handler, Reply, accept, decimal_json, parse_number
from ._operations import SandboxRequest
from ._problems import ProblemKind, RefusedRequestError
from ._state import CallbackTarget, Store, StoredMessage, Watch
from ._vocabulary import error_for, word_for

__all__ = ["HANDLERS", "PRICES", "render_problem"]

VENDOR = "messaggi_v2"
# EUR per SMS part: regional routes at a fixed price, worldwide (and OTP, priced as WW) dearer.
# The vendor documents none of these figures (Italy's is v1's example base_price): they are the sandbox's.
PRICES = {"IT": Decimal("0.0315"), "ES": Decimal("0.045"), "*": Decimal("0.06")}
ID_BASE = 0x633AABE3E4A9A0E698000000  # ids look like the spec's examples' ids
OTP_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
# The documented error name for an invalid parameter, by parameter.
INVALID_PARAMETER_ERRORS = {
    "recipient": "INVALID_RECIPIENT",
    "sender": "INVALID_SENDER",
    "length": "INVALID_OTP_LENGTH",
}
UNDOCUMENTED = {
    ProblemKind.MISSING_KEY: (401, "Unauthorized: a bearer token is required"),
    ProblemKind.BAD_KEY: (401, "Unauthorized: invalid token"),
    ProblemKind.NOT_FOUND: (404, "Message not found"),
    ProblemKind.INVALID_ID: (404, "Message not found"),
    ProblemKind.RATE_LIMITED: (429, "Too Many Requests"),
    ProblemKind.UNKNOWN_ROUTE: (404, "Not Found"),
    ProblemKind.METHOD_NOT_ALLOWED: (405, "Method Not Allowed"),
}
PURELY_NUMERIC = re.compile(r"^'[0-9 ]+' ")  # how jsonschema quotes the refused sender


def _error(status: int, code: int, message: str) -> Reply:
    return Reply(status, {"code": code, "message": message})


def render_problem(problem: RefusedRequestError, method: str, operation_id: str | None) -> Reply:
    if problem.kind in UNDOCUMENTED:
        status, text = UNDOCUMENTED[problem.kind]
        return _error(status, status, text)
    if problem.kind is ProblemKind.INSUFFICIENT_CREDIT:
        return _error(402, 402, f"Insufficient credit: {problem.detail}")
    if problem.kind is ProblemKind.WRONG_REGION:
        code, _ = error_for(VENDOR, operation_id, "WRONG_COUNTRY")
        text = f"The recipient number does not belong to the supported country for this endpoint ({problem.subject})."
        return _error(422, code, text)
    if problem.kind is ProblemKind.INVALID_PARAMETER and problem.subject in INVALID_PARAMETER_ERRORS:
        name = INVALID_PARAMETER_ERRORS[problem.subject]
        if name == "INVALID_SENDER" and PURELY_NUMERIC.match(problem.detail):
            name = "NUMERIC_SENDER"
        return _error(422, *error_for(VENDOR, operation_id, name))
    what = "missing" if problem.kind is ProblemKind.MISSING_PARAMETER else "invalid"
    detail = f": {problem.detail}" if problem.detail and problem.kind is not ProblemKind.MISSING_PARAMETER else ""
    return _error(422, 422, f"{what} '{problem.subject}' parameter{detail}")


def _iso(moment: float | None) -> str | None:
    if moment is None:
        return None
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="milliseconds")


def _region_of(operation_id: str) -> str:
    return {"send_it_message": "IT", "send_es_message": "ES"}.get(operation_id, "*")


def _message_object(store: Store, message: StoredMessage, region: str, otp: dict[str, Any] | None) -> dict[str, Any]:
    state = store.stage(message, 0)
    number = parse_number(message.recipients[0], None)
    assert number is not None  # stored numbers were valid when accepted
    sent_at = store.step_time(message, DeliveryState.sent)
    final_at = store.step_time(message, state) if state not in (DeliveryState.queued, DeliveryState.sent) else None
    # A worldwide message is priced once it has left (the vendor's rule): 0 until then.
    priced = region != "*" or sent_at is not None
    unit = message.unit_cost / message.segments if priced else Decimal(0)
    data: dict[str, Any] = {
        "id": message.message_id,
        "username": "sandbox@smsgate.invalid",
        "state": word_for(VENDOR, "message_state", state) or "",
        "sender": message.sender,
        "recipient": number.e164,
        "internationalPrefix": str(number.country_code),
        "countryCode": number.region or "",
        "message": message.text,
        "encoding": "GSM-7" if message.text.isascii() else "UCS-2",
        "charactersCount": len(message.text),
        "messageCount": message.segments,
        "price": decimal_json(unit),
        "totalPrice": decimal_json(unit * message.segments),
        "blocklisted": False,
        "options": {"dryRun": message.test, "failOnMultipleMessages": False},
        "createdAt": _iso(message.accepted_at),
        "updatedAt": _iso(final_at or sent_at or message.accepted_at),
        "sentAt": _iso(sent_at),
        "deliveredAt": _iso(final_at) if state is DeliveryState.delivered else None,
        "isOtp": otp is not None,
    }
    if otp is not None:
        data.update(otp)
    if "callback" in message.extras:
        data["callback"] = message.extras["callback"]  # the CallbackOptions the send gave, echoed
    return data


def _send(request: SandboxRequest, store: Store, text: str, sender: str | None, otp: dict[str, Any] | None) -> Reply:
    body: dict[str, Any] = request.body
    region = "*" if otp is not None else _region_of(request.operation.operation_id)
    number = parse_number(str(body["recipient"]), None)
    if number is None:
        raise RefusedRequestError(ProblemKind.INVALID_PARAMETER, "recipient", str(body["recipient"]))
    if region != "*" and number.region != region:
        raise RefusedRequestError(ProblemKind.WRONG_REGION, region, number.e164)
    options = body.get("options") or {}
    message = accept(
        store,
        VENDOR,
        text=text,
        sender=sender,
        numbers=[number],
        price_per_sms=PRICES[region],
        make_id=lambda n: f"{ID_BASE + n:024x}",
        test=bool(options.get("dryRun", False)),
    )
    with store.lock:
        message.extras.update(region=region, otp=otp)
    _watch(store, message, body.get("callback"))
    with store.lock:
        return Reply(201, {"data": _message_object(store, message, region, otp)})


def _watch(store: Store, message: StoredMessage, callback: Any) -> None:
    """Call back the message's state changes as ``callback`` (CallbackOptions) asks."""
    if not isinstance(callback, dict) or not isinstance(callback.get("url"), str) or not callback["url"]:
        return
    form = callback.get("method") == "POST"
    given = callback.get("headers")
    headers: dict[str, Any] = given if isinstance(given, dict) else {}
    target = CallbackTarget(
        VENDOR,
        "receive_message_state",
        callback["url"],
        encoding="form_field" if form else "json",
        field=str(callback.get("field") or "data") if form else None,
        retries=max(0, min(5, int(callback.get("retry") or 0))),
        headers=tuple((str(name), str(value)) for name, value in headers.items()),
    )
    custom = callback.get("custom")
    with store.lock:
        message.extras["callback"] = dict(callback)

    def state_change(seen: Store, _index: int | None, _state: DeliveryState) -> dict[str, Any]:
        payload: dict[str, Any] = {"data": _object(seen, message)}
        if custom is not None:
            payload["custom"] = custom
        return payload

    store.watch(Watch(message, target, state_change, per_recipient=False))


def send_message(request: SandboxRequest, store: Store) -> Reply:
    body: dict[str, Any] = request.body
    if not str(body["message"]).strip():
        raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, "message")
    sender = body.get("sender") or "Openapi"
    return _send(request, store, str(body["message"]), str(sender), None)


def send_otp(request: SandboxRequest, store: Store) -> Reply:
    body: dict[str, Any] = request.body
    length = int(body.get("length", 5))
    alphanumeric = bool(body.get("alphanumeric", False))
    alphabet = OTP_ALPHABET if alphanumeric else OTP_ALPHABET[:10]
    seed = store.next_number() * 7919
    code = "".join(alphabet[(seed // len(alphabet) ** i) % len(alphabet)] for i in range(length))
    otp = {
        "otp": code,
        "otpOptions": {
            "length": length,
            "alphanumeric": alphanumeric,
            "cacheSeconds": int(body.get("cacheSeconds", 0)),
        },
    }
    return _send(request, store, f"Your verification code is {code}", "OTP MOBILE", otp)


def _object(store: Store, message: StoredMessage) -> dict[str, Any]:
    return _message_object(store, message, message.extras.get("region", "*"), message.extras.get("otp"))


def list_messages(request: SandboxRequest, store: Store) -> Reply:
    skip = int(request.query.get("skip", 0))
    limit = int(request.query.get("limit", 100))
    with store.lock:
        # The vendor does not document the order; the sandbox lists the newest first.
        newest_first = sorted(store.accounts[VENDOR].messages.values(), key=lambda m: -m.accepted_at)
        return Reply(200, {"data": [_object(store, m) for m in newest_first[skip : skip + limit]]})


def get_message(request: SandboxRequest, store: Store) -> Reply:
    message_id = request.path_params["id"]
    with store.lock:
        message = store.accounts[VENDOR].messages.get(message_id)
        if message is None:
            raise RefusedRequestError(ProblemKind.NOT_FOUND, "id", message_id)
        return Reply(200, {"data": _object(store, message)})


HANDLERS: dict[str, Handler] = {
    "send_ww_message": send_message,
    "send_it_message": send_message,
    "send_es_message": send_message,
    "send_otp": send_otp,
    "list_messages": list_messages,
    "get_message": get_message,
}
