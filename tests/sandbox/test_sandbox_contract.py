"""Every operation of every spec: the sandbox's answers, success and errors, fit the spec's schemas."""

from __future__ import annotations

from typing import Any

import pytest
from smsgate._base.spec import raw_document, resolve_ref, vendor_spec
from smsgate._core import xml as _xml
from smsgate.sandbox import Sandbox
from smsgate.sandbox._operations import SpecOperation
from smsgate.sandbox._xmlwrite import render_xml

from tests.sandbox_support import (
    all_sandbox_operations,
    ask,
    build_request,
    check_answer,
    operation_name,
    request_example,
)
from tests.support import spec_by_vendor

OPERATIONS = all_sandbox_operations()
SENDERS = {
    "primotexto": ("send_message", {"type": "notification"}),
    "smspartner": ("send_sms", {}),
    "messaggi": ("send_message", {}),
    "messaggi_v2": ("send_it_message", {}),
}


def _operation(vendor: str, operation_id: str) -> SpecOperation:
    return next(op for op in OPERATIONS if op.vendor == vendor and op.operation_id == operation_id)


@pytest.fixture
def sandbox_with_message(request: pytest.FixtureRequest) -> tuple[Sandbox, dict[str, str]]:
    """A sandbox holding one sent message per vendor, and the ids to address it."""
    sandbox = Sandbox()
    known: dict[str, str] = {}
    for vendor, (operation_id, path) in SENDERS.items():
        response = ask(
            sandbox, build_request(_operation(vendor, operation_id), key=sandbox.api_keys[vendor], known=path)
        )
        payload = check_answer(_operation(vendor, operation_id), response)
        assert response.status_code in (200, 201), payload
        if vendor == "primotexto":
            known["snapshotId"] = str(payload["snapshotId"])
        elif vendor == "smspartner":
            known["messageId"] = str(payload["message_id"])
        elif vendor == "messaggi":
            known["id"] = payload["data"][0]["id"]
        else:  # v2's ids also fill a path parameter named `id`: kept apart, used for its operations
            known["v2_id"] = payload["data"]["id"]
    return sandbox, known


def test_the_stateful_answers_of_the_documented_send_requests_fit(
    sandbox_with_message: tuple[Sandbox, dict[str, str]],
) -> None:
    _, known = sandbox_with_message
    assert set(known) == {"snapshotId", "messageId", "id", "v2_id"}


@pytest.mark.parametrize("operation", OPERATIONS, ids=operation_name)
def test_happy_path_answer_fits_the_spec(
    operation: SpecOperation, sandbox_with_message: tuple[Sandbox, dict[str, str]]
) -> None:
    sandbox, known = sandbox_with_message
    known = {**known, "type": "notification", "phoneNumber": "+33612345678", "number": "+39-3491234567"}
    if operation.vendor == "smspartner" and "phoneNumber" in {p.name for p in operation.parameters}:
        known["phoneNumber"] = "0612345678"
    if operation.vendor == "messaggi_v2":
        known["id"] = known["v2_id"]
    response = ask(sandbox, build_request(operation, key=sandbox.api_keys[operation.vendor], known=known))
    assert response.status_code < 500
    check_answer(operation, response)


@pytest.mark.parametrize("operation", OPERATIONS, ids=operation_name)
def test_bad_and_missing_keys_answer_the_vendors_error_shape(operation: SpecOperation) -> None:
    sandbox = Sandbox()
    for key in ("wrong-key", None):
        response = ask(sandbox, build_request(operation, key=key, known={"type": "notification"}))
        payload = check_answer(operation, response)
        if operation.vendor == "smspartner":
            assert (response.status_code, payload["success"]) == (200, False)
            # A code that means a key problem on this operation (its own table first): never one the
            # operation gives another meaning (1 is "groupId required" on /contact/*, the key is 10).
            code = str(payload["code"])
            assert vendor_spec("smspartner").error_class_name(operation.operation_id, code) == "AuthenticationError"
            assert code in ("1", "2", "10")
        else:
            assert response.status_code == 401
    assert sandbox.sends_received() == 0


REQUIRED = [
    (op, parameter.name)
    for op in OPERATIONS
    for parameter in op.parameters
    if parameter.required and parameter.location == "query"
] + [
    (op, name)
    for op in OPERATIONS
    if op.body_pointer
    for name in resolve_ref(op.document, {"$ref": "#" + op.body_pointer}).get("required", [])
    if name != op.body_auth
]


@pytest.mark.parametrize(
    ("operation", "name"), REQUIRED, ids=lambda p: operation_name(p) if not isinstance(p, str) else p
)
def test_a_missing_required_parameter_answers_the_vendors_error_shape(operation: SpecOperation, name: str) -> None:
    sandbox = Sandbox()
    request = build_request(
        operation, key=sandbox.api_keys[operation.vendor], known={"type": "notification"}, drop=name
    )
    response = ask(sandbox, request)
    payload = check_answer(operation, response)
    assert response.status_code in (200, 400, 422)
    # SMS Partner says it with HTTP 200 and `success: false`; the others with the status.
    assert payload.get("success") is False or response.status_code in (400, 422)
    assert sandbox.sends_received() == 0


@pytest.mark.parametrize(
    "operation",
    [op for op in OPERATIONS if vendor_spec(op.vendor).routes[op.operation_id].xml_layout],
    ids=operation_name,
)
def test_xml_answers_read_back_as_the_json_answer(
    operation: SpecOperation, sandbox_with_message: tuple[Sandbox, dict[str, str]]
) -> None:
    sandbox, known = sandbox_with_message
    key = sandbox.api_keys["smspartner"]
    known = {**known, "phoneNumber": "0612345678"}
    as_json = check_answer(operation, ask(sandbox, build_request(operation, key=key, known=known)))
    if operation.method == "GET":
        xml_request = build_request(operation, key=key, known=known, extra_query={"_format": "xml"})
    else:
        xml_request = build_request(
            operation, key=key, known=known, body={**request_example(operation), "_format": "xml"}
        )
    as_xml_response = ask(sandbox, xml_request)
    assert "xml" in as_xml_response.headers["Content-Type"]
    as_xml = check_answer(operation, as_xml_response)
    if operation.method == "GET":  # a second send gets a new id; a read must give the same answer
        # XML has no types: "308" in a string-or-integer field reads back as 308, as the client reads it.
        assert _as_text(as_xml) == _as_text(as_json)


def _as_text(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    return value if isinstance(value, bool) else str(value)


@pytest.mark.parametrize("vendor", ["smspartner"])
def test_the_xml_writer_is_the_inverse_of_the_reader_on_every_documented_example(vendor: str) -> None:
    document = raw_document(vendor)
    checked = 0
    for example in spec_by_vendor(vendor).examples():
        if example.media_type != "application/json" or example.location == "request" or example.invalid_reason:
            continue
        layout = vendor_spec(vendor).routes[example.operation.operation_id].xml_layout
        if layout is None or not isinstance(example.value, dict):
            continue
        schema = resolve_ref(document, example.media["schema"])
        written = render_xml(example.value, layout)
        read = _xml.parse(written, layout, schema, lambda node: resolve_ref(document, node))
        assert render_xml(read, layout) == written
        checked += 1
    assert checked >= 8
