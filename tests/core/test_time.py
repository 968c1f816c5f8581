"""Vendor timestamps become timezone-aware UTC datetimes, or None when they are not plausible dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from smsgate._base.time import (
    EARLIEST,
    LATEST,
    PARIS,
    from_epoch_ms,
    from_epoch_seconds,
    from_iso,
    from_messaggi,
    from_paris_local,
    from_smspartner,
)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ONE_MS = timedelta(milliseconds=1)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, micro: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)


def assert_utc(moment: datetime | None, expected: datetime) -> None:
    assert moment is not None
    assert moment.tzinfo is UTC
    # Compare in UTC: PEP 495 makes datetimes in a DST fold unequal to any other zone's.
    assert moment == expected.astimezone(UTC)


# -- Primotexto: epoch milliseconds --------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1423345186000, utc(2015, 2, 7, 21, 39, 46)),
        ("1423345186000", utc(2015, 2, 7, 21, 39, 46)),
        (1423345186123, utc(2015, 2, 7, 21, 39, 46, 123000)),
        (1423345186000.0, utc(2015, 2, 7, 21, 39, 46)),
        (1583244661371, utc(2020, 3, 3, 14, 11, 1, 371000)),
        (946684800000, utc(2000, 1, 1)),  # EARLIEST itself is accepted
        (4102444799999, utc(2099, 12, 31, 23, 59, 59, 999000)),
    ],
)
def test_from_epoch_ms(value: Any, expected: datetime) -> None:
    assert_utc(from_epoch_ms(value), expected)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1423345186, utc(2015, 2, 7, 21, 39, 46)),
        ("1423345186", utc(2015, 2, 7, 21, 39, 46)),
        (1423345186.5, utc(2015, 2, 7, 21, 39, 46, 500000)),
        (946684800, utc(2000, 1, 1)),
    ],
)
def test_from_epoch_seconds(value: Any, expected: datetime) -> None:
    assert_utc(from_epoch_seconds(value), expected)


INVALID: list[Any] = [
    None,
    "",
    "   ",
    "garbage",
    "12:30",
    True,
    False,
    [],
    {},
    [1423345186000],
    float("nan"),
    float("inf"),
    float("-inf"),
    "nan",
    "inf",
    "1e400",
    10**400,
]


@pytest.mark.parametrize("value", INVALID)
def test_epoch_garbage_is_none(value: Any) -> None:
    assert from_epoch_ms(value) is None
    assert from_epoch_seconds(value) is None


@pytest.mark.parametrize(
    "value",
    [
        0,  # the usual "no date" placeholder
        -1,
        946684799999,  # one millisecond before EARLIEST
        4102444800000,  # LATEST itself is excluded
        1423345186,  # seconds read as milliseconds: 1970
        1423345186000000,  # microseconds read as milliseconds: year 47000
        10**18,
        -(10**18),
    ],
)
def test_epoch_ms_out_of_range_is_none(value: int) -> None:
    assert from_epoch_ms(value) is None
    assert from_epoch_ms(str(value)) is None


@pytest.mark.parametrize("value", [0, 1423345186000, 4102444800, 10**15, -1])
def test_epoch_seconds_out_of_range_is_none(value: int) -> None:
    assert from_epoch_seconds(value) is None


# -- SMS Partner: epoch seconds or Paris local time ---------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-02-07 22:39:46", utc(2015, 2, 7, 21, 39, 46)),  # winter: UTC+1
        ("2015-07-14 22:39:46", utc(2015, 7, 14, 20, 39, 46)),  # summer: UTC+2
        ("  2015-02-07 22:39:46\n", utc(2015, 2, 7, 21, 39, 46)),
        ("2015-01-01 00:30:00", utc(2014, 12, 31, 23, 30)),  # crosses midnight and the year
        # Around the 2021 switch to summer time (Sunday 28 March, 02:00 -> 03:00).
        ("2021-03-28 01:59:59", utc(2021, 3, 28, 0, 59, 59)),
        ("2021-03-28 03:00:00", utc(2021, 3, 28, 1, 0, 0)),
        # Around the 2021 switch back to winter time (Sunday 31 October, 03:00 -> 02:00).
        ("2021-10-31 01:59:59", utc(2021, 10, 30, 23, 59, 59)),
        ("2021-10-31 03:00:00", utc(2021, 10, 31, 2, 0, 0)),
    ],
)
def test_from_paris_local(value: str, expected: datetime) -> None:
    assert_utc(from_paris_local(value), expected)
    assert_utc(from_smspartner(value), expected)


def test_paris_ambiguous_hour_is_one_of_its_two_instants() -> None:
    # 02:30 happens twice on 2021-10-31: at 00:30 UTC (summer time) and at 01:30 UTC (winter time).
    moment = from_smspartner("2021-10-31 02:30:00")
    assert moment in (utc(2021, 10, 31, 0, 30), utc(2021, 10, 31, 1, 30))


def test_paris_nonexistent_hour_still_lands_in_the_gap() -> None:
    # 02:30 never happens on 2021-03-28; the answer is still within the skipped hour's UTC span.
    moment = from_smspartner("2021-03-28 02:30:00")
    assert moment is not None
    assert utc(2021, 3, 28, 0, 30) <= moment <= utc(2021, 3, 28, 1, 30)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1423345186", utc(2015, 2, 7, 21, 39, 46)),
        (" 1423345186 ", utc(2015, 2, 7, 21, 39, 46)),
        (1423345186, utc(2015, 2, 7, 21, 39, 46)),
        (1423345186.5, utc(2015, 2, 7, 21, 39, 46, 500000)),
    ],
)
def test_from_smspartner_epoch_seconds(value: Any, expected: datetime) -> None:
    assert_utc(from_smspartner(value), expected)


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "garbage",
        "2015-02-07",
        "22:39:46",
        "2015-02-07T22:39:46",
        "07/02/2015 22:39:46",
        "2015-02-30 10:00:00",
        "2015-13-01 10:00:00",
        "2015-02-07 25:00:00",
        "0000-00-00 00:00:00",
        "0",  # epoch 0: the placeholder
        "1423345186000",  # milliseconds where seconds are expected
        True,
        [],
        {},
    ],
)
def test_from_smspartner_garbage_is_none(value: Any) -> None:
    assert from_smspartner(value) is None


@pytest.mark.parametrize("value", ["", "garbage", "2015-02-07", "2015-02-07 22:39", "2015-02-07 22:39:46+01:00"])
def test_from_paris_local_garbage_is_none(value: str) -> None:
    assert from_paris_local(value) is None


def test_from_smspartner_year_one_is_none_not_a_crash() -> None:
    assert from_smspartner("0001-01-01 00:00:00") is None


@pytest.mark.parametrize(
    "value",
    ["1970-01-01 01:00:00", "1900-01-01 00:00:00", "2150-06-01 12:00:00"],
)
def test_from_smspartner_out_of_range_text_is_none(value: str) -> None:
    assert from_smspartner(value) is None


# -- Messaggi: {"$date": {"$numberLong": ms}} or ISO 8601 ---------------------------------------

MESSAGGI_INSTANT = utc(2020, 3, 3, 14, 11, 3, 168000)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"$date": {"$numberLong": "1583244661371"}}, utc(2020, 3, 3, 14, 11, 1, 371000)),
        ({"$date": {"$numberLong": 1583244663168}}, MESSAGGI_INSTANT),
        ({"$date": 1583244663168}, MESSAGGI_INSTANT),
        ({"$date": "2020-03-03T15:11:03.168+0100"}, MESSAGGI_INSTANT),
        ("2020-03-03T15:11:03.168+0100", MESSAGGI_INSTANT),
        ("2020-03-03T15:11:03.168+01:00", MESSAGGI_INSTANT),
        ("2020-03-03T14:11:03.168Z", MESSAGGI_INSTANT),
        ("2020-03-03T14:11:03.168+0000", MESSAGGI_INSTANT),
        ("2020-03-03T09:11:03.168-0500", MESSAGGI_INSTANT),
        (" 2020-03-03T15:11:03.168+0100 ", MESSAGGI_INSTANT),
        ("2020-03-03T15:11:03+0100", utc(2020, 3, 3, 14, 11, 3)),
        ("1583244663168", MESSAGGI_INSTANT),
        (1583244663168, MESSAGGI_INSTANT),
    ],
)
def test_from_messaggi(value: Any, expected: datetime) -> None:
    assert_utc(from_messaggi(value), expected)


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "garbage",
        "2020-03-03T15:11:03.168",  # no offset: ambiguous
        "2020-03-03",
        "2020-03-03T25:11:03+0100",
        {},
        {"$date": None},
        {"$date": ""},
        {"$date": "garbage"},
        {"$date": {}},
        {"$date": {"$numberLong": None}},
        {"$date": {"$numberLong": "garbage"}},
        {"$date": {"$numberLong": "0"}},
        {"$date": {"$numberLong": "1583244661"}},  # seconds where milliseconds are expected
        {"$date": {"$numberLong": True}},
        {"date": 1583244663168},
        [],
        True,
        0,
    ],
)
def test_from_messaggi_garbage_is_none(value: Any) -> None:
    assert from_messaggi(value) is None


@pytest.mark.parametrize("value", ["", "garbage", "2020-03-03T15:11:03", "2020-03-03"])
def test_from_iso_without_offset_or_garbage_is_none(value: str) -> None:
    assert from_iso(value) is None


def test_from_messaggi_year_one_is_none_not_a_crash() -> None:
    assert from_messaggi("0001-01-01T00:00:00+0100") is None


@pytest.mark.parametrize("value", ["1970-01-01T00:00:00+0000", "2150-01-01T00:00:00+0000"])
def test_from_messaggi_out_of_range_iso_is_none(value: str) -> None:
    assert from_messaggi(value) is None


# -- properties ----------------------------------------------------------------------------------

aware_datetimes = st.datetimes(
    min_value=datetime(2001, 1, 1),
    max_value=datetime(2099, 12, 31, 23, 59, 59),
    timezones=st.timezones(),
    allow_imaginary=False,
)


def _epoch_ms(moment: datetime) -> int:
    return (moment - EPOCH) // ONE_MS


@given(aware_datetimes)
def test_epoch_ms_round_trip(moment: datetime) -> None:
    ms = _epoch_ms(moment)
    for value in (ms, str(ms), {"$date": {"$numberLong": str(ms)}}):
        back = from_messaggi(value) if isinstance(value, dict) else from_epoch_ms(value)
        assert back is not None
        assert back.tzinfo is UTC
        assert abs(back - moment.astimezone(UTC)) < ONE_MS
        assert EARLIEST <= back < LATEST


@given(aware_datetimes)
def test_epoch_seconds_round_trip(moment: datetime) -> None:
    seconds = (moment - EPOCH) // timedelta(seconds=1)
    back = from_smspartner(str(seconds))
    assert back is not None
    assert back.tzinfo is UTC
    assert timedelta(0) <= moment.astimezone(UTC) - back < timedelta(seconds=1)


@given(aware_datetimes)
def test_iso_round_trip(moment: datetime) -> None:
    assert_utc(from_messaggi(moment.isoformat()), moment)
    assert_utc(from_messaggi(moment.strftime("%Y-%m-%dT%H:%M:%S.%f%z")), moment)


@given(aware_datetimes)
def test_paris_local_round_trip(moment: datetime) -> None:
    local = moment.astimezone(UTC).astimezone(PARIS)  # fold=1 only for the repeated autumn hour
    back = from_smspartner(local.strftime("%Y-%m-%d %H:%M:%S"))
    assert back is not None
    assert back.tzinfo is UTC
    expected = moment.astimezone(UTC).replace(microsecond=0)
    if local.fold == 0:
        assert back == expected
    else:  # the second 02:xx of the autumn switch reads as the first one, an hour earlier
        assert back == expected - timedelta(hours=1)
