"""Every operation of every spec is reachable through client.call(), with the vendor's auth placement."""

from __future__ import annotations

import json
from urllib.parse import quote

import httpx
import pytest
import smsgate

from generator.specs import Operation, Spec
from tests.client.test_operations import _arguments, _request_body
from tests.fakes import API_KEYS
from tests.support import all_operations, operation_id, operation_modules

OPERATIONS = all_operations()


class _Stop(Exception):  # noqa: N818 - not an error: it carries the request out of the transport
    def __init__(self, request: httpx.Request) -> None:
        self.request = request


def _capture(request: httpx.Request) -> httpx.Response:
    raise _Stop(request)


@pytest.mark.parametrize(("spec", "operation"), OPERATIONS, ids=[operation_id(c) for c in OPERATIONS])
def test_call_sends_what_the_spec_says_with_the_key_in_place(spec: Spec, operation: Operation) -> None:
    module = operation_modules(spec.vendor)[operation.operation_id]
    kwargs, path, query = _arguments(spec, operation, module, "id-1", "+33600000000")
    body = _request_body(spec, operation, module)
    if body is not None:
        kwargs["body"] = body[0]
    key = API_KEYS[spec.vendor]
    client = smsgate.Client(spec.vendor, api_key=key, http_client=httpx.Client(transport=httpx.MockTransport(_capture)))
    with pytest.raises(_Stop) as stopped:
        client.call(module, **kwargs)
    request = stopped.value.request
    expected_path = operation.path
    for name, value in path.items():
        expected_path = expected_path.replace("{" + name + "}", quote(str(value), safe=""))
    server = httpx.URL(spec.document["servers"][0]["url"])
    assert request.method == operation.method.upper()
    assert request.url.host == server.host
    assert request.url.raw_path.split(b"?")[0].decode() == server.path.rstrip("/") + expected_path
    sent = dict(request.url.params.multi_items())
    for name, value in query.items():
        assert sent[name] == (value[0] if isinstance(value, list) else value)
    # Strict RFC 3986 in the query: a plus is always %2B, never a literal that means space.
    assert b"+" not in request.url.query
    auth = operation.operation.get("x-smsgate-auth")
    if spec.vendor == "primotexto":
        assert request.headers["X-Primotexto-ApiKey"] == key
    elif spec.vendor in ("messaggi", "messaggi_v2"):
        assert request.headers["Authorization"] == f"Bearer {key}"
    elif auth:
        assert json.loads(request.content)[auth["name"]] == key
        assert "apiKey" not in request.url.params
    else:
        assert request.url.params["apiKey"] == key
    if body is not None and not auth:
        assert json.loads(request.content) == body[1]
