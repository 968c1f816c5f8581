"""Figures 9 and 9b: ``smsgate.preview`` of a 160-character and a 1,600-character French text.

Both are GSM-7 texts with accents of the default alphabet (é, è, à) and extension characters (€),
so that every step runs: the GSM-7 check, the escape count, the split into parts that never cut
an escape pair, the vendor's rules (Primotexto: sender, price). The baseline is one ``send()`` of
the same text over ``httpx.MockTransport`` (which runs the same checks, then builds,
sends and reads one request): a preview must cost a small fraction of it.
"""

from __future__ import annotations

import functools
import json

import httpx
import smsgate

from ._common import Row, Settings, median_per_call

BASE_URL = "http://sandbox.invalid/primotexto/v2"
SENTENCE = "Bonjour, votre rendez-vous est confirmé à 10h, à demain ! Prix : 25€ [ref 42]. "


def gsm_text(characters: int) -> str:
    """``characters`` characters of the sentence, over and over (the euro sign and brackets take two septets)."""
    return (SENTENCE * (characters // len(SENTENCE) + 1))[:characters]


TEXT_160 = gsm_text(160)
TEXT_1600 = gsm_text(1600)


def send_client() -> smsgate.Client:
    body = json.dumps({"creditsUsed": 1.0, "snapshotId": "386479"}).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return smsgate.Client(
        "primotexto",
        api_key="bench-key",
        base_url=BASE_URL,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


def preview_of(text: str) -> smsgate.Preview:
    return smsgate.preview(text, vendor="primotexto", to="+33612345678", sender="Cabinet")


def run(settings: Settings) -> list[Row]:
    calls = 20 if settings.quick else 20_000
    short = smsgate.preview(TEXT_160, vendor="primotexto", to="+33612345678", sender="Cabinet")
    long = smsgate.preview(TEXT_1600, vendor="primotexto", to="+33612345678", sender="Cabinet")
    assert (short.encoding, short.parts) == ("GSM-7", 2), short  # 166 septets: two parts
    assert (long.encoding, long.parts) == ("GSM-7", 11), long
    rows = []
    for figure, text, limit in (("9", TEXT_160, 10.0), ("9b", TEXT_1600, 60.0)):
        with send_client() as client:
            sending = functools.partial(client.send, "+33612345678", text, sender="Cabinet")
            sending()
            send = median_per_call(sending, max(1, calls // 20), settings.repeats)
        seconds = median_per_call(functools.partial(preview_of, text), calls, settings.repeats)
        ratio = seconds / send
        rows.append(
            Row(
                figure,
                f"preview() of a {len(text):,}-character GSM-7 text (Primotexto, one recipient, sender)",
                seconds * 1e6,
                "us",
                send * 1e6,
                "one send() of the same text over MockTransport",
                f"<= {limit:g} us and ratio <= 0.05",
                seconds * 1e6 <= limit and ratio <= 0.05,
            )
        )
    return rows
