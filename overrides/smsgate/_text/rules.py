"""What each vendor refuses or charges, as data: one table per concern, keyed by vendor name.

Adding a vendor is one entry per table (``messaggi_v2``'s sender rule is already here). Each
refusal is an ``InvalidRequestError`` whose ``rule`` names the table's concern, whose ``vendor_code``
is the code the vendor itself would have answered, and whose ``value`` is the offending input, so
that it is raised before a request leaves instead of after the vendor charged for nothing. An
option these tables cannot read (an unknown ``sms_range``, malformed ``marketing_hours``, a
``purpose`` that is neither) is the caller's mistake: an ``InvalidArgumentError``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo

from .._base.errors import InvalidArgumentError, broken_rule
from .gsm7 import measure
from .send_options import PURPOSES, Purpose

__all__ = [
    "COUNTING_MARKUP",
    "MARKETING_WINDOWS",
    "MISSING_OPTIONS",
    "PART_LIMITS",
    "PRICES",
    "PURPOSES",
    "REFERENCE_RULES",
    "SENDER_RULES",
    "SMS_RANGES",
    "STOP_MENTIONS",
    "MarketingWindow",
    "MissingOption",
    "PartLimit",
    "Price",
    "Purpose",
    "ReferenceRule",
    "SenderRule",
    "SmsRange",
    "StopMention",
    "sms_parts",
]

_ALPHANUMERIC = re.compile(r"[A-Za-z0-9]+")
_ALPHANUMERIC_OR_SPACE = re.compile(r"[A-Za-z0-9 ]+")


@dataclass(frozen=True, slots=True)
class SenderRule:
    """A sender name: ``min_length`` to ``max_length`` ASCII letters and digits (and spaces where
    ``spaces``); all digits only up to ``numeric_max_length`` (None: an all-digit sender is refused)."""

    min_length: int
    max_length: int
    numeric_max_length: int | None
    required: bool
    codes: Mapping[str, str]  # refusal ("characters", "length", "numeric", "required") -> the vendor's code
    source: str
    spaces: bool = False

    def check(self, vendor: str, sender: str | None) -> None:
        if sender is None or sender == "":
            if self.required:
                raise broken_rule(
                    "sender", vendor, sender, "a sender is required", vendor_code=self.codes.get("required")
                )
            return
        if not (_ALPHANUMERIC_OR_SPACE if self.spaces else _ALPHANUMERIC).fullmatch(sender):
            raise broken_rule(
                "sender",
                vendor,
                sender,
                "a sender holds ASCII letters, digits and spaces only"
                if self.spaces
                else "a sender holds ASCII letters and digits only",
                vendor_code=self.codes.get("characters"),
            )
        if sender.replace(" ", "").isdigit():
            if self.numeric_max_length is None:
                raise broken_rule(
                    "sender", vendor, sender, "an all-digit sender is refused", vendor_code=self.codes.get("numeric")
                )
            longest = self.numeric_max_length
        else:
            longest = self.max_length
        if not self.min_length <= len(sender) <= longest:
            raise broken_rule(
                "sender",
                vendor,
                sender,
                f"a sender has {self.min_length} to {longest} characters, not {len(sender)}",
                vendor_code=self.codes.get("length_short" if len(sender) < self.min_length else "length_long"),
            )


SENDER_RULES: Mapping[str, SenderRule] = MappingProxyType(
    {
        "primotexto": SenderRule(
            3,
            11,
            None,
            required=False,
            codes=MappingProxyType({"characters": "20", "length_short": "21", "length_long": "22", "numeric": "23"}),
            source="Primotexto errors 20-23 (INVALID_CHARACTERS_IN_SENDER ... FULL_NUMERIC_SENDER_NOT_ALLOWED)",
        ),
        "smspartner": SenderRule(
            3,
            11,
            11,
            required=False,
            codes=MappingProxyType({"characters": "44", "length_short": "44", "length_long": "9"}),
            source="SMS Partner: 3-11 characters, no special characters (errors 9 and 44)",
        ),
        "messaggi": SenderRule(
            3,
            11,
            14,
            required=True,
            codes=MappingProxyType({}),
            source="Messaggi v1: 3-11 alphanumeric characters, or 3-14 digits",
        ),
        "messaggi_v2": SenderRule(
            3,
            11,
            None,
            required=False,  # left out, the vendor sends as "Openapi"
            codes=MappingProxyType(
                {"characters": "2021", "length_short": "2021", "length_long": "2021", "numeric": "2024"}
            ),
            source="Messaggi v2 errors 2021, 2024 and SendMessageRequest.sender: 3 to 11 letters, digits or spaces, "
            "not purely numeric",
            spaces=True,
        ),
    }
)


@dataclass(frozen=True, slots=True)
class ReferenceRule:
    """The vendor field that carries ``reference``: at most ``max_length`` characters, no space."""

    max_length: int
    field: str
    source: str

    def check(self, vendor: str, reference: str | None) -> None:
        if reference is None:
            return
        if len(reference) > self.max_length:
            raise broken_rule(
                "reference",
                vendor,
                reference,
                f"{self.field} holds at most {self.max_length} characters, not {len(reference)} ({self.source})",
            )
        if any(character.isspace() for character in reference):
            raise broken_rule("reference", vendor, reference, f"{self.field} holds no space ({self.source})")


REFERENCE_RULES: Mapping[str, ReferenceRule] = MappingProxyType(
    {"smspartner": ReferenceRule(20, "tag", "SMS Partner's /send: tag, at most 20 characters, no spaces")}
)


@dataclass(frozen=True, slots=True)
class MissingOption:
    """A send option the vendor's API has no field for: refused, never dropped in silence."""

    option: str
    message: str


# Messaggi v2 sends at once (no scheduling field) and has no reference field (a callback's
# `custom` data needs a callback URL).
MISSING_OPTIONS: Mapping[str, tuple[MissingOption, ...]] = MappingProxyType(
    {
        "messaggi_v2": (
            MissingOption("scheduled_at", "Messaggi v2 cannot schedule a message: it sends at once"),
            MissingOption(
                "reference",
                "Messaggi v2 has no reference field (a callback's `custom` data needs a callback URL: "
                "use call() with a CallbackOptions)",
            ),
        )
    }
)


@dataclass(frozen=True, slots=True)
class PartLimit:
    max_parts: int
    vendor_code: str
    source: str


PART_LIMITS: Mapping[str, PartLimit] = MappingProxyType(
    {"smspartner": PartLimit(10, "52", "SMS Partner refuses more than 10 concatenated SMS (error 52)")}
)


@dataclass(frozen=True, slots=True)
class SmsRange:
    """A vendor's product range: what its request field says and how long a text it takes."""

    name: str
    request_value: int  # SMS Partner's `gamme`
    max_parts: int | None  # None: the vendor's general part limit only
    vendor_code: str | None
    source: str


# Ranges per vendor; the first one is the default. SMS Partner's Low Cost takes one SMS only.
SMS_RANGES: Mapping[str, Mapping[str, SmsRange]] = MappingProxyType(
    {
        "smspartner": MappingProxyType(
            {
                "premium": SmsRange("premium", 1, None, None, "SMS Partner Premium (gamme=1), the default"),
                "low_cost": SmsRange(
                    "low_cost", 2, 1, "42", "SMS Partner Low Cost (gamme=2) is limited to 160 characters (error 42)"
                ),
            }
        )
    }
)


def range_named(vendor: str, name: object) -> SmsRange | None:
    """The vendor's range called ``name`` (None: the default, or a vendor without ranges)."""
    ranges = SMS_RANGES.get(vendor)
    if name is None:
        return None if ranges is None else next(iter(ranges.values()))
    if ranges is None:
        raise InvalidArgumentError(f"sms_range is not an option of {vendor}: it has one range", vendor=vendor)
    if not isinstance(name, str) or name not in ranges:
        raise InvalidArgumentError(
            f"sms_range must be one of {', '.join(map(repr, ranges))}, not {name!r}", vendor=vendor
        )
    return ranges[name]


@dataclass(frozen=True, slots=True)
class Price:
    """What one SMS part costs, in ``unit``, and where that figure comes from."""

    per_part: Decimal
    unit: str
    source: str


# Only prices the client can know without asking: the others are per contract and destination,
# and the send answer says what a send cost (``SendResult.cost``); pass ``price_per_part=`` to preview.
PRICES: Mapping[str, Price] = MappingProxyType(
    {
        "primotexto": Price(
            Decimal(1),
            "credits",
            "Primotexto bills in credits, one per SMS part to a French number (creditsUsed 1.0 for one SMS)",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class StopMention:
    word: str
    source: str


# Marketing texts must tell the recipient how to opt out.
STOP_MENTIONS: Mapping[str, StopMention] = MappingProxyType(
    {
        "smspartner": StopMention(
            "STOP",
            "SMS Partner: a commercial SMS carries the STOP mention (isStopSms on Premium, else in the text)",
        ),
    }
)

# Markup a vendor expands before counting: SMS Partner's ``:br:`` is a line break of two characters.
COUNTING_MARKUP: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType(
    {"smspartner": ((":br:", "\r\n"), (":euro:", "€"))}
)


def expand_markup(vendor: str, text: str) -> str:
    """``text`` as the vendor counts it, its markup expanded."""
    for markup, meaning in COUNTING_MARKUP.get(vendor, ()):
        if markup in text:
            text = text.replace(markup, meaning)
    return text


def sms_parts(text: str, vendor: str | None = None) -> int:
    """How many SMS ``text`` takes as ``vendor`` counts and charges it: ``preview``'s count, which
    the sandbox's counters and the bulk sender's rate limits in parts use too."""
    return measure(expand_markup(vendor, text) if vendor else text).parts


@dataclass(frozen=True, slots=True)
class MarketingWindow:
    """When a marketing SMS may leave: ``opens`` to ``closes`` local time, never on ``closed_weekdays``
    (Monday is 0) or the country's public holidays."""

    timezone: str
    opens: time
    closes: time
    closed_weekdays: frozenset[int]
    holidays_country: str
    hours_code: str
    days_code: str
    source: str
    hours_overridden: bool = field(default=False)

    def with_hours(self, hours: tuple[time, time] | None, vendor: str) -> MarketingWindow:
        if hours is None:
            return self
        if (
            not isinstance(hours, tuple)
            or len(hours) != 2
            or not all(isinstance(moment, time) and moment.tzinfo is None for moment in hours)
            or not hours[0] < hours[1]
        ):
            raise InvalidArgumentError(
                f"marketing_hours must be (opens, closes), two naive datetime.time with opens < closes, not {hours!r}",
                vendor=vendor,
            )
        return MarketingWindow(
            self.timezone,
            hours[0],
            hours[1],
            self.closed_weekdays,
            self.holidays_country,
            self.hours_code,
            self.days_code,
            self.source,
            hours_overridden=True,
        )

    def closed_day(self, day: date) -> str | None:
        """Why no marketing SMS leaves on ``day`` (``"Sunday"``, a holiday's name), or None."""
        if day.weekday() in self.closed_weekdays:
            return day.strftime("%A")
        return _holidays(self.holidays_country, day.year).get(day)

    def next_allowed(self, moment: datetime) -> datetime:
        """``moment`` when a marketing SMS may leave then, else the next moment one may (local time)."""
        local = moment.astimezone(ZoneInfo(self.timezone))
        for _ in range(366):  # a year always has an open day
            if self.closed_day(local.date()) is None:
                if local.time() < self.opens:
                    return datetime.combine(local.date(), self.opens, local.tzinfo)
                if local.time() < self.closes:
                    return local
            local = datetime.combine(local.date() + timedelta(days=1), self.opens, local.tzinfo)
        raise AssertionError("no open day in a year")  # pragma: no cover - closed_weekdays never holds all 7


@lru_cache(maxsize=32)
def _holidays(country: str, year: int) -> dict[date, str]:
    """The country's public holidays in ``year``, from the ``holidays`` library (imported on first use)."""
    import holidays

    return dict(holidays.country_holidays(country, years=year).items())


MARKETING_WINDOWS: Mapping[str, MarketingWindow] = MappingProxyType(
    {
        "smspartner": MarketingWindow(
            "Europe/Paris",
            time(8),
            time(20),
            frozenset({6}),
            "FR",
            hours_code="22",
            days_code="23",
            # The documentation pauses commercial SMS from 20:00 to 08:00; its error table says
            # 08:00-22:00. The stricter hours are the default: marketing_hours= widens them.
            source="SMS Partner: no commercial SMS 20:00-08:00, on Sundays or French public holidays (errors 22, 23)",
        ),
    }
)


def check_marketing(
    vendor: str, text: str, moment: datetime, purpose: Purpose, hours: tuple[time, time] | None
) -> datetime | None:
    """Refuse a marketing send outside the vendor's window or without its STOP mention.

    Returns when the send would leave in the vendor's local time (None: no window for this vendor
    or purpose). A transactional send (an OTP, a reminder) is never held.
    """
    if purpose not in PURPOSES:
        raise InvalidArgumentError(f"purpose must be 'transactional' or 'marketing', not {purpose!r}", vendor=vendor)
    window = MARKETING_WINDOWS.get(vendor)
    if window is not None:
        window = window.with_hours(hours, vendor)
    if purpose != "marketing":
        return None
    mention = STOP_MENTIONS.get(vendor)
    if mention is not None and mention.word not in text:
        raise broken_rule(
            "stop_mention", vendor, text, f"a marketing text must carry the {mention.word} mention ({mention.source})"
        )
    if window is None:
        return None
    allowed = window.next_allowed(moment)
    local = moment.astimezone(allowed.tzinfo)
    if allowed != local:
        closed = window.closed_day(local.date())
        why = (
            f"no marketing SMS on {closed}"
            if closed
            else f"marketing SMS leave between {window.opens:%H:%M} and {window.closes:%H:%M}"
        )
        raise broken_rule(
            "marketing_window",
            vendor,
            local,
            f"{why} ({window.timezone}); next allowed time {allowed.isoformat()}: pass scheduled_at",
            vendor_code=window.days_code if closed else window.hours_code,
        )
    return allowed
