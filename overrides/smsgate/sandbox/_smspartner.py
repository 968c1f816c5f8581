"""SMS Partner as the sandbox plays it: every answer HTTP 200, errors as ``success: false``.

Errors carry the code of the spec's table and its French text, as the operation words it: SMS
Partner reuses small codes with other meanings per operation (5 is "already cancelled" on
/message-cancel), so the operation's own ``x-smsgate-error-codes`` come first, and a root code the
operation reuses is never emitted there. Validation errors (code 9) list each field under
``errors`` as ``children[<field>].data``, like the documented examples. Only a rate limit (HTTP
429), an unknown route (404) and a bad parameter on an operation that has no code for it (400,
with code 400) leave HTTP 200. Canceling refunds the message.

Callbacks (``sandbox._callbacks``): a send with ``urlDlr`` gets a delivery receipt per recipient and
step, form-encoded with the fields of a ``/bulk-status`` item and the ``messageId`` (SMS Partner does
not document that payload: inferred, low confidence); ``urlResponse`` is where ``Sandbox.simulate_reply``
posts the documented reply payloads (form-encoded, as the documented examples are the decoded POST
fields); ``/hlr/notify`` with ``notifyUrl`` posts the documented HLR result per number (JSON, the
spec's example media).
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Any

from .._base.models import DeliveryState
from .._base.time import PARIS
from .._text.gsm7 import measure
from ._common import Handler, ParsedNumber, Reply, accept, parse_number, refund
from ._fallback import example_payload, fallback_handler
from ._faults import DELIVERY_RECEIPT
from ._operations import SandboxRequest
from ._problems import ProblemKind, RefusedRequestError, SandboxConfigError
from ._state import CallbackTarget, Event, Store, StoredMessage, Watch, segments
from ._vocabulary import error_for, find_error, word_for

__all__ = ["HANDLERS", "PRICE_PER_SMS", "REPLY_KINDS", "render_problem", "reply_events"]

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
    _watch_receipts(store, message, body)
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


def _watch_receipts(store: Store, message: StoredMessage, body: dict[str, Any]) -> None:
    """Keep the reply URL for ``Sandbox.simulate_reply``; call back delivery receipts to ``urlDlr``."""
    reply_url = body.get("urlResponse")
    if isinstance(reply_url, str) and reply_url:
        message.extras["reply_url"] = reply_url
    receipt_url = body.get("urlDlr")
    if not isinstance(receipt_url, str) or not receipt_url:
        return
    target = CallbackTarget(VENDOR, DELIVERY_RECEIPT, receipt_url, encoding="form")

    def receipt(seen: Store, index: int | None, state: DeliveryState) -> dict[str, Any]:
        assert index is not None  # one receipt per recipient
        return {
            "messageId": message.message_id,
            "phoneNumber": message.recipients[index],
            "status": word_for(VENDOR, "status", state) or "",
            "stopSMS": "0",
            "date": str(int(_moment(seen, message, state))),
        }

    store.watch(Watch(message, target, receipt))


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


def verify_numbers(request: SandboxRequest, store: Store) -> Reply:
    """``/hlr/notify``: the documented answer, and with ``notifyUrl`` one HLR result per number posted there."""
    body: dict[str, Any] = request.body
    reply = fallback_handler(request, store)
    url = body.get("notifyUrl")
    if isinstance(url, str) and url:
        target = CallbackTarget(VENDOR, "receive_hlr_result", url, encoding="json")
        numbers = [parse_number(item, "FR") for item in str(body["phoneNumbers"]).split(",") if item.strip()]
        moment = datetime.fromtimestamp(store.clock(), PARIS).strftime("%Y-%m-%dT%H:%M:%S.000%z")
        events = []
        for number in filter(None, numbers):
            # The documented example's fields; the sandbox answers every number as a valid, unported line.
            payload = {
                "phone": number.e164,
                "messageId": f"sandbox-hlr-{store.next_number()}",
                "mccMnc": "20815",
                "ported": 0,
                "errorGrpId": 0,
                "errorName": "NO_ERROR",
                "errorDesc": "No Error",
                "date": moment,
            }
            events.append(Event(target, payload, number.e164))
        store.post(*events)
    return reply


# --- the STOP list (GET /stop-sms/list, POST /stop-sms/add, GET /stop-sms/delete) -----------------------


def list_stop_sms(request: SandboxRequest, store: Store) -> Reply:
    with store.lock:
        listed = sorted(store.accounts[VENDOR].opt_outs["stop"].items(), key=lambda item: item[1][0])
    data = [
        {
            "id": entry,
            "phoneNumber": number,
            "createdAt": datetime.fromtimestamp(at, PARIS).strftime("%Y-%m-%d %H:%M:%S"),
        }
        for number, (entry, at) in listed
    ]
    return Reply(200, {"success": True, "code": 200, "nbData": len(data), "data": data})


def add_stop_sms(request: SandboxRequest, store: Store) -> Reply:
    number = parse_number(str(request.body["phoneNumber"]), "FR")
    if number is None:
        code, text = error_for(VENDOR, "add_stop_sms", "INVALID_NUMBER")
        return Reply(200, {"success": False, "code": code, "message": text})
    entry, new = store.opt_out(VENDOR, number.e164)
    if not new:
        code, text = error_for(VENDOR, "add_stop_sms", "ALREADY_IN_STOP_LIST")
        return Reply(200, {"success": False, "code": code, "message": text})
    return Reply(200, {"success": True, "code": 200, "stopId": entry})


def delete_stop_sms(request: SandboxRequest, store: Store) -> Reply:
    wanted = int(request.query["id"])
    with store.lock:
        listed = store.accounts[VENDOR].opt_outs["stop"]
        number = next((n for n, (entry, _) in listed.items() if entry == wanted), None)
        if number is None:
            code, text = error_for(VENDOR, "delete_stop_sms", "ID_NOT_FOUND")
            return Reply(200, {"success": False, "code": code, "message": text})
        del listed[number]
    return Reply(200, {"success": True, "code": 200})


# --- inbound replies (Sandbox.simulate_reply) -----------------------------------------------------------

REPLY_KINDS = ("short_code", "long_number")
"""SMS Partner's two documented reply payloads: a reply to its short code, a reply to a rented long number."""


def _parts(text: str, count: int) -> list[str]:
    """``text`` cut as a phone cuts a long SMS (153 GSM-7 septets or 67 UCS-2 units a part), or in ``count``."""
    per_part = 153 if measure(text).encoding == "GSM-7" else 67
    if count <= 1 and len(text) <= (160 if per_part == 153 else 70):
        return [text]
    size = max(1, min(per_part, -(-len(text) // max(count, 2))))
    return [text[start : start + size] for start in range(0, len(text), size)] or [text]


def _keyword(text: str) -> str:
    """The first word, in capitals and letters or digits only, as the documented examples show it."""
    word = next((w for w in text.split() if any(c.isalnum() for c in w)), "")
    return "".join(c for c in word if c.isalnum()).upper()


def reply_events(
    store: Store,
    number: str,
    text: str,
    *,
    kind: str = "short_code",
    stop: bool = False,
    url: str | None = None,
    message_id: str | None = None,
    split: int = 1,
) -> list[Event]:
    """The callbacks of one inbound reply from ``number`` (E.164): SMS Partner's documented payload for ``kind``,
    to ``url`` or to the ``urlResponse`` of the message answered (``message_id``, else the latest to ``number``).

    A long-number reply longer than one SMS comes as one callback per part, with the concatenation fields;
    ``split`` parts at least (the ``callback_split`` fault)."""
    if kind not in REPLY_KINDS:
        raise SandboxConfigError(f"kind must be one of {', '.join(REPLY_KINDS)}, not {kind!r}")
    answered = None
    with store.lock:
        messages = list(store.accounts[VENDOR].messages.values())
        if message_id is not None:
            answered = store.accounts[VENDOR].messages.get(str(message_id))
            if answered is None:
                raise SandboxConfigError(f"no SMS Partner message {message_id!r} in this sandbox")
        else:
            sent_to = [m for m in messages if number in m.recipients]
            answered = max(sent_to, key=lambda m: m.accepted_at) if sent_to else None
        target_url = url or (answered.extras.get("reply_url") if answered is not None else None)
        if not target_url:
            raise SandboxConfigError(
                f"no reply URL for {number}: send to it with urlResponse, or pass url= (the dashboard's reply URL)"
            )
        reference = answered.message_id if answered is not None else str(store.next_number())
        inbound_id = store.next_number()
        received = datetime.fromtimestamp(store.clock(), PARIS).strftime("%Y-%m-%d %H:%M:%S")
    if kind == "short_code":
        target = CallbackTarget(VENDOR, "receive_short_code_reply", target_url, encoding="form")
        payload = {
            "type": "stop" if stop else "response",
            "phone_number": number,
            "text": text,
            "message_id": reference,
        }
        return [Event(target, payload, number, reference)]
    target = CallbackTarget(VENDOR, "receive_long_number_reply", target_url, encoding="form")
    parts = _parts(text, split)
    events = []
    for position, part in enumerate(parts, start=1):
        payload = {
            "msisdn": number.lstrip("+"),
            "to": "33700000000",  # the rented long number: the sandbox's own
            "messageId": f"0200000{inbound_id:010d}{position}",
            "text": part,
            "type": "text",
            "keyword": _keyword(part),
            "message-timestamp": received,
        }
        if len(parts) > 1:
            concat = {"concat": "true", "concat-ref": str(inbound_id % 256), "concat-total": str(len(parts))}
            payload.update(concat, **{"concat-part": str(position)})
        events.append(Event(target, payload, number, reference))
    return events


HANDLERS: dict[str, Handler] = {
    "verify_numbers": verify_numbers,
    "send_sms": send_sms,
    "get_message_status": get_message_status,
    "get_bulk_status": get_bulk_status,
    "get_bulk_status_by_tag": get_bulk_status_by_tag,
    "cancel_message": cancel_message,
    "get_credits": get_credits,
    "list_stop_sms": list_stop_sms,
    "add_stop_sms": add_stop_sms,
    "delete_stop_sms": delete_stop_sms,
}
