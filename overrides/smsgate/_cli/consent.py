"""``smsgate opt-outs list|add|remove|sync`` and ``smsgate replies``: the vendors' opt-out lists and
replies, and the local suppression list fed from them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .._text.suppression import SuppressionList
from . import exit_codes
from .commands import Context
from .output import fields, iso_utc, table

if TYPE_CHECKING:
    from .._base.models import OptOut, Reply


def opt_outs(args: argparse.Namespace, context: Context) -> int:
    output = context.output
    with context.make_client(context.vendor, context.options) as client:
        if args.action == "add":
            client.add_opt_out(args.number, kind=args.kind)
        elif args.action == "remove":
            client.remove_opt_out(args.number, kind=args.kind)
        else:
            listed = client.opt_outs(args.kind)
    if args.action in ("add", "remove"):
        done = {"vendor": context.vendor, "kind": args.kind, "number": args.number, "action": args.action}
        if output.as_json:
            output.json_document(done)
        else:
            output.result(fields([(name, str(value)) for name, value in done.items()]))
        return exit_codes.OK
    if args.action == "sync":
        with SuppressionList(args.list) as suppressions:
            added, lifted = suppressions.sync(context.vendor, [e.phone_number for e in listed], kind=args.kind)
            total = len(suppressions)
        synced = {"vendor": context.vendor, "kind": args.kind, "listed": len(listed), "added": added,
                  "lifted": lifted, "suppressed": total, "list": args.list}  # fmt: skip
        if output.as_json:
            output.json_document(synced)
        else:
            output.result(fields([(name, str(value)) for name, value in synced.items()]))
        return exit_codes.OK
    if output.as_json:
        output.json_document(listed)
    else:
        output.result(table(["number", "kind", "id", "since"], (_opt_out_row(entry) for entry in listed)))
    return exit_codes.OK


def _opt_out_row(entry: OptOut) -> list[str]:
    return [entry.phone_number, entry.kind.value, entry.id or "-", "-" if entry.at is None else iso_utc(entry.at)]


def replies(args: argparse.Namespace, context: Context) -> int:
    with context.make_client(context.vendor, context.options) as client:
        found = client.replies(args.reference, campaign=args.campaign, since=args.since)
    if context.output.as_json:
        context.output.json_document(found)
    else:
        context.output.result(table(["number", "received", "text"], (_reply_row(reply) for reply in found)))
    return exit_codes.OK


def _reply_row(reply: Reply) -> list[str]:
    return [reply.phone_number, "-" if reply.received_at is None else iso_utc(reply.received_at), reply.text]
