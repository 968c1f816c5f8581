"""``preview``: what a send would be (encoding, parts, cost) and whether the vendor's rules allow it,
answered without a request. ``send`` runs the same checks before anything leaves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from decimal import Decimal, InvalidOperation
from typing import NamedTuple, Unpack

from .._base.errors import InvalidArgumentError, UnsupportedOperationError, broken_rule
from .._base.spec import VENDORS
from .gsm7 import Encoding, ForcingCharacter, Measure, measure
from .inputs import check_text, recipients
from .phone import recipients_for
from .rules import (
    MISSING_OPTIONS,
    PART_LIMITS,
    PRICES,
    REFERENCE_RULES,
    SENDER_RULES,
    SmsRange,
    check_marketing,
    expand_markup,
    range_named,
)
from .send_options import Purpose, SendKwargs, SendOptions
from .transliterate import Replacement, to_gsm7

__all__ = ["Checked", "Preview", "checked", "preview", "weigh"]


@dataclass(frozen=True, slots=True)
class Preview:
    """A send, weighed before it leaves.

    ``text`` is what would be sent (after ``gsm7=True`` transliteration, whose changes are in
    ``replacements``). ``length`` is in ``unit`` (septets for GSM-7, UTF-16 code units for UCS-2);
    ``per_part`` is what one part holds and ``left`` what still fits in the last one.
    ``forcing_ucs2`` lists the characters that make the text UCS-2, with their positions in
    ``text``. ``sms`` is parts times recipients; ``cost`` is its price in ``cost_unit`` when the
    price is known (``cost_source`` says from where), else None and ``cost_unit`` is ``"SMS"``.
    ``sends_at`` is when a marketing send would leave (vendor's local time), when the vendor has a window.
    """

    vendor: str
    text: str
    encoding: Encoding
    length: int
    unit: str
    parts: int
    per_part: int
    left: int
    forcing_ucs2: tuple[ForcingCharacter, ...]
    recipients: int
    sms: int
    cost: Decimal | None
    cost_unit: str
    cost_source: str
    replacements: tuple[Replacement, ...]
    purpose: Purpose
    sends_at: datetime | None
    sms_range: str | None = None  # the vendor's product range, where it has several (SMS Partner)

    def summary(self) -> str:
        """One line: ``GSM-7, 2 parts (306 septets, 0 left), cost 2 credits``."""
        parts = "1 part" if self.parts == 1 else f"{self.parts} parts"
        cost = f"{self.cost} {self.cost_unit}" if self.cost is not None else f"{self.sms} SMS"
        forced = f"; UCS-2 because of {self.forcing_ucs2[0]}" if self.forcing_ucs2 else ""
        return f"{self.encoding}, {parts} ({self.length} {self.unit}, {self.left} left), cost {cost}{forced}"


def preview(
    text: str,
    *,
    vendor: str,
    to: str | Sequence[str] | None = None,
    price_per_part: Decimal | None = None,
    marketing_hours: tuple[time, time] | None = None,
    sms_range: str | None = None,
    **options: Unpack[SendKwargs],
) -> Preview:
    """Encoding, parts and cost of sending ``text`` with ``vendor``, every rule checked, no request made.

    Takes ``send``'s options (``smsgate._text.send_options.SendKwargs``); ``to`` is optional (one
    recipient is assumed when it is absent). ``purpose="marketing"`` applies the vendor's marketing
    rules (hours, days, STOP mention); transactional texts (OTPs, reminders) are never held.
    ``price_per_part`` prices the parts when the vendor's price is not known to smsgate (your
    contract's price, in your unit). Refusals by a vendor's rule are ``InvalidRequestError`` naming
    the rule (``.rule``), the vendor and the value (``.value``); a wrong argument (an unknown vendor
    or option, a text that is not a str) is an ``InvalidArgumentError``.
    """
    if not isinstance(vendor, str) or vendor not in VENDORS:
        shown = repr(vendor) if isinstance(vendor, str) else f"a {type(vendor).__name__}"
        raise InvalidArgumentError(f"unknown vendor {shown}; expected one of {', '.join(VENDORS)}")
    checked = SendOptions.of(options, call="preview", vendor=vendor)
    count = 1 if to is None else len(recipients_for(vendor, recipients(to, vendor)))
    return weigh(
        text,
        vendor,
        checked,
        recipients=count,
        price_per_part=price_per_part,
        marketing_hours=marketing_hours,
        sms_range=sms_range,
    )


def weigh(
    text: str,
    vendor: str,
    options: SendOptions,
    *,
    recipients: int = 1,
    price_per_part: Decimal | None = None,
    marketing_hours: tuple[time, time] | None = None,
    sms_range: str | None = None,
) -> Preview:
    """``preview`` of options already checked (``SendOptions.of``): ``checked``, weighed into a ``Preview``."""
    text, replacements, weight, product, sends_at = checked(text, vendor, options, marketing_hours, sms_range)
    sms = weight.parts * recipients
    cost, cost_unit, cost_source = _priced(vendor, sms, price_per_part)
    return Preview(
        vendor=vendor,
        text=text,
        encoding=weight.encoding,
        length=weight.length,
        unit=weight.unit,
        parts=weight.parts,
        per_part=weight.per_part,
        left=weight.left,
        forcing_ucs2=weight.forcing_ucs2,
        recipients=recipients,
        sms=sms,
        cost=cost,
        cost_unit=cost_unit,
        cost_source=cost_source,
        replacements=replacements,
        purpose=options.purpose,
        sends_at=sends_at,
        sms_range=None if product is None else product.name,
    )


class Checked(NamedTuple):
    """What ``checked`` found: the text as it would be sent, and what ``Preview`` says of it."""

    text: str
    replacements: tuple[Replacement, ...]
    weight: Measure
    product: SmsRange | None
    sends_at: datetime | None


def checked(
    text: str,
    vendor: str,
    options: SendOptions,
    marketing_hours: tuple[time, time] | None = None,
    sms_range: str | None = None,
) -> Checked:
    """The one place the vendor's rules run, on options already checked (``SendOptions.of``).

    Every path that sends (``send``, a campaign's batches and its distinct texts, failover, the
    CLI) comes through here, once, before anything is written or sent; ``preview`` and ``weigh``
    too. ``send`` uses the text it returns (``gsm7=True`` transliterates it) and no ``Preview``.
    """
    check_text(text, vendor)
    replacements: tuple[Replacement, ...] = ()
    if options.gsm7:
        transliterated = to_gsm7(text)
        text, replacements = transliterated.text, transliterated.replacements
    missing_options = MISSING_OPTIONS.get(vendor, ())
    chosen = options.chosen() if missing_options else frozenset()
    for missing in missing_options:
        if missing.option in chosen:
            raise UnsupportedOperationError(missing.message, vendor=vendor)
    reference_rule = REFERENCE_RULES.get(vendor)
    if reference_rule is not None:
        reference_rule.check(vendor, options.reference)
    weight = measure(expand_markup(vendor, text))
    limit = PART_LIMITS.get(vendor)
    if limit is not None and weight.parts > limit.max_parts:
        raise broken_rule(
            "parts",
            vendor,
            weight.parts,
            f"{weight.encoding} text of {weight.length} {weight.unit} takes {weight.parts} parts; "
            f"at most {limit.max_parts} ({limit.source})",
            vendor_code=limit.vendor_code,
        )
    product = range_named(vendor, sms_range)
    if product is not None and product.max_parts is not None and weight.parts > product.max_parts:
        raise broken_rule(
            "sms_range",
            vendor,
            weight.parts,
            f"{weight.encoding} text of {weight.length} {weight.unit} takes {weight.parts} parts; "
            f"the {product.name} range takes at most {product.max_parts} ({product.source})",
            vendor_code=product.vendor_code,
        )
    rule = SENDER_RULES.get(vendor)
    if rule is not None:
        rule.check(vendor, options.sender_for(vendor))
    moment = options.scheduled_at or datetime.now(UTC)
    sends_at = check_marketing(vendor, text, moment, options.purpose, marketing_hours)
    return Checked(text, replacements, weight, product, sends_at)


def _priced(vendor: str, sms: int, price_per_part: object) -> tuple[Decimal | None, str, str]:
    if price_per_part is not None:
        if isinstance(price_per_part, bool) or not isinstance(price_per_part, Decimal | int | str):
            raise InvalidArgumentError(
                f"price_per_part must be a Decimal, not {type(price_per_part).__name__}", vendor=vendor
            )
        try:
            price = Decimal(price_per_part)
        except InvalidOperation:
            price = Decimal("NaN")
        if not price.is_finite() or price < 0:
            raise InvalidArgumentError(
                f"price_per_part must be a finite amount >= 0, not {price_per_part!r}", vendor=vendor
            )
        return price * sms, "(the unit of price_per_part)", "price_per_part, given by the caller"
    known = PRICES.get(vendor)
    if known is not None:
        return known.per_part * sms, known.unit, known.source
    return None, "SMS", f"{vendor}'s price depends on the account and destination: the send answer's cost tells it"
