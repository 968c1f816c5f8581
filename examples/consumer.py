"""Every public call of smsgate, as a consumer writes it; `mypy --strict` checks this folder.

Each function takes a ready client, so the same code runs against the vendors (``main()``, keys
from PRIMOTEXTO_API_KEY, SMSPARTNER_API_KEY, MESSAGGI_TOKEN and MESSAGGI_V2_TOKEN) and against the sandbox
(``tests/package/test_consumer_examples.py``, and ``examples/testing_sandbox.py`` for ``smsgate.testing``).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import smsgate
import smsgate.webhooks
from smsgate import messaggi, messaggi_v2, primotexto, smspartner


def send_and_track(
    client: smsgate.Client, to: Sequence[str], *, sender: str | None = None
) -> list[smsgate.DeliveryReport]:
    """Send one text to several numbers, then read every recipient's state."""
    sent: smsgate.SendResult = client.send(to, "Votre code : 123456", sender=sender, reference="otp-42")
    accepted: list[str] = sent.accepted
    cost: Decimal | None = sent.cost
    print(sent.vendor.value, sent.message_id, accepted, sent.rejected, cost)
    reports: list[smsgate.DeliveryReport] = client.status(sent.message_id)
    for report in reports:
        state: smsgate.DeliveryState = report.state
        at: datetime | None = report.at
        print(report.phone_number, state.value, report.vendor_state, report.final, at, report.stop)
    one: list[smsgate.DeliveryReport] = client.status(sent.message_id, phone_number=accepted[0])
    waited: list[smsgate.DeliveryReport] = client.wait(sent, timeout=60.0)  # until every recipient is final
    return reports + one + waited


def schedule_and_cancel(client: smsgate.Client, to: str, *, sender: str | None = None) -> bool:
    """Schedule a message for the day after tomorrow and cancel it; False where the vendor cannot cancel."""
    when = schedule_time(client.vendor)
    sent = client.send(to, "Rappel : rendez-vous demain", sender=sender, scheduled_at=when)
    try:
        client.cancel(sent.message_id)
    except smsgate.UnsupportedOperationError as unsupported:  # Primotexto has no cancel
        print(unsupported)
        return False
    return True


def schedule_time(vendor: str) -> datetime:
    """A time every vendor can schedule: Messaggi by day (midnight, Europe/Rome), SMS Partner on 5-minute marks."""
    if vendor == "messaggi":
        midnight = datetime.now(ZoneInfo("Europe/Rome")).replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight + timedelta(days=2)
    return (datetime.now(UTC) + timedelta(days=2)).replace(hour=10, minute=0, second=0, microsecond=0)


def balance(client: smsgate.Client) -> Decimal:
    credits: smsgate.Credits = client.credits()
    currency: str | None = credits.currency  # None where the balance counts SMS, not money
    print(credits.vendor.value, credits.balance, currency or "SMS")
    return credits.balance


def weigh_then_send(client: smsgate.Client, to: str, text: str, *, sender: str | None = None) -> int:
    """Know the encoding, parts and cost before sending; send the GSM-7 form when it saves parts."""
    as_written: smsgate.Preview = client.preview(text, to, sender=sender)
    transliterated = client.preview(text, to, sender=sender, gsm7=True)
    for found in as_written.forcing_ucs2:
        character: str = found.character
        print(f"{character!r} at {found.position} forces {as_written.encoding}")
    plain: smsgate.Transliteration = smsgate.to_gsm7(text)
    changes: list[smsgate.Replacement] = list(plain.replacements)
    print(f"{len(changes)} replacement(s), cost {as_written.cost} {as_written.cost_unit} ({as_written.cost_source})")
    cheaper = transliterated.parts < as_written.parts
    client.send(to, text, sender=sender, gsm7=cheaper, purpose="transactional")
    return transliterated.sms if cheaper else as_written.sms


def send_safely(client: smsgate.Client, to: str, text: str, *, sender: str | None = None) -> str:
    """A send with every error a consumer should tell apart; returns what happened, in words."""
    try:
        sent = client.send(to, text, sender=sender, reference="otp-43")
    except smsgate.SendOutcomeUnknown as unknown:
        # The request may have been delivered: do not send again blindly, look first.
        started: datetime | None = unknown.started_at
        return f"unknown: {unknown.to} {unknown.reference} since {started}"
    except smsgate.RateLimitError as limited:
        retry_after: float | None = limited.retry_after
        return f"rate limited, retry after {retry_after}"
    except smsgate.InsufficientCreditError as broke:
        return f"no credit: {broke.vendor} {broke.vendor_code} {broke.vendor_message}"
    except smsgate.InvalidArgumentError as mistake:  # the caller's own, e.g. a number that does not parse
        return f"bad argument: {mistake}"
    except smsgate.InvalidRequestError as invalid:  # also raised before any request, by a vendor's rule
        return f"invalid: {invalid} (rule {invalid.rule})"
    except smsgate.APIError as refused:
        status: int | None = refused.status_code
        return f"refused: {refused.vendor} {status} {refused.vendor_code}"
    except smsgate.RequestTimeoutError as timeout:
        return f"timed out: {timeout}"
    except smsgate.TransportError as transport:
        return f"transport: {transport}"
    except smsgate.ResponseFormatError as malformed:
        return f"malformed answer: {malformed}"
    except smsgate.SmsGateError as other:
        return f"error: {other}"
    return f"sent: {sent.message_id}"


def honour_stop(client: smsgate.Client, suppressions: smsgate.SuppressionList, to: str, text: str) -> str:
    """The vendor's STOP list into the local suppression list, then a marketing send that honours it."""
    listed: list[smsgate.OptOut] = client.opt_outs()
    added, lifted = suppressions.sync(client.vendor, [entry.phone_number for entry in listed])
    print(added, lifted, [entry.source for entry in suppressions])
    try:
        sent = client.send(to, text, purpose="marketing", suppression=suppressions)
    except smsgate.InvalidRequestError as refused:
        if refused.rule != "suppression":
            raise
        return "suppressed"
    return sent.message_id


def read_replies(client: smsgate.Client, reference: str) -> list[str]:
    """Primotexto's replies to the messages sent with ``reference``; another vendor has none."""
    try:
        replies: list[smsgate.Reply] = client.replies(reference, since=datetime(2026, 1, 1, tzinfo=UTC))
    except smsgate.UnsupportedOperationError:
        return []
    return [reply.text for reply in replies]


def primotexto_operations(client: smsgate.Client) -> primotexto.models.CategoryStats:
    """Any Primotexto operation through call(): arguments checked by mypy, result typed."""
    stats = client.call(primotexto.operations.get_category_stats, category="otp")
    # call() is typed as the generated operation: success model | error model | None; errors raise,
    # so the success model is what comes back for an operation that declares a body.
    assert isinstance(stats, primotexto.models.CategoryStats)
    print(stats.sent, stats.delivered)
    return stats


def smspartner_operations(client: smsgate.Client) -> smspartner.models.StopListResponse:
    added = client.call(
        smspartner.operations.add_stop_sms,
        body=smspartner.models.AddStopSmsRequest(api_key="", phone_number="0612345678"),
    )
    assert isinstance(added, smspartner.models.AddStopSmsResponse)
    stops = client.call(smspartner.operations.list_stop_sms)
    assert isinstance(stops, smspartner.models.StopListResponse)
    return stops


def messaggi_operations(client: smsgate.Client, message_id: str) -> messaggi.models.MessageListResponse:
    message = client.call(messaggi.operations.get_message, message_id)
    assert isinstance(message, messaggi.models.MessageListResponse)
    return message


def messaggi_v2_session(client: smsgate.Client) -> str:
    """Messaggi v2: one message per recipient on its country's route, their states, an OTP through call()."""
    sent = client.send(["349 123 4567", "+34 612 34 56 78"], "Il tuo codice: 123456", sender="ACME")
    reports: list[smsgate.DeliveryReport] = client.status(sent.message_id)
    print([(r.phone_number, r.vendor_state) for r in reports])
    try:
        client.credits()
    except smsgate.UnsupportedOperationError as unsupported:  # v2 has no balance call (nor cancel)
        print(unsupported)
    request = messaggi_v2.models.SendOTPRequest(recipient="+393491234567", length=6)
    answer = client.call(messaggi_v2.operations.send_otp, body=request)
    assert isinstance(answer, messaggi_v2.models.MessageEnvelope)  # errors raise instead
    code = answer.data.otp
    return code if isinstance(code, str) else ""


def hear_back(client: smsgate.Client, to: str, callback: str, *, sender: str | None = None) -> str:
    """A send whose receipts (and replies) the vendor posts to ``callback``, and what a receiver
    makes of one: the client's ``webhook_secret`` (or SMSGATE_WEBHOOK_SECRET) signs the URL."""
    sent = client.send(to, "Votre code : 123456", sender=sender, callback_url=callback)
    reports: list[smsgate.webhooks.WebhookEvent] = []

    async def on_event(event: smsgate.webhooks.WebhookEvent) -> None:
        reports.append(event)

    app = smsgate.webhooks.asgi_app(on_event)  # mount it where ``callback`` points
    assert callable(app)
    url = smsgate.webhooks.signed_url(callback, vendor=client.vendor, purpose="delivery")
    body = {"messageId": sent.message_id, "phoneNumber": to, "status": "Delivered"}  # what SMS Partner posts
    event = smsgate.webhooks.parse(client.vendor, body, url=url)
    match event:
        case smsgate.webhooks.DeliveryEvent(state=state, final=final):
            return f"{state.value} {final}"
        case smsgate.webhooks.OptOutEvent(phone_number=number):
            return f"stop {number}"
        case _:
            return type(event).__name__


async def asynchronous(
    client: smsgate.AsyncClient, to: str, *, sender: str | None = None
) -> list[smsgate.DeliveryReport]:
    """The same calls with AsyncClient: await each."""
    sent: smsgate.SendResult = await client.send(to, "Il tuo codice: 123456", sender=sender)
    reports: list[smsgate.DeliveryReport] = await client.wait(sent, timeout=60.0)
    scheduled = await client.send(to, "Promemoria", sender=sender, scheduled_at=schedule_time(client.vendor))
    with contextlib.suppress(smsgate.UnsupportedOperationError):  # Primotexto has no cancel
        await client.cancel(scheduled.message_id)
    credits: smsgate.Credits = await client.credits()
    print([(r.phone_number, r.state.value) for r in reports], credits.balance)
    return reports


async def async_operations(client: smsgate.AsyncClient) -> int:
    """call() on AsyncClient, with SMS Partner's STOP list."""
    stops = await client.call(smspartner.operations.list_stop_sms)
    assert isinstance(stops, smspartner.models.StopListResponse)
    return len(stops.to_dict())


def main() -> None:
    """Against the vendors for real: needs the four keys in the environment, and sends SMS."""
    with primotexto.PrimotextoClient() as client:
        send_and_track(client, ["+33612345678"])
        primotexto_operations(client)
    with smspartner.SmsPartnerClient(timeout=5.0, max_retries=1, response_format="xml") as partner:
        send_and_track(partner, ["+33612345678", "06 51 23 45 67"], sender="ACME")
        schedule_and_cancel(partner, "+33612345678")
        print(balance(partner), send_safely(partner, "+33612345678", "hello"))
        smspartner_operations(partner)
    with messaggi.MessaggiClient() as italy:
        reports = send_and_track(italy, ["+393491234567"], sender="ACME")
        messaggi_operations(italy, reports[0].message_id)
    with messaggi_v2.MessaggiV2Client() as v2:
        print(messaggi_v2_session(v2))

    async def run_async() -> None:
        async with smsgate.AsyncClient("messaggi") as client:
            await asynchronous(client, "349 123 4567", sender="ACME")
        async with smspartner.AsyncSmsPartnerClient() as partner, primotexto.AsyncPrimotextoClient():
            await async_operations(partner)
        async with messaggi.AsyncMessaggiClient(), messaggi_v2.AsyncMessaggiV2Client() as v2:
            sent = await v2.send("+34612345678", "Hola")
            print(await v2.status(sent.message_id))

    asyncio.run(run_async())


if __name__ == "__main__":
    main()
