"""Every example of every spec parses through the generated models without loss."""

from __future__ import annotations

import importlib
import json
import typing
import xml.etree.ElementTree as ElementTree
from typing import Any

import httpx
import pytest

from generator.specs import Example
from tests.support import all_specs, operation_modules

JSON_EXAMPLES = [
    (spec.vendor, example)
    for spec in all_specs()
    for example in spec.examples()
    if example.media_type == "application/json" and not example.invalid_reason and not example.operation.webhook
]
# What a vendor posts to the customer (JSON or form fields): parsed by the payload's generated model.
WEBHOOK_EXAMPLES = [
    (spec.vendor, example)
    for spec in all_specs()
    for example in spec.examples()
    if example.operation.webhook and not example.invalid_reason
]
XML_EXAMPLES = [
    (spec.vendor, example) for spec in all_specs() for example in spec.examples() if "xml" in example.media_type
]


def _id(case: tuple[str, Example]) -> str:
    vendor, example = case
    return f"{vendor}.{example.operation.operation_id}-{example.location}-{example.name}"


def _round_trip(parsed: Any) -> Any:
    """What the generated model gives back: to_dict() for models, lists of them, or plain JSON."""
    if isinstance(parsed, list):
        return [_round_trip(item) for item in parsed]
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    return parsed


def _body_model(module: Any) -> Any:
    hint = typing.get_type_hints(module._get_kwargs)["body"]
    members = typing.get_args(hint) or (hint,)
    return next(member for member in members if hasattr(member, "from_dict"))


def _client(vendor: str) -> Any:
    return importlib.import_module(f"_smsgate_generated.{vendor}.client").Client(base_url="https://example.invalid")


@pytest.mark.parametrize("case", JSON_EXAMPLES, ids=_id)
def test_json_example_parses_without_loss(case: tuple[str, Example]) -> None:
    vendor, example = case
    module = operation_modules(vendor)[example.operation.operation_id]
    if example.location == "request":
        assert _body_model(module).from_dict(example.value).to_dict() == example.value
        return
    # "default" responses are parsed for any undeclared status; 599 stands for "any".
    status = 599 if example.location == "default" else int(example.location)
    response = httpx.Response(status, content=json.dumps(example.value).encode())
    parsed = module._parse_response(client=_client(vendor), response=response)
    assert parsed is not None, f"the generated parser ignored a documented {example.location} response"
    assert _round_trip(parsed) == example.value


@pytest.mark.parametrize("case", WEBHOOK_EXAMPLES, ids=_id)
def test_webhook_example_parses_into_its_payload_model_without_loss(case: tuple[str, Example]) -> None:
    vendor, example = case
    schema_name = example.media["schema"]["$ref"].rsplit("/", 1)[-1]
    model = getattr(importlib.import_module(f"_smsgate_generated.{vendor}.models"), schema_name)
    assert model.from_dict(example.value).to_dict() == example.value


@pytest.mark.parametrize("case", XML_EXAMPLES, ids=_id)
def test_xml_example_is_a_result_document(case: tuple[str, Example]) -> None:
    # The positional XML parser belongs to the override layer; here the vectors themselves are checked.
    _, example = case
    root = ElementTree.fromstring(example.value.strip())
    assert root.tag == example.media.get("x-smsgate-xml", {}).get("root", "result")
    assert len(root) > 0


def test_every_vendor_has_examples() -> None:
    assert {vendor for vendor, _ in JSON_EXAMPLES} == {spec.vendor for spec in all_specs()}
