"""Facts about the specs themselves that the rest of smsgate relies on."""

from __future__ import annotations

import copy

import pytest
from smsgate._base.spec import VENDORS

from generator.specs import UNIFIED_STATES, Spec, check_spec
from tests.support import all_specs, spec_by_vendor

# Lower bounds from the reference: about 30, 35 and 7 operations; v2 has the upstream file's 6.
MINIMUM_OPERATIONS = {"primotexto": 25, "smspartner": 30, "messaggi": 7, "messaggi_v2": 6}
AUTH = {
    "primotexto": {"type": "apiKey", "in": "header", "name": "X-Primotexto-ApiKey"},
    "smspartner": {"type": "apiKey", "in": "query", "name": "apiKey"},
    "messaggi": {"type": "http", "scheme": "bearer"},
    "messaggi_v2": {"type": "http", "scheme": "bearer"},
}


def test_every_vendor_is_specified_and_the_runtime_lists_them_all() -> None:
    assert sorted(spec.vendor for spec in all_specs()) == ["messaggi", "messaggi_v2", "primotexto", "smspartner"]
    assert sorted(VENDORS) == sorted(spec.vendor for spec in all_specs())


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
    if spec.vendor == "messaggi_v2":
        # v2 documents no code for a missing credit (defect V18): its 402 status says it.
        assert "402" in next(d["note"] for d in spec.document["info"]["x-smsgate-defects"] if d["id"] == "V18")
    else:
        assert "InsufficientCreditError" in {entry["error"] for entry in codes.values()}


def test_messaggi_v2_defects_are_numbered_and_each_says_why() -> None:
    defects = spec_by_vendor("messaggi_v2").document["info"]["x-smsgate-defects"]
    assert [d["id"] for d in defects] == [f"V{n}" for n in range(1, len(defects) + 1)]
    assert all(isinstance(d["fixed"], bool) and d["note"] for d in defects)
    marked = set()

    def collect(node: object) -> None:
        if isinstance(node, dict):
            mark = node.get("x-smsgate-defect")
            marked.update(mark if isinstance(mark, list) else [mark] if mark else [])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(spec_by_vendor("messaggi_v2").document)
    # Every fixed defect is marked where it is fixed (V14: the examples themselves; V16: the state table).
    fixed = {d["id"] for d in defects if d["fixed"]}
    assert fixed - marked <= {"V14"}, sorted(fixed - marked)
    assert marked <= {d["id"] for d in defects}


def test_messaggi_v2_send_routes_cover_every_region_once() -> None:
    routes = {
        operation.operation_id: operation.operation.get("x-smsgate-send-regions")
        for operation in spec_by_vendor("messaggi_v2").operations()
    }
    assert routes == {
        "send_ww_message": ["*"],
        "send_it_message": ["IT"],
        "send_es_message": ["ES"],
        "send_otp": None,
        "list_messages": None,
        "get_message": None,
    }


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


@pytest.mark.parametrize(
    ("operation_path", "regions"),
    [("/messages", ["IT"]), ("/IT-messages", ["Italy"]), ("/IT-messages", []), ("/IT-messages", "IT")],
    ids=["on-a-read", "not-a-code", "empty", "not-a-list"],
)
def test_the_generator_refuses_a_bad_send_regions_table(operation_path: str, regions: object) -> None:
    original = spec_by_vendor("messaggi_v2")
    document = copy.deepcopy(original.document)
    method = "get" if operation_path == "/messages" else "post"
    document["paths"][operation_path][method]["x-smsgate-send-regions"] = regions
    problems = check_spec(Spec(original.path, original.vendor, document))
    assert any("x-smsgate-send-regions" in problem for problem in problems), problems
