"""The vendors' operations as the sandbox serves them, read from the specs.

Routes, parameters, auth placement and body schemas are ``_spec``'s, the one reader of the
runtime copy of each spec; nothing here describes an API a second time. A
request is matched to its operation, its key is checked where the spec puts it, and its
parameters and JSON body are validated with the spec's own JSON Schemas.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .._base.spec import Parameter, Route, raw_document, resolve_ref, scalar_from_text, vendor_spec
from ._problems import ProblemKind, RefusedRequestError

__all__ = [
    "PREFIXES",
    "Parameter",
    "SandboxRequest",
    "SpecOperation",
    "match",
    "operations",
    "read_body",
    "read_parameters",
    "validator",
]

PREFIXES = {
    "primotexto": "/primotexto/v2",
    "smspartner": "/smspartner/v1",
    "messaggi": "/messaggi",
    "messaggi_v2": "/messaggi_v2",
}
"""Each vendor's path prefix on the sandbox (every vendor on one port)."""
SPEC_URI = "urn:smsgate:sandbox-spec"


@dataclass(frozen=True)
class SpecOperation:
    """A route of ``_spec`` as the sandbox serves it: with the regex its paths match."""

    vendor: str
    route: Route
    pattern: re.Pattern[str]
    document: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return self.route.operation_id

    @property
    def method(self) -> str:
        return self.route.method

    @property
    def template(self) -> str:
        return self.route.template

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        return self.route.parameters

    @property
    def body_pointer(self) -> str | None:
        return self.route.json_body_pointer

    @property
    def body_auth(self) -> str | None:
        return self.route.body_auth

    @property
    def raw(self) -> dict[str, Any]:
        operation: dict[str, Any] = self.document["paths"][self.template][self.method.lower()]
        return operation

    def response_media(self, status: str, media_type: str = "application/json") -> dict[str, Any] | None:
        """The spec's media object for an answer with this status ('default' when not declared)."""
        responses = self.raw["responses"]
        response = responses.get(status) or responses.get("default")
        if response is None:
            return None
        media: dict[str, Any] | None = resolve_ref(self.document, response).get("content", {}).get(media_type)
        return media

    def success_status(self) -> str:
        return str(next(status for status in self.raw["responses"] if status.startswith("2")))


@dataclass(frozen=True)
class SandboxRequest:
    """One request, routed and validated: what a vendor handler works from."""

    operation: SpecOperation
    path_params: dict[str, str]
    query: dict[str, Any]
    body: Any  # the parsed JSON body, None when there is none
    response_format: str  # "json" or "xml" (SMS Partner's _format)


def _pattern(template: str) -> re.Pattern[str]:
    regex = re.sub(r"\\{([^{}]+)\\}", lambda m: f"(?P<{_group(m.group(1))}>[^/]+)", re.escape(template))
    return re.compile(f"^{regex}$")


def _group(name: str) -> str:
    return "p_" + re.sub(r"\W", "_", name)


@cache
def operations(vendor: str) -> tuple[SpecOperation, ...]:
    """Every operation of the vendor's spec, literal paths before templated ones."""
    document = raw_document(vendor)
    found = [
        SpecOperation(vendor, route, _pattern(route.template), document)
        for route in vendor_spec(vendor).routes.values()
    ]
    # A literal segment must win over a template that would also match it.
    found.sort(key=lambda op: -sum(1 for part in op.template.split("/") if part and not part.startswith("{")))
    return tuple(found)


@cache
def validator(vendor: str, pointer: str) -> Draft202012Validator:
    """A JSON Schema validator for the schema at ``pointer`` in the vendor's spec."""
    document = raw_document(vendor)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(document))
    return Draft202012Validator({"$ref": f"{SPEC_URI}#{pointer}"}, registry=registry)


def match(vendor: str, method: str, path: str) -> tuple[SpecOperation, dict[str, str]]:
    """The operation a path (below the vendor prefix) and method name; RefusedRequestError when none does."""
    allowed = False
    for operation in operations(vendor):
        found = operation.pattern.match(path)
        if found is None:
            continue
        if operation.method != method:
            allowed = True
            continue
        values = {
            parameter.name: found.group(_group(parameter.name))
            for parameter in operation.parameters
            if parameter.location == "path"
        }
        return operation, values
    kind = ProblemKind.METHOD_NOT_ALLOWED if allowed else ProblemKind.UNKNOWN_ROUTE
    raise RefusedRequestError(kind, f"{method} {path}")


def _inline(document: dict[str, Any], node: Any) -> Any:
    """A parameter schema with its local references replaced by what they point to."""
    node = resolve_ref(document, node)
    if isinstance(node, dict):
        return {key: _inline(document, value) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(document, value) for value in node]
    return node


def read_parameters(
    operation: SpecOperation, path_values: Mapping[str, str], query: Mapping[str, str]
) -> dict[str, Any]:
    """The declared query parameters, coerced and validated; RefusedRequestError for a missing or invalid one."""
    values: dict[str, Any] = {}
    for parameter in operation.parameters:
        source = path_values if parameter.location == "path" else query
        if parameter.location not in ("path", "query"):
            continue
        text = source.get(parameter.name)
        if text is None or text == "":
            if parameter.required:
                raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, parameter.name)
            continue
        schema = resolve_ref(operation.document, parameter.schema)
        kinds = schema.get("type", "string")
        value = scalar_from_text(text, [kinds] if isinstance(kinds, str) else list(kinds))
        errors = list(Draft202012Validator(_inline(operation.document, parameter.schema)).iter_errors(value))
        if errors:
            raise RefusedRequestError(ProblemKind.INVALID_PARAMETER, parameter.name, errors[0].message)
        values[parameter.name] = value
    _check_query_rule(operation, values)
    return values


def _check_query_rule(operation: SpecOperation, values: Mapping[str, Any]) -> None:
    """The operation's ``x-smsgate-query-schema`` (e.g. exactly one of two parameters), on the query as an object."""
    rule = operation.raw.get("x-smsgate-query-schema")
    if rule is None:
        return
    query_names = {parameter.name for parameter in operation.parameters if parameter.location == "query"}
    query = {name: value for name, value in values.items() if name in query_names}
    errors = list(Draft202012Validator(rule).iter_errors(query))
    if not errors:
        return
    named = [name for name in query_rule_names(rule) if name in query_names]
    given = [name for name in named if name in query]
    if not given:
        raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, " or ".join(named))
    raise RefusedRequestError(ProblemKind.INVALID_PARAMETER, " and ".join(given), errors[0].message)


def query_rule_names(rule: Any) -> list[str]:
    """The parameter names a query rule's ``required`` lists mention, in order of first mention."""
    names: list[str] = []
    if isinstance(rule, dict):
        for key, value in rule.items():
            found = value if key == "required" and isinstance(value, list) else query_rule_names(value)
            names += [name for name in found if isinstance(name, str) and name not in names]
    elif isinstance(rule, list):
        for item in rule:
            names += [name for name in query_rule_names(item) if name not in names]
    return names


def read_body(operation: SpecOperation, content: bytes) -> Any:
    """The JSON body, validated against the operation's schema; RefusedRequestError when it is not valid."""
    if operation.body_pointer is None:
        return None
    if not content.strip():
        raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, "body")
    try:
        body = json.loads(content)
    except (ValueError, RecursionError) as error:
        raise RefusedRequestError(ProblemKind.MALFORMED_BODY, "body", str(error)) from error
    errors = list(validator(operation.vendor, operation.body_pointer).iter_errors(body))
    for problem in errors:
        missing = re.match(r"'([^']+)' is a required property", problem.message)
        if missing:
            raise RefusedRequestError(ProblemKind.MISSING_PARAMETER, missing.group(1))
    if errors:
        where = ".".join(str(part) for part in errors[0].absolute_path) or "body"
        raise RefusedRequestError(ProblemKind.INVALID_PARAMETER, where.split(".")[0], errors[0].message)
    return body
