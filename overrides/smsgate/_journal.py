"""The per-recipient journal of a campaign: the source of truth for sending, resuming and reporting.

Every recipient moves through::

    pending ──> in_flight (vendor, attempt, batch, started_at) ──> accepted (vendor, message_id)
                                                              ├──> refused (the error)
                                                              ├──> unknown (the SendOutcomeUnknown)
                                                              └──> pending (provably not sent: next vendor, or later)

A batch is marked ``in_flight`` in its own committed transaction *before* its request leaves, and
its outcome in another one after the answer. A process killed at any instant therefore leaves each
recipient either ``pending`` (its request never left: safe to send) or ``in_flight`` (it may have
left). Opening the journal to send again turns every ``in_flight`` recipient into ``unknown``:
never sent again automatically, only resolved by asking the vendor (``smsgate._resolve``).

Storage is SQLite from the standard library: a file in WAL mode, or ``:memory:`` when no file is
named. Each commit is in the operating system's hands before the request it announces leaves, which
is what survives ``kill -9`` (and any crash of the process). A power cut or a kernel crash can lose
the last commits unless ``fsync=True`` (``synchronous=FULL``: every commit waits for the disk,
about 6 ms each on the machine of the bench, which a campaign of small batches would feel). A
journal holds SQLite's exclusive lock from its first write, so two runs can never work on the same
campaign at once.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ._errors import ClientUsageError, InvalidRequestError, SendOutcomeUnknown, SmsGateError

__all__ = ["Journal", "JournalEntry", "RecipientState"]

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS campaign (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    vendor TEXT NOT NULL,
    started_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS recipients (
    position INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    text TEXT,
    state TEXT NOT NULL,
    vendor TEXT,
    attempt INTEGER NOT NULL DEFAULT 0,
    held INTEGER NOT NULL DEFAULT 0,
    batch INTEGER,
    started_at REAL,
    message_id TEXT,
    error_class TEXT,
    error TEXT,
    delivery_state TEXT,
    delivery_final INTEGER NOT NULL DEFAULT 0,
    delivery_at TEXT,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS recipients_by_state ON recipients (state, held, position);
CREATE INDEX IF NOT EXISTS recipients_by_batch ON recipients (batch);
"""
INTERRUPTED = "the run stopped while this send was in flight: it may have reached the vendor"


class RecipientState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class JournalEntry:
    """One recipient as the journal holds it (``text`` None: the campaign's text)."""

    position: int
    number: str
    state: RecipientState
    vendor: str | None
    attempt: int
    batch: int | None
    started_at: float | None
    message_id: str | None
    error_class: str | None
    error: str | None
    delivery_state: str | None
    delivery_final: bool
    delivery_at: str | None
    text: str | None = None


@dataclass(frozen=True)
class Claimed:
    """Recipients taken for one request: (position, number) pairs, the same text, one batch."""

    batch: int
    vendor: str
    tag: str  # the reference the request carries: how the vendor can find it again
    text: str
    recipients: tuple[tuple[int, str], ...]
    started_at: float


ENTRY_COLUMNS = (
    "position, number, state, vendor, attempt, batch, started_at, message_id, error_class, error, "
    "delivery_state, delivery_final, delivery_at, text"
)


def _entry(row: Sequence[Any]) -> JournalEntry:
    return JournalEntry(
        position=row[0],
        number=row[1],
        state=RecipientState(row[2]),
        vendor=row[3],
        attempt=row[4],
        batch=row[5],
        started_at=row[6],
        message_id=row[7],
        error_class=row[8],
        error=row[9],
        delivery_state=row[10],
        delivery_final=bool(row[11]),
        delivery_at=row[12],
        text=row[13],
    )


def describe(error: SmsGateError) -> tuple[str, str]:
    """What the journal keeps of an error: its class and its message (never a key: errors are redacted)."""
    if isinstance(error, SendOutcomeUnknown):
        started = error.started_at.isoformat() if error.started_at else "?"
        return type(error).__name__, f"{error} (operation {error.operation}, started {started})"
    return type(error).__name__, str(error)


def _described(error: SmsGateError | None) -> tuple[str | None, str | None]:
    return (None, None) if error is None else describe(error)


class Journal:
    """A campaign's journal. ``Journal()`` is in memory; ``Journal("run.db")`` a file, created or reopened
    (``fsync=True``: each commit waits for the disk, to survive a power cut too).

    All methods are thread-safe (one connection behind a lock): the sync bulk sender's workers
    share one journal.
    """

    def __init__(self, path: str | Path | None = None, *, fsync: bool = False) -> None:
        if path is not None and not isinstance(path, str | Path):
            raise InvalidRequestError(f"the journal path must be a str or a Path, not {type(path).__name__}")
        if not isinstance(fsync, bool):
            raise InvalidRequestError(f"fsync must be True or False, not {type(fsync).__name__}")
        self.path = None if path is None or str(path) == ":memory:" else Path(path)
        self._lock = threading.RLock()
        try:
            # timeout=0: a journal held by another run is refused at once, not after sqlite3's 5 s wait.
            self._db = sqlite3.connect(
                ":memory:" if self.path is None else str(self.path),
                timeout=0,
                check_same_thread=False,
                isolation_level=None,
            )
            if self.path is not None:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute(f"PRAGMA synchronous={'FULL' if fsync else 'NORMAL'}")
                # Held from the first write until close (or the process's death): one run per campaign.
                self._db.execute("PRAGMA locking_mode=EXCLUSIVE")
            with self._transaction():
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                version = self._get("schema_version")
                if version is None:
                    self._put("schema_version", SCHEMA_VERSION)
                    self._put("campaign_id", secrets.token_hex(4))
                elif version != SCHEMA_VERSION:
                    raise ClientUsageError(f"{self.path} is a journal of another smsgate version ({version})")
        except sqlite3.DatabaseError as error:
            raise _journal_error(self.path, error) from None

    def __repr__(self) -> str:
        return f"Journal({str(self.path) if self.path else ':memory:'!r})"

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- the campaign ---------------------------------------------------------------------

    @property
    def campaign_id(self) -> str:
        value = self._get("campaign_id")
        assert isinstance(value, str)
        return value

    def settings(self) -> dict[str, Any]:
        """What the campaign was started with (text, sender, vendors...), as saved by ``start``."""
        value = self._get("settings")
        return value if isinstance(value, dict) else {}

    def is_started(self) -> bool:
        return self._get("settings") is not None

    def start(self, settings: dict[str, Any], recipients: Iterable[tuple[str, str | None, SmsGateError | None]]) -> int:
        """Save the campaign and its recipients in one transaction: (number, own text or None, the
        error that makes it unsendable or None; such a recipient is saved as refused).

        A number given twice is kept once: a campaign sends each number one message. Returns how
        many recipients the journal holds.
        """
        with self._transaction():
            if self._get("settings") is not None:
                raise ClientUsageError("this journal already holds a campaign: resume it, or name a new journal")
            self._put("settings", settings)
            now = time.time()
            self._db.executemany(
                "INSERT OR IGNORE INTO recipients (number, text, state, error_class, error, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (number, text, "pending" if error is None else "refused", *_described(error), now)
                    for number, text, error in recipients
                ),
            )
            return int(self._db.execute("SELECT count(*) FROM recipients").fetchone()[0])

    def interrupted_to_unknown(self) -> int:
        """Turn what a stopped run left in flight into ``unknown``; how many. Called before sending again.

        What it held for its next vendor (pending, provably not sent) is free for any worker again.
        """
        with self._transaction():
            self._db.execute("UPDATE recipients SET held=0 WHERE held=1")
            cursor = self._db.execute(
                "UPDATE recipients SET state='unknown', error_class='SendOutcomeUnknown', error=?, updated_at=? "
                "WHERE state='in_flight'",
                (INTERRUPTED, time.time()),
            )
            return cursor.rowcount

    # -- state changes: one transaction each ----------------------------------------------------

    def claim(self, vendor: str, limit: int, default_text: str) -> Claimed | None:
        """Take up to ``limit`` pending recipients that share a text, mark them in flight to ``vendor``."""
        with self._transaction():
            first = self._db.execute(
                "SELECT text FROM recipients WHERE state='pending' AND held=0 ORDER BY position LIMIT 1"
            ).fetchone()
            if first is None:
                return None
            rows = self._db.execute(
                "SELECT position, number FROM recipients WHERE state='pending' AND held=0 AND text IS ? "
                "ORDER BY position LIMIT ?",
                (first[0], limit),
            ).fetchall()
            return self._in_flight(vendor, [(row[0], row[1]) for row in rows], first[0] or default_text)

    def reassign(self, vendor: str, recipients: Sequence[tuple[int, str]], text: str) -> Claimed:
        """Mark recipients that were provably not sent in flight again, to ``vendor`` (failover, retry)."""
        with self._transaction():
            return self._in_flight(vendor, list(recipients), text)

    def _in_flight(self, vendor: str, recipients: list[tuple[int, str]], text: str) -> Claimed:
        now = time.time()
        batch = self._db.execute("INSERT INTO batches (vendor, started_at) VALUES (?, ?)", (vendor, now)).lastrowid
        assert batch is not None
        self._db.executemany(
            "UPDATE recipients SET state='in_flight', held=0, vendor=?, attempt=attempt+1, batch=?, started_at=?, "
            "message_id=NULL, error_class=NULL, error=NULL, updated_at=? WHERE position=?",
            ((vendor, batch, now, now, position) for position, _ in recipients),
        )
        return Claimed(batch, vendor, self.tag(batch), text, tuple(recipients), now)

    def tag(self, batch: int) -> str:
        """The reference a batch's request carries (<= 20 characters, lower case, no space: SMS Partner's tag)."""
        return f"sg{self.campaign_id}{batch:x}"

    def accepted(self, positions: Sequence[int], message_id: str) -> None:
        self._settle(positions, "accepted", message_id=message_id)

    def refused(self, positions: Sequence[int], error: SmsGateError) -> None:
        self._settle(positions, "refused", error=error)

    def unknown(self, positions: Sequence[int], error: SmsGateError) -> None:
        self._settle(positions, "unknown", error=error)

    def held(self, positions: Sequence[int], error: SmsGateError) -> None:
        """Pending again, provably not sent, but held by this run for its next try (the next vendor, or
        after a rate limit's wait): no other worker claims them meanwhile. A crash frees them."""
        self._settle(positions, "pending", error=error, held=True)

    def _settle(
        self,
        positions: Sequence[int],
        state: str,
        *,
        message_id: str | None = None,
        error: SmsGateError | None = None,
        held: bool = False,
    ) -> None:
        if not positions:
            return
        error_class, text = describe(error) if error is not None else (None, None)
        now = time.time()
        with self._transaction():
            self._db.executemany(
                "UPDATE recipients SET state=?, held=?, message_id=coalesce(?, message_id), error_class=?, error=?, "
                "updated_at=? WHERE position=?",
                ((state, int(held), message_id, error_class, text, now, position) for position in positions),
            )

    def resolved(self, position: int, *, vendor: str, message_id: str | None) -> None:
        """An unknown recipient the vendor confirmed it received."""
        with self._transaction():
            self._db.execute(
                "UPDATE recipients SET state='accepted', vendor=?, message_id=?, error_class=NULL, error=NULL, "
                "updated_at=? WHERE position=? AND state='unknown'",
                (vendor, message_id, time.time(), position),
            )

    def not_received(self, positions: Sequence[int], reason: str) -> None:
        """Unknown recipients the vendor confirmed it never received: pending again, to be sent by a resume."""
        with self._transaction():
            self._db.executemany(
                "UPDATE recipients SET state='pending', error_class='NotReceived', error=?, updated_at=? "
                "WHERE position=? AND state='unknown'",
                ((reason, time.time(), position) for position in positions),
            )

    def retry_refused(self) -> int:
        """Every refused recipient back to pending (a refusal proves the message was not sent); how many."""
        with self._transaction():
            return self._db.execute(
                "UPDATE recipients SET state='pending', updated_at=? WHERE state='refused'", (time.time(),)
            ).rowcount

    def resend_unknown(self) -> int:
        """Every unknown recipient back to pending: each may then get the message twice. Explicit use only."""
        with self._transaction():
            return self._db.execute(
                "UPDATE recipients SET state='pending', updated_at=? WHERE state='unknown'", (time.time(),)
            ).rowcount

    def delivery(self, position: int, state: str, final: bool, at: str | None) -> None:
        with self._transaction():
            self._db.execute(
                "UPDATE recipients SET delivery_state=?, delivery_final=?, delivery_at=?, updated_at=? "
                "WHERE position=?",
                (state, int(final), at, time.time(), position),
            )

    # -- reading ------------------------------------------------------------------------------

    def counts(self) -> dict[RecipientState, int]:
        """How many recipients are in each state (every state listed, zeros included)."""
        with self._lock:
            rows = self._query("SELECT state, count(*) FROM recipients GROUP BY state")
        found = {RecipientState(state): count for state, count in rows}
        return {state: found.get(state, 0) for state in RecipientState}

    def entries(self, state: RecipientState | None = None) -> Iterator[JournalEntry]:
        """Every recipient in input order (or those in one state), read in pages: memory stays flat."""
        after = 0
        while True:
            with self._lock:
                where = "position > ?" + ("" if state is None else " AND state = ?")
                params: tuple[Any, ...] = (after,) if state is None else (after, state.value)
                rows = self._query(
                    f"SELECT {ENTRY_COLUMNS} FROM recipients WHERE {where} ORDER BY position LIMIT 1000", params
                )
            if not rows:
                return
            for row in rows:
                yield _entry(row)
            after = rows[-1][0]

    def entry(self, number: str) -> JournalEntry | None:
        with self._lock:
            rows = self._query(f"SELECT {ENTRY_COLUMNS} FROM recipients WHERE number = ?", (number,))
        return _entry(rows[0]) if rows else None

    def batch_started(self, batch: int) -> float | None:
        with self._lock:
            rows = self._query("SELECT started_at FROM batches WHERE id = ?", (batch,))
        return float(rows[0][0]) if rows else None

    # -- plumbing ----------------------------------------------------------------------------

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise _journal_error(self.path, error) from None

    def _get(self, key: str) -> Any:
        row = self._db.execute("SELECT value FROM campaign WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def _put(self, key: str, value: Any) -> None:
        self._db.execute("INSERT OR REPLACE INTO campaign (key, value) VALUES (?, ?)", (key, json.dumps(value)))

    def _transaction(self) -> _Transaction:
        return _Transaction(self)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` under the journal's lock; a SQLite failure becomes a smsgate error."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def __enter__(self) -> None:
        self.journal._lock.acquire()
        try:
            self.journal._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            self.journal._lock.release()
            raise _journal_error(self.journal.path, error) from None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: object) -> None:
        try:
            self.journal._db.execute("COMMIT" if exc_type is None else "ROLLBACK")
        except sqlite3.Error as error:
            if exc_type is None:
                raise _journal_error(self.journal.path, error) from None
        finally:
            self.journal._lock.release()
        if isinstance(exc, sqlite3.Error):  # a statement failed (disk full, a file that is no journal)
            raise _journal_error(self.journal.path, exc) from None


def _journal_error(path: Path | None, error: sqlite3.Error) -> SmsGateError:
    where = str(path) if path else "the in-memory journal"
    if "locked" in str(error) or "busy" in str(error):
        return ClientUsageError(f"{where} is in use by another run (one run per journal at a time)")
    return ClientUsageError(f"{where} cannot be used as a journal: {error}")
