"""Phone numbers in, the form each vendor wants out, with the phonenumbers library.

Numbers may be given in E.164 (``+33612345678``) or in the vendor's national form
(``0612345678`` for the French gateways, ``3491234567`` for Messaggi). phonenumbers is imported on
first use so that ``import smsgate`` stays fast.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from .._base.errors import InvalidArgumentError, InvalidRequestError

MAX_NUMBER_LENGTH = 64  # generous for "+33 (0)6 12 34 56 78"; phonenumbers itself stops at 250


def _library() -> Any:
    import phonenumbers

    return phonenumbers


@lru_cache(maxsize=4096)
def _valid_e164(number: str, default_region: str) -> str | None:
    """``number`` in E.164 when it is a valid phone number, else None (memoised: a status answer
    repeats the same recipients poll after poll, and phonenumbers' parse and validation cost about
    80 us a number)."""
    phonenumbers = _library()
    try:
        parsed = phonenumbers.parse(number, default_region)
    except phonenumbers.NumberParseException:
        return None
    if parsed.extension or not phonenumbers.is_valid_number(parsed):
        return None
    formatted: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return formatted


def to_e164(number: str, default_region: str, *, vendor: str | None = None) -> str:
    """``number`` in E.164; InvalidArgumentError for anything that is not a valid phone number."""
    if not isinstance(number, str) or not number.strip():
        shown = repr(number) if isinstance(number, str) else f"a {type(number).__name__}"
        raise InvalidArgumentError(f"{shown} is not a phone number", vendor=vendor)
    if len(number) > MAX_NUMBER_LENGTH:
        raise InvalidArgumentError(f"a phone number of {len(number)} characters is not a phone number", vendor=vendor)
    known = _valid_e164(number, default_region)
    if known is not None:
        return known
    # Not valid: the uncached path below says why, with the library's own error chained.
    phonenumbers = _library()
    try:
        parsed = phonenumbers.parse(number, default_region)
    except phonenumbers.NumberParseException as error:
        raise InvalidArgumentError(f"{number!r} is not a phone number: {error}", vendor=vendor) from error
    if parsed.extension:
        # An SMS cannot reach an extension: dropping it would send to the switchboard.
        raise InvalidArgumentError(f"{number!r} has an extension: an SMS cannot be sent to one", vendor=vendor)
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidArgumentError(f"{number!r} is not a valid phone number", vendor=vendor)
    formatted: str = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return formatted


@lru_cache(maxsize=64)
def example_mobile(region: str) -> str:
    """A valid mobile number of ``region`` in E.164 (the checks that need a recipient and no real one)."""
    phonenumbers = _library()
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    return str(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164))


def digits_of(number: str) -> str:
    """The digits of a number in any vendor's form, to compare two forms of one number."""
    return "".join(character for character in number if character.isdigit())


def to_dashed(number: str, default_region: str, *, vendor: str | None = None) -> str:
    """Messaggi's form: ``+<country code>-<national number>`` (``+39-3491234567``)."""
    phonenumbers = _library()
    e164 = to_e164(number, default_region, vendor=vendor)
    parsed = phonenumbers.parse(e164, None)
    return f"+{parsed.country_code}-{phonenumbers.national_significant_number(parsed)}"


@lru_cache(maxsize=4096)
def normalise_reported(number: str, default_region: str) -> str:
    """A number read from a vendor answer, in E.164 when it parses, else as the vendor wrote it
    (memoised: each status answer reads its recipients again, ten a call in ``nox -s bench``'s figure 1)."""
    try:
        return to_e164(number.replace("-", ""), default_region)
    except InvalidArgumentError:
        return number


@dataclass(frozen=True, slots=True)
class RecipientForm:
    """How a vendor wants numbers: read with ``region`` as the default country, written by ``write``,
    at most ``max_per_send`` in one send (None: no documented limit)."""

    region: str
    write: Callable[[str, str, str | None], str]  # (number, region, vendor) -> the vendor's form
    max_per_send: int | None = None


def _e164(number: str, region: str, vendor: str | None) -> str:
    return to_e164(number, region, vendor=vendor)


def _dashed(number: str, region: str, vendor: str | None) -> str:
    return to_dashed(number, region, vendor=vendor)


# The one table of recipient rules: the vendor modules and preview() both read it.
RECIPIENT_FORMS: Mapping[str, RecipientForm] = MappingProxyType(
    {
        "primotexto": RecipientForm("FR", _e164),
        "smspartner": RecipientForm("FR", _e164, max_per_send=500),
        "messaggi": RecipientForm("IT", _dashed),
        "messaggi_v2": RecipientForm("IT", _e164),  # one recipient per request: no batch limit
    }
)


def recipients_for(vendor: str, numbers: list[str]) -> list[str]:
    """``numbers`` in ``vendor``'s form; InvalidArgumentError for a bad number, InvalidRequestError (the
    vendor's ``recipients`` rule) for more than it takes in one send."""
    form = RECIPIENT_FORMS[vendor]
    if form.max_per_send is not None and len(numbers) > form.max_per_send:
        error = InvalidRequestError(
            f"recipients rule: {len(numbers)} recipients: at most {form.max_per_send} per send", vendor=vendor
        )
        error.rule, error.value = "recipients", len(numbers)
        raise error
    return [form.write(number, form.region, vendor) for number in numbers]


def region_of(e164: str) -> str | None:
    """The ISO 3166 region of a valid E.164 number (``IT`` for ``+39 349...``), None when ambiguous."""
    phonenumbers = _library()
    region: str | None = phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
    return region if region and region != "ZZ" else None
