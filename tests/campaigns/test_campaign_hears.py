"""Campaigns hear receipts: ``Campaign.hear`` records what a delivery receipt says in the journal,
and ``smsgate webhook serve --journal`` does it for every receipt it receives."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
import smsgate
import smsgate.webhooks as webhooks
from smsgate import cli
from smsgate.testing import sandbox_client

SECRET = "a-webhook-secret-for-campaigns"
NUMBERS = ["+33612349030", "+33612349031"]
CALLBACK = "https://example.com/sms"


def _campaign(tmp_path: Path, vendor: str = "smspartner", numbers: list[str] = NUMBERS) -> Path:
    journal = tmp_path / "run.db"
    with sandbox_client(vendor, webhook_secret=SECRET) as client:
        campaign = smsgate.Campaign.create(journal, numbers, "Bonjour", client=client, sender="ACME",
                                           callback_url=CALLBACK)  # fmt: skip
        with campaign:
            assert campaign.run(client).accepted == len(numbers)
    return journal


def _receipt(vendor: str, message_id: str, number: str | None, word: str) -> webhooks.WebhookEvent:
    if vendor == "smspartner":
        body: dict[str, Any] = {"messageId": message_id, "phoneNumber": number, "status": word}
    else:
        body = {"data": {"id": message_id, "state": word, "recipient": number}}
    url = webhooks.signed_url(CALLBACK, vendor=vendor, purpose="delivery", secret=SECRET)
    return webhooks.parse(vendor, json.dumps(body), url=url, secret=SECRET)


def test_a_receipt_reaches_the_journal_and_a_late_state_does_not_overwrite_a_final_one(tmp_path: Path) -> None:
    journal = _campaign(tmp_path)
    with smsgate.Campaign.open(journal) as campaign:
        first = next(iter(campaign.entries()))
        assert first.message_id
        assert campaign.hear(_receipt("smspartner", first.message_id, first.number, "Waiting")) == 1
        assert campaign.hear(_receipt("smspartner", first.message_id, first.number, "Delivered")) == 1
        assert campaign.hear(_receipt("smspartner", first.message_id, first.number, "Waiting")) == 0  # late
        assert campaign.hear(_receipt("smspartner", "999999", first.number, "Delivered")) == 0  # not ours
        assert campaign.hear(_receipt("messaggi_v2", first.message_id, first.number, "DELIVERED")) == 0
        stop = webhooks.OptOutEvent(vendor="smspartner", phone_number=first.number)
        assert campaign.hear(stop) == 0
        states = {entry.number: (entry.delivery_state, entry.delivery_final) for entry in campaign.entries()}
    assert states == {NUMBERS[0]: ("delivered", True), NUMBERS[1]: (None, False)}


def test_messaggi_v2_receipts_name_one_message_of_a_batch(tmp_path: Path) -> None:
    numbers = ["+393491234567", "+393491234568"]
    journal = _campaign(tmp_path, "messaggi_v2", numbers)
    with smsgate.Campaign.open(journal) as campaign:
        for index, entry in enumerate(campaign.entries()):
            # One message per recipient: a batch's ids are joined in its recipients' order.
            ids = (entry.message_id or "").split(",")
            message_id = ids[index] if len(ids) > 1 else ids[0]
            assert campaign.hear(_receipt("messaggi_v2", message_id, entry.number, "UNDELIVERABLE")) == 1
        assert [entry.delivery_state for entry in campaign.entries()] == ["undelivered", "undelivered"]


def test_webhook_serve_with_a_journal_records_each_receipt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    journal = _campaign(tmp_path)
    with smsgate.Campaign.open(journal, read_only=True) as campaign:
        message_id = next(iter(campaign.entries())).message_id
    monkeypatch.setenv("SMSGATE_WEBHOOK_SECRET", SECRET)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = webhooks.signed_url(f"http://127.0.0.1:{port}/sms", vendor="smspartner", purpose="delivery", secret=SECRET)

    def vendor_posts() -> None:
        with httpx.Client() as http:
            for number in NUMBERS:
                body = {"messageId": message_id, "phoneNumber": number, "status": "Delivered"}
                assert http.post(url, data=body).status_code == 200

    argv = ["webhook", "serve", "--port", str(port), "--journal", str(journal), "--json"]
    assert cli.main(argv, wait_for_interrupt=vendor_posts) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["journal_updated"] for line in lines] == [1, 1]
    assert cli.main(["campaign", "report", "--journal", str(journal), "--all", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line.get("delivery_state") for line in listed[:-1]] == ["delivered", "delivered"]
    with smsgate.Campaign.open(journal, read_only=True) as campaign:
        assert [entry.delivery_state for entry in campaign.entries()] == ["delivered", "delivered"]


def test_webhook_serve_with_a_missing_journal_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSGATE_WEBHOOK_SECRET", SECRET)
    monkeypatch.setattr("sys.stderr", io.StringIO())
    argv = ["webhook", "serve", "--port", "0", "--journal", str(tmp_path / "none.db")]
    assert cli.main(argv, wait_for_interrupt=lambda: None) == 17
