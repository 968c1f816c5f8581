"""Facts about the specs themselves that the rest of smsgate relies on."""

from __future__ import annotations

import pytest

from generator.specs import UNIFIED_STATES, Spec
from tests.support import all_specs, spec_by_vendor

# Lower bounds from the reference: about 30, 35 and 7 operations.
MINIMUM_OPERATIONS = {"primotexto": 25, "smspartner": 30, "messaggi": 7}
AUTH = {
    "primotexto": {"type": "apiKey", "in": "header", "name": "X-Primotexto-ApiKey"},
    "smspartner": {"type": "apiKey", "in": "query", "name": "apiKey"},
    "messaggi": {"type": "http", "scheme": "bearer"},
}


def test_the_three_vendors_are_specified() -> None:
    assert sorted(spec.vendor for spec in all_specs()) == ["messaggi", "primotexto", "smspartner"]


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_operation_count(spec: Spec) -> None:
    assert len(list(spec.operations())) >= MINIMUM_OPERATIONS[spec.vendor]


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_global_auth_is_the_vendors_real_one(spec: Spec) -> None:
    schemes = spec.document["components"]["securitySchemes"]
    (requirement,) = spec.document["security"]
    (name,) = requirement
    assert {k: v for k, v in schemes[name].items() if k in AUTH[spec.vendor]} == AUTH[spec.vendor]


def test_smspartner_body_auth_is_declared_on_every_write() -> None:
    spec = spec_by_vendor("smspartner")
    for operation in spec.operations():
        if operation.method in ("post", "put", "delete") and "requestBody" in operation.operation:
            assert operation.operation.get("security") == [], operation.where
            assert operation.operation.get("x-smsgate-auth") == {"in": "body", "name": "apiKey"}, operation.where
            schema = spec.resolve(operation.operation["requestBody"]["content"]["application/json"]["schema"])
            assert "apiKey" in schema.get("required", []), operation.where


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_servers_production_first(spec: Spec) -> None:
    servers = spec.document["servers"]
    assert servers[0]["description"].lower() == "production"
    assert servers[0]["url"].startswith("https://")


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_delivery_state_tables_are_declared(spec: Spec) -> None:
    tables = spec.document["x-smsgate-delivery-states"]
    words = {word: entry for table in tables.values() for word, entry in table["states"].items()}
    assert words
    assert {entry["state"] for entry in words.values()} <= UNIFIED_STATES
    assert any(entry["state"] == "delivered" and entry["final"] for entry in words.values())


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_error_code_tables_are_declared(spec: Spec) -> None:
    codes = spec.document["x-smsgate-error-codes"]
    assert codes
    assert all(code.isdigit() for code in codes)
    assert "InsufficientCreditError" in {entry["error"] for entry in codes.values()}


def test_messaggi_defects_are_all_accounted_for() -> None:
    defects = spec_by_vendor("messaggi").document["info"]["x-smsgate-defects"]
    assert sorted(int(d["id"].removeprefix("D")) for d in defects) == list(range(1, 38))
    assert all(d["fixed"] or d["note"] for d in defects)


def test_smspartner_xml_orders_are_declared() -> None:
    spec = spec_by_vendor("smspartner")
    with_order = {
        operation.operation_id
        for operation in spec.operations()
        for response in operation.operation["responses"].values()
        if "x-smsgate-xml" in spec.resolve(response).get("content", {}).get("application/xml", {})
    }
    # The answers whose XML rendering the vendor documents (reference section 7.5).
    assert with_order == {"get_credits", "send_sms", "send_bulk_sms", "get_message_status", "get_bulk_status"}


@pytest.mark.parametrize("spec", all_specs(), ids=lambda s: s.vendor)
def test_left_out_operations_give_a_reason(spec: Spec) -> None:
    for entry in spec.document["info"].get("x-smsgate-left-out", []):
        assert entry["operation"]
        assert len(entry["reason"]) > 10
