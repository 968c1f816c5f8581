"""Helpers for the reliability suites (fault matrix, fuzzing, secret sweep).

``CountingSandbox`` counts the requests that reach the sandbox server (every attempt, faulted or
not) per vendor; ``everything_shown`` gathers every text a user could see from an exception;
``Scheduled`` gives a send time each vendor accepts for a message that stays cancellable.
"""

from __future__ import annotations

import importlib
import threading
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import smsgate
from smsgate.sandbox import Sandbox
from smsgate.sandbox._operations import SpecOperation

VENDORS = ("primotexto", "smspartner", "messaggi")
NUMBER = {"primotexto": "+33612345678", "smspartner": "+33612345678", "messaggi": "+393491234567"}
SENDER = {"primotexto": None, "smspartner": None, "messaggi": "ACME"}
TEXT = "Votre code : 123456"
# Plenty, so that hundreds of sends never run an account dry.
CREDITS = Decimal("1000000")


class CountingSandbox(Sandbox):
    """A sandbox that counts the vendor requests it is asked about (one per attempt, faults included).

    The server calls ``target`` once per request line, before any fault is applied, so the count
    includes requests the fault then resets or refuses.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._count_lock = threading.Lock()
        self.requests: Counter[str] = Counter()

    def target(self, method: str, raw_path: str) -> tuple[str | None, SpecOperation | None]:
        vendor, operation = super().target(method, raw_path)
        with self._count_lock:
            self.requests[vendor or "?"] += 1
        return vendor, operation

    def requests_to(self, vendor: str) -> int:
        with self._count_lock:
            return self.requests[vendor]


@contextmanager
def shared_ssl_context() -> Iterator[None]:
    """Every httpx client built inside shares one SSL context.

    Building the default context loads the CA bundle (about 20 ms), which would dominate suites
    that build hundreds of clients for plain-http loopback servers. The clients are otherwise
    built exactly as smsgate builds them.
    """
    module: Any = importlib.import_module("httpx._transports.default")
    original = getattr(module, "create_ssl_context", None)
    if original is None:  # another httpx layout: no shortcut, just slower
        yield
        return
    shared = original()
    module.create_ssl_context = lambda *args, **kwargs: shared
    try:
        yield
    finally:
        module.create_ssl_context = original


def scheduled_at(vendor: str) -> datetime | None:
    """A send time far enough ahead that the message stays queued (so cancellable) for the test."""
    if vendor == "messaggi":  # by day only: midnight, Europe/Rome
        rome = ZoneInfo("Europe/Rome")
        day = datetime.now(rome).date() + timedelta(days=3)
        return datetime(day.year, day.month, day.day, tzinfo=rome)
    if vendor == "smspartner":  # on 5-minute marks
        moment = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=1)
        return moment.replace(minute=moment.minute - moment.minute % 5)
    return None  # Primotexto has no cancel


def everything_shown(error: BaseException) -> str:
    """Every text a user could see from an error: str, repr, notes, the whole chain, the traceback."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current), *getattr(current, "__notes__", [])]
        current = current.__cause__ or current.__context__
    parts.append("".join(traceback.format_exception(error)))
    return "\n".join(parts)


def outcome_class(error: BaseException | None) -> str:
    return "ok" if error is None else type(error).__name__


def is_typed(error: BaseException | None) -> bool:
    return error is None or isinstance(error, smsgate.SmsGateError)
