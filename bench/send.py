"""Figures 1c and 1d: one ``send()`` over ``httpx.MockTransport``, against raw httpx and against twilio-python.

Figure 1c: ``client.send(number, text, sender=...)`` of one recipient through ``smsgate.Client``
(SMS Partner) vs a raw ``httpx.Client.post`` of the same JSON body to the same URL, then
``json.loads`` of the answer. Both talk to the same transport, which answers SMS Partner's
``/send``; the difference is smsgate's own work: the send options and every vendor rule
(``weigh``), the number in the vendor's form, the generated request model, the request with the
key placed, the retry bookkeeping, the size-limited read, the error funnel, the generated answer
model and the unified ``SendResult``.

Figure 1d: that difference (1c's send minus its raw post: smsgate's own cost per send) against
twilio-python's own cost per ``client.messages.create(to=, from_=, body=)``, its HTTP client
(``twilio.rest.Client(http_client=...)``) replaced by a fake that returns a canned Twilio answer:
no HTTP library runs on its side, so what is timed is twilio's own work (the request's parameters
and headers, ``json.loads`` of the answer, the ``MessageInstance`` with its three RFC 2822 dates).
The three are measured in turns, in the same run, in CPU time (``interleaved``). twilio is a bench-only
dependency (pyproject's ``bench`` group), never smsgate's.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import smsgate
from twilio.http import HttpClient as TwilioHttpClient
from twilio.http.response import Response as TwilioResponse
from twilio.rest import Client as TwilioClient

from ._common import Row, Settings, interleaved

BASE_URL = "http://sandbox.invalid/smspartner/v1"
NUMBER = "+33612345678"
TEXT = "Bonjour, votre code est 123456"
SENDER = "Cabinet"
API_KEY = "bench-key"

SEND_ANSWER = {"success": True, "code": 200, "message_id": 4242, "nb_sms": 1, "cost": 0.045, "currency": "EUR"}

TWILIO_SID = "AC" + "0" * 32
TWILIO_FROM = "+14155552345"
# The answer of Twilio's "create a Message" (its API reference), for this send.
TWILIO_ANSWER = json.dumps(
    {
        "account_sid": TWILIO_SID,
        "api_version": "2010-04-01",
        "body": TEXT,
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_sent": "Thu, 24 Aug 2023 05:01:45 +0000",
        "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000",
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": TWILIO_FROM,
        "num_media": "0",
        "num_segments": "1",
        "price": None,
        "price_unit": None,
        "messaging_service_sid": None,
        "sid": "SM" + "1" * 32,
        "status": "queued",
        "subresource_uris": {"media": f"/2010-04-01/Accounts/{TWILIO_SID}/Messages/SM{'1' * 32}/Media.json"},
        "to": NUMBER,
        "uri": f"/2010-04-01/Accounts/{TWILIO_SID}/Messages/SM{'1' * 32}.json",
    }
)


def transport(seen: list[httpx.Request] | None = None) -> httpx.MockTransport:
    body = json.dumps(SEND_ANSWER).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(answer)


def smsgate_client(seen: list[httpx.Request] | None = None) -> smsgate.Client:
    return smsgate.Client(
        "smspartner", api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport(seen))
    )


def smsgate_send(client: smsgate.Client) -> smsgate.SendResult:
    return client.send(NUMBER, TEXT, sender=SENDER)


def raw_send(client: httpx.Client) -> Any:
    """The same request as ``smsgate_send``'s (a test checks it), written by hand."""
    body = {"apiKey": API_KEY, "phoneNumbers": NUMBER, "message": TEXT, "sender": SENDER}
    response = client.post(f"{BASE_URL}/send", json=body)
    return json.loads(response.content)


class FakeTwilioHttp(TwilioHttpClient):  # type: ignore[misc]  # twilio ships no type information
    """twilio-python's HTTP client seam, answering every request with ``TWILIO_ANSWER`` (HTTP 201)."""

    def __init__(self) -> None:
        super().__init__(logging.getLogger("bench.twilio"), is_async=False)
        self.requests = 0

    def request(self, method: str, uri: str, *args: Any, **kwargs: Any) -> TwilioResponse:
        self.requests += 1
        return TwilioResponse(201, TWILIO_ANSWER)


def twilio_client() -> Any:
    return TwilioClient(TWILIO_SID, "bench-token", http_client=FakeTwilioHttp())


def twilio_send(client: Any) -> Any:
    return client.messages.create(to=NUMBER, from_=TWILIO_FROM, body=TEXT)


def run(settings: Settings) -> list[Row]:
    calls = 20 if settings.quick else 2000
    twilio = twilio_client()
    with smsgate_client() as client, httpx.Client(transport=transport()) as raw:
        assert smsgate_send(client).message_id == "4242"
        assert raw_send(raw)["message_id"] == 4242
        assert twilio_send(twilio).status == "queued"
        times = interleaved(
            {
                "smsgate": lambda: smsgate_send(client),
                "raw": lambda: raw_send(raw),
                "twilio": lambda: twilio_send(twilio),
            },
            calls,
            settings.repeats,
        )
    ours, theirs, twilio_own = times["smsgate"], times["raw"], times["twilio"]
    own = ours - theirs
    return [
        Row(
            "1c",
            "send() of one recipient via smsgate.Client (SMS Partner, MockTransport)",
            ours * 1e6,
            "us",
            theirs * 1e6,
            "httpx post + json.loads",
            "ratio <= 1.3",
            ours / theirs <= 1.3,
        ),
        Row(
            "1d",
            "smsgate's own cost per send (1c's send minus its raw post)",
            own * 1e6,
            "us",
            twilio_own * 1e6,
            "twilio-python messages.create, fake http_client",
            "ratio <= 1.0",
            own <= twilio_own,
        ),
    ]
