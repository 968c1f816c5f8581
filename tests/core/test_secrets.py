"""The API key never shows: not in errors (str, repr, notes, causes), clients, logs or URLs."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import httpx
import pytest
import smsgate
from smsgate._base.spec import VENDORS

from tests.core.test_errors import READ_ROUTE, error_body, read
from tests.fakes import API_KEYS, FakeVendor, Unified, answer

MODES = ["sync", "async"]


def _raising(error: type[httpx.TransportError]) -> Any:
    def respond(request: httpx.Request) -> httpx.Response:
        # Transport errors often quote the URL: SMS Partner's carries the key in its query.
        raise error(f"failure while talking to {request.url}", request=request)

    return respond


FAULTS: list[tuple[str, Any]] = [
    ("vendor-code", None),
    ("401", answer({}, status=401)),
    ("429", answer({}, status=429)),
    ("500-html", httpx.Response(500, text="<html>oops</html>")),
    ("truncated-json", httpx.Response(200, content=b'{"success": tru')),
    ("wrong-types", answer({"success": True, "credits": {"balance": {"not": "a number"}}})),
    ("connect-error", _raising(httpx.ConnectError)),
    ("read-timeout", _raising(httpx.ReadTimeout)),
    ("protocol-error", _raising(httpx.RemoteProtocolError)),
]


def _everything_shown(error: BaseException) -> str:
    """Every text a user could see from an error: str, repr, notes, the chain, the traceback."""
    parts = []
    seen: BaseException | None = error
    while seen is not None:
        parts += [str(seen), repr(seen), *getattr(seen, "__notes__", [])]
        seen = seen.__cause__ or seen.__context__
    parts.append("".join(traceback.format_exception(error)))
    return "\n".join(parts)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize(("name", "fault"), FAULTS, ids=[n for n, _ in FAULTS])
def test_no_error_path_shows_the_key(
    mode: str, vendor: str, name: str, fault: Any, caplog: pytest.LogCaptureFixture
) -> None:
    if fault is None:
        status, body = error_body(vendor, "10", "Clé API incorrecte")
        fault = answer(body, status=status)
    key = API_KEYS[vendor]
    fake = FakeVendor({READ_ROUTE[vendor]: fault})
    caplog.set_level(logging.DEBUG, logger="smsgate")
    client = Unified(vendor, fake, mode, max_retries=1)
    with pytest.raises(smsgate.SmsGateError) as raised:
        read(client)
    assert fake.requests, "the fault must have been reached over the wire"
    shown = _everything_shown(raised.value)
    if "protocol-error" not in name and "connect" not in name and "timeout" not in name:
        # The vendor answered: the request really carried the key somewhere.
        request = fake.requests[0]
        assert (
            key in str(request.url)
            or key in request.headers.get("Authorization", "")
            or key in str(request.headers)
            or key.encode() in request.content
        )
    assert key not in shown
    assert key not in repr(client.client)
    assert key not in caplog.text
    assert caplog.records, "requests are logged at DEBUG"


def test_smspartner_key_is_masked_in_logged_urls(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeVendor({("GET", "/me"): answer({}, status=503)})
    caplog.set_level(logging.DEBUG, logger="smsgate")
    with pytest.raises(smsgate.ServerError):
        Unified("smspartner", fake, "sync", max_retries=0).credits()
    assert "apiKey=***" in caplog.text
    assert API_KEYS["smspartner"] not in caplog.text


def test_send_outcome_unknown_does_not_show_the_key() -> None:
    fake = FakeVendor({("POST", "/send"): _raising(httpx.ReadTimeout)})
    with pytest.raises(smsgate.SendOutcomeUnknown) as raised:
        Unified("smspartner", fake, "sync").send("0612345678")
    assert API_KEYS["smspartner"] not in _everything_shown(raised.value)


def test_client_repr_shows_vendor_and_url_only() -> None:
    with smsgate.Client("messaggi", api_key="s3cr3t") as client:
        assert repr(client) == "Client(vendor='messaggi', base_url='https://ws.messaggisms.com')"
