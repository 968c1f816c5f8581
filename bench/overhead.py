"""Figures 1 and 1b: smsgate's own cost per call, over ``httpx.MockTransport`` (no network).

Figure 1: one ``status()`` through ``smsgate.Client`` vs raw httpx + ``json.loads``. Both sides
talk to the same transport answering SMS Partner's ``/bulk-status`` with ten recipients, so the
difference is smsgate's own work: building and checking the request, placing the key, the retry
bookkeeping, the generated model, the unified ``DeliveryReport``s (state table, phone number
normalisation, dates).

Figure 1b: ``client.call(operation)`` vs the bare generated ``sync_detailed()`` of the same
operation (SMS Partner ``get_credits``, a small JSON answer) on the same transport. Both build
the request with the generated ``_get_kwargs`` and the answer with the generated model, so the
difference is what ``call()`` adds: argument checks, route lookup, key placement, the retry
driver, the size-limited read, error mapping. The generated client gets the key as a default
query parameter of its ``httpx.Client`` (the generator does not place SMS Partner's query key).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import smsgate
from _smsgate_generated.smspartner.api.account import get_credits
from _smsgate_generated.smspartner.client import Client as GeneratedClient
from _smsgate_generated.smspartner.models import CreditsResponse

from ._common import Row, Settings, interleaved

BASE_URL = "http://sandbox.invalid/smspartner/v1"
MESSAGE_ID = 308
RECIPIENTS = 10


def payload(recipients: int = RECIPIENTS) -> dict[str, Any]:
    return {
        "success": True,
        "code": 200,
        "message_id": str(MESSAGE_ID),
        "StatutResponse_List": [
            {"phoneNumber": f"+3361234{i:04d}", "status": "Delivered", "stopSMS": False, "date": "1700000000"}
            for i in range(recipients)
        ],
    }


CREDITS = {
    "success": True,
    "code": 200,
    "user": {"username": "example@email.com", "firstname": "John", "lastname": "Doe"},
    "credits": {
        "creditSms": 269082,
        "creditSmsECO": 444570,
        "creditHlr": 2045023,
        "toSend": 0,
        "balance": "10225.119",
        "currency": "EUR",
    },
}


def transport(answer_payload: dict[str, Any] | None = None) -> httpx.MockTransport:
    body = json.dumps(payload() if answer_payload is None else answer_payload).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(answer)


def smsgate_client(answer_payload: dict[str, Any] | None = None) -> smsgate.Client:
    return smsgate.Client(
        "smspartner",
        api_key="bench-key",
        base_url=BASE_URL,
        http_client=httpx.Client(transport=transport(answer_payload)),
    )


def generated_client() -> GeneratedClient:
    http = httpx.Client(transport=transport(CREDITS), base_url=BASE_URL, params={"apiKey": "bench-key"})
    return GeneratedClient(base_url=BASE_URL).set_httpx_client(http)


def raw_call(client: httpx.Client) -> Any:
    response = client.get(f"{BASE_URL}/bulk-status", params={"apiKey": "bench-key", "messageId": MESSAGE_ID})
    return json.loads(response.content)


def status_figure(settings: Settings) -> Row:
    calls = 20 if settings.quick else 2000
    with smsgate_client() as client, httpx.Client(transport=transport()) as raw:
        reports = client.status(str(MESSAGE_ID))
        assert len(reports) == RECIPIENTS
        assert all(r.state is smsgate.DeliveryState.delivered for r in reports)
        assert len(raw_call(raw)["StatutResponse_List"]) == RECIPIENTS
        times = interleaved(
            {"smsgate": lambda: client.status(str(MESSAGE_ID)), "raw": lambda: raw_call(raw)}, calls, settings.repeats
        )
    ours, theirs = times["smsgate"], times["raw"]
    ratio = ours / theirs
    return Row(
        "1",
        f"status() via smsgate.Client ({RECIPIENTS} recipients, MockTransport)",
        ours * 1e6,
        "us",
        theirs * 1e6,
        "httpx get + json.loads",
        "ratio <= 1.3",
        ratio <= 1.3,
    )


def generated_call(client: GeneratedClient) -> object:
    return get_credits.sync_detailed(client=client).parsed


def call_figure(settings: Settings) -> Row:
    calls = 20 if settings.quick else 2000
    generated = generated_client()
    with smsgate_client(CREDITS) as client, generated.get_httpx_client():
        ours_answer = client.call(get_credits)
        theirs_answer = generated_call(generated)
        assert isinstance(ours_answer, CreditsResponse)
        assert isinstance(theirs_answer, CreditsResponse)
        assert ours_answer.to_dict() == theirs_answer.to_dict()
        times = interleaved(
            {"smsgate": lambda: client.call(get_credits), "generated": lambda: generated_call(generated)},
            calls,
            settings.repeats,
        )
    ours, theirs = times["smsgate"], times["generated"]
    ratio = ours / theirs
    return Row(
        "1b",
        "call(get_credits) via smsgate.Client (SMS Partner, MockTransport)",
        ours * 1e6,
        "us",
        theirs * 1e6,
        "generated sync_detailed()",
        "ratio <= 1.1",
        ratio <= 1.1,
    )


def run(settings: Settings) -> list[Row]:
    return [status_figure(settings), call_figure(settings)]
