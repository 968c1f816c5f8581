"""SMS Partner as the sandbox plays it: every answer HTTP 200, errors as ``success: false``.

Errors carry the code of the spec's table and its French text; validation errors (code 9) list
each field under ``errors`` as ``children[<field>].data``, like the documented examples. Only a
rate limit (HTTP 429) and an unknown route (404) leave HTTP 200. Canceling refunds the message.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from .._models import DeliveryState
from .._time import PARIS
from ._common import Handler, ParsedNumber, Reply, accept, parse_number, refund
from ._fallback import example_payload
from ._operations import SandboxRequest
from ._problems import ProblemKind, RefusedRequestError
from ._state import Store, StoredMessage
from ._vocabulary import error_code, error_text, word_for

__all__ = ["HANDLERS", "PRICE_PER_SMS", "render_problem"]

VENDOR = "smspartner"
PRICE_PER_SMS = Decimal("0.038")  # EUR, the spec example's cost of one SMS
FIRST_ID = 306  # ids continue from the spec's examples
MAX_RECIPIENTS = 500
# Missing parameters SMS Partner names with their own code; any other is a code 9 validation error.
MISSING_PARAMETER_ERRORS = {
    "apiKey": "API_KEY_REQUIRED",
    "messageId": "MESSAGE_ID_REQUIRED",
    "phoneNumbers": "PHONE_NUMBERS_REQUIRED",
    "message": "MESSAGE_REQUIRED",
}
KIND_ERRORS = {
    ProblemKind.MISSING_KEY: "API_KEY_REQUIRED",
    ProblemKind.BAD_KEY: "INVALID_API_KEY",
    ProblemKind.NOT_FOUND: "MESSAGE_NOT_FOUND",
    ProblemKind.INVALID_ID: "MESSAGE_NOT_FOUND",
    ProblemKind.INSUFFICIENT_CREDIT: "INSUFFICIENT_CREDIT",
    ProblemKind.ALREADY_SENT: "MESSAGE_ALREADY_SENT",
    # Code 5's other meaning, on /message-cancel: "already cancelled" (see the table's note).
    ProblemKind.ALREADY_CANCELED: "NUMBER_LIST_EMPTY",
    ProblemKind.MALFORMED_BODY: "MALFORMED_JSON",
    ProblemKind.RATE_LIMITED: "RATE_LIMITED",
    ProblemKind.UNKNOWN_ROUTE: "NOT_FOUND",
    ProblemKind.METHOD_NOT_ALLOWED: "NOT_FOUND",
}
HTTP_STATUS = {ProblemKind.RATE_LIMITED: 429, ProblemKind.UNKNOWN_ROUTE: 404, ProblemKind.METHOD_NOT_ALLOWED: 405}


def render_problem(problem: RefusedRequestError, method: str) -> Reply:
    status = HTTP_STATUS.get(problem.kind, 200)
    if problem.kind is ProblemKind.MISSING_PARAMETER and problem.subject in MISSING_PARAMETER_ERRORS:
        name = MISSING_PARAMETER_ERRORS[problem.subject]
    elif problem.kind in (ProblemKind.MISSING_PARAMETER, ProblemKind.INVALID_PARAMETER):
        reason = problem.detail or f"{problem.subject} est requis"
        errors = [{"elementId": f"children[{problem.subject}].data", "message": reason}]
        return Reply(status, {"success": False, "code": error_code(VENDOR, "VALIDATION_ERROR"), "errors": errors})
    else:
        name = KIND_ERRORS[problem.kind]
    message = error_text(VENDOR, name)
    if problem.kind is ProblemKind.INSUFFICIENT_CREDIT and problem.detail:
        message += f" ({problem.detail})"
    return Reply(status, {"success": False, "code": error_code(VENDOR, name), "message": message})


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
        raise RefusedRequestError(ProblemKind.INVALID_PARAMETER, "phoneNumbers", error_text(VENDOR, "TOO_MANY_NUMBERS"))
    return numbers


def send_sms(request: SandboxRequest, store: Store) -> Reply:
    body: dict[str, Any] = request.body
    if not str(body["message"]).strip():
        raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, "message")
    numbers = _numbers(str(body["phoneNumbers"]))
    due_at = _schedule(body)
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
    "cancel_message": cancel_message,
    "get_credits": get_credits,
}
