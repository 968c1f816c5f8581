"""Helpers for the sandbox tests: requests built from the specs, answers checked against them."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import httpx
from smsgate._base.spec import VENDORS, raw_document, resolve_ref, vendor_spec
from smsgate._core import xml as _xml
from smsgate.sandbox import PREFIXES, Sandbox
from smsgate.sandbox._fallback import minimal_instance
from smsgate.sandbox._operations import SpecOperation, operations, validator


class ManualClock:
    """Epoch seconds that move only when a test says so."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def all_sandbox_operations() -> list[SpecOperation]:
    return [operation for vendor in VENDORS for operation in operations(vendor)]


def operation_name(operation: object) -> str:
    return f"{operation.vendor}.{operation.operation_id}" if isinstance(operation, SpecOperation) else str(operation)


def answer_schema_ref(operation: SpecOperation, status: int, media_type: str) -> str:
    """The schema an answer must fit: the declared one for its status, else the vendor's error shape."""
    responses = operation.raw["responses"]
    response = responses.get(str(status)) or (responses.get("default") if status >= 400 else None)
    if response is None:
        assert status >= 400, f"{operation_name(operation)} answered undeclared {status}"
        return "/components/schemas/ErrorResponse"
    media = resolve_ref(operation.document, response).get("content", {}).get(media_type)
    assert media is not None, f"{operation_name(operation)} {status}: no {media_type} declared"
    ref: str = media["schema"]["$ref"]
    return ref[1:]


def check_answer(operation: SpecOperation, response: httpx.Response) -> Any:
    """Assert the answer fits the spec (JSON, or SMS Partner XML read by its layout); return its payload."""
    content_type = response.headers.get("Content-Type", "")
    if not response.content:
        assert response.status_code < 300
        media = operation.response_media(str(response.status_code))
        assert media is None, f"{operation_name(operation)}: empty body where the spec declares one"
        return None
    if "xml" in content_type:
        layout = vendor_spec(operation.vendor).routes[operation.operation_id].xml_layout
        assert layout is not None
        ref = answer_schema_ref(operation, response.status_code, "application/xml")
        document = raw_document(operation.vendor)
        schema = resolve_ref(document, {"$ref": "#" + ref})
        payload = _xml.parse(response.content, layout, schema, lambda node: resolve_ref(document, node))
    else:
        assert "application/json" in content_type, content_type
        payload = json.loads(response.content)
        ref = answer_schema_ref(operation, response.status_code, "application/json")
    errors = [error.message for error in validator(operation.vendor, ref).iter_errors(payload)]
    assert not errors, f"{operation_name(operation)} {response.status_code}: {errors[:3]} in {payload!r}"
    return payload


def auth(vendor: str, key: str, operation: SpecOperation) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(headers, query, body members) carrying ``key`` where the vendor's spec wants it."""
    spec = vendor_spec(vendor)
    if operation.body_auth:
        return {}, {}, {operation.body_auth: key}
    if spec.bearer:
        return {"Authorization": f"Bearer {key}"}, {}, {}
    if spec.header_auth:
        return {spec.header_auth: key}, {}, {}
    return {}, {str(spec.query_auth): key}, {}


def parameter_value(operation: SpecOperation, name: str, schema: dict[str, Any], known: dict[str, str]) -> str:
    if name in known:
        return known[name]
    schema = resolve_ref(operation.document, schema)
    value = schema.get("example", (schema.get("enum") or [None])[0])
    if value is None:
        value = minimal_instance(operation.document, schema) or "1"
    return str(value).lower() if isinstance(value, bool) else str(value)


def request_example(operation: SpecOperation) -> Any:
    """The request body the spec documents for the operation, else the smallest valid one."""
    document = raw_document(operation.vendor)
    body = operation.raw.get("requestBody")
    if body is None:
        return None
    media = resolve_ref(document, body)["content"]["application/json"]
    for example in (media.get("examples") or {}).values():
        if not example.get("x-smsgate-invalid"):
            return example["value"]
    return minimal_instance(document, media["schema"])


def build_request(
    operation: SpecOperation,
    *,
    key: str | None,
    known: dict[str, str] | None = None,
    drop: str | None = None,
    body: Any = None,
    extra_query: dict[str, str] | None = None,
) -> httpx.Request:
    """A request for the operation: every required parameter (minus ``drop``), the key (unless None)."""
    known = known or {}
    headers, query, body_members = auth(operation.vendor, key, operation) if key is not None else ({}, {}, {})
    path = operation.template
    for parameter in operation.parameters:
        if parameter.location == "path":
            value = parameter_value(operation, parameter.name, parameter.schema, known)
            path = path.replace("{" + parameter.name + "}", quote(value, safe=""))
        elif parameter.required and parameter.name != drop:
            query[parameter.name] = parameter_value(operation, parameter.name, parameter.schema, known)
    query.update(extra_query or {})
    payload = request_example(operation) if body is None else body
    if isinstance(payload, dict):
        payload = {**payload, **body_members}
        if key is None and operation.body_auth:
            payload.pop(operation.body_auth, None)
        if drop is not None:
            payload.pop(drop, None)
    content = None if payload is None else json.dumps(payload).encode()
    if content is not None:
        headers["Content-Type"] = "application/json"
    url = httpx.URL("http://sandbox.invalid" + PREFIXES[operation.vendor] + path, params=query)
    return httpx.Request(operation.method, url, headers=headers, content=content)


def ask(sandbox: Sandbox, request: httpx.Request) -> httpx.Response:
    response = sandbox.handle(request)
    response.read()
    return response
