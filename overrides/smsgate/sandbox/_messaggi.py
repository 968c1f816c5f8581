"""Messaggi as the sandbox plays it: 24-hex message ids, ``+39-...`` numbers, per-recipient reports.

Errors are the spec's ``ErrorResponse`` (``success: false``, ``error`` code, ``message``, ``data:
null``) with the documented status and code for each operation (404 203/211/219, 406 202/210/218,
402 201, 422 302 and 221). Messaggi documents no body for a bad token (defect D7): the sandbox
answers 401 in the same shape, with 401 as the code. A recipient in another format than
``+<country code>-<number>`` is listed among the invalid ones, as the vendor does. A deleted
message is gone (404 afterwards) and its price is refunded.

A send with ``options.callback_url`` is called back at each state change of the message (sent, then
final) with "a message summary json", whose fields Messaggi does not document: the sandbox posts
the message object ``GET /messages/{id}`` answers (inferred, low confidence), as the JSON body, or
with ``options.callback_field`` as the JSON text in that form field.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from .._base.models import DeliveryState
from .._text.gsm7 import measure
from ._common import Handler, ParsedNumber, Reply, accept, is_object_id, parse_number, refund
from ._operations import SandboxRequest
from ._problems import ProblemKind, RefusedRequestError
from ._state import CallbackTarget, Store, StoredMessage, Watch
from ._vocabulary import error_for, word_for

__all__ = ["HANDLERS", "PRICE_PER_SMS", "render_problem"]

VENDOR = "messaggi"
PRICE_PER_SMS = Decimal("0.0315")  # EUR, the spec example's base_price
ROME = ZoneInfo("Europe/Rome")
DASHED = re.compile(r"^\+([0-9]{1,3})-([0-9]{4,14})$")
ID_BASE = 0x5D443A6E9F2725660F000000  # ids look like the spec's examples' ObjectIds
# The error name per problem and HTTP method, as the spec's error table documents them.
BY_METHOD = {
    (ProblemKind.NOT_FOUND, "GET"): (404, "NO_MESSAGE_FOUND"),
    (ProblemKind.NOT_FOUND, "PUT"): (404, "NO_MESSAGE_FOUND_UPDATE"),
    (ProblemKind.NOT_FOUND, "DELETE"): (404, "NO_MESSAGE_FOUND_DELETE"),
    (ProblemKind.INVALID_ID, "GET"): (406, "INVALID_MESSAGE_ID"),
    (ProblemKind.INVALID_ID, "PUT"): (406, "INVALID_MESSAGE_ID_UPDATE"),
    (ProblemKind.INVALID_ID, "DELETE"): (406, "INVALID_MESSAGE_ID_DELETE"),
}
# Problems with no code in the table: the HTTP status doubles as the code.
UNDOCUMENTED = {
    ProblemKind.MISSING_KEY: (401, "Unauthorized: a bearer token is required"),
    ProblemKind.BAD_KEY: (401, "Unauthorized: invalid token"),
    ProblemKind.RATE_LIMITED: (429, "Too Many Requests"),
    ProblemKind.UNKNOWN_ROUTE: (404, "Not Found"),
    ProblemKind.METHOD_NOT_ALLOWED: (405, "Method Not Allowed"),
}


def _error(status: int, code: int, message: str) -> Reply:
    return Reply(status, {"success": False, "message": message, "error": code, "data": None})


def render_problem(problem: RefusedRequestError, method: str, operation_id: str | None) -> Reply:
    if problem.kind is ProblemKind.INVALID_PARAMETER and problem.subject == "id":
        # The spec's id pattern is the vendor's "Invalid Message ID" check (406).
        problem = RefusedRequestError(ProblemKind.INVALID_ID, problem.subject, problem.detail)
    if problem.kind in UNDOCUMENTED:
        status, text = UNDOCUMENTED[problem.kind]
        return _error(status, status, text)
    if (problem.kind, method) in BY_METHOD:
        status, name = BY_METHOD[(problem.kind, method)]
        return _error(status, *error_for(VENDOR, operation_id, name))
    if problem.kind is ProblemKind.INSUFFICIENT_CREDIT:
        text = f"Current User credit is not enough. {problem.detail}"
        return _error(402, error_for(VENDOR, operation_id, "INSUFFICIENT_CREDIT")[0], text)
    if problem.kind is ProblemKind.ALREADY_SENT:
        return _error(422, *error_for(VENDOR, operation_id, "MESSAGE_ALREADY_SCHEDULED"))
    text = f"missing '{problem.subject}' parameter"
    if problem.kind is not ProblemKind.MISSING_PARAMETER:
        text = f"invalid '{problem.subject}' parameter{': ' + problem.detail if problem.detail else ''}"
    return _error(422, error_for(VENDOR, operation_id, "MISSING_PARAMETER")[0], text)


def _recipients(value: Any) -> tuple[list[ParsedNumber], list[str]]:
    items = value if isinstance(value, list) else [value]
    valid: list[ParsedNumber] = []
    invalid: list[str] = []
    for item in items:
        text = str(item["number"] if isinstance(item, dict) else item)
        dashed = DASHED.match(text.strip())
        parsed = parse_number(f"+{dashed.group(1)}{dashed.group(2)}", None) if dashed else None
        if parsed is None:
            invalid.append(text)
        else:
            valid.append(parsed)
    return valid, invalid


def _due_at(options: dict[str, Any]) -> float | None:
    """The send date (a day, ``2018-05-20`` or ``20-05-2018``): midnight, Rome time."""
    text = options.get("timestamp_send")
    if text is None:
        return None
    layout = "%Y-%m-%d" if re.match(r"^[0-9]{4}-", str(text)) else "%d-%m-%Y"
    try:
        return datetime.strptime(str(text), layout).replace(tzinfo=ROME).timestamp()
    except ValueError as error:
        raise RefusedRequestError(ProblemKind.INVALID_PARAMETER, "timestamp_send", str(error)) from error


def _millis(moment: float) -> str:
    return str(int(moment * 1000))


def _credit(store: Store) -> str:
    return str(store.accounts[VENDOR].credits)


def _message_object(store: Store, message: StoredMessage, invalid: list[str]) -> dict[str, Any]:
    states = [store.stage(message, index) for index in range(len(message.recipients))]
    final = [s for s in states if s not in (DeliveryState.queued, DeliveryState.sent)]
    options: dict[str, Any] = {"flash": False, "realtime": False, "timestamp_send": _millis(message.due_at)}
    if message.reference is not None:
        options["custom"] = message.reference
    for name in ("callback_url", "callback_field"):
        if name in message.extras:
            options[name] = message.extras[name]
    return {
        "test": message.test,
        "sender": message.sender or "",
        "body": message.text,
        "recipients": {
            "valid": {"count": len(message.recipients)},
            "invalid": {"total": len(invalid), "list": invalid},
        },
        "transaction": False,
        "options": options,
        "statistics": {
            "error": len(final) - states.count(DeliveryState.delivered),
            "sent": len(states) - states.count(DeliveryState.queued),
            "delivered": states.count(DeliveryState.delivered),
            "total": len(states),
            "sms_total": len(states) * message.segments,
        },
        "base_price": float(message.unit_cost),
        "timestamp": _millis(message.accepted_at),
        "last_update": _millis(message.accepted_at),
        "priority": 1,
        "price": float(message.cost),
        # Undocumented codes; values seen: 0 queued, 2 once its recipients are final.
        "state": 2 if len(final) == len(states) else 0,
        "id": message.message_id,
    }


def send_message(request: SandboxRequest, store: Store) -> Reply:
    body: dict[str, Any] = request.body
    if not str(body["body"]).strip():
        raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, "body")
    valid, invalid = _recipients(body["recipients"])
    options = body.get("options") or {}
    custom = options.get("custom")
    message = accept(
        store,
        VENDOR,
        text=str(body["body"]),
        sender=str(body["sender"]),
        numbers=valid,
        price_per_sms=PRICE_PER_SMS,
        make_id=lambda n: f"{ID_BASE + n:024x}",
        due_at=_due_at(options),
        reference=custom if isinstance(custom, str) else None,
        test=bool(body.get("test", False)),
    )
    url = options.get("callback_url")
    if isinstance(url, str) and url:
        field = options.get("callback_field")
        with store.lock:
            message.extras["callback_url"] = url
            if isinstance(field, str) and field:
                message.extras["callback_field"] = field
        encoding = "form_field" if isinstance(field, str) and field else "json"
        target = CallbackTarget(VENDOR, "receive_message_status", url, encoding=encoding, field=field or None)
        store.watch(Watch(message, target, lambda seen, _index, _state: _message_object(seen, message, invalid), False))
    with store.lock:
        data = _message_object(store, message, invalid)
        return Reply(
            201, {"data": [data], "message": "Message Queued", "credit": _credit(store), "success": True, "error": None}
        )


def _message(store: Store, request: SandboxRequest) -> StoredMessage:
    message_id = request.path_params["id"]
    if not is_object_id(message_id):
        raise RefusedRequestError(ProblemKind.INVALID_ID, "id", message_id)
    message = store.accounts[VENDOR].messages.get(message_id)
    if message is None or message.canceled_at is not None:
        raise RefusedRequestError(ProblemKind.NOT_FOUND, "id", message_id)
    return message


def list_messages(request: SandboxRequest, store: Store) -> Reply:
    with store.lock:
        messages = [m for m in store.accounts[VENDOR].messages.values() if m.canceled_at is None]
        if not messages:
            # The vendor answers an empty list with "No message found" (error 203).
            raise RefusedRequestError(ProblemKind.NOT_FOUND, "messages")
        data = [{"sender": m.sender or "", "timestamp": _millis(m.accepted_at), "id": m.message_id} for m in messages]
        return Reply(
            200,
            {"data": data, "success": True, "message": f"{len(data)} Results", "credit": _credit(store), "error": None},
        )


def get_message(request: SandboxRequest, store: Store) -> Reply:
    with store.lock:
        message = _message(store, request)
        data = _message_object(store, message, [])
        return Reply(
            200, {"data": [data], "success": True, "message": "1 Result", "credit": _credit(store), "error": None}
        )


def delete_message(request: SandboxRequest, store: Store) -> Reply:
    with store.lock:
        message = _message(store, request)
        if not store.is_queued(message):
            raise RefusedRequestError(ProblemKind.ALREADY_SENT, "id", message.message_id)
        message.canceled_at = store.clock()
        refund(store, message)
    return Reply(200, {"data": [], "message": f"{message.message_id} Deleted", "success": True, "error": None})


def _recipient_object(store: Store, message: StoredMessage, index: int) -> dict[str, Any]:
    number = parse_number(message.recipients[index], None)
    assert number is not None  # stored numbers were valid when accepted
    state = store.stage(message, index)
    word = word_for(VENDOR, "recipient_state", state) or ""
    recipient: dict[str, Any] = {
        "number": f"+{number.country_code}-{number.national}",
        "prefix": f"+{number.country_code}",
        "send_id": f"{message.message_id}_{index}",
        "body": message.text,
        "sms": message.segments,
        "remaining_chr": measure(message.text).left,  # what still fits in the last part
        "state": word,
        "price": float(message.unit_cost),
        "fields": [],
        "message_id": message.message_id,
        "i": index,
        "real_cost": float(message.unit_cost),
        "id": _recipient_id(message, index),
    }
    description = word_for(VENDOR, "recipient_state_description", state)
    if description is not None:
        recipient["state_description"] = description
    sent_at = store.step_time(message, DeliveryState.sent)
    if sent_at is not None:
        recipient["timestamp_sent"] = {"$date": {"$numberLong": _millis(sent_at)}}
    final_at = store.step_time(message, state) if state is not DeliveryState.sent else None
    if final_at is not None and state is not DeliveryState.queued:
        recipient["timestamp_delivery"] = {"$date": {"$numberLong": _millis(final_at)}}
        recipient["report"] = {"status": {"groupName": word_for(VENDOR, "report_status_group", state) or word}}
    return recipient


def _recipient_id(message: StoredMessage, index: int) -> str:
    """An ObjectId-like id of its own for each recipient, derived from the message's."""
    return f"{int(message.message_id, 16) + (index + 1) * 0x1000000:024x}"


def list_message_recipients(request: SandboxRequest, store: Store) -> Reply:
    with store.lock:
        message = _message(store, request)
        data = [_recipient_object(store, message, index) for index in range(len(message.recipients))]
        credit = float(store.accounts[VENDOR].credits)
    return Reply(
        200, {"data": data, "success": True, "message": f"{len(data)} Results", "credit": credit, "error": None}
    )


def get_message_recipient(request: SandboxRequest, store: Store) -> Reply:
    wanted_text = request.path_params["number"]
    with store.lock:
        message = _message(store, request)
        valid, _ = _recipients(wanted_text)
        if not valid or valid[0].e164 not in message.recipients:
            raise RefusedRequestError(ProblemKind.NOT_FOUND, "number", wanted_text)
        data = [_recipient_object(store, message, message.recipients.index(valid[0].e164))]
        credit = float(store.accounts[VENDOR].credits)
    return Reply(200, {"data": data, "success": True, "message": "1 Result", "credit": credit, "error": None})


HANDLERS: dict[str, Handler] = {
    "send_message": send_message,
    "list_messages": list_messages,
    "get_message": get_message,
    "delete_message": delete_message,
    "list_message_recipients": list_message_recipients,
    "get_message_recipient": get_message_recipient,
}
