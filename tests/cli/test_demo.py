"""The demo (`nox -s demo`, the README's first command) sends through each vendor and ends final."""

from __future__ import annotations

import smsgate
from smsgate._base.spec import VENDORS
from smsgate.demo import SENDS, run, table


def test_demo_reaches_a_final_state_for_every_recipient() -> None:
    reports = run(speed=0.0)
    assert len(reports) == sum(len(numbers) for _, numbers, _ in SENDS)
    assert {r.vendor.value for r in reports} == set(VENDORS)  # every vendor has its row
    assert all(r.final for r in reports)
    states = {r.phone_number: r.state for r in reports}
    assert states["+33651230001"] is smsgate.DeliveryState.undelivered  # the reserved number
    assert states["+33612345678"] is smsgate.DeliveryState.delivered
    text = table(reports)
    assert text.splitlines()[0].split() == [
        "vendor",
        "message",
        "id",
        "number",
        "state",
        "vendor",
        "state",
        "time",
        "(UTC)",
    ]
    assert len(text.splitlines()) == len(reports) + 2
