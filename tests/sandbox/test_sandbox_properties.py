"""Property-based: whatever arrives, the sandbox answers within the spec and never with a 5xx."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from smsgate._base.spec import VENDORS
from smsgate.sandbox import PREFIXES, Sandbox
from smsgate.sandbox._operations import SpecOperation

from tests.sandbox_support import all_sandbox_operations, auth, build_request, check_answer, request_example

OPERATIONS = all_sandbox_operations()
SANDBOX = Sandbox()  # shared on purpose: state built by earlier examples must not break later ones

texts = st.text(max_size=20)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**40), 2**40), st.floats(allow_nan=False), texts)
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3), max_leaves=8
)


@st.composite
def mutated_body(draw: st.DrawFn, operation: SpecOperation) -> Any:
    """The documented body with members dropped, replaced or added, or something else entirely."""
    body = request_example(operation)
    if not isinstance(body, dict) or draw(st.integers(0, 9)) == 0:
        return draw(values)
    body = dict(body)
    for name in list(body):
        action = draw(st.sampled_from(["keep", "keep", "drop", "replace"]))
        if action == "drop":
            del body[name]
        elif action == "replace":
            body[name] = draw(values)
    if draw(st.booleans()):
        body[draw(texts)] = draw(values)
    return body


@st.composite
def requests(draw: st.DrawFn, vendor: str) -> tuple[SpecOperation, httpx.Request]:
    operation = draw(st.sampled_from([op for op in OPERATIONS if op.vendor == vendor]))
    key = draw(st.sampled_from([SANDBOX.api_keys[vendor], SANDBOX.api_keys[vendor], "wrong", None]))
    known = {
        p.name: draw(texts.filter(lambda t: "/" not in t and t not in ("", ".", "..")))
        for p in operation.parameters
        if p.location == "path"
    }
    if "type" in known and draw(st.booleans()):
        known["type"] = "notification"
    query = {p.name: draw(texts) for p in operation.parameters if p.location == "query" and draw(st.booleans())}
    if operation.body_pointer:
        request = build_request(operation, key=key, known=known, extra_query=query, body=draw(mutated_body(operation)))
        _, _, body_key = auth(vendor, key or "", operation)
        payload = json.loads(request.content) if request.content else None
        if isinstance(payload, dict) and key is not None:
            payload.update(body_key)
        request = httpx.Request(
            request.method, request.url, headers=request.headers, content=json.dumps(payload).encode()
        )
    else:
        request = build_request(operation, key=key, known=known, extra_query=query)
    assert request.url.path.startswith(PREFIXES[vendor])
    return operation, request


@pytest.mark.parametrize("vendor", VENDORS)
def test_no_server_error_and_no_answer_outside_the_spec(vendor: str) -> None:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(requests(vendor))
    def check(case: tuple[SpecOperation, httpx.Request]) -> None:
        operation, request = case
        response = SANDBOX.handle(request)
        response.read()
        assert response.status_code < 500, response.text
        check_answer(operation, response)

    check()


@given(st.binary(max_size=64), st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]), st.text(max_size=30))
@settings(max_examples=100, deadline=None)
def test_unknown_routes_and_garbage_bodies_are_clean_client_errors(body: bytes, method: str, path: str) -> None:
    raw_path = "/" + "".join(c for c in path if c.isalnum() or c in "/-_")
    request = httpx.Request(method, "http://sandbox.invalid" + raw_path, content=body)
    response = SANDBOX.handle(request)
    assert 400 <= response.status_code < 500 or response.status_code < 300
