"""Primotexto as the sandbox plays it: one message per send, status by snapshotId or by number.

Errors are ``{"code": <table code>, "error": <text>}`` with HTTP 401 for the key, 404 for an unknown
message, 402 for credit and 400 otherwise. Primotexto has no word for a queued message: the status
of one carries no ``state`` yet (the spec says a step not reached is absent).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._base.models import DeliveryState
from ._common import Handler, Reply, accept, decimal_json, parse_number
from ._operations import SandboxRequest
from ._problems import ProblemKind, RefusedRequestError
from ._state import Store, StoredMessage
from ._vocabulary import error_for, word_for

__all__ = ["HANDLERS", "PRICE_PER_SMS", "object_id", "render_problem"]

VENDOR = "primotexto"
PRICE_PER_SMS = Decimal("1")  # Primotexto counts credits: one per SMS (the spec example's creditsUsed 1.0)
FIRST_ID = 386479  # ids continue from the spec's example
# A missing field that Primotexto names with its own code; other invalid input is INVALID_JSON.
MISSING_FIELD_ERRORS = {
    "number": "NO_PHONE_NUMBER_PROVIDED",
    "identifier": "NO_PHONE_NUMBER_PROVIDED",
    "snapshotId or identifier": "NO_PHONE_NUMBER_PROVIDED",  # the spec's x-smsgate-query-schema, neither given
    "message": "NO_MESSAGE_CONTENT_PROVIDED",
}
STATUS_AND_ERROR = {
    ProblemKind.MISSING_KEY: (401, "AUTHENTICATION_FAILED"),
    ProblemKind.BAD_KEY: (401, "AUTHENTICATION_FAILED"),
    ProblemKind.NOT_FOUND: (404, "NO_MESSAGE_FOR_THIS_QUERY"),
    ProblemKind.INSUFFICIENT_CREDIT: (402, "INSUFFICIENT_CREDITS"),
    ProblemKind.RATE_LIMITED: (429, "QUOTA_EXCEEDED"),
    ProblemKind.MALFORMED_BODY: (400, "INVALID_JSON"),
    ProblemKind.INVALID_PARAMETER: (400, "INVALID_JSON"),
}


def render_problem(problem: RefusedRequestError, method: str, operation_id: str | None) -> Reply:
    if problem.kind in (ProblemKind.UNKNOWN_ROUTE, ProblemKind.METHOD_NOT_ALLOWED):
        status = 404 if problem.kind is ProblemKind.UNKNOWN_ROUTE else 405
        return Reply(status, {"error": f"{problem.kind.value}: {problem.subject}"})
    if problem.kind is ProblemKind.MISSING_PARAMETER:
        status, name = 400, MISSING_FIELD_ERRORS.get(problem.subject, "INVALID_JSON")
    elif problem.kind is ProblemKind.INVALID_PARAMETER and problem.subject == "number":
        status, name = 400, "INVALID_PHONE_NUMBER_SYNTAX"
    else:
        status, name = STATUS_AND_ERROR.get(problem.kind, (400, "INVALID_JSON"))
    code, text = error_for(VENDOR, operation_id, name)
    if problem.subject or problem.detail:
        text += f" ({problem.subject}{': ' + problem.detail if problem.detail else ''})"
    return Reply(status, {"code": code, "error": text})


def send_message(request: SandboxRequest, store: Store) -> Reply:
    body: dict[str, Any] = request.body
    if not str(body["message"]).strip():
        raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, "message")
    number = parse_number(str(body["number"]), "FR")
    if number is None:
        raise RefusedRequestError(ProblemKind.INVALID_PARAMETER, "number", repr(body["number"]))
    scheduled = body.get("date")
    message = accept(
        store,
        VENDOR,
        text=str(body["message"]),
        sender=body.get("sender"),
        numbers=[number],
        price_per_sms=PRICE_PER_SMS,
        make_id=lambda n: str(FIRST_ID + n),
        due_at=scheduled / 1000 if isinstance(scheduled, int) else None,
        reference=body.get("category"),
    )
    return Reply(200, {"creditsUsed": float(message.cost), "snapshotId": message.message_id})


def _find(store: Store, snapshot_id: str | None, identifier: str | None) -> StoredMessage:
    messages = store.accounts[VENDOR].messages
    if snapshot_id is not None:
        message = messages.get(snapshot_id)
        if message is None:
            raise RefusedRequestError(ProblemKind.NOT_FOUND, "snapshotId", snapshot_id)
        return message
    if identifier is None:
        raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, "identifier")
    number = parse_number(identifier, "FR")
    latest = [m for m in messages.values() if number is not None and number.e164 in m.recipients]
    if not latest:
        raise RefusedRequestError(ProblemKind.NOT_FOUND, "identifier", identifier)
    return max(latest, key=lambda m: (m.accepted_at, int(m.message_id)))


def get_message_status(request: SandboxRequest, store: Store) -> Reply:
    snapshot_id = request.query.get("snapshotId")
    identifier = request.query.get("identifier")
    with store.lock:
        message = _find(store, None if snapshot_id is None else str(snapshot_id), identifier)
        state = store.stage(message, 0)
        sent_at = store.step_time(message, DeliveryState.sent)
        final_at = store.step_time(message, state)
    payload: dict[str, Any] = {"id": int(message.message_id), "test": False}
    word = word_for(VENDOR, "message_state", state) if state is not DeliveryState.queued else None
    if word is not None:
        milliseconds = int((final_at or sent_at or message.accepted_at) * 1000)
        payload["state"] = word
        payload["stateDate"] = milliseconds
    if sent_at is not None:
        payload["sent"] = payload["submitted"] = int(sent_at * 1000)
    if state is DeliveryState.delivered and final_at is not None:
        payload["delivered"] = int(final_at * 1000)
    return Reply(200, payload)


def get_account_stats(request: SandboxRequest, store: Store) -> Reply:
    with store.lock:
        account = store.accounts[VENDOR]
        states = [store.stage(m, 0) for m in account.messages.values() if m.recipients]
    count = states.count
    undelivered = sum(count(s) for s in (DeliveryState.undelivered, DeliveryState.expired, DeliveryState.rejected))
    reached = len(states) - count(DeliveryState.queued)
    return Reply(
        200,
        {
            "credits": decimal_json(account.credits),
            "sent": reached,
            "submitted": reached,
            "delivered": count(DeliveryState.delivered),
            "undelivered": undelivered,
            "bounces": undelivered,
            "unsubscribers": 0,
        },
    )


# --- blacklists (STOP = unsubscribers, NPAI = bounces) and replies ----------------------------------------
# The list answers are not documented (Low): the sandbox answers a JSON array of {id, identifier}, the
# fields the add answer and the reply list use.


def object_id(store: Store, at: float) -> str:
    """A 24-hex id as Primotexto's (a MongoDB ObjectId: the creation time in its first 8 digits)."""
    return f"{int(at):08x}{store.next_number():016x}"


def _listing(kind: str) -> Handler:
    def handler(request: SandboxRequest, store: Store) -> Reply:
        with store.lock:
            listed = sorted(store.accounts[VENDOR].opt_outs[kind].items(), key=lambda item: item[1][0])
        return Reply(
            200, [{"id": f"{int(at):08x}{entry:016x}", "identifier": number} for number, (entry, at) in listed]
        )

    return handler


def _identifier(value: object) -> str:
    """The E.164 form of a blacklist request's ``identifier`` (a refusal when it is no number)."""
    number = parse_number(str(value), "FR")
    if number is None:
        raise RefusedRequestError(ProblemKind.INVALID_PARAMETER, "identifier", repr(value))
    return number.e164


def _adding(kind: str) -> Handler:
    def handler(request: SandboxRequest, store: Store) -> Reply:
        number = _identifier(request.body["identifier"])
        entry, _ = store.opt_out(VENDOR, number, kind)
        at = store.accounts[VENDOR].opt_outs[kind][number][1]
        return Reply(200, {"id": f"{int(at):08x}{entry:016x}"})

    return handler


def _removing(kind: str) -> Handler:
    def handler(request: SandboxRequest, store: Store) -> Reply:
        number = _identifier(request.query["identifier"])
        with store.lock:
            store.accounts[VENDOR].opt_outs[kind].pop(number, None)
        return Reply(200, None, content=b"")

    return handler


def list_category_replies(request: SandboxRequest, store: Store) -> Reply:
    category = request.query["category"]
    with store.lock:
        replies = [r for r in store.accounts[VENDOR].replies if r.reference == category]
    return Reply(200, [{"id": r.reply_id, "identifier": r.number, "message": r.text} for r in replies])


HANDLERS: dict[str, Handler] = {
    "send_message": send_message,
    "get_message_status": get_message_status,
    "get_account_stats": get_account_stats,
    "list_unsubscribers": _listing("stop"),
    "add_unsubscriber": _adding("stop"),
    "delete_unsubscriber": _removing("stop"),
    "list_bounces": _listing("bounce"),
    "add_bounce": _adding("bounce"),
    "delete_bounce": _removing("bounce"),
    "list_category_replies": list_category_replies,
}
