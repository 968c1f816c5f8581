"""The rules of a run, with no I/O: which vendor gets a batch, what each answer means for its
recipients (failover, rate limits, a circuit breaker), and what a batch is sent with.

What an error of a send proves (the contract of ``smsgate._base.errors``):

- ``SendOutcomeUnknown``: the request may have reached the vendor. Never sent again, to any
  vendor: the recipient is reported unknown (and can be resolved by asking the vendor).
- ``RateLimitError``: the vendor refused the request for now. Waited for (its ``Retry-After``)
  when that is at most ``rate_limit_wait``, otherwise the next vendor gets it.
- every other smsgate error (connection never established, authentication, insufficient credit,
  a refusal of the recipient, the sender or the text, a vendor error answered in the body): the
  vendor did not accept the message. The next vendor gets it, minus ``error.partial``, the part
  the vendor accepted before failing, which is never sent again.

A circuit breaker keeps a vendor that failed ``breaker_failures`` times in a row (a transport
failure, an unknown outcome, an account problem, a server error: not a refused recipient) out of
the rotation for ``breaker_cooldown`` seconds, so that a dead vendor's timeout is not paid on every
send; when every remaining vendor is out, they are tried anyway, in order.

A campaign (``bulk``) runs the engine over its journal, a failover send (``failover``) over a
ledger in memory; both perform its actions with ``BatchSender``, driven by ``smsgate._base.drive``.
"""

from __future__ import annotations

import dataclasses
import math
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, Protocol

from .._base.errors import (
    AuthenticationError,
    ClientUsageError,
    InsufficientCreditError,
    InvalidArgumentError,
    InvalidRequestError,
    RateLimitError,
    SendOutcomeUnknown,
    ServerError,
    SmsGateError,
    TransportError,
)
from .._core.retry import RetryPolicy, retry_delay
from .._text.phone import RECIPIENT_FORMS, digits_of
from .._text.rules import MISSING_OPTIONS, sms_parts
from .._text.send_options import SendOptions
from .journal import Claimed

if TYPE_CHECKING:
    from .._base.models import SendResult

__all__ = [
    "DEFAULT_BATCH_SIZES",
    "DEFAULT_RATE_LIMITS",
    "Attempt",
    "BatchSender",
    "CircuitBreaker",
    "Engine",
    "Ledger",
    "Pause",
    "RateLimit",
    "Verdict",
    "batch_options",
    "max_batch_size",
    "refused_error",
    "verdict",
]

DEFAULT_BREAKER_FAILURES = 3
DEFAULT_BREAKER_COOLDOWN = 30.0  # seconds

# Recipients per request. SMS Partner: 500 (its /send documents "1-500 numbers", error 50 beyond;
# reference/smspartner.md 1.4). Primotexto: one number per request (its /messages/send takes one
# `number`; reference/primotexto.md). Messaggi: a list, with no documented maximum
# (reference/messaggi.md 2.2): 500, like SMS Partner, keeps one request's answer small. Any other
# vendor: 1, which every unified client accepts; ``batch_sizes=`` changes any of them.
DEFAULT_BATCH_SIZES: Mapping[str, int] = {"smspartner": 500, "primotexto": 1, "messaggi": 500, "messaggi_v2": 1}
FALLBACK_BATCH_SIZE = 1

MAX_RATE_LIMIT_WAITS = 5  # a batch waits out a vendor's 429 this many times, then is refused (resumable)
RATE_LIMIT_BACKOFF = RetryPolicy(initial_delay=1.0, max_delay=30.0)  # when a 429 names no Retry-After

WaitCallback = Callable[[str, float, str], None]  # (vendor, seconds, reason)

# Failures that say the vendor (not one recipient) is unusable right now: they trip the breaker.
VENDOR_FAILURES = (
    TransportError,
    SendOutcomeUnknown,
    AuthenticationError,
    InsufficientCreditError,
    ServerError,
    RateLimitError,
    ClientUsageError,
)


class Verdict(Enum):
    """What a send's error means for the recipients the vendor did not accept."""

    NOT_SENT = "not sent"  # provably not accepted: another vendor (or a later try) may send it
    RATE_LIMITED = "rate limited"  # not accepted, and the vendor asked to wait
    UNKNOWN = "unknown"  # may have been accepted: never sent again automatically


def verdict(error: SmsGateError) -> Verdict:
    if isinstance(error, SendOutcomeUnknown):
        return Verdict.UNKNOWN
    if isinstance(error, RateLimitError):
        return Verdict.RATE_LIMITED
    return Verdict.NOT_SENT


class CircuitBreaker:
    """Per vendor: open (skipped) for ``cooldown`` seconds after ``failures`` vendor failures in a row."""

    def __init__(
        self,
        failures: int = DEFAULT_BREAKER_FAILURES,
        cooldown: float = DEFAULT_BREAKER_COOLDOWN,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if isinstance(failures, bool) or not isinstance(failures, int) or failures < 1:
            raise InvalidArgumentError(f"breaker_failures must be a whole number >= 1, not {failures!r}")
        check_seconds(cooldown, "breaker_cooldown")
        self.failures = failures
        self.cooldown = float(cooldown)
        self._clock = clock
        self._lock = threading.Lock()
        self._in_a_row: dict[str, int] = {}
        self._open_until: dict[str, float] = {}

    def available(self, vendor: str) -> bool:
        """Whether ``vendor`` may be tried now (its breaker is closed, or its cooldown is over)."""
        with self._lock:
            return self._open_until.get(vendor, -math.inf) <= self._clock()

    def succeeded(self, vendor: str) -> None:
        """Record a success: ``vendor``'s failures in a row start again from 0."""
        with self._lock:
            self._in_a_row[vendor] = 0
            self._open_until.pop(vendor, None)

    def failed(self, vendor: str, error: SmsGateError) -> None:
        """Record a failure of ``vendor``; a refused recipient does not count (it says nothing of the vendor's
        health)."""
        if not isinstance(error, VENDOR_FAILURES) or isinstance(error, InvalidArgumentError):
            return  # a refused recipient (or the caller's own mistake) says nothing about the vendor's health
        with self._lock:
            count = self._in_a_row.get(vendor, 0) + 1
            self._in_a_row[vendor] = count
            if count >= self.failures:
                self._open_until[vendor] = self._clock() + self.cooldown

    def pick(self, vendors: Sequence[str], start: int) -> int | None:
        """The index of the first vendor from ``start`` that is not out; ``start`` when all are; None past the end."""
        if start >= len(vendors):
            return None
        return next((index for index in range(start, len(vendors)) if self.available(vendors[index])), start)


def check_seconds(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise InvalidArgumentError(f"{name} must be a finite number of seconds >= 0, not {value!r}")


@dataclass(frozen=True)
class RateLimit:
    """At most ``per_second`` units a second to one vendor: requests, messages (recipients) or parts (SMS).

    A concatenated text of 3 parts to 500 numbers is 1 request, 500 messages, 1,500 parts.
    """

    per_second: float
    unit: Literal["request", "message", "part"] = "part"

    def __post_init__(self) -> None:
        rate = self.per_second
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0 or rate == float("inf"):
            raise InvalidArgumentError(f"per_second must be a positive number, not {rate!r}")
        if self.unit not in ("request", "message", "part"):
            raise InvalidArgumentError(f"unit must be 'request', 'message' or 'part', not {self.unit!r}")

    def cost(self, recipients: int, text: str, vendor: str | None = None) -> float:
        """What a request to ``recipients`` numbers with ``text`` counts against the limit: 1 a request, the
        recipients a message, their SMS parts a part."""
        if self.unit == "request":
            return 1.0
        return float(recipients * (sms_parts(text, vendor) if self.unit == "part" else 1))


# None of the three vendors documents a rate limit on its send route (SMS Partner documents
# 5/min on cost statistics and 360/min on HLR look-ups only, reference/smspartner.md 1.6;
# Primotexto and Messaggi document none): no limit by default, every 429's Retry-After is honoured.
DEFAULT_RATE_LIMITS: Mapping[str, RateLimit] = {}


class Pace:
    """One vendor's pacing: a rate limit (if any) and the pause a 429 asked for, shared by all workers."""

    def __init__(self, vendor: str, limit: RateLimit | None, clock: Callable[[], float]) -> None:
        self.vendor = vendor
        self.limit = limit
        self._clock = clock
        self._next_at = -float("inf")
        self._lock = threading.Lock()

    def reserve(self, recipients: int, text: str) -> float:
        """Seconds to wait before this request may leave (the slot is taken now)."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_at)
            if self.limit is not None:
                self._next_at = start + self.limit.cost(recipients, text, self.vendor) / self.limit.per_second
            elif start > now:
                self._next_at = start
            return start - now

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._next_at = max(self._next_at, self._clock() + seconds)


@dataclass(frozen=True)
class Attempt:
    """Send ``numbers`` (the journal's ``positions``) the text to ``vendor``, tagged ``reference``."""

    vendor: str
    numbers: tuple[str, ...]
    text: str
    reference: str
    positions: tuple[int, ...] = ()


@dataclass(frozen=True)
class Held:
    """Recipients provably not sent, held by this run for their next try at ``vendor``."""

    vendor: str
    recipients: tuple[tuple[int, str], ...]
    text: str


@dataclass(frozen=True)
class Pause:
    seconds: float


Action = Attempt | Pause
Outcome = Any  # the SendResult, or the SmsGateError raised; None after a Pause


class Ledger(Protocol):
    """Where a run's recipients are kept: what the engine claims, and what it records of each."""

    def claim(self, vendor: str, limit: int) -> Claimed | None:
        """Up to ``limit`` pending recipients sharing a text, now in flight to ``vendor``."""

    def reassign(self, vendor: str, recipients: Sequence[tuple[int, str]], text: str) -> Claimed:
        """Held recipients (provably not sent) in flight again, to ``vendor``."""

    def accepted(self, positions: Sequence[int], result: SendResult) -> None:
        """Taken by the vendor (``result`` names its message id)."""

    def held(self, positions: Sequence[int], error: SmsGateError) -> None:
        """Provably not sent, kept by this run for its next try (another vendor, or after a wait)."""

    def unknown(self, positions: Sequence[int], error: SmsGateError) -> None:
        """Maybe sent: never sent again automatically."""

    def refused(self, positions: Sequence[int], error: SmsGateError) -> None:
        """Provably not sent, and no vendor left to try."""

    def not_sent(self, positions: Sequence[int]) -> None:
        """Claimed for a request that never left (the client could not send): pending again."""


class BatchSender:
    """Performs an engine's actions with a run's clients: ``perform`` for the sync ones, ``aperform``
    for the async ones (an ``Attempt`` is a batch's request, a ``Pause`` a sleep); counts requests."""

    def __init__(
        self,
        clients: Mapping[str, Any],
        ledger: Ledger,
        options: SendOptions,
        *,
        sleep: Callable[[float], None] = time.sleep,
        asleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.clients = clients
        self.ledger = ledger
        self.options = options
        self.sleep = sleep
        self.asleep = asleep
        self.requests = 0
        self._lock = threading.Lock()

    def _start(self, attempt: Attempt) -> tuple[Any, SendOptions]:
        with self._lock:
            self.requests += 1
        return self.clients[attempt.vendor], batch_options(self.options, attempt.vendor, attempt.reference)

    def perform(self, action: Action) -> Outcome:
        if isinstance(action, Pause):
            self.sleep(action.seconds)
            return None
        client, options = self._start(action)
        try:
            return client._send_batch(action.numbers, action.text, options)
        except InvalidArgumentError as error:  # the batch's own input: refused, like a vendor's refusal
            return error
        except ClientUsageError:  # the client cannot send (closed): nothing left, nothing refused
            self.ledger.not_sent(action.positions)
            raise
        except SmsGateError as error:
            return error

    async def aperform(self, action: Action) -> Outcome:
        if isinstance(action, Pause):
            if self.asleep is None:
                import asyncio  # already imported by the running event loop

                await asyncio.sleep(action.seconds)
            else:
                await self.asleep(action.seconds)
            return None
        client, options = self._start(action)
        try:
            return await client._send_batch(action.numbers, action.text, options)
        except InvalidArgumentError as error:
            return error
        except ClientUsageError:
            self.ledger.not_sent(action.positions)
            raise
        except SmsGateError as error:
            return error


class Engine:
    """The rules of one run: which vendor gets a batch, and what each answer means for its recipients.

    No I/O: ``plan`` yields what to do (an ``Attempt``, a ``Pause``) and is sent what happened (the
    ``SendResult``, or the ``SmsGateError`` raised); every recipient's fate is written to the
    ledger (a campaign's journal, or a failover send's memory).
    """

    def __init__(
        self,
        ledger: Ledger,
        vendors: Sequence[str],
        breaker: CircuitBreaker,
        *,
        rate_limit_wait: float,
        batch_sizes: Mapping[str, int],
        rate_limits: Mapping[str, RateLimit],
        on_wait: WaitCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
        options: SendOptions | None = None,
    ) -> None:
        self.ledger = ledger
        self.options = options  # its suppression list screens each batch before its request
        self.vendors = tuple(vendors)
        self.on_wait = on_wait
        self.breaker = breaker
        self.rate_limit_wait = rate_limit_wait
        self.sizes = batch_sizes
        self.paces = {vendor: Pace(vendor, rate_limits.get(vendor), clock) for vendor in self.vendors}

    def size(self, vendor: str) -> int:
        return self.sizes.get(vendor, FALLBACK_BATCH_SIZE)

    def next_batch(self) -> tuple[Claimed, int] | None:
        index = self.breaker.pick(self.vendors, 0)
        assert index is not None
        vendor = self.vendors[index]
        claimed = self.ledger.claim(vendor, self.size(vendor))
        return None if claimed is None else (claimed, index)

    def plan(self, first: tuple[Claimed, int]) -> Generator[Action, Outcome, None]:
        """Send one claimed batch, and what failover makes of it, to the end; record every recipient."""
        # (batch in flight, or recipients held for their next try; index of the vendor; rate-limit waits so far)
        work: list[tuple[Claimed | Held, int, int]] = [(*first, 0)]
        while work:
            item, index, waits = work.pop(0)
            # Held recipients go in flight only now, just before their request: a crash before this
            # leaves them pending (they are: provably not sent), never unknown.
            claimed = (
                item if isinstance(item, Claimed) else self.ledger.reassign(item.vendor, item.recipients, item.text)
            )
            vendor = claimed.vendor
            screened = self._screen(claimed)
            if screened is None:
                continue
            claimed = screened
            numbers = tuple(number for _, number in claimed.recipients)
            wait = self.paces[vendor].reserve(len(numbers), claimed.text)
            if wait > 0:
                yield Pause(wait)
            positions = tuple(position for position, _ in claimed.recipients)
            outcome = yield Attempt(vendor, numbers, claimed.text, claimed.tag, positions)
            if not isinstance(outcome, SmsGateError):
                self.breaker.succeeded(vendor)
                refused = self._record_result(claimed, outcome)
                if refused:
                    work += self._fall_over(claimed, refused, index, refused_error(vendor))
                continue
            error: SmsGateError = outcome
            self.breaker.failed(vendor, error)
            rest = self._record_partial(claimed, error)
            if not rest:
                continue
            kind = verdict(error)
            if kind is Verdict.UNKNOWN:
                self.ledger.unknown([p for p, _ in rest], error)
                continue
            if kind is Verdict.RATE_LIMITED and waits < MAX_RATE_LIMIT_WAITS:
                assert isinstance(error, RateLimitError)
                last = self.breaker.pick(self.vendors, index + 1) is None
                asked = error.retry_after
                if last or (asked is not None and asked <= self.rate_limit_wait):
                    # Exactly the wait the vendor asked for (never less); backoff only when it named none.
                    seconds = asked if asked is not None else retry_delay(waits + 1, RATE_LIMIT_BACKOFF)
                    self.paces[vendor].pause(seconds)
                    if self.on_wait is not None:
                        said = f"Retry-After: {asked:g} s" if asked is not None else "no Retry-After: backing off"
                        self.on_wait(vendor, seconds, f"{vendor} answered 429 Too Many Requests ({said})")
                    self.ledger.held([p for p, _ in rest], error)
                    work.insert(0, (Held(vendor, tuple(rest), claimed.text), index, waits + 1))
                    continue
            work += self._fall_over(claimed, rest, index, error)

    def _screen(self, claimed: Claimed) -> Claimed | None:
        """``claimed`` without the recipients the suppression list refuses (recorded as refused, with the
        rule and the entry's source); None when none is left to send to."""
        options = self.options
        if options is None or options.suppression is None or not options.suppression.applies_to(options.purpose):
            return claimed
        kept: list[tuple[int, str]] = []
        for position, number in claimed.recipients:
            refusal = options.refusal([number], claimed.vendor)
            if refusal is None:
                kept.append((position, number))
            else:
                self.ledger.refused([position], refusal)
        if len(kept) == len(claimed.recipients):
            return claimed
        return dataclasses.replace(claimed, recipients=tuple(kept)) if kept else None

    def _fall_over(
        self, claimed: Claimed, rest: list[tuple[int, str]], index: int, error: SmsGateError
    ) -> list[tuple[Claimed | Held, int, int]]:
        """The next vendor's batches for what ``claimed``'s vendor provably did not send; refused when none is left."""
        positions = [p for p, _ in rest]
        following = self.breaker.pick(self.vendors, index + 1)
        if following is None:
            self.ledger.refused(positions, error)
            return []
        self.ledger.held(positions, error)
        vendor = self.vendors[following]
        size = self.size(vendor)
        return [
            (Held(vendor, tuple(rest[start : start + size]), claimed.text), following, 0)
            for start in range(0, len(rest), size)
        ]

    def _record_result(self, claimed: Claimed, result: SendResult) -> list[tuple[int, str]]:
        """Record a successful send; returns the recipients the vendor refused (for the next vendor)."""
        accepted = _positions_named(claimed, result.accepted)
        taken = set(accepted)
        rejected = set(_positions_named(claimed, result.rejected)) - taken
        refused = [(p, n) for p, n in claimed.recipients if p in rejected]
        self.ledger.accepted(accepted, result)
        seen = taken | rejected
        missing = [p for p, _ in claimed.recipients if p not in seen]
        if missing:  # the answer names neither: the vendor may have taken them, so they are not sent again
            unknown = SendOutcomeUnknown(
                "the vendor's answer names neither these recipients' acceptance nor their refusal",
                vendor=claimed.vendor,
                operation="send",
                reference=claimed.tag,
            )
            self.ledger.unknown(missing, unknown)
        return refused

    def _record_partial(self, claimed: Claimed, error: SmsGateError) -> list[tuple[int, str]]:
        """Record the part a failed send had accepted (``error.partial``); returns the rest."""
        partial = error.partial
        if partial is None or not partial.accepted:
            return list(claimed.recipients)
        accepted = _positions_named(claimed, partial.accepted)
        self.ledger.accepted(accepted, partial)
        taken = set(accepted)
        return [(p, n) for p, n in claimed.recipients if p not in taken]


def _positions_named(claimed: Claimed, numbers: Iterable[str]) -> list[int]:
    """The positions of the claimed recipients whose number is among ``numbers``, compared by their
    digits (a vendor answers in its own form of a number: ``+39-349...`` for ``+39349...``)."""
    wanted = {digits_of(number) for number in numbers}
    return [position for position, number in claimed.recipients if digits_of(number) in wanted]


def refused_error(vendor: str) -> InvalidRequestError:
    return InvalidRequestError("the vendor refused this recipient (listed as invalid in its answer)", vendor=vendor)


def max_batch_size(vendor: str) -> int | None:
    """The most recipients one request of ``vendor`` takes (None: no documented maximum)."""
    form = RECIPIENT_FORMS.get(vendor)
    return None if form is None else form.max_per_send


def batch_options(options: SendOptions, vendor: str, tag: str) -> SendOptions:
    """What one batch's request is sent with: the campaign's options, the batch's tag as the
    reference where the vendor has a reference field (Messaggi v2 has none: its batches carry
    none, and their unknown outcomes stay unknown), the text already transliterated."""
    carries = all(missing.option != "reference" for missing in MISSING_OPTIONS.get(vendor, ()))
    # Where there is no field, the caller's own reference stays, for the vendor's rules to refuse.
    return options.replace(reference=tag if carries else options.reference, gsm7=False)
