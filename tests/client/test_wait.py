"""``client.wait(result, timeout=...)``: polls status() with backoff until every recipient is final or the time
is up, within the vendor's rate budget, sleeping only through the client's sleep (no real wait here)."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Any

import pytest
import smsgate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from smsgate._core.polling import BACKOFF, POLL_BUDGETS, Poll, PollBudget, Polled, wait_plan
from smsgate._core.retry import Sleep
from smsgate.sandbox import Sandbox
from smsgate.testing import async_sandbox_client, sandbox_client


class FakeTime:
    """A clock the sandbox reads and the client's sleep moves on."""

    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    clock = FakeTime()
    monkeypatch.setattr(smsgate.Client, "_sleep", staticmethod(clock.sleep))
    monkeypatch.setattr(smsgate.AsyncClient, "_sleep", staticmethod(clock.asleep))
    return clock


@pytest.mark.parametrize("vendor", ["primotexto", "smspartner", "messaggi", "messaggi_v2"])
def test_final_at_once_means_one_poll_and_no_sleep(vendor: str, sleeps: list[float]) -> None:
    with sandbox_client(vendor) as client:
        sent = client.send(["+33612345678", "+33612340001"] if vendor != "messaggi" else "+393491234567", "Bonjour",
                           sender="ACME")  # fmt: skip
        reports = client.wait(sent, timeout=30)
    assert sleeps == []
    assert reports
    assert all(report.final for report in reports)
    assert {report.phone_number for report in reports} == set(sent.accepted)


def test_it_backs_off_until_every_recipient_is_final(fake_time: FakeTime) -> None:
    sandbox = Sandbox(speed=10, clock=fake_time)  # queued 10 s, sent 10 s, final at 20 s
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        sent = client.send(["+33612345678", "+33612340001"], "Bonjour")
        reports = client.wait(sent, timeout=120)
    assert fake_time.slept == [1.0, 2.0, 4.0, 8.0, 16.0]  # polls at 0, 1, 3, 7, 15, 31 s
    assert [(r.phone_number, r.state, r.final) for r in reports] == [
        ("+33612345678", smsgate.DeliveryState.delivered, True),
        ("+33612340001", smsgate.DeliveryState.undelivered, True),
    ]


def test_when_the_time_is_up_the_reports_still_on_their_way_say_so(fake_time: FakeTime) -> None:
    sandbox = Sandbox(speed=1000, clock=fake_time)
    with sandbox_client("smspartner", sandbox=sandbox) as client:
        sent = client.send("+33612345678", "Bonjour")
        (report,) = client.wait(sent, timeout=10)
    assert report.final is False  # SMS Partner says "Waiting" (unified: sent) until the end
    assert fake_time.slept[:3] == [1.0, 2.0, 4.0]
    assert len(fake_time.slept) == 4
    assert fake_time.slept[3] == pytest.approx(3.0, abs=0.5)  # cut to the deadline
    assert sum(fake_time.slept) <= 10


def test_timeout_zero_polls_once(fake_time: FakeTime) -> None:
    sandbox = Sandbox(speed=1000, clock=fake_time)
    with sandbox_client("messaggi", sandbox=sandbox) as client:
        sent = client.send("+393491234567", "Ciao", sender="ACME")
        (report,) = client.wait(sent, timeout=0)
    assert fake_time.slept == []
    assert report.final is False


def test_a_message_per_recipient_spaces_the_polls_by_the_rate_budget(fake_time: FakeTime) -> None:
    # Primotexto: one status request per recipient; 3 requests a poll at 60 a minute is a poll every 3 s at most.
    sandbox = Sandbox(speed=1000, clock=fake_time)
    with sandbox_client("primotexto", sandbox=sandbox) as client:
        sent = client.send(["+33612345678", "+33612345679", "+33612345670"], "Bonjour")
        assert len(sent.message_id.split(",")) == 3
        client.wait(sent, timeout=10)
    assert fake_time.slept[:2] == [3.0, 3.0]
    assert all(seconds >= 3.0 for seconds in fake_time.slept)


def test_async_wait_backs_off_the_same_way(fake_time: FakeTime) -> None:
    sandbox = Sandbox(speed=10, clock=fake_time)

    async def main() -> list[smsgate.DeliveryReport]:
        async with async_sandbox_client("messaggi_v2", sandbox=sandbox) as client:
            sent = await client.send("+393331234567", "Ciao")
            return await client.wait(sent, timeout=120)

    (report,) = asyncio.run(main())
    assert fake_time.slept == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert (report.state, report.final) == (smsgate.DeliveryState.delivered, True)


BAD_TIMEOUTS = [-1, math.nan, math.inf, True, "5", None]


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
def test_a_bad_timeout_is_refused_before_any_request(timeout: object) -> None:
    with sandbox_client("smspartner") as client:
        sent = client.send("+33612345678", "Bonjour")
        with pytest.raises(smsgate.InvalidArgumentError, match="timeout"):
            client.wait(sent, timeout=timeout)  # type: ignore[arg-type]


def test_wait_takes_a_send_result_of_its_own_vendor() -> None:
    with sandbox_client("smspartner") as client, sandbox_client("messaggi") as other:
        sent = client.send("+33612345678", "Bonjour")
        with pytest.raises(smsgate.InvalidArgumentError, match="SendResult that send"):
            client.wait(sent.message_id, timeout=5)  # type: ignore[arg-type]
        with pytest.raises(smsgate.InvalidArgumentError, match="from smspartner"):
            other.wait(sent, timeout=5)


def test_a_result_with_no_message_is_refused() -> None:
    with sandbox_client("primotexto") as client:
        dry = client.send("+33612345678", "Bonjour", dry_run=True)  # Primotexto has no test mode: nothing sent
        assert dry.message_id == ""
        with pytest.raises(smsgate.InvalidArgumentError, match="no message"):
            client.wait(dry, timeout=5)


def test_async_refuses_the_same_arguments() -> None:
    async def main() -> None:
        async with async_sandbox_client("smspartner") as client:
            sent = await client.send("+33612345678", "Bonjour")
            with pytest.raises(smsgate.InvalidArgumentError, match="timeout"):
                await client.wait(sent, timeout=-5)

    asyncio.run(main())


def _run(plan_args: tuple[float, int, PollBudget], final_after: int) -> list[float]:
    """Drive the plan with polls that are final from the ``final_after``-th on; the sleeps it asked for."""
    plan = wait_plan(*plan_args)
    slept: list[float] = []
    polls = 0
    action: Poll | Sleep = next(plan)
    report = sandbox_report()
    try:
        while True:
            if isinstance(action, Sleep):
                slept.append(action.seconds)
                action = plan.send(None)
            else:
                polls += 1
                final = polls >= final_after
                action = plan.send(Polled([report(final)], 0.0))
    except StopIteration:
        return slept


def sandbox_report() -> Callable[[bool], smsgate.DeliveryReport]:
    def make(final: bool) -> smsgate.DeliveryReport:
        return smsgate.DeliveryReport(
            vendor=smsgate.Vendor.smspartner, message_id="1", phone_number="+33612345678",
            state=smsgate.DeliveryState.delivered if final else smsgate.DeliveryState.sent, vendor_state="",
            final=final, at=None, stop=False, raw={},
        )  # fmt: skip

    return make


def test_the_schedule_repeats_its_longest_wait_and_never_passes_the_deadline() -> None:
    slept = _run((200.0, 1, POLL_BUDGETS["smspartner"]), final_after=10**6)
    assert slept[: len(BACKOFF)] == list(BACKOFF)
    assert slept[len(BACKOFF) : -1] == [30.0] * (len(slept) - len(BACKOFF) - 1)
    assert sum(slept) == pytest.approx(200.0)


def test_a_budget_that_allows_no_poll_before_the_deadline_stops_at_once() -> None:
    # 500 requests a poll at 60 a minute: 500 s between polls, more than the 60 s given.
    assert _run((60.0, 500, POLL_BUDGETS["primotexto"]), final_after=10**6) == []


def test_messaggi_v2s_documented_limit_is_the_budget() -> None:
    assert POLL_BUDGETS["messaggi_v2"].per_minute == 10_000
    assert {vendor for vendor, budget in POLL_BUDGETS.items() if budget.source.startswith("vendor")} == {"messaggi_v2"}


ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.binary(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(result=st.one_of(ANYTHING, st.just("sent")), timeout=st.one_of(ANYTHING, st.floats(0, 5)))
def test_any_argument_gives_reports_or_invalid_request_never_another_exception(result: Any, timeout: Any) -> None:
    with sandbox_client("smspartner") as client:
        sent = client.send("+33612345678", "Bonjour")
        argument = sent if result == "sent" else result
        try:
            reports = client.wait(argument, timeout=timeout)
        except smsgate.InvalidArgumentError:
            return
        assert argument is sent
        assert all(report.final for report in reports)


def test_a_closed_client_says_so() -> None:
    with sandbox_client("smspartner") as client:
        sent = client.send("+33612345678", "Bonjour")
    with pytest.raises(smsgate.ClientUsageError):
        client.wait(sent, timeout=1)
