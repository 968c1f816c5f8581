"""The unified events a vendor's callback becomes: ``parse`` returns one of them.

``WebhookEvent = DeliveryEvent | InboundMessage | OptOutEvent | HlrResult``: a ``match`` on the
class (or ``isinstance``) is all a receiver needs. Each keeps the decoded payload as ``raw`` (left
out of ``==`` and ``hash``: two deliveries of one event are equal).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from .._base.models import DeliveryState

__all__ = ["DeliveryEvent", "HlrResult", "InboundMessage", "OptOutEvent", "ReplyPart", "WebhookEvent"]


@dataclass(frozen=True, slots=True)
class DeliveryEvent:
    """A delivery receipt: ``message_id`` (and ``phone_number``, when the vendor names the
    recipient) is now in ``state``; ``final`` says no later state follows. ``vendor_state`` is the
    vendor's own word, kept when no table knows it (``state`` is then ``unknown``)."""

    vendor: str
    message_id: str
    phone_number: str | None
    state: DeliveryState
    final: bool
    vendor_state: str
    at: datetime | None = None
    stop: bool = False
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class ReplyPart:
    """One part of a reply the vendor posts in several callbacks: part ``number`` of ``total``,
    the parts sharing ``ref``. The receivers join the parts; ``parse`` returns each as it comes."""

    ref: str
    number: int
    total: int


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """A reply (an SMS a recipient sent back): from ``phone_number`` to ``to`` (the long number,
    when the vendor says), ``keyword`` its first word as the vendor reads it. ``part`` is set on
    one part of a long reply (see ``ReplyPart``); a whole reply has ``part`` None."""

    vendor: str
    phone_number: str
    text: str
    to: str | None = None
    message_id: str | None = None
    keyword: str | None = None
    at: datetime | None = None
    part: ReplyPart | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class OptOutEvent:
    """A recipient asked to receive nothing more (a STOP): stop sending to ``phone_number``.
    ``message_id`` names the send answered, when the vendor says."""

    vendor: str
    phone_number: str
    text: str | None = None
    to: str | None = None
    message_id: str | None = None
    at: datetime | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class HlrResult:
    """The HLR verification of ``phone_number``: ``state`` ``delivered`` when the number is
    reachable, else why not (``vendor_state``: the vendor's error name, e.g.
    ``EC_ABSENT_SUBSCRIBER_SM``; ``final`` when retrying cannot help). ``network`` is the
    operator's MCC+MNC, ``ported`` whether the number moved to another operator."""

    vendor: str
    phone_number: str
    state: DeliveryState
    final: bool
    vendor_state: str
    message_id: str | None = None
    network: str | None = None
    ported: bool | None = None
    description: str | None = None
    at: datetime | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


WebhookEvent: TypeAlias = DeliveryEvent | InboundMessage | OptOutEvent | HlrResult
"""What ``smsgate.webhooks.parse`` returns: one of the four events."""
