"""Unknown outcomes resolved by asking the vendor, never guessed; delivery states for a whole journal.

Every request of a campaign carries its batch's tag as its reference (SMS Partner ``tag``,
Primotexto ``category``, Messaggi ``options.custom``). For a batch left unknown:

- **SMS Partner** answers "the statuses of the sends tagged T" (``GET /bulk-status-by-tag``): the
  numbers listed were received; none listed (code 4, not found) means none was.
- **Messaggi** lists the account's messages with their time (``GET /messages/``); a message made
  after the batch started whose ``options.custom`` is the tag is the batch, and its recipients
  (``GET /messages/{id}/recipients/``) were received; no such message means none was.
- **Primotexto** tells the last message sent to a number (``GET /messages/status?identifier=``)
  with the time it was submitted: one submitted after the batch started was received; one before
  (or none at all) means ours was not. Primotexto cannot tell whose message it is: a message sent
  to the same number by someone else after the batch started would be taken for ours.
- any other vendor: no way to ask; the recipient stays unknown.

"Not received" verdicts are only given ``settle_seconds`` after the batch started (a request still
travelling could land later); such recipients go back to pending, and the next run sends them.
A found recipient becomes accepted. Nothing is ever resent on a guess.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ._errors import NotFoundError, SmsGateError
from ._journal import JournalEntry
from ._phone import digits_of

__all__ = ["DEFAULT_SETTLE_SECONDS", "ResolveReport", "delivery_plan", "resolve_plan"]

DEFAULT_SETTLE_SECONDS = 60.0
CLOCK_SKEW = 120.0  # seconds of difference tolerated between our clock and the vendor's
# A batch's message is made within this many seconds of its request leaving (its attempts, its
# timeouts and a Retry-After wait included).
BATCH_WINDOW = 600.0

Ask = Callable[[Any], Any]  # given the vendor's client, the call to make (its result, or an awaitable)


@dataclass(frozen=True)
class ResolveReport:
    """What ``Campaign.resolve`` learnt: recipients found at the vendor, confirmed absent, still unknown."""

    received: int
    not_received: int
    still_unknown: int


@dataclass
class Verdicts:
    received: dict[int, str | None]  # position -> message id (None when the vendor's answer names none)
    absent: list[int]


def _call(endpoint: Any, *args: Any, **kwargs: Any) -> Ask:
    """Ask for one generated operation (``client.call``)."""

    def ask(client: Any) -> Any:
        return client.call(endpoint, *args, **kwargs)

    return ask


def _status(*args: Any, **kwargs: Any) -> Ask:
    """Ask for the unified delivery reports (``client.status``)."""

    def ask(client: Any) -> Any:
        return client.status(*args, **kwargs)

    return ask


def resolve_plan(
    vendor: str, tag: str, started_at: float, entries: list[JournalEntry]
) -> Generator[Ask, Any, Verdicts | None]:
    """What the vendor says about one unknown batch; None when the vendor cannot be asked."""
    if vendor == "smspartner":
        return (yield from _smspartner(tag, entries))
    if vendor == "messaggi":
        return (yield from _messaggi(tag, started_at, entries))
    if vendor == "primotexto":
        return (yield from _primotexto(started_at, entries))
    return None


def _smspartner(tag: str, entries: list[JournalEntry]) -> Generator[Ask, Any, Verdicts]:
    from _smsgate_generated.smspartner.api.status import get_bulk_status_by_tag

    answer = yield _call(get_bulk_status_by_tag, tag=tag)
    if isinstance(answer, NotFoundError):
        return Verdicts({}, [entry.position for entry in entries])
    if isinstance(answer, SmsGateError):
        raise answer
    items = getattr(answer, "statut_response_list", None)
    listed = {digits_of(str(getattr(item, "phone_number", ""))) for item in (items if isinstance(items, list) else [])}
    return Verdicts(
        {entry.position: None for entry in entries if digits_of(entry.number) in listed},
        [entry.position for entry in entries if digits_of(entry.number) not in listed],
    )


def _messaggi(tag: str, started_at: float, entries: list[JournalEntry]) -> Generator[Ask, Any, Verdicts]:
    from _smsgate_generated.messaggi.api.messages import get_message, list_messages

    listing = yield _call(list_messages)
    if isinstance(listing, NotFoundError):  # Messaggi's answer for an account with no message at all
        return Verdicts({}, [entry.position for entry in entries])
    if isinstance(listing, SmsGateError):
        raise listing
    summaries = getattr(listing, "data", None)
    # Only messages made while the batch's request could have been in flight: the cost of a
    # resolve follows the unknown batches, not the account's whole history.
    since_ms = (started_at - CLOCK_SKEW) * 1000
    until_ms = (started_at + BATCH_WINDOW + CLOCK_SKEW) * 1000
    candidates = [
        str(summary.id)
        for summary in (summaries if isinstance(summaries, list) else [])
        if since_ms <= _number(getattr(summary, "timestamp", None)) <= until_ms
    ]
    for message_id in candidates:
        found = yield _call(get_message, message_id)
        if isinstance(found, SmsGateError):
            raise found
        data = getattr(found, "data", None)
        message = data[0] if isinstance(data, list) and data else data
        options = getattr(message, "options", None)
        if getattr(options, "custom", None) != tag:
            continue
        reports = yield _status(message_id)
        if isinstance(reports, SmsGateError):
            raise reports
        listed = {digits_of(report.phone_number or "") for report in reports}
        return Verdicts(
            {entry.position: message_id for entry in entries if digits_of(entry.number) in listed},
            [entry.position for entry in entries if digits_of(entry.number) not in listed],
        )
    return Verdicts({}, [entry.position for entry in entries])


def _primotexto(started_at: float, entries: list[JournalEntry]) -> Generator[Ask, Any, Verdicts]:
    received: dict[int, str | None] = {}
    absent: list[int] = []
    since_ms = (started_at - CLOCK_SKEW) * 1000
    for entry in entries:
        reports = yield _status(phone_number=entry.number)
        if isinstance(reports, NotFoundError):
            absent.append(entry.position)
            continue
        if isinstance(reports, SmsGateError):
            raise reports
        report = reports[0] if reports else None
        raw = report.raw if report is not None else {}
        submitted = _number(raw.get("submitted") or raw.get("sent"))
        if report is None or not submitted:
            continue  # queued, with no time yet: the vendor cannot tell yet
        if submitted >= since_ms:
            received[entry.position] = f"{report.message_id}@{entry.number}"
        else:
            absent.append(entry.position)
    return Verdicts(received, absent)


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("-inf")


def delivery_plan(message_id: str, entries: list[JournalEntry]) -> Generator[Ask, Any, dict[int, Any]]:
    """The delivery report of each entry of one accepted message (the vendor's batch status route)."""
    reports = yield _status(message_id)
    if isinstance(reports, SmsGateError):
        raise reports
    by_number = {digits_of(report.phone_number or ""): report for report in reports}
    found: dict[int, Any] = {}
    for entry in entries:
        report = by_number.get(digits_of(entry.number))
        if report is None and len(reports) == 1 and len(entries) == 1:
            report = reports[0]  # a single-recipient message whose report names no number
        if report is not None:
            found[entry.position] = report
    return found


@dataclass(frozen=True)
class TaggedState:
    """A delivery state read from SMS Partner's statuses by tag (the answer names no message id)."""

    state: Any
    final: bool
    at: datetime | None = None


def delivery_by_tag_plan(tag: str, entries: list[JournalEntry]) -> Generator[Ask, Any, dict[int, Any]]:
    """Delivery states of SMS Partner recipients found by their batch's tag (resolved without a message id)."""
    from _smsgate_generated.smspartner.api.status import get_bulk_status_by_tag

    from ._spec import vendor_spec

    answer = yield _call(get_bulk_status_by_tag, tag=tag)
    if isinstance(answer, SmsGateError):
        raise answer
    items = getattr(answer, "statut_response_list", None)
    spec = vendor_spec("smspartner")
    words = {
        digits_of(str(getattr(item, "phone_number", ""))): str(getattr(item, "status", "") or "")
        for item in (items if isinstance(items, list) else [])
    }
    found: dict[int, Any] = {}
    for entry in entries:
        word = words.get(digits_of(entry.number))
        if word is not None:
            reading = spec.state("status", word)
            found[entry.position] = TaggedState(reading.state, reading.final)
    return found


def unknown_batches(entries: Iterable[JournalEntry]) -> dict[tuple[str, int], list[JournalEntry]]:
    """Unknown entries grouped by (vendor, batch): one question to the vendor per batch."""
    groups: dict[tuple[str, int], list[JournalEntry]] = {}
    for entry in entries:
        if entry.vendor and entry.batch is not None:
            groups.setdefault((entry.vendor, entry.batch), []).append(entry)
    return groups


def settled(started_at: float, settle_seconds: float) -> bool:
    return time.time() - started_at >= settle_seconds


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()
