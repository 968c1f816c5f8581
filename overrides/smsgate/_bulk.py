"""Bulk sends: one text (or a template) to many numbers, journaled recipient by recipient.

A ``Campaign`` is a journal (``smsgate._journal``) plus the rules to send it: batches sized to each
vendor's limit, bounded concurrency, per-vendor rate limits, ``Retry-After`` honoured, failover
(``smsgate._failover``), and resume. The sending logic is one generator per batch (``_plan``) that
yields what to do (send this batch to this vendor, sleep this long) and receives what happened;
the sync driver runs batches on threads, the async one on tasks, with the same plan.
"""

from __future__ import annotations

import asyncio
import string
import threading
import time
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ._errors import InvalidRequestError, RateLimitError, SendOutcomeUnknown, SmsGateError
from ._failover import AsyncFailoverClient, FailoverClient, FailoverResult, Verdict, verdict
from ._journal import Claimed, Journal, JournalEntry, RecipientState
from ._phone import digits_of, to_e164
from ._resolve import (
    DEFAULT_SETTLE_SECONDS,
    Ask,
    ResolveReport,
    delivery_by_tag_plan,
    delivery_plan,
    iso,
    resolve_plan,
    settled,
    unknown_batches,
)
from ._retry import RetryPolicy, retry_delay
from ._rules import sms_parts

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._models import SendResult

__all__ = [
    "DEFAULT_BATCH_SIZES",
    "DEFAULT_RATE_LIMITS",
    "Campaign",
    "CampaignReport",
    "RateLimit",
    "send_many",
    "send_many_async",
]

# Recipients per request. SMS Partner: 500 (its /send documents "1-500 numbers", error 50 beyond;
# reference/smspartner.md 1.4). Primotexto: one number per request (its /messages/send takes one
# `number`; reference/primotexto.md). Messaggi: a list, with no documented maximum
# (reference/messaggi.md 2.2): 500, like SMS Partner, keeps one request's answer small. Any other
# vendor: 1, which every unified client accepts; ``batch_sizes=`` changes any of them.
DEFAULT_BATCH_SIZES: Mapping[str, int] = {"smspartner": 500, "primotexto": 1, "messaggi": 500}
FALLBACK_BATCH_SIZE = 1
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64
PROGRESS_INTERVAL = 0.2  # seconds between two progress reports (each counts the journal's states)
MAX_RATE_LIMIT_WAITS = 5  # a batch waits out a vendor's 429 this many times, then is refused (resumable)
RATE_LIMIT_BACKOFF = RetryPolicy(initial_delay=1.0, max_delay=30.0)  # when a 429 names no Retry-After


@dataclass(frozen=True)
class RateLimit:
    """At most ``per_second`` units a second to one vendor: requests, messages (recipients) or parts (SMS).

    A concatenated text of 3 parts to 500 numbers is 1 request, 500 messages, 1,500 parts.
    """

    per_second: float
    unit: Literal["request", "message", "part"] = "part"

    def __post_init__(self) -> None:
        rate = self.per_second
        if isinstance(rate, bool) or not isinstance(rate, int | float) or not rate > 0 or rate == float("inf"):
            raise InvalidRequestError(f"per_second must be a positive number, not {rate!r}")
        if self.unit not in ("request", "message", "part"):
            raise InvalidRequestError(f"unit must be 'request', 'message' or 'part', not {self.unit!r}")

    def cost(self, recipients: int, text: str, vendor: str | None = None) -> float:
        if self.unit == "request":
            return 1.0
        return float(recipients * (sms_parts(text, vendor) if self.unit == "part" else 1))


# None of the three vendors documents a rate limit on its send route (SMS Partner documents
# 5/min on cost statistics and 360/min on HLR look-ups only, reference/smspartner.md 1.6;
# Primotexto and Messaggi document none): no limit by default, every 429's Retry-After is honoured.
DEFAULT_RATE_LIMITS: Mapping[str, RateLimit] = {}


class _Pace:
    """One vendor's pacing: a rate limit (if any) and the pause a 429 asked for, shared by all workers."""

    def __init__(self, vendor: str, limit: RateLimit | None, clock: Callable[[], float]) -> None:
        self.vendor = vendor
        self.limit = limit
        self._clock = clock
        self._next_at = -float("inf")
        self._lock = threading.Lock()

    def reserve(self, recipients: int, text: str) -> float:
        """Seconds to wait before this request may leave (the slot is taken now)."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_at)
            if self.limit is not None:
                self._next_at = start + self.limit.cost(recipients, text, self.vendor) / self.limit.per_second
            elif start > now:
                self._next_at = start
            return start - now

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._next_at = max(self._next_at, self._clock() + seconds)


@dataclass(frozen=True)
class Attempt:
    """Send ``numbers`` the text to ``vendor``, tagged ``reference``."""

    vendor: str
    numbers: tuple[str, ...]
    text: str
    reference: str


@dataclass(frozen=True)
class Held:
    """Recipients provably not sent, held by this run for their next try at ``vendor``."""

    vendor: str
    recipients: tuple[tuple[int, str], ...]
    text: str


@dataclass(frozen=True)
class Pause:
    seconds: float


Action = Attempt | Pause
Outcome = Any  # the SendResult, or the SmsGateError raised; None after a Pause


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

    @property
    def total(self) -> int:
        return self.pending + self.in_flight + self.accepted + self.refused + self.unknown

    @property
    def complete(self) -> bool:
        return self.accepted == self.total

    @property
    def settled(self) -> bool:
        """Nothing left to send: each recipient accepted, refused or unknown."""
        return self.pending == 0 and self.in_flight == 0


Recipient = str | tuple[str, Mapping[str, Any]]


class Campaign:
    """A bulk send and its journal. ``Campaign.create`` starts one, ``Campaign.open`` takes one up again.

    ``run`` (or ``await run_async``) sends to every pending recipient and returns a
    ``CampaignReport``; running again after a crash or a Ctrl-C (a resume) sends only to recipients
    still pending: never to one that was in flight (those become ``unknown``). ``resolve`` asks the
    vendors about unknown recipients, ``poll_delivery`` records delivery states, ``entries`` lists
    every recipient.
    """

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        settings = journal.settings()
        self.text: str = settings["text"]
        self.sender: str | dict[str, str] | None = settings.get("sender")
        at = settings.get("scheduled_at")
        self.scheduled_at = datetime.fromisoformat(at) if at else None
        self._results: list[SendResult] = []
        self._errors: dict[int, SmsGateError] = {}
        self._keep_results = journal.path is None  # an in-memory campaign reports its own results
        self._requests = 0
        self._count_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Campaign({self.journal!r})"

    # -- creating and opening -----------------------------------------------------------------

    @classmethod
    def create(
        cls,
        journal: str | Path | Journal | None,
        recipients: Iterable[Recipient],
        text: str,
        *,
        sender: str | Mapping[str, str] | None = None,
        scheduled_at: datetime | None = None,
        default_region: str | None = None,
    ) -> Campaign:
        """A new campaign in ``journal`` (a path, a ``Journal``, or None: in memory).

        ``recipients`` are numbers, or (number, fields) pairs whose fields fill ``text`` as a
        ``str.format`` template (``"Bonjour {name}"``). Numbers are E.164, or national with
        ``default_region`` ("FR"); one that is no valid number is recorded as refused, never sent.
        ``sender`` is one sender for every vendor or a {vendor: sender} mapping.
        """
        if not isinstance(text, str) or not text.strip():
            raise InvalidRequestError("the message text must be a non-empty str")
        if sender is not None and not isinstance(sender, str | Mapping):
            raise InvalidRequestError(
                f"sender must be a str or a {{vendor: sender}} mapping, not {type(sender).__name__}"
            )
        if scheduled_at is not None and (not isinstance(scheduled_at, datetime) or scheduled_at.tzinfo is None):
            raise InvalidRequestError("scheduled_at must be a timezone-aware datetime")
        if isinstance(recipients, str | bytes) or not isinstance(recipients, Iterable):
            raise InvalidRequestError("recipients must be a list (or any iterable) of numbers")
        store = journal if isinstance(journal, Journal) else Journal(journal)

        def rows() -> Iterable[tuple[str, str | None, InvalidRequestError | None]]:
            for index, recipient in enumerate(recipients):
                number, own_text = _recipient(recipient, text, index)
                try:
                    yield to_e164(number, default_region or "ZZ"), own_text, None
                except InvalidRequestError as error:  # kept, as refused: the report accounts for every line
                    yield number, own_text, error

        settings = {
            "text": text,
            "sender": dict(sender) if isinstance(sender, Mapping) else sender,
            "scheduled_at": scheduled_at.isoformat() if scheduled_at else None,
        }
        try:
            store.start(settings, rows())
        except BaseException:
            if not isinstance(journal, Journal):
                store.close()
            raise
        return cls(store)

    @classmethod
    def open(cls, journal: str | Path | Journal) -> Campaign:
        """A campaign saved in ``journal``, to resume, resolve or report on."""
        store = journal if isinstance(journal, Journal) else Journal(journal)
        if not store.is_started():
            name = store.path
            store.close()
            raise InvalidRequestError(f"{name} holds no campaign: start one with Campaign.create")
        return cls(store)

    def close(self) -> None:
        self.journal.close()

    def __enter__(self) -> Campaign:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------------

    def report(self) -> CampaignReport:
        counts = self.journal.counts()
        return CampaignReport(
            pending=counts[RecipientState.PENDING],
            in_flight=counts[RecipientState.IN_FLIGHT],
            accepted=counts[RecipientState.ACCEPTED],
            refused=counts[RecipientState.REFUSED],
            unknown=counts[RecipientState.UNKNOWN],
            requests=self._requests,
        )

    def entries(self, state: RecipientState | str | None = None) -> Iterable[JournalEntry]:
        """Every recipient in input order, or those in ``state``."""
        if state is None:
            return self.journal.entries()
        try:
            return self.journal.entries(RecipientState(state))
        except ValueError:
            names = ", ".join(state.value for state in RecipientState)
            raise InvalidRequestError(f"state must be one of {names}, not {state!r}") from None

    def failover_result(self) -> FailoverResult:
        """An in-memory campaign's outcome as a ``FailoverResult`` (raises when nothing was accepted)."""
        refused: dict[str, SmsGateError] = {}
        unknown: dict[str, SendOutcomeUnknown] = {}
        for entry in self.journal.entries():
            error = self._errors.get(entry.position)
            if entry.state is RecipientState.UNKNOWN and isinstance(error, SendOutcomeUnknown):
                unknown[entry.number] = error
            elif entry.state is not RecipientState.ACCEPTED:
                refused[entry.number] = error or InvalidRequestError(entry.error or "not sent")
        if not self._results:
            raise next(iter(unknown.values()), None) or next(
                reversed(refused.values()), InvalidRequestError("no recipient given")
            )
        return FailoverResult(tuple(self._results), refused, unknown)

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
        progress: Callable[[CampaignReport], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> CampaignReport:
        """Send to every pending recipient through ``sender`` (a client, or a failover of clients).

        ``retry_refused`` sends again to refused recipients (a refusal proves nothing was sent).
        ``resend_unknown`` sends again to unknown ones: each may get the message twice; resolve
        them first (``resolve``) unless a duplicate is acceptable.
        """
        failover = sender if isinstance(sender, FailoverClient) else FailoverClient([_one_client(sender, "run")])
        engine = self._engine(failover.vendors, failover, concurrency, batch_sizes, rate_limits)
        self._prepare(retry_refused, resend_unknown)
        started = time.monotonic()
        stop = threading.Event()
        errors: list[BaseException] = []
        report_progress = self._throttled(progress)

        def worker() -> None:
            try:
                while not stop.is_set():
                    claimed = engine.next_batch()
                    if claimed is None:
                        return
                    self._drive(engine.plan(claimed), failover, sleep)
                    report_progress()
            except BaseException as error:  # a bug or an interrupt: the others stop after their batch
                errors.append(error)
                stop.set()

        threads = [threading.Thread(target=worker, name=f"smsgate-bulk-{n}", daemon=True) for n in range(concurrency)]
        for thread in threads:
            thread.start()
        try:
            for thread in threads:
                while thread.is_alive():
                    thread.join(0.2)  # a timed join lets Ctrl-C reach this thread
        except BaseException:
            stop.set()  # each worker finishes the request it has in flight and records it
            for thread in threads:
                thread.join()
            raise
        if errors:
            raise errors[0]
        report_progress(force=True)
        return self._final(started)

    def _drive(
        self, plan: Generator[Action, Outcome, None], failover: FailoverClient, sleep: Callable[[float], None]
    ) -> None:
        outcome: Outcome = None
        try:
            while True:
                action = plan.send(outcome)
                if isinstance(action, Pause):
                    sleep(action.seconds)
                    outcome = None
                    continue
                self._count()
                try:
                    outcome = failover.clients[action.vendor].send(
                        list(action.numbers),
                        action.text,
                        sender=self._sender_for(action.vendor),
                        scheduled_at=self.scheduled_at,
                        reference=action.reference,
                    )
                except SmsGateError as error:
                    outcome = error
        except StopIteration:
            return

    async def run_async(
        self,
        sender: AsyncClient | AsyncFailoverClient,
        *,
        concurrency: int = DEFAULT_CONCURRENCY,
        batch_sizes: Mapping[str, int] | None = None,
        rate_limits: Mapping[str, RateLimit] | None = None,
        retry_refused: bool = False,
        resend_unknown: bool = False,
        progress: Callable[[CampaignReport], None] | None = None,
    ) -> CampaignReport:
        """The asyncio twin of ``run``, over an ``AsyncClient`` or an ``AsyncFailoverClient``."""
        failover = (
            sender
            if isinstance(sender, AsyncFailoverClient)
            else AsyncFailoverClient([_one_client(sender, "run_async")])
        )
        engine = self._engine(failover.vendors, failover, concurrency, batch_sizes, rate_limits)
        self._prepare(retry_refused, resend_unknown)
        started = time.monotonic()
        report_progress = self._throttled(progress)

        async def worker() -> None:
            while (claimed := engine.next_batch()) is not None:
                await self._drive_async(engine.plan(claimed), failover)
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

    async def _drive_async(self, plan: Generator[Action, Outcome, None], failover: AsyncFailoverClient) -> None:
        outcome: Outcome = None
        try:
            while True:
                action = plan.send(outcome)
                if isinstance(action, Pause):
                    await asyncio.sleep(action.seconds)
                    outcome = None
                    continue
                self._count()
                try:
                    outcome = await failover.clients[action.vendor].send(
                        list(action.numbers),
                        action.text,
                        sender=self._sender_for(action.vendor),
                        scheduled_at=self.scheduled_at,
                        reference=action.reference,
                    )
                except SmsGateError as error:
                    outcome = error
        except StopIteration:
            return

    def _engine(
        self,
        vendors: Sequence[str],
        failover: FailoverClient | AsyncFailoverClient,
        concurrency: int,
        batch_sizes: Mapping[str, int] | None,
        rate_limits: Mapping[str, RateLimit] | None,
    ) -> _Engine:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= MAX_CONCURRENCY:
            raise InvalidRequestError(f"concurrency must be a whole number from 1 to {MAX_CONCURRENCY}")
        sizes = {**DEFAULT_BATCH_SIZES, **(batch_sizes or {})}
        for vendor, size in sizes.items():
            if isinstance(size, bool) or not isinstance(size, int) or size < 1:
                raise InvalidRequestError(f"the batch size of {vendor} must be a whole number >= 1, not {size!r}")
        limits = {**DEFAULT_RATE_LIMITS, **(rate_limits or {})}
        for vendor, limit in limits.items():
            if not isinstance(limit, RateLimit):
                raise InvalidRequestError(f"the rate limit of {vendor} must be a RateLimit, not {type(limit).__name__}")
        return _Engine(self, tuple(vendors), failover, sizes, limits)

    def _prepare(self, retry_refused: bool, resend_unknown: bool) -> None:
        for name, flag in (("retry_refused", retry_refused), ("resend_unknown", resend_unknown)):
            if not isinstance(flag, bool):
                raise InvalidRequestError(f"{name} must be True or False, not {type(flag).__name__}")
        self.journal.interrupted_to_unknown()  # what a stopped run left in flight may have been sent
        if retry_refused:
            self.journal.retry_refused()
        if resend_unknown:
            self.journal.resend_unknown()
        self._requests = 0

    def _final(self, started: float) -> CampaignReport:
        report = self.report()
        return CampaignReport(
            report.pending,
            report.in_flight,
            report.accepted,
            report.refused,
            report.unknown,
            self._requests,
            time.monotonic() - started,
        )

    def _count(self) -> None:
        with self._count_lock:
            self._requests += 1

    def _sender_for(self, vendor: str) -> str | None:
        if isinstance(self.sender, dict):
            return self.sender.get(vendor)
        return self.sender

    # -- after the run: unknown outcomes and delivery states -------------------------------------

    def resolve(
        self, sender: Client | FailoverClient, *, settle_seconds: float = DEFAULT_SETTLE_SECONDS
    ) -> ResolveReport:
        """Ask the vendors about every unknown recipient (see ``smsgate._resolve``): found ones become
        accepted; ones the vendor confirms it never received (``settle_seconds`` after their batch
        started) become pending, for the next run to send; the others stay unknown."""
        clients = _clients(sender)
        self.journal.interrupted_to_unknown()
        return self._resolved(
            [self._ask(plan, clients.get(vendor)) for vendor, plan in self._resolve_plans(settle_seconds)]
        )

    async def resolve_async(
        self, sender: AsyncClient | AsyncFailoverClient, *, settle_seconds: float = DEFAULT_SETTLE_SECONDS
    ) -> ResolveReport:
        clients = _clients(sender)
        self.journal.interrupted_to_unknown()
        return self._resolved(
            [await self._ask_async(plan, clients.get(vendor)) for vendor, plan in self._resolve_plans(settle_seconds)]
        )

    def poll_delivery(self, sender: Client | FailoverClient) -> int:
        """Record the delivery state of every accepted recipient not final yet (the vendors' batch
        status routes, one request per message); returns how many are final."""
        clients = _clients(sender)
        for vendor, plan in self._delivery_plans():
            self._delivered(self._ask(plan, clients.get(vendor)))
        return self._final_deliveries()

    async def poll_delivery_async(self, sender: AsyncClient | AsyncFailoverClient) -> int:
        clients = _clients(sender)
        for vendor, plan in self._delivery_plans():
            self._delivered(await self._ask_async(plan, clients.get(vendor)))
        return self._final_deliveries()

    def _resolve_plans(self, settle_seconds: float) -> Iterable[tuple[str, Generator[Ask, Any, Any]]]:
        if isinstance(settle_seconds, bool) or not isinstance(settle_seconds, int | float) or settle_seconds < 0:
            raise InvalidRequestError(f"settle_seconds must be a number of seconds >= 0, not {settle_seconds!r}")
        groups = unknown_batches(self.journal.entries(RecipientState.UNKNOWN))
        for (vendor, batch), entries in groups.items():
            started = self.journal.batch_started(batch) or min(entry.started_at or 0.0 for entry in entries)
            yield vendor, self._resolve_batch(vendor, batch, started, entries, settle_seconds)

    def _resolve_batch(
        self, vendor: str, batch: int, started: float, entries: list[JournalEntry], settle_seconds: float
    ) -> Generator[Ask, Any, tuple[int, int, int]]:
        verdicts = yield from resolve_plan(vendor, self.journal.tag(batch), started, entries)
        if verdicts is None:
            return 0, 0, len(entries)
        for position, message_id in verdicts.received.items():
            self.journal.resolved(position, vendor=vendor, message_id=message_id)
        absent = verdicts.absent if settled(started, settle_seconds) else []
        self.journal.not_received(
            absent, f"{vendor} confirmed it never received this send (tag {self.journal.tag(batch)})"
        )
        return len(verdicts.received), len(absent), len(entries) - len(verdicts.received) - len(absent)

    def _resolved(self, outcomes: list[Any]) -> ResolveReport:
        counted = [outcome if isinstance(outcome, tuple) else (0, 0, 0) for outcome in outcomes]
        still = self.journal.counts()[RecipientState.UNKNOWN]
        return ResolveReport(sum(c[0] for c in counted), sum(c[1] for c in counted), still)

    def _delivery_plans(self) -> Iterable[tuple[str, Generator[Ask, Any, Any]]]:
        accepted = [e for e in self.journal.entries(RecipientState.ACCEPTED) if not e.delivery_final]
        for (vendor, message_id), entries in entries_by_message(accepted).items():
            yield vendor, delivery_plan(message_id, entries)
        # Recipients resolved by SMS Partner's tag look-up have no message id: their tag finds them again.
        by_tag = [e for e in accepted if not e.message_id and e.vendor == "smspartner" and e.batch is not None]
        for (vendor, batch), entries in unknown_batches(by_tag).items():
            yield vendor, delivery_by_tag_plan(self.journal.tag(batch), entries)

    def _delivered(self, found: Any) -> None:
        if not isinstance(found, dict):
            return
        for position, report in found.items():
            self.journal.delivery(position, report.state.value, report.final, iso(report.at))

    def _final_deliveries(self) -> int:
        return sum(1 for entry in self.journal.entries(RecipientState.ACCEPTED) if entry.delivery_final)

    @staticmethod
    def _ask(plan: Generator[Ask, Any, Any], client: Any) -> Any:
        """Run a question plan with a sync client; a plan whose vendor has no client, or that fails, gives None."""
        if client is None:
            plan.close()
            return None
        answer: Any = None
        try:
            while True:
                ask = plan.send(answer)
                try:
                    answer = ask(client)
                except SmsGateError as error:
                    answer = error
        except StopIteration as stop:
            return stop.value
        except SmsGateError:
            return None  # this batch's question failed: its recipients stay as they were

    @staticmethod
    async def _ask_async(plan: Generator[Ask, Any, Any], client: Any) -> Any:
        if client is None:
            plan.close()
            return None
        answer: Any = None
        try:
            while True:
                ask = plan.send(answer)
                try:
                    answer = await ask(client)
                except SmsGateError as error:
                    answer = error
        except StopIteration as stop:
            return stop.value
        except SmsGateError:
            return None

    # -- what the engine records ---------------------------------------------------------------

    def _accepted(self, result: SendResult, positions: Sequence[int]) -> None:
        self.journal.accepted(positions, result.message_id)
        if self._keep_results:
            with self._count_lock:
                self._results.append(result)

    def _failed(self, positions: Sequence[int], error: SmsGateError) -> None:
        if self._keep_results:
            with self._count_lock:
                self._errors.update(dict.fromkeys(positions, error))


def _one_client(sender: Any, method: str) -> Any:
    """``sender`` when it is a client; a failover of the wrong kind is named (run takes the sync ones)."""
    if isinstance(sender, FailoverClient | AsyncFailoverClient):
        wanted = "FailoverClient" if method == "run" else "AsyncFailoverClient"
        raise InvalidRequestError(f"{method}() takes a Client or a {wanted}, not a {type(sender).__name__}")
    return sender  # FailoverClient([...]) checks that it is a client of the right kind


def _clients(sender: Any) -> dict[str, Any]:
    if isinstance(sender, FailoverClient | AsyncFailoverClient):
        return dict(sender.clients)
    vendor = getattr(sender, "vendor", None)
    if not isinstance(vendor, str):
        raise InvalidRequestError(f"expected a smsgate client or failover client, not {type(sender).__name__}")
    return {vendor: sender}


def fill(template: str, fields: Mapping[str, Any], index: int) -> str:
    """``template`` with each ``{name}`` replaced by ``fields[name]`` (``{{`` and ``}}`` for braces).

    Plain names only: no format spec, conversion, attribute or index (``{name:>999999999}`` would
    build a gigabyte string), so a template cannot do more than insert a value.
    """
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as error:
        raise InvalidRequestError(f"the template cannot be read: {error}") from None
    out: list[str] = []
    for literal, name, spec, conversion in parts:
        out.append(literal)
        if name is None:
            continue
        if spec or conversion or not name or any(mark in name for mark in ".[]"):
            raise InvalidRequestError(f"the template's fields are plain {{name}}s, not {{{name}...}}")
        if name not in fields:
            raise InvalidRequestError(f"recipient {index + 1}: no value for {{{name}}} in the template")
        out.append(str(fields[name]))
    return "".join(out)


def _recipient(recipient: object, text: str, index: int) -> tuple[str, str | None]:
    """(number, its own text or None for the campaign's) from one input item."""
    if isinstance(recipient, str):
        return recipient.strip(), None
    if isinstance(recipient, tuple) and len(recipient) == 2 and isinstance(recipient[0], str):
        fields = recipient[1]
        if not isinstance(fields, Mapping):
            raise InvalidRequestError(f"recipient {index + 1}: the fields must be a mapping")
        own = fill(text, fields, index)
        return recipient[0].strip(), None if own == text else own
    raise InvalidRequestError(f"recipient {index + 1} must be a number or a (number, fields) pair")


class _Engine:
    """The rules of one run: which vendor gets a batch, and what each answer means for its recipients."""

    def __init__(
        self,
        campaign: Campaign,
        vendors: tuple[str, ...],
        failover: FailoverClient | AsyncFailoverClient,
        batch_sizes: Mapping[str, int],
        rate_limits: Mapping[str, RateLimit],
    ) -> None:
        self.campaign = campaign
        self.journal = campaign.journal
        self.vendors = vendors
        self.breaker = failover.breaker
        self.rate_limit_wait = failover.rate_limit_wait
        self.sizes = batch_sizes
        self.paces = {vendor: _Pace(vendor, rate_limits.get(vendor), time.monotonic) for vendor in vendors}

    def size(self, vendor: str) -> int:
        return self.sizes.get(vendor, FALLBACK_BATCH_SIZE)

    def next_batch(self) -> tuple[Claimed, int] | None:
        index = self.breaker.pick(self.vendors, 0)
        assert index is not None
        vendor = self.vendors[index]
        claimed = self.journal.claim(vendor, self.size(vendor), self.campaign.text)
        return None if claimed is None else (claimed, index)

    def plan(self, first: tuple[Claimed, int]) -> Generator[Action, Outcome, None]:
        """Send one claimed batch, and what failover makes of it, to the end; record every recipient."""
        # (batch in flight, or recipients held for their next try; index of the vendor; rate-limit waits so far)
        work: list[tuple[Claimed | Held, int, int]] = [(*first, 0)]
        while work:
            item, index, waits = work.pop(0)
            # Held recipients go in flight only now, just before their request: a crash before this
            # leaves them pending (they are: provably not sent), never unknown.
            claimed = (
                item if isinstance(item, Claimed) else self.journal.reassign(item.vendor, item.recipients, item.text)
            )
            vendor = claimed.vendor
            numbers = tuple(number for _, number in claimed.recipients)
            wait = self.paces[vendor].reserve(len(numbers), claimed.text)
            if wait > 0:
                yield Pause(wait)
            outcome = yield Attempt(vendor, numbers, claimed.text, claimed.tag)
            if not isinstance(outcome, SmsGateError):
                self.breaker.succeeded(vendor)
                refused = self._record_result(claimed, outcome)
                if refused:
                    work += self._fall_over(claimed, refused, index, refused_error(vendor))
                continue
            error: SmsGateError = outcome
            self.breaker.failed(vendor, error)
            rest = self._record_partial(claimed, error)
            if not rest:
                continue
            kind = verdict(error)
            if kind is Verdict.UNKNOWN:
                self.journal.unknown([p for p, _ in rest], error)
                self.campaign._failed([p for p, _ in rest], error)
                continue
            if kind is Verdict.RATE_LIMITED and waits < MAX_RATE_LIMIT_WAITS:
                assert isinstance(error, RateLimitError)
                last = self.breaker.pick(self.vendors, index + 1) is None
                seconds = error.retry_after
                if last or (seconds is not None and seconds <= self.rate_limit_wait):
                    seconds = retry_delay(waits + 1, RATE_LIMIT_BACKOFF, seconds)
                    self.paces[vendor].pause(seconds)
                    self.journal.held([p for p, _ in rest], error)
                    work.insert(0, (Held(vendor, tuple(rest), claimed.text), index, waits + 1))
                    continue
            work += self._fall_over(claimed, rest, index, error)

    def _fall_over(
        self, claimed: Claimed, rest: list[tuple[int, str]], index: int, error: SmsGateError
    ) -> list[tuple[Claimed | Held, int, int]]:
        """The next vendor's batches for what ``claimed``'s vendor provably did not send; refused when none is left."""
        positions = [p for p, _ in rest]
        following = self.breaker.pick(self.vendors, index + 1)
        if following is None:
            self.journal.refused(positions, error)
            self.campaign._failed(positions, error)
            return []
        self.journal.held(positions, error)
        vendor = self.vendors[following]
        size = self.size(vendor)
        return [
            (Held(vendor, tuple(rest[start : start + size]), claimed.text), following, 0)
            for start in range(0, len(rest), size)
        ]

    def _record_result(self, claimed: Claimed, result: SendResult) -> list[tuple[int, str]]:
        """Record a successful send; returns the recipients the vendor refused (for the next vendor)."""
        accepted = _positions_named(claimed, result.accepted)
        taken = set(accepted)
        rejected = set(_positions_named(claimed, result.rejected)) - taken
        refused = [(p, n) for p, n in claimed.recipients if p in rejected]
        self.campaign._accepted(result, accepted)
        seen = taken | rejected
        missing = [p for p, _ in claimed.recipients if p not in seen]
        if missing:  # the answer names neither: the vendor may have taken them, so they are not sent again
            unknown = SendOutcomeUnknown(
                "the vendor's answer names neither these recipients' acceptance nor their refusal",
                vendor=claimed.vendor,
                operation="send",
                reference=claimed.tag,
            )
            self.journal.unknown(missing, unknown)
            self.campaign._failed(missing, unknown)
        return refused

    def _record_partial(self, claimed: Claimed, error: SmsGateError) -> list[tuple[int, str]]:
        """Record the part a failed send had accepted (``error.partial``); returns the rest."""
        partial = error.partial
        if partial is None or not partial.accepted:
            return list(claimed.recipients)
        accepted = _positions_named(claimed, partial.accepted)
        self.campaign._accepted(partial, accepted)
        taken = set(accepted)
        return [(p, n) for p, n in claimed.recipients if p not in taken]


def _positions_named(claimed: Claimed, numbers: Iterable[str]) -> list[int]:
    """The positions of the claimed recipients whose number is among ``numbers``, compared by their
    digits (a vendor answers in its own form of a number: ``+39-349...`` for ``+39349...``)."""
    wanted = {digits_of(number) for number in numbers}
    return [position for position, number in claimed.recipients if digits_of(number) in wanted]


def refused_error(vendor: str) -> InvalidRequestError:
    return InvalidRequestError("the vendor refused this recipient (listed as invalid in its answer)", vendor=vendor)


def send_many(
    sender: Client | FailoverClient,
    recipients: Iterable[Recipient],
    text: str,
    *,
    journal: str | Path | Journal | None = None,
    sender_name: str | Mapping[str, str] | None = None,
    scheduled_at: datetime | None = None,
    default_region: str | None = None,
    **options: Any,
) -> CampaignReport:
    """``Campaign.create`` then ``run``: send ``text`` to every recipient; the journal keeps the outcome.

    ``options`` are ``run``'s (concurrency, batch_sizes, rate_limits, progress).
    """
    campaign = Campaign.create(
        journal, recipients, text, sender=sender_name, scheduled_at=scheduled_at, default_region=default_region
    )
    try:
        return campaign.run(sender, **options)
    finally:
        if not isinstance(journal, Journal):
            campaign.close()


async def send_many_async(
    sender: AsyncClient | AsyncFailoverClient,
    recipients: Iterable[Recipient],
    text: str,
    *,
    journal: str | Path | Journal | None = None,
    sender_name: str | Mapping[str, str] | None = None,
    scheduled_at: datetime | None = None,
    default_region: str | None = None,
    **options: Any,
) -> CampaignReport:
    """The asyncio twin of ``send_many``."""
    campaign = Campaign.create(
        journal, recipients, text, sender=sender_name, scheduled_at=scheduled_at, default_region=default_region
    )
    try:
        return await campaign.run_async(sender, **options)
    finally:
        if not isinstance(journal, Journal):
            campaign.close()


def entries_by_message(entries: Iterable[JournalEntry]) -> dict[tuple[str, str], list[JournalEntry]]:
    """Accepted entries grouped by (vendor, message id): one status request per group."""
    groups: dict[tuple[str, str], list[JournalEntry]] = {}
    for entry in entries:
        if entry.vendor and entry.message_id:
            groups.setdefault((entry.vendor, entry.message_id), []).append(entry)
    return groups
