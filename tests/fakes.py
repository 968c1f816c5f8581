"""A fake vendor for the client tests: answers from the spec examples, records every request."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

import httpx
import smsgate

from tests.support import spec_by_vendor

API_KEYS = {
    "primotexto": "pt-key-5ecret",
    "smspartner": "sp-key-5ecret",
    "messaggi": "mg-token-5ecret",
    "messaggi_v2": "mg2-token-5ecret",
}

Responder = Callable[[httpx.Request], httpx.Response]


def example(vendor: str, operation_id: str, status: str = "200", media_type: str = "application/json") -> Any:
    """The first usable example the spec gives for this operation's answer."""
    spec = spec_by_vendor(vendor)
    for candidate in spec.examples():
        if (
            candidate.operation.operation_id == operation_id
            and candidate.location == status
            and candidate.media_type == media_type
            and not candidate.invalid_reason
        ):
            return candidate.value
    raise LookupError(f"no {status} {media_type} example for {vendor}.{operation_id}")


def answer(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=payload, headers=headers)


def _fresh(response: httpx.Response) -> httpx.Response:
    """A new copy: a response object can be streamed once, and tests reuse their canned answers."""
    response.read()
    return httpx.Response(response.status_code, headers=response.headers, content=response.content)


class FakeVendor:
    """Routes requests by (method, path suffix) to responders and records what arrived."""

    def __init__(self, routes: dict[tuple[str, str], Responder | httpx.Response | list[Any]] | None = None) -> None:
        self.routes = dict(routes or {})
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        for (method, suffix), target in self.routes.items():
            if request.method == method and request.url.path.endswith(suffix):
                if isinstance(target, list):
                    target = target.pop(0) if len(target) > 1 else target[0]
                return target(request) if callable(target) else _fresh(target)
        return httpx.Response(404, json={"message": f"no fake route for {request.method} {request.url.path}"})

    def count(self, method: str, suffix: str) -> int:
        return sum(1 for r in self.requests if r.method == method and r.url.path.endswith(suffix))


class Unified:
    """The same four calls through smsgate.Client or smsgate.AsyncClient, so every test runs both."""

    def __init__(self, vendor: str, fake: FakeVendor, mode: str, **options: Any) -> None:
        self.mode = mode
        self.vendor = vendor
        transport = httpx.MockTransport(fake)
        if mode == "sync":
            self.client: Any = smsgate.Client(
                vendor, api_key=API_KEYS[vendor], http_client=httpx.Client(transport=transport), **options
            )
        else:
            self.client = smsgate.AsyncClient(
                vendor, api_key=API_KEYS[vendor], http_client=httpx.AsyncClient(transport=transport), **options
            )

    def _run(self, name: str, *args: Any, **kwargs: Any) -> Any:
        method = getattr(self.client, name)
        if self.mode == "sync":
            return method(*args, **kwargs)
        return asyncio.run(method(*args, **kwargs))

    def send(self, to: str | Sequence[str], text: str = "Votre code : 123456", **kwargs: Any) -> smsgate.SendResult:
        result: smsgate.SendResult = self._run("send", to, text, **kwargs)
        return result

    def status(self, message_id: str | None = None, **kwargs: Any) -> list[smsgate.DeliveryReport]:
        reports: list[smsgate.DeliveryReport] = self._run("status", message_id, **kwargs)
        return reports

    def cancel(self, message_id: str) -> None:
        self._run("cancel", message_id)

    def credits(self) -> smsgate.Credits:
        credits: smsgate.Credits = self._run("credits")
        return credits

    def call(self, endpoint: Any, *args: Any, **kwargs: Any) -> Any:
        return self._run("call", endpoint, *args, **kwargs)


def body_of(request: httpx.Request) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(request.content)
    return payload


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text)
