"""Route + arguments + key -> the request: strict RFC 3986 query, the key where the vendor wants it."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import unquote

import httpx

from .._base.encoding import FORBIDDEN_SEGMENTS, encode_query
from .._base.errors import InvalidArgumentError
from .._base.redact import redact_url
from .._base.spec import Route, VendorSpec

__all__ = ["KeyedRequest", "build_request", "check_path"]


class KeyedRequest(httpx.Request):
    """A request that may carry the key: its repr (seen in tracebacks shown with locals) masks it."""

    key_parameter: str | None = None  # the query parameter holding the key, if any

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, {redact_url(self.url, (), self.key_parameter)!r})>"


# json.dumps(body, ensure_ascii=False, separators=(",", ":")), its encoder made once, not per request.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))

# The headers httpx's Request sets itself (from the URL and the body): a default of the HTTP client
# with one of these names is added after the request is made, only where the request has none.
_AUTO_HEADERS = frozenset({b"host", b"content-length", b"transfer-encoding"})


def build_request(
    spec: VendorSpec,
    route: Route,
    kwargs: dict[str, Any],
    *,
    api_key: str,
    base_url: str,
    response_format: str,
    client_headers: Sequence[tuple[bytes, bytes]] = (),
    parse: Callable[[str], httpx.URL] = httpx.URL,
) -> KeyedRequest:
    """The request: the generated path, strict RFC 3986 query, the key where the vendor wants it.

    ``client_headers`` (the HTTP client's default headers, ``headers.raw``) are added where the
    request has no header of their name, as httpx's ``build_request`` adds them: in the one list
    the request's headers are made from (setting them one by one on the request scans its headers
    each time). The URL is parsed once, from its finished text, by ``parse`` (a client's memoised
    ``httpx.URL``: the parse checks every character, about 6 us a URL; httpx's URL is immutable).
    """
    path = str(kwargs["url"])
    check_path(route, path, spec.vendor)
    params = dict(kwargs.get("params") or {})
    body = kwargs.get("json")
    headers = dict(kwargs.get("headers") or {})
    if response_format == "xml" and route.xml_layout is not None:
        if isinstance(body, dict):
            body = {**body, "_format": "xml"}
        else:
            params["_format"] = "xml"
    if route.body_auth:
        if not isinstance(body, dict):
            raise InvalidArgumentError(f"{route.operation_id} needs a JSON object body", vendor=spec.vendor)
        body = {**body, route.body_auth: api_key}
    elif spec.query_auth:
        params[spec.query_auth] = api_key
    if spec.header_auth:
        headers[spec.header_auth] = api_key
    if spec.bearer:
        headers["Authorization"] = f"Bearer {api_key}"
    headers.setdefault("Accept", "application/json, application/xml;q=0.9")
    try:
        query = encode_query(params)
        text = f"{base_url}{path}?{query}" if query else f"{base_url}{path}"
        url = parse(text)
        content = None
        if body is not None:
            content = _JSON.encode(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        # str pairs (ours) and bytes pairs (the client's, as it holds them): httpx takes both in one list.
        merged: list[Any] = list(headers.items())
        late: list[tuple[str, str]] = []
        if client_headers:
            present = {name.lower().encode("ascii", "replace") for name in headers}
            for raw_name, raw_value in client_headers:
                lower = raw_name.lower()
                if lower in _AUTO_HEADERS:
                    late.append((raw_name.decode("latin-1"), raw_value.decode("latin-1")))
                elif lower not in present:
                    present.add(lower)  # a name the client repeats: its first value only
                    merged.append((raw_name, raw_value))
        request = KeyedRequest(route.method, url, headers=merged, content=content)
        for late_name, late_value in late:
            if late_name not in request.headers:
                request.headers[late_name] = late_value
    except (httpx.InvalidURL, ValueError, TypeError, RecursionError) as error:
        # A huge identifier, a lone surrogate (in the path, the query, a header), a value JSON cannot
        # carry: the input, not the network.
        # The URL and the body hold the key: their text is not quoted, the cause not chained.
        raise InvalidArgumentError(
            f"{route.operation_id}: the arguments cannot be sent ({type(error).__name__})", vendor=spec.vendor
        ) from None
    request.key_parameter = spec.query_auth
    return request


def check_path(route: Route, path: str, vendor: str) -> None:
    """Every path parameter must fill its segment with something that stays a segment."""
    if path == route.template:
        return  # no path parameter (a template with one is never sent as it is: its braces are encoded)
    template = route.template.split("/")
    sent = path.split("/")
    if len(template) != len(sent):
        raise InvalidArgumentError(f"{route.operation_id}: identifier breaks the URL path", vendor=vendor)
    for expected, actual in zip(template, sent, strict=True):
        if expected.startswith("{") and unquote(actual).strip() in FORBIDDEN_SEGMENTS:
            raise InvalidArgumentError(
                f"{route.operation_id}: {expected[1:-1]} {unquote(actual)!r} cannot be used in a URL path",
                vendor=vendor,
            )
