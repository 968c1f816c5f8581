"""Failover over an ordered list of vendor clients: the next vendor only when the first provably did
not send (what each error proves, and the circuit breaker: ``engine``).

``FailoverClient.send`` runs the campaign engine over a ledger in memory (``MemoryLedger``): the
same batches, failover and checks as a campaign, with no journal.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar, Unpack

from .. import _client
from .._base.drive import adrive, drive
from .._base.errors import InvalidArgumentError, InvalidRequestError, SendOutcomeUnknown, SmsGateError
from .._text.send_options import SendKwargs, SendOptions
from .engine import DEFAULT_BATCH_SIZES, DEFAULT_RATE_LIMITS, BatchSender, CircuitBreaker, Engine, check_seconds
from .journal import Claimed, JournalRow, tag_prefix
from .texts import prepared_rows

if TYPE_CHECKING:
    from .._base.models import DeliveryReport, SendResult
    from .._client import AsyncClient, Client

__all__ = ["AsyncFailoverClient", "FailoverClient", "FailoverResult", "MemoryLedger"]

DEFAULT_RATE_LIMIT_WAIT = 5.0  # seconds: a longer Retry-After sends the batch to the next vendor


@dataclass(frozen=True)
class FailoverResult:
    """What a failover send did, recipient by recipient.

    ``sends`` holds one ``SendResult`` per request a vendor accepted (each names its vendor and
    message id: ``status()`` follows each recipient there). ``refused`` maps each number no vendor
    accepted to the last error; ``unknown`` each number whose send may have reached a vendor (never
    sent again: check it with the vendor).
    """

    sends: tuple[SendResult, ...] = ()
    refused: dict[str, SmsGateError] = field(default_factory=dict)
    unknown: dict[str, SendOutcomeUnknown] = field(default_factory=dict)

    @property
    def accepted(self) -> list[str]:
        """Every recipient some vendor accepted, in the order of the sends."""
        return [number for sent in self.sends for number in sent.accepted]

    @property
    def complete(self) -> bool:
        """Every recipient accepted by some vendor."""
        return not self.refused and not self.unknown


C = TypeVar("C", "Client", "AsyncClient")


class _FailoverBase(Generic[C]):
    client_class: type[Client] | type[AsyncClient]

    def __init__(
        self,
        clients: Sequence[C],
        *,
        breaker: CircuitBreaker | None = None,
        rate_limit_wait: float = DEFAULT_RATE_LIMIT_WAIT,
    ) -> None:
        clients = list(clients) if isinstance(clients, Iterable) and not isinstance(clients, str) else []
        if not clients:
            raise InvalidArgumentError("a failover needs at least one client")
        for client in clients:
            if not isinstance(client, self.client_class):
                raise InvalidArgumentError(
                    f"a {type(self).__name__} takes smsgate.{self.client_class.__name__} objects, "
                    f"not {type(client).__name__}"
                )
        vendors = [getattr(client, "vendor", None) for client in clients]
        if len(set(vendors)) != len(vendors):
            raise InvalidArgumentError(f"each vendor may appear once in a failover, not {vendors}")
        check_seconds(rate_limit_wait, "rate_limit_wait")
        self.clients: dict[str, C] = dict(zip((str(vendor) for vendor in vendors), clients, strict=True))
        self.vendors: tuple[str, ...] = tuple(self.clients)
        self.breaker = breaker or CircuitBreaker()
        self.rate_limit_wait = float(rate_limit_wait)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendors={list(self.vendors)!r})"

    def _send_plan(self, to: object, text: str, given: SendKwargs) -> tuple[MemoryLedger, Engine, BatchSender]:
        """The ledger, the engine and the sender of one ``send``, everything checked before its first request."""
        options = SendOptions.of(given, call=f"{type(self).__name__}.send")
        base, rows = prepared_rows(enumerate(_numbers(to), start=1), text, self.clients, options, None)
        ledger = MemoryLedger(rows, base, options.reference)
        engine = Engine(
            ledger,
            self.vendors,
            self.breaker,
            rate_limit_wait=self.rate_limit_wait,
            batch_sizes=DEFAULT_BATCH_SIZES,
            rate_limits=DEFAULT_RATE_LIMITS,
            options=options,
        )
        return ledger, engine, BatchSender(self.clients, ledger, options)

    def _client_for(self, vendor: str) -> C:
        client = self.clients.get(vendor)
        if client is None:
            raise InvalidArgumentError(f"this failover has no {vendor} client (it has {', '.join(self.vendors)})")
        return client


class FailoverClient(_FailoverBase["Client"]):
    """Send through the first vendor that can take the message, never twice (see the module doc).

    ``FailoverClient([smsgate.Client("smspartner"), smsgate.Client("primotexto")])``. The clients
    stay yours to close. Usable alone (``send``) and by bulk sends (``smsgate.Campaign.run``).
    """

    client_class = _client.Client

    def send(self, to: str | Sequence[str], text: str, **options: Unpack[SendKwargs]) -> FailoverResult:
        """Send to every recipient through the first vendor that accepts it, with ``send``'s options
        (``sender`` may be a ``{vendor: sender}`` mapping), checked with every vendor's rules first.

        Returns what happened to each recipient when at least one was accepted; raises the error
        (the unknown outcome first, else the last refusal) when none was.
        """
        ledger, engine, batches = self._send_plan(to, text, options)
        while (claimed := engine.next_batch()) is not None:
            drive(engine.plan(claimed), batches.perform)
        return ledger.result()

    def status(self, sent: FailoverResult | SendResult) -> list[DeliveryReport]:
        """The delivery reports of every recipient, each asked of the vendor that accepted it."""
        reports: list[DeliveryReport] = []
        for one in sent.sends if isinstance(sent, FailoverResult) else (sent,):
            reports += self._client_for(one.vendor.value).status(one.message_id)
        return reports


class AsyncFailoverClient(_FailoverBase["AsyncClient"]):
    """The asyncio twin of ``FailoverClient``, over ``AsyncClient`` objects."""

    client_class = _client.AsyncClient

    async def send(self, to: str | Sequence[str], text: str, **options: Unpack[SendKwargs]) -> FailoverResult:
        """Send through the first vendor that takes it (see ``FailoverClient.send``)."""
        ledger, engine, batches = self._send_plan(to, text, options)
        while (claimed := engine.next_batch()) is not None:
            await adrive(engine.plan(claimed), batches.aperform)
        return ledger.result()

    async def status(self, sent: FailoverResult | SendResult) -> list[DeliveryReport]:
        """Ask each vendor about its own recipients of ``sent`` (see ``FailoverClient.status``)."""
        reports: list[DeliveryReport] = []
        for one in sent.sends if isinstance(sent, FailoverResult) else (sent,):
            reports += await self._client_for(one.vendor.value).status(one.message_id)
        return reports


class MemoryLedger:
    """The engine's ledger for one failover send: its few recipients in memory, in input order, with
    a campaign's rules (a number given twice is sent once; an invalid one is refused, unsent)."""

    def __init__(self, rows: Iterable[JournalRow], text: str, reference: str | None) -> None:
        self.text = text  # what a recipient without a text of its own gets
        self._tag_prefix = tag_prefix(reference, secrets.token_hex(4))
        self._batches = 0
        self._numbers: dict[int, str] = {}
        self._texts: dict[int, str | None] = {}
        self._states: dict[int, str] = {}
        self._held: set[int] = set()
        self._errors: dict[int, SmsGateError] = {}
        self._results: list[SendResult] = []
        first_line: dict[str, int] = {}
        for position, row in enumerate(rows, start=1):
            self._numbers[position], self._texts[position] = row.number, row.text
            if row.error is not None:
                self.refused([position], row.error)
            elif row.number in first_line:
                line = first_line[row.number]
                self.refused(
                    [position], InvalidRequestError(f"this number is already on line {line}: it gets one message")
                )
            else:
                first_line[row.number] = row.line
                self._states[position] = "pending"

    def claim(self, vendor: str, limit: int) -> Claimed | None:
        pending = [p for p, state in self._states.items() if state == "pending" and p not in self._held]
        if not pending:
            return None
        text = self._texts[pending[0]]
        return self._in_flight(vendor, [p for p in pending if self._texts[p] == text][:limit], text or self.text)

    def reassign(self, vendor: str, recipients: Sequence[tuple[int, str]], text: str) -> Claimed:
        return self._in_flight(vendor, [position for position, _ in recipients], text)

    def _in_flight(self, vendor: str, positions: list[int], text: str) -> Claimed:
        self._batches += 1
        for position in positions:
            self._states[position] = "in_flight"
            self._held.discard(position)
        recipients = tuple((position, self._numbers[position]) for position in positions)
        return Claimed(self._batches, vendor, f"{self._tag_prefix}{self._batches:x}", text, recipients, time.time())

    def accepted(self, positions: Sequence[int], result: SendResult) -> None:
        self._settle(positions, "accepted", None)
        self._results.append(result)

    def held(self, positions: Sequence[int], error: SmsGateError) -> None:
        self._settle(positions, "pending", error)
        self._held.update(positions)

    def unknown(self, positions: Sequence[int], error: SmsGateError) -> None:
        self._settle(positions, "unknown", error)

    def refused(self, positions: Sequence[int], error: SmsGateError) -> None:
        self._settle(positions, "refused", error)

    def not_sent(self, positions: Sequence[int]) -> None:
        for position in positions:
            if self._states.get(position) == "in_flight":
                self._states[position] = "pending"

    def _settle(self, positions: Sequence[int], state: str, error: SmsGateError | None) -> None:
        for position in positions:
            self._states[position] = state
            if error is not None:
                self._errors[position] = error

    def result(self) -> FailoverResult:
        """What the send did; raises when nothing was accepted (the unknown outcome first, else the
        last refusal)."""
        refused: dict[str, SmsGateError] = {}
        unknown: dict[str, SendOutcomeUnknown] = {}
        for position, state in self._states.items():
            number, error = self._numbers[position], self._errors.get(position)
            if state == "unknown" and isinstance(error, SendOutcomeUnknown):
                unknown[number] = error
            elif state != "accepted":
                refused[number] = error or InvalidRequestError("not sent")
        if not self._results:
            raise next(iter(unknown.values()), None) or next(
                reversed(refused.values()), InvalidArgumentError("no recipient given")
            )
        return FailoverResult(tuple(self._results), refused, unknown)


def _numbers(to: object) -> list[str]:
    if isinstance(to, str):
        return [to]
    if not isinstance(to, Sequence) or isinstance(to, bytes | bytearray):
        raise InvalidArgumentError(f"to must be a phone number or a list of them, not {type(to).__name__}")
    if not to:
        raise InvalidArgumentError("no recipient given")
    return list(to)
