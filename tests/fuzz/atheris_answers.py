"""An atheris (libFuzzer) harness: any bytes as the answer to a read, JSON or SMS Partner XML.

Run it longer by hand: ``python tests/fuzz/atheris_answers.py -runs=1000000`` (or ``-max_total_time=600``).
A crash is any exception that is not ``smsgate.SmsGateError``. ``test_atheris_harness`` in
``test_atheris.py`` runs it briefly, and is skipped when atheris is not installed.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from typing import Any

import httpx

atheris: Any = importlib.import_module("atheris")

with atheris.instrument_imports():
    import smsgate

BODY: list[bytes] = [b""]
OPTIONS: list[tuple[str, str, dict[str, Any]]] = [
    ("primotexto", "primotexto", {}),
    ("smspartner-xml", "smspartner", {"response_format": "xml"}),
    ("messaggi", "messaggi", {}),
    ("messaggi_v2", "messaggi_v2", {}),
]
CLIENTS = {
    name: smsgate.Client(
        vendor,
        api_key="atheris-key",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=BODY[0]))),
        **options,
    )
    for name, vendor, options in OPTIONS
}


def one_input(data: bytes) -> None:
    if not data:
        return
    client = list(CLIENTS.values())[data[0] % len(CLIENTS)]
    BODY[0] = data[1:]
    with contextlib.suppress(smsgate.SmsGateError):
        if client.vendor == "messaggi_v2":  # no balance call: its reads are statuses
            client.status("633aabe3e4a9a0e69811ad7f")
        else:
            client.credits()


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
