"""The webhooks' STOP and START into a suppression list: what a receiver's ``on_event`` does so
that a number that said STOP gets no more marketing, from any vendor, before the vendor's own list
catches up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from .events import InboundMessage, OptOutEvent, WebhookEvent

if TYPE_CHECKING:
    from .._text.suppression import SuppressionList

__all__ = ["consent_of", "suppressing"]

# A reply's first word that asks to stop, or to start again (the French gateways' STOP mention).
STOP_KEYWORDS = frozenset({"STOP", "ARRET", "STOPSMS"})
START_KEYWORDS = frozenset({"START", "UNSTOP"})


def consent_of(event: WebhookEvent) -> Literal["stop", "start"] | None:
    """``stop`` for a STOP (an ``OptOutEvent``, or a reply whose keyword is STOP), ``start`` for a
    reply whose keyword is START, else None."""
    if isinstance(event, OptOutEvent):
        return "stop"
    if isinstance(event, InboundMessage) and event.part is None:
        keyword = (event.keyword or event.text.strip().split(" ", 1)[0]).upper()
        if keyword in STOP_KEYWORDS:
            return "stop"
        if keyword in START_KEYWORDS:
            return "start"
    return None


def suppressing(suppressions: SuppressionList) -> Callable[[WebhookEvent], None]:
    """An ``on_event`` for ``asgi_app``/``wsgi_app``/``Receiver`` that records each STOP and START
    in ``suppressions``, its source ``<vendor>:webhook`` (so that a later ``sync`` of the vendor's
    own list never lifts it), its time the event's. Other events are left alone: chain it with
    yours (``lambda event: (suppress(event), campaign.hear(event))``)."""

    def on_event(event: WebhookEvent) -> None:
        kind = consent_of(event)
        if kind is not None and isinstance(event, OptOutEvent | InboundMessage):
            suppressions.record(event.phone_number, kind, source=f"{event.vendor}:webhook", at=event.at)

    return on_event
