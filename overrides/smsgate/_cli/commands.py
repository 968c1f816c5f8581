"""The five commands. Arguments arrive checked (``smsgate.cli``); errors propagate to ``main``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from .._base.errors import SendOutcomeUnknown, SmsGateError
from .._base.models import Credits, SendResult
from .._base.spec import VENDORS
from .._client import AsyncClient, Client
from .._text.preview import Preview
from .._text.send_options import SendKwargs
from .._text.suppression import SuppressionList
from .._vendors.options import ENV_VARS
from . import exit_codes, status_file
from .output import REPORT_HEADERS, Output, ProgressBar, fields, jsonable, report_row, table


@dataclass(frozen=True)
class ClientOptions:
    """How to build the client; ``api_key`` None means the vendor's environment variable."""

    api_key: str | None = field(default=None, repr=False)
    base_url: str | None = None
    timeout: float | None = None
    max_retries: int | None = None

    def as_kwargs(self) -> dict[str, Any]:
        """The options as ``smsgate.Client`` keyword arguments."""
        return {
            "api_key": self.api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
        }


ClientFactory = Callable[[str, ClientOptions], Client]
Command = Callable[[argparse.Namespace, "Context"], int]
AsyncClientFactory = Callable[[str, ClientOptions], AsyncClient]


@dataclass(frozen=True)
class Context:
    vendor: str
    options: ClientOptions
    output: Output
    make_client: ClientFactory
    make_async_client: AsyncClientFactory
    # The options of another vendor's client (a campaign's failover vendors); None: ``options`` for all.
    other_options: Callable[[str], ClientOptions] | None = None

    def options_of(self, vendor: str) -> ClientOptions:
        if vendor == self.vendor or self.other_options is None:
            return self.options
        return self.other_options(vendor)


def env_var_of(vendor: str) -> str:
    """The variable the client reads the vendor's key from (PRIMOTEXTO_API_KEY...)."""
    return ENV_VARS[vendor]


# -- the emulator (smsgate.sandbox), imported only when asked for -----------------------------


class FaultSwitch(Protocol):
    def add_json(self, description: Any) -> object: ...


class SandboxState(Protocol):
    @property
    def api_keys(self) -> Mapping[str, str]: ...

    @property
    def faults(self) -> FaultSwitch: ...

    def close(self) -> None: ...


class RunningSandbox(Protocol):
    @property
    def sandbox(self) -> SandboxState: ...

    def base_url(self, vendor: str) -> str: ...

    def stop(self) -> None: ...


def start_sandbox(*, speed: float, host: str = "127.0.0.1", port: int = 0) -> RunningSandbox:
    """Start the emulator on a background thread; it is listening when this returns."""
    # Imported here: the emulator is only needed by `smsgate sandbox` and --sandbox, and its
    # dependencies are an extra that a plain install does not have.
    try:
        module = importlib.import_module("smsgate.sandbox")
    except ImportError as error:
        missing = f" (no module {error.name})" if error.name else ""
        raise SmsGateError(f"the sandbox is not installed{missing}: pip install 'smsgate[sandbox]'") from error
    running: RunningSandbox = module.start_server(sandbox=module.Sandbox(speed=speed), host=host, port=port)
    return running


def _fault(described: str) -> dict[str, Any]:
    """``KIND[,times=N][,vendor=V][,operation=OP][,seconds=S]`` as the control endpoint's JSON
    (every request it matches unless ``times`` is given)."""
    kind, *fields = described.split(",")
    fault: dict[str, Any] = {"kind": kind.strip(), "times": None}
    for field_text in fields:
        name, equals, value = field_text.partition("=")
        if not equals:
            raise ValueError(f"expected name=value, not {field_text!r}")
        name = name.strip()
        fault[name] = int(value) if name == "times" else float(value) if name == "seconds" else value.strip()
    return fault


# -- send, cancel, credits ----------------------------------------------------------------------


def send_options(args: argparse.Namespace) -> SendKwargs:
    """The send options of the command line: one definition for ``send`` with or without ``--file``."""
    return {
        "sender": args.sender,
        "scheduled_at": args.at,
        "reference": args.reference,
        "dry_run": args.dry_run,
        "purpose": args.purpose,
        "gsm7": args.gsm7,
        "callback_url": args.callback_url,
        "suppression": None if args.suppression is None else SuppressionList(args.suppression),
    }


def send(args: argparse.Namespace, context: Context) -> int:
    options = send_options(args)
    with context.make_client(context.vendor, context.options) as client:
        # Refused here (exit 4) when a rule forbids it: nothing leaves. Otherwise said before sending.
        shown = client.preview(args.text, args.to, **options)
        if not context.output.as_json:
            context.output.diagnostic(f"smsgate: preview: {shown.summary()}")
        try:
            result = client._send_previewed(args.to, args.text, shown, **options)  # its rules ran in preview
        except SmsGateError as error:
            _print_failed_send(error, context, dry_run=args.dry_run)
            raise  # main prints the error line and exits with its code
    _print_send(result, context.output, dry_run=args.dry_run, shown=shown)
    return exit_codes.OK


def preview(args: argparse.Namespace, output: Output) -> int:
    """Encoding, parts, cost and the rules' verdict of a text, without a key or a request."""
    from .._text.preview import preview as preview_text

    shown = preview_text(
        args.text,
        vendor=args.vendor,
        to=args.to or None,
        sender=args.sender,
        scheduled_at=args.at,
        purpose=args.purpose,
        gsm7=args.gsm7,
    )
    if output.as_json:
        output.json_document(preview_document(shown))
        return exit_codes.OK
    forced = ", ".join(f"{found.character!r} at {found.position} ({found.name})" for found in shown.forcing_ucs2)
    changes = ", ".join(f"{change.original!r} -> {change.replacement!r}" for change in shown.replacements)
    cost = f"{shown.cost} {shown.cost_unit}" if shown.cost is not None else f"{shown.sms} SMS"
    rows = [
        ("vendor", shown.vendor),
        ("encoding", str(shown.encoding)),
        ("length", f"{shown.length} {shown.unit}"),
        ("parts", f"{shown.parts} ({shown.per_part} {shown.unit} each)"),
        ("left in last part", str(shown.left)),
        ("forces UCS-2", forced or "-"),
        ("recipients", str(shown.recipients)),
        ("cost", f"{cost} ({shown.cost_source})"),
    ]
    if args.gsm7:
        rows.insert(1, ("text sent", shown.text))
        rows.insert(2, ("replacements", changes or "-"))
    if shown.sends_at is not None:
        rows.append(("sends at", shown.sends_at.isoformat()))
    output.result(fields(rows))
    return exit_codes.OK


def preview_document(shown: Preview) -> dict[str, Any]:
    document: dict[str, Any] = jsonable(shown)
    document["forcing_ucs2"] = [
        {"position": found.position, "character": found.character, "name": found.name} for found in shown.forcing_ucs2
    ]
    return document


def _send_rows(result: SendResult) -> list[tuple[str, str]]:
    return [
        ("vendor", result.vendor.value),
        ("message id", result.message_id),
        ("accepted", " ".join(result.accepted) or "-"),
        ("rejected", " ".join(result.rejected) or "-"),
        ("cost", _amount(result.cost)),
    ]


def _print_send(result: SendResult, output: Output, *, dry_run: bool, shown: Preview) -> None:
    if output.as_json:
        output.json_document({**jsonable(result), "dry_run": dry_run, "preview": preview_document(shown)})
        return
    rows = _send_rows(result)
    if dry_run:
        rows.append(("dry run", "yes: the vendor's test mode, nothing was delivered"))
    output.result(fields(rows))


def _print_failed_send(error: SmsGateError, context: Context, *, dry_run: bool) -> None:
    """What a failed send already did, on stdout, so that nobody sends it a second time.

    A send the vendor partly carried out (``error.partial``: the recipients it accepted before the
    error) prints that part like a successful send; with ``--json``, a send that did or may have
    reached the vendor (a partial send, ``SendOutcomeUnknown``) prints one document holding what was
    accepted and the error. A send that certainly did nothing prints nothing on stdout.
    """
    output = context.output
    partial = error.partial  # None unless the vendor accepted part of the send
    if output.as_json:
        if partial is not None or isinstance(error, SendOutcomeUnknown):
            document = {
                "vendor": context.vendor,
                "dry_run": dry_run,
                "partial": None if partial is None else jsonable(partial),
                "error": exit_codes.error_document(error),
            }
            output.json_document(document)
    elif partial is not None:
        output.result(fields([*_send_rows(partial), ("partial", "yes: the send stopped part way (see stderr)")]))
    if partial is not None:
        accepted = " ".join(partial.accepted) or "no recipient"
        output.diagnostic(
            f"smsgate: the send stopped part way; the vendor already accepted it for {accepted} "
            f"(message id {partial.message_id or '-'}): do not send to these numbers again, "
            "send only to the other recipients"
        )


def cancel(args: argparse.Namespace, context: Context) -> int:
    with context.make_client(context.vendor, context.options) as client:
        client.cancel(args.message_id)
    if context.output.as_json:
        context.output.json_document({"vendor": context.vendor, "message_id": args.message_id, "canceled": True})
    else:
        context.output.result(
            fields([("vendor", context.vendor), ("message id", args.message_id), ("canceled", "yes")])
        )
    return exit_codes.OK


def credits(args: argparse.Namespace, context: Context) -> int:
    with context.make_client(context.vendor, context.options) as client:
        balance = client.credits()
    _print_credits(balance, context.output)
    return exit_codes.OK


def _print_credits(balance: Credits, output: Output) -> None:
    if output.as_json:
        output.json_document(balance)
        return
    # No currency means the vendor counts the balance in SMS, not money.
    unit = balance.currency or "SMS"
    output.result(fields([("vendor", balance.vendor.value), ("balance", f"{_amount(balance.balance)} {unit}")]))


def _amount(value: Decimal | None) -> str:
    return "-" if value is None else str(value)


# -- status -------------------------------------------------------------------------------------


def status(args: argparse.Namespace, context: Context) -> int:
    if args.entries is not None:
        return _status_file(args, context)
    with context.make_client(context.vendor, context.options) as client:
        reports = client.status(args.message_id, phone_number=args.phone_number)
    if context.output.as_json:
        context.output.json_document(reports)
    else:
        context.output.result(table(REPORT_HEADERS, (report_row(report) for report in reports)))
    return exit_codes.OK


def _status_file(args: argparse.Namespace, context: Context) -> int:
    output = context.output
    entries: list[status_file.Entry] = args.entries  # never empty: smsgate.cli refuses an empty file
    # Built now, so that a missing key is refused before any look-up starts.
    client = context.make_async_client(context.vendor, context.options)

    @contextlib.asynccontextmanager
    async def open_client() -> AsyncIterator[AsyncClient]:
        async with client:
            yield client

    progress = ProgressBar(output, len(entries), enabled=args.progress)
    finished: dict[int, status_file.Outcome] = {}
    next_to_print = 0
    failed = 0

    def on_outcome(index: int, outcome: status_file.Outcome) -> None:
        nonlocal next_to_print, failed
        finished[index] = outcome
        failed += outcome.error is not None
        progress.update(len(finished), failed)
        if output.as_json:
            # JSON lines stream out as look-ups end, yet in the file's order: a line waits for those before it.
            while next_to_print in finished:
                output.json_line(_outcome_json(finished[next_to_print]))
                next_to_print += 1

    try:
        outcomes = asyncio.run(
            status_file.fetch_all(
                entries, open_client, vendor=context.vendor, concurrency=args.concurrency, on_outcome=on_outcome
            )
        )
    finally:
        progress.close()

    failures = [outcome for outcome in outcomes if outcome.error]
    if not output.as_json:
        output.result(table(("LINE", *REPORT_HEADERS), _outcome_rows(outcomes)))
    for outcome in failures:
        assert outcome.error is not None
        where = f"line {outcome.entry.line} ({outcome.entry.text})"
        output.diagnostic(f"smsgate: {where}: {exit_codes.describe(outcome.error, context.vendor)}")
    if failures:
        output.diagnostic(f"smsgate: {len(failures)} of {len(outcomes)} lines failed")
        return exit_codes.SOME_ITEMS_FAILED
    return exit_codes.OK


def _outcome_rows(outcomes: list[status_file.Outcome]) -> list[list[str]]:
    rows = []
    for outcome in outcomes:
        line = str(outcome.entry.line)
        if outcome.error is not None:
            # The full message goes to stderr; the table keeps the line's place and the class.
            asked = [outcome.entry.message_id or "-", outcome.entry.phone_number or "-"]
            rows.append([line, *asked, "error", type(outcome.error).__name__, "", "", ""])
        else:
            rows.extend([line, *report_row(report)] for report in outcome.reports or [])
    return rows


def _outcome_json(outcome: status_file.Outcome) -> dict[str, Any]:
    entry = outcome.entry
    document: dict[str, Any] = {
        "line": entry.line,
        "message_id": entry.message_id,
        "phone_number": entry.phone_number,
        "ok": outcome.error is None,
    }
    if outcome.error is None:
        document["reports"] = jsonable(outcome.reports or [])
    else:
        document["error"] = exit_codes.error_document(outcome.error)
    return document


# -- sandbox ------------------------------------------------------------------------------------


def sandbox(args: argparse.Namespace, output: Output, wait_for_interrupt: Callable[[], None]) -> int:
    try:
        running = start_sandbox(speed=args.speed, host=args.host, port=args.port)
    except (OSError, ValueError) as error:  # a port in use, an address not ours; ValueError: the sandbox's own check
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        output.diagnostic(f"smsgate: cannot run the sandbox on {args.host}:{args.port}: {reason}")
        return exit_codes.USAGE
    try:
        faults = [*([f"latency,seconds={args.latency}"] if args.latency else []), *args.fault]
        for described in faults:
            try:
                running.sandbox.faults.add_json(_fault(described))
            except ValueError as error:  # SandboxConfigError, or a field that is no number
                output.diagnostic(f"smsgate: --fault {described}: {error}")
                return exit_codes.USAGE
        keys = running.sandbox.api_keys
        vendors = {
            vendor: {"base_url": running.base_url(vendor), "key_variable": env_var_of(vendor), "api_key": keys[vendor]}
            for vendor in VENDORS
        }
        if output.as_json:
            output.json_document({"speed": args.speed, "vendors": vendors})
        else:
            rows = [(vendor, v["base_url"], v["key_variable"], v["api_key"]) for vendor, v in vendors.items()]
            output.result(table(("VENDOR", "BASE URL", "KEY VARIABLE", "KEY"), rows))
        example = vendors["smspartner"]
        output.diagnostic(
            f"smsgate: sandbox running ({args.speed:g} s per state step); Ctrl-C stops it. Try:\n"
            f"  {example['key_variable']}={example['api_key']} smsgate credits --vendor smspartner "
            f"--base-url {example['base_url']}"
        )
        with contextlib.suppress(KeyboardInterrupt):
            wait_for_interrupt()
    finally:
        running.stop()
        running.sandbox.close()  # its callback thread
    return exit_codes.OK
