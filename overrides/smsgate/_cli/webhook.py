"""``smsgate webhook serve``: receive the vendors' callbacks and print each event (``--journal``:
and record each receipt in a campaign's journal, ``Campaign.hear``).

A threaded WSGI server of the standard library (no dependency) over ``smsgate.webhooks.wsgi_app``:
what it answers, its duplicates and its late states are the receiver's (``smsgate._webhooks.receiver``).
The secret comes from ``SMSGATE_WEBHOOK_SECRET`` only (no option: it would land in the shell history).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import threading
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from .._base.callback_token import SECRET_ENV_VAR
from .._campaigns.bulk import Campaign
from .._webhooks.events import DeliveryEvent, HlrResult, InboundMessage, OptOutEvent, WebhookEvent
from .._webhooks.receiver import wsgi_app
from . import exit_codes
from .output import Output, iso_utc

__all__ = ["COLUMNS", "event_document", "event_row", "serve"]

COLUMNS = ("EVENT", "VENDOR", "NUMBER", "STATE / TEXT", "MESSAGE ID", "AT")
WIDTHS = (8, 11, 16, 28, 26, 20)
KINDS = {DeliveryEvent: "delivery", InboundMessage: "inbound", OptOutEvent: "opt_out", HlrResult: "hlr"}


def event_document(event: WebhookEvent) -> dict[str, Any]:
    """The event as JSON data: its kind, then its members (``raw`` left out; times ISO 8601 UTC)."""
    document: dict[str, Any] = {"event": KINDS[type(event)]}
    for field in dataclasses.fields(event):
        if field.name == "raw":
            continue
        value = getattr(event, field.name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, datetime):
            value = iso_utc(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            value = dataclasses.asdict(value)
        document[field.name] = value
    return document


def event_row(event: WebhookEvent) -> str:
    """The event as one line of the table (``COLUMNS``)."""
    if isinstance(event, DeliveryEvent | HlrResult):
        what = f"{event.state.value} ({event.vendor_state})" + (", final" if event.final else "")
    else:
        what = " ".join((event.text or "").split())
    cells = (
        KINDS[type(event)],
        event.vendor,
        event.phone_number or "-",
        what,
        event.message_id or "-",
        iso_utc(event.at) if event.at else "-",
    )
    return _line(cells)


def _line(cells: tuple[str, ...]) -> str:
    shown = [cell if len(cell) <= width else cell[: width - 1] + "…" for cell, width in zip(cells, WIDTHS, strict=True)]
    return "  ".join(cell.ljust(width) for cell, width in zip(shown, WIDTHS, strict=True)).rstrip()


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # the events are the output, not the access log
        pass


def serve(args: argparse.Namespace, output: Output, wait_for_interrupt: Callable[[], None]) -> int:
    """Listen on ``args.host``:``args.port`` until Ctrl-C, one line per event on stdout."""
    lock = threading.Lock()
    campaign = None if args.journal is None else Campaign.open(args.journal)  # JournalError: exit 17

    def on_event(event: WebhookEvent) -> None:
        with lock:
            # The journal first: a receipt it could not record raises, and the vendor sends it again.
            heard = None if campaign is None else campaign.hear(event)
            if output.as_json:
                document = event_document(event)
                if heard is not None:
                    document["journal_updated"] = heard
                output.json_line(document)
            else:
                output.result(event_row(event))

    try:
        app = wsgi_app(on_event, max_body=args.max_body)  # no secret: ClientUsageError naming the variable
        try:
            server = make_server(args.host, args.port, app, server_class=_Server, handler_class=_QuietHandler)
        except (OSError, OverflowError) as error:  # a port in use, an address not ours
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            output.diagnostic(f"smsgate: cannot receive callbacks on {args.host}:{args.port}: {reason}")
            return exit_codes.USAGE
        return _listen(server, args, output, wait_for_interrupt)
    finally:
        if campaign is not None:
            campaign.close()


def _listen(server: _Server, args: argparse.Namespace, output: Output, wait_for_interrupt: Callable[[], None]) -> int:
    thread = threading.Thread(target=server.serve_forever, name="smsgate-webhooks", daemon=True)
    thread.start()
    try:
        url = f"http://{args.host}:{server.server_port}/"
        output.diagnostic(
            f"smsgate: receiving callbacks on {url} (URLs signed with ${SECRET_ENV_VAR}: "
            f"send(..., callback_url=...) or smsgate.webhooks.signed_url)"
            + ("" if args.journal is None else f"; receipts recorded in {args.journal}")
            + "; Ctrl-C stops it"
        )
        if not output.as_json:
            output.result(_line(COLUMNS))
        with contextlib.suppress(KeyboardInterrupt):
            wait_for_interrupt()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    return exit_codes.OK
