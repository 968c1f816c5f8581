"""The sandbox's errors mean, on each operation, what the spec says the code means there.

Some vendors reuse small codes with other meanings per operation (SMS Partner: code 5 is "number
list empty" in general, "already cancelled" on /message-cancel; code 1 is "API key required" in
general, "groupId required" on /contact/*). A client reads a code through the operation's own
table first, so the sandbox must pick its codes, and word them, the same way.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import smsgate
from smsgate._base.spec import VENDORS, raw_document, vendor_spec
from smsgate.sandbox import Sandbox
from smsgate.sandbox._operations import SpecOperation, operations
from smsgate.sandbox._problems import ProblemKind, RefusedRequestError
from smsgate.sandbox._sandbox import RENDERERS
from smsgate.sandbox._vocabulary import meaning
from smsgate.testing import sandbox_client

from tests.sandbox_support import operation_name

# The error classes a client may raise for each problem (the vendors differ in detail).
EXPECTED_CLASSES: dict[ProblemKind, tuple[str, ...]] = {
    ProblemKind.MISSING_KEY: ("AuthenticationError",),
    ProblemKind.BAD_KEY: ("AuthenticationError",),
    ProblemKind.MISSING_PARAMETER: ("InvalidRequestError",),
    ProblemKind.INVALID_PARAMETER: ("InvalidRequestError",),
    ProblemKind.MALFORMED_BODY: ("InvalidRequestError",),
    ProblemKind.NOT_FOUND: ("NotFoundError",),
    ProblemKind.INVALID_ID: ("NotFoundError", "InvalidRequestError"),
    ProblemKind.INSUFFICIENT_CREDIT: ("InsufficientCreditError",),
    ProblemKind.ALREADY_SENT: ("InvalidRequestError",),
    ProblemKind.ALREADY_CANCELED: ("InvalidRequestError",),
    ProblemKind.RATE_LIMITED: ("RateLimitError",),
}
# Problems that only the stateful handlers raise, and the operations they raise them on (a
# cancel is "already sent" only on a cancel): elsewhere a vendor may well have no code for them.
MESSAGE_LOOKUPS = {"get_message_status", "get_bulk_status", "cancel_message"}
MESSAGGI_LOOKUPS = {"get_message", "update_message", "delete_message", "list_messages", "get_message_recipient"}
RAISED_ON: dict[tuple[str, ProblemKind], set[str]] = {
    ("smspartner", ProblemKind.NOT_FOUND): MESSAGE_LOOKUPS,
    ("smspartner", ProblemKind.INVALID_ID): MESSAGE_LOOKUPS,
    ("smspartner", ProblemKind.INSUFFICIENT_CREDIT): {"send_sms"},
    ("smspartner", ProblemKind.ALREADY_SENT): {"cancel_message"},
    ("smspartner", ProblemKind.ALREADY_CANCELED): {"cancel_message"},
    ("primotexto", ProblemKind.NOT_FOUND): {"get_message_status"},
    ("primotexto", ProblemKind.INSUFFICIENT_CREDIT): {"send_message"},
    ("messaggi", ProblemKind.NOT_FOUND): MESSAGGI_LOOKUPS | {"list_message_recipients"},
    ("messaggi", ProblemKind.INVALID_ID): MESSAGGI_LOOKUPS,
    ("messaggi", ProblemKind.INSUFFICIENT_CREDIT): {"send_message"},
    ("messaggi", ProblemKind.ALREADY_SENT): {"delete_message"},
    ("messaggi_v2", ProblemKind.NOT_FOUND): {"get_message"},
    ("messaggi_v2", ProblemKind.INSUFFICIENT_CREDIT): {
        "send_it_message",
        "send_es_message",
        "send_ww_message",
        "send_otp",
    },
}
STATEFUL = {kind for _, kind in RAISED_ON}
# What a client makes of an error answer without a code it knows: the HTTP status decides.
BY_STATUS = {
    400: "InvalidRequestError",
    401: "AuthenticationError",
    402: "InsufficientCreditError",
    403: "AuthenticationError",
    404: "NotFoundError",
    406: "InvalidRequestError",
    422: "InvalidRequestError",
    429: "RateLimitError",
}


def _code_and_text(vendor: str, payload: dict[str, Any]) -> tuple[Any, str | None]:
    if vendor == "primotexto":
        return payload.get("code"), payload.get("error")
    if vendor in ("smspartner", "messaggi_v2"):
        return payload.get("code"), payload.get("message")
    return payload.get("error"), payload.get("message")


def _table_texts(vendor: str) -> set[str]:
    """Every error text the vendor's tables hold (root and per operation), as the sandbox words them."""
    tables = [raw_document(vendor)["x-smsgate-error-codes"]]
    tables += [op.raw.get("x-smsgate-error-codes", {}) for op in operations(vendor)]
    return {str(entry["message"]).split(" (")[0] for table in tables for entry in table.values()}


CASES = [
    (operation, kind)
    for vendor in VENDORS
    for operation in operations(vendor)
    for kind in EXPECTED_CLASSES
    if kind not in STATEFUL or operation.operation_id in RAISED_ON.get((vendor, kind), set())
]


@pytest.mark.parametrize(("operation", "kind"), CASES, ids=[f"{operation_name(op)}-{kind.name}" for op, kind in CASES])
def test_each_error_means_on_its_operation_what_the_sandbox_meant(operation: SpecOperation, kind: ProblemKind) -> None:
    vendor = operation.vendor
    problem = RefusedRequestError(kind, "someField", "")
    reply = RENDERERS[vendor](problem, operation.method, operation.operation_id)
    code, text = _code_and_text(vendor, reply.payload)
    # The class a client raises: the code read through the operation's table, else the status.
    class_name = vendor_spec(vendor).error_class_name(operation.operation_id, str(code)) if code is not None else None
    class_name = class_name or BY_STATUS.get(reply.status)
    assert class_name in EXPECTED_CLASSES[kind], (reply.status, reply.payload)
    # A text taken from the tables is the one of the code's meaning on this operation.
    entry = meaning(vendor, operation.operation_id, code) if code is not None else None
    if text is not None:
        from_tables = [t for t in _table_texts(vendor) if text == t or text.startswith(t + " (")]
        if from_tables:
            assert entry is not None, (code, text)
            wording = str(entry["message"]).split(" (")[0]
            assert wording in from_tables, f"code {code} means {entry['name']!r} here, but says {text!r}"


def _next_five_minute_mark(days: int = 1) -> datetime:
    moment = datetime.now(UTC) + timedelta(days=days)
    return moment.replace(minute=moment.minute - moment.minute % 5, second=0, microsecond=0)


def _own_codes(operation_id: str) -> dict[str, dict[str, str]]:
    """The operation's own error table, as the package carries its spec (what client and sandbox read)."""
    (operation,) = [op for op in operations("smspartner") if op.operation_id == operation_id]
    table: dict[str, dict[str, str]] = operation.raw.get("x-smsgate-error-codes", {})
    return table


def test_smspartner_cancel_twice_says_already_cancelled_in_the_operations_words() -> None:
    codes = _own_codes("cancel_message")
    assert codes["5"]["name"] == "MESSAGE_ALREADY_CANCELED"  # the spec: 5 on /message-cancel
    with sandbox_client("smspartner") as client:
        queued = client.send("+33612345678", "Rappel", scheduled_at=_next_five_minute_mark())
        client.cancel(queued.message_id)
        with pytest.raises(smsgate.InvalidRequestError) as again:
            client.cancel(queued.message_id)
    assert again.value.vendor_code == "5"
    assert again.value.vendor_message == codes["5"]["message"]
    assert "La liste de numéros est vide" not in str(again.value)  # code 5's meaning elsewhere


def test_smspartner_cancel_of_a_sent_message_in_the_operations_words() -> None:
    codes = _own_codes("cancel_message")
    with sandbox_client("smspartner") as client:
        sent = client.send("+33612345678", "Bonjour")  # speed 0: gone at once
        with pytest.raises(smsgate.InvalidRequestError) as too_late:
            client.cancel(sent.message_id)
    assert too_late.value.vendor_code == "7"
    assert too_late.value.vendor_message == codes["7"]["message"]


@pytest.mark.parametrize("query", ["groupId=1", "apiKey=wrong-key&groupId=1"], ids=["no-key", "wrong-key"])
def test_a_key_problem_on_an_operation_that_reuses_code_1_is_an_authentication_error(query: str) -> None:
    # On /contact/list code 1 means "groupId required" and the key is code 10: a missing key
    # answered with code 1 would reach the caller as an InvalidRequestError.
    wire = Sandbox().respond("GET", "/smspartner/v1/contact/list", query, {}, b"")
    payload = json.loads(wire.body)
    own = _own_codes("list_contacts")
    assert (payload["success"], payload["code"], payload["message"]) == (False, 10, own["10"]["message"])
    assert vendor_spec("smspartner").error_class_name("list_contacts", "10") == "AuthenticationError"
