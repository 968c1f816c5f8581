"""Helpers for the reliability suites (fault matrix, fuzzing, secret sweep).

``CountingSandbox`` counts the requests that reach the sandbox server (every attempt, faulted or
not) per vendor and per operation; ``TamperingSandbox`` also replaces the answer of one operation
after carrying the request out (a 2xx whose body is HTML, empty, of the wrong shape or too large);
``everything_shown`` gathers every text a user could see from an exception,
``traceback_with_locals`` the traceback as ``pytest -l`` shows it (every frame's locals),
``internal_reprs`` the repr of every object a client holds, and ``every_logger`` captures what
every logger of the process emits; ``scheduled_at`` gives a send time each vendor accepts for a
message that stays cancellable.
"""

from __future__ import annotations

import importlib
import logging
import threading
import traceback
import types
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus
from zoneinfo import ZoneInfo

import smsgate
from smsgate._base.spec import VENDORS as VENDORS  # the one vendor list, re-exported for the suites
from smsgate._base.spec import vendor_spec
from smsgate._vendors.options import ENV_VARS
from smsgate.sandbox import Sandbox
from smsgate.sandbox._operations import SpecOperation
from smsgate.sandbox._sandbox import Wire

NUMBER = {
    "primotexto": "+33612345678",
    "smspartner": "+33612345678",
    "messaggi": "+393491234567",
    "messaggi_v2": "+393491234567",
}
SENDER = {"primotexto": None, "smspartner": None, "messaggi": "ACME", "messaggi_v2": "ACME"}
# Each vendor's key variable, as its client reads it; the vendors whose key travels in an HTTP
# header (a bearer token or an API-key header: ASCII only).
KEY_VARIABLES = dict(ENV_VARS)
HEADER_VENDORS = tuple(v for v in VENDORS if vendor_spec(v).bearer or vendor_spec(v).header_auth)
# Ids of the spec examples' messages, for the calls that need one.
MESSAGE_ID = {
    "primotexto": "386479",
    "smspartner": "307",
    "messaggi": "5d443a6e9f2725660f3db347",
    "messaggi_v2": "633aabe3e4a9a0e69811ad7f",
}
# The unified calls a vendor's API has nothing for: UnsupportedOperationError, and no request.
UNSUPPORTED = {("primotexto", "cancel"), ("messaggi_v2", "cancel"), ("messaggi_v2", "credits")}
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
        self.operation_requests: Counter[tuple[str, str]] = Counter()

    def target(self, method: str, raw_path: str) -> tuple[str | None, SpecOperation | None]:
        vendor, operation = super().target(method, raw_path)
        with self._count_lock:
            self.requests[vendor or "?"] += 1
            self.operation_requests[vendor or "?", operation.operation_id if operation else "?"] += 1
        return vendor, operation

    def requests_to(self, vendor: str) -> int:
        with self._count_lock:
            return self.requests[vendor]

    def requests_for(self, vendor: str, operation_id: str) -> int:
        with self._count_lock:
            return self.operation_requests[vendor, operation_id]


Tamper = Callable[[SpecOperation, Wire], Wire]


class TamperingSandbox(CountingSandbox):
    """A counting sandbox that can replace the answer to one operation once it has carried it out.

    ``tamper(vendor, operation_id, rewrite)``: every later request for that operation is carried
    out as usual (state changes, sends counted), then ``rewrite(operation, wire)`` gives the answer
    that goes on the wire instead. ``tamper(None, None, None)`` switches it off.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._tampered: tuple[str, str, Tamper] | None = None

    def tamper(self, vendor: str | None, operation_id: str | None, rewrite: Tamper | None) -> None:
        self._tampered = (
            None if vendor is None or operation_id is None or rewrite is None else (vendor, operation_id, rewrite)
        )

    def respond(self, method: str, raw_path: str, query: str, headers: Any, body: bytes) -> Wire:
        wire = super().respond(method, raw_path, query, headers, body)
        tampered = self._tampered
        if tampered is None:
            return wire
        vendor, operation = Sandbox.target(self, method, raw_path)  # the uncounted lookup
        if operation is None or (vendor, operation.operation_id) != tampered[:2]:
            return wire
        return tampered[2](operation, wire)


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
    return None  # Primotexto and Messaggi v2 have no cancel


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


# -- where a key could show ---------------------------------------------------------------------------

TESTS_DIR = Path(__file__).resolve().parent


def secret_forms(key: str) -> set[str]:
    """The key as any surface could spell it: raw, stripped, percent-encoded, escaped as repr() does."""
    forms = {key, key.strip()}
    for form in list(forms):
        forms |= {quote(form, safe="", errors="surrogatepass"), quote_plus(form, errors="surrogatepass")}
        forms |= {repr(form)[1:-1], ascii(form)[1:-1], form.encode("unicode_escape").decode("ascii")}
    return {form for form in forms if form}


def shows(text: str, key: str) -> bool:
    return any(form in text for form in secret_forms(key))


def traceback_with_locals(error: BaseException) -> str:
    """The traceback as ``pytest -l`` shows it: every frame with the repr of its locals, whole chain.

    Frames of the test files themselves are left out: they hold the key on purpose (the caller's
    own frame always does); what is checked is every frame of smsgate and the libraries below it.
    When a local's repr raises (Python 3.11 does not guard it), the text starts with
    ``LOCALS_UNFORMATTABLE``: the caller reports it, and the locals are shown as safely as possible.
    """
    try:
        formatted = traceback.TracebackException.from_exception(error, capture_locals=True)
    except Exception as failure:  # a repr raised: a user's pytest -l / logging would hit it too
        return f"{LOCALS_UNFORMATTABLE} {type(failure).__name__}: {failure}\n" + _safe_locals(error)
    for current in _chain(formatted):
        kept = [frame for frame in current.stack if not Path(frame.filename).resolve().is_relative_to(TESTS_DIR)]
        current.stack = traceback.StackSummary.from_list(kept)
    return "".join(formatted.format())


def _chain(root: Any) -> Iterator[Any]:
    """``root`` and every exception (or TracebackException) chained to it, each once."""
    pending = [root]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [chained for chained in (current.__cause__, current.__context__) if chained is not None]
        pending += list(getattr(current, "exceptions", None) or [])


LOCALS_UNFORMATTABLE = "<<capture_locals failed>>"


def _safe_locals(error: BaseException) -> str:
    """The locals of every frame of the chain (test frames left out), each repr guarded."""
    parts: list[str] = []
    for current in _chain(error):
        parts.append(f"{type(current).__name__}: {current}")
        tb = current.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            if not Path(frame.f_code.co_filename).resolve().is_relative_to(TESTS_DIR):
                for name, value in list(frame.f_locals.items()):
                    try:
                        shown = repr(value)
                    except Exception as failure:
                        shown = f"<repr failed: {failure!r}>"
                    parts.append(f"    {name} = {shown}")
            tb = tb.tb_next
    return "\n".join(parts)


_OPAQUE = (str, bytes, bytearray, int, float, complex, bool, type(None), Decimal)
_SKIPPED = (types.ModuleType, type, types.FunctionType, types.BuiltinFunctionType, types.MethodType)


def _children(value: object) -> list[object]:
    if isinstance(value, dict):
        return [*value.keys(), *value.values()]
    if isinstance(value, list | tuple | set | frozenset):
        return list(value)
    found: list[object] = []
    if is_dataclass(value):
        found += [getattr(value, field.name, None) for field in fields(value)]
    found += list(getattr(value, "__dict__", {}).values())
    for cls in type(value).__mro__:
        for slot in getattr(cls, "__slots__", ()):
            if isinstance(slot, str) and hasattr(value, slot):
                found.append(getattr(value, slot))
    return found


def internal_reprs(client: object, depth: int = 2) -> str:
    """repr() of every object a client holds, down ``depth`` attribute levels (its own attributes: 1).

    Plain strings and numbers are not reprs of objects (the key is of course held as one); every
    object, container, dataclass or httpx client holding them is, as ``pytest -l`` would print it.
    """
    parts: list[str] = []
    seen: set[int] = set()
    pending: list[tuple[object, int]] = [(child, 1) for child in _children(client)]
    while pending:
        value, level = pending.pop()
        if id(value) in seen or isinstance(value, _OPAQUE + _SKIPPED):
            continue
        seen.add(id(value))
        try:
            parts.append(repr(value))
        except Exception as error:  # a repr that fails hides nothing; note it and go on
            parts.append(f"<repr of {type(value).__name__} failed: {error!r}>")
        if level < depth:
            pending += [(child, level + 1) for child in _children(value)]
    return "\n".join(parts)


class RootLog(logging.Handler):
    """Every record any logger emits (installed on the root logger), formatted as a user's handler would."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def clear(self) -> None:
        self.records.clear()

    @property
    def text(self) -> str:
        """Each record formatted (message, exception, stack) and its raw fields (msg, args, extras)."""
        shown = []
        for record in self.records:
            try:
                shown.append(self.format(record))
            except Exception as error:  # a record that cannot be formatted: its fields are still checked
                shown.append(f"<unformattable record: {error!r}>")
            shown.append(repr(record.__dict__))
        return "\n".join(shown)

    @property
    def loggers(self) -> set[str]:
        return {record.name for record in self.records}


@contextmanager
def every_logger(level: int = logging.DEBUG) -> Iterator[RootLog]:
    """Capture what every logger emits at ``level`` and above, restoring the logging setup afterwards.

    The root logger gets ``level`` and a capturing handler; no logger stays disabled, above
    ``level`` or cut off from the root (``propagate``); ``logging.disable`` is lifted.
    """
    manager = logging.Logger.manager
    root = logging.getLogger()
    saved_disable = manager.disable
    saved_root_level = root.level
    saved = {
        logger: (logger.level, logger.disabled, logger.propagate)
        for logger in manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    }
    handler = RootLog()
    logging.disable(logging.NOTSET)
    root.setLevel(level)
    root.addHandler(handler)
    for logger in saved:
        logger.disabled = False
        logger.propagate = True
        if logger.level > level:
            logger.setLevel(level)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(saved_root_level)
        for logger, (logger_level, disabled, propagate) in saved.items():
            logger.setLevel(logger_level)
            logger.disabled, logger.propagate = disabled, propagate
        logging.disable(saved_disable)
