"""The send contract: what every way of sending takes, defined once and checked once.

``Client.send``, ``Client.preview``, ``smsgate.preview``, ``Campaign.create``, ``send_many``,
``FailoverClient.send`` and the CLI (with or without ``--file``) all take these options as keyword
arguments typed by ``SendKwargs``, and turn them into one ``SendOptions`` here. A new option is a
field of both (a test keeps them equal): every entry point gets it, and its check, by construction.

The rules that depend on the vendor and the text (sender names, parts, the marketing window, the
STOP mention...) are ``preview``'s (``smsgate._text.preview``), which every send runs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeGuard

from .._base.callback_token import check_callback_url
from .._base.encoding import UNSENDABLE
from .._base.errors import InvalidArgumentError, InvalidRequestError, UnsupportedOperationError
from .._base.spec import VENDORS, callback_purposes

if TYPE_CHECKING:  # loaded with the first list: sqlite3 is not needed by a program that sends one message
    from .suppression import SuppressionList

__all__ = ["OPTION_NAMES", "PURPOSES", "Purpose", "SendKwargs", "SendOptions", "check_schedule", "no_callbacks"]

Purpose = Literal["transactional", "marketing"]
PURPOSES: tuple[Purpose, ...] = ("transactional", "marketing")


class SendKwargs(TypedDict, total=False):
    """The options of a send, as keyword arguments (``**options: Unpack[SendKwargs]``).

    - ``sender``: the sender name, or a ``{vendor: sender}`` mapping (a failover or a campaign
      over several vendors; a vendor missing from it sends with its default sender).
    - ``scheduled_at``: a timezone-aware ``datetime`` in the future.
    - ``reference``: your reference, carried by the vendor's own field (SMS Partner ``tag``,
      Primotexto ``category``, Messaggi ``options.custom``; Messaggi v2 has none).
    - ``dry_run``: the vendor's test mode (nothing delivered or billed; Primotexto has none, so no request).
    - ``purpose``: ``"transactional"`` (the default) or ``"marketing"`` (the vendor's marketing rules).
    - ``gsm7``: send ``smsgate.to_gsm7(text).text`` instead of ``text``.
    - ``callback_url``: an absolute http(s) URL where the vendor posts this send's delivery
      receipts (and SMS Partner its replies), signed by smsgate with the client's webhook secret
      (``webhook_secret=``, else ``$SMSGATE_WEBHOOK_SECRET``); read them with ``smsgate.webhooks``.
      Primotexto calls no URL back: ``UnsupportedOperationError`` (poll with ``status()``).
    - ``suppression``: a ``smsgate.SuppressionList``; a marketing send (and, when the list says
      ``transactional=True``, any send) to a number on it is refused before any request.
    """

    sender: str | Mapping[str, str] | None
    scheduled_at: datetime | None
    reference: str | None
    dry_run: bool
    purpose: Purpose
    gsm7: bool
    callback_url: str | None
    suppression: SuppressionList | None


@dataclass(frozen=True, slots=True)
class SendOptions:
    """``SendKwargs`` checked: what a send, a preview or a campaign was asked to do."""

    sender: str | Mapping[str, str] | None = None
    scheduled_at: datetime | None = None
    reference: str | None = None
    dry_run: bool = False
    purpose: Purpose = "transactional"
    gsm7: bool = False
    callback_url: str | None = None
    suppression: SuppressionList | None = None

    @classmethod
    def of(cls, given: Mapping[str, Any], *, call: str, vendor: str | None = None) -> SendOptions:
        """The options ``call`` was given, checked; an unknown name or a wrong type is refused."""
        unknown = sorted(given.keys() - OPTION_SET)
        if unknown:
            raise InvalidArgumentError(
                f"{call}() got unknown option(s) {', '.join(map(repr, unknown))}; "
                f"the send options are {', '.join(OPTION_NAMES)}",
                vendor=vendor,
            )
        options = cls(**given)
        options.check(vendor)
        if vendor is not None and _is_mapping(options.sender) and vendor not in options.sender:
            # One vendor's call: a mapping without it would drop the sender in silence.
            named = ", ".join(options.sender) or "no vendor"
            raise InvalidArgumentError(
                f"sender maps {named}, not {vendor}: give {vendor}'s sender, or one sender as a str", vendor=vendor
            )
        return options

    def check(self, vendor: str | None) -> None:
        """Each option's type and form (the vendor's rules on their values are ``preview``'s)."""
        sender = self.sender
        if _is_mapping(sender):
            for name, value in sender.items():
                if name not in VENDORS:  # a misspelt vendor would send with its default sender, unnoticed
                    raise InvalidArgumentError(
                        f"sender maps {name!r}, which is not a vendor; expected one of {', '.join(VENDORS)}",
                        vendor=vendor,
                    )
                _check_string(f"sender[{name!r}]", value, vendor)
        else:
            _check_string("sender", sender, vendor)
        _check_string("reference", self.reference, vendor)
        for name, flag in (("dry_run", self.dry_run), ("gsm7", self.gsm7)):
            if not isinstance(flag, bool):
                raise InvalidArgumentError(f"{name} must be True or False, not {type(flag).__name__}", vendor=vendor)
        if self.purpose not in PURPOSES:
            raise InvalidArgumentError(
                f"purpose must be 'transactional' or 'marketing', not {self.purpose!r}", vendor=vendor
            )
        check_schedule(self.scheduled_at, vendor)
        if self.callback_url is not None:
            check_callback_url(self.callback_url, vendor)
            if vendor is not None and "delivery" not in callback_purposes(vendor):
                raise no_callbacks(vendor)
        if self.suppression is not None and not _is_suppression_list(self.suppression):
            raise InvalidArgumentError(
                f"suppression must be a smsgate.SuppressionList, not {type(self.suppression).__name__}", vendor=vendor
            )

    def refusal(self, numbers: Sequence[str], vendor: str | None) -> InvalidRequestError | None:
        """The suppression list's refusal of the first of ``numbers`` it holds, for this send's purpose."""
        if self.suppression is None or not self.suppression.applies_to(self.purpose):
            return None
        for number in numbers:
            refused = self.suppression.refusal(number, self.purpose, vendor)
            if refused is not None:
                return refused
        return None

    def sender_for(self, vendor: str) -> str | None:
        """The sender ``vendor`` sends with (from a ``{vendor: sender}`` mapping, or the one sender)."""
        sender = self.sender
        if sender is None or type(sender) is str:  # the usual sender, without the Mapping ABC's check
            return sender
        if isinstance(sender, Mapping):
            return sender.get(vendor)
        return sender

    def chosen(self) -> frozenset[str]:
        """The names of the options given a value other than their default."""
        # Read field by field: ``dataclasses.asdict`` deep-copies every value (a sender mapping too).
        defaults = DEFAULTS
        return frozenset(name for name in OPTION_NAMES if getattr(self, name) != defaults[name])

    def replace(self, **changes: Any) -> SendOptions:
        return dataclasses.replace(self, **changes)

    def as_settings(self) -> dict[str, Any]:
        """As JSON data (a campaign's journal keeps the options it was created with)."""
        return {
            "sender": dict(self.sender) if isinstance(self.sender, Mapping) else self.sender,
            "scheduled_at": None if self.scheduled_at is None else self.scheduled_at.isoformat(),
            "reference": self.reference,
            "dry_run": self.dry_run,
            "purpose": self.purpose,
            "gsm7": self.gsm7,
            "callback_url": self.callback_url,
            # A list kept in a file is found again on resume; one in memory lives as long as its object.
            "suppression": None
            if self.suppression is None or self.suppression.path is None
            else {
                "path": str(self.suppression.path),
                "transactional": self.suppression.transactional,
                "default_region": self.suppression.default_region,
            },
        }

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> SendOptions:
        """The options ``as_settings`` saved (a journal of an earlier version lacks the newer ones)."""
        at = settings.get("scheduled_at")
        return cls(
            sender=settings.get("sender"),
            scheduled_at=datetime.fromisoformat(at) if isinstance(at, str) else None,
            reference=settings.get("reference"),
            dry_run=bool(settings.get("dry_run", False)),
            purpose=settings.get("purpose") or "transactional",
            gsm7=bool(settings.get("gsm7", False)),
            callback_url=settings.get("callback_url"),
            suppression=_reopened(settings.get("suppression")),
        )


OPTION_NAMES: tuple[str, ...] = tuple(field.name for field in dataclasses.fields(SendOptions))
OPTION_SET = frozenset(OPTION_NAMES)
DEFAULTS: Mapping[str, Any] = {field.name: field.default for field in dataclasses.fields(SendOptions)}


def _is_suppression_list(value: object) -> bool:
    from .suppression import SuppressionList

    return isinstance(value, SuppressionList)


def _reopened(saved: object) -> SuppressionList | None:
    if not isinstance(saved, Mapping) or not isinstance(saved.get("path"), str):
        return None
    from .suppression import SuppressionList

    return SuppressionList(
        Path(saved["path"]),
        transactional=bool(saved.get("transactional", False)),
        default_region=str(saved.get("default_region") or "FR"),
    )


def _is_mapping(value: object) -> TypeGuard[Mapping[str, Any]]:
    """``isinstance(value, Mapping)``, answered at once for the usual sender (a str, or None): the
    Mapping ABC's check costs a send a fraction of a microsecond each time."""
    return value is not None and type(value) is not str and isinstance(value, Mapping)


def _check_string(name: str, value: object, vendor: str | None) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a string, not {type(value).__name__}", vendor=vendor)
    if UNSENDABLE.search(value):
        raise InvalidArgumentError(f"{name} holds a control character or a lone surrogate", vendor=vendor)


def no_callbacks(vendor: str) -> UnsupportedOperationError:
    """The refusal of ``callback_url`` for a vendor that calls no URL back, with the way forward."""
    return UnsupportedOperationError(
        f"{vendor} calls no URL back (its API has no delivery callback): send without callback_url "
        "and follow delivery with client.status(message_id) (or client.wait(result))",
        vendor=vendor,
    )


def check_schedule(scheduled_at: object, vendor: str | None) -> datetime | None:
    """``scheduled_at`` when it is an aware ``datetime`` in the future (None stays None)."""
    if scheduled_at is None:
        return None
    if not isinstance(scheduled_at, datetime) or scheduled_at.tzinfo is None:
        raise InvalidArgumentError("scheduled_at must be a timezone-aware datetime", vendor=vendor)
    try:
        in_the_past = scheduled_at <= datetime.now(UTC)
    except (OverflowError, ValueError) as error:  # a tzinfo whose offset is out of range
        raise InvalidArgumentError(f"scheduled_at cannot be read: {error}", vendor=vendor) from None
    if in_the_past:
        raise InvalidArgumentError("scheduled_at is in the past", vendor=vendor)
    return scheduled_at
