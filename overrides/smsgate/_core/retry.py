"""When to try a request again, and how long to wait; the attempts loop, written once and sans-IO.

Reads (GET operations) are retried on connection errors, timeouts, 408, 429 and 5xx. Writes
(everything else, and GETs a spec marks ``x-smsgate-idempotent: false``) are retried only when
the request provably never reached the vendor (the connection was never established) or the
vendor answered 429; any other failure of a write raises SendOutcomeUnknown.

``attempts`` is a generator of actions (send this request, sleep this long) that the sync and
async clients drive with their own I/O; what its final failure means is ``_failures``'.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from enum import Enum

import httpx

from .._base.errors import parse_retry_after
from .response import Received

logger = logging.getLogger("smsgate")

DEFAULT_MAX_RETRIES = 2
DEFAULT_TIMEOUT = 10.0  # seconds, per attempt (connect, read, write and pool each)
INITIAL_DELAY = 0.5  # seconds before the first retry
MAX_DELAY = 8.0  # cap of the exponential backoff
MAX_RETRY_AFTER = 60.0  # a vendor's Retry-After above this is not waited for: the error is raised
RETRYABLE_STATUSES = frozenset({408, 429})  # and every 5xx, see is_retryable_status
MAX_EXPONENT = 32  # attempts past this keep the capped delay (2**n would overflow a float)


class Failure(Enum):
    """What went wrong with one attempt, as far as retrying is concerned."""

    NOT_CONNECTED = "the connection was never established"  # the request never left
    TIMED_OUT = "timed out"
    BROKEN = "the connection broke"  # after the request may have been written


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_DELAY
    max_delay: float = MAX_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    # False: a 429 is returned at once, for a caller that paces every worker itself (a campaign
    # waits out each vendor's Retry-After once for all its workers, says so, or fails over).
    retry_rate_limited: bool = True


def should_retry(*, idempotent: bool, status: int | None = None, failure: Failure | None = None) -> bool:
    """Whether one more attempt is safe and useful (the attempt budget is checked by the caller)."""
    if failure is not None:
        return idempotent or failure is Failure.NOT_CONNECTED
    if status == 429:
        return True
    return idempotent and status is not None and (status in RETRYABLE_STATUSES or 500 <= status <= 599)


def retry_delay(
    attempt: int, policy: RetryPolicy, retry_after: float | None = None, *, jitter: float | None = None
) -> float:
    """Seconds before retry number ``attempt`` (1 for the first retry).

    The vendor's Retry-After wins when given; otherwise exponential backoff with full jitter
    between half and all of ``initial_delay * 2**(attempt-1)``, capped at ``max_delay``.
    """
    if retry_after is not None:
        return min(max(0.0, retry_after), policy.max_retry_after)
    base: float = min(policy.max_delay, policy.initial_delay * 2.0 ** min(attempt - 1, MAX_EXPONENT))
    fraction = random.random() if jitter is None else jitter
    return base * (0.5 + 0.5 * fraction)


@dataclass(frozen=True)
class Send:
    request: httpx.Request


@dataclass(frozen=True)
class Sleep:
    seconds: float


Action = Send | Sleep


@dataclass(frozen=True)
class Failed:
    failure: Failure
    error: Exception = field(repr=False)  # httpx errors may quote the keyed URL


Outcome = Received | Failed | None


class AttemptTimeout(httpx.TimeoutException):
    """An attempt ran past its wall-clock deadline (its timeout), though no single read timed out."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


def classify(error: Exception) -> Failure:
    """Which kind of transport failure this is, as far as a replay is concerned."""
    # httpx raises ProxyError only while setting a tunnel up (a CONNECT the proxy refused, a SOCKS
    # handshake): the request itself never left, as with a connection never established.
    if isinstance(
        error,
        httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.UnsupportedProtocol | httpx.ProxyError,
    ):
        return Failure.NOT_CONNECTED
    if isinstance(error, httpx.TimeoutException):
        return Failure.TIMED_OUT
    return Failure.BROKEN


def attempts(
    request: httpx.Request, *, idempotent: bool, policy: RetryPolicy, shown: Callable[[httpx.URL], str]
) -> Generator[Action, Outcome, Received | Failed]:
    """Send ``request`` until it is answered without a retry being due, may not be replayed, or the
    budget is spent; the last answer or failure is returned. ``shown`` redacts a URL for the log.

    Whether a failed attempt may be replayed is the operation's (``idempotent``: its method, or
    its spec's ``x-smsgate-idempotent``), whichever public call reached it.
    """
    attempt = 0
    while True:
        # The redacted URL costs a URL rebuild, and the clock a call: only when debug logging is on.
        debug = logger.isEnabledFor(logging.DEBUG)
        started = time.perf_counter() if debug else 0.0
        if debug:
            logger.debug("%s %s (attempt %d)", request.method, shown(request.url), attempt + 1)
        outcome = yield Send(request)
        if isinstance(outcome, Failed):
            if debug:
                logger.debug("%s %s failed: %s", request.method, shown(request.url), outcome.failure.value)
            if attempt < policy.max_retries and should_retry(idempotent=idempotent, failure=outcome.failure):
                attempt += 1
                yield Sleep(retry_delay(attempt, policy))
                continue
            return outcome
        assert isinstance(outcome, Received)
        status = outcome.response.status_code
        if debug:
            logger.debug(
                "%s %s -> %d (%d bytes, %.3f s)",
                request.method,
                shown(request.url),
                status,
                len(outcome.content),
                time.perf_counter() - started,
            )
        if status == 429 and not policy.retry_rate_limited:
            return outcome
        # Below 400 nothing is retried (should_retry's statuses are 408, 429 and 5xx): no call for it.
        if status >= 400 and attempt < policy.max_retries and should_retry(idempotent=idempotent, status=status):
            retry_after = parse_retry_after(outcome.response.headers.get("Retry-After"))
            if retry_after is None or retry_after <= policy.max_retry_after:
                attempt += 1
                yield Sleep(retry_delay(attempt, policy, retry_after))
                continue
        return outcome
