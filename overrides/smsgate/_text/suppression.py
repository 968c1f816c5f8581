"""The local suppression list: the numbers that said STOP (or bounced), wherever they said it.

One SQLite file (or memory), beside a campaign's journal: an ``entries`` table (one row per
suppressed number: its kind, where it came from and when) and a ``history`` table (every add,
removal, STOP, START and sync, in order). It is fed by hand (``add``/``remove``), by the vendors'
own lists (``sync``, what ``client.opt_outs()`` returned) and by STOP/START events (``record``, which
a webhook receiver calls). START or a removal lifts a number, whatever put it there; a ``sync``
lifts only the numbers that vendor had put there and no longer lists.

It lives in ``_text`` because it is about the recipients before any request, like the rest of the
group: the send contract (``send_options``) names it, every send path checks it before its first
request (``SuppressionList.refusal``), and it needs nothing but ``_base`` and ``_text.phone``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .._base.errors import InvalidArgumentError, InvalidRequestError, broken_rule
from .phone import to_e164

if TYPE_CHECKING:
    import sqlite3

__all__ = ["KINDS", "SUPPRESSION_RULE", "Kind", "SuppressionEntry", "SuppressionList"]

Kind = Literal["stop", "bounce"]
KINDS: tuple[Kind, ...] = ("stop", "bounce")
SUPPRESSION_RULE = "suppression"
"""The rule name a refused send carries (``InvalidRequestError.rule``)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    number TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL,
    action TEXT NOT NULL,
    source TEXT NOT NULL,
    at TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class SuppressionEntry:
    """One suppressed number: ``kind`` (``"stop"`` or ``"bounce"``), ``source`` (``"manual"``, a
    vendor's name after a ``sync``, or what a ``record`` named) and ``at`` (when, UTC)."""

    number: str
    kind: Kind
    source: str
    at: datetime


class SuppressionList:
    """The numbers not to send marketing SMS to, kept in SQLite (``path``; None: in memory).

    ``transactional=True`` makes the list refuse transactional sends too (by default an OTP or an
    order notice still goes to a number that said STOP: STOP withdraws consent to marketing, not
    to the messages a service owes its user). National numbers are read in ``default_region``.
    Safe to share between threads (a campaign's workers).
    """

    def __init__(
        self, path: str | Path | None = None, *, transactional: bool = False, default_region: str = "FR"
    ) -> None:
        if path is not None and not isinstance(path, str | Path):
            raise InvalidArgumentError(f"path must be a str, a Path or None, not {type(path).__name__}")
        if not isinstance(transactional, bool):
            raise InvalidArgumentError(f"transactional must be True or False, not {type(transactional).__name__}")
        self._db: sqlite3.Connection
        self.path: Path | None = None if path is None else Path(path)
        self.transactional = transactional
        self.default_region = default_region
        self._lock = threading.RLock()
        import sqlite3  # on first use, as the journal's

        try:
            self._db = sqlite3.connect(
                ":memory:" if self.path is None else str(self.path), check_same_thread=False, isolation_level=None
            )
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as error:
            raise InvalidArgumentError(f"cannot open the suppression list {self.path}: {error}") from None

    def __repr__(self) -> str:
        return f"SuppressionList({str(self.path) if self.path else None!r}, transactional={self.transactional})"

    def close(self) -> None:
        """Close the database (the ``with`` block does it)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> SuppressionList:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------------

    def get(self, number: str) -> SuppressionEntry | None:
        """The entry of ``number`` (any form ``default_region`` reads), or None when it is not suppressed."""
        e164 = self._number(number)
        with self._lock:
            row = self._db.execute("SELECT number, kind, source, at FROM entries WHERE number = ?", (e164,)).fetchone()
        return None if row is None else _entry(row)

    def __contains__(self, number: object) -> bool:
        return isinstance(number, str) and self.get(number) is not None

    def entries(self) -> list[SuppressionEntry]:
        """Every suppressed number, by number."""
        with self._lock:
            rows = self._db.execute("SELECT number, kind, source, at FROM entries ORDER BY number").fetchall()
        return [_entry(row) for row in rows]

    def __len__(self) -> int:
        with self._lock:
            count: int = self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
        return count

    def __iter__(self) -> Iterator[SuppressionEntry]:
        return iter(self.entries())

    def history(self, number: str | None = None) -> list[tuple[str, str, str, datetime]]:
        """What happened, in order: (number, action, source, at); ``action`` is ``add``, ``remove``,
        ``stop``, ``start``, ``sync_add`` or ``sync_remove``."""
        query = "SELECT number, action, source, at FROM history"
        args: tuple[str, ...] = ()
        if number is not None:
            query, args = query + " WHERE number = ?", (self._number(number),)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY seq", args).fetchall()
        return [(n, action, source, datetime.fromisoformat(at)) for n, action, source, at in rows]

    # -- writing ---------------------------------------------------------------------------------

    def add(
        self, number: str, *, kind: Kind = "stop", source: str = "manual", at: datetime | None = None
    ) -> SuppressionEntry:
        """Suppress ``number`` (by hand by default); a number already suppressed keeps its first entry."""
        return self._suppress(self._number(number), kind, source, _moment(at), "add")

    def remove(self, number: str, *, source: str = "manual", at: datetime | None = None) -> bool:
        """Lift ``number``, whatever put it there; False when it was not suppressed."""
        return self._lift(self._number(number), source, _moment(at), "remove")

    def record(
        self, number: str, kind: Literal["stop", "start"], *, source: str, at: datetime | None = None
    ) -> SuppressionEntry | None:
        """A STOP or START event (``kind``) from ``source`` (a webhook receiver: ``"smspartner"``...):
        STOP suppresses the number, START lifts it. Returns the entry after a STOP, None after a START."""
        if kind not in ("stop", "start"):
            raise InvalidArgumentError(f"kind must be 'stop' or 'start', not {kind!r}")
        e164, moment = self._number(number), _moment(at)
        if kind == "stop":
            return self._suppress(e164, "stop", _source(source), moment, "stop")
        self._lift(e164, _source(source), moment, "start")
        return None

    def sync(
        self, vendor: str, numbers: Iterable[str], *, kind: Kind = "stop", at: datetime | None = None
    ) -> tuple[int, int]:
        """Make the list agree with ``vendor``'s own list of ``kind`` (``numbers``, what
        ``client.opt_outs()`` gave): each listed number is suppressed (source ``vendor``), and each
        number that ``vendor`` had put here and no longer lists is lifted. Returns (added, lifted)."""
        source, moment = _source(vendor), _moment(at)
        listed: set[str] = set()
        for number in numbers:
            try:
                listed.add(self._number(number))
            except InvalidArgumentError:
                continue  # a number the vendor lists masked or malformed cannot be matched to a send
        added = lifted = 0
        with self._lock:
            held = {
                number
                for (number,) in self._db.execute(
                    "SELECT number FROM entries WHERE source = ? AND kind = ?", (source, kind)
                ).fetchall()
            }
            for number in sorted(listed):
                if self._db.execute("SELECT 1 FROM entries WHERE number = ?", (number,)).fetchone() is None:
                    self._suppress(number, kind, source, moment, "sync_add")
                    added += 1
            for number in sorted(held - listed):
                lifted += self._lift(number, source, moment, "sync_remove")
        return added, lifted

    # -- enforcing -------------------------------------------------------------------------------

    def applies_to(self, purpose: str) -> bool:
        """Whether a send of ``purpose`` is checked (marketing always; transactional when asked)."""
        return purpose == "marketing" or self.transactional

    def refusal(self, number: str, purpose: str, vendor: str | None) -> InvalidRequestError | None:
        """The error refusing a send of ``purpose`` to ``number``, or None when it may go. The error's
        ``rule`` is ``"suppression"`` and its message names the entry's source and date."""
        if not self.applies_to(purpose):
            return None
        try:
            entry = self.get(number)
        except InvalidArgumentError:
            return None  # a number that does not parse is refused by the send itself, with its own reason
        if entry is None:
            return None
        return broken_rule(
            SUPPRESSION_RULE,
            vendor or "any",
            entry.number,
            f"the number is on the suppression list ({entry.kind}, from {entry.source} at "
            f"{entry.at.isoformat(timespec='seconds')}); a {purpose} send to it is refused",
        )

    # -- the rest ----------------------------------------------------------------------------------

    def _number(self, number: str) -> str:
        if not isinstance(number, str):
            raise InvalidArgumentError(f"number must be a string, not {type(number).__name__}")
        return to_e164(number, self.default_region)

    def _suppress(self, number: str, kind: str, source: str, at: datetime, action: str) -> SuppressionEntry:
        if kind not in KINDS:
            raise InvalidArgumentError(f"kind must be 'stop' or 'bounce', not {kind!r}")
        source = _source(source)
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.execute(
                    "INSERT OR IGNORE INTO entries (number, kind, source, at) VALUES (?, ?, ?, ?)",
                    (number, kind, source, at.isoformat()),
                )
                self._db.execute(
                    "INSERT INTO history (number, action, source, at) VALUES (?, ?, ?, ?)",
                    (number, action, source, at.isoformat()),
                )
                row = self._db.execute(
                    "SELECT number, kind, source, at FROM entries WHERE number = ?", (number,)
                ).fetchone()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return _entry(row)

    def _lift(self, number: str, source: str, at: datetime, action: str) -> bool:
        source = _source(source)
        with self._lock:
            self._db.execute("BEGIN")
            try:
                gone = self._db.execute("DELETE FROM entries WHERE number = ?", (number,)).rowcount > 0
                self._db.execute(
                    "INSERT INTO history (number, action, source, at) VALUES (?, ?, ?, ?)",
                    (number, action, source, at.isoformat()),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return gone


def _entry(row: tuple[str, str, str, str]) -> SuppressionEntry:
    number, kind, source, at = row
    return SuppressionEntry(number, "bounce" if kind == "bounce" else "stop", source, datetime.fromisoformat(at))


def _moment(at: datetime | None) -> datetime:
    if at is None:
        return datetime.now(UTC)
    if not isinstance(at, datetime) or at.tzinfo is None:
        raise InvalidArgumentError("at must be a timezone-aware datetime")
    return at.astimezone(UTC)


def _source(source: object) -> str:
    if not isinstance(source, str) or not source.strip():
        raise InvalidArgumentError(f"source must be a non-empty string, not {source!r}")
    return source.strip()
