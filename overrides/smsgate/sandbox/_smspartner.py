"""SMS Partner as the sandbox plays it: every answer HTTP 200, errors as ``success: false``.

Errors carry the code of the spec's table and its French text, as the operation words it: SMS
Partner reuses small codes with other meanings per operation (5 is "already cancelled" on
/message-cancel), so the operation's own ``x-smsgate-error-codes`` come first, and a root code the
operation reuses is never emitted there. Validation errors (code 9) list each field under
``errors`` as ``children[<field>].data``, like the documented examples. Only a rate limit (HTTP
429), an unknown route (404) and a bad parameter on an operation that has no code for it (400,
with code 400) leave HTTP 200. Canceling refunds the message.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Any

from .._base.models import DeliveryState
from .._base.time import PARIS
from ._common import Handler, ParsedNumber, Reply, accept, parse_number, refund
from ._fallback import example_payload
from ._operations import SandboxRequest
from ._problems import ProblemKind, RefusedRequestError
from ._state import Store, StoredMessage, segments
from ._vocabulary import error_for, find_error, word_for

__all__ = ["HANDLERS", "PRICE_PER_SMS", "render_problem"]

VENDOR = "smspartner"
PRICE_PER_SMS = Decimal("0.038")  # EUR, the spec example's cost of one SMS
FIRST_ID = 306  # ids continue from the spec's examples
MAX_RECIPIENTS = 500
MAX_PARTS = 10  # concatenated SMS per message (code 52)
LOW_COST = 2  # `gamme` of the Low Cost range: one SMS at most (code 42)
# Each problem as the error names SMS Partner may give it, in order of preference: the first one
# the operation can say (its own table first, then a root entry whose code it does not reuse) is
# used. On /contact/* for example code 1 means "groupId required", and the key is code 10.
KIND_ERRORS = {
    ProblemKind.MISSING_KEY: ("API_KEY_REQUIRED", "INVALID_API_KEY"),
    ProblemKind.BAD_KEY: ("INVALID_API_KEY", "API_KEY_REQUIRED"),
    ProblemKind.NOT_FOUND: ("MESSAGE_NOT_FOUND", "NOT_FOUND"),
    ProblemKind.INVALID_ID: ("MESSAGE_NOT_FOUND", "NOT_FOUND"),
    ProblemKind.INSUFFICIENT_CREDIT: ("INSUFFICIENT_CREDIT",),
    ProblemKind.ALREADY_SENT: ("MESSAGE_ALREADY_SENT",),
    ProblemKind.ALREADY_CANCELED: ("MESSAGE_ALREADY_CANCELED",),
    ProblemKind.MALFORMED_BODY: ("MALFORMED_JSON",),
    ProblemKind.RATE_LIMITED: ("RATE_LIMITED",),
    ProblemKind.UNKNOWN_ROUTE: ("NOT_FOUND",),
    ProblemKind.METHOD_NOT_ALLOWED: ("NOT_FOUND",),
}
# A bad parameter with no code of its own: code 9 with the field listed, or where the operation
# gives 9 another meaning, the general "bad format".
VALIDATION_ERRORS = ("VALIDATION_ERROR", "BAD_FORMAT")
HTTP_STATUS = {ProblemKind.RATE_LIMITED: 429, ProblemKind.UNKNOWN_ROUTE: 404, ProblemKind.METHOD_NOT_ALLOWED: 405}


def required_name(parameter: str) -> str:
    """The error name SMS Partner's tables give a missing parameter: ``groupId`` -> ``GROUP_ID_REQUIRED``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", parameter).upper() + "_REQUIRED"


def render_problem(problem: RefusedRequestError, method: str, operation_id: str | None) -> Reply:
    status = HTTP_STATUS.get(problem.kind, 200)
    if problem.kind in (ProblemKind.MISSING_PARAMETER, ProblemKind.INVALID_PARAMETER):
        # A missing parameter the operation (or the root table) names with its own code gets that code.
        found = None
        if problem.kind is ProblemKind.MISSING_PARAMETER:
            found = find_error(VENDOR, operation_id, required_name(problem.subject))
        if found is None:
            return _validation_error(problem, operation_id, status)
        code, message = found
    else:
        code, message = error_for(VENDOR, operation_id, *KIND_ERRORS[problem.kind])
    if problem.kind is ProblemKind.INSUFFICIENT_CREDIT and problem.detail:
        message += f" ({problem.detail})"
    return Reply(status, {"success": False, "code": code, "message": message})


def _validation_error(problem: RefusedRequestError, operation_id: str | None, status: int) -> Reply:
    reason = problem.detail or f"{problem.subject} est requis"
    errors = [{"elementId": f"children[{problem.subject}].data", "message": reason}]
    found = find_error(VENDOR, operation_id, *VALIDATION_ERRORS)
    if found is None:
        # The operation gives both codes other meanings (sub-account creation: 9 is "balance must
        # be > 0"): no table code says "bad parameter" there. Every SMS Partner error body has a
        # code (the spec's ErrorResponse requires one), and the vendor's own 404/429/500 codes
        # repeat an HTTP status: HTTP 400 with code 400, which no table gives another meaning, is
        # the answer a client cannot misread (it maps to InvalidRequestError by its status).
        body = {"success": False, "code": 400, "message": f"{problem.subject}: {reason}", "errors": errors}
        return Reply(400, body)
    code, message = found
    if code != error_for(VENDOR, None, "VALIDATION_ERROR")[0]:
        return Reply(status, {"success": False, "code": code, "message": f"{message} ({problem.subject}: {reason})"})
    return Reply(status, {"success": False, "code": code, "errors": errors})


def _schedule(body: dict[str, Any]) -> float | None:
    date = body.get("scheduledDeliveryDate")
    if date is None:
        return None
    for field in ("time", "minute"):
        if field not in body:
            raise RefusedRequestError(
                ProblemKind.INVALID_PARAMETER, field, f"{field} est requis avec scheduledDeliveryDate"
            )
    try:
        day = datetime.strptime(str(date), "%d/%m/%Y")
        moment = day.replace(hour=int(body["time"]) % 24, minute=int(body["minute"]), tzinfo=PARIS)
    except ValueError as error:
        raise RefusedRequestError(
            ProblemKind.INVALID_PARAMETER, "scheduledDeliveryDate", f"Date non valide ({date})"
        ) from error
    return moment.timestamp()


def _numbers(text: str) -> list[ParsedNumber]:
    numbers = []
    for item in (part for part in text.split(",") if part.strip()):
        parsed = parse_number(item, "FR")
        if parsed is None:
            raise RefusedRequestError(
                ProblemKind.INVALID_PARAMETER, "phoneNumbers", f"Ce numero de telephone n'est pas valide ({item})"
            )
        numbers.append(parsed)
    if not numbers:
        raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, "phoneNumbers")
    if len(numbers) > MAX_RECIPIENTS:
        too_many = error_for(VENDOR, "send_sms", "TOO_MANY_NUMBERS")[1]
        raise RefusedRequestError(ProblemKind.INVALID_PARAMETER, "phoneNumbers", too_many)
    return numbers


def _too_long(text: str, *, low_cost: bool) -> Reply | None:
    """SMS Partner's length refusals, counted as the vendor (and ``smsgate.preview``) counts parts."""
    parts = segments(text, VENDOR)
    name = "LOW_COST_TOO_LONG" if low_cost and parts > 1 else "TOO_MANY_SEGMENTS" if parts > MAX_PARTS else None
    if name is None:
        return None
    code, message = error_for(VENDOR, "send_sms", name)
    return Reply(200, {"success": False, "code": code, "message": message})


def send_sms(request: SandboxRequest, store: Store) -> Reply:
    body: dict[str, Any] = request.body
    if not str(body["message"]).strip():
        raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, "message")
    numbers = _numbers(str(body["phoneNumbers"]))
    due_at = _schedule(body)
    refusal = _too_long(str(body["message"]), low_cost=body.get("gamme") == LOW_COST)
    if refusal is not None:
        return refusal
    message = accept(
        store,
        VENDOR,
        text=str(body["message"]),
        sender=body.get("sender"),
        numbers=numbers,
        price_per_sms=PRICE_PER_SMS,
        make_id=lambda n: str(FIRST_ID + n),
        due_at=due_at,
        reference=body.get("tag"),
        test=body.get("sandbox") == 1,
    )
    payload: dict[str, Any] = {
        "success": True,
        "code": 200,
        "message_id": int(message.message_id),
        "nb_sms": message.segments * len(numbers),
        "cost": float(message.cost),
        "currency": "EUR",
    }
    if due_at is not None:
        payload["scheduledDeliveryDate"] = datetime.fromtimestamp(due_at, PARIS).strftime("%Y-%m-%d %H:%M:%S")
    return Reply(200, payload)


def _message(store: Store, message_id: Any) -> StoredMessage:
    message = store.accounts[VENDOR].messages.get(str(message_id))
    if message is None:
        raise RefusedRequestError(ProblemKind.NOT_FOUND, "messageId", str(message_id))
    return message


def _moment(store: Store, message: StoredMessage, state: DeliveryState) -> float:
    step = DeliveryState.sent if state in (DeliveryState.queued, DeliveryState.sent) else state
    return store.step_time(message, step) or message.accepted_at


def get_message_status(request: SandboxRequest, store: Store) -> Reply:
    wanted = parse_number(str(request.query["phoneNumber"]), "FR")
    with store.lock:
        message = _message(store, request.query["messageId"])
        if wanted is None or wanted.e164 not in message.recipients:
            raise RefusedRequestError(ProblemKind.NOT_FOUND, "phoneNumber", str(request.query["phoneNumber"]))
        index = message.recipients.index(wanted.e164)
        state = store.stage(message, index)
        moment = _moment(store, message, state)
    return Reply(
        200,
        {
            "success": True,
            "code": 200,
            "number": wanted.e164,
            "messageId": message.message_id,
            "stopSms": False,
            "date": datetime.fromtimestamp(moment, PARIS).strftime("%Y-%m-%d %H:%M:%S"),
            "statut": word_for(VENDOR, "status", state) or "",
            "cost": float(message.unit_cost),
            "countryCode": wanted.region or "",
            "currency": "EUR",
        },
    )


def get_bulk_status(request: SandboxRequest, store: Store) -> Reply:
    with store.lock:
        message = _message(store, request.query["messageId"])
        items = []
        for index, number in enumerate(message.recipients):
            state = store.stage(message, index)
            items.append(
                {
                    "phoneNumber": number,
                    "status": word_for(VENDOR, "status", state) or "",
                    "stopSMS": False,
                    "date": str(int(_moment(store, message, state))),
                }
            )
    return Reply(200, {"success": True, "code": 200, "message_id": message.message_id, "StatutResponse_List": items})


def get_bulk_status_by_tag(request: SandboxRequest, store: Store) -> Reply:
    """The statuses of every recipient of the sends tagged ``tag`` (code 4, not found, when there is none)."""
    tag = str(request.query["tag"])
    with store.lock:
        tagged = [m for m in store.accounts[VENDOR].messages.values() if m.reference == tag]
        if not tagged:
            raise RefusedRequestError(ProblemKind.NOT_FOUND, "tag", tag)
        items = [
            {
                "phoneNumber": number,
                "status": word_for(VENDOR, "status", store.stage(message, index)) or "",
                "stopSMS": False,
                "date": str(int(_moment(store, message, store.stage(message, index)))),
            }
            for message in tagged
            for index, number in enumerate(message.recipients)
        ]
    return Reply(
        200, {"success": True, "code": 200, "currentPage": 1, "total": len(items), "StatutResponse_List": items}
    )


def cancel_message(request: SandboxRequest, store: Store) -> Reply:
    with store.lock:
        message = _message(store, request.query["messageId"])
        if message.canceled_at is not None:
            raise RefusedRequestError(ProblemKind.ALREADY_CANCELED, "messageId", message.message_id)
        if not store.is_queued(message):
            raise RefusedRequestError(ProblemKind.ALREADY_SENT, "messageId", message.message_id)
        message.canceled_at = store.clock()
        refund(store, message)
    operation = request.operation
    return Reply(200, example_payload(operation, operation.success_status()))


def get_credits(request: SandboxRequest, store: Store) -> Reply:
    with store.lock:
        account = store.accounts[VENDOR]
        waiting = sum(1 for m in account.messages.values() if store.is_queued(m))
        balance = f"{account.credits:.3f}"
    sms_left = int(account.credits / PRICE_PER_SMS)
    return Reply(
        200,
        {
            "success": True,
            "code": 200,
            "user": {"username": "sandbox@smsgate.invalid", "firstname": "Sandbox", "lastname": "smsgate"},
            # Every field of the spec's XML layout, in its order, so both formats carry the same answer.
            "credits": {
                "creditSms": sms_left,
                "creditSmsECO": sms_left,
                "creditHlr": 0,
                "toSend": waiting,
                "solde": balance,
                "currency": "EUR",
                "balance": balance,
            },
        },
    )


HANDLERS: dict[str, Handler] = {
    "send_sms": send_sms,
    "get_message_status": get_message_status,
    "get_bulk_status": get_bulk_status,
    "get_bulk_status_by_tag": get_bulk_status_by_tag,
    "cancel_message": cancel_message,
    "get_credits": get_credits,
}
