"""Every public call of smsgate, as a consumer writes it; `mypy --strict` checks this file.

Run against the vendors for real with the keys in the environment, or read it as a tour.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import smsgate
from smsgate.messaggi import MessaggiClient
from smsgate.primotexto import PrimotextoClient, operations
from smsgate.smspartner import AsyncSmsPartnerClient, models


def unified(client: smsgate.Client) -> None:
    sent: smsgate.SendResult = client.send(
        ["+33612345678", "0651234567"],
        "Votre code : 123456",
        sender="ACME",
        scheduled_at=datetime.now(UTC) + timedelta(hours=1),
        reference="otp-42",
    )
    reports: list[smsgate.DeliveryReport] = client.status(sent.message_id)
    for report in reports:
        state: smsgate.DeliveryState = report.state
        at: datetime | None = report.at
        print(report.phone_number, state.value, report.vendor_state, report.final, at, report.stop)
    client.status(sent.message_id, phone_number="+33612345678")
    try:
        client.cancel(sent.message_id)
    except smsgate.UnsupportedOperationError as unsupported:  # Primotexto cannot cancel
        print(unsupported)
    balance: Decimal = client.credits().balance
    print(balance)


def errors(client: smsgate.Client) -> None:
    try:
        client.send("+33612345678", "hello")
    except smsgate.SendOutcomeUnknown as unknown:
        # Never send again blindly: look first.
        print(unknown.to, unknown.reference, unknown.started_at)
    except smsgate.RateLimitError as limited:
        retry_after: float | None = limited.retry_after
        print(retry_after)
    except smsgate.APIError as refused:
        code: str | None = refused.vendor_code
        print(refused.vendor, refused.status_code, code, refused.vendor_message)
    except smsgate.TransportError as transport:
        print(transport)
    except smsgate.ResponseFormatError as malformed:
        print(malformed)


def vendor_operations() -> None:
    with PrimotextoClient(api_key="...") as client:
        stats = client.call(operations.get_category_stats, category="otp")
        print(stats)
    with MessaggiClient(api_key="...", timeout=5.0, max_retries=1) as messaggi:
        print(messaggi.status("5e5e65429f272510fb6adcc0"))


async def asynchronous() -> None:
    async with smsgate.AsyncClient("messaggi", api_key="...") as client:
        sent = await client.send("+393491234567", "Ciao", sender="ACME")
        reports = await client.status(sent.message_id)
        await client.cancel(sent.message_id)
        credits: smsgate.Credits = await client.credits()
        print(reports, credits.currency)
    async with AsyncSmsPartnerClient(api_key="...", response_format="xml") as partner:
        from smsgate.smspartner import operations as partner_operations

        stops = await partner.call(partner_operations.list_stop_sms)
        assert isinstance(stops, models.StopListResponse)


if __name__ == "__main__":
    with smsgate.Client("smspartner") as client:
        unified(client)
        errors(client)
    vendor_operations()
    asyncio.run(asynchronous())
