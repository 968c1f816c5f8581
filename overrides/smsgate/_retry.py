"""When to try a request again, and how long to wait: constants and pure functions.

Reads (GET operations) are retried on connection errors, timeouts, 408, 429 and 5xx. Writes
(everything else, and GETs a spec marks ``x-smsgate-idempotent: false``) are retried only when
the request provably never reached the vendor (the connection was never established) or the
vendor answered 429; any other failure of a write raises SendOutcomeUnknown.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import Enum

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


def should_retry(*, idempotent: bool, status: int | None = None, failure: Failure | None = None) -> bool:
    """Whether one more attempt is safe and useful (the attempt budget is checked by the caller)."""
    if failure is not None:
        return idempotent or failure is Failure.NOT_CONNECTED
    if status == 429:
        return True
    return idempotent and status is not None and (status in RETRYABLE_STATUSES or 500 <= status <= 599)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)


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
