"""Run one README code block against fake vendors answering with the specs' own examples.

Used by test_readme.py in a subprocess, so that each block runs in a fresh interpreter exactly as
a reader would paste it, with only the network replaced.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import httpx

from tests.fakes import API_KEYS, FakeVendor, answer, example


def _xml_or_json(operation_id: str) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("_format") == "xml":
            xml = example("smspartner", operation_id, media_type="application/xml")
            return httpx.Response(200, text=xml, headers={"Content-Type": "application/xml"})
        return answer(example("smspartner", operation_id))

    return respond


VENDORS = {
    "api.smspartner.fr": FakeVendor(
        {
            ("POST", "/send"): answer(example("smspartner", "send_sms")),
            ("GET", "/bulk-status"): answer(example("smspartner", "get_bulk_status")),
            ("GET", "/message-status"): answer(example("smspartner", "get_message_status")),
            ("GET", "/message-cancel"): answer(example("smspartner", "cancel_message")),
            ("GET", "/me"): _xml_or_json("get_credits"),
        }
    ),
    "ws.messaggisms.com": FakeVendor(
        {
            ("POST", "/messages/"): answer(example("messaggi", "send_message", "201"), status=201),
            ("GET", "/recipients/"): answer(example("messaggi", "list_message_recipients")),
        }
    ),
    "api.primotexto.com": FakeVendor({("GET", "/messages/stats"): answer(example("primotexto", "get_category_stats"))}),
}


def _route(request: httpx.Request) -> httpx.Response:
    return VENDORS[request.url.host](request)


class _Client(httpx.Client):
    """The vendors replaced by the fakes, unless the example brings its own transport (the sandbox)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("transport", httpx.MockTransport(_route))
        super().__init__(**kwargs)


class _AsyncClient(httpx.AsyncClient):
    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("transport", httpx.MockTransport(_route))
        super().__init__(**kwargs)


def main(path: str) -> None:
    os.environ.update(
        PRIMOTEXTO_API_KEY=API_KEYS["primotexto"],
        SMSPARTNER_API_KEY=API_KEYS["smspartner"],
        MESSAGGI_TOKEN=API_KEYS["messaggi"],
    )
    httpx.Client = _Client  # type: ignore[misc]
    httpx.AsyncClient = _AsyncClient  # type: ignore[misc]
    with open(path, encoding="utf-8") as source:
        code = compile(source.read(), path, "exec")
    exec(code, {"__name__": "__main__"})


if __name__ == "__main__":
    main(sys.argv[1])
