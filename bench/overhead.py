"""Figure 1: one status call through ``smsgate.Client`` vs raw httpx + ``json.loads``, same payload.

Both sides talk to the same ``httpx.MockTransport`` answering SMS Partner's ``/bulk-status`` with
ten recipients, so the difference is smsgate's own work: building and checking the request,
placing the key, the retry bookkeeping, the generated model, the unified ``DeliveryReport``s
(state table, phone number normalisation, dates).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import smsgate

from ._common import Row, Settings, median_per_call

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


def transport() -> httpx.MockTransport:
    body = json.dumps(payload()).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(answer)


def smsgate_client() -> smsgate.Client:
    return smsgate.Client(
        "smspartner", api_key="bench-key", base_url=BASE_URL, http_client=httpx.Client(transport=transport())
    )


def raw_call(client: httpx.Client) -> Any:
    response = client.get(f"{BASE_URL}/bulk-status", params={"apiKey": "bench-key", "messageId": MESSAGE_ID})
    return json.loads(response.content)


def run(settings: Settings) -> list[Row]:
    calls = 20 if settings.quick else 2000
    with smsgate_client() as client, httpx.Client(transport=transport()) as raw:
        reports = client.status(str(MESSAGE_ID))
        assert len(reports) == RECIPIENTS
        assert all(r.state is smsgate.DeliveryState.delivered for r in reports)
        assert len(raw_call(raw)["StatutResponse_List"]) == RECIPIENTS
        ours = median_per_call(lambda: client.status(str(MESSAGE_ID)), calls, settings.repeats)
        theirs = median_per_call(lambda: raw_call(raw), calls, settings.repeats)
    ratio = ours / theirs
    return [
        Row(
            "1",
            f"status() via smsgate.Client ({RECIPIENTS} recipients, MockTransport)",
            ours * 1e6,
            "us",
            theirs * 1e6,
            "httpx get + json.loads",
            "ratio <= 1.3",
            ratio <= 1.3,
        )
    ]
