"""The sandbox's own counters (SMS Partner ``nb_sms``, Primotexto ``creditsUsed``, Messaggi
``sms_total``) equal what ``preview`` said, text after random text, for every vendor.

The quick run sends a few hundred texts per vendor; the reliability run sends 10,000.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

import pytest
import smsgate
from smsgate._text.gsm7 import BASIC_TABLE, EXTENSION_TABLE, measure
from smsgate._text.rules import expand_markup
from smsgate.sandbox import Sandbox
from smsgate.testing import sandbox_client

NUMBERS = {"primotexto": "+33612345678", "smspartner": "+33612345678", "messaggi": "+393491234567"}
SENDERS = {"primotexto": None, "smspartner": None, "messaggi": "Negozio"}
# Each vendor's counter in its send answer (``raw``), for one recipient.
COUNTERS: dict[str, Callable[[dict[str, Any]], float]] = {
    "primotexto": lambda raw: raw["creditsUsed"],
    "smspartner": lambda raw: raw["nb_sms"],
    "messaggi": lambda raw: raw["data"][0]["statistics"]["sms_total"],
}
ALPHABETS = (
    BASIC_TABLE.replace("\x1b", ""),
    "".join(EXTENSION_TABLE.values()) + "abc ",
    "çœ’«»–…âêîôûÈ\u0301\u00a0abcdef ",
    "\N{GRINNING FACE}\N{FACE WITH TEARS OF JOY}\N{THUMBS UP SIGN}ab ",
)


def random_text(rng: random.Random) -> str:
    """A text of 1 to ~1,700 characters drawn from one or several alphabets, with SMS Partner markup now and then."""
    alphabet = "".join(rng.sample(ALPHABETS, rng.randint(1, len(ALPHABETS))))
    length = rng.choice((rng.randint(1, 170), rng.randint(150, 320), rng.randint(1, 1700)))
    text = "x" + "".join(rng.choice(alphabet) for _ in range(length - 1))
    return text + ":br:" if rng.random() < 0.05 else text


def compare(vendor: str, count: int, seed: int) -> int:
    rng = random.Random(seed)
    refused = 0
    with sandbox_client(vendor, sandbox=Sandbox(initial_credits=10**9)) as client:  # room for every send
        for _ in range(count):
            text = random_text(rng)
            if measure(expand_markup(vendor, text)).parts > 10 and vendor == "smspartner":
                # SMS Partner's 10-part limit: preview and send both refuse it, and nothing is sent.
                with pytest.raises(smsgate.InvalidRequestError, match="parts rule"):
                    client.preview(text, NUMBERS[vendor], sender=SENDERS[vendor])
                with pytest.raises(smsgate.InvalidRequestError, match="parts rule"):
                    client.send(NUMBERS[vendor], text, sender=SENDERS[vendor])
                refused += 1
                continue
            seen = client.preview(text, NUMBERS[vendor], sender=SENDERS[vendor])
            sent = client.send(NUMBERS[vendor], text, sender=SENDERS[vendor])
            assert COUNTERS[vendor](sent.raw) == seen.sms, text
    return refused


@pytest.mark.parametrize("vendor", sorted(NUMBERS))
def test_the_sandbox_counts_as_preview_does(vendor: str) -> None:
    compare(vendor, 300, seed=1)


RUNS: list[str] = []


@pytest.mark.reliability
@pytest.mark.parametrize("vendor", sorted(NUMBERS))
def test_the_sandbox_counts_as_preview_does_on_10000_texts(vendor: str) -> None:
    started = time.perf_counter()
    refused = compare(vendor, 10_000, seed=2)
    RUNS.append(
        f"{vendor}: 10,000 random texts, counters equal preview's "
        f"({refused} over the 10-part limit refused by both) in {time.perf_counter() - started:.1f} s"
    )


def terminal_summary() -> list[str]:
    return ["sandbox counters vs preview: " + line for line in RUNS]
