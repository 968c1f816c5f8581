"""``python -m smsgate.demo``: smsgate end to end with no account and no network.

Starts the sandbox on 127.0.0.1, sends one message through each vendor, Messaggi v1 and v2 each
(the SMS Partner one to a second, reserved number that ends undelivered), polls until every
recipient is final, and prints one unified table. Needs ``smsgate[sandbox]``.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

from . import Client, DeliveryReport
from .sandbox import Sandbox, start_server

# (vendor, recipients, sender): +33 6 51 23 00 01 ends in 0001, the sandbox's "undelivered" number.
SENDS = [
    ("primotexto", ["+33612345678"], None),
    ("smspartner", ["+33651234567", "+33651230001"], None),
    ("messaggi", ["+393491234567"], "ACME"),
    ("messaggi_v2", ["+34612345678"], None),  # v2 picks its Spanish route (ES-messages) from the number
]
TEXT = "smsgate demo: votre code est 123456"
POLL_INTERVAL = 0.2  # seconds
DEADLINE = 30.0  # seconds before the demo gives up waiting for final states


@dataclass
class Tracked:
    client: Client
    message_id: str
    numbers: list[str]


def run(speed: float = 0.5) -> list[DeliveryReport]:
    """Send through each vendor against a fresh sandbox and return the final reports."""
    with start_server(Sandbox(speed=speed)) as running:
        tracked = []
        for vendor, numbers, sender in SENDS:
            client = Client(vendor, api_key=running.sandbox.api_keys[vendor], base_url=running.base_url(vendor))
            sent = client.send(numbers, TEXT, sender=sender)
            tracked.append(Tracked(client, sent.message_id, sent.accepted))
        try:
            return _poll_until_final(tracked)
        finally:
            for item in tracked:
                item.client.close()


def _poll_until_final(tracked: list[Tracked]) -> list[DeliveryReport]:
    deadline = time.monotonic() + DEADLINE
    while True:
        # One look-up per recipient: Primotexto's status answer does not name the number.
        reports = [
            report
            for item in tracked
            for number in item.numbers
            for report in item.client.status(item.message_id, phone_number=number)
        ]
        if all(report.final for report in reports) or time.monotonic() > deadline:
            return reports
        time.sleep(POLL_INTERVAL)


def table(reports: list[DeliveryReport]) -> str:
    rows = [("vendor", "message id", "number", "state", "vendor state", "time (UTC)")]
    rows += [
        (
            report.vendor.value,
            report.message_id,
            report.phone_number or "?",
            report.state.value,
            report.vendor_state,
            report.at.strftime("%Y-%m-%d %H:%M:%S") if report.at else "",
        )
        for report in reports
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main() -> int:
    started = time.perf_counter()
    reports = run()
    print(table(reports))
    final = all(report.final for report in reports)
    print(f"\n{len(reports)} recipients, all final: {final} ({time.perf_counter() - started:.1f} s)")
    return 0 if final else 1


if __name__ == "__main__":
    sys.exit(main())
