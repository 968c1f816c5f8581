"""The loop closed: a campaign sent with a signed ``callback_url`` through the sandbox, whose
callbacks (faults included) reach an ``asgi_app`` served by uvicorn on 127.0.0.1, which records
each receipt in the campaign's journal, each event once; a forged token never gets through."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import smsgate
import smsgate.webhooks as webhooks
from smsgate.sandbox import Sandbox
from smsgate.testing import async_sandbox_client, sandbox_client

SECRET = "an-end-to-end-webhook-secret-0123456789"
NUMBERS = ["+33612345611", "+33612345612", "+33612345613"]


@contextmanager
def served(app: Any) -> Iterator[str]:
    """``app`` behind uvicorn on 127.0.0.1 (a port of its own), stopped on exit."""
    uvicorn = pytest.importorskip("uvicorn")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name="uvicorn-receiver", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}/sms"
    finally:
        server.should_exit = True
        thread.join(10)


def _receiver(journal: Path, heard: list[Any]) -> Any:
    def on_event(event: Any) -> None:
        heard.append(event)
        with smsgate.Campaign.open(journal) as campaign:
            campaign.hear(event)

    return webhooks.asgi_app(on_event, secret=SECRET)


@pytest.mark.parametrize("fault", [None, "callback_duplicate", "callback_out_of_order"])
def test_a_campaigns_receipts_come_back_through_the_sandbox_to_its_journal(fault: str | None, tmp_path: Path) -> None:
    journal, heard = tmp_path / "run.db", list[Any]()
    with Sandbox() as sandbox, served(_receiver(journal, heard)) as url:
        if fault is not None:
            sandbox.faults.add(fault, times=None)
        with sandbox_client("smspartner", sandbox=sandbox, webhook_secret=SECRET) as client:
            report = smsgate.send_many(client, NUMBERS, "Votre code : 123456", journal=journal, callback_url=url)
            assert report.complete
            assert sandbox.callbacks.drain(10)
        posted = [attempt.outcome for attempt in sandbox.callbacks.attempts()]
    assert posted, "the sandbox called nothing back"
    assert all(outcome == 200 for outcome in posted), posted  # duplicates answered 200 too
    assert sorted(event.phone_number for event in heard) == NUMBERS  # each receipt reaches on_event once
    with smsgate.Campaign.open(journal, read_only=True) as campaign:
        assert [(entry.delivery_state, entry.delivery_final) for entry in campaign.entries()] == [
            ("delivered", True)
        ] * len(NUMBERS)


def test_a_forged_token_is_refused_and_reaches_nothing(tmp_path: Path) -> None:
    journal, heard = tmp_path / "run.db", list[Any]()
    with Sandbox() as sandbox, served(_receiver(journal, heard)) as url:
        sandbox.faults.add("callback_forged_token", times=None)
        with sandbox_client("smspartner", sandbox=sandbox, webhook_secret=SECRET) as client:
            smsgate.send_many(client, NUMBERS[:1], "Votre code : 123456", journal=journal, callback_url=url)
            assert sandbox.callbacks.drain(10)
        posted = [attempt.outcome for attempt in sandbox.callbacks.attempts()]
    assert posted == [403]
    assert heard == []


def test_an_async_send_is_heard_back_the_same_way(tmp_path: Path) -> None:
    heard: list[Any] = []
    app = webhooks.asgi_app(heard.append, secret=SECRET)
    with Sandbox() as sandbox, served(app) as url:

        async def send() -> None:
            async with async_sandbox_client("messaggi_v2", sandbox=sandbox, webhook_secret=SECRET) as client:
                await client.send("+393331234567", "Il tuo codice: 123456", sender="ACME", callback_url=url)

        asyncio.run(send())
        assert sandbox.callbacks.drain(10)
    assert [(event.vendor, event.state.value, event.final) for event in heard] == [("messaggi_v2", "delivered", True)]
