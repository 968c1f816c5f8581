"""Answers that are not what the spec says give ResponseFormatError or ServerError, never a raw error."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import smsgate
from smsgate._base.spec import VENDORS
from smsgate._core.response import DEFAULT_RESPONSE_SIZE_LIMIT

from tests.core.test_errors import READ_ROUTE, read
from tests.fakes import FakeVendor, Unified, answer

MODES = ["sync", "async"]
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<result><entry>&lol3;</entry></result>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<result><entry>true</entry><entry>200</entry><entry>&x;</entry></result>"""

MALFORMED: list[tuple[str, httpx.Response]] = [
    ("truncated-json", httpx.Response(200, content=b'{"success": true, "credits": {"bal')),
    ("not-json", httpx.Response(200, content=b"Service temporarily unavailable")),
    (
        "html-200",
        httpx.Response(200, text="<html><body>Maintenance</body></html>", headers={"Content-Type": "text/html"}),
    ),
    ("json-list", answer([1, 2, 3])),
    ("json-string", answer("ok")),
    ("empty-200", httpx.Response(200, content=b"")),
    ("deep-json", httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000)),
    ("xml-bomb", httpx.Response(200, content=BILLION_LAUGHS, headers={"Content-Type": "application/xml"})),
    ("xml-external-entity", httpx.Response(200, content=EXTERNAL_ENTITY, headers={"Content-Type": "application/xml"})),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize(("name", "response"), MALFORMED, ids=[n for n, _ in MALFORMED])
def test_malformed_answers_are_typed_errors(mode: str, vendor: str, name: str, response: httpx.Response) -> None:
    fake = FakeVendor({READ_ROUTE[vendor]: response})
    # SMS Partner is asked for XML so that its XML reader meets the hostile documents too.
    options = {"response_format": "xml"} if vendor == "smspartner" else {}
    with pytest.raises(smsgate.SmsGateError) as raised:
        read(Unified(vendor, fake, mode, **options))
    assert isinstance(raised.value, smsgate.ResponseFormatError | smsgate.APIError)
    assert raised.value.vendor == vendor


WRONG_TYPES: dict[str, Any] = {
    "primotexto": {"credits": "lots"},
    "smspartner": {"success": True, "code": 200, "credits": "not an object"},
    "messaggi": {"success": True, "data": "not a list", "credit": "1"},
    "messaggi_v2": {"data": "not a message"},
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", VENDORS)
def test_wrong_types_are_a_response_format_error(mode: str, vendor: str) -> None:
    fake = FakeVendor({READ_ROUTE[vendor]: answer(WRONG_TYPES[vendor])})
    with pytest.raises(smsgate.ResponseFormatError):
        read(Unified(vendor, fake, mode))


@pytest.mark.parametrize("mode", MODES)
def test_a_huge_answer_is_refused_past_the_size_limit(mode: str) -> None:
    huge = httpx.Response(200, content=b'{"credits": "' + b"9" * (DEFAULT_RESPONSE_SIZE_LIMIT + 10) + b'"}')
    fake = FakeVendor({READ_ROUTE["primotexto"]: huge})
    with pytest.raises(smsgate.ResponseFormatError, match="larger than"):
        Unified("primotexto", fake, mode).credits()


@pytest.mark.parametrize("mode", MODES)
def test_an_undeclared_success_status_is_a_response_format_error(mode: str) -> None:
    fake = FakeVendor({("GET", "/me"): answer({"success": True}, status=203)})
    with pytest.raises(smsgate.ResponseFormatError, match="203"):
        Unified("smspartner", fake, mode).credits()
