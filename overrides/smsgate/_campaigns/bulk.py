"""Bulk sends: one text (or a template) to many numbers, journaled recipient by recipient.

A ``Campaign`` is a journal (``journal``) run by the engine (``engine``: batches sized to each
vendor's limit, per-vendor rate limits, ``Retry-After`` honoured, failover) with bounded
concurrency, and resumed after a crash. The engine's plan for one batch yields what to do (send
this batch to this vendor, sleep this long) and receives what happened; the sync run drives
batches on threads, the async one on tasks, with the same plan and ``smsgate._base.drive``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import signal
import threading
import time
import warnings
from collections import Counter
from collections.abc import Awaitable, Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

from .._base.drive import adrive, drive
from .._base.errors import InvalidArgumentError, InvalidRequestError, JournalError, SmsGateError
from .._text.phone import digits_of
from .._text.send_options import SendKwargs, SendOptions
from .._vendors.common import ID_SEPARATOR, SentQuestion, Verdicts
from .._webhooks.events import DeliveryEvent, WebhookEvent
from .engine import (
    DEFAULT_BATCH_SIZES,
    DEFAULT_RATE_LIMITS,
    BatchSender,
    Engine,
    RateLimit,
    WaitCallback,
    max_batch_size,
)
from .failover import AsyncFailoverClient, FailoverClient
from .journal import Claimed, Journal, JournalEntry, RecipientState
from .resolve import DEFAULT_SETTLE_SECONDS, ResolveReport, iso, match_reports, settled, unknown_batches
from .texts import Recipient, prepared_rows, text_check

if TYPE_CHECKING:
    from datetime import datetime

    from .._base.models import DeliveryReport, SendResult
    from .._base.spec import StateEntry
    from .._client import AsyncClient, Client
    from .._core.http import Call
    from .._vendors import Vendor

__all__ = [
    "DEFAULT_BATCH_SIZES",
    "DEFAULT_RATE_LIMITS",
    "Campaign",
    "CampaignReport",
    "RateLimit",
    "send_many",
    "send_many_async",
]

DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64
PROGRESS_INTERVAL = 0.2  # seconds between two progress reports (each counts the journal's states)
# The texts still to send checked with every vendor's rules before a run's first request (each
# batch's own send checks its text again: the rest are caught there).
PRE_CHECKED_TEXTS = 100

AnyClient = Any  # a Client, AsyncClient, FailoverClient or AsyncFailoverClient (checked by ``_clients``)


@dataclass(frozen=True)
class CampaignReport:
    """Where every recipient of a campaign stands. ``complete`` only when every one was accepted."""

    pending: int
    in_flight: int
    accepted: int
    refused: int
    unknown: int
    requests: int = 0  # requests made by this run
    seconds: float = 0.0  # wall time of this run
    dry_run: bool = False  # the campaign was a dry run: the vendors' test modes, nothing delivered or billed

    @property
    def total(self) -> int:
        """Every recipient of the campaign, whatever its state."""
        return self.pending + self.in_flight + self.accepted + self.refused + self.unknown

    @property
    def complete(self) -> bool:
        """Every recipient accepted (a refused or unknown one makes it incomplete)."""
        return self.accepted == self.total

    @property
    def settled(self) -> bool:
        """Nothing left to send: each recipient accepted, refused or unknown."""
        return self.pending == 0 and self.in_flight == 0


class Campaign:
    """A bulk send and its journal. ``Campaign.create`` starts one, ``Campaign.open`` takes one up again.

    ``run`` (or ``await run_async``) sends to every pending recipient and returns a
    ``CampaignReport``; running again after a crash or a Ctrl-C (a resume) sends only to recipients
    still pending: never to one that was in flight (those become ``unknown``). ``resolve`` asks the
    vendors about unknown recipients, ``poll_delivery`` records delivery states (``hear`` records
    those a receipt brings), ``entries`` lists every recipient.
    """

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        settings = journal.settings()
        self.text: str = settings["text"]
        self.options = SendOptions.from_settings(settings)
        self._sender: BatchSender | None = None  # this run's, which counts its requests
        # The suppression list reopened from the journal's path (closed with the campaign); None when
        # the journal names none, or once the caller's own list replaced it.
        self._reopened_list = self.options.suppression

    def __repr__(self) -> str:
        return f"Campaign({self.journal!r})"

    @property
    def sender(self) -> str | Mapping[str, str] | None:
        """The sender the campaign sends with (or one per vendor), as given to ``create``."""
        return self.options.sender

    @property
    def scheduled_at(self) -> datetime | None:
        """When the campaign's messages are to leave, as given to ``create`` (None: at once)."""
        return self.options.scheduled_at

    # -- creating and opening -----------------------------------------------------------------

    @classmethod
    def create(
        cls,
        journal: str | Path | Journal | None,
        recipients: Iterable[Recipient],
        text: str,
        *,
        client: AnyClient | None = None,
        default_region: str | None = None,
        progress: Callable[[int], None] | None = None,
        fsync: bool = False,
        **options: Unpack[SendKwargs],
    ) -> Campaign:
        """A new campaign in ``journal`` (a path, a ``Journal``, or None: in memory).

        ``recipients`` are numbers, or (number, fields) pairs whose fields fill ``text`` as a
        template (``"Bonjour {name}"``). Numbers are E.164, or national in ``default_region``
        ("FR"; by default the region of ``client``'s first vendor); one that is no valid number is
        recorded as refused, never sent. ``options`` are ``send``'s (``SendKwargs``): ``sender``
        may be a ``{vendor: sender}`` mapping.

        With ``client`` (the client or failover client that will run it), every distinct text is
        checked with that client's rules, as ``send`` checks it, before the journal exists: what a
        single send would refuse is refused here, and no file is left behind. ``progress`` is
        called with the number of rows written, every 10,000 (a journal of a million lines takes
        a while).
        """
        numbered = _numbered(recipients)
        return cls._create(journal, numbered, text, client, default_region, progress, fsync, options)

    @classmethod
    def _create(
        cls,
        journal: str | Path | Journal | None,
        numbered: Iterable[tuple[int, Recipient]],
        text: str,
        client: AnyClient | None,
        default_region: str | None,
        progress: Callable[[int], None] | None,
        fsync: bool,
        given: Mapping[str, Any],
    ) -> Campaign:
        """``create`` from recipients numbered by their input line (the CLI's file lines)."""
        options = SendOptions.of(given, call="Campaign.create")
        clients = {} if client is None else _clients(client)
        base, rows = prepared_rows(numbered, text, clients, options, default_region)
        settings = {"text": base, **options.as_settings()}
        if isinstance(journal, Journal):
            journal.start(settings, rows, progress=progress)
            campaign = cls(journal)
        else:
            campaign = cls(Journal.create(journal, settings, rows, fsync=fsync, progress=progress))
        if options.suppression is not None:  # the caller's own list (one in memory is not in the journal)
            if campaign._reopened_list is not None:
                campaign._reopened_list.close()
                campaign._reopened_list = None
            campaign.options = campaign.options.replace(suppression=options.suppression)
        return campaign

    @classmethod
    def open(cls, journal: str | Path | Journal, *, read_only: bool = False) -> Campaign:
        """A campaign saved in ``journal``, to resume, resolve or report on (``read_only``: to report
        only, while a run may be writing it). A missing file, or a file that is no journal or
        holds no campaign, raises ``JournalError`` and is left as it was."""
        store = journal if isinstance(journal, Journal) else Journal.open(journal, read_only=read_only)
        if not store.is_started():
            name = store.path
            if not isinstance(journal, Journal):
                store.close()
            raise JournalError(
                f"{name} holds no campaign (its making was interrupted): start it again with "
                f"Campaign.create or `smsgate send --file ... --journal {name}`, which takes the file over"
            )
        return cls(store)

    def close(self) -> None:
        """Close the journal (and release its run lock); the ``with`` block does it."""
        if self._reopened_list is not None:
            self._reopened_list.close()
        self.journal.close()

    def __enter__(self) -> Campaign:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------------

    def report(self) -> CampaignReport:
        """How many recipients are in each state, read from the journal (no request)."""
        counts = self.journal.counts()
        return CampaignReport(
            pending=counts[RecipientState.PENDING],
            in_flight=counts[RecipientState.IN_FLIGHT],
            accepted=counts[RecipientState.ACCEPTED],
            refused=counts[RecipientState.REFUSED],
            unknown=counts[RecipientState.UNKNOWN],
            requests=0 if self._sender is None else self._sender.requests,
            dry_run=self.options.dry_run,
        )

    def entries(self, state: RecipientState | str | None = None) -> Iterable[JournalEntry]:
        """Every recipient in input order, or those in ``state``."""
        if state is None:
            return self.journal.entries()
        try:
            return self.journal.entries(RecipientState(state))
        except ValueError:
            names = ", ".join(state.value for state in RecipientState)
            raise InvalidArgumentError(f"state must be one of {names}, not {state!r}") from None

    def hear(self, event: WebhookEvent) -> int:
        """Record a delivery receipt in the journal, so that ``entries`` and ``smsgate campaign
        report`` show delivered / undelivered without polling: ``asgi_app(campaign.hear)`` (or
        ``wsgi_app``, ``smsgate webhook serve --journal``) for a campaign sent with ``callback_url``.

        The recipient the event names (by number and message id; every recipient of the message
        when the vendor names none, Messaggi's summary), unless a final state is recorded for it
        already. Returns how many recipients it updated: 0 for an event that is no receipt, a message
        this campaign did not send, or a recipient already final. Takes no run lock: it writes
        only the delivery columns, and a run may be sending meanwhile."""
        if not isinstance(event, DeliveryEvent):
            return 0
        if event.phone_number:
            found = self.journal.entry(event.phone_number)
            candidates: Iterable[JournalEntry] = [] if found is None else [found]
        else:
            candidates = self.journal.entries(RecipientState.ACCEPTED)
        updated = 0
        for entry in candidates:
            if entry.vendor != event.vendor or entry.delivery_final or entry.state is not RecipientState.ACCEPTED:
                continue
            if event.message_id not in (entry.message_id or "").split(ID_SEPARATOR):
                continue
            self.journal.delivery(entry.position, event.state.value, event.final, iso(event.at))
            updated += 1
        return updated

    # -- sending ---------------------------------------------------------------------------------

    def run(
        self,
        sender: Client | FailoverClient,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        batch_sizes: Mapping[str, int] | None = None,
        rate_limits: Mapping[str, RateLimit] | None = None,
        retry_refused: bool = False,
        resend_unknown: bool = False,
        change_endpoints: bool = False,
        progress: Callable[[CampaignReport], None] | None = None,
        on_wait: WaitCallback | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> CampaignReport:
        """Send to every pending recipient through ``sender`` (a client, or a failover of clients).

        Before the first request: the run lock is taken (one run per journal), each vendor's base
        URL is checked against the one the journal recorded (a change raises ``JournalError``
        unless ``change_endpoints=True``), and the texts still to send are checked with each
        vendor's rules (a refusal raises, nothing is sent). ``retry_refused`` sends again to
        refused recipients (a refusal proves nothing was sent). ``resend_unknown`` sends again to
        unknown ones: each may get the message twice; resolve them first (``resolve``) unless a
        duplicate is acceptable. ``on_wait(vendor, seconds, reason)`` is told of every wait a
        vendor asked for (a 429's ``Retry-After``).
        """
        failover = sender if isinstance(sender, FailoverClient) else FailoverClient([_one_client(sender, "run")])
        engine = self._engine(failover, concurrency, batch_sizes, rate_limits, on_wait)
        self._before_run(failover, retry_refused, resend_unknown, change_endpoints)
        batches = self._sender = BatchSender(failover.clients, engine.ledger, self.options, sleep=sleep)
        started = time.monotonic()
        stop = threading.Event()
        errors: list[BaseException] = []
        report_progress = self._throttled(progress)
        workers_left = [concurrency]
        all_done = threading.Event()
        left_lock = threading.Lock()

        def worker() -> None:
            try:
                while not stop.is_set():
                    claimed = engine.next_batch()
                    if claimed is None:
                        return
                    drive(engine.plan(claimed), batches.perform)
                    report_progress()
            except BaseException as error:  # a bug or an interrupt: the others stop after their batch
                errors.append(error)
                stop.set()
            finally:
                with left_lock:
                    workers_left[0] -= 1
                    if not workers_left[0]:
                        all_done.set()

        threads = [threading.Thread(target=worker, name=f"smsgate-bulk-{n}", daemon=True) for n in range(concurrency)]
        # Waits on an Event, not Thread.join: a join interrupted by Ctrl-C may return at once the
        # next time (CPython), which would report the request a worker still has in flight as such.
        try:
            _start_all(threads)
            while not all_done.wait(0.2):  # a timed wait lets Ctrl-C reach this thread
                pass
        except BaseException:
            stop.set()  # each worker finishes the request it has in flight and records it
            while not all_done.wait(0.2):
                pass
            raise
        if errors:
            raise errors[0]
        report_progress(force=True)
        return self._final(started)

    async def run_async(
        self,
        sender: AsyncClient | AsyncFailoverClient,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        batch_sizes: Mapping[str, int] | None = None,
        rate_limits: Mapping[str, RateLimit] | None = None,
        retry_refused: bool = False,
        resend_unknown: bool = False,
        change_endpoints: bool = False,
        progress: Callable[[CampaignReport], None] | None = None,
        on_wait: WaitCallback | None = None,
        asleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> CampaignReport:
        """The asyncio twin of ``run``, over an ``AsyncClient`` or an ``AsyncFailoverClient``
        (``asleep``: the coroutine that waits, ``run``'s ``sleep``)."""
        failover = (
            sender
            if isinstance(sender, AsyncFailoverClient)
            else AsyncFailoverClient([_one_client(sender, "run_async")])
        )
        engine = self._engine(failover, concurrency, batch_sizes, rate_limits, on_wait)
        self._before_run(failover, retry_refused, resend_unknown, change_endpoints)
        batches = self._sender = BatchSender(failover.clients, engine.ledger, self.options, asleep=asleep)
        started = time.monotonic()
        report_progress = self._throttled(progress)

        async def worker() -> None:
            while (claimed := engine.next_batch()) is not None:
                await adrive(engine.plan(claimed), batches.aperform)
                report_progress()

        # A cancelled worker (Ctrl-C, a timeout around run_async) leaves its batch in flight: the
        # journal then says unknown for it, which is the truth (the request may have left).
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        report_progress(force=True)
        return self._final(started)

    def _throttled(self, progress: Callable[[CampaignReport], None] | None) -> Callable[..., None]:
        """``progress`` called at most every PROGRESS_INTERVAL seconds (and when forced, at the end)."""
        last = -float("inf")
        lock = threading.Lock()

        def report(*, force: bool = False) -> None:
            nonlocal last
            if progress is None:
                return
            with lock:
                now = time.monotonic()
                if not force and now - last < PROGRESS_INTERVAL:
                    return
                last = now
            progress(self.report())

        return report

    def _engine(
        self,
        failover: FailoverClient | AsyncFailoverClient,
        concurrency: int,
        batch_sizes: Mapping[str, int] | None,
        rate_limits: Mapping[str, RateLimit] | None,
        on_wait: WaitCallback | None,
    ) -> Engine:
        sizes, limits = check_run_options(concurrency, batch_sizes, rate_limits, on_wait)
        return Engine(
            _JournalLedger(self.journal, self.text),
            failover.vendors,
            failover.breaker,
            rate_limit_wait=failover.rate_limit_wait,
            batch_sizes=sizes,
            rate_limits=limits,
            on_wait=on_wait,
            options=self.options,
        )

    def _before_run(
        self,
        failover: FailoverClient | AsyncFailoverClient,
        retry_refused: bool,
        resend_unknown: bool,
        change_endpoints: bool,
    ) -> None:
        """What a run does before its first request (see ``run``)."""
        for name, flag in (
            ("retry_refused", retry_refused),
            ("resend_unknown", resend_unknown),
            ("change_endpoints", change_endpoints),
        ):
            if not isinstance(flag, bool):
                raise InvalidArgumentError(f"{name} must be True or False, not {type(flag).__name__}")
        self.journal.take_run_lock()
        self._check_endpoints(failover.clients, change_endpoints)
        check = text_check(failover.clients, self.options)
        for text in self.journal.pending_texts(PRE_CHECKED_TEXTS):
            check(text or self.text)
        self.journal.interrupted_to_unknown()  # what a stopped run left in flight may have been sent
        if retry_refused:
            self.journal.retry_refused()
        if resend_unknown:
            self.journal.resend_unknown()

    def _check_endpoints(self, clients: Mapping[str, Any], change: bool) -> None:
        """The base URL of each vendor is the one this journal recorded (recorded at first use)."""
        if self.journal.path is None:
            return  # an in-memory campaign lives for one run
        recorded: dict[str, str] = dict(self.journal.get_setting("endpoints") or {})
        current = {vendor: str(client.base_url) for vendor, client in clients.items()}
        moved = {vendor: url for vendor, url in current.items() if recorded.get(vendor, url) != url}
        if moved and not change:
            changes = "; ".join(f"{vendor}: {recorded[vendor]} -> {url}" for vendor, url in moved.items())
            raise JournalError(
                f"this campaign reached its vendors elsewhere ({changes}): use the journal's endpoints "
                "(the CLI does by default), or pass change_endpoints=True (--change-endpoints) to move it"
            )
        if {**recorded, **current} != recorded:
            self.journal.put_setting("endpoints", {**recorded, **current})

    def endpoints(self) -> dict[str, str]:
        """The base URL each vendor of this campaign was reached at, as the journal recorded it."""
        return dict(self.journal.get_setting("endpoints") or {})

    def _final(self, started: float) -> CampaignReport:
        return dataclasses.replace(self.report(), seconds=time.monotonic() - started)

    # -- after the run: unknown outcomes and delivery states -------------------------------------

    def resolve(
        self,
        sender: Client | FailoverClient,
        *,
        settle_seconds: float = DEFAULT_SETTLE_SECONDS,
        change_endpoints: bool = False,
    ) -> ResolveReport:
        """Ask the vendors about every unknown recipient (see ``smsgate._campaigns.resolve``): found ones become
        accepted; ones the vendor confirms it never received (``settle_seconds`` after their batch
        started) become pending, for the next run to send; the others stay unknown."""
        clients = self._before_asking(sender, change_endpoints)
        found = self._found()
        for question in self._resolve_questions(settle_seconds, found):
            question.record(self._ask(question, clients))
        return self._resolved(found)

    async def resolve_async(
        self,
        sender: AsyncClient | AsyncFailoverClient,
        *,
        settle_seconds: float = DEFAULT_SETTLE_SECONDS,
        change_endpoints: bool = False,
    ) -> ResolveReport:
        """``resolve`` over ``AsyncClient`` objects."""
        clients = self._before_asking(sender, change_endpoints)
        found = self._found()
        for question in self._resolve_questions(settle_seconds, found):
            question.record(await self._ask_async(question, clients))
        return self._resolved(found)

    def poll_delivery(self, sender: Client | FailoverClient, *, change_endpoints: bool = False) -> int:
        """Record the delivery state of every accepted recipient not final yet (the vendors' batch
        status routes, one request per message); returns how many are final. ``change_endpoints``:
        as ``run``'s (also ``resolve``'s)."""
        clients = self._before_asking(sender, change_endpoints)
        for question in self._delivery_questions():
            question.record(self._ask(question, clients))
        return self._final_deliveries()

    async def poll_delivery_async(
        self, sender: AsyncClient | AsyncFailoverClient, *, change_endpoints: bool = False
    ) -> int:
        """``poll_delivery`` over ``AsyncClient`` objects."""
        clients = self._before_asking(sender, change_endpoints)
        for question in self._delivery_questions():
            question.record(await self._ask_async(question, clients))
        return self._final_deliveries()

    def _before_asking(self, sender: Any, change_endpoints: bool) -> dict[str, Any]:
        """The clients of ``sender``, once this process holds the run lock and they are where the
        journal's vendors were reached."""
        if not isinstance(change_endpoints, bool):
            raise InvalidArgumentError(f"change_endpoints must be True or False, not {type(change_endpoints).__name__}")
        clients = _clients(sender)
        self.journal.take_run_lock()
        self._check_endpoints(clients, change_endpoints)
        return clients

    @staticmethod
    def _ask(question: Question, clients: Mapping[str, Any]) -> Any:
        """The answer to ``question`` through its vendor's (sync) client: None when the campaign has
        no client for that vendor, the vendor cannot be asked, or asking failed (its recipients stay
        as they were)."""
        client = clients.get(question.vendor)
        plan = None if client is None else question.plan(client._vendor)
        if client is None or plan is None:
            return None
        try:
            return client._drive(plan)
        except SmsGateError:
            return None

    @staticmethod
    async def _ask_async(question: Question, clients: Mapping[str, Any]) -> Any:
        client = clients.get(question.vendor)
        plan = None if client is None else question.plan(client._vendor)
        if client is None or plan is None:
            return None
        try:
            return await client._drive(plan)
        except SmsGateError:
            return None

    def _found(self) -> Counter[str]:
        self.journal.interrupted_to_unknown()
        return Counter()

    def _resolve_questions(self, settle_seconds: float, found: Counter[str]) -> Iterator[Question]:
        """One question per unknown batch: its vendor's ``find_sent``, and what its verdicts change."""
        if isinstance(settle_seconds, bool) or not isinstance(settle_seconds, int | float) or settle_seconds < 0:
            raise InvalidArgumentError(f"settle_seconds must be a number of seconds >= 0, not {settle_seconds!r}")
        for (vendor, batch), entries in unknown_batches(self.journal.entries(RecipientState.UNKNOWN)).items():
            started = self.journal.batch_started(batch) or min(entry.started_at or 0.0 for entry in entries)
            sent = SentQuestion(self.journal.tag(batch), started, tuple((e.position, e.number) for e in entries))
            record = functools.partial(self._record_verdicts, vendor, sent, settle_seconds, found)
            yield Question(vendor, functools.partial(_find_sent, sent), record)

    def _record_verdicts(
        self, vendor: str, sent: SentQuestion, settle_seconds: float, found: Counter[str], verdicts: Verdicts | None
    ) -> None:
        if verdicts is None:
            return
        for position, message_id in verdicts.received.items():
            self.journal.resolved(position, vendor=vendor, message_id=message_id)
        absent = verdicts.absent if settled(sent.started_at, settle_seconds) else []
        self.journal.not_received(absent, f"{vendor} confirmed it never received this send (tag {sent.tag})")
        found["received"] += len(verdicts.received)
        found["not received"] += len(absent)

    def _resolved(self, found: Counter[str]) -> ResolveReport:
        still = self.journal.counts()[RecipientState.UNKNOWN]
        return ResolveReport(found["received"], found["not received"], still)

    def _delivery_questions(self) -> Iterator[Question]:
        accepted = [e for e in self.journal.entries(RecipientState.ACCEPTED) if not e.delivery_final]
        for (vendor, message_id), entries in entries_by_message(accepted).items():
            record = functools.partial(self._record_reports, entries)
            yield Question(vendor, functools.partial(_status_of, message_id), record)
        # Recipients resolved by SMS Partner's tag look-up have no message id: their tag finds them again.
        by_tag = [e for e in accepted if not e.message_id and e.vendor == "smspartner" and e.batch is not None]
        for (vendor, batch), entries in unknown_batches(by_tag).items():
            record = functools.partial(self._record_tagged, entries)
            yield Question(vendor, functools.partial(_delivery_by_tag, self.journal.tag(batch)), record)

    def _record_reports(self, entries: list[JournalEntry], reports: list[DeliveryReport] | None) -> None:
        for position, report in match_reports(reports or [], entries).items():
            self.journal.delivery(position, report.state.value, report.final, iso(report.at))

    def _record_tagged(self, entries: list[JournalEntry], states: Mapping[str, StateEntry] | None) -> None:
        for entry in entries:
            state = (states or {}).get(digits_of(entry.number))
            if state is not None:
                self.journal.delivery(entry.position, state.state.value, state.final, None)

    def _final_deliveries(self) -> int:
        return sum(1 for entry in self.journal.entries(RecipientState.ACCEPTED) if entry.delivery_final)


class _JournalLedger:
    """The engine's ledger for a campaign: its journal (batches claimed there, outcomes written there)."""

    def __init__(self, journal: Journal, text: str) -> None:
        self.journal = journal
        self.text = text  # the campaign's: what a recipient without a text of its own gets
        self.reassign = journal.reassign
        self.held = journal.held
        self.unknown = journal.unknown
        self.refused = journal.refused
        self.not_sent = journal.not_sent

    def claim(self, vendor: str, limit: int) -> Claimed | None:
        return self.journal.claim(vendor, limit, self.text)

    def accepted(self, positions: Sequence[int], result: SendResult) -> None:
        self.journal.accepted(positions, result.message_id)


def _start_all(threads: list[threading.Thread]) -> None:
    """Start every worker with Ctrl-C held back until all have started (it is delivered right after):
    a Ctrl-C between two starts would stop the run without waiting for the workers already sending."""
    hold = hasattr(signal, "pthread_sigmask")  # POSIX; elsewhere the starts stay interruptible
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if hold else None
    try:
        for thread in threads:
            thread.start()
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@dataclass(frozen=True)
class Question:
    """Something a campaign asks one vendor after its run: the vendor's plan (None when that vendor
    cannot be asked), and what to record of its answer (None when there was none)."""

    vendor: str
    plan: Callable[[Vendor], Generator[Call[Any], Any, Any] | None]
    record: Callable[[Any], None]


def _find_sent(sent: SentQuestion, vendor: Vendor) -> Generator[Call[Any], Any, Verdicts] | None:
    return vendor.find_sent(sent)


def _status_of(message_id: str, vendor: Vendor) -> Generator[Call[Any], Any, list[DeliveryReport]]:
    return vendor.status(message_id, None)


def _delivery_by_tag(tag: str, vendor: Vendor) -> Generator[Call[Any], Any, dict[str, StateEntry]] | None:
    from .._vendors.smspartner import SmsPartner

    return vendor.delivery_by_tag(tag) if isinstance(vendor, SmsPartner) else None


def _one_client(sender: Any, method: str) -> Any:
    """``sender`` when it is a client; a failover of the wrong kind is named (run takes the sync ones)."""
    if isinstance(sender, FailoverClient | AsyncFailoverClient):
        wanted = "FailoverClient" if method == "run" else "AsyncFailoverClient"
        raise InvalidArgumentError(f"{method}() takes a Client or a {wanted}, not a {type(sender).__name__}")
    return sender  # FailoverClient([...]) checks that it is a client of the right kind


def _clients(sender: Any) -> dict[str, Any]:
    if isinstance(sender, FailoverClient | AsyncFailoverClient):
        return dict(sender.clients)
    vendor = getattr(sender, "vendor", None)
    if not isinstance(vendor, str):
        raise InvalidArgumentError(f"expected a smsgate client or failover client, not {type(sender).__name__}")
    return {vendor: sender}


def send_many(
    client: Client | FailoverClient,
    recipients: Iterable[Recipient],
    text: str,
    /,
    *,
    journal: str | Path | Journal | None = None,
    default_region: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    batch_sizes: Mapping[str, int] | None = None,
    rate_limits: Mapping[str, RateLimit] | None = None,
    progress: Callable[[CampaignReport], None] | None = None,
    on_wait: WaitCallback | None = None,
    sender_name: str | Mapping[str, str] | None = None,
    **options: Unpack[SendKwargs],
) -> CampaignReport:
    """``Campaign.create`` then ``run``: send ``text`` to every recipient; the journal keeps the outcome.

    ``options`` are ``send``'s (``sender``, ``scheduled_at``, ``reference``, ``dry_run``,
    ``purpose``, ``gsm7``), checked with ``client``'s rules before the journal is made; the
    others are ``run``'s. ``sender_name`` is the former name of ``sender`` (deprecated).
    """
    given = _with_sender_name(options, sender_name)
    check_run_options(concurrency, batch_sizes, rate_limits, on_wait)
    campaign = Campaign._create(journal, _numbered(recipients), text, client, default_region, None, False, given)
    try:
        return campaign.run(
            client,
            concurrency=concurrency,
            batch_sizes=batch_sizes,
            rate_limits=rate_limits,
            progress=progress,
            on_wait=on_wait,
        )
    finally:
        if not isinstance(journal, Journal):
            campaign.close()


async def send_many_async(
    client: AsyncClient | AsyncFailoverClient,
    recipients: Iterable[Recipient],
    text: str,
    /,
    *,
    journal: str | Path | Journal | None = None,
    default_region: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    batch_sizes: Mapping[str, int] | None = None,
    rate_limits: Mapping[str, RateLimit] | None = None,
    progress: Callable[[CampaignReport], None] | None = None,
    on_wait: WaitCallback | None = None,
    sender_name: str | Mapping[str, str] | None = None,
    **options: Unpack[SendKwargs],
) -> CampaignReport:
    """The asyncio twin of ``send_many``."""
    given = _with_sender_name(options, sender_name)
    check_run_options(concurrency, batch_sizes, rate_limits, on_wait)
    campaign = Campaign._create(journal, _numbered(recipients), text, client, default_region, None, False, given)
    try:
        return await campaign.run_async(
            client,
            concurrency=concurrency,
            batch_sizes=batch_sizes,
            rate_limits=rate_limits,
            progress=progress,
            on_wait=on_wait,
        )
    finally:
        if not isinstance(journal, Journal):
            campaign.close()


def _with_sender_name(options: Mapping[str, Any], sender_name: object) -> dict[str, Any]:
    given = dict(options)
    if sender_name is not None:
        if "sender" in given:
            raise InvalidArgumentError("give sender= only (sender_name= is its former name)")
        warnings.warn("send_many(sender_name=...) is now sender=...", DeprecationWarning, stacklevel=3)
        given["sender"] = sender_name
    return given


def check_run_options(
    concurrency: object,
    batch_sizes: Mapping[str, int] | None,
    rate_limits: Mapping[str, RateLimit] | None,
    on_wait: object,
) -> tuple[dict[str, int], dict[str, RateLimit]]:
    """A run's options checked (before a campaign is made for it): the batch sizes and rate limits to use."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= MAX_CONCURRENCY:
        raise InvalidArgumentError(
            f"concurrency must be a whole number from 1 to {MAX_CONCURRENCY}, not {concurrency!r}"
        )
    if batch_sizes is not None and not isinstance(batch_sizes, Mapping):
        raise InvalidArgumentError(f"batch_sizes must be a {{vendor: size}} mapping, not {type(batch_sizes).__name__}")
    if rate_limits is not None and not isinstance(rate_limits, Mapping):
        raise InvalidArgumentError(
            f"rate_limits must be a {{vendor: RateLimit}} mapping, not {type(rate_limits).__name__}"
        )
    for vendor, size in (batch_sizes or {}).items():
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise InvalidArgumentError(f"the batch size of {vendor} must be a whole number >= 1, not {size!r}")
        largest = max_batch_size(vendor)
        if largest is not None and size > largest:
            raise InvalidRequestError(
                f"the batch size of {vendor} is at most {largest} (its documented maximum), not {size}"
            )
    for vendor, limit in (rate_limits or {}).items():
        if not isinstance(limit, RateLimit):
            raise InvalidArgumentError(f"the rate limit of {vendor} must be a RateLimit, not {type(limit).__name__}")
    if on_wait is not None and not callable(on_wait):
        raise InvalidArgumentError(f"on_wait must be callable, not {type(on_wait).__name__}")
    return {**DEFAULT_BATCH_SIZES, **(batch_sizes or {})}, {**DEFAULT_RATE_LIMITS, **(rate_limits or {})}


def _numbered(recipients: object) -> Iterable[tuple[int, Recipient]]:
    if isinstance(recipients, str | bytes) or not isinstance(recipients, Iterable):
        raise InvalidArgumentError("recipients must be a list (or any iterable) of numbers")
    return enumerate(recipients, start=1)


def entries_by_message(entries: Iterable[JournalEntry]) -> dict[tuple[str, str], list[JournalEntry]]:
    """Accepted entries grouped by (vendor, message id): one status request per group."""
    groups: dict[tuple[str, str], list[JournalEntry]] = {}
    for entry in entries:
        if entry.vendor and entry.message_id:
            groups.setdefault((entry.vendor, entry.message_id), []).append(entry)
    return groups
