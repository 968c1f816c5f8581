"""Pieces the vendor modules share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .._base import errors
from .._base.callback_token import CallbackPurpose, CallbackSigner, missing_secret, signer_of
from .._base.spec import callback_purposes
from .._core.response import Answer
from .._text.phone import RECIPIENT_FORMS, digits_of

if TYPE_CHECKING:  # the unified models load with the first client, not at ``import smsgate``
    from _smsgate_generated.messaggi.types import Unset as MessaggiUnset
    from _smsgate_generated.messaggi_v2.types import Unset as MessaggiV2Unset
    from _smsgate_generated.primotexto.types import Unset as PrimotextoUnset
    from _smsgate_generated.smspartner.types import Unset as SmsPartnerUnset

    from .._base.models import SendResult
    from .._base.spec import VendorSpec

    # Each generated vendor package has its own ``Unset`` class: one union of them, for ``given``.
    AnyUnset = SmsPartnerUnset | PrimotextoUnset | MessaggiUnset | MessaggiV2Unset

M = TypeVar("M")


def signed_callback(vendor: str, signer: CallbackSigner | None, url: str, purpose: CallbackPurpose) -> str:
    """``url`` signed for ``vendor`` and ``purpose`` with the client's webhook secret (else
    ``$SMSGATE_WEBHOOK_SECRET``), where the vendor calls such a URL; refused before any request otherwise."""
    from .._text.send_options import no_callbacks

    if purpose not in callback_purposes(vendor):
        raise no_callbacks(vendor)
    signer = signer or signer_of(None)
    if signer is None:
        raise errors.InvalidArgumentError(missing_secret("callback_url"), vendor=vendor)
    return signer.sign(url, vendor=vendor, purpose=purpose)


def as_decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def answer_identifier(value: Any, what: str, vendor: str) -> str:
    """An identifier read from an answer: a non-empty string or a whole number, else the answer is malformed."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise errors.ResponseFormatError(
        f"the answer's {what} is not an identifier (a {type(value).__name__})", vendor=vendor
    )


def answer_model(answer: Answer, model: type[M], what: str, vendor: str) -> M:
    """The answer's model when the generated parser built the expected success model, else it is malformed.

    Typed by ``model``: the plans read its attributes, so a field renamed in a spec fails mypy.
    """
    if not isinstance(answer.model, model):
        raise errors.ResponseFormatError(f"the answer is not {what}", vendor=vendor)
    return answer.model


T = TypeVar("T")


def given(value: T | AnyUnset) -> T | None:
    """A generated model's optional attribute: None when the answer did not carry it.

    Typed: ``given(model.field)`` is the field's own type (or None), so a plan that reads it is
    checked by mypy like any attribute read (a field of several types reads as ``object``, to be
    narrowed where it is used). Tested by the class's name at run time: importing the four
    generated packages to test by class would cost ``import smsgate`` their import time.
    """
    return None if type(value).__name__ == "Unset" else cast("T", value)


def error_body(spec: VendorSpec, schema: str, parse: Callable[[dict[str, Any]], M], payload: object) -> M | None:
    """An error answer read through the spec's error model ``schema`` (``parse``: its generated
    ``from_dict``), however partial: a required field the vendor left out reads as None, a field of
    a shape the model cannot take (a list of strings for a list of objects) is left out; None when
    the payload is no object at all (the HTTP status alone then says what failed)."""
    if not isinstance(payload, dict):
        return None
    required = dict.fromkeys(spec.document["components"]["schemas"][schema].get("required", ()))
    scalars = {key: value for key, value in payload.items() if not isinstance(value, dict | list)}
    for body in ({**required, **payload}, {**required, **scalars}):
        try:
            return parse(body)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return None


def raw(answer: Answer) -> dict[str, Any]:
    """The payload a unified result keeps as ``.raw`` (an object: the specs' success answers all are)."""
    return answer.payload if isinstance(answer.payload, dict) else {}


ID_SEPARATOR = ","  # a send that is several messages (one per recipient): their ids, joined


class Accepted:
    """The messages a one-request-per-recipient send has had accepted so far, repeated numbers kept:
    what travels with an error raised later (``SmsGateError.partial``), so that nothing is sent twice."""

    def __init__(self, vendor: str) -> None:
        self.vendor = vendor
        self.numbers: list[str] = []
        self.ids: list[str] = []
        self.cost: Decimal | None = Decimal(0)
        self.payloads: list[dict[str, Any]] = []

    def add(self, number: str, message_id: str, cost: Decimal | None, payload: dict[str, Any]) -> None:
        self.numbers.append(number)
        self.ids.append(message_id)
        self.cost = None if self.cost is None or cost is None else self.cost + cost
        self.payloads.append(payload)

    def result(self) -> SendResult:
        from .._base.models import SendResult, Vendor

        return SendResult(
            vendor=Vendor(self.vendor),
            message_id=ID_SEPARATOR.join(self.ids),
            accepted=list(self.numbers),
            rejected=[],
            cost=self.cost,
            raw=self.payloads[0] if len(self.payloads) == 1 else {"messages": list(self.payloads)},
        )


# -- a campaign batch whose outcome is unknown, asked of its vendor ---------------------------------

CLOCK_SKEW = 120.0  # seconds of difference tolerated between our clock and the vendor's
# A batch's message is made within this many seconds of its request leaving (its attempts, its
# timeouts and a Retry-After wait included).
BATCH_WINDOW = 600.0


@dataclass(frozen=True)
class SentQuestion:
    """Did the vendor receive this campaign batch? Its tag (the reference its request carried),
    when it started (epoch seconds), and its recipients: (journal position, E.164 number)."""

    tag: str
    started_at: float
    recipients: tuple[tuple[int, str], ...]

    @property
    def window_ms(self) -> tuple[float, float]:
        """The vendor times (epoch ms) within which the batch's message was made, if it was."""
        return (self.started_at - CLOCK_SKEW) * 1000, (self.started_at + BATCH_WINDOW + CLOCK_SKEW) * 1000


@dataclass(frozen=True)
class Verdicts:
    """What the vendor said of a batch: the positions it received (with the message id when its
    answer names one) and those it confirms it never received; the others it could not tell."""

    received: dict[int, str | None]
    absent: list[int]

    @classmethod
    def listed(cls, question: SentQuestion, found: Mapping[str, str | None]) -> Verdicts:
        """Every recipient of ``question`` received when its digits are among ``found`` (digits ->
        message id), absent otherwise: an answer that lists the batch's whole message."""
        received: dict[int, str | None] = {}
        absent: list[int] = []
        for position, number in question.recipients:
            digits = digits_of(number)
            if digits in found:
                received[position] = found[digits]
            else:
                absent.append(position)
        return cls(received, absent)


def digits_found(numbers: Iterable[str | None], message_id: str | None = None) -> dict[str, str | None]:
    """``Verdicts.listed``'s ``found`` for the numbers a vendor listed (each in its own form)."""
    return {digits_of(number): message_id for number in numbers if number}


# -- opt-out lists and replies ----------------------------------------------------------------------


class ConsentPlansBase:
    """What a vendor's opt-out and reply plans share: its spec and the region its numbers are read in."""

    name: str

    def __init__(self, spec: VendorSpec) -> None:
        self.spec = spec
        self.region = RECIPIENT_FORMS[self.name].region


def object_id_time(identifier: str | None) -> datetime | None:
    """The creation time a 24-hex (MongoDB ObjectId) id carries in its first 8 digits, epoch
    seconds; None for any other id. Primotexto's ids have that form (``54ede17ce4c0b0a16c1b2d46``
    is 2015-02-25): an inference of ours, not a documented field."""
    if identifier is None or len(identifier) != 24:
        return None
    try:
        seconds = int(identifier[:8], 16)
        int(identifier, 16)
    except ValueError:
        return None
    return datetime.fromtimestamp(seconds, UTC)


def listed_numbers(payload: Any) -> list[tuple[str, str | None, datetime | None, dict[str, Any]]]:
    """Primotexto's list answers are not documented (Low): a list of numbers, a list of objects with
    ``identifier`` (and maybe ``id``), or an object holding such a list (``identifiers``, ``contacts``...)."""
    if isinstance(payload, dict):
        for key in ("identifiers", "contacts", "unsubscribers", "bounces", "data", "items"):
            if isinstance(payload.get(key), list):
                return listed_numbers(payload[key])
        return []
    if not isinstance(payload, list):
        return []
    found: list[tuple[str, str | None, datetime | None, dict[str, Any]]] = []
    for item in payload:
        if isinstance(item, str) and item.strip():
            found.append((item.strip(), None, None, {"identifier": item}))
        elif isinstance(item, dict):
            number = item.get("identifier") or item.get("number") or item.get("phoneNumber")
            if isinstance(number, str) and number.strip():
                identifier = item.get("id")
                text_id = identifier if isinstance(identifier, str) else None
                found.append((number.strip(), text_id, object_id_time(text_id), item))
    return found
