"""``python -m smsgate.about``: what this installation of smsgate holds, vendor by vendor.

``--states`` prints the delivery-state table of every vendor, ``--errors <vendor>`` one vendor's
error-code table (both read from the specs; docs/sending.md and docs/vendors.md hold them and a test keeps them equal).
"""

from __future__ import annotations

import importlib

from . import __version__
from ._base.spec import VENDORS, operation_ids, raw_document, vendor_spec
from ._vendors import load


def summary() -> str:
    lines = [f"smsgate {__version__}", "", f"{'vendor':<12} {'operations':>10} {'models':>7}  server"]
    for vendor in VENDORS:
        spec = raw_document(vendor)
        models = importlib.import_module(f"_smsgate_generated.{vendor}.models")
        server = spec["servers"][0]["url"]
        lines.append(f"{vendor:<12} {len(operation_ids(vendor)):>10} {len(models.__all__):>7}  {server}")
    return "\n".join(lines)


def state_table() -> str:
    """The markdown table of the vendor words status() reads and their unified reading, from the specs."""
    lines = [
        "| vendor | vocabulary | vendor word | state | final | stop |",
        "|---|---|---|---|---|---|",
    ]
    for vendor in VENDORS:
        spec = vendor_spec(vendor)
        for vocabulary in load(vendor, spec).state_vocabularies:
            for word, entry in spec.states[vocabulary].items():
                flags = ("yes" if entry.final else "", "yes" if entry.stop else "")
                lines.append(f"| {vendor} | {vocabulary} | `{word}` | {entry.state.value} | {flags[0]} | {flags[1]} |")
    return "\n".join(lines)


def error_table(vendor: str) -> str:
    """The markdown table of a vendor's documented error codes and the class each one raises, from its spec."""
    lines = ["| code | name | raises | the vendor's words |", "|---|---|---|---|"]
    for code, entry in raw_document(vendor).get("x-smsgate-error-codes", {}).items():
        lines.append(f"| {code} | {entry['name']} | `{entry['error']}` | {entry['message']} |")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    arguments = sys.argv[1:]
    if "--states" in arguments:
        print(state_table())
    elif "--errors" in arguments and arguments.index("--errors") + 1 < len(arguments):
        chosen = arguments[arguments.index("--errors") + 1]
        if chosen not in VENDORS:
            sys.exit(f"--errors takes one of {', '.join(VENDORS)}, not {chosen!r}")
        print(error_table(chosen))
    else:
        print(summary())
