"""When a request is tried again, and how long smsgate waits first."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from smsgate._base.errors import parse_retry_after
from smsgate._core.retry import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    INITIAL_DELAY,
    MAX_DELAY,
    MAX_RETRY_AFTER,
    RETRYABLE_STATUSES,
    Failure,
    RetryPolicy,
    retry_delay,
    should_retry,
)

NOW = datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC)


def test_constants_and_default_policy() -> None:
    assert frozenset({408, 429}) == RETRYABLE_STATUSES  # plus every 5xx
    assert 0 < INITIAL_DELAY < MAX_DELAY < MAX_RETRY_AFTER
    assert DEFAULT_MAX_RETRIES >= 0
    assert DEFAULT_TIMEOUT > 0
    assert RetryPolicy() == RetryPolicy(
        max_retries=DEFAULT_MAX_RETRIES,
        initial_delay=INITIAL_DELAY,
        max_delay=MAX_DELAY,
        max_retry_after=MAX_RETRY_AFTER,
    )


def test_retry_policy_is_frozen() -> None:
    policy = RetryPolicy()
    with pytest.raises(AttributeError):
        policy.max_retries = 5  # type: ignore[misc]


# -- should_retry --------------------------------------------------------------------------------

# (status, retried for a read, retried for a write)
STATUS_TABLE = [
    (200, False, False),
    (400, False, False),
    (404, False, False),
    (408, True, False),
    (429, True, True),  # the vendor refused to start: safe even for a send
    (500, True, False),
    (502, True, False),
    (503, True, False),
    (504, True, False),
    (501, True, False),
    (520, True, False),  # a proxy's own status: any 5xx is a transient fault for a read
]


@pytest.mark.parametrize(("status", "read", "write"), STATUS_TABLE)
@pytest.mark.parametrize("idempotent", [True, False], ids=["read", "write"])
def test_should_retry_on_status(status: int, read: bool, write: bool, idempotent: bool) -> None:
    expected = read if idempotent else write
    assert should_retry(idempotent=idempotent, status=status) is expected


# (failure, retried for a read, retried for a write)
FAILURE_TABLE = [
    (Failure.NOT_CONNECTED, True, True),  # the request never left: safe even for a send
    (Failure.TIMED_OUT, True, False),
    (Failure.BROKEN, True, False),
]


@pytest.mark.parametrize(("failure", "read", "write"), FAILURE_TABLE)
@pytest.mark.parametrize("idempotent", [True, False], ids=["read", "write"])
def test_should_retry_on_failure(failure: Failure, read: bool, write: bool, idempotent: bool) -> None:
    expected = read if idempotent else write
    assert should_retry(idempotent=idempotent, failure=failure) is expected


def test_failure_table_covers_every_failure() -> None:
    assert {row[0] for row in FAILURE_TABLE} == set(Failure)


@pytest.mark.parametrize("failure", list(Failure))
@pytest.mark.parametrize("status", [200, 429, 503])
def test_failure_decides_when_both_are_given(failure: Failure, status: int) -> None:
    # A failed attempt has no meaningful status: the failure alone decides.
    assert should_retry(idempotent=False, status=status, failure=failure) is (failure is Failure.NOT_CONNECTED)
    assert should_retry(idempotent=True, status=status, failure=failure) is True


@pytest.mark.parametrize("idempotent", [True, False])
def test_should_retry_without_status_or_failure_is_false(idempotent: bool) -> None:
    assert should_retry(idempotent=idempotent) is False


@given(st.integers(min_value=100, max_value=599), st.booleans())
def test_should_retry_any_status(status: int, idempotent: bool) -> None:
    expected = status == 429 or (idempotent and (status in RETRYABLE_STATUSES or status >= 500))
    assert should_retry(idempotent=idempotent, status=status) is expected


# -- parse_retry_after ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        (" 7 ", 7.0),
        ("1.5", 1.5),
        ("0.25", 0.25),
        ("-5", 0.0),
        ("-0.5", 0.0),
        ("3600", 3600.0),  # parsing does not cap; retry_delay and the caller do
    ],
)
def test_parse_retry_after_seconds(header: str, expected: float) -> None:
    assert parse_retry_after(header, now=NOW) == expected


def test_parse_retry_after_http_date_in_the_future() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:29:00 GMT", now=NOW) == 60.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=NOW) == 30.0


def test_parse_retry_after_http_date_now_is_zero() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=NOW) == 0.0


def test_parse_retry_after_http_date_in_the_past_is_zero() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now=NOW) == 0.0
    assert parse_retry_after("Tue, 20 Oct 2015 07:28:00 GMT", now=NOW) == 0.0


def test_parse_retry_after_http_date_with_offset() -> None:
    # 09:29 at +0200 is 07:29 UTC.
    assert parse_retry_after("Wed, 21 Oct 2015 09:29:00 +0200", now=NOW) == 60.0


def test_parse_retry_after_http_date_without_zone_is_utc() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:30:00", now=NOW) == 120.0


def test_parse_retry_after_http_date_uses_the_clock_without_now() -> None:
    future = datetime.now(UTC) + timedelta(hours=1)
    header = future.strftime("%a, %d %b %Y %H:%M:%S GMT")
    seconds = parse_retry_after(header)
    assert seconds is not None
    assert 3500 < seconds <= 3600


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "   ",
        "soon",
        "12 seconds",
        "Wed, 32 Oct 2015 07:28:00 GMT",
        "inf",
        "-inf",
        "Infinity",
        "nan",
        "NaN",
        "1e400",
    ],
)
def test_parse_retry_after_unreadable_is_none(header: str | None) -> None:
    assert parse_retry_after(header, now=NOW) is None


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_parse_retry_after_round_trips_non_negative_seconds(seconds: float) -> None:
    assert parse_retry_after(repr(seconds), now=NOW) == seconds


@given(st.text())
def test_parse_retry_after_never_raises_and_is_finite_and_non_negative(header: str) -> None:
    seconds = parse_retry_after(header, now=NOW)
    assert seconds is None or (math.isfinite(seconds) and seconds >= 0)


# -- retry_delay ---------------------------------------------------------------------------------

POLICY = RetryPolicy(initial_delay=0.5, max_delay=8.0, max_retry_after=60.0)


@pytest.mark.parametrize(
    ("attempt", "base"),
    [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (6, 8.0), (10, 8.0), (50, 8.0)],
)
def test_retry_delay_base_doubles_then_caps(attempt: int, base: float) -> None:
    assert retry_delay(attempt, POLICY, jitter=1.0) == base
    assert retry_delay(attempt, POLICY, jitter=0.0) == base / 2


def test_retry_delay_grows_monotonically() -> None:
    for jitter in (0.0, 0.5, 1.0):
        delays = [retry_delay(attempt, POLICY, jitter=jitter) for attempt in range(1, 20)]
        assert delays == sorted(delays)
        assert delays[0] < delays[-1]
        assert max(delays) <= POLICY.max_delay


def test_retry_delay_jitter_bounds() -> None:
    assert retry_delay(3, POLICY, jitter=0.0) == 1.0  # half of the base 2.0
    assert retry_delay(3, POLICY, jitter=1.0) == 2.0  # all of it
    assert retry_delay(3, POLICY, jitter=0.5) == 1.5


def test_retry_delay_random_jitter_stays_within_half_and_all_of_the_base() -> None:
    delays = {retry_delay(4, POLICY) for _ in range(200)}
    assert all(2.0 <= delay <= 4.0 for delay in delays)
    assert len(delays) > 1  # the jitter is actually random


def test_retry_delay_honours_a_custom_policy() -> None:
    policy = RetryPolicy(initial_delay=0.1, max_delay=0.3)
    assert [retry_delay(attempt, policy, jitter=1.0) for attempt in (1, 2, 3, 4)] == pytest.approx([0.1, 0.2, 0.3, 0.3])


@pytest.mark.parametrize("retry_after", [0.0, 1.0, 30.0, 60.0])
def test_retry_after_wins(retry_after: float) -> None:
    for attempt in (1, 5):
        for jitter in (0.0, 1.0):
            assert retry_delay(attempt, POLICY, retry_after, jitter=jitter) == retry_after


def test_retry_after_wins_even_above_max_delay() -> None:
    assert retry_delay(1, POLICY, 30.0) == 30.0 > POLICY.max_delay


@pytest.mark.parametrize("retry_after", [60.5, 120.0, 86400.0])
def test_retry_after_is_capped_at_max_retry_after(retry_after: float) -> None:
    assert retry_delay(1, POLICY, retry_after) == POLICY.max_retry_after


@given(
    st.integers(min_value=1, max_value=50),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_retry_delay_within_bounds(attempt: int, jitter: float) -> None:
    delay = retry_delay(attempt, POLICY, jitter=jitter)
    assert 0.0 <= delay <= POLICY.max_delay
    base = min(POLICY.max_delay, POLICY.initial_delay * 2 ** (attempt - 1))
    assert base / 2 <= delay <= base


@given(st.integers(min_value=1, max_value=50))
def test_retry_delay_default_policy_within_bounds(attempt: int) -> None:
    assert 0.0 <= retry_delay(attempt, RetryPolicy()) <= MAX_DELAY


@given(st.floats(min_value=0.0, max_value=1e6, allow_nan=False), st.integers(min_value=1, max_value=50))
def test_retry_after_delay_within_bounds(retry_after: float, attempt: int) -> None:
    delay = retry_delay(attempt, POLICY, retry_after)
    assert delay == min(retry_after, POLICY.max_retry_after)
    assert 0.0 <= delay <= POLICY.max_retry_after


def test_retry_delay_stays_capped_for_huge_attempt_numbers() -> None:
    assert retry_delay(2000, RetryPolicy(), jitter=1.0) == MAX_DELAY


def test_negative_retry_after_is_no_wait() -> None:
    assert retry_delay(1, RetryPolicy(), retry_after=-3.0) == 0.0
