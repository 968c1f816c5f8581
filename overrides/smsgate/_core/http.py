"""The request pipeline every smsgate call goes through, sync or async.

A call names a generated endpoint module and its arguments. The request is built by ``_request``
from the module's own ``_get_kwargs`` (paths encoded exactly once, by the generated code); the
answer is decoded once by ``_response`` (JSON, or SMS Partner's XML by its layout) and handed to
the module's own ``_parse_response``. This module joins the steps for one call: route lookup,
request, the retry policy's attempts (``_retry``), and the answer turned into the generated model
or into the smsgate error it means (``_failures`` says what a failure means for the operation).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

import httpx

from .._base.errors import InvalidArgumentError, ResponseFormatError, SmsGateError
from .._base.redact import redact, redact_url
from .._base.spec import Route, VendorSpec
from .failures import Failures, SendContext
from .request import KeyedRequest, build_request
from .response import DEFAULT_RESPONSE_SIZE_LIMIT, Answer, DecodedAnswer, NotJsonError, Received, decode_payload
from .retry import Action, AttemptTimeout, Failed, Outcome, RetryPolicy, attempts

__all__ = ["Call", "Endpoint", "Pipeline", "SendContext"]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class GeneratedResponse(Protocol[R_co]):
    """The generated ``Response[T]`` of any vendor package.

    ``parsed`` is ``T | None`` there; declaring it ``R_co | None`` here made mypy infer ``object``
    for every ``call()`` (found by the consumer typing check), so ``R_co`` is the whole
    ``T | None``: ``call()`` is typed as the generated ``sync()`` (success model | error model | None).
    """

    @property
    def parsed(self) -> R_co: ...


class Endpoint(Protocol[P, R_co]):
    """A generated endpoint module (``_smsgate_generated.<vendor>.api.<tag>.<operation>``)."""

    __name__: str

    @property
    def _get_kwargs(self) -> Callable[P, dict[str, Any]]: ...

    @property
    def _build_response(self) -> Callable[..., GeneratedResponse[R_co]]: ...  # types call(): R_co is its parsed

    @property
    def _parse_response(self) -> Callable[..., Any]: ...  # what the pipeline runs, on an already decoded answer


class VendorHooks(Protocol):
    """The per-vendor part of the pipeline."""

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None: ...


@dataclass
class Pipeline:
    spec: VendorSpec
    hooks: VendorHooks
    api_key: str = field(repr=False)
    base_url: str
    policy: RetryPolicy
    response_format: str = "json"
    response_size_limit: int = DEFAULT_RESPONSE_SIZE_LIMIT
    # Only its raise_on_unexpected_status flag is read by the generated parsers; it does no I/O.
    parser_client: Any = None
    failures: Failures = field(init=False, repr=False)
    # The route of each endpoint module met (looked up once per client, not per call).
    _routes: dict[str, Route] = field(init=False, repr=False, default_factory=dict)
    # The URLs this client sends to, parsed once each (the last 128): a status polled again, a
    # send's fixed URL. Held by this client alone, as its key is (SMS Partner's URLs carry it), and
    # opaque: the cache's repr shows none of them.
    _parse_url: Callable[[str], httpx.URL] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.failures = Failures(self.spec.vendor, self.api_key)
        self._parse_url = lru_cache(maxsize=128)(httpx.URL)

    def _shown(self, url: httpx.URL) -> str:
        """``url`` as the debug log shows it. A method, not a ``partial`` made once: a partial's
        repr would show the key it holds to anything that prints what the client holds."""
        return redact_url(url, [self.api_key], self.spec.query_auth)

    @property
    def vendor(self) -> str:
        return self.spec.vendor

    def route_of(self, endpoint: Any) -> Route:
        name = endpoint.__name__
        known = self._routes.get(name) if type(name) is str else None
        if known is not None:
            return known
        operation_id = name.rsplit(".", 1)[-1]
        route = self.spec.routes.get(operation_id)
        if route is None or not name.startswith(f"_smsgate_generated.{self.vendor}.api."):
            raise InvalidArgumentError(f"{endpoint.__name__} is not an operation of {self.vendor}", vendor=self.vendor)
        self._routes[name] = route
        return route

    def build(
        self, route: Route, kwargs: dict[str, Any], client_headers: Sequence[tuple[bytes, bytes]] = ()
    ) -> KeyedRequest:
        return build_request(
            self.spec,
            route,
            kwargs,
            api_key=self.api_key,
            base_url=self.base_url,
            response_format=self.response_format,
            client_headers=client_headers,
            parse=self._parse_url,
        )

    def attempts(
        self, route: Route, request: httpx.Request, context: SendContext | None, policy: RetryPolicy | None = None
    ) -> Generator[Action, Outcome, Received]:
        """The retry policy's attempts at ``request`` (``policy``: this call's own, else the client's);
        an attempt that got no answer raises its error."""
        policy = policy or self.policy
        last = yield from attempts(request, idempotent=route.idempotent, policy=policy, shown=self._shown)
        if isinstance(last, Failed):
            raise self.failures.transport_error(route, last, context)
        return last

    def interpret(self, route: Route, endpoint: Any, received: Received, context: SendContext | None) -> Answer:
        """The parsed success model with its payload, or the smsgate error this answer means (raised)."""
        response = received.response
        status = response.status_code
        try:
            if received.too_large:
                raise ResponseFormatError(f"the answer is larger than {self.response_size_limit} bytes")
            payload = decode_payload(self.spec, route, received)
        except (NotJsonError, ResponseFormatError) as unreadable:
            status_error = self.hooks.make_error(route, status, None, response.headers)
            if status_error is None:
                status_error = ResponseFormatError(
                    f"{route.method} {route.template}: the answer (HTTP {status}, "
                    f"{response.headers.get('Content-Type', 'no content type')}) "
                    + (
                        unreadable.message
                        if isinstance(unreadable, ResponseFormatError)
                        else "is not valid JSON or XML"
                    ),
                    vendor=self.vendor,
                )
            cause = unreadable if isinstance(unreadable, ResponseFormatError) else unreadable.__cause__
            raise self.failures.after_delivery(route, status_error, status, context) from cause
        error = self.hooks.make_error(route, status, payload, response.headers)
        if error is not None:
            raise self.failures.after_delivery(route, self.failures.scrub(error), status, context)
        answer = DecodedAnswer(
            status, payload, received.content, empty=payload is None and not received.content.strip()
        )
        try:
            parsed = endpoint._parse_response(client=self.parser_client, response=answer)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as parse_error:
            mismatch = ResponseFormatError(
                f"{route.method} {route.template}: the answer does not match the spec: {type(parse_error).__name__}: "
                f"{redact(str(parse_error), [self.api_key])}",
                vendor=self.vendor,
            )
            raise self.failures.after_delivery(route, mismatch, status, context) from parse_error
        if parsed is None:
            if status in route.success_statuses:  # a declared answer with no body, or a JSON null
                return Answer(None, payload)
            undeclared = ResponseFormatError(
                f"{route.method} {route.template}: HTTP {status} is not an answer the spec declares", vendor=self.vendor
            )
            raise self.failures.after_delivery(route, undeclared, status, context)
        return Answer(parsed, payload)

    def read_limited(self, chunks: Any, deadline: float | None = None) -> bytes | None:
        """Join body chunks; None past the size limit, without reading further (memory stays bounded).

        AttemptTimeout when a chunk arrives after ``deadline`` (``time.monotonic()``): each read
        is within httpx's read timeout, but the attempt as a whole is not.
        """
        buffer = bytearray()
        for chunk in chunks:
            buffer += chunk
            if len(buffer) > self.response_size_limit:
                return None
            if deadline is not None and time.monotonic() > deadline:
                raise AttemptTimeout("the answer did not complete within the attempt's deadline")
        return bytes(buffer)


@dataclass
class Call(Generic[R]):
    """One operation to run, for the unified clients' plans."""

    endpoint: Any
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    context: SendContext | None = None
    # The caller's own arguments (call()), checked against the generated signature; a vendor
    # plan's are built from input the unified call has checked already.
    from_caller: bool = False
