"""Every documented vendor error code and HTTP status becomes the right smsgate error."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import smsgate
from smsgate._base.spec import VENDORS
from smsgate._core.response import Received

from tests.fakes import FakeVendor, Unified, answer
from tests.support import spec_by_vendor

MODES = ["sync", "async"]
# The cheapest read of each vendor, and the shape of its error bodies.
READ_ROUTE = {
    "primotexto": ("GET", "/account/stats"),
    "smspartner": ("GET", "/me"),
    "messaggi": ("GET", "/messages/"),
    "messaggi_v2": ("GET", "/messages/633aabe3e4a9a0e69811ad7f"),
}


def read(client: Unified) -> object:
    """The cheapest read of each vendor (on READ_ROUTE): the balance, or a status where there is no balance call."""
    if client.vendor == "messaggi_v2":
        return client.status("633aabe3e4a9a0e69811ad7f")
    return client.credits()


def error_body(vendor: str, code: str, message: str) -> tuple[int, dict[str, Any]]:
    if vendor == "primotexto":
        return 400, {"code": int(code), "error": message}
    if vendor == "smspartner":
        return 200, {"success": False, "code": int(code), "message": message}  # errors come as HTTP 200
    if vendor == "messaggi_v2":
        return 422, {"code": int(code), "message": message}
    return 400, {"success": False, "message": message, "error": int(code), "data": None}


ROOT_CODES = [
    (vendor, code, entry["error"])
    for vendor in VENDORS
    for code, entry in spec_by_vendor(vendor).document["x-smsgate-error-codes"].items()
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("vendor", "code", "class_name"), ROOT_CODES, ids=[f"{v}-{c}" for v, c, _ in ROOT_CODES])
def test_vendor_code_maps_to_its_class(mode: str, vendor: str, code: str, class_name: str) -> None:
    status, body = error_body(vendor, code, "refusé par le fournisseur")
    fake = FakeVendor({READ_ROUTE[vendor]: answer(body, status=status)})
    with pytest.raises(smsgate.SmsGateError) as raised:
        read(Unified(vendor, fake, mode, max_retries=0))
    assert type(raised.value) is getattr(smsgate, class_name)
    error = raised.value
    assert isinstance(error, smsgate.APIError)
    assert (error.vendor, error.status_code, error.vendor_code) == (vendor, status, code)
    assert error.vendor_message == "refusé par le fournisseur"
    assert "refusé par le fournisseur" in str(error)


OPERATION_CODES = [
    (operation.operation_id, code, entry["error"])
    for operation in spec_by_vendor("smspartner").operations()
    for code, entry in operation.operation.get("x-smsgate-error-codes", {}).items()
]


@pytest.mark.parametrize(
    ("operation_id", "code", "class_name"), OPERATION_CODES, ids=[f"{o}-{c}" for o, c, _ in OPERATION_CODES]
)
def test_operation_level_codes_override_the_vendor_table(operation_id: str, code: str, class_name: str) -> None:
    client = smsgate.Client("smspartner", api_key="k")
    route = client._pipeline.spec.routes[operation_id]
    module = getattr(__import__("smsgate.smspartner", fromlist=["operations"]).operations, operation_id)
    body = {"success": False, "code": int(code), "message": "non"}
    received = Received(httpx.Response(200, json=body), httpx.Response(200, json=body).content)
    with pytest.raises(smsgate.APIError) as raised:
        client._pipeline.interpret(route, module, received, None)
    assert type(raised.value) is getattr(smsgate, class_name)


HTTP_STATUSES = [
    (400, smsgate.InvalidRequestError),
    (401, smsgate.AuthenticationError),
    (402, smsgate.InsufficientCreditError),
    (403, smsgate.AuthenticationError),
    (404, smsgate.NotFoundError),
    (405, smsgate.InvalidRequestError),
    (409, smsgate.InvalidRequestError),
    (418, smsgate.APIError),
    (422, smsgate.InvalidRequestError),
    (429, smsgate.RateLimitError),
    (500, smsgate.ServerError),
    (502, smsgate.ServerError),
    (503, smsgate.ServerError),
    (520, smsgate.ServerError),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize(("status", "expected"), HTTP_STATUSES)
def test_http_status_without_a_code_maps_to_its_class(
    mode: str, vendor: str, status: int, expected: type[smsgate.APIError]
) -> None:
    fake = FakeVendor({READ_ROUTE[vendor]: answer({}, status=status, headers={"Retry-After": "7"})})
    with pytest.raises(smsgate.SmsGateError) as raised:
        read(Unified(vendor, fake, mode, max_retries=0))
    assert type(raised.value) is expected
    assert isinstance(raised.value, smsgate.APIError)
    assert raised.value.status_code == status
    if expected is smsgate.RateLimitError:
        assert isinstance(raised.value, smsgate.RateLimitError)
        assert raised.value.retry_after == 7.0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", ["primotexto", "smspartner", "messaggi"])
def test_html_error_page_is_a_server_error(mode: str, vendor: str) -> None:
    page = httpx.Response(
        502, text="<html><body><h1>502 Bad Gateway</h1></body></html>", headers={"Content-Type": "text/html"}
    )
    fake = FakeVendor({READ_ROUTE[vendor]: page})
    with pytest.raises(smsgate.ServerError) as raised:
        read(Unified(vendor, fake, mode, max_retries=0))
    assert raised.value.status_code == 502


def test_smspartner_validation_errors_name_the_fields() -> None:
    body = {
        "success": False,
        "code": 9,
        "errors": [{"elementId": "children[message].data", "message": "Le message est requis"}],
    }
    fake = FakeVendor({("POST", "/send"): answer(body)})
    with pytest.raises(smsgate.InvalidRequestError) as raised:
        Unified("smspartner", fake, "sync").send("0612345678")
    assert "children[message].data: Le message est requis" in str(raised.value)
    assert raised.value.vendor_code == "9"


def test_primotexto_partial_send_says_what_was_already_sent() -> None:
    fake = FakeVendor(
        {("POST", "/notification/messages/send"): [answer({"snapshotId": "1"}), answer({"code": 71}, status=402)]}
    )
    with pytest.raises(smsgate.InsufficientCreditError) as raised:
        Unified("primotexto", fake, "sync").send(["+33612345678", "+33651234567"])
    partial = raised.value.partial
    assert partial is not None
    assert partial.accepted == ["+33612345678"]
    assert partial.message_id == "1@+33612345678"
    assert "already accepted by the vendor, do not send again: +33612345678" in str(raised.value)
    assert "+33651234567" not in str(raised.value)
