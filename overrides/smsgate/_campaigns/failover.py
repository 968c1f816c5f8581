"""Failover over an ordered list of vendor clients: the next vendor only when the first provably did not send.

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
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Generic, TypeVar, Unpack

from .. import _client
from .._base.errors import (
    AuthenticationError,
    ClientUsageError,
    InsufficientCreditError,
    InvalidRequestError,
    RateLimitError,
    SendOutcomeUnknown,
    ServerError,
    SmsGateError,
    TransportError,
)
from .._text.send_options import SendKwargs

if TYPE_CHECKING:
    from .._base.models import DeliveryReport, SendResult
    from .._client import AsyncClient, Client

__all__ = ["AsyncFailoverClient", "CircuitBreaker", "FailoverClient", "FailoverResult", "Verdict", "verdict"]

DEFAULT_BREAKER_FAILURES = 3
DEFAULT_BREAKER_COOLDOWN = 30.0  # seconds
DEFAULT_RATE_LIMIT_WAIT = 5.0  # seconds: a longer Retry-After sends the batch to the next vendor

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
            raise InvalidRequestError(f"breaker_failures must be a whole number >= 1, not {failures!r}")
        _check_seconds(cooldown, "breaker_cooldown")
        self.failures = failures
        self.cooldown = float(cooldown)
        self._clock = clock
        self._lock = threading.Lock()
        self._in_a_row: dict[str, int] = {}
        self._open_until: dict[str, float] = {}

    def available(self, vendor: str) -> bool:
        with self._lock:
            return self._open_until.get(vendor, -math.inf) <= self._clock()

    def succeeded(self, vendor: str) -> None:
        with self._lock:
            self._in_a_row[vendor] = 0
            self._open_until.pop(vendor, None)

    def failed(self, vendor: str, error: SmsGateError) -> None:
        if not isinstance(error, VENDOR_FAILURES):
            return  # a refused recipient says nothing about the vendor's health
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


def _check_seconds(value: object, name: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise InvalidRequestError(f"{name} must be a finite number of seconds >= 0, not {value!r}")


@dataclass(frozen=True)
class FailoverResult:
    """What a failover send did, recipient by recipient.

    ``sends`` holds one ``SendResult`` per request a vendor accepted (each names its vendor and
    message id: ``status()`` follows each recipient there). ``refused`` maps each number no vendor
    accepted to the last error; ``unknown`` each number whose send may have reached a vendor (never
    sent again: check it with the vendor).
    """

    sends: tuple[SendResult, ...] = ()
    refused: dict[str, SmsGateError] = field(default_factory=dict)
    unknown: dict[str, SendOutcomeUnknown] = field(default_factory=dict)

    @property
    def accepted(self) -> list[str]:
        return [number for sent in self.sends for number in sent.accepted]

    @property
    def complete(self) -> bool:
        """Every recipient accepted by some vendor."""
        return not self.refused and not self.unknown


C = TypeVar("C", "Client", "AsyncClient")


class _FailoverBase(Generic[C]):
    client_class: type[Client] | type[AsyncClient]

    def __init__(
        self,
        clients: Sequence[C],
        *,
        breaker: CircuitBreaker | None = None,
        rate_limit_wait: float = DEFAULT_RATE_LIMIT_WAIT,
    ) -> None:
        clients = list(clients) if isinstance(clients, Iterable) and not isinstance(clients, str) else []
        if not clients:
            raise InvalidRequestError("a failover needs at least one client")
        for client in clients:
            if not isinstance(client, self.client_class):
                raise InvalidRequestError(
                    f"a {type(self).__name__} takes smsgate.{self.client_class.__name__} objects, "
                    f"not {type(client).__name__}"
                )
        vendors = [getattr(client, "vendor", None) for client in clients]
        if len(set(vendors)) != len(vendors):
            raise InvalidRequestError(f"each vendor may appear once in a failover, not {vendors}")
        _check_seconds(rate_limit_wait, "rate_limit_wait")
        self.clients: dict[str, C] = dict(zip((str(vendor) for vendor in vendors), clients, strict=True))
        self.vendors: tuple[str, ...] = tuple(self.clients)
        self.breaker = breaker or CircuitBreaker()
        self.rate_limit_wait = float(rate_limit_wait)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendors={list(self.vendors)!r})"

    def _client_for(self, vendor: str) -> C:
        client = self.clients.get(vendor)
        if client is None:
            raise InvalidRequestError(f"this failover has no {vendor} client (it has {', '.join(self.vendors)})")
        return client


class FailoverClient(_FailoverBase["Client"]):
    """Send through the first vendor that can take the message, never twice (see the module doc).

    ``FailoverClient([smsgate.Client("smspartner"), smsgate.Client("primotexto")])``. The clients
    stay yours to close. Usable alone (``send``) and by bulk sends (``smsgate.Campaign.run``).
    """

    client_class = _client.Client

    def send(self, to: str | Sequence[str], text: str, **options: Unpack[SendKwargs]) -> FailoverResult:
        """Send to every recipient through the first vendor that accepts it, with ``send``'s options
        (``sender`` may be a ``{vendor: sender}`` mapping), checked with every vendor's rules first.

        Returns what happened to each recipient when at least one was accepted; raises the error
        (the unknown outcome first, else the last refusal) when none was.
        """
        from .bulk import Campaign

        campaign = Campaign.create(None, _numbers(to), text, client=self, **options)
        campaign._checked_for = self  # create just ran every vendor's rules: the run does not again
        try:
            campaign.run(self, concurrency=1)
            return campaign.failover_result()
        finally:
            campaign.close()

    def status(self, sent: FailoverResult | SendResult) -> list[DeliveryReport]:
        """The delivery reports of every recipient, each asked of the vendor that accepted it."""
        reports: list[DeliveryReport] = []
        for one in sent.sends if isinstance(sent, FailoverResult) else (sent,):
            reports += self._client_for(one.vendor.value).status(one.message_id)
        return reports


class AsyncFailoverClient(_FailoverBase["AsyncClient"]):
    """The asyncio twin of ``FailoverClient``, over ``AsyncClient`` objects."""

    client_class = _client.AsyncClient

    async def send(self, to: str | Sequence[str], text: str, **options: Unpack[SendKwargs]) -> FailoverResult:
        from .bulk import Campaign

        campaign = Campaign.create(None, _numbers(to), text, client=self, **options)
        campaign._checked_for = self  # create just ran every vendor's rules: the run does not again
        try:
            await campaign.run_async(self, concurrency=1)
            return campaign.failover_result()
        finally:
            campaign.close()

    async def status(self, sent: FailoverResult | SendResult) -> list[DeliveryReport]:
        reports: list[DeliveryReport] = []
        for one in sent.sends if isinstance(sent, FailoverResult) else (sent,):
            reports += await self._client_for(one.vendor.value).status(one.message_id)
        return reports


def _numbers(to: object) -> list[str]:
    if isinstance(to, str):
        return [to]
    if not isinstance(to, Sequence) or isinstance(to, bytes | bytearray):
        raise InvalidRequestError(f"to must be a phone number or a list of them, not {type(to).__name__}")
    if not to:
        raise InvalidRequestError("no recipient given")
    return list(to)
