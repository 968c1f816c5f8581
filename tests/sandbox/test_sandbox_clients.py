"""The unified client, sync and async, against the sandbox over a real loopback socket."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import smsgate
from smsgate import DeliveryState
from smsgate.sandbox import RunningServer, Sandbox, start_server

from tests.sandbox_support import ManualClock

SPEED = 10.0  # seconds per step of the manual clock; nothing sleeps
NUMBERS = {  # delivered, then the three reserved endings
    "primotexto": ["+33612345678", "+33612340001", "+33612340002", "+33612340003"],
    "smspartner": ["+33612345678", "+33612340001", "+33612340002", "+33612340003"],
    "messaggi": ["+393491234567", "+393491230001", "+393491230002", "+393491230003"],
}
FINAL = {
    "primotexto": [
        DeliveryState.delivered,
        DeliveryState.undelivered,
        DeliveryState.undelivered,
        DeliveryState.undelivered,
    ],
    "smspartner": [
        DeliveryState.delivered,
        DeliveryState.undelivered,
        DeliveryState.undelivered,
        DeliveryState.rejected,
    ],
    "messaggi": [DeliveryState.delivered, DeliveryState.undelivered, DeliveryState.expired, DeliveryState.rejected],
}
PRICE = {"primotexto": Decimal("1"), "smspartner": Decimal("0.038"), "messaggi": Decimal("0.0315")}
CASES = [(vendor, mode) for vendor in NUMBERS for mode in ("sync", "async")] + [("smspartner", "xml")]


class Driver:
    """The same calls through smsgate.Client or, one fresh client per call, smsgate.AsyncClient."""

    def __init__(self, vendor: str, mode: str, running: RunningServer, **options: Any) -> None:
        self.mode = mode
        if mode == "xml":
            options["response_format"] = "xml"
        options.setdefault("api_key", running.sandbox.api_keys[vendor])
        self.arguments: dict[str, Any] = {"vendor": vendor, "base_url": running.base_url(vendor), **options}
        self.client = smsgate.Client(**self.arguments) if mode != "async" else None

    def __call__(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if self.client is not None:
            return getattr(self.client, name)(*args, **kwargs)

        async def run() -> Any:
            # Each asyncio.run has its own loop: a client must not outlive it.
            async with smsgate.AsyncClient(**self.arguments) as client:
                return await getattr(client, name)(*args, **kwargs)

        return asyncio.run(run())

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def running(clock: ManualClock) -> Iterator[RunningServer]:
    with start_server(Sandbox(speed=SPEED, clock=clock)) as server:
        yield server


def _driver(vendor: str, mode: str, running: RunningServer, **options: Any) -> Driver:
    return Driver(vendor, mode, running, **options)


@pytest.mark.parametrize(("vendor", "mode"), CASES)
def test_send_then_status_until_final_then_credits(
    vendor: str, mode: str, running: RunningServer, clock: ManualClock
) -> None:
    client = _driver(vendor, mode, running)
    sent = client("send", NUMBERS[vendor], "Votre code : 123456", sender="ACME")
    assert sent.accepted == NUMBERS[vendor]
    assert sent.cost == PRICE[vendor] * len(NUMBERS[vendor])
    first = client("status", sent.message_id)
    assert [r.final for r in first] == [False] * 4
    clock.advance(SPEED)
    assert {r.state for r in client("status", sent.message_id)} == {DeliveryState.sent}
    clock.advance(SPEED)
    reports = client("status", sent.message_id)
    assert [r.state for r in reports] == FINAL[vendor]
    assert all(r.final and r.at is not None for r in reports)
    if vendor != "primotexto":
        assert [r.phone_number for r in reports] == NUMBERS[vendor]
    # Primotexto's id of a multi-recipient send is one id per number: ask with the number's own.
    last_id = sent.message_id.split(",")[3] if vendor == "primotexto" else sent.message_id
    one = client("status", last_id, phone_number=NUMBERS[vendor][3])
    assert [r.state for r in one] == [FINAL[vendor][3]]
    if vendor == "primotexto":  # Primotexto also looks a status up by number alone
        assert client("status", phone_number=NUMBERS[vendor][0])[0].state is DeliveryState.delivered
    assert client("credits").balance == Decimal("100") - PRICE[vendor] * 4
    assert running.sandbox.sends_received(vendor) == (4 if vendor == "primotexto" else 1)
    client.close()


@pytest.mark.parametrize(("vendor", "mode"), [c for c in CASES if c[0] != "primotexto"])
def test_cancel_while_queued_then_the_vendors_errors(
    vendor: str, mode: str, running: RunningServer, clock: ManualClock
) -> None:
    client = _driver(vendor, mode, running)
    queued = client("send", NUMBERS[vendor][0], "Rappel : rendez-vous demain", sender="ACME")
    client("cancel", queued.message_id)
    assert running.sandbox.credits(vendor) == Decimal("100")  # refunded
    again = smsgate.NotFoundError if vendor == "messaggi" else smsgate.InvalidRequestError  # deleted / already canceled
    with pytest.raises(again):
        client("cancel", queued.message_id)
    left = client("send", NUMBERS[vendor][0], "Rappel", sender="ACME")
    clock.advance(SPEED)
    with pytest.raises(smsgate.InvalidRequestError) as too_late:
        client("cancel", left.message_id)
    assert too_late.value.vendor_code == ("7" if vendor == "smspartner" else "221")
    client.close()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_primotexto_has_no_cancel(mode: str, running: RunningServer) -> None:
    client = _driver("primotexto", mode, running)
    with pytest.raises(smsgate.UnsupportedOperationError):
        client("cancel", "386480")
    client.close()


@pytest.mark.parametrize(("vendor", "mode"), CASES)
def test_every_error_shape_becomes_its_error_class(vendor: str, mode: str, running: RunningServer) -> None:
    wrong = _driver(vendor, mode, running, api_key="not-the-key")
    with pytest.raises(smsgate.AuthenticationError) as bad_key:
        wrong("credits") if vendor != "messaggi" else wrong("status", "5d443a6e9f2725660f000001")
    assert bad_key.value.vendor == vendor
    wrong.close()
    client = _driver(vendor, mode, running)
    unknown = {"primotexto": "999", "smspartner": "999999", "messaggi": "000000000000000000000000"}[vendor]
    with pytest.raises(smsgate.NotFoundError):
        client("status", unknown)
    client.close()
    poor = Sandbox(initial_credits=Decimal("0"))
    with start_server(poor) as broke:
        client = _driver(vendor, mode, broke)
        with pytest.raises(smsgate.InsufficientCreditError) as no_credit:
            client("send", NUMBERS[vendor][0], "Votre code : 123456", sender="ACME")
        assert no_credit.value.vendor_code == {"primotexto": "71", "smspartner": "11", "messaggi": "201"}[vendor]
        client.close()
    assert poor.sends_received() == 0


def test_a_malformed_messaggi_id_is_the_vendors_406(running: RunningServer) -> None:
    client = _driver("messaggi", "sync", running)
    with pytest.raises(smsgate.InvalidRequestError) as invalid:
        client("status", "not-an-object-id")
    assert (invalid.value.status_code, invalid.value.vendor_code) == (406, "202")
    client.close()


def test_messaggi_credits_on_a_fresh_account_says_why_it_cannot(running: RunningServer) -> None:
    # Messaggi carries the balance only in the envelope of a message list, and answers 404 (203)
    # for an empty one: the client says so instead of inventing a balance.
    client = _driver("messaggi", "sync", running)
    with pytest.raises(smsgate.NotFoundError, match="no message yet") as raised:
        client("credits")
    assert raised.value.vendor_code == "203"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_messaggi_v2_messages_move_from_new_to_pending_to_final(
    mode: str, running: RunningServer, clock: ManualClock
) -> None:
    client = _driver("messaggi_v2", mode, running)
    numbers = NUMBERS["messaggi"]  # Italian numbers: the IT-messages route, a fixed price
    sent = client("send", numbers, "Codice : 123456", sender="ACME")
    assert sent.accepted == numbers
    assert sent.cost == Decimal("0.0315") * 4
    assert {(r.vendor_state, r.state) for r in client("status", sent.message_id)} == {("NEW", DeliveryState.queued)}
    clock.advance(SPEED)
    assert {(r.vendor_state, r.state) for r in client("status", sent.message_id)} == {("PENDING", DeliveryState.sent)}
    clock.advance(SPEED)
    reports = client("status", sent.message_id)
    assert [r.state for r in reports] == FINAL["messaggi"]
    assert [r.vendor_state for r in reports] == ["DELIVERED", "UNDELIVERABLE", "EXPIRED", "REJECTED"]
    assert all(r.final and r.at is not None for r in reports)
    assert [r.phone_number for r in reports] == numbers
    assert running.sandbox.credits("messaggi_v2") == Decimal("100") - Decimal("0.0315") * 4
    assert running.sandbox.sends_received("messaggi_v2") == 4  # one message per recipient
    with pytest.raises(smsgate.UnsupportedOperationError):
        client("credits")
    client.close()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_messaggi_v2_errors_become_their_classes(mode: str, running: RunningServer) -> None:
    wrong = _driver("messaggi_v2", mode, running, api_key="not-the-key")
    with pytest.raises(smsgate.AuthenticationError) as bad_key:
        wrong("status", "633aabe3e4a9a0e698000001")
    assert (bad_key.value.vendor, bad_key.value.status_code) == ("messaggi_v2", 401)
    wrong.close()
    client = _driver("messaggi_v2", mode, running)
    with pytest.raises(smsgate.NotFoundError):
        client("status", "000000000000000000000000")
    with pytest.raises(smsgate.InvalidRequestError) as numeric:
        client("send", "+393491234567", "Ciao", sender="12345")
    assert numeric.value.vendor_code == "2024"
    client.close()
    poor = Sandbox(initial_credits=Decimal("0"))
    with start_server(poor) as broke:
        client = _driver("messaggi_v2", mode, broke)
        with pytest.raises(smsgate.InsufficientCreditError) as no_credit:
            client("send", "+34612345678", "Hola")
        assert no_credit.value.status_code == 402
        client.close()
    assert poor.sends_received() == 0
