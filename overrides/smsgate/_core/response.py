"""Bytes -> payload (JSON, or SMS Partner's positional XML read into its JSON form) -> what the
generated parser reads: the answer is decoded once."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import httpx

from .._base.spec import Route, VendorSpec, resolve_ref

__all__ = [
    "DEFAULT_RESPONSE_SIZE_LIMIT",
    "Answer",
    "DecodedAnswer",
    "NotJsonError",
    "Received",
    "decode_payload",
    "xml_schema",
]

DEFAULT_RESPONSE_SIZE_LIMIT = 10 * 1024 * 1024  # bytes; a larger answer is a ResponseFormatError


@dataclass(frozen=True)
class Received:
    response: httpx.Response
    # Not in the repr: a vendor may echo the key, and reprs end up in tracebacks shown with locals.
    content: bytes = field(repr=False)
    too_large: bool = False  # the body passed the size limit and was not read to its end


class Answer(NamedTuple):
    """What a vendor plan receives for each call: the generated model and the payload it was built from."""

    model: Any  # the generated success model (None for a declared answer without a body)
    payload: Any  # the decoded JSON (an XML answer read into its JSON form): a unified result's .raw


@dataclass(frozen=True, slots=True)
class DecodedAnswer:
    """The part of an ``httpx.Response`` that a generated ``_parse_response`` reads, body already decoded.

    The generated parsers read ``status_code``, ``json()`` and ``content`` (for UnexpectedStatus),
    nothing else (``tests/specs/test_generator.py`` keeps it so): handing them the payload decoded once,
    JSON or XML, spares serialising it again for them to parse it again.
    """

    status_code: int
    payload: Any
    content: bytes = field(repr=False)
    empty: bool = False  # no body at all (not a JSON `null`): reading it as JSON fails, as httpx's would

    def json(self) -> Any:
        if self.empty:
            raise ValueError("the answer has no body")
        return self.payload


class NotJsonError(Exception):
    """Internal: the body is neither JSON nor an XML answer with a declared layout."""


def decode_payload(spec: VendorSpec, route: Route, received: Received) -> Any:
    """The answer's JSON payload (an XML answer read by its layout); None for an empty body."""
    content = received.content.strip()
    if not content:
        return None
    if _declares_xml(received.response.headers) or content.startswith(b"<?xml") or content.startswith(b"<result"):
        if route.xml_layout is None or received.response.status_code >= 300:
            raise NotJsonError()
        from . import xml as _xml  # XML is SMS Partner's option: expat and ElementTree load on first use

        schema = xml_schema(spec, route)
        return _xml.parse(content, route.xml_layout, schema, lambda node: resolve_ref(spec.document, node))
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as error:
        raise NotJsonError() from error


def _declares_xml(headers: httpx.Headers) -> bool:
    """Whether a Content-Type of the answer names XML: ``"xml" in headers.get("Content-Type", "").lower()``,
    read from the raw headers (``get`` decodes every header to find one: a microsecond an answer)."""
    for name, value in headers.raw:  # noqa: SIM110 - a loop, not any(<generator>): every answer runs it
        if name.lower() == b"content-type" and b"xml" in value.lower():
            return True
    return False


def xml_schema(spec: VendorSpec, route: Route) -> dict[str, Any]:
    operation = spec.document["paths"][route.template][route.method.lower()]
    for response in operation["responses"].values():
        media = resolve_ref(spec.document, response).get("content", {}).get("application/xml")
        if media and "x-smsgate-xml" in media:
            schema: dict[str, Any] = media["schema"]
            return schema
    return {}
