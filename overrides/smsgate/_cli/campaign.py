"""``smsgate send --file`` and ``smsgate campaign resume|report|resolve|status``: bulk sends with a journal.

``send --file`` takes every option ``send`` takes (sender, --at, --reference, --dry-run,
--purpose, --gsm7, --callback-url) and checks the same rules, for every distinct text, before the journal exists;
it prints the same preview and cost line. The journal (``--journal run.db``) records every
recipient's state and where each vendor was reached; the campaign commands work on it afterwards
(its vendors and endpoints included: ``campaign resume --journal run.db`` needs nothing else).

Exit codes: 0 every recipient accepted; 1 some refused or still pending (listed by ``report``);
10 some unknown or in flight (``SendOutcomeUnknown``'s code: resolve them before anything else);
17 a journal that cannot be used (missing, foreign, in use by another run); 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
from collections.abc import Callable, Iterator
from typing import Any

from .._base.errors import InvalidArgumentError, SendOutcomeUnknown
from .._campaigns.bulk import Campaign, CampaignReport
from .._campaigns.engine import CircuitBreaker, RateLimit
from .._campaigns.failover import FailoverClient
from .._campaigns.journal import JournalEntry, RecipientState
from .._campaigns.texts import fill
from .._client import Client
from .._text.send_options import SendOptions
from . import exit_codes
from .commands import Context, send_options
from .output import Output, ProgressBar, table

UNKNOWN_EXIT_CODE = next(entry.code for entry in exit_codes.ERROR_CODES if entry.error_class is SendOutcomeUnknown)
COUNT_HEADERS = ("STATE", "RECIPIENTS")
ENTRY_HEADERS = ("LINE", "NUMBER", "STATE", "VENDOR", "MESSAGE ID", "DELIVERY", "ERROR")
REFUSED_SHOWN = 20  # refused recipients listed after a run (all of them: `campaign report`)


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


def send_file(args: argparse.Namespace, context: Context) -> int:
    """``smsgate send --file numbers.csv --text T [--journal run.db]``: start a campaign and run it."""
    output = context.output
    options = send_options(args)
    read = args.recipients_file
    recipients = read.recipients
    if read.header is not None and args.header is None:
        output.diagnostic(
            f"smsgate: line 1 read as a header (columns: {', '.join(read.header)}; no cell of it looks like a "
            "phone number); --no-header if it is a recipient"
        )
    with _clients(args.vendors, context) as failover:
        primary = failover.clients[args.vendors[0]]
        first = recipients[0][1]
        sample = args.text if isinstance(first, str) else _filled(args.text, first)
        # The same refusals as a single send (exit 4, nothing written), and the same preview line.
        primary.preview(sample, **options)
        if not output.as_json:
            shown = primary._weigh(sample, len(recipients), SendOptions.of(options, call="send"))
            output.diagnostic(f"smsgate: preview: {shown.summary()}")
        bar = ProgressBar(output, len(recipients), enabled=args.progress, label="journal")
        campaign = Campaign._create(
            args.journal,
            recipients,
            args.text,
            failover,
            args.region,
            lambda rows: bar.update(rows),
            False,
            options,
        )
        bar.close()
        with campaign:
            campaign.journal.put_setting("vendors", list(args.vendors))
            return _run(campaign, args, context, failover)


def _filled(template: str, recipient: Any) -> str:
    try:
        return fill(template, recipient[1])
    except InvalidArgumentError:  # the campaign refuses it with its line number: the preview shows the template
        return template


def resume(args: argparse.Namespace, context: Context) -> int:
    with Campaign.open(args.journal) as campaign:
        if args.resend_unknown:
            counts = campaign.report()  # what a stopped run left in flight becomes unknown, and goes too
            context.output.diagnostic(
                f"smsgate: --resend-unknown: {counts.unknown + counts.in_flight} recipient(s) whose outcome is "
                "unknown will be sent again; each MAY GET THE MESSAGE TWICE"
            )
        with _clients(args.vendors, context) as failover:
            return _run(campaign, args, context, failover)


def _run(campaign: Campaign, args: argparse.Namespace, context: Context, failover: FailoverClient) -> int:
    output = context.output
    total = campaign.report().total
    bar, update = _progress(output, total, args.progress)

    def waiting(vendor: str, seconds: float, reason: str) -> None:
        output.diagnostic(f"smsgate: waiting {seconds:g} s before sending to {vendor} again: {reason}")

    try:
        report = campaign.run(
            failover,
            retry_refused=getattr(args, "retry_refused", False),
            resend_unknown=getattr(args, "resend_unknown", False),
            change_endpoints=args.change_endpoints,
            progress=update,
            on_wait=waiting,
            **_run_options(args),
        )
    except KeyboardInterrupt:
        bar.close()
        now = campaign.report()
        _print_report(now, output, args.journal, campaign)
        output.diagnostic(f"smsgate: interrupted; {_interrupted(now, args.journal)}")
        raise
    bar.close()
    _print_report(report, output, args.journal, campaign)
    return _exit_code(report)


def _interrupted(report: CampaignReport, journal: str | None) -> str:
    """What a Ctrl-C left, from the journal: true at any concurrency."""
    if report.in_flight:
        said = (
            f"{report.in_flight} recipient(s) were in flight when the run stopped: they may have received the "
            "message (unknown until resolved)"
        )
    else:
        said = "every request that had left was answered and recorded"
    if not journal:
        return f"{said}; without --journal, the record of this run is gone"
    if report.in_flight:
        return f"{said}; `smsgate campaign resolve --journal {journal}` then `campaign resume` sends the rest"
    return f"{said}; `smsgate campaign resume --journal {journal}` sends the rest"


def _progress(output: Output, total: int, enabled: bool) -> tuple[ProgressBar, Callable[[CampaignReport], None]]:
    bar = ProgressBar(output, total, enabled=enabled, label="send")

    def update(report: CampaignReport) -> None:
        detail = ", ".join(
            f"{count} {name}" for name, count in (("refused", report.refused), ("unknown", report.unknown)) if count
        )
        bar.update(report.accepted + report.refused + report.unknown, detail=detail)

    return bar, update


def report(args: argparse.Namespace, output: Output) -> int:
    with Campaign.open(args.journal, read_only=True) as campaign:
        counts = campaign.report()
        shown: Iterator[JournalEntry] = (
            entry for entry in campaign.entries() if args.all or entry.state is not RecipientState.ACCEPTED
        )
        if args.limit is not None:
            shown = itertools.islice(shown, args.limit)
        if output.as_json:
            # One JSON line a recipient, then the counts: a million rows stream, never held in memory.
            for entry in shown:
                output.json_line({"journal": args.journal, **_entry_json(entry)})
            output.json_line({"journal": args.journal, **_counts_json(counts), "dry_run": counts.dry_run})
        else:
            output.result(table(COUNT_HEADERS, _count_rows(counts)))
            rows = [_entry_row(entry) for entry in shown]
            if rows:
                output.result("")
                output.result(table(ENTRY_HEADERS, rows))
    return _exit_code(counts)


def resolve(args: argparse.Namespace, context: Context) -> int:
    with Campaign.open(args.journal) as campaign:
        with _clients(args.vendors, context) as failover:
            found = campaign.resolve(failover, settle_seconds=args.settle, change_endpoints=args.change_endpoints)
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
        with _clients(args.vendors, context) as failover:
            final = campaign.poll_delivery(failover, change_endpoints=args.change_endpoints)
        states: dict[str, int] = {}
        for entry in campaign.entries(RecipientState.ACCEPTED):
            key = entry.delivery_state or "no report yet"
            states[key] = states.get(key, 0) + 1
        if context.output.as_json:
            context.output.json_document({"journal": args.journal, "final": final, "delivery": states})
        else:
            context.output.result(table(("DELIVERY", "RECIPIENTS"), [[k, str(v)] for k, v in sorted(states.items())]))
    return exit_codes.OK


def recorded(journal: str) -> tuple[list[str], dict[str, str]]:
    """The vendors (failover order) and endpoints a campaign's journal recorded, read without writing."""
    with Campaign.open(journal, read_only=True) as campaign:
        endpoints = campaign.endpoints()
        first = campaign.journal.get_setting("vendors")  # send --file's order; a later run may add others
        ordered = [str(vendor) for vendor in first] if isinstance(first, list) else []
        return ordered + [vendor for vendor in endpoints if vendor not in ordered], endpoints


def _exit_code(report: CampaignReport) -> int:
    if report.unknown or report.in_flight:
        return UNKNOWN_EXIT_CODE
    if report.refused or report.pending:
        return exit_codes.SOME_ITEMS_FAILED
    return exit_codes.OK


def _count_rows(report: CampaignReport) -> list[list[str]]:
    return [
        ["accepted" + (" (dry run)" if report.dry_run else ""), str(report.accepted)],
        ["refused", str(report.refused)],
        ["unknown", str(report.unknown)],
        ["in flight", str(report.in_flight)],
        ["pending", str(report.pending)],
        ["total", str(report.total)],
    ]


def _counts_json(report: CampaignReport) -> dict[str, Any]:
    return {
        "accepted": report.accepted,
        "refused": report.refused,
        "unknown": report.unknown,
        "in_flight": report.in_flight,
        "pending": report.pending,
        "total": report.total,
        "complete": report.complete,
    }


def _print_report(report: CampaignReport, output: Output, journal: str | None, campaign: Campaign) -> None:
    refused = list(itertools.islice(campaign.entries(RecipientState.REFUSED), REFUSED_SHOWN))
    if output.as_json:
        output.json_document(
            {
                "journal": journal,
                **_counts_json(report),
                "dry_run": report.dry_run,
                "requests": report.requests,
                "seconds": round(report.seconds, 3),
                "refused_recipients": [_entry_json(entry) for entry in refused],
            }
        )
        return
    output.result(table(COUNT_HEADERS, _count_rows(report)))
    if refused:
        output.result("")
        output.result(table(ENTRY_HEADERS, [_entry_row(entry) for entry in refused]))
        if report.refused > len(refused):
            more = report.refused - len(refused)
            where = f"`smsgate campaign report --journal {journal}`" if journal else "--journal next time"
            output.result(f"... and {more} more refused ({where} lists them all)")
    if report.dry_run:
        output.diagnostic("smsgate: dry run: the vendors' test modes; nothing was delivered or billed")
    if report.unknown or report.in_flight:
        output.diagnostic(
            f"smsgate: {report.unknown + report.in_flight} recipient(s) may have received the message (unknown "
            "outcome): never resent automatically; `smsgate campaign resolve` asks the vendor"
        )
    if not journal and not report.complete:
        output.diagnostic("smsgate: no --journal: name one to resume, resolve or report on this campaign later")


def _entry_row(entry: JournalEntry) -> list[str]:
    return [
        str(entry.line or entry.position),
        entry.number,
        entry.state.value,
        entry.vendor or "-",
        entry.message_id or "-",
        entry.delivery_state or "-",
        f"{entry.error_class}: {entry.error}" if entry.error_class else "",
    ]


def _entry_json(entry: JournalEntry) -> dict[str, Any]:
    return {
        "line": entry.line or entry.position,
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
