"""The unified client, sync and async, for each vendor, against answers taken from the specs."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
import smsgate
from smsgate import DeliveryState
from smsgate._base.spec import VENDORS

from tests.fakes import API_KEYS, FakeVendor, Unified, answer, body_of, example

MODES = ["sync", "async"]


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# -- Primotexto ---------------------------------------------------------------------------------


def primotexto() -> FakeVendor:
    return FakeVendor(
        {
            ("POST", "/notification/messages/send"): answer(example("primotexto", "send_message")),
            ("GET", "/messages/status"): answer(example("primotexto", "get_message_status")),
            ("GET", "/account/stats"): answer(example("primotexto", "get_account_stats")),
        }
    )


def test_primotexto_send(mode: str) -> None:
    fake = primotexto()
    result = Unified("primotexto", fake, mode).send("06 12 34 56 78", sender="ACME", reference="otp")
    assert result == smsgate.SendResult(
        vendor=smsgate.Vendor.primotexto,
        message_id="386479@+33612345678",  # the vendor's snapshotId, and the number it went to
        accepted=["+33612345678"],
        rejected=[],
        cost=Decimal("1.0"),
        raw={"creditsUsed": 1.0, "snapshotId": "386479"},
    )
    (request,) = fake.requests
    assert str(request.url) == "https://api.primotexto.com/v2/notification/messages/send"
    assert request.headers["X-Primotexto-ApiKey"] == API_KEYS["primotexto"]
    assert body_of(request) == {
        "number": "+33612345678",
        "message": "Votre code : 123456",
        "sender": "ACME",
        "category": "otp",
    }


def test_primotexto_send_to_several_numbers_sends_one_message_each(mode: str) -> None:
    fake = primotexto()
    fake.routes[("POST", "/notification/messages/send")] = [answer({"snapshotId": "1"}), answer({"snapshotId": "2"})]
    result = Unified("primotexto", fake, mode).send(["+33612345678", "0756123456"])
    assert result.message_id == "1@+33612345678,2@+33756123456"
    assert result.accepted == ["+33612345678", "+33756123456"]
    assert [body_of(r)["number"] for r in fake.requests] == ["+33612345678", "+33756123456"]


def test_primotexto_status_by_message_and_by_number(mode: str) -> None:
    fake = primotexto()
    client = Unified("primotexto", fake, mode)
    (report,) = client.status("386479")
    assert report.state is DeliveryState.delivered
    assert report.final
    assert report.vendor_state == "delivered"
    assert report.at == datetime(2013, 12, 23, 14, 15, 42, 57000, tzinfo=UTC)
    assert not report.stop
    assert fake.requests[-1].url.query == b"snapshotId=386479"
    (by_number,) = client.status(phone_number="+33600000000")
    assert by_number.message_id == "362891"
    assert by_number.phone_number == "+33600000000"
    assert fake.requests[-1].url.query == b"identifier=%2B33600000000"


def test_primotexto_unknown_state_keeps_the_word(mode: str) -> None:
    fake = primotexto()
    fake.routes[("GET", "/messages/status")] = answer({"id": 1, "state": "teleported", "stateDate": None})
    (report,) = Unified("primotexto", fake, mode).status("1")
    assert report.state is DeliveryState.unknown
    assert report.vendor_state == "teleported"
    assert report.at is None
    assert not report.final


def test_primotexto_unsubscribed_is_a_stop(mode: str) -> None:
    fake = primotexto()
    fake.routes[("GET", "/messages/status")] = answer({"id": 1, "state": "unsubscribed", "stateDate": 1387808142057})
    (report,) = Unified("primotexto", fake, mode).status("1")
    assert report.stop


def test_primotexto_credits_and_cancel(mode: str) -> None:
    fake = primotexto()
    client = Unified("primotexto", fake, mode)
    credits = client.credits()
    assert credits.balance == Decimal(279)
    assert credits.currency is None
    with pytest.raises(smsgate.UnsupportedOperationError):
        client.cancel("386479")
    assert fake.count("DELETE", "") == 0


# -- SMS Partner --------------------------------------------------------------------------------


def smspartner() -> FakeVendor:
    return FakeVendor(
        {
            ("POST", "/send"): answer(example("smspartner", "send_sms")),
            ("GET", "/bulk-status"): answer(example("smspartner", "get_bulk_status")),
            ("GET", "/message-status"): answer(example("smspartner", "get_message_status")),
            ("GET", "/message-cancel"): answer(example("smspartner", "cancel_message")),
            ("GET", "/me"): answer(example("smspartner", "get_credits")),
        }
    )


def test_smspartner_send_puts_the_key_in_the_body(mode: str) -> None:
    fake = smspartner()
    when = datetime(2031, 7, 14, 8, 30, tzinfo=UTC)  # 10:30 in Paris (summer time)
    result = Unified("smspartner", fake, mode).send(["0612345678", "+33756123456"], scheduled_at=when, reference="otp")
    assert result.message_id == "307"
    assert result.cost == Decimal("0.038")
    assert result.accepted == ["+33612345678", "+33756123456"]
    (request,) = fake.requests
    assert request.url.query == b""
    assert body_of(request) == {
        "apiKey": API_KEYS["smspartner"],
        "phoneNumbers": "+33612345678,+33756123456",
        "message": "Votre code : 123456",
        "tag": "otp",
        "scheduledDeliveryDate": "14/07/2031",
        "time": 10,
        "minute": 30,
    }


def test_smspartner_dry_run_uses_the_vendor_sandbox(mode: str) -> None:
    fake = smspartner()
    Unified("smspartner", fake, mode).send("0612345678", dry_run=True)
    assert body_of(fake.requests[0])["sandbox"] == 1


def test_smspartner_refuses_a_schedule_off_the_five_minute_grid(mode: str) -> None:
    fake = smspartner()
    with pytest.raises(smsgate.InvalidRequestError, match="5-minute"):
        Unified("smspartner", fake, mode).send("0612345678", scheduled_at=datetime(2031, 7, 14, 8, 31, tzinfo=UTC))
    assert fake.requests == []


def test_smspartner_status_of_every_recipient(mode: str) -> None:
    fake = smspartner()
    reports = Unified("smspartner", fake, mode).status("111")
    assert [(r.phone_number, r.state, r.final, r.at) for r in reports] == [
        ("+336XXXXXXX1", DeliveryState.delivered, True, datetime(2018, 2, 7, 7, 38, 31, tzinfo=UTC)),
        ("+336XXXXXXX2", DeliveryState.delivered, True, datetime(2018, 2, 7, 7, 38, 21, tzinfo=UTC)),
    ]
    request = fake.requests[0]
    assert request.url.params["apiKey"] == API_KEYS["smspartner"]
    assert request.url.params["messageId"] == "111"


def test_smspartner_status_of_one_recipient_reads_paris_time(mode: str) -> None:
    fake = smspartner()
    (report,) = Unified("smspartner", fake, mode).status("1111", phone_number="0600000000")
    assert report.phone_number == "+33600000000"
    assert report.at == datetime(2015, 2, 7, 21, 39, 46, tzinfo=UTC)  # 22:39:46 Paris, winter time
    assert report.vendor_state == "Delivered"
    assert fake.requests[0].url.params["phoneNumber"] == "+33600000000"


def test_smspartner_cancel_and_credits(mode: str) -> None:
    fake = smspartner()
    client = Unified("smspartner", fake, mode)
    client.cancel("307")
    assert fake.requests[-1].url.params["messageId"] == "307"
    credits = client.credits()
    assert (credits.balance, credits.currency) == (Decimal("10225.119"), "EUR")


def test_smspartner_message_ids_are_numbers(mode: str) -> None:
    fake = smspartner()
    with pytest.raises(smsgate.InvalidArgumentError):
        Unified("smspartner", fake, mode).status("abc")
    assert fake.requests == []


# -- Messaggi -----------------------------------------------------------------------------------


def messaggi() -> FakeVendor:
    return FakeVendor(
        {
            ("POST", "/messages/"): answer(example("messaggi", "send_message", "201"), status=201),
            ("GET", "/recipients/"): answer(example("messaggi", "list_message_recipients")),
            ("DELETE", "/messages/5cf7cc139f272546624d3795"): answer(example("messaggi", "delete_message")),
            ("GET", "/messages/"): answer(example("messaggi", "list_messages")),
        }
    )


def test_messaggi_send_uses_dashed_numbers_and_bearer(mode: str) -> None:
    fake = messaggi()
    result = Unified("messaggi", fake, mode).send("349 123 4567", sender="alberto", reference="order-42")
    assert result.message_id == "5d443a6e9f2725660f3db347"
    assert result.accepted == ["+393491234567"]
    assert result.cost == Decimal("0.0315")
    request = fake.requests[0]
    assert request.headers["Authorization"] == f"Bearer {API_KEYS['messaggi']}"
    body = body_of(request)
    assert body["recipients"] == ["+39-3491234567"]
    assert body["sender"] == "alberto"
    assert body["options"]["custom"] == "order-42"


def test_messaggi_requires_a_sender(mode: str) -> None:
    fake = messaggi()
    with pytest.raises(smsgate.InvalidRequestError, match="sender"):
        Unified("messaggi", fake, mode).send("3491234567")
    assert fake.requests == []


def test_messaggi_status_reads_mongo_dates(mode: str) -> None:
    fake = messaggi()
    (report,) = Unified("messaggi", fake, mode).status("5e5e65429f272510fb6adcc0")
    assert report.state is DeliveryState.delivered
    assert report.at == datetime(2020, 3, 3, 14, 11, 3, tzinfo=UTC)
    assert report.message_id == "5e5e65429f272510fb6adcc0"
    assert fake.requests[0].url.path == "/messages/5e5e65429f272510fb6adcc0/recipients/"


def test_messaggi_status_of_one_recipient_encodes_the_number_once(mode: str) -> None:
    fake = messaggi()
    fake.routes[("GET", "/recipients/+39-3491234567")] = answer(example("messaggi", "get_message_recipient"))
    Unified("messaggi", fake, mode).status("5e5e65429f272510fb6adcc0", phone_number="+393491234567")
    assert fake.requests[0].url.raw_path == b"/messages/5e5e65429f272510fb6adcc0/recipients/%2B39-3491234567"


def test_messaggi_cancel_and_credits(mode: str) -> None:
    fake = messaggi()
    client = Unified("messaggi", fake, mode)
    client.cancel("5cf7cc139f272546624d3795")
    credits = client.credits()
    assert credits.balance == Decimal("91.00299999999986")
    assert credits.currency == "EUR"


# -- common -------------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("identifier", ["", ".", "..", " "])
def test_unusable_identifiers_are_refused_before_any_request(mode: str, vendor: str, identifier: str) -> None:
    fake = FakeVendor()
    client = Unified(vendor, fake, mode)
    with pytest.raises(smsgate.InvalidArgumentError):
        client.status(identifier)
    if vendor != "primotexto":
        with pytest.raises(smsgate.InvalidArgumentError):
            client.cancel(identifier)
    assert fake.requests == []


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize(
    ("to", "kwargs"),
    [
        ("not a number", {}),
        ([], {}),
        ("+33612345678", {"text": "   "}),
        ("+33612345678", {"scheduled_at": datetime(2031, 1, 1)}),  # naive
        ("+33612345678", {"scheduled_at": datetime.now(UTC) - timedelta(hours=1)}),
    ],
)
def test_bad_send_input_is_refused_before_any_request(mode: str, vendor: str, to: Any, kwargs: dict[str, Any]) -> None:
    fake = FakeVendor()
    with pytest.raises(smsgate.InvalidArgumentError):
        Unified(vendor, fake, mode).send(to, sender="ACME", **kwargs)
    assert fake.requests == []


def test_status_needs_an_id_or_a_number(mode: str) -> None:
    with pytest.raises(smsgate.InvalidArgumentError):
        Unified("primotexto", FakeVendor(), mode).status()


def test_constructor_refuses_bad_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRIMOTEXTO_API_KEY", raising=False)
    with pytest.raises(smsgate.AuthenticationError, match="PRIMOTEXTO_API_KEY"):
        smsgate.Client("primotexto")
    with pytest.raises(smsgate.InvalidArgumentError, match="unknown vendor"):
        smsgate.Client("twilio", api_key="k")
    with pytest.raises(smsgate.InvalidArgumentError, match="unknown option"):
        smsgate.Client("primotexto", api_key="k", response_format="xml")
    with pytest.raises(smsgate.InvalidArgumentError, match="response_format"):
        smsgate.Client("smspartner", api_key="k", response_format="yaml")
    with pytest.raises(smsgate.InvalidArgumentError, match="max_retries"):
        smsgate.Client("smspartner", api_key="k", max_retries=-1)
    monkeypatch.setenv("PRIMOTEXTO_API_KEY", "from-env")
    with smsgate.Client("primotexto", base_url="http://127.0.0.1:9/v2/") as client:
        assert client.base_url == "http://127.0.0.1:9/v2"


def test_call_reaches_every_other_operation(mode: str) -> None:
    from smsgate.primotexto import models, operations

    fake = FakeVendor({("GET", "/messages/stats"): answer(example("primotexto", "get_category_stats"))})
    stats = Unified("primotexto", fake, mode).call(operations.get_category_stats, category="otp code")
    assert isinstance(stats, models.CategoryStats)
    assert fake.requests[0].url.query == b"category=otp%20code"
    assert fake.requests[0].headers["X-Primotexto-ApiKey"] == API_KEYS["primotexto"]


def test_call_refuses_another_vendors_operation() -> None:
    from smsgate.messaggi import operations

    with (
        smsgate.Client(
            "primotexto", api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(FakeVendor()))
        ) as c,
        pytest.raises(smsgate.InvalidArgumentError, match="not an operation of primotexto"),
    ):
        c.call(operations.list_messages)


def test_messaggi_schedules_by_day_in_rome_time(mode: str) -> None:
    from zoneinfo import ZoneInfo

    fake = messaggi()
    midnight = datetime(2031, 7, 14, tzinfo=ZoneInfo("Europe/Rome"))
    Unified("messaggi", fake, mode).send("3491234567", sender="ACME", scheduled_at=midnight)
    assert body_of(fake.requests[0])["options"]["timestamp_send"] == "2031-07-14"
    with pytest.raises(smsgate.InvalidRequestError, match="by day"):
        Unified("messaggi", fake, mode).send("3491234567", sender="ACME", scheduled_at=midnight + timedelta(hours=9))
    assert len(fake.requests) == 1


def test_a_client_keeps_its_checked_options_in_one_frozen_typed_object() -> None:
    """What a client was made with is checked once into its vendor's options object: frozen, typed,
    the key out of its repr; a vendor's own options are named by it, refused by the others."""
    with smsgate.Client(
        "smspartner", api_key="secret-key", sms_range="low_cost", response_format="xml", timeout=3
    ) as client:
        options = client._options
        assert type(options).__name__ == "SmsPartnerOptions"
        assert (options.sms_range, options.response_format, options.max_retries) == ("low_cost", "xml", 2)
        assert options.timeout == httpx.Timeout(3.0)
        assert "secret-key" not in repr(options)
        with pytest.raises(dataclasses.FrozenInstanceError):
            options.sms_range = None  # type: ignore[misc]
    with pytest.raises(smsgate.InvalidArgumentError, match=r"accepted: marketing_hours, response_format, sms_range$"):
        smsgate.Client("smspartner", api_key="k", gamme=2)
    with pytest.raises(smsgate.InvalidArgumentError, match=r"unknown option\(s\) for primotexto: sms_range$"):
        smsgate.Client("primotexto", api_key="k", sms_range="low_cost")
