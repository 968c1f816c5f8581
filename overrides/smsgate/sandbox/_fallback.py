"""Answers for the operations the sandbox does not emulate with state: the spec's own examples.

An operation with a documented success example answers that example; one without answers the
smallest payload its schema accepts (required properties only), built from the schema itself.
"""

from __future__ import annotations

from typing import Any

from .._base.spec import resolve_ref
from ._common import Reply
from ._operations import SandboxRequest, SpecOperation
from ._state import Store

__all__ = ["example_payload", "fallback_handler", "minimal_instance"]

SCALARS: dict[str, Any] = {"string": "", "integer": 0, "number": 0, "boolean": False, "null": None, "array": []}


def example_payload(operation: SpecOperation, status: str, media_type: str = "application/json") -> Any:
    """The first example the spec gives for this answer that is not marked invalid, else None."""
    media = operation.response_media(status, media_type) or {}
    for example in (media.get("examples") or {}).values():
        if not example.get("x-smsgate-invalid"):
            return example.get("value")
    return None


def minimal_instance(document: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """The smallest value the schema accepts: required properties only, the first of any choice."""
    schema = resolve_ref(document, schema)
    if not isinstance(schema, dict) or depth > 20:
        return {}
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            value = minimal_instance(document, member, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            return minimal_instance(document, schema[keyword][0], depth + 1)
    kinds = schema.get("type", "object")
    kind = kinds if isinstance(kinds, str) else next(k for k in kinds if k != "null") if kinds != ["null"] else "null"
    if kind == "object":
        properties = schema.get("properties", {})
        return {
            name: minimal_instance(document, properties.get(name, {}), depth + 1) for name in schema.get("required", [])
        }
    if kind == "string":
        return "0" * int(schema.get("minLength", 0))
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    return SCALARS.get(kind)


def fallback_handler(request: SandboxRequest, store: Store) -> Reply:
    operation = request.operation
    status = operation.success_status()
    media = operation.response_media(status)
    if media is None:
        return Reply(int(status), content=b"")
    payload = example_payload(operation, status)
    if payload is None:
        payload = minimal_instance(operation.document, media.get("schema", {}))
    return Reply(int(status), payload)
