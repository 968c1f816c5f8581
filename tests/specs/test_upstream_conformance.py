"""Our corrected Messaggi specs (v1 and v2) against the vendor's official files.

Every upstream operation must exist in our spec with the same path, method and compatible
parameters, and every upstream example must validate against our corrected schemas, unless it is
listed in x-smsgate-upstream-example-defects: the answers' examples, and the examples the
upstream gives on single properties of its component schemas (v2 documents no whole payload).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.specs import HTTP_METHODS, Spec
from generator.upstream import MIRROR_ENV, Upstream, declared_upstreams, locate, verify
from tests.support import spec_by_vendor

UPSTREAMS = declared_upstreams()


def _upstream_document(upstream: Upstream) -> dict[str, Any]:
    path = locate(upstream)
    if path is None:
        pytest.skip(
            f"no copy of {upstream.url}: run `nox -s fetch_upstream` (or set {MIRROR_ENV} to a folder holding "
            f"{upstream.file_name})"
        )
    verify(upstream, path)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _upstream_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    return [
        (path, method, item[method], item)
        for path, item in document["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def test_both_messaggi_upstreams_are_declared_and_share_the_mirror_naming() -> None:
    declared = {u.vendor: u for u in UPSTREAMS}
    assert sorted(declared) == ["messaggi", "messaggi_v2"]
    v1, v2 = declared["messaggi"], declared["messaggi_v2"]
    assert v1.url == "https://console.openapi.com/oas/en/gatewaysms.openapi.json"
    assert v1.sha256 == "66910f38e4c9d459cecb9faf293e91c97ebc398252425811f37734079e0deec5"
    assert v2.url == "https://console.openapi.com/oas/en/smsv2.openapi.json"
    assert v2.sha256 == "b93dcffde3928b378645f0bd28ec0b17a4d97034158922681af65871ada94565"
    # The names of the files in the offline mirror (../shared/vendor-specs) and in .cache/upstream.
    assert (v1.file_name, v2.file_name) == ("messaggi-gatewaysms.openapi.json", "messaggi-smsv2.openapi.json")


@pytest.mark.parametrize("upstream", UPSTREAMS, ids=lambda u: u.vendor)
def test_every_upstream_operation_exists_with_compatible_parameters(upstream: Upstream) -> None:
    document = _upstream_document(upstream)
    ours = spec_by_vendor(upstream.vendor)
    our_operations = {(o.path, o.method): o for o in ours.operations()}
    for path, method, operation, item in _upstream_operations(document):
        assert (path, method) in our_operations, f"upstream {method.upper()} {path} is missing from our spec"
        mine = our_operations[(path, method)]
        our_parameters = {(p["name"], p["in"]): p for p in ours.parameters(mine)}
        for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
            key = (parameter["name"], parameter["in"])
            assert key in our_parameters, f"upstream parameter {key} of {method.upper()} {path} is missing"
            if parameter.get("required"):
                assert our_parameters[key].get("required"), f"{key} of {method.upper()} {path} must stay required"
            upstream_type = parameter.get("schema", {}).get("type")
            our_type = ours.resolve(our_parameters[key].get("schema", {})).get("type")
            assert upstream_type in (None, our_type) or (isinstance(our_type, list) and upstream_type in our_type)
        # Nothing required on our side that upstream callers would not send (except declared fixes).
        upstream_keys = {(p["name"], p["in"]) for p in [*item.get("parameters", []), *operation.get("parameters", [])]}
        for key, parameter in our_parameters.items():
            if parameter.get("required") and key not in upstream_keys:
                assert key[1] == "path", f"{key} of {method.upper()} {path} is required by us only"


def _upstream_examples(document: dict[str, Any]) -> list[tuple[str, str, str, str, Any]]:
    """(method, path, status, example name, value) of every upstream response example."""
    found = []
    for path, method, operation, _ in _upstream_operations(document):
        for status, response in operation.get("responses", {}).items():
            for media in response.get("content", {}).values():
                if "example" in media:
                    found.append((method.upper(), path, status, "example", media["example"]))
                for name, example in (media.get("examples") or {}).items():
                    found.append((method.upper(), path, status, name, example.get("value")))
    return found


@pytest.mark.parametrize("upstream", UPSTREAMS, ids=lambda u: u.vendor)
def test_every_upstream_example_validates_against_our_schemas(upstream: Upstream) -> None:
    document = _upstream_document(upstream)
    ours: Spec = spec_by_vendor(upstream.vendor)
    listed: dict[str, str] = ours.document.get("x-smsgate-upstream-example-defects", {})
    examples = _upstream_examples(document)
    assert examples, "the upstream file has no response example: did its layout change?"
    failures = []
    for method, path, status, name, value in examples:
        key = f"{method} {path} {status} {name}"
        operation = next(o for o in ours.operations() if o.path == path and o.method == method.lower())
        response = operation.operation["responses"].get(status)
        assert response is not None, f"{key}: our spec does not declare status {status}"
        escaped_path = path.replace("~", "~0").replace("/", "~1")
        holder = f"/paths/{escaped_path}/{method.lower()}/responses/{status}"
        if "$ref" in response:  # a shared response (components.responses)
            holder = response["$ref"][1:]
        pointer = f"{holder}/content/application~1json/schema"
        errors = list(ours.validator(pointer).iter_errors(value))
        if errors and key not in listed:
            failures.append(f"{key}: {errors[0].message}")
        if not errors and key in listed:
            failures.append(f"{key}: listed as defect {listed[key]} but validates; remove it from the list")
    assert not failures, "\n".join(failures)


def _upstream_property_examples(document: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(component schema, property, value) of every example the upstream gives on a property."""
    found = []
    for schema_name, schema in document.get("components", {}).get("schemas", {}).items():
        for name, prop in schema.get("properties", {}).items():
            if "example" in prop:
                found.append((schema_name, name, prop["example"]))
            for value in prop.get("examples", []) if isinstance(prop.get("examples"), list) else []:
                found.append((schema_name, name, value))
    return found


@pytest.mark.parametrize("upstream", UPSTREAMS, ids=lambda u: u.vendor)
def test_every_upstream_property_example_validates_against_our_same_property(upstream: Upstream) -> None:
    document = _upstream_document(upstream)
    ours: Spec = spec_by_vendor(upstream.vendor)
    examples = _upstream_property_examples(document)
    schemas = ours.document["components"]["schemas"]
    failures = []
    for schema_name, name, value in examples:
        if schema_name not in schemas:
            continue  # a component we renamed (v1 D37): its payload examples are checked above
        assert name in schemas[schema_name].get("properties", {}), f"{schema_name}.{name} is missing from our spec"
        pointer = f"/components/schemas/{schema_name}/properties/{name}"
        errors = list(ours.validator(pointer).iter_errors(value))
        if errors:
            failures.append(f"{schema_name}.{name} example {value!r}: {errors[0].message}")
    assert not failures, "\n".join(failures)


def test_every_upstream_v2_property_example_is_kept_on_our_property() -> None:
    """v2's only examples are on properties: each is kept on ours, so that it stays a test vector."""
    upstream = next(u for u in UPSTREAMS if u.vendor == "messaggi_v2")
    document = _upstream_document(upstream)
    schemas = spec_by_vendor("messaggi_v2").document["components"]["schemas"]
    missing = [
        f"{schema_name}.{name}: {value!r}"
        for schema_name, name, value in _upstream_property_examples(document)
        if value not in schemas[schema_name]["properties"][name].get("examples", [])
    ]
    assert not missing, "upstream examples not kept: " + ", ".join(missing)
