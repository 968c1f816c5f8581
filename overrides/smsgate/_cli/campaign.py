"""``smsgate send --file`` and ``smsgate campaign resume|report|resolve|status``: bulk sends with a journal.

The journal (``--journal run.db``) records every recipient's state; the campaign commands work on
it afterwards. Exit codes: 0 every recipient accepted; 1 some refused (listed by ``report``); 10
some unknown (``SendOutcomeUnknown``'s code: resolve them before anything else); 130 interrupted
(resume with ``smsgate campaign resume``).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import re
from collections.abc import Callable, Iterator
from typing import Any

from .._bulk import Campaign, CampaignReport, RateLimit, Recipient
from .._client import Client
from .._errors import SendOutcomeUnknown
from .._failover import CircuitBreaker, FailoverClient
from .._journal import JournalEntry, RecipientState
from . import exit_codes
from .commands import Context
from .output import Output, ProgressBar, table

UNKNOWN_EXIT_CODE = next(entry.code for entry in exit_codes.ERROR_CODES if entry.error_class is SendOutcomeUnknown)
NUMBER_COLUMNS = ("number", "phone", "phone_number", "to", "numero", "numéro")
COUNT_HEADERS = ("STATE", "RECIPIENTS")
ENTRY_HEADERS = ("NUMBER", "STATE", "VENDOR", "MESSAGE ID", "DELIVERY", "ERROR")


def read_recipients(text: str) -> list[Recipient]:
    """Numbers from a CSV text: one a line, or a header row naming the columns (fields for ``{name}``).

    A first row whose first cell holds no digit is a header; the number is the column named
    ``number`` (or phone, phone_number, to, numero), else the first one. Blank lines are skipped.
    """
    rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if not rows:
        return []
    first = rows[0]
    if re.search(r"\d", first[0]):
        return [row[0].strip() for row in rows]
    names = [cell.strip() for cell in first]
    lowered = [name.lower() for name in names]
    column = next((lowered.index(name) for name in NUMBER_COLUMNS if name in lowered), 0)
    recipients: list[Recipient] = []
    for row in rows[1:]:
        number = row[column].strip() if column < len(row) else ""
        values = {name: (row[index].strip() if index < len(row) else "") for index, name in enumerate(names)}
        recipients.append((number, values))
    return recipients


@contextlib.contextmanager
def _clients(vendors: list[str], context: Context) -> Iterator[FailoverClient]:
    """One client per vendor, in failover order, closed at the end."""
    clients: list[Client] = []
    try:
        for vendor in vendors:
            clients.append(context.make_client(vendor, context.options_of(vendor)))
        yield FailoverClient(clients, breaker=CircuitBreaker())
    finally:
        for client in clients:
            client.close()


def _run_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {"concurrency": args.concurrency}
    if args.batch_size is not None:
        options["batch_sizes"] = dict.fromkeys(args.vendors, args.batch_size)
    if args.rate is not None:
        options["rate_limits"] = dict.fromkeys(args.vendors, RateLimit(args.rate, "part"))
    return options


def _progress(output: Output, total: int, enabled: bool) -> tuple[ProgressBar, Callable[[CampaignReport], None]]:
    bar = ProgressBar(output, total, enabled=enabled, label="send")

    def update(report: CampaignReport) -> None:
        bar.update(report.accepted + report.refused + report.unknown, report.refused + report.unknown)

    return bar, update


def send_file(args: argparse.Namespace, context: Context) -> int:
    """``smsgate send --file numbers.csv --text T [--journal run.db]``: start a campaign and run it."""
    campaign = Campaign.create(args.journal, args.recipients, args.text, sender=args.sender, scheduled_at=args.at)
    with campaign:
        return _run(campaign, args, context)


def resume(args: argparse.Namespace, context: Context) -> int:
    with Campaign.open(args.journal) as campaign:
        return _run(campaign, args, context)


def _run(campaign: Campaign, args: argparse.Namespace, context: Context) -> int:
    output = context.output
    bar, update = _progress(output, campaign.report().total, args.progress)
    try:
        with _clients(args.vendors, context) as failover:
            report = campaign.run(
                failover,
                retry_refused=getattr(args, "retry_refused", False),
                resend_unknown=getattr(args, "resend_unknown", False),
                progress=update,
                **_run_options(args),
            )
    except KeyboardInterrupt:
        bar.close()
        _print_report(campaign.report(), output, args.journal)
        resume = (
            f"resume with `smsgate campaign resume --journal {args.journal}`"
            if args.journal
            else "without --journal, the record of this run is gone"
        )
        output.diagnostic(f"smsgate: interrupted; the requests in flight were finished and recorded; {resume}")
        raise
    bar.close()
    _print_report(report, output, args.journal)
    return _exit_code(report)


def report(args: argparse.Namespace, output: Output) -> int:
    with Campaign.open(args.journal) as campaign:
        counts = campaign.report()
        if output.as_json:
            entries = [
                _entry_json(entry)
                for entry in campaign.entries()
                if args.all or entry.state is not RecipientState.ACCEPTED
            ]
            output.json_document({"journal": args.journal, **_counts_json(counts), "recipients": entries})
        else:
            shown = (entry for entry in campaign.entries() if args.all or entry.state is not RecipientState.ACCEPTED)
            rows = [_entry_row(entry) for entry in shown]
            output.result(table(COUNT_HEADERS, _count_rows(counts)))
            if rows:
                output.result("")
                output.result(table(ENTRY_HEADERS, rows))
    return _exit_code(counts)


def resolve(args: argparse.Namespace, context: Context) -> int:
    with Campaign.open(args.journal) as campaign:
        vendors = sorted({entry.vendor for entry in campaign.entries(RecipientState.UNKNOWN) if entry.vendor})
        with _clients(vendors or args.vendors, context) as failover:
            found = campaign.resolve(failover, settle_seconds=args.settle)
        counts = campaign.report()
        document = {
            "received": found.received,
            "not_received": found.not_received,
            "still_unknown": found.still_unknown,
        }
        if context.output.as_json:
            context.output.json_document({"journal": args.journal, "resolved": document, **_counts_json(counts)})
        else:
            context.output.result(
                table(
                    ("RESOLVED", "RECIPIENTS"),
                    [[name.replace("_", " "), str(value)] for name, value in document.items()],
                )
            )
            context.output.result("")
            context.output.result(table(COUNT_HEADERS, _count_rows(counts)))
    return _exit_code(counts)


def delivery(args: argparse.Namespace, context: Context) -> int:
    with Campaign.open(args.journal) as campaign:
        vendors = sorted({entry.vendor for entry in campaign.entries(RecipientState.ACCEPTED) if entry.vendor})
        with _clients(vendors or args.vendors, context) as failover:
            final = campaign.poll_delivery(failover)
        states: dict[str, int] = {}
        for entry in campaign.entries(RecipientState.ACCEPTED):
            key = entry.delivery_state or "no report yet"
            states[key] = states.get(key, 0) + 1
        if context.output.as_json:
            context.output.json_document({"journal": args.journal, "final": final, "delivery": states})
        else:
            context.output.result(table(("DELIVERY", "RECIPIENTS"), [[k, str(v)] for k, v in sorted(states.items())]))
    return exit_codes.OK


def _exit_code(report: CampaignReport) -> int:
    if report.unknown:
        return UNKNOWN_EXIT_CODE
    if report.refused or report.pending or report.in_flight:
        return exit_codes.SOME_ITEMS_FAILED
    return exit_codes.OK


def _count_rows(report: CampaignReport) -> list[list[str]]:
    return [
        ["accepted", str(report.accepted)],
        ["refused", str(report.refused)],
        ["unknown", str(report.unknown)],
        ["pending", str(report.pending + report.in_flight)],
        ["total", str(report.total)],
    ]


def _counts_json(report: CampaignReport) -> dict[str, Any]:
    return {
        "accepted": report.accepted,
        "refused": report.refused,
        "unknown": report.unknown,
        "pending": report.pending + report.in_flight,
        "total": report.total,
        "complete": report.complete,
    }


def _print_report(report: CampaignReport, output: Output, journal: str | None) -> None:
    if output.as_json:
        output.json_document(
            {
                "journal": journal,
                **_counts_json(report),
                "requests": report.requests,
                "seconds": round(report.seconds, 3),
            }
        )
        return
    output.result(table(COUNT_HEADERS, _count_rows(report)))
    if report.unknown:
        output.diagnostic(
            f"smsgate: {report.unknown} recipient(s) may have received the message (unknown outcome): never "
            "resent automatically; `smsgate campaign resolve` asks the vendor"
        )
    if not journal and not report.complete:
        output.diagnostic("smsgate: no --journal: name one to resume, resolve or report on this campaign later")


def _entry_row(entry: JournalEntry) -> list[str]:
    return [
        entry.number,
        entry.state.value,
        entry.vendor or "-",
        entry.message_id or "-",
        entry.delivery_state or "-",
        f"{entry.error_class}: {entry.error}" if entry.error_class else "",
    ]


def _entry_json(entry: JournalEntry) -> dict[str, Any]:
    return {
        "number": entry.number,
        "state": entry.state.value,
        "vendor": entry.vendor,
        "attempts": entry.attempt,
        "message_id": entry.message_id,
        "delivery_state": entry.delivery_state,
        "delivery_final": entry.delivery_final,
        "error_class": entry.error_class,
        "error": entry.error,
    }
