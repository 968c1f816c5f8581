"""Unknown outcomes resolved by asking the vendor, never guessed; delivery states for a whole journal.

Every request of a campaign carries its batch's tag as its reference (SMS Partner ``tag``,
Primotexto ``category``, Messaggi ``options.custom``; Messaggi v2 has none). For a batch left
unknown, the campaign asks the batch's vendor with the vendor's own plan (``find_sent``, in
``smsgate._vendors``, next to the send and status plans it mirrors, reading the generated models
by their typed attributes):

- **SMS Partner** answers "the statuses of the sends tagged T" (``GET /bulk-status-by-tag``): the
  numbers listed were received; none listed (code 4, not found) means none was.
- **Messaggi** lists the account's messages with their time (``GET /messages/``); among those made
  while the batch's request could have been in flight, the one whose ``options.custom`` is the tag
  is the batch, and its recipients (``GET /messages/{id}/recipients/``) were received; no such
  message means none was.
- **Primotexto** tells the last message sent to a number (``GET /messages/status?identifier=``)
  with the time it was submitted: one submitted after the batch started was received; one before
  (or none at all) means ours was not. Primotexto cannot tell whose message it is: a message sent
  to the same number by someone else after the batch started would be taken for ours.
- **Messaggi v2**, and any vendor without such a plan: no way to ask; the recipient stays unknown.

"Not received" verdicts are only given ``settle_seconds`` after the batch started (a request still
travelling could land later); such recipients go back to pending, and the next run sends them.
A found recipient becomes accepted. Nothing is ever resent on a guess.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .._text.phone import digits_of
from .journal import JournalEntry

if TYPE_CHECKING:
    from .._base.models import DeliveryReport

__all__ = ["DEFAULT_SETTLE_SECONDS", "ResolveReport", "match_reports", "settled", "unknown_batches"]

DEFAULT_SETTLE_SECONDS = 60.0


@dataclass(frozen=True)
class ResolveReport:
    """What ``Campaign.resolve`` learnt: recipients found at the vendor, confirmed absent, still unknown."""

    received: int
    not_received: int
    still_unknown: int


def match_reports(reports: list[DeliveryReport], entries: list[JournalEntry]) -> dict[int, DeliveryReport]:
    """The delivery report of each entry of one accepted message (by number; a single-recipient
    message whose report names no number is that recipient's)."""
    by_number = {digits_of(report.phone_number or ""): report for report in reports}
    found: dict[int, DeliveryReport] = {}
    for entry in entries:
        report = by_number.get(digits_of(entry.number))
        if report is None and len(reports) == 1 and len(entries) == 1:
            report = reports[0]
        if report is not None:
            found[entry.position] = report
    return found


def unknown_batches(entries: Iterable[JournalEntry]) -> dict[tuple[str, int], list[JournalEntry]]:
    """Entries grouped by (vendor, batch): one question to the vendor per batch."""
    groups: dict[tuple[str, int], list[JournalEntry]] = {}
    for entry in entries:
        if entry.vendor and entry.batch is not None:
            groups.setdefault((entry.vendor, entry.batch), []).append(entry)
    return groups


def settled(started_at: float, settle_seconds: float) -> bool:
    return time.time() - started_at >= settle_seconds


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat()
