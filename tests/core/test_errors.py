"""Every documented vendor error code and HTTP status becomes the right smsgate error."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
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


# -- a caller's own mistake is not a vendor's answer ---------------------------------------------------

MISTAKES: list[tuple[str, dict[str, Any], str]] = [
    # (id, the send's arguments, what the message says)
    ("to-42", {"to": 42}, "to must be a phone number"),
    ("no-recipient", {"to": []}, "no recipient given"),
    ("empty-text", {"to": "+33612345678", "text": "   "}, "the message text is empty"),
    ("text-bytes", {"to": "+33612345678", "text": b"hi"}, "must be a str"),
    ("not-a-number", {"to": "not a number"}, "is not a phone number"),
    ("unknown-option", {"to": "+33612345678", "priority": 1}, "unknown option"),
    ("dry-run-yes", {"to": "+33612345678", "dry_run": "yes"}, "dry_run must be True or False"),
]


def handled(call: Callable[[], object]) -> str:
    """Which branch of a caller's usual handler an outcome reaches."""
    try:
        call()
    except smsgate.APIError:
        return "the vendor said no"
    except ValueError:
        return "a bad argument"
    return "sent"


def _observed(error: BaseException) -> None:
    """What a user of smsgate sees of a local mistake."""
    assert type(error) is smsgate.InvalidArgumentError, f"{type(error).__name__}: {error}"
    assert isinstance(error, ValueError)
    assert isinstance(error, smsgate.ClientUsageError)
    assert isinstance(error, smsgate.SmsGateError)
    assert not isinstance(error, smsgate.APIError)
    assert not isinstance(error, smsgate.InvalidRequestError)
    assert error.status_code is None


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("send", "says"), [m[1:] for m in MISTAKES], ids=[m[0] for m in MISTAKES])
def test_a_callers_mistake_is_an_invalid_argument_error_and_sends_nothing(
    mode: str, send: dict[str, Any], says: str
) -> None:
    fake = FakeVendor()
    client = Unified("smspartner", fake, mode)
    assert handled(lambda: client.send(**send)) == "a bad argument"
    with pytest.raises(ValueError, match=re.escape(says)) as raised:  # as any bad argument in Python
        client.send(**send)
    _observed(raised.value)
    assert getattr(raised.value, "vendor", None) == "smspartner"
    assert fake.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_a_bad_constructor_or_status_argument_is_an_invalid_argument_error(mode: str) -> None:
    with pytest.raises(smsgate.InvalidArgumentError, match="timeout must be a positive number") as raised:
        smsgate.Client("smspartner", api_key="k", timeout="x")  # type: ignore[arg-type]
    _observed(raised.value)
    assert raised.value.vendor == "smspartner"
    with pytest.raises(smsgate.InvalidArgumentError, match="unknown vendor"):
        smsgate.Client("twilio", api_key="k")
    fake = FakeVendor()
    client = Unified("primotexto", fake, mode)
    with pytest.raises(ValueError, match="status\\(\\) needs a message_id") as status:
        client.status()
    _observed(status.value)
    with pytest.raises(ValueError, match="must be a string"):
        client.status(["1"])  # type: ignore[arg-type]
    assert fake.requests == []


def test_the_sandbox_sees_no_request_for_a_mistake_nor_for_a_vendors_rule() -> None:
    from smsgate.testing import sandbox_client

    with sandbox_client("smspartner") as client:
        with pytest.raises(smsgate.InvalidArgumentError):
            client.send("+33612345678", "")
        with pytest.raises(smsgate.InvalidArgumentError):  # a failover says the same of a number that does not parse
            smsgate.FailoverClient([client]).send("not a number", "Bonjour")
        with pytest.raises(smsgate.InvalidRequestError) as rule:
            client.send("+33612345678", "Bonjour", sender="ABCDEFGHIJKLMNOPQ")
        assert client.sandbox.sends_received() == 0
    assert not isinstance(rule.value, smsgate.InvalidArgumentError | ValueError)


@pytest.mark.parametrize("mode", MODES)
def test_a_vendors_rule_checked_before_sending_is_still_an_invalid_request_error(mode: str) -> None:
    fake = FakeVendor()
    client = Unified("smspartner", fake, mode)
    assert handled(lambda: client.send("+33612345678", sender="ABCDEFGHIJKLMNOPQ")) == "the vendor said no"
    with pytest.raises(smsgate.APIError) as raised:  # SMS Partner takes senders of 3 to 11 characters
        client.send("+33612345678", sender="ABCDEFGHIJKLMNOPQ")
    error = raised.value
    assert type(error) is smsgate.InvalidRequestError
    assert not isinstance(error, smsgate.ClientUsageError | ValueError)
    assert (error.rule, error.vendor, error.status_code) == ("sender", "smspartner", None)
    with pytest.raises(smsgate.InvalidRequestError, match="5-minute"):  # the vendor's schedule grid
        client.send("+33612345678", scheduled_at=datetime(2031, 7, 14, 8, 31, tzinfo=UTC))
    with pytest.raises(smsgate.UnsupportedOperationError):  # an APIError too: the vendor has no such call
        Unified("primotexto", fake, mode).cancel("1")
    assert fake.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_a_vendors_4xx_refusal_is_still_an_invalid_request_error(mode: str) -> None:
    fake = FakeVendor(
        {("POST", "/notification/messages/send"): answer({"code": 11, "error": "invalid phone number"}, status=400)}
    )
    with pytest.raises(smsgate.APIError) as raised:
        Unified("primotexto", fake, mode, max_retries=0).send("+33612345678")
    error = raised.value
    assert type(error) is smsgate.InvalidRequestError
    assert not isinstance(error, smsgate.ClientUsageError | ValueError)
    assert (error.vendor, error.status_code, error.vendor_code) == ("primotexto", 400, "11")
    assert len(fake.requests) == 1


def test_a_bad_argument_keeps_the_command_lines_exit_code_4() -> None:
    from smsgate._cli import exit_codes

    assert exit_codes.exit_code_for(smsgate.InvalidArgumentError("x")) == 4
    assert exit_codes.exit_code_for(smsgate.InvalidRequestError("x")) == 4
    assert exit_codes.exit_code_for(smsgate.ClientUsageError("x")) == 16


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("vendor", ["smspartner", "messaggi", "messaggi_v2"])
def test_a_bad_number_is_said_before_the_vendors_need_of_a_message_id(mode: str, vendor: str) -> None:
    """Two problems at once: the caller's own (a number with an extension) comes first; alone, the
    vendor's (no status by number alone) is an InvalidRequestError."""
    fake = FakeVendor()
    client = Unified(vendor, fake, mode)
    with pytest.raises(smsgate.InvalidArgumentError, match="extension"):
        client.status(None, phone_number="+33612345678;ext=1")
    with pytest.raises(smsgate.InvalidRequestError, match="needs the message_id") as raised:
        client.status(None, phone_number="+393491234567")
    assert not isinstance(raised.value, ValueError)
    assert fake.requests == []
