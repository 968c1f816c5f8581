"""Messaggi v2 through the unified client: the regional routes, one message per recipient, what v2 lacks.

The wire-level tests answer with the spec's own examples (``tests.fakes``); the stateful ones run
against the in-process sandbox.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
import smsgate
from smsgate.messaggi_v2 import AsyncMessaggiV2Client, MessaggiV2Client, models, operations
from smsgate.sandbox import Sandbox
from smsgate.testing import sandbox_client

from tests.fakes import API_KEYS, FakeVendor, Unified, answer, body_of, example
from tests.support import spec_by_vendor

SERVER = "https://sms.openapi.com"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _message(recipient: str, message_id: str, country: str, price: float) -> dict[str, Any]:
    """The spec's send answer, for another recipient."""
    payload: dict[str, Any] = json.loads(json.dumps(example("messaggi_v2", "send_it_message", "201")))
    payload["data"].update(id=message_id, recipient=recipient, countryCode=country, price=price, totalPrice=price)
    return payload


def v2_fake() -> FakeVendor:
    return FakeVendor(
        {
            ("POST", "/IT-messages"): answer(_message("+393491234567", "633aabe3e4a9a0e69811ad01", "IT", 0.0315), 201),
            ("POST", "/ES-messages"): answer(_message("+34612345678", "633aabe3e4a9a0e69811ad02", "ES", 0.045), 201),
            ("POST", "/WW-messages"): answer(_message("+33612345678", "633aabe3e4a9a0e69811ad03", "FR", 0), 201),
            ("GET", "/messages/633aabe3e4a9a0e69811ad7f"): answer(example("messaggi_v2", "get_message")),
        }
    )


def test_each_recipient_is_one_message_on_its_regions_route(mode: str) -> None:
    fake = v2_fake()
    result = Unified("messaggi_v2", fake, mode).send(["349 123 4567", "+34 612 34 56 78"], "Ciao", sender="ACME")
    assert [str(request.url) for request in fake.requests] == [f"{SERVER}/IT-messages", f"{SERVER}/ES-messages"]
    for request in fake.requests:
        assert request.headers["Authorization"] == f"Bearer {API_KEYS['messaggi_v2']}"
    assert [body_of(request) for request in fake.requests] == [
        {"recipient": "+393491234567", "message": "Ciao", "sender": "ACME"},
        {"recipient": "+34612345678", "message": "Ciao", "sender": "ACME"},
    ]
    assert result.message_id == "633aabe3e4a9a0e69811ad01,633aabe3e4a9a0e69811ad02"
    assert result.accepted == ["+393491234567", "+34612345678"]
    assert result.cost == Decimal("0.0765")
    assert result.vendor is smsgate.Vendor.messaggi_v2


def test_any_other_country_goes_worldwide_and_its_cost_is_not_known_yet(mode: str) -> None:
    fake = v2_fake()
    result = Unified("messaggi_v2", fake, mode).send("+33612345678", "Bonjour", dry_run=True)
    (request,) = fake.requests
    assert str(request.url) == f"{SERVER}/WW-messages"
    # No sender: the spec's default (the vendor's own, Openapi); a dry run is v2's options.dryRun.
    assert body_of(request) == {
        "recipient": "+33612345678",
        "message": "Bonjour",
        "sender": "Openapi",
        "options": {"dryRun": True, "failOnMultipleMessages": False},
    }
    assert result.cost is None  # WW says 0 until the provider accepted it: 0 is not "free"


def test_status_reads_the_message_and_its_state_table(mode: str) -> None:
    fake = v2_fake()
    (report,) = Unified("messaggi_v2", fake, mode).status("633aabe3e4a9a0e69811ad7f")
    assert str(fake.requests[0].url) == f"{SERVER}/messages/633aabe3e4a9a0e69811ad7f"
    assert report.phone_number == "+393331234567"
    assert (report.state, report.vendor_state, report.final) == (smsgate.DeliveryState.delivered, "DELIVERED", True)
    assert report.at is not None
    assert report.at.isoformat() == "2026-11-22T05:36:24+00:00"  # deliveredAt
    assert report.raw["id"] == "633aabe3e4a9a0e69811ad7f"


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda u: u.credits(), "balance"),
        (lambda u: u.cancel("633aabe3e4a9a0e69811ad7f"), "cancel"),
        (lambda u: u.send("+393491234567", reference="order-42"), "reference"),
        (lambda u: u.send("+393491234567", scheduled_at=_tomorrow()), "schedule"),
    ],
    ids=["credits", "cancel", "reference", "scheduled_at"],
)
def test_what_v2_lacks_is_refused_before_any_request(mode: str, call: Any, words: str) -> None:
    fake = v2_fake()
    with pytest.raises(smsgate.UnsupportedOperationError, match=words) as raised:
        call(Unified("messaggi_v2", fake, mode))
    assert raised.value.vendor == "messaggi_v2"
    assert fake.requests == []


def _tomorrow() -> Any:
    from datetime import UTC, datetime, timedelta

    return datetime.now(UTC) + timedelta(days=1)


def test_the_documented_codes_raise_their_classes(mode: str) -> None:
    for example_name, status, error_class in [
        ("Invalid Recipient", 422, smsgate.InvalidRequestError),
        ("Numeric Sender", 422, smsgate.InvalidRequestError),
    ]:
        body = spec_by_vendor("messaggi_v2").document["paths"]["/WW-messages"]["post"]["responses"]["422"]
        payload = body["content"]["application/json"]["examples"][example_name]["value"]
        fake = FakeVendor({("POST", "/WW-messages"): answer(payload, status)})
        with pytest.raises(error_class) as raised:
            Unified("messaggi_v2", fake, mode).send("+33612345678")
        assert (raised.value.vendor_code, raised.value.vendor_message) == (str(payload["code"]), payload["message"])
    blocklisted = {"code": 2020, "message": "The user is blocklisted. Please contact support for assistance."}
    fake = FakeVendor({("POST", "/IT-messages"): answer(blocklisted, 403)})
    with pytest.raises(smsgate.AuthenticationError, match="blocklisted"):
        Unified("messaggi_v2", fake, mode).send("+393491234567")


def test_an_undocumented_error_body_is_classed_by_its_status(mode: str) -> None:
    fake = FakeVendor({("POST", "/IT-messages"): answer({"error": "payment required"}, 402)})
    with pytest.raises(smsgate.InsufficientCreditError):
        Unified("messaggi_v2", fake, mode).send("+393491234567")


# -- against the sandbox ----------------------------------------------------------------------------


def test_a_mixed_list_is_split_per_recipient_and_every_message_is_tracked() -> None:
    with sandbox_client("messaggi_v2") as client:
        numbers = ["+393491234567", "+34612345678", "+4915123456789", "+393491230001"]
        sent = client.send(numbers, "Codice: 123456", sender="ACME")
        assert sent.accepted == numbers
        assert client.sandbox.sends_received() == 4
        reports = client.status(sent.message_id)
        assert [r.phone_number for r in reports] == numbers
        assert [r.state.value for r in reports] == ["delivered", "delivered", "delivered", "undelivered"]
        (one,) = client.status(sent.message_id, phone_number="+4915123456789")
        assert one.raw["countryCode"] == "DE"
        with pytest.raises(smsgate.NotFoundError):
            client.status(sent.message_id, phone_number="+393331112233")


def test_a_failure_part_way_carries_what_was_sent_and_nothing_is_sent_twice() -> None:
    with sandbox_client("messaggi_v2", max_retries=3) as client:
        client.sandbox.faults.add("reset_after_read", operation="send_es_message")
        with pytest.raises(smsgate.SendOutcomeUnknown) as raised:
            client.send(["+393491234567", "+34612345678", "+393491234568"], "Ciao")
        partial = raised.value.partial
        assert partial is not None
        assert partial.accepted == ["+393491234567"]
        assert "+393491234567" in str(raised.value)
        # The Italian one and the Spanish one (carried out, its answer lost); the third never went.
        assert client.sandbox.sends_received() == 2
        assert [r.phone_number for r in client.status(partial.message_id)] == ["+393491234567"]


def test_a_refused_recipient_part_way_keeps_the_accepted_part() -> None:
    with sandbox_client("messaggi_v2", sandbox=Sandbox(initial_credits=Decimal("0.05"))) as client:
        with pytest.raises(smsgate.InsufficientCreditError) as raised:
            client.send(["+393491234567", "+34612345678"], "Ciao")
        assert raised.value.partial is not None
        assert raised.value.partial.accepted == ["+393491234567"]
        assert raised.value.status_code == 402


def test_otp_goes_through_call_typed_by_the_generated_model() -> None:
    with sandbox_client("messaggi_v2") as client:
        answer_ = client.call(operations.send_otp, body=models.SendOTPRequest(recipient="+393491234567", length=8))
        assert isinstance(answer_, models.MessageEnvelope)
        assert answer_.data.is_otp is True
        assert len(str(answer_.data.otp)) == 8
        with pytest.raises(smsgate.InvalidRequestError) as raised:
            client.call(operations.send_otp, body=models.SendOTPRequest(recipient="+393491234567", length=11))
        assert raised.value.vendor_code == "1020"
        (report,) = client.status(answer_.data.id)
        assert report.state is smsgate.DeliveryState.delivered


def test_a_regional_route_refuses_another_country_with_2013() -> None:
    with sandbox_client("messaggi_v2") as client:
        body = models.SendMessageRequest(recipient="+34612345678", message="Ciao")
        with pytest.raises(smsgate.InvalidRequestError, match=r"endpoint \(IT\)") as raised:
            client.call(operations.send_it_message, body=body)
        assert raised.value.vendor_code == "2013"
        assert client.sandbox.sends_received() == 0


def test_the_bound_clients_read_their_own_token_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MESSAGGI_V2_TOKEN", "from-the-environment")
    monkeypatch.delenv("MESSAGGI_TOKEN", raising=False)
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return answer(example("messaggi_v2", "list_messages"))

    with MessaggiV2Client(http_client=httpx.Client(transport=httpx.MockTransport(record))) as client:
        page = client.call(operations.list_messages, skip=0, limit=1)
    assert isinstance(page, models.MessageListEnvelope)
    assert seen == ["Bearer from-the-environment"]
    assert issubclass(AsyncMessaggiV2Client, smsgate.AsyncClient)
    assert AsyncMessaggiV2Client.bound_vendor == "messaggi_v2"


def test_the_state_callback_examples_parse_into_the_generated_model() -> None:
    webhook = spec_by_vendor("messaggi_v2").document["webhooks"]["message_state"]["post"]
    content = webhook["requestBody"]["content"]
    as_json = content["application/json"]["examples"]["delivered"]["value"]
    parsed = models.StatusCallback.from_dict(as_json)
    assert isinstance(parsed.data, models.MessageResponse)
    assert (parsed.data.id, parsed.data.state) == ("633aabe3e4a9a0e69811ad7f", "DELIVERED")
    as_form = content["application/x-www-form-urlencoded"]["examples"]["delivered"]["value"]
    inner = models.StatusCallback.from_dict(json.loads(as_form["data"]))
    assert isinstance(inner.data, models.MessageResponse)
    assert inner.data.recipient == "+393331234567"


def test_the_webhook_examples_validate_against_their_schemas() -> None:
    spec = spec_by_vendor("messaggi_v2")
    content = spec.document["webhooks"]["message_state"]["post"]["requestBody"]["content"]
    for media_type, media in content.items():
        escaped = media_type.replace("/", "~1")
        pointer = f"/webhooks/message_state/post/requestBody/content/{escaped}/schema"
        for name, item in media["examples"].items():
            errors = list(spec.validator(pointer).iter_errors(item["value"]))
            assert not errors, f"{media_type} {name}: {errors[0].message}"


def test_a_message_id_of_up_to_41_messages_can_be_asked_about_whole(mode: str) -> None:
    """The documented limit (docs/vendors.md): 41 joined ids fit the 1,024 characters of a message_id, 42 do not."""
    ids = [f"{0x633AABE3E4A9A0E698000000 + n:024x}" for n in range(42)]
    fake = FakeVendor({("GET", f"/messages/{id_}"): answer(example("messaggi_v2", "get_message")) for id_ in ids})
    reports = Unified("messaggi_v2", fake, mode).status(",".join(ids[:41]))
    assert len(reports) == len(fake.requests) == 41
    fake.requests.clear()
    with pytest.raises(smsgate.InvalidArgumentError, match="1024"):
        Unified("messaggi_v2", fake, mode).status(",".join(ids))
    assert fake.requests == []
