"""A STOP, then a marketing campaign including the number: no request for it, the journal says why,
and the same number still gets its transactional OTP."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import smsgate
from smsgate import RecipientState, SuppressionList
from smsgate.sandbox import Sandbox
from smsgate.testing import async_sandbox_client, sandbox_client

STOPPED = "+33612345601"
OTHERS = ["+33612345602", "+33612345603"]
MARKETING = "Soldes d'hiver : -20% ce week-end. STOP au 36180"


def test_a_stop_then_a_marketing_campaign_then_an_otp(tmp_path: Path) -> None:
    # Primotexto: no marketing window, so the test passes at any hour (SMS Partner has one).
    sandbox = Sandbox()
    with (
        SuppressionList(tmp_path / "consent.sqlite") as suppressions,
        sandbox_client("primotexto", sandbox=sandbox) as client,
    ):
        client.send(STOPPED, "Votre commande est partie", reference="orders")
        sandbox.simulate_stop(STOPPED, vendor="primotexto")  # the STOP reply lands on its unsubscribers list
        assert suppressions.sync("primotexto", [entry.phone_number for entry in client.opt_outs()]) == (1, 0)
        assert sandbox.recipients_received()[STOPPED] == 1
        journal = tmp_path / "campaign.sqlite"
        report = smsgate.send_many(
            client, [*OTHERS, STOPPED], MARKETING, journal=journal, purpose="marketing", suppression=suppressions
        )
        assert (report.accepted, report.refused) == (2, 1)
        assert sandbox.recipients_received()[STOPPED] == 1  # the order notice only: no request for the campaign
        with smsgate.Campaign.open(journal, read_only=True) as campaign:
            (refused,) = campaign.entries(RecipientState.REFUSED)
            assert refused.number == STOPPED
            assert "suppression rule" in (refused.error or "")
            assert "from primotexto" in (refused.error or "")
        # Transactional: not blocked (STOP withdraws consent to marketing, not to an OTP).
        result = client.send(STOPPED, "Votre code : 482913", suppression=suppressions)
        assert result.accepted == [STOPPED]
        assert sandbox.recipients_received()[STOPPED] == 2


def test_a_direct_marketing_send_is_refused_before_any_request() -> None:
    sandbox = Sandbox()
    with SuppressionList() as suppressions, sandbox_client("primotexto", sandbox=sandbox) as client:
        suppressions.add(STOPPED)
        with pytest.raises(smsgate.InvalidRequestError) as caught:
            client.send([OTHERS[0], STOPPED], MARKETING, purpose="marketing", suppression=suppressions)
        assert caught.value.rule == "suppression"
        assert "from manual" in str(caught.value)
        assert sandbox.sends_received() == 0


def test_transactional_sends_are_blocked_when_the_list_says_so() -> None:
    sandbox = Sandbox()
    with SuppressionList(transactional=True) as suppressions, sandbox_client("smspartner", sandbox=sandbox) as client:
        suppressions.add(STOPPED, kind="bounce", source="primotexto")
        with pytest.raises(smsgate.InvalidRequestError, match="bounce, from primotexto"):
            client.send(STOPPED, "Votre code : 482913", suppression=suppressions)
        assert sandbox.sends_received() == 0


def test_a_failover_send_refuses_the_suppressed_and_sends_the_rest() -> None:
    sandbox = Sandbox()
    with (
        SuppressionList(transactional=True) as suppressions,  # transactional: no marketing window to meet
        sandbox_client("primotexto", sandbox=sandbox) as first,
        sandbox_client("smspartner", sandbox=sandbox) as second,
    ):
        suppressions.add(STOPPED)
        failover = smsgate.FailoverClient([first, second])
        result = failover.send([OTHERS[0], STOPPED], "Votre code : 482913", suppression=suppressions)
        assert sandbox.recipients_received()[STOPPED] == 0
        assert result.accepted == [OTHERS[0]]
        assert getattr(result.refused[STOPPED], "rule", None) == "suppression"


def test_an_async_campaign_honours_the_list() -> None:
    sandbox = Sandbox()

    async def main(suppressions: SuppressionList) -> smsgate.CampaignReport:
        async with async_sandbox_client("primotexto", sandbox=sandbox) as client:
            return await smsgate.send_many_async(
                client, [*OTHERS, STOPPED], MARKETING, purpose="marketing", suppression=suppressions
            )

    with SuppressionList() as suppressions:
        suppressions.add(STOPPED)
        report = asyncio.run(main(suppressions))
        assert (report.accepted, report.refused) == (2, 1)
        assert sandbox.recipients_received()[STOPPED] == 0


def test_a_resumed_campaign_reopens_a_list_kept_in_a_file(tmp_path: Path) -> None:
    path = tmp_path / "consent.sqlite"
    with SuppressionList(path) as suppressions:
        suppressions.add(STOPPED)
        with smsgate.Campaign.create(
            tmp_path / "j.sqlite", [STOPPED, *OTHERS], MARKETING, purpose="marketing", suppression=suppressions
        ):
            pass
    sandbox = Sandbox()
    with smsgate.Campaign.open(tmp_path / "j.sqlite") as campaign, sandbox_client("primotexto", sandbox=sandbox) as c:
        assert campaign.options.suppression is not None
        assert campaign.options.suppression.path == path
        report = campaign.run(c)
    assert (report.accepted, report.refused) == (2, 1)
    assert sandbox.recipients_received()[STOPPED] == 0
