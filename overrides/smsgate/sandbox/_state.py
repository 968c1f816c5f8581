"""What the sandbox remembers: accounts, messages, recipients, and how their states advance.

A message is ``queued`` until ``speed`` seconds after its send time (now, or the scheduled time),
``sent`` for the next ``speed`` seconds, and then final: the recipient's number decides how it ends
(``RESERVED_ENDINGS``). With ``speed=0`` a message due now is final at once.
"""

from __future__ import annotations

import copy
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .._base.models import DeliveryState
from .._base.spec import VENDORS
from .._text.rules import sms_parts as segments  # preview's count: the answers' counters agree with it
from ._problems import SandboxConfigError

__all__ = [
    "RESERVED_ENDINGS",
    "Account",
    "CallbackTarget",
    "Event",
    "Store",
    "StoredMessage",
    "Watch",
    "outcome_of",
    "segments",
]

# The national number's last four digits decide how a delivery ends; anything else is delivered.
RESERVED_ENDINGS = {
    "0001": DeliveryState.undelivered,
    "0002": DeliveryState.expired,
    "0003": DeliveryState.rejected,
}
"""The national number's last four digits that end a delivery otherwise than delivered."""


def outcome_of(national_number: str) -> DeliveryState:
    """The final state of a delivery to this number, by the reserved-endings rule."""
    return RESERVED_ENDINGS.get(national_number[-4:], DeliveryState.delivered)


@dataclass
class StoredMessage:
    message_id: str
    vendor: str
    text: str
    sender: str | None
    recipients: list[str]  # E.164
    national_numbers: list[str]
    segments: int
    unit_cost: Decimal  # per recipient
    accepted_at: float
    due_at: float  # when it leaves: accepted_at, or the scheduled time
    reference: str | None = None
    test: bool = False
    canceled_at: float | None = None
    # What one vendor's answers echo beyond the shared fields (Messaggi v2: the route's region, the OTP).
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def cost(self) -> Decimal:
        return self.unit_cost * len(self.recipients)


@dataclass(frozen=True)
class CallbackTarget:
    """Where and how a vendor posts a callback, as the request that asked for it said.

    ``encoding``: ``json`` (the payload is the body), ``form`` (its members are the form's fields) or
    ``form_field`` (the JSON text in the form field ``field``: Messaggi's ``callback_field``, v2's
    ``method: POST``). ``retries``: further attempts after a failed one (Messaggi v2's ``callback.retry``).
    """

    vendor: str
    webhook: str  # the spec's webhook operationId (SMS Partner's undocumented receipt: "delivery_receipt")
    url: str  # verbatim from the request, query included
    encoding: str = "json"
    field: str | None = None
    retries: int = 0
    headers: tuple[tuple[str, str], ...] = ()


@dataclass
class Event:
    """One callback to post: its payload, to whom, about which number."""

    target: CallbackTarget
    payload: dict[str, Any]
    number: str | None = None  # E.164, for faults narrowed to a number
    message_id: str | None = None


@dataclass
class Watch:
    """A message whose state changes are called back: ``payload(store, index, state)`` builds one event's
    payload, ``store`` showing the message as it was when it reached ``state`` (``index`` None: one callback
    for the whole message, Messaggi's summary)."""

    message: StoredMessage
    target: CallbackTarget
    payload: Callable[[Store, int | None, DeliveryState], dict[str, Any]]
    per_recipient: bool = True
    emitted: set[tuple[int | None, DeliveryState]] = field(default_factory=set)
    held: list[Event] = field(default_factory=list)  # out of order: posted after the next event


@dataclass
class Account:
    credits: Decimal
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    sends: int = 0  # send operations carried out (messages stored), dry runs included
    # The vendor's opt-out lists: kind ("stop", "bounce") -> E.164 -> (entry id, when listed).
    opt_outs: dict[str, dict[str, tuple[int, float]]] = field(default_factory=lambda: {"stop": {}, "bounce": {}})
    # Inbound replies the vendor lets one pull (Primotexto): id, E.164, text, reference, when.
    replies: list[InboundReply] = field(default_factory=list)


@dataclass(frozen=True)
class InboundReply:
    reply_id: str
    number: str
    text: str
    reference: str | None
    at: float


class Store:
    """Every vendor's account, behind one lock: the in-process sandbox is used from many threads."""

    def __init__(self, speed: float, initial_credits: Decimal | int | str, clock: Callable[[], float]) -> None:
        if not isinstance(speed, int | float) or speed < 0 or math.isnan(speed):
            raise SandboxConfigError(f"speed must be a number of seconds >= 0, not {speed!r}")
        try:
            credits = (
                Decimal(initial_credits) if not isinstance(initial_credits, float) else Decimal(str(initial_credits))
            )
        except (ArithmeticError, TypeError, ValueError) as error:
            raise SandboxConfigError(f"initial_credits must be a number, not {initial_credits!r}") from error
        if not credits.is_finite() or credits < 0:
            raise SandboxConfigError(f"initial_credits must be a finite number >= 0, not {initial_credits!r}")
        self.speed = float(speed)
        self.clock = clock
        self.lock = threading.RLock()
        self.accounts = {vendor: Account(credits) for vendor in VENDORS}
        self.scripted: dict[str, DeliveryState] = {}  # E.164 -> how deliveries to it end (Sandbox.script_delivery)
        self._next_id = 0
        # Callbacks (sandbox._callbacks): messages whose state changes are called back, events to post now.
        self.watches: list[Watch] = []
        self.events: list[Event] = []
        self.wake: Callable[[], None] = lambda: None  # set by the callback dispatcher

    def watch(self, watch: Watch) -> None:
        """Call back this message's state changes (a send that gave a callback URL)."""
        with self.lock:
            self.watches.append(watch)
        self.wake()

    def post(self, *events: Event) -> None:
        """Post these callbacks now (an inbound reply, an HLR result)."""
        with self.lock:
            self.events.extend(events)
        self.wake()

    def opt_out(self, vendor: str, number: str, kind: str = "stop") -> tuple[int, bool]:
        """Put ``number`` (E.164) on ``vendor``'s ``kind`` list: (its entry id, whether it is new)."""
        with self.lock:
            listed = self.accounts[vendor].opt_outs[kind]
            if number in listed:
                return listed[number][0], False
            entry = self.next_number()
            listed[number] = (entry, self.clock())
            return entry, True

    def next_number(self) -> int:
        with self.lock:
            self._next_id += 1
            return self._next_id

    def stage(self, message: StoredMessage, index: int, now: float | None = None) -> DeliveryState:
        """Where delivery to recipient ``index`` stands now."""
        now = self.clock() if now is None else now
        if message.canceled_at is not None:
            return DeliveryState.canceled
        elapsed = now - message.due_at
        if elapsed < 0 or elapsed < self.speed:
            return DeliveryState.queued
        if elapsed < 2 * self.speed:
            return DeliveryState.sent
        scripted = self.scripted.get(message.recipients[index])
        return scripted if scripted is not None else outcome_of(message.national_numbers[index])

    def as_of(self, moment: float) -> Store:
        """This store seen at ``moment``: the same accounts, a clock stopped there (a callback's payload says
        the state it reports, not a later one)."""
        view = copy.copy(self)
        view.clock = lambda: moment
        return view

    def reached_at(self, message: StoredMessage, state: DeliveryState) -> float:
        """When the message reached ``state`` (sent, its final state, or canceled)."""
        if state is DeliveryState.canceled and message.canceled_at is not None:
            return message.canceled_at
        return message.due_at + (self.speed if state is DeliveryState.sent else 2 * self.speed)

    def is_queued(self, message: StoredMessage) -> bool:
        """Whether the message has not left yet (what cancel needs), whatever its recipients."""
        return message.canceled_at is None and self.clock() - message.due_at < self.speed

    def step_time(self, message: StoredMessage, state: DeliveryState) -> float | None:
        """When a message reached a step (sent, or its final state); None when it has not yet."""
        offset = self.speed if state is DeliveryState.sent else 2 * self.speed
        moment = message.due_at + offset
        return moment if moment <= self.clock() and message.canceled_at is None else None
