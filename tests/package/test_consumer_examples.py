"""The consumer examples (examples/) run against the sandbox, so they cannot rot.

`nox -s consumer_typing` checks the same files with `mypy --strict` against the installed wheel.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal

import httpx
import pytest
import smsgate
from smsgate.messaggi import AsyncMessaggiClient, MessaggiClient
from smsgate.primotexto import AsyncPrimotextoClient, PrimotextoClient
from smsgate.sandbox import Sandbox
from smsgate.smspartner import AsyncSmsPartnerClient, SmsPartnerClient
from smsgate.testing import async_sandbox_client, sandbox_client

from examples import consumer, testing_sandbox

NUMBERS = {
    "primotexto": ["+33612345678", "0651230001"],
    "smspartner": ["+33612345678", "06 51 23 45 67"],
    "messaggi": ["+393491234567", "349 123 0001"],
}
SENDER = {"primotexto": None, "smspartner": "ACME", "messaggi": "ACME"}
VENDORS = list(NUMBERS)


@pytest.mark.parametrize("vendor", VENDORS)
def test_send_and_track(vendor: str) -> None:
    with sandbox_client(vendor) as client:
        reports = consumer.send_and_track(client, NUMBERS[vendor], sender=SENDER[vendor])
    assert {report.phone_number for report in reports} >= {NUMBERS[vendor][0]}
    assert all(isinstance(report.state, smsgate.DeliveryState) for report in reports)


@pytest.mark.parametrize("vendor", VENDORS)
def test_schedule_and_cancel(vendor: str) -> None:
    with sandbox_client(vendor) as client:
        assert consumer.schedule_and_cancel(client, NUMBERS[vendor][0], sender=SENDER[vendor]) is (
            vendor != "primotexto"
        )


@pytest.mark.parametrize("vendor", VENDORS)
def test_balance(vendor: str) -> None:
    with sandbox_client(vendor) as client:
        if vendor == "messaggi":  # Messaggi reports the balance only alongside a message
            client.send(NUMBERS[vendor][0], "x", sender="ACME")
        assert consumer.balance(client) > Decimal(0)


def test_honour_stop_and_read_replies() -> None:
    with sandbox_client("primotexto") as client, smsgate.SuppressionList() as suppressions:
        client.send(NUMBERS["primotexto"][0], "Votre avis ?", reference="avis")
        client.sandbox.simulate_stop(NUMBERS["primotexto"][0], vendor="primotexto")
        assert consumer.honour_stop(client, suppressions, NUMBERS["primotexto"][0], "Soldes") == "suppressed"
        assert consumer.read_replies(client, "avis") == ["STOP"]
    with sandbox_client("messaggi") as client:
        assert consumer.read_replies(client, "avis") == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_weigh_then_send(vendor: str) -> None:
    apostrophe = "\N{RIGHT SINGLE QUOTATION MARK}"
    text = f"Votre commande n°4521 est prête : retrait dès demain à l{apostrophe}accueil, munissez-vous de ce code."
    with sandbox_client(vendor) as client:
        assert consumer.weigh_then_send(client, NUMBERS[vendor][0], text, sender=SENDER[vendor]) == 1
        assert client.sandbox.messages()[0].text.endswith("à l'accueil, munissez-vous de ce code.")


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (None, "sent:"),
        ("reset_after_read", "unknown:"),
        ("rate_limit", "rate limited"),
        ("server_error", "unknown:"),
        ("reset_before_read", "transport:"),
    ],
)
@pytest.mark.parametrize("vendor", VENDORS)
def test_send_safely_tells_every_outcome_apart(vendor: str, fault: str | None, expected: str) -> None:
    with sandbox_client(vendor, max_retries=0) as client:
        if fault:
            client.sandbox.faults.add(fault)
        outcome = consumer.send_safely(client, NUMBERS[vendor][0], "hello", sender=SENDER[vendor])
    assert outcome.startswith(expected), outcome


def test_send_safely_reports_invalid_numbers_and_missing_credit() -> None:
    with sandbox_client("smspartner") as client:
        assert consumer.send_safely(client, "12", "hello").startswith("bad argument:")
        too_long = consumer.send_safely(client, "+33612345678", "hello", sender="ABCDEFGHIJKLMNOPQ")
        assert too_long.startswith("invalid:"), too_long
        assert too_long.endswith("(rule sender)"), too_long
        assert client.sandbox.sends_received() == 0
    with sandbox_client("smspartner", sandbox=Sandbox(initial_credits=0)) as client:
        assert consumer.send_safely(client, "+33612345678", "hello").startswith("no credit:")


def test_vendor_operations_through_call() -> None:
    with sandbox_client("primotexto") as client:
        consumer.primotexto_operations(client)
    with sandbox_client("smspartner") as client:
        consumer.smspartner_operations(client)
    with sandbox_client("messaggi") as client:
        sent = client.send(NUMBERS["messaggi"][0], "Ciao", sender="ACME")
        consumer.messaggi_operations(client, sent.message_id)


def test_messaggi_v2_session() -> None:
    with sandbox_client("messaggi_v2") as client:
        code = consumer.messaggi_v2_session(client)
        assert len(code) == 6
        assert client.sandbox.sends_received() == 3  # two messages, one OTP


def test_the_per_vendor_clients_work_like_client() -> None:
    sandbox = Sandbox()
    keys = sandbox.api_keys

    def http() -> httpx.Client:
        return httpx.Client(transport=sandbox.transport())

    with PrimotextoClient(keys["primotexto"], sandbox.base_url("primotexto"), http_client=http()) as primotexto:
        consumer.primotexto_operations(primotexto)
    with SmsPartnerClient(
        keys["smspartner"], sandbox.base_url("smspartner"), http_client=http(), response_format="xml"
    ) as partner:
        consumer.smspartner_operations(partner)
        assert consumer.balance(partner) > 0
    with MessaggiClient(keys["messaggi"], sandbox.base_url("messaggi"), http_client=http()) as italy:
        reports = consumer.send_and_track(italy, NUMBERS["messaggi"], sender="ACME")
        consumer.messaggi_operations(italy, reports[0].message_id)


@pytest.mark.parametrize("vendor", VENDORS)
def test_asynchronous(vendor: str) -> None:
    async def run() -> list[smsgate.DeliveryReport]:
        async with async_sandbox_client(vendor) as client:
            return await consumer.asynchronous(client, NUMBERS[vendor][0], sender=SENDER[vendor])

    assert asyncio.run(run())[0].final


def test_async_operations_and_per_vendor_async_clients() -> None:
    sandbox = Sandbox()
    keys = sandbox.api_keys

    async def run() -> int:
        transport = sandbox.transport()
        async with (
            AsyncSmsPartnerClient(
                keys["smspartner"], sandbox.base_url("smspartner"), http_client=httpx.AsyncClient(transport=transport)
            ) as partner,
            AsyncPrimotextoClient(
                keys["primotexto"], sandbox.base_url("primotexto"), http_client=httpx.AsyncClient(transport=transport)
            ) as primotexto,
            AsyncMessaggiClient(
                keys["messaggi"], sandbox.base_url("messaggi"), http_client=httpx.AsyncClient(transport=transport)
            ) as italy,
        ):
            await consumer.asynchronous(primotexto, NUMBERS["primotexto"][0])
            await consumer.asynchronous(italy, NUMBERS["messaggi"][0], sender="ACME")
            return await consumer.async_operations(partner)

    assert asyncio.run(run()) >= 0


@pytest.mark.parametrize(
    "check",
    [
        testing_sandbox.check_notify_sends_once,
        testing_sandbox.check_a_lost_connection_is_not_resent,
        testing_sandbox.check_undelivered_number,
        testing_sandbox.check_over_loopback,
    ],
    ids=lambda check: check.__name__,
)
def test_testing_examples(check: object) -> None:
    assert callable(check)
    check()


def test_testing_example_async() -> None:
    asyncio.run(testing_sandbox.check_async_client())


def test_hear_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSGATE_WEBHOOK_SECRET", "a-webhook-secret-for-the-example")
    with sandbox_client("smspartner") as client:
        assert consumer.hear_back(client, "+33612345678", "https://example.com/sms", sender="ACME") == "delivered True"
