"""Testing your own code with ``smsgate.testing`` and ``smsgate.sandbox``: no account, no network.

Each ``check_*`` function is a test a consumer would write; ``tests/package/test_consumer_examples.py``
runs them, and `mypy --strict` checks them against the installed wheel.
"""

from __future__ import annotations

import asyncio

import smsgate
from smsgate.sandbox import Sandbox, start_server
from smsgate.testing import SandboxClient, async_sandbox_client, sandbox_client


def notify(client: smsgate.Client, number: str) -> str:
    """The code under test: one notification, its message id back."""
    return client.send(number, "Votre colis est en route").message_id


def check_notify_sends_once() -> None:
    with sandbox_client("smspartner") as client:
        message_id = notify(client, "+33612345678")
        assert client.status(message_id)[0].state is smsgate.DeliveryState.delivered
        assert client.sandbox.sends_received() == 1


def check_a_lost_connection_is_not_resent() -> None:
    client: SandboxClient = sandbox_client("smspartner", max_retries=0)
    with client:
        client.sandbox.faults.add("reset_after_read", operation="send_sms")
        recipients: tuple[str, ...] = ()
        try:
            notify(client, "+33612345678")
        except smsgate.SendOutcomeUnknown as unknown:
            recipients = unknown.to  # the request may have been carried out: look before sending again
        assert recipients == ("+33612345678",)
        assert client.sandbox.sends_received() == 1


def check_undelivered_number() -> None:
    sandbox = Sandbox(speed=0)
    with sandbox_client("primotexto", sandbox=sandbox) as client:
        message_id = notify(client, "+33612340001")  # ...0001: the sandbox reports it undelivered
        [report] = client.status(message_id)
        assert report.state is smsgate.DeliveryState.undelivered
        assert report.final


async def check_async_client() -> None:
    async with async_sandbox_client("messaggi") as client:
        sent = await client.send("+393491234567", "Ciao", sender="ACME")
        reports = await client.status(sent.message_id)
        assert [report.state for report in reports] == [smsgate.DeliveryState.delivered]
        assert client.sandbox.sends_received() == 1


def check_over_loopback() -> None:
    """The sandbox as a real HTTP server, for code that builds its own Client."""
    with start_server() as running:
        key = running.sandbox.api_keys["messaggi"]
        with smsgate.Client("messaggi", api_key=key, base_url=running.base_url("messaggi")) as client:
            sent = client.send("+393491234567", "Ciao", sender="ACME")
            assert client.status(sent.message_id)[0].final


if __name__ == "__main__":
    check_notify_sends_once()
    check_a_lost_connection_is_not_resent()
    check_undelivered_number()
    asyncio.run(check_async_client())
    check_over_loopback()
    print("ok")
