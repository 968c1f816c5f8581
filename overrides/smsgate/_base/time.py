"""Vendor timestamps to timezone-aware UTC datetimes.

Primotexto: epoch milliseconds. SMS Partner: epoch seconds (as text) or a naive
``YYYY-MM-DD HH:MM:SS`` in Europe/Paris local time. Messaggi: ``{"$date": {"$numberLong": ms}}``
or ISO 8601 with an offset such as ``+0100``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
_PARIS_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}")
# Plausible SMS timestamps: anything outside is a unit mix-up, not a date.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


def from_epoch_ms(value: Any) -> datetime | None:
    return _from_epoch(value, 1000)


def from_epoch_seconds(value: Any) -> datetime | None:
    return _from_epoch(value, 1)


def _from_epoch(value: Any, per_second: int) -> datetime | None:
    if isinstance(value, bool) or value is None or value == "":
        return None
    try:
        seconds = float(value) / per_second
        moment = datetime.fromtimestamp(seconds, UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None
    return moment if EARLIEST <= moment < LATEST else None


def _plausible(moment: datetime) -> datetime | None:
    """The instant in UTC when it is a plausible SMS timestamp, else None (placeholders like epoch 0)."""
    try:
        moment = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return moment if EARLIEST <= moment < LATEST else None


def from_paris_local(value: str) -> datetime | None:
    """``2015-02-07 22:39:46`` as Paris wall-clock time (DST-aware), in UTC."""
    text = value.strip()
    # fromisoformat is ten times faster than strptime; the shape check keeps strptime's strictness
    # (exactly this format, nothing fromisoformat would also take: a "T", an offset, fractions).
    if len(text) != 19 or text[10] != " " or not _PARIS_SHAPE.fullmatch(text):
        return None
    try:
        naive = datetime.fromisoformat(text)
    except ValueError:
        return None
    return _plausible(naive.replace(tzinfo=PARIS))


def from_smspartner(value: Any) -> datetime | None:
    if isinstance(value, str):
        return _from_smspartner_text(value)
    if isinstance(value, int | float):
        return from_epoch_seconds(value)
    return None


@lru_cache(maxsize=4096)
def _from_smspartner_text(value: str) -> datetime | None:
    """Memoised: a status poll reads the same dates again and again (datetimes are immutable)."""
    if value.strip().isdigit():
        return from_epoch_seconds(value)
    return from_paris_local(value)


def from_iso(value: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            moment = datetime.strptime(value.strip(), "%Y-%m-%dT%H:%M:%S.%f%z")
        except ValueError:
            return None
    if moment.tzinfo is None:
        return None  # an instant without an offset is ambiguous: say nothing rather than guess
    return _plausible(moment)


def from_messaggi(value: Any) -> datetime | None:
    if isinstance(value, dict):
        inner = value.get("$date")
        if isinstance(inner, dict):
            return from_epoch_ms(inner.get("$numberLong"))
        return from_epoch_ms(inner) if not isinstance(inner, str) else from_iso(inner)
    if isinstance(value, str):
        return from_epoch_ms(value) if value.strip().isdigit() else from_iso(value)
    return from_epoch_ms(value)
