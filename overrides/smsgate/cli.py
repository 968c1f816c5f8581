"""``smsgate``: send SMS, follow their delivery and read the balance from the command line.

Synopsis::

    smsgate send    --vendor V TO [TO...] --text T [--sender S] [--at ISO8601] [--reference R] [--dry-run]
                    [--purpose transactional|marketing] [--gsm7] [--callback-url URL]
    smsgate preview --vendor V TEXT [--to N...] [--sender S] [--at ISO8601] [--purpose P] [--gsm7]
    smsgate send    --vendor V --file numbers.csv --text T [--journal run.db] [--failover V2...] [--concurrency 4]
    smsgate campaign resume|report|resolve|status --journal run.db [--vendor V [--failover V2...]]
    smsgate status  --vendor V MESSAGE_ID [--phone-number N]
    smsgate status  --vendor V --phone-number N                  (Primotexto: the latest message to N)
    smsgate status  --vendor V --file PATH [--concurrency 8] [--progress]
    smsgate cancel  --vendor V MESSAGE_ID
    smsgate credits --vendor V
    smsgate opt-outs list|add|remove|sync --vendor V [NUMBER] [--kind stop|bounce] [--list consent.db]
    smsgate replies --vendor V (--reference R | --campaign ID) [--since ISO8601]
    smsgate sandbox [--host 127.0.0.1] [--port 8025] [--speed SECONDS]
    smsgate webhook serve [--port 8026] [--journal run.db] [--json]   (callbacks as events; $SMSGATE_WEBHOOK_SECRET)

Options of every vendor command: ``--vendor`` (default ``$SMSGATE_VENDOR``), ``--api-key-env NAME``
(read the key from NAME instead of PRIMOTEXTO_API_KEY, SMSPARTNER_API_KEY, MESSAGGI_TOKEN or
MESSAGGI_V2_TOKEN; there
is deliberately no option taking the key itself, which would land in the shell history),
``--base-url``, ``--timeout``, ``--max-retries``, ``--sandbox`` (a fresh emulator for this one
command, with its key), ``--json`` (one JSON document, JSON lines for ``status --file``; Decimals
as strings, times ISO 8601 UTC), ``--debug`` (DEBUG logs and the traceback of an error).

An error is one line on stderr naming the vendor, the class and smsgate's message (``str(error)``:
the vendor's own words, or smsgate's explanation where it has a better one), then the vendor's
code and the HTTP status::

    smsgate: smspartner: InsufficientCreditError: Crédit insuffisant (code 11)

A send that failed after the vendor accepted part of it (``error.partial``) prints that part on
stdout like a successful send (with ``--json``: one document with ``partial`` and ``error``, also
for a ``SendOutcomeUnknown``) and says on stderr not to send to those numbers again.

Exit codes (one per error class, 4 aside; a subclass has its own code, not its base class's):

    0                              success
    1                              status --file: some lines failed; campaigns: recipients refused or still pending
    2                              bad arguments, unreadable or empty --file, a busy sandbox port: nothing sent
    3  AuthenticationError         the API key is missing, wrong or not allowed
    4  InvalidArgumentError        the request is wrong: a bad argument (invalid number, past --at...), not sent
    4  InvalidRequestError         the request is wrong: refused by the vendor or by one of its rules
    5  NotFoundError               no such message
    6  InsufficientCreditError     not enough credit
    7  RateLimitError              too many requests
    8  ServerError                 the vendor failed (5xx)
    9  TransportError              no usable answer (connection failed or broke)
   10  SendOutcomeUnknown          the send (or cancel) may have been carried out (campaigns: unknown or in flight)
   11  ResponseFormatError         the answer is not what the vendor's spec says
   12  UnsupportedOperationError   the vendor's API cannot do this (cancel on Primotexto)
   13  RequestTimeoutError         the vendor did not answer in time
   14  APIError                    any other refusal by the vendor
   15  SmsGateError                any other smsgate error
   16  ClientUsageError            a client used after it was closed, or from a second event loop
   17  JournalError                a campaign journal that cannot be used as asked (missing, foreign, in use)
   18  WebhookAuthenticationError  a callback whose smsgate= token is missing or forged
   19  WebhookFormatError          a callback body that is none of the vendor's payloads
   20  WebhookError                any other refused callback
   70                              a bug in smsgate (--debug shows the traceback)
  130                              interrupted (Ctrl-C)

``status --file`` reads one look-up per line (UTF-8; ``-`` is stdin)::

    # comments and blank lines are skipped; spaces around fields are ignored
    MESSAGE_ID               every recipient of the message
    MESSAGE_ID,NUMBER        one recipient of the message
    ,NUMBER                  the latest message sent to NUMBER (Primotexto only)

Look-ups run concurrently (``--concurrency``, default 8). The table (or the JSON lines, one per
file line, in file order) holds every line; each failed line is also reported on stderr, the
others go on, and the exit code is 1. An AuthenticationError stops the run (exit 3): a wrong key
fails every line alike. A file with no look-up at all (empty, only comments) is a usage error
(exit 2), not a success. The progress bar is drawn on stderr when it is a terminal, or with
``--progress``.

The clients are built by ``make_client`` and ``make_async_client``; ``main`` takes others
(``main(argv, make_client=...)``), which is how tests serve answers without a network.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from . import __version__
from ._base.callback_token import SECRET_ENV_VAR
from ._base.errors import AuthenticationError, InvalidArgumentError, JournalError, SmsGateError
from ._base.spec import VENDORS
from ._campaigns.engine import max_batch_size
from ._campaigns.journal import Journal
from ._cli import campaign as campaign_cli
from ._cli import commands, endpoints, exit_codes, recipients_file, status_file
from ._cli import consent as consent_cli
from ._cli import webhook as webhook_cli
from ._cli.commands import AsyncClientFactory, ClientFactory, ClientOptions, Context
from ._cli.output import Output
from ._client import AsyncClient, Client

__all__ = ["ClientOptions", "main", "make_async_client", "make_client"]

VENDOR_VARIABLE = "SMSGATE_VENDOR"
DEFAULT_CONCURRENCY = 8
DEFAULT_CAMPAIGN_CONCURRENCY = 4
# httpx's default connection pool holds 100 connections; more look-ups at once would only queue.
MAX_CONCURRENCY = 100
# A --sandbox emulator lives for one command: states advance at once so that one command sees them.
ONE_COMMAND_SANDBOX_SPEED = 0.0


def make_client(vendor: str, options: ClientOptions) -> Client:
    """The ``smsgate.Client`` a command uses for ``vendor``."""
    return Client(vendor, **options.as_kwargs())


def make_async_client(vendor: str, options: ClientOptions) -> AsyncClient:
    """The ``smsgate.AsyncClient`` a command uses for ``vendor``."""
    return AsyncClient(vendor, **options.as_kwargs())


def wait_for_interrupt() -> None:
    """Block until Ctrl-C (``smsgate sandbox``); tests replace it."""
    # A timed wait, not a bare one: on some platforms an untimed Event.wait() ignores Ctrl-C.
    forever = threading.Event()
    while not forever.wait(3600):
        pass


# -- arguments ------------------------------------------------------------------------------------


def _aware_datetime(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 8601 date and time") from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no time zone; add one, e.g. {text}Z or {text}+02:00")
    return moment


def _seconds(text: str, *, zero_allowed: bool) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero_allowed):
        raise argparse.ArgumentTypeError(f"{text!r} must be {'0 or more' if zero_allowed else 'greater than 0'}")
    return value


def _positive_seconds(text: str) -> float:
    return _seconds(text, zero_allowed=False)


def _seconds_or_zero(text: str) -> float:
    return _seconds(text, zero_allowed=True)


def _int_between(low: int, high: int) -> argparse._ActionType:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} must be between {low} and {high}")
        return value

    return convert


def _region(text: str) -> str:
    if len(text) != 2 or not text.isalpha():
        raise argparse.ArgumentTypeError(f"a two-letter country code such as FR, not {text!r}")
    return text.upper()


def build_parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="smsgate",
        description="Send SMS through Primotexto, SMS Partner or Messaggi, follow their delivery, read the balance.",
        epilog=_epilog(),
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"smsgate {__version__}")
    commands_parsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    output_options = argparse.ArgumentParser(add_help=False)
    output_options.add_argument("--json", action="store_true", help="machine output: JSON (JSON lines for --file)")
    output_options.add_argument("--debug", action="store_true", help="DEBUG logs on stderr, traceback on error")

    vendor_options = argparse.ArgumentParser(add_help=False, parents=[output_options])
    vendor_options.add_argument("--vendor", choices=VENDORS, help=f"the gateway (default: ${VENDOR_VARIABLE})")
    vendor_options.add_argument(
        "--api-key-env",
        metavar="NAME",
        help="read the key from this environment variable (default: the vendor's, e.g. SMSPARTNER_API_KEY)",
    )
    vendor_options.add_argument(
        "--base-url", type=endpoints.base_url_argument, action="append", default=[], metavar="[VENDOR=]URL",
        help="another server: URL for the first vendor, VENDOR=URL for any (repeatable), VENDOR=production "
        "for its real host; default $<VENDOR>_BASE_URL, then production",
    )  # fmt: skip
    vendor_options.add_argument("--timeout", type=_positive_seconds, metavar="SECONDS", help="per attempt (10)")
    vendor_options.add_argument("--max-retries", type=_int_between(0, 10), metavar="N", help="retries of a read (2)")
    vendor_options.add_argument(
        "--sandbox", action="store_true", help="run against a fresh local emulator started for this command"
    )

    send = commands_parsers.add_parser(
        "send", parents=[vendor_options], help="send one message to one or more numbers", formatter_class=formatter
    )
    send.add_argument("to", nargs="*", metavar="TO", help="E.164 (+33612345678) or the vendor's national form")
    send.add_argument("--text", required=True, help="the message (with --file: a template, {name} for a column)")
    send.add_argument("--sender", help="the sender name (required by Messaggi)")
    send.add_argument("--at", type=_aware_datetime, metavar="ISO8601", help="schedule, with a time zone")
    send.add_argument("--reference", help="your reference for this message")
    send.add_argument("--dry-run", action="store_true", help="the vendor's test mode (Primotexto: check input only)")
    send.add_argument(
        "--callback-url", metavar="URL",
        help=f"where the vendor posts receipts (and replies), signed with ${SECRET_ENV_VAR}; see smsgate.webhooks",
    )  # fmt: skip
    send.add_argument(
        "--suppression", metavar="PATH",
        help="a suppression list (SQLite): a marketing send to a number on it is refused before any request",
    )  # fmt: skip
    bulk = send.add_argument_group("bulk sends (a campaign, see `smsgate campaign --help`)")
    bulk.add_argument("--file", metavar="PATH", help="numbers one a line, or a CSV (see --header); - for stdin")
    bulk.add_argument("--journal", metavar="PATH", help="the campaign's journal (SQLite), to resume and report on")
    header = bulk.add_mutually_exclusive_group()
    header.add_argument("--header", action="store_true", default=None, help="the file's first row names its columns")
    header.add_argument(
        "--no-header", action="store_false", dest="header",
        help="the first row is a recipient (default: a header when no cell of it looks like a phone number)",
    )  # fmt: skip
    bulk.add_argument("--number-column", metavar="NAME|N", help="the column of the numbers (a header name, or from 1)")
    bulk.add_argument(
        "--region", type=_region, metavar="CC",
        help="the country of national numbers (0612345678), e.g. FR (default: the first vendor's)",
    )  # fmt: skip
    _campaign_options(bulk)
    send.set_defaults(run=commands.send)

    preview = commands_parsers.add_parser(
        "preview",
        parents=[output_options],
        help="encoding, parts and cost of a text, and the vendor's rules, without sending (no key needed)",
    )
    preview.add_argument("--vendor", choices=VENDORS, help=f"the gateway (default: ${VENDOR_VARIABLE})")
    preview.add_argument("text", metavar="TEXT", help="the message")
    preview.add_argument("--to", action="append", metavar="N", help="a recipient (repeat for several)")
    preview.add_argument("--sender", help="the sender name, checked against the vendor's rule")
    preview.add_argument("--at", type=_aware_datetime, metavar="ISO8601", help="when it would be sent")
    preview.set_defaults(run=None)
    for parser_with_rules in (send, preview):
        parser_with_rules.add_argument(
            "--purpose",
            choices=("transactional", "marketing"),
            default="transactional",
            help="marketing applies the vendor's hours, days and STOP rules (transactional)",
        )
        parser_with_rules.add_argument(
            "--gsm7", action="store_true", help="replace typographic quotes, dashes and accents outside GSM-7 first"
        )

    status = commands_parsers.add_parser(
        "status",
        parents=[vendor_options],
        help="delivery status of a message, a number, or every line of a file",
        description=status_file.FILE_FORMAT,
        formatter_class=formatter,
    )
    status.add_argument("message_id", nargs="?", metavar="MESSAGE_ID")
    status.add_argument("--phone-number", metavar="N", help="one recipient (alone: Primotexto's latest message to N)")
    status.add_argument("--file", metavar="PATH", help="one look-up per line (see above); - for stdin")
    status.add_argument(
        "--concurrency", type=_int_between(1, MAX_CONCURRENCY), metavar="N", help="look-ups at once with --file (8)"
    )
    status.add_argument("--progress", action="store_true", help="draw the progress bar even if stderr is no terminal")
    status.set_defaults(run=commands.status)

    cancel = commands_parsers.add_parser("cancel", parents=[vendor_options], help="cancel a scheduled message")
    cancel.add_argument("message_id", metavar="MESSAGE_ID")
    cancel.set_defaults(run=commands.cancel)

    credits = commands_parsers.add_parser("credits", parents=[vendor_options], help="the account balance")
    credits.set_defaults(run=commands.credits)

    opt_outs = commands_parsers.add_parser(
        "opt-outs", help="the vendor's STOP (or NPAI) list: list, add, remove, or sync into a local list"
    )
    opt_out_actions = opt_outs.add_subparsers(dest="action", metavar="ACTION", required=True)
    kind_option = argparse.ArgumentParser(add_help=False)
    kind_option.add_argument(
        "--kind", choices=("stop", "bounce"), default="stop", help="stop, or bounce (Primotexto's NPAI list)"
    )
    list_action = opt_out_actions.add_parser("list", parents=[vendor_options, kind_option], help="the numbers listed")
    add_action = opt_out_actions.add_parser("add", parents=[vendor_options, kind_option], help="list a number")
    remove_action = opt_out_actions.add_parser("remove", parents=[vendor_options, kind_option], help="unlist a number")
    for action_parser in (add_action, remove_action):
        action_parser.add_argument(
            "number", metavar="NUMBER", help="E.164 (+33612345678) or the vendor's national form"
        )
    sync_action = opt_out_actions.add_parser(
        "sync", parents=[vendor_options, kind_option], help="make a local suppression list agree with the vendor's"
    )
    sync_action.add_argument("--list", required=True, metavar="PATH", help="the suppression list (SQLite)")
    for action_parser in (list_action, add_action, remove_action, sync_action):
        action_parser.set_defaults(run=consent_cli.opt_outs, command_parser=action_parser)

    replies = commands_parsers.add_parser(
        "replies", parents=[vendor_options], help="the replies to a reference (Primotexto: a category) or a campaign"
    )
    asked = replies.add_mutually_exclusive_group(required=True)
    asked.add_argument("--reference", help="the reference the messages were sent with")
    asked.add_argument("--campaign", metavar="ID", help="a vendor campaign id")
    replies.add_argument("--since", type=_aware_datetime, metavar="ISO8601", help="only those received from then on")
    replies.set_defaults(run=consent_cli.replies)

    sandbox = commands_parsers.add_parser(
        "sandbox",
        parents=[output_options],
        help="run the local emulator of every vendor until Ctrl-C",
        description=SANDBOX_FAULTS,
        formatter_class=formatter,
    )
    sandbox.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    sandbox.add_argument("--port", type=_int_between(0, 65535), default=8025, help="0 picks a free port (8025)")
    sandbox.add_argument(
        "--speed", type=_seconds_or_zero, default=1.0, metavar="SECONDS", help="between state steps (1)"
    )
    sandbox.add_argument(
        "--latency", type=_seconds_or_zero, metavar="SECONDS", help="answer every request after SECONDS (0)"
    )
    sandbox.add_argument(
        "--fault", action="append", default=[], metavar="KIND[,times=N][,vendor=V][,operation=OP][,seconds=S]",
        help="switch a fault on (repeatable; times: requests it hits, default every one); KIND: "
        "rate_limit, server_error, bad_gateway, reset_before_read, reset_after_read, truncated_body, "
        "slow_drip, latency; on the callbacks posted: callback_duplicate, callback_out_of_order, "
        "callback_split, callback_forged_token",
    )  # fmt: skip
    sandbox.set_defaults(run=None)

    webhook = commands_parsers.add_parser(
        "webhook",
        parents=[output_options],
        help="receive the vendors' callbacks (receipts, replies, STOP) and print each event",
        description=f"serve: listen until Ctrl-C and print one line per event (a JSON line with --json). "
        f"Only URLs signed with ${SECRET_ENV_VAR} are accepted (send --callback-url signs them).",
    )
    webhook.add_argument("action", choices=("serve",))
    webhook.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    webhook.add_argument("--port", type=_int_between(0, 65535), default=8026, help="0 picks a free port (8026)")
    webhook.add_argument(
        "--journal", metavar="PATH", help="record each receipt in this campaign's journal (campaign report shows it)"
    )
    webhook.add_argument(
        "--max-body", type=_int_between(1, 1 << 30), default=1 << 20, metavar="BYTES",
        help="larger bodies are answered 413 (1 MiB)",
    )  # fmt: skip
    webhook.set_defaults(run=None)

    campaign = commands_parsers.add_parser(
        "campaign",
        help="resume, report on, resolve or follow a bulk send's journal",
        description=CAMPAIGN_ACTIONS,
        formatter_class=formatter,
    )
    actions = campaign.add_subparsers(dest="action", metavar="ACTION", required=True)
    journal_option = argparse.ArgumentParser(add_help=False)
    journal_option.add_argument("--journal", metavar="PATH", required=True, help="the campaign's journal")
    resume = actions.add_parser(
        "resume", parents=[vendor_options, journal_option], formatter_class=formatter,
        help="send to the recipients still pending (never to one in flight or unknown)",
        description="Send to the recipients still pending, through the vendors and endpoints the journal "
        "recorded (--vendor/--failover/--base-url change them).",
    )  # fmt: skip
    resume.add_argument("--retry-refused", action="store_true", help="send again to refused recipients")
    resume.add_argument(
        "--resend-unknown", action="store_true",
        help="send again to unknown recipients; each MAY GET THE MESSAGE TWICE (says how many first)",
    )  # fmt: skip
    _campaign_options(resume)
    report = actions.add_parser(
        "report", parents=[output_options, journal_option],
        help="counts, and every recipient not accepted (reads only: fine during a run)",
    )  # fmt: skip
    report.add_argument("--all", action="store_true", help="every recipient, not only those not accepted")
    report.add_argument("--limit", type=_int_between(0, 10**12), metavar="N", help="at most N recipients listed")
    resolve = actions.add_parser(
        "resolve", parents=[vendor_options, journal_option],
        help="ask the vendors about unknown recipients: found -> accepted, never received -> pending",
    )  # fmt: skip
    resolve.add_argument(
        "--settle", type=_seconds_or_zero, default=60.0, metavar="SECONDS",
        help="age a batch needs before the vendor's 'never received' is believed (60)",
    )  # fmt: skip
    status_action = actions.add_parser(
        "status", parents=[vendor_options, journal_option],
        help="record the delivery state of every accepted recipient (the vendors' batch status routes)",
    )  # fmt: skip
    for action_parser in (resolve, status_action):
        action_parser.add_argument(
            "--change-endpoints", action="store_true", help="reach the vendors elsewhere than the journal recorded"
        )
    campaign.set_defaults(run=None)
    for action_parser in (resume, report, resolve, status_action):
        action_parser.set_defaults(command_parser=action_parser)

    for command_parser in (send, preview, status, cancel, credits, sandbox, webhook, replies):
        command_parser.set_defaults(command_parser=command_parser)
    return parser


SANDBOX_FAULTS = """Run the emulator of every vendor on one local port, until Ctrl-C.

faults (also at run time: POST /_sandbox/faults with {"kind": ..., "times": ..., "vendor": ...,
"operation": ..., "seconds": ...}; DELETE /_sandbox/faults clears them; GET /_sandbox/stats):
  --latency 0.5                              every answer half a second late
  --fault rate_limit,times=3,seconds=30      the next 3 requests answered 429, Retry-After: 30
  --fault reset_after_read,operation=send_sms  a send carried out, its answer lost (once per request)
  --fault callback_duplicate,times=1         the next callback the sandbox posts comes twice

callbacks: a send with a callback URL on 127.0.0.1 or localhost (SMS Partner urlDlr, Messaggi
options.callback_url, Messaggi v2 callback) is called back at each state change; any other URL is
refused, never called. POST /_sandbox/replies with {"number": "+336...", "text": ...} (or
"stop": true, and "url" unless the message answered gave urlResponse) posts an SMS Partner reply;
GET /_sandbox/callbacks lists every callback posted.
"""

CAMPAIGN_ACTIONS = """actions:
  resume   send to the recipients still pending (never to one in flight or unknown)
  report   counts, and every recipient not accepted (--all: every recipient)
  resolve  ask the vendors about unknown recipients: found -> accepted, never received -> pending
  status   record the delivery state of every accepted recipient (the vendors' batch status routes)
"""


def _campaign_options(group: argparse._ActionsContainer) -> None:
    group.add_argument(
        "--failover", action="append", choices=VENDORS, default=[], metavar="VENDOR",
        help="the next vendor when the previous one provably did not send (repeatable)",
    )  # fmt: skip
    group.add_argument(
        "--concurrency", type=_int_between(1, MAX_CONCURRENCY), metavar="N",
        help="requests at once (status --file: 8, campaigns: 4)",
    )  # fmt: skip
    group.add_argument(
        "--batch-size", type=_int_between(1, 10_000), metavar="N",
        help="recipients per request (at most the vendor's maximum: SMS Partner 500)",
    )  # fmt: skip
    group.add_argument(
        "--change-endpoints", action="store_true", help="reach the vendors elsewhere than the journal recorded"
    )
    group.add_argument("--rate", type=_positive_seconds, metavar="PARTS", help="at most PARTS SMS parts a second")
    group.add_argument("--progress", action="store_true", help="draw the progress bar even if stderr is no terminal")


def _epilog() -> str:
    return (
        f"Keys come from {', '.join(commands.env_var_of(vendor) for vendor in VENDORS)} (or --api-key-env NAME).\n"
        f"The vendor comes from --vendor or ${VENDOR_VARIABLE}.\n\n"
        f"exit codes:\n{exit_codes.exit_code_table()}\n\n"
        "`smsgate status --help` describes the --file format."
    )


def _check(args: argparse.Namespace) -> None:
    """What argparse cannot check alone; a failure exits with 2 before anything is sent."""
    command_parser: argparse.ArgumentParser = args.command_parser
    if args.command in ("sandbox", "webhook") or (args.command == "campaign" and args.action == "report"):
        return
    if args.command == "send" and args.file is None:
        if not args.to:
            command_parser.error("give the numbers (TO...) or --file")
        bulk_only = [flag for flag, value in (("--journal", args.journal), ("--failover", args.failover),
                     ("--concurrency", args.concurrency), ("--batch-size", args.batch_size), ("--rate", args.rate),
                     ("--progress", args.progress), ("--header/--no-header", args.header is not None),
                     ("--number-column", args.number_column), ("--region", args.region),
                     ("--change-endpoints", args.change_endpoints)) if value]  # fmt: skip
        if bulk_only:
            command_parser.error(f"{', '.join(bulk_only)} apply to --file only")
    vendor = args.vendor or os.environ.get(VENDOR_VARIABLE)
    if args.command == "campaign":
        vendor = args.vendor  # the journal's vendors unless named: $SMSGATE_VENDOR does not move a campaign
    elif not vendor:
        command_parser.error(f"--vendor is required (or set {VENDOR_VARIABLE})")
    if vendor is not None and vendor not in VENDORS:
        command_parser.error(f"{VENDOR_VARIABLE}={vendor!r} is not one of {', '.join(VENDORS)}")
    args.vendor = vendor
    if args.command == "preview":
        return  # no key, no server
    if args.sandbox and (args.base_url or args.api_key_env):
        command_parser.error("--sandbox chooses the server and the key: drop --base-url and --api-key-env")
    if args.command == "campaign" or (args.command == "send" and args.file is not None):
        _check_campaign(args, command_parser)
    if args.command == "status":
        _check_status(args, command_parser)


def _check_campaign(args: argparse.Namespace, command_parser: argparse.ArgumentParser) -> None:
    named = ([args.vendor] if args.vendor else []) + list(getattr(args, "failover", []))
    if getattr(args, "batch_size", None) is not None:
        for vendor in named:
            largest = max_batch_size(vendor)
            if largest is not None and args.batch_size > largest:
                command_parser.error(f"--batch-size {args.batch_size}: {vendor} takes at most {largest} a request")
    if args.command == "send":
        if args.to:
            command_parser.error("--file replaces the numbers (TO...)")
        text = _read_file(args.file, command_parser)
        try:
            args.recipients_file = recipients_file.read(text, header=args.header, number_column=args.number_column)
        except ValueError as error:
            command_parser.error(f"{args.file}: {error}")
        if not args.recipients_file.recipients:
            command_parser.error(f"{_source(args.file)} holds no recipient (only a header, blank lines, or nothing)")
        if args.journal and Path(args.journal).is_file():
            try:
                with Journal.open(args.journal, read_only=True) as existing:
                    started = existing.is_started()
            except JournalError as error:
                command_parser.error(str(error))
            if started:  # a journal whose making was interrupted holds none: this send takes it over
                command_parser.error(
                    f"{args.journal} holds a campaign: resume it with `smsgate campaign resume --journal "
                    f"{args.journal}`, or name a new journal"
                )
    elif not Path(args.journal).is_file():
        command_parser.error(f"no journal at {args.journal}")
    if hasattr(args, "concurrency"):
        args.concurrency = args.concurrency or DEFAULT_CAMPAIGN_CONCURRENCY
        args.progress = args.progress or sys.stderr.isatty()


def _read_file(path: str, command_parser: argparse.ArgumentParser) -> str:
    """A ``--file`` whole (``-``: standard input); one that cannot be read is a usage error (exit 2)."""
    try:
        return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        command_parser.error(f"cannot read {path}: {reason}")


def _source(path: str) -> str:
    return "standard input" if path == "-" else path


def _check_status(args: argparse.Namespace, command_parser: argparse.ArgumentParser) -> None:
    args.entries = None
    if args.file is None:
        if args.concurrency is not None:
            command_parser.error("--concurrency applies to --file only")
        if args.message_id is None and args.phone_number is None:
            command_parser.error("give a MESSAGE_ID, --phone-number or --file")
        return
    if args.message_id is not None or args.phone_number is not None:
        command_parser.error("--file replaces MESSAGE_ID and --phone-number")
    # Read whole before anything starts: a missing file is a usage error, not a half-done run.
    text = _read_file(args.file, command_parser)
    args.entries = status_file.parse(text)
    if not args.entries:
        # Nothing to look up is a mistake (an empty pipe, the wrong file), not a success: exit 2.
        command_parser.error(f"{_source(args.file)} holds no look-up: {status_file.EXPECTED_LINES}")
    args.concurrency = args.concurrency or DEFAULT_CONCURRENCY
    args.progress = args.progress or sys.stderr.isatty()


# -- running --------------------------------------------------------------------------------------


def main(
    argv: Sequence[str] | None = None,
    *,
    make_client: ClientFactory = make_client,
    make_async_client: AsyncClientFactory = make_async_client,
    wait_for_interrupt: Callable[[], None] = wait_for_interrupt,
) -> int:
    """Run one command; returns the exit code (the ``smsgate`` script exits with it).

    ``make_client`` and ``make_async_client`` build the command's clients from a vendor and the
    command line's options (tests pass clients on fakes); ``wait_for_interrupt`` is how
    ``smsgate sandbox`` waits for Ctrl-C (tests pass one that returns when they are done).
    """
    output = Output(sys.stdout, sys.stderr, as_json=False)
    try:
        args = build_parser().parse_args(argv)
        _check(args)
    except SystemExit as stop:  # argparse: --help, --version, or a usage error (already printed)
        return stop.code if isinstance(stop.code, int) else exit_codes.USAGE
    output.as_json = args.json
    with _debug_logging(output, enabled=args.debug):
        try:
            return _run(args, output, make_client, make_async_client, wait_for_interrupt)
        except SmsGateError as error:
            if args.debug:
                output.diagnostic("".join(traceback.format_exception(error)).rstrip())
            if output.as_json:  # one JSON line on stderr: a script reads the error as it reads the result
                output.diagnostic(json.dumps({"error": exit_codes.error_document(error)}, ensure_ascii=False))
            else:
                output.diagnostic(f"smsgate: {exit_codes.describe(error, getattr(args, 'vendor', None))}")
            return exit_codes.exit_code_for(error)
        except KeyboardInterrupt:
            output.diagnostic("smsgate: interrupted")
            return exit_codes.INTERRUPTED
        except Exception as error:  # a bug: say so in one line, the traceback is one --debug away
            if args.debug:
                output.diagnostic("".join(traceback.format_exception(error)).rstrip())
            hint = "" if args.debug else " (run again with --debug for the traceback)"
            output.diagnostic(f"smsgate: internal error: {type(error).__name__}: {error}{hint}")
            return exit_codes.INTERNAL_ERROR


def _run(
    args: argparse.Namespace,
    output: Output,
    make_client: ClientFactory,
    make_async_client: AsyncClientFactory,
    wait_for_interrupt: Callable[[], None],
) -> int:
    if args.command == "sandbox":
        return commands.sandbox(args, output, wait_for_interrupt)
    if args.command == "webhook":
        return webhook_cli.serve(args, output, wait_for_interrupt)
    if args.command == "preview":
        return commands.preview(args, output)
    if args.command == "campaign" and args.action == "report":
        return campaign_cli.report(args, output)
    vendors, recorded = _vendors(args)
    args.vendors = vendors
    args.vendor = vendors[0]
    running = commands.start_sandbox(speed=ONE_COMMAND_SANDBOX_SPEED) if args.sandbox else None
    try:
        sandbox_urls = None if running is None else {vendor: running.base_url(vendor) for vendor in vendors}
        try:
            args.endpoints = endpoints.for_run(
                vendors, args.base_url, sandbox=sandbox_urls, recorded=recorded, environ=os.environ
            )
        except ValueError as error:
            output.diagnostic(f"smsgate: error: {error}")
            return exit_codes.USAGE
        # A fresh emulator per command: a campaign resumed on one has moved, by construction.
        args.change_endpoints = getattr(args, "change_endpoints", False) or running is not None
        for vendor in vendors:
            output.add_secret(os.environ.get(commands.env_var_of(vendor)))
        if running is not None:
            for key in running.sandbox.api_keys.values():
                output.add_secret(key)
        options = _client_options(args, running, args.vendor)
        output.add_secret(options.api_key)
        context = Context(
            args.vendor,
            options,
            output,
            make_client,
            make_async_client,
            lambda vendor: _client_options(args, running, vendor),
        )
        code: int = _command(args)(args, context)
        return code
    finally:
        if running is not None:
            running.stop()
            running.sandbox.close()  # its callback thread


def _vendors(args: argparse.Namespace) -> tuple[list[str], dict[str, str]]:
    """The command's vendors, in failover order, and the endpoints its campaign's journal recorded."""
    recorded: dict[str, str] = {}
    named = [args.vendor] if args.vendor else []
    named += [vendor for vendor in getattr(args, "failover", []) if vendor not in named]
    if args.command == "campaign":
        journal_vendors, recorded = campaign_cli.recorded(args.journal)
        if not named or args.action != "resume":
            # resolve and status ask every vendor the campaign used; resume sends through those named.
            named += [vendor for vendor in journal_vendors if vendor not in named]
        if not named:
            raise InvalidArgumentError(f"{args.journal} names no vendor yet: give --vendor")
    return named, recorded


def _command(args: argparse.Namespace) -> commands.Command:
    if args.command == "send" and args.file is not None:
        return campaign_cli.send_file
    if args.command == "campaign":
        return {"resume": campaign_cli.resume, "resolve": campaign_cli.resolve, "status": campaign_cli.delivery}[
            args.action
        ]
    command: commands.Command = args.run
    return command


def _client_options(args: argparse.Namespace, running: commands.RunningSandbox | None, vendor: str) -> ClientOptions:
    """``vendor``'s client options: its endpoint (``smsgate._cli.endpoints``) and its key: the
    sandbox's, --api-key-env's for the first vendor, else the vendor's own variable."""
    tuning = {"timeout": args.timeout, "max_retries": args.max_retries}
    base_url = args.endpoints[vendor].url
    if running is not None:
        return ClientOptions(api_key=running.sandbox.api_keys[vendor], base_url=base_url, **tuning)
    if args.api_key_env and vendor == args.vendor:
        key = os.environ.get(args.api_key_env)
        if not key:
            raise AuthenticationError(f"no API key: {args.api_key_env} is not set", vendor=vendor)
        return ClientOptions(api_key=key, base_url=base_url, **tuning)
    # No key given: the client reads the vendor's variable, and says which one when it is missing.
    return ClientOptions(base_url=base_url, **tuning)


@contextmanager
def _debug_logging(output: Output, *, enabled: bool) -> Iterator[None]:
    if not enabled:
        yield
        return
    logger = logging.getLogger("smsgate")
    handler = output.log_handler()
    previous_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous_level)


if __name__ == "__main__":
    sys.exit(main())
