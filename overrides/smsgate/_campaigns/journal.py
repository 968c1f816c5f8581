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
never sent again automatically, only resolved by asking the vendor (``smsgate._campaigns.resolve``).

Storage is SQLite from the standard library: a file in WAL mode, or ``:memory:`` when no file is
named. Each commit is in the operating system's hands before the request it announces leaves, which
is what survives ``kill -9`` (and any crash of the process). A power cut or a kernel crash can lose
the last commits unless ``fsync=True`` (``synchronous=FULL``: every commit waits for the disk,
about 6 ms each on the machine of the bench, which a campaign of small batches would feel).

A journal and its campaign are made in one transaction (``Journal.create``): a run stopped while
it is made leaves no campaign, and the next ``create`` takes the file over. Whatever writes holds
the run lock (``smsgate._campaigns.runlock``), so two runs never work on one campaign at once; readers
(``Journal.open(path, read_only=True)``, a report, an ``sqlite3`` shell) read along and never write.

Every input line is a row: a number given twice is kept on each of its lines, the later ones
refused as duplicates (``DuplicateRecipient``, never sent again, even by ``retry_refused``).
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from .._base.errors import InvalidArgumentError, JournalError, SendOutcomeUnknown, SmsGateError
from .runlock import RunLock

__all__ = ["Journal", "JournalEntry", "JournalRow", "RecipientState"]

SCHEMA_VERSION = 2
SCHEMA = """
CREATE TABLE IF NOT EXISTS campaign (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    vendor TEXT NOT NULL,
    started_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS recipients (
    position INTEGER PRIMARY KEY,
    line INTEGER,
    number TEXT NOT NULL,
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
CREATE INDEX IF NOT EXISTS recipients_by_number ON recipients (number);
"""
INTERRUPTED = "the run stopped while this send was in flight: it may have reached the vendor"
DUPLICATE = "DuplicateRecipient"  # the error class of a number repeated on a later line
PROGRESS_ROWS = 10_000  # rows between two progress reports while a journal is made


class JournalRow(NamedTuple):
    """One input line of a campaign: its line number, the number as given, its own text (None: the
    campaign's), and the error that makes it unsendable (None: it is to be sent)."""

    line: int
    number: str
    text: str | None
    error: SmsGateError | None


class RecipientState(StrEnum):
    """Where a recipient of a campaign is: ``pending``, ``in_flight`` (its request may have left), ``accepted``,
    ``refused`` or ``unknown`` (it may have reached the vendor)."""

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
    line: int | None = None  # the input line (or the position in the recipients given); None in older journals


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
    "delivery_state, delivery_final, delivery_at, text, {line}"
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
        line=row[14],
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
    for writing (``fsync=True``: each commit waits for the disk, to survive a power cut too).
    ``Journal.open(path, read_only=True)`` reads an existing journal and never writes, creates or locks.

    All methods are thread-safe (one connection behind a lock): the sync bulk sender's workers
    share one journal. Whatever writes (a run, a resolve, a delivery poll) first takes the run lock
    (``smsgate._campaigns.runlock``): one run per journal, while any number of readers read along.
    """

    def __init__(self, path: str | Path | None = None, *, fsync: bool = False) -> None:
        self._setup(path, fsync, mode="create")

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, fsync: bool = False) -> Journal:
        """An existing journal; refused, with nothing created or changed, when there is none at ``path``
        or the file is not a smsgate journal."""
        journal = cls.__new__(cls)
        journal._setup(path, fsync, mode="read" if read_only else "write")
        return journal

    @classmethod
    def create(
        cls,
        path: str | Path | None,
        settings: dict[str, Any],
        rows: Iterable[JournalRow | tuple[str, str | None, SmsGateError | None]],
        *,
        fsync: bool = False,
        progress: Callable[[int], None] | None = None,
    ) -> Journal:
        """A new journal holding a campaign, made in one transaction: a run stopped while it is being made
        leaves no campaign (and a file this call made is removed when the rows fail).

        A file that holds no campaign (empty, or a journal whose making was interrupted) is taken
        over; one that holds a campaign, or is not a journal, is refused and left as it was.
        """
        where = _checked_path(path)
        made_here = where is not None and not where.exists()
        if where is not None and not made_here:
            with cls.open(where, read_only=True) as existing:
                if existing.is_started():
                    raise JournalError(
                        f"{where} already holds a campaign: resume it (Campaign.open, or "
                        f"`smsgate campaign resume --journal {where}`), or name a new journal"
                    )
        journal = cls.__new__(cls)
        try:
            journal._setup(where, fsync, mode="create", schema=False)
            journal.take_run_lock()
            with journal._transaction():
                journal._create_schema()
                journal.start(settings, rows, progress=progress)
        except BaseException:
            if hasattr(journal, "_db"):
                journal.close()
            if made_here and where is not None:
                _remove(where)
            raise
        return journal

    def _setup(self, path: str | Path | None, fsync: bool, *, mode: str, schema: bool = True) -> None:
        where = _checked_path(path)
        if not isinstance(fsync, bool):
            raise InvalidArgumentError(f"fsync must be True or False, not {type(fsync).__name__}")
        self.path = where
        self.read_only = mode == "read"
        self._lock = threading.RLock()
        self._run_lock = None if where is None else RunLock(where)
        self._version = SCHEMA_VERSION
        if where is None:
            target, uri = ":memory:", False
        elif mode == "create":
            target, uri = str(where), False
        else:
            if not where.is_file():
                raise JournalError(f"no journal at {where}: nothing was created")
            # mode=ro/rw: never create the file; a read-only connection never writes to it either.
            target, uri = f"{where.resolve().as_uri()}?mode={'ro' if self.read_only else 'rw'}", True
        try:
            # timeout: a reader meets a writer's commit or checkpoint now and then; it waits a moment.
            self._db = sqlite3.connect(target, timeout=5, check_same_thread=False, isolation_level=None, uri=uri)
            if mode != "create":
                self._version = self._recognise(where)
            if where is not None and not self.read_only:
                self._db.execute(f"PRAGMA synchronous={'FULL' if fsync else 'NORMAL'}")
            if mode == "create" and schema:
                self.take_run_lock()
                with self._transaction():
                    self._create_schema()
        except sqlite3.DatabaseError as error:
            self._db_close()
            raise _journal_error(where, error) from None
        except BaseException:
            self._db_close()
            raise

    def _recognise(self, where: Path | None) -> int:
        """The schema version of a journal opened as existing; a file that is not one is refused, unchanged."""
        tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return SCHEMA_VERSION  # an empty journal (its making was interrupted): holds no campaign
        if not {"campaign", "recipients", "batches"} <= tables:
            raise JournalError(f"{where} is not a smsgate journal (it has other tables): nothing was changed")
        version = self._get("schema_version")
        if version not in (1, SCHEMA_VERSION):
            raise JournalError(f"{where} is a journal of another smsgate version ({version})")
        return int(version)

    def _create_schema(self) -> None:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                self._db.execute(statement)
        version = self._get("schema_version")
        if version is None:
            self._put("schema_version", SCHEMA_VERSION)
            self._put("campaign_id", secrets.token_hex(4))
        elif version == 1:
            self._upgrade_from_1()
        elif version != SCHEMA_VERSION:
            raise JournalError(f"{self.path} is a journal of another smsgate version ({version})")
        self._version = SCHEMA_VERSION

    def _upgrade_from_1(self) -> None:
        """Version 1 had no input line per recipient (and a number could not be repeated)."""
        self._db.execute("ALTER TABLE recipients ADD COLUMN line INTEGER")
        self._put("schema_version", SCHEMA_VERSION)

    def take_run_lock(self) -> None:
        """Claim the journal for this run (before its first write); JournalError when another run has it."""
        if self.read_only:
            raise JournalError(f"{self.path} was opened read-only: open it for writing to run, resolve or poll")
        if self._run_lock is None or self._run_lock.held:
            return
        if not self._run_lock.acquire():
            raise JournalError(
                f"{self.path} is in use by another run (one run per journal at a time; it is freed when "
                "that run ends or its process dies); reading it is fine meanwhile"
            )
        # WAL while a run writes: readers (a report, an sqlite3 shell) read along without blocking it.
        self._db.execute("PRAGMA journal_mode=WAL")
        if self._version != SCHEMA_VERSION and self.is_started():
            with self._transaction():
                self._upgrade_from_1()
            self._version = SCHEMA_VERSION

    def __repr__(self) -> str:
        return f"Journal({str(self.path) if self.path else ':memory:'!r})"

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file and release the run lock, if this journal holds it."""
        with self._lock:
            if self._run_lock is not None and self._run_lock.held:
                self._leave_wal()
            self._db_close()
            if self._run_lock is not None:
                self._run_lock.release()

    def _leave_wal(self) -> None:
        """Back to a rollback journal when the run ends, so that a reader opening the file afterwards
        (``campaign report``) creates no ``-wal`` and ``-shm`` beside it; left in WAL when a reader
        is reading right now (the switch needs the file alone: SQLite answers "locked")."""
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA busy_timeout=0")
            self._db.execute("PRAGMA journal_mode=DELETE")

    def _db_close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()

    # -- the campaign ---------------------------------------------------------------------

    @property
    def campaign_id(self) -> str:
        """The campaign's id, made when it started (its batches' tags carry part of it)."""
        value = self._get("campaign_id")
        assert isinstance(value, str)
        return value

    def settings(self) -> dict[str, Any]:
        """What the campaign was started with (text, sender, vendors...), as saved by ``start``."""
        value = self._get("settings")
        return value if isinstance(value, dict) else {}

    def is_started(self) -> bool:
        """Whether a campaign was saved in this journal (``start`` ran)."""
        return self._get("settings") is not None

    def start(
        self,
        settings: dict[str, Any],
        recipients: Iterable[JournalRow | tuple[str, str | None, SmsGateError | None]],
        *,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Save the campaign and its recipients in one transaction (see ``JournalRow``; a bare
        (number, text, error) triple gets its position as its line). Returns how many rows it holds.

        A row with an error is saved as refused. A number on several lines is sent once: the later
        lines are refused as duplicates of the first.
        """
        if self._in_transaction:
            return self._insert(settings, recipients, progress)
        with self._transaction():
            return self._insert(settings, recipients, progress)

    def _insert(
        self,
        settings: dict[str, Any],
        recipients: Iterable[JournalRow | tuple[str, str | None, SmsGateError | None]],
        progress: Callable[[int], None] | None,
    ) -> int:
        if self._get("settings") is not None:
            raise JournalError(
                f"{self.path or 'this journal'} already holds a campaign: resume it, or name a new journal"
            )
        self._put("settings", settings)
        now = time.time()
        count = 0

        def rows() -> Iterator[tuple[Any, ...]]:
            nonlocal count
            for item in recipients:
                count += 1
                row = item if isinstance(item, JournalRow) else JournalRow(count, *item)
                state = "pending" if row.error is None else "refused"
                yield (row.line, row.number, row.text, state, *_described(row.error), now)
                if progress is not None and count % PROGRESS_ROWS == 0:
                    progress(count)

        self._db.executemany(
            "INSERT INTO recipients (line, number, text, state, error_class, error, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )
        # Each number is sent once: a later line with the same number is refused, naming the first.
        self._db.execute(
            "UPDATE recipients SET state='refused', error_class=?, "
            "error='this number is already on line ' || ("
            "  SELECT coalesce(first.line, first.position) FROM recipients AS first"
            "  WHERE first.number = recipients.number AND first.state = 'pending'"
            "  ORDER BY first.position LIMIT 1"
            ") || ': it gets one message' "
            "WHERE state='pending' AND EXISTS ("
            "  SELECT 1 FROM recipients AS earlier"
            "  WHERE earlier.number = recipients.number AND earlier.state = 'pending'"
            "  AND earlier.position < recipients.position"
            ")",
            (DUPLICATE,),
        )
        if progress is not None:
            progress(count)
        return int(self._db.execute("SELECT count(*) FROM recipients").fetchone()[0])

    def put_setting(self, key: str, value: Any) -> None:
        """Add to what the campaign keeps beside its settings (the endpoints its vendors were reached at)."""
        with self._transaction():
            self._put(key, value)

    def get_setting(self, key: str) -> Any:
        """A value kept beside the settings (``put_setting``), or None."""
        with self._lock:
            return self._get(key)

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
            return self._in_flight(vendor, [(row[0], row[1]) for row in rows], first[0] or default_text, fresh=True)

    def reassign(self, vendor: str, recipients: Sequence[tuple[int, str]], text: str) -> Claimed:
        """Mark recipients that were provably not sent in flight again, to ``vendor`` (failover, retry);
        the reasons earlier vendors gave stay, and the next one's is added to them."""
        with self._transaction():
            return self._in_flight(vendor, list(recipients), text, fresh=False)

    def _in_flight(self, vendor: str, recipients: list[tuple[int, str]], text: str, *, fresh: bool) -> Claimed:
        now = time.time()
        batch = self._db.execute("INSERT INTO batches (vendor, started_at) VALUES (?, ?)", (vendor, now)).lastrowid
        assert batch is not None
        reset = ", error_class=NULL, error=NULL" if fresh else ""
        self._db.executemany(
            "UPDATE recipients SET state='in_flight', held=0, vendor=?, attempt=attempt+1, batch=?, started_at=?, "
            f"message_id=NULL{reset}, updated_at=? WHERE position=?",
            ((vendor, batch, now, now, position) for position, _ in recipients),
        )
        return Claimed(batch, vendor, self.tag(batch), text, tuple(recipients), now)

    def not_sent(self, positions: Sequence[int]) -> None:
        """Recipients claimed for a request that never left (the client could not send): pending again."""
        if not positions:
            return
        with self._transaction():
            self._db.executemany(
                "UPDATE recipients SET state='pending', held=0, attempt=max(attempt-1, 0), updated_at=? "
                "WHERE position=? AND state='in_flight'",
                ((time.time(), position) for position in positions),
            )

    def tag(self, batch: int) -> str:
        """The reference a batch's request carries: ``sg`` and the campaign id, or the campaign's
        reference, ``-`` and part of the id; then the batch number in hex (lower case, no space, at
        most 20 characters: SMS Partner's tag)."""
        reference = self.settings().get("reference")
        return f"{tag_prefix(reference if isinstance(reference, str) else None, self.campaign_id)}{batch:x}"

    def pending_texts(self, limit: int) -> list[str | None]:
        """Up to ``limit`` distinct texts of the recipients still to send (None: the campaign's text)."""
        rows = self._query(
            "SELECT DISTINCT text FROM (SELECT text FROM recipients WHERE state='pending' ORDER BY position) LIMIT ?",
            (limit,),
        )
        return [row[0] for row in rows]

    def accepted(self, positions: Sequence[int], message_id: str) -> None:
        """Record these recipients as accepted under the vendor's ``message_id``."""
        self._settle(positions, "accepted", message_id=message_id)

    def refused(self, positions: Sequence[int], error: SmsGateError) -> None:
        """Record these recipients as refused, with the error that proves nothing was sent."""
        self._settle(positions, "refused", error=error)

    def unknown(self, positions: Sequence[int], error: SmsGateError) -> None:
        """Record these recipients as unknown: their request may have reached the vendor."""
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
            # An error adds to those earlier vendors of this failover gave (a fresh claim starts with none).
            self._db.executemany(
                "UPDATE recipients SET state=?, held=?, message_id=coalesce(?, message_id), error_class=?, "
                "error=CASE WHEN ? IS NULL THEN NULL ELSE coalesce(error || '; ', '') || ? END, "
                "updated_at=? WHERE position=?",
                ((state, int(held), message_id, error_class, text, text, now, position) for position in positions),
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
                "UPDATE recipients SET state='pending', updated_at=? WHERE state='refused' AND error_class IS NOT ?",
                (time.time(), DUPLICATE),
            ).rowcount

    def resend_unknown(self) -> int:
        """Every unknown recipient back to pending: each may then get the message twice. Explicit use only."""
        with self._transaction():
            return self._db.execute(
                "UPDATE recipients SET state='pending', updated_at=? WHERE state='unknown'", (time.time(),)
            ).rowcount

    def delivery(self, position: int, state: str, final: bool, at: str | None) -> None:
        """Record a recipient's delivery state, as the vendor reported it."""
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
                    f"SELECT {self._columns} FROM recipients WHERE {where} ORDER BY position LIMIT 1000", params
                )
            if not rows:
                return
            for row in rows:
                yield _entry(row)
            after = rows[-1][0]

    def entry(self, number: str) -> JournalEntry | None:
        """The recipient with this E.164 number (the line that is sent, not a duplicate), or None."""
        with self._lock:
            rows = self._query(
                f"SELECT {self._columns} FROM recipients WHERE number = ? "
                "ORDER BY error_class IS ?, position LIMIT 1",  # the line that is sent, not a duplicate
                (number, DUPLICATE),
            )
        return _entry(rows[0]) if rows else None

    def batch_started(self, batch: int) -> float | None:
        """When a batch's request started (epoch seconds), or None for an unknown batch."""
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

    @property
    def _in_transaction(self) -> bool:
        return self._db.in_transaction

    @property
    def _columns(self) -> str:
        """What to select for a ``JournalEntry`` (a version 1 journal read as it is has no line)."""
        return ENTRY_COLUMNS.format(line="line" if self._version >= 2 else "NULL")


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


def tag_prefix(reference: str | None, campaign_id: str) -> str:
    """What each batch's tag starts with: ``sg`` and the campaign id, or the campaign's reference,
    ``-`` and part of the id (the batch number follows, in hex)."""
    return f"{reference}-{campaign_id[:4]}" if reference else f"sg{campaign_id}"


def _journal_error(path: Path | None, error: sqlite3.Error) -> SmsGateError:
    where = str(path) if path else "the in-memory journal"
    if "locked" in str(error) or "busy" in str(error):
        return JournalError(f"{where} is busy: another program holds a lock on it ({error}); try again")
    return JournalError(f"{where} cannot be used as a journal: {error}")


def _checked_path(path: object) -> Path | None:
    if path is not None and not isinstance(path, str | Path):
        raise InvalidArgumentError(f"the journal path must be a str or a Path, not {type(path).__name__}")
    return None if path is None or str(path) == ":memory:" else Path(path)


def _remove(path: Path) -> None:
    """A journal file this process made and that holds nothing, with SQLite's side files."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        (path.parent / name).unlink(missing_ok=True)
