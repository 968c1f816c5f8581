"""The webhooks' STOP and START reach a suppression list (``smsgate.webhooks.suppressing``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import smsgate
import smsgate.testing
import smsgate.webhooks as webhooks
from smsgate import DeliveryState

NUMBER = "+33612345601"
AT = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def test_a_stop_is_listed_with_its_vendor_and_time_and_a_start_lifts_it() -> None:
    suppressions = smsgate.SuppressionList()
    suppress = webhooks.suppressing(suppressions)
    suppress(webhooks.OptOutEvent(vendor="smspartner", phone_number=NUMBER, at=AT))
    entry = suppressions.get(NUMBER)
    assert entry is not None
    assert (entry.source, entry.at) == ("smspartner:webhook", AT)
    suppress(webhooks.InboundMessage(vendor="smspartner", phone_number=NUMBER, text="START", keyword="START"))
    assert suppressions.get(NUMBER) is None


def test_a_reply_saying_stop_is_a_stop_and_other_events_change_nothing() -> None:
    suppressions = smsgate.SuppressionList()
    suppress = webhooks.suppressing(suppressions)
    suppress(webhooks.DeliveryEvent(vendor="messaggi_v2", message_id="m1", phone_number=NUMBER,
                                    state=DeliveryState.delivered, final=True, vendor_state="DELIVERED"))  # fmt: skip
    suppress(webhooks.InboundMessage(vendor="smspartner", phone_number=NUMBER, text="Merci, à demain"))
    assert suppressions.get(NUMBER) is None
    suppress(webhooks.InboundMessage(vendor="smspartner", phone_number=NUMBER, text="arret svp"))
    entry = suppressions.get(NUMBER)
    assert entry is not None
    assert entry.source == "smspartner:webhook"


def test_a_marketing_send_to_a_number_heard_saying_stop_is_refused_before_any_request() -> None:
    suppressions = smsgate.SuppressionList()
    webhooks.suppressing(suppressions)(webhooks.OptOutEvent(vendor="smspartner", phone_number=NUMBER))
    with smsgate.testing.sandbox_client("primotexto") as client:
        with pytest.raises(smsgate.InvalidRequestError) as refused:
            client.send(NUMBER, "Soldes d'hiver. STOP au 36180", purpose="marketing", suppression=suppressions)
        assert refused.value.rule == "suppression"
        assert client.sandbox.messages("primotexto") == []
        client.send(NUMBER, "Votre code : 123456", suppression=suppressions)  # transactional: not blocked
        assert len(client.sandbox.messages("primotexto")) == 1
