"""Vendor words for the sandbox's answers, read backwards from the spec tables.

The specs map each vendor word to a unified state (``x-smsgate-delivery-states``) and each error
code to a name (``x-smsgate-error-codes``). The sandbox needs the other direction: the word for a
state, the code for a name. Where a vendor has no word for a state, the nearest state it can say
is used (Primotexto has no word for ``expired``: it says ``bounced``, undelivered).

Error codes are looked up per operation: an operation's own table overrides the root one, in
the sandbox's answers as in the client's reading of them, so both always agree on what a code
means and the sandbox words each error as the operation does.
"""

from __future__ import annotations

from functools import cache

from .._base.models import DeliveryState
from .._base.spec import raw_document

__all__ = ["error_for", "find_error", "meaning", "operation_error_codes", "word_for"]

NEAREST = {
    DeliveryState.queued: (DeliveryState.queued, DeliveryState.sent),
    DeliveryState.sent: (DeliveryState.sent,),
    DeliveryState.delivered: (DeliveryState.delivered,),
    DeliveryState.undelivered: (DeliveryState.undelivered,),
    DeliveryState.expired: (DeliveryState.expired, DeliveryState.undelivered),
    DeliveryState.rejected: (DeliveryState.rejected, DeliveryState.undelivered),
    DeliveryState.canceled: (DeliveryState.canceled, DeliveryState.rejected, DeliveryState.undelivered),
}


@cache
def word_for(vendor: str, vocabulary: str, state: DeliveryState) -> str | None:
    """The first word of the vocabulary that means ``state`` (or its nearest), opt-out words aside."""
    table = raw_document(vendor)["x-smsgate-delivery-states"][vocabulary]["states"]
    for wanted in NEAREST.get(state, (state,)):
        for word, entry in table.items():
            if entry["state"] == wanted.value and not entry.get("stop", False):
                return str(word)
    return None


def error_for(vendor: str, operation_id: str | None, *names: str) -> tuple[int, str]:
    """The code and text of the first of ``names`` the vendor can say on this operation.

    LookupError when it can say none of them there (see ``find_error``).
    """
    found = find_error(vendor, operation_id, *names)
    if found is None:
        where = f"operation {operation_id}" if operation_id else "any operation"
        raise LookupError(f"{vendor}'s error tables give {where} none of {', '.join(names)}")
    return found


@cache
def find_error(vendor: str, operation_id: str | None, *names: str) -> tuple[int, str] | None:
    """The code and text of the first of ``names`` the vendor can say on this operation, or None.

    Some vendors reuse small codes with other meanings per operation (SMS Partner: 5 is "number
    list empty" in general, "already cancelled" on /message-cancel). The operation's own table
    (``x-smsgate-error-codes`` on the operation) comes first; a root entry counts only when the
    operation does not give its code another meaning, since a client reading that code on this
    operation would take it for the other meaning.
    """
    own = operation_error_codes(vendor, operation_id)
    root: dict[str, dict[str, str]] = raw_document(vendor)["x-smsgate-error-codes"]
    for name in names:
        for code, entry in own.items():
            if entry["name"] == name:
                return int(code), _text(entry)
        for code, entry in root.items():
            if entry["name"] == name and code not in own:
                return int(code), _text(entry)
    return None


@cache
def operation_error_codes(vendor: str, operation_id: str | None) -> dict[str, dict[str, str]]:
    """The operation's own ``x-smsgate-error-codes`` (empty when it has none, or for no operation)."""
    if operation_id is None:
        return {}
    for item in raw_document(vendor)["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                table: dict[str, dict[str, str]] = operation.get("x-smsgate-error-codes", {})
                return table
    raise LookupError(f"{vendor}'s spec has no operation {operation_id}")


def meaning(vendor: str, operation_id: str | None, code: int | str) -> dict[str, str] | None:
    """The table entry a client reads for ``code`` on this operation: the operation's, else the root's."""
    key = str(code)
    own = operation_error_codes(vendor, operation_id)
    entry: dict[str, str] | None = own.get(key) or raw_document(vendor)["x-smsgate-error-codes"].get(key)
    return entry


def _text(entry: dict[str, str]) -> str:
    """The vendor's own text of an entry, without the table's parenthesised notes (other meanings are in `also`)."""
    return str(entry["message"]).split(" (")[0]
