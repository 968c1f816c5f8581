"""The plan of ``client.wait()``: poll ``status()`` with backoff until every recipient is final or the
time is up, no faster than the vendor's documented rate limit allows. Sans-IO: it yields ``Poll``
(ask ``status()``) or ``Sleep`` and is told what the poll returned and how long it took; the sync
and the async client drive it (``drive`` / ``adrive``), each with its own sleep.

**The schedule.** The first poll is at once; then the waits are 1, 2, 4, 8, 16 s, then 30 s each
(``BACKOFF``), never past the timeout: the last wait is cut to what is left, and one last poll
follows it. A wait is never shorter than the poll's requests need under the vendor's rate budget
(``POLL_BUDGETS``): a poll of a message sent to 200 recipients one message each (Primotexto,
Messaggi v2: one status request per recipient) is 200 requests.

**The budgets, and where they come from.** Messaggi v2: 10000 requests/minute, the production
limit on the vendor's documentation page (console.openapi.com/apis/smsv2/documentation, "Rate
Limits: 10000 req/min"). Primotexto, SMS Partner and Messaggi document no limit on their status
calls (SMS Partner documents 360/min on ``/hlr/notify`` and ``/lookup`` and 5/min on
``/statistics/cost-resume``, none of which ``status()`` calls): smsgate keeps to 60 requests a
minute there, a choice of ours, said as such.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .retry import Sleep

if TYPE_CHECKING:
    from .._base.models import DeliveryReport

__all__ = ["BACKOFF", "DEFAULT_WAIT_TIMEOUT", "POLL_BUDGETS", "Poll", "PollBudget", "Polled", "wait_plan"]

BACKOFF = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)  # the waits between polls; the last one repeats
DEFAULT_WAIT_TIMEOUT = 60.0  # seconds


@dataclass(frozen=True)
class PollBudget:
    """How many status requests a minute ``wait()`` allows itself for a vendor, and why."""

    per_minute: int
    source: str  # where the figure comes from: the vendor's words, or "smsgate" when it documents none


POLL_BUDGETS = {
    "primotexto": PollBudget(60, "smsgate: Primotexto documents no rate limit"),
    "smspartner": PollBudget(60, "smsgate: SMS Partner documents no limit on its status calls"),
    "messaggi": PollBudget(60, "smsgate: Messaggi documents no rate limit"),
    "messaggi_v2": PollBudget(10_000, "vendor: console.openapi.com/apis/smsv2/documentation, 10000 req/min"),
}
"""Status requests a minute ``client.wait()`` keeps under, per vendor."""


@dataclass(frozen=True)
class Poll:
    """Ask ``status()`` for every recipient of the message."""


@dataclass(frozen=True)
class Polled:
    """What a poll returned and how long it took (seconds)."""

    reports: list[DeliveryReport]
    seconds: float


def _all_final(reports: list[DeliveryReport]) -> bool:
    return bool(reports) and all(report.final for report in reports)


def wait_plan(
    timeout: float, requests_per_poll: int, budget: PollBudget
) -> Generator[Poll | Sleep, Any, list[DeliveryReport]]:
    """Poll until every report is final or ``timeout`` seconds (slept and spent polling) have passed;
    returns the last reports, final or not."""
    floor = requests_per_poll * 60.0 / budget.per_minute  # the least wait the budget allows between polls
    elapsed = 0.0
    step = 0
    last = False
    while True:
        polled: Polled = yield Poll()
        elapsed += polled.seconds
        left = timeout - elapsed
        if _all_final(polled.reports) or last or left <= 0:
            return polled.reports
        wait = max(BACKOFF[min(step, len(BACKOFF) - 1)], floor)
        if wait >= left:
            if floor > left:  # the budget allows no other poll before the deadline
                return polled.reports
            wait, last = left, True  # the last wait: one poll after it, none past the deadline
        step += 1
        yield Sleep(wait)
        elapsed += wait
