"""Vendor words for the sandbox's answers, read backwards from the spec tables.

The specs map each vendor word to a unified state (``x-smsgate-delivery-states``) and each error
code to a name (``x-smsgate-error-codes``). The sandbox needs the other direction: the word for a
state, the code for a name. Where a vendor has no word for a state, the nearest state it can say
is used (Primotexto has no word for ``expired``: it says ``bounced``, undelivered).
"""

from __future__ import annotations

from functools import cache

from .._models import DeliveryState
from .._spec import raw_document

__all__ = ["error_code", "error_text", "word_for"]

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


@cache
def error_code(vendor: str, name: str) -> int:
    """The vendor's code for an error name of its table (``INVALID_API_KEY`` -> 10)."""
    for code, entry in raw_document(vendor)["x-smsgate-error-codes"].items():
        if entry["name"] == name:
            return int(code)
    raise LookupError(f"{vendor}'s error table has no {name}")


@cache
def error_text(vendor: str, name: str) -> str:
    """The vendor's own text for an error name, without the table's notes on other meanings."""
    for entry in raw_document(vendor)["x-smsgate-error-codes"].values():
        if entry["name"] == name:
            return str(entry["message"]).split(", also:")[0].split(" (")[0]
    raise LookupError(f"{vendor}'s error table has no {name}")
