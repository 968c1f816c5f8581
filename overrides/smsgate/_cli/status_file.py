"""``smsgate status --file``: many status look-ups with bounded concurrency (format in FILE_FORMAT)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Protocol

from .._base.errors import AuthenticationError, InvalidArgumentError, SmsGateError
from .._base.models import DeliveryReport

FILE_FORMAT = """\
The file holds one look-up per line (UTF-8; "-" reads stdin):

    # comments and blank lines are skipped; spaces around fields are ignored
    MESSAGE_ID               every recipient of the message
    MESSAGE_ID,NUMBER        one recipient of the message
    ,NUMBER                  the latest message sent to NUMBER (Primotexto only)

A file (or standard input) with no look-up at all is refused (exit 2): nothing to do is taken
for a mistake, not for success.

A Primotexto send to several numbers returns one id per number joined by commas
("386479@+33612345678,386480@+33651234567"): write them one per line (a comma in a line separates
the message id from the number).
"""
EXPECTED_LINES = (
    "expected one MESSAGE_ID, MESSAGE_ID,NUMBER or ,NUMBER per line (# comments and blank lines are skipped)"
)


@dataclass(frozen=True)
class Entry:
    """One look-up of the file; ``problem`` says why the line cannot be looked up at all."""

    line: int
    text: str
    message_id: str | None
    phone_number: str | None
    problem: str | None = None


@dataclass(frozen=True)
class Outcome:
    entry: Entry
    reports: list[DeliveryReport] | None = None
    error: SmsGateError | None = None


def parse(text: str) -> list[Entry]:
    entries = []
    # A byte order mark is what spreadsheet exports put first; it is not part of the first id.
    for number, raw_line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [part.strip() for part in line.split(",")]
        if len(parts) > 2:
            entries.append(Entry(number, line, None, None, "expected MESSAGE_ID, MESSAGE_ID,NUMBER or ,NUMBER"))
            continue
        message_id = parts[0] or None
        phone_number = parts[1] if len(parts) == 2 and parts[1] else None
        problem = None
        if message_id is None and phone_number is None:
            problem = "neither a message id nor a phone number"
        elif len(parts) == 2 and phone_number is None:
            problem = "the phone number after the comma is empty"
        entries.append(Entry(number, line, message_id, phone_number, problem))
    return entries


class StatusClient(Protocol):
    async def status(
        self, message_id: str | None = None, *, phone_number: str | None = None
    ) -> list[DeliveryReport]: ...


async def fetch_all(
    entries: Sequence[Entry],
    open_client: Callable[[], AbstractAsyncContextManager[StatusClient]],
    *,
    vendor: str,
    concurrency: int,
    on_outcome: Callable[[int, Outcome], None],
) -> list[Outcome]:
    """Look every entry up, at most ``concurrency`` at a time; a failed line does not stop the others.

    ``on_outcome(index, outcome)`` runs as each look-up ends (in completion order). An
    AuthenticationError is raised at once: a wrong key fails every line the same way, so going on
    would only send requests that cannot succeed.
    """
    outcomes: list[Outcome | None] = [None] * len(entries)
    semaphore = asyncio.Semaphore(concurrency)
    account_error: list[AuthenticationError] = []

    async with open_client() as client:

        async def look_up(index: int, entry: Entry) -> None:
            async with semaphore:
                if account_error:
                    return
                outcome = await _look_up(client, entry, vendor)
            if isinstance(outcome.error, AuthenticationError):
                account_error.append(outcome.error)
                return
            outcomes[index] = outcome
            on_outcome(index, outcome)

        await asyncio.gather(*(look_up(index, entry) for index, entry in enumerate(entries)))

    if account_error:
        raise account_error[0]
    return [outcome for outcome in outcomes if outcome is not None]


async def _look_up(client: StatusClient, entry: Entry, vendor: str) -> Outcome:
    if entry.problem:
        return Outcome(entry, error=InvalidArgumentError(entry.problem, vendor=vendor))
    try:
        reports = await client.status(entry.message_id, phone_number=entry.phone_number)
    except SmsGateError as error:
        return Outcome(entry, error=error)
    return Outcome(entry, reports=reports)
