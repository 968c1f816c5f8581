"""Every generated operation sends the method, path, query, headers and body its spec says."""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import re
import types
import typing
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import httpx
import pytest

from generator.specs import Operation, Spec
from tests.support import all_operations, left_out_by_query_rule, operation_id, operation_modules

API_KEY = "test-key-4c0ffee"
BASE_URL_HOST = "https://gateway.invalid"
OPERATIONS = all_operations()
# Identifiers that break naive URL building: each must arrive encoded exactly once.
AWKWARD_IDENTIFIERS = ["+33 6%20/é", "a..b", "../etc/passwd", "100%", "x?y#z", "ä+ß"]


def _normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _unwrap(hint: Any) -> Any:
    """The concrete type inside `X | Unset | None`."""
    members = [m for m in typing.get_args(hint) if m is not type(None) and getattr(m, "__name__", "") != "Unset"]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return members[0] if members else hint
    return hint


def _sample(schema: dict[str, Any], spec: Spec, hint: Any, string: str) -> tuple[Any, Any]:
    """(value to pass to the generated function, value expected on the wire) for one parameter."""
    schema = spec.resolve(schema)
    concrete = _unwrap(hint)
    if "enum" in schema:
        wire = schema["enum"][0]
        return (concrete(wire) if inspect.isclass(concrete) and issubclass(concrete, enum.Enum) else wire), wire
    kind = schema.get("type", "string")
    kind = next((k for k in kind if k != "null"), "string") if isinstance(kind, list) else kind
    if kind == "integer":
        return 7, "7"
    if kind == "number":
        return 1.5, "1.5"
    if kind == "boolean":
        return True, "true"
    if kind == "array":
        value, wire = _sample(
            schema.get("items", {}), spec, typing.get_args(concrete)[0] if typing.get_args(concrete) else str, string
        )
        return [value], [wire]
    return string, string


def _arguments(
    spec: Spec, operation: Operation, module: Any, path_value: str, query_value: str
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Generated-function kwargs, the expected path values and the expected query values."""
    signature = inspect.signature(module._get_kwargs)
    hints = typing.get_type_hints(module._get_kwargs)
    by_name = {_normalise(name): name for name in signature.parameters}
    kwargs: dict[str, Any] = {}
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for parameter in spec.parameters(operation):
        python_name = by_name.get(_normalise(parameter["name"]))
        assert python_name, (
            f"{operation.where}: no argument for parameter {parameter['name']!r} in {list(signature.parameters)}"
        )
        string = path_value if parameter["in"] == "path" else query_value
        value, wire = _sample(parameter.get("schema", {}), spec, hints[python_name], string)
        kwargs[python_name] = value
        if parameter["in"] == "path":
            path[parameter["name"]] = wire
        elif parameter["in"] == "query":
            query[parameter["name"]] = wire
    for name in left_out_by_query_rule(operation, query):
        del query[name], kwargs[by_name[_normalise(name)]]
    return kwargs, path, query


def _request_body(spec: Spec, operation: Operation, module: Any) -> tuple[Any, Any] | None:
    request_body = operation.operation.get("requestBody")
    if not request_body:
        return None
    media = request_body["content"]["application/json"]
    examples = [e for e in (media.get("examples") or {}).values() if not e.get("x-smsgate-invalid")]
    # Where the vendor documents no request payload, send the smallest body the schema allows.
    value = examples[0]["value"] if examples else _minimal(spec, media["schema"])
    hint = typing.get_type_hints(module._get_kwargs)["body"]
    model = next(m for m in (typing.get_args(hint) or (hint,)) if hasattr(m, "from_dict"))
    return model.from_dict(value), value


def _minimal(spec: Spec, schema: dict[str, Any]) -> Any:
    schema = spec.resolve(schema)
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            return _minimal(spec, schema[keyword][0])
    kind = schema.get("type", "object")
    kind = next(k for k in kind if k != "null") if isinstance(kind, list) else kind
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: _minimal(spec, properties[name]) for name in schema.get("required", [])}
    if "enum" in schema:
        return schema["enum"][0]
    return {"string": "x", "integer": 1, "number": 1.5, "boolean": True, "array": []}[kind]


class _CapturedRequestError(Exception):
    def __init__(self, request: httpx.Request) -> None:
        self.request = request


def _client(spec: Spec, operation: Operation, handler: Any) -> tuple[Any, dict[str, str]]:
    """A generated client wired to the handler, and the auth headers the spec requires."""
    client_module = importlib.import_module(f"_smsgate_generated.{spec.vendor}.client")
    transport = {"transport": httpx.MockTransport(handler)}
    schemes = spec.document["components"].get("securitySchemes", {})
    requirements = operation.operation.get("security", spec.document.get("security", []))
    for requirement in requirements:
        for name in requirement:
            scheme = schemes[name]
            if scheme["type"] == "http" and scheme["scheme"] == "bearer":
                client = client_module.AuthenticatedClient(BASE_URL_HOST, token=API_KEY, httpx_args=transport)
                return client, {"authorization": f"Bearer {API_KEY}"}
            if scheme["type"] == "apiKey" and scheme["in"] == "header":
                client = client_module.AuthenticatedClient(
                    BASE_URL_HOST, token=API_KEY, prefix="", auth_header_name=scheme["name"], httpx_args=transport
                )
                return client, {scheme["name"].lower(): API_KEY}
    # Query and body keys (SMS Partner) are placed by the override layer, not the generated client.
    return client_module.Client(BASE_URL_HOST, httpx_args=transport), {}


def _call(
    spec: Spec, operation: Operation, path_value: str = "id-1", query_value: str = "+33600000000"
) -> tuple[httpx.Request, dict[str, Any], dict[str, Any], Any, dict[str, str]]:
    module = operation_modules(spec.vendor)[operation.operation_id]
    kwargs, path, query = _arguments(spec, operation, module, path_value, query_value)
    body = _request_body(spec, operation, module)
    if body is not None:
        kwargs["body"] = body[0]

    def handler(request: httpx.Request) -> httpx.Response:
        # Stop at the wire: the request is what is under test, not the parsing of an answer.
        raise _CapturedRequestError(request)

    client, auth_headers = _client(spec, operation, handler)
    with pytest.raises(_CapturedRequestError) as captured:
        module.sync_detailed(client=client, **kwargs)
    return captured.value.request, path, query, body[1] if body else None, auth_headers


@pytest.mark.parametrize(("spec", "operation"), OPERATIONS, ids=[operation_id(c) for c in OPERATIONS])
def test_request_matches_spec(spec: Spec, operation: Operation) -> None:
    request, path, query, body, auth_headers = _call(spec, operation)
    assert request.method == operation.method.upper()
    expected_path = operation.path
    for name, value in path.items():
        expected_path = expected_path.replace("{" + name + "}", quote(str(value), safe=""))
    server_path = urlsplit(spec.document["servers"][0]["url"]).path.rstrip("/")
    # The generated client is pointed at a bare host; the server prefix is the caller's base_url.
    assert request.url.raw_path.split(b"?")[0].decode() == expected_path
    assert server_path == "" or server_path.startswith("/")
    sent_query: dict[str, Any] = {}
    for key, value in request.url.params.multi_items():
        sent_query.setdefault(key, []).append(value)
    expected_query = {k: (v if isinstance(v, list) else [v]) for k, v in query.items()}
    assert sent_query == expected_query
    for header, value in auth_headers.items():
        assert request.headers.get(header) == value
    if body is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == body


PATH_OPERATIONS = [(s, o) for s, o in OPERATIONS if "{" in o.path]


@pytest.mark.parametrize(("spec", "operation"), PATH_OPERATIONS, ids=[operation_id(c) for c in PATH_OPERATIONS])
@pytest.mark.parametrize("identifier", AWKWARD_IDENTIFIERS)
def test_path_identifiers_are_encoded_exactly_once(spec: Spec, operation: Operation, identifier: str) -> None:
    request, path, _, _, _ = _call(spec, operation, path_value=identifier)
    raw_path = request.url.raw_path.split(b"?")[0].decode("ascii")
    template_parts = operation.path.split("/")
    sent_parts = raw_path.split("/")
    assert len(sent_parts) == len(template_parts), raw_path
    for template, sent in zip(template_parts, sent_parts, strict=True):
        match = re.fullmatch(r"{(.+)}", template)
        if match and path[match.group(1)] == identifier:  # enum-typed segments keep their value
            assert sent == quote(identifier, safe="")
            assert unquote(sent) == identifier


QUERY_IDENTIFIER_OPERATIONS = [
    (s, o)
    for s, o in OPERATIONS
    if any(p["in"] == "query" and p["name"] in ("identifier", "phoneNumber") for p in s.parameters(o))
]


@pytest.mark.parametrize(
    ("spec", "operation"), QUERY_IDENTIFIER_OPERATIONS, ids=[operation_id(c) for c in QUERY_IDENTIFIER_OPERATIONS]
)
def test_plus_in_query_is_percent_encoded(spec: Spec, operation: Operation) -> None:
    request, *_ = _call(spec, operation, query_value="+33600000000")
    assert b"%2B33600000000" in request.url.query
    assert b"=+33600000000" not in request.url.query
