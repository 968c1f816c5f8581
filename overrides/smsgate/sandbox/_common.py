"""What the vendor emulators share: the answer type, the send bookkeeping, number parsing."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._operations import SandboxRequest
from ._problems import ProblemKind, RefusedRequestError
from ._state import Store, StoredMessage, segments

__all__ = ["Handler", "ParsedNumber", "Reply", "accept", "decimal_json", "is_object_id", "parse_number", "refund"]


@dataclass
class Reply:
    """An answer before it is written: a JSON payload (or raw content) with its status."""

    status: int
    payload: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | None = None  # when set, sent as is (an empty 200, an HTML error page)


Handler = Callable[[SandboxRequest, Store], Reply]


@dataclass(frozen=True)
class ParsedNumber:
    e164: str
    country_code: int
    national: str  # the national significant number
    region: str | None


def parse_number(text: str, default_region: str | None) -> ParsedNumber | None:
    """A valid phone number, or None: the vendors refuse or set aside numbers they cannot read."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text.strip(), default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return ParsedNumber(
        e164=phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
        country_code=int(parsed.country_code or 0),
        national=str(phonenumbers.national_significant_number(parsed)),
        region=phonenumbers.region_code_for_number(parsed),
    )


def decimal_json(value: Decimal) -> int | float:
    """A JSON number for an amount: an integer when it is whole, as the vendors print them."""
    return int(value) if value == value.to_integral_value() else float(value)


def accept(
    store: Store,
    vendor: str,
    *,
    text: str,
    sender: str | None,
    numbers: list[ParsedNumber],
    price_per_sms: Decimal,
    make_id: Callable[[int], str],
    due_at: float | None = None,
    reference: str | None = None,
    test: bool = False,
) -> StoredMessage:
    """Charge and store one send; InsufficientCredit when the account cannot pay for all of it."""
    parts = segments(text, vendor)
    with store.lock:
        account = store.accounts[vendor]
        now = store.clock()
        message = StoredMessage(
            message_id=make_id(store.next_number()),
            vendor=vendor,
            text=text,
            sender=sender,
            recipients=[number.e164 for number in numbers],
            national_numbers=[number.national for number in numbers],
            segments=parts,
            unit_cost=price_per_sms * parts,
            accepted_at=now,
            due_at=max(now, due_at) if due_at is not None else now,
            reference=reference,
            test=test,
        )
        if not test:
            if message.cost > account.credits:
                raise RefusedRequestError(
                    ProblemKind.INSUFFICIENT_CREDIT, "credits", f"{message.cost} needed, {account.credits} available"
                )
            account.credits -= message.cost
        account.messages[message.message_id] = message
        account.sends += 1
        return message


def refund(store: Store, message: StoredMessage) -> None:
    """Give back what a canceled message cost (the vendors do not charge what they never sent)."""
    if not message.test:
        store.accounts[message.vendor].credits += message.cost


def is_object_id(text: str) -> bool:
    return re.fullmatch(r"[0-9a-f]{24}", text) is not None
