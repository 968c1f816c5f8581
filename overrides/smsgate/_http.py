"""The request pipeline every smsgate call goes through, sync or async.

A call names a generated endpoint module and its arguments. The pipeline builds the request with
the module's own ``_get_kwargs`` (so paths are encoded exactly once, by the generated code), checks
the path identifiers, rewrites the query in strict RFC 3986, places the key where the vendor wants
it, sends with the retry policy, reads the body within a size limit, turns an XML answer into its
JSON payload, turns every failure into one smsgate error (``_vendors.<vendor>.make_error``), and
finally parses the success payload with the module's own ``_parse_response``.

The send-and-retry loop is written once, as a generator of actions (send this request, sleep this
long) that the sync and async clients drive with their own I/O.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, ParamSpec, Protocol, TypeVar
from urllib.parse import unquote

import httpx

from ._encoding import FORBIDDEN_SEGMENTS, encode_query
from ._errors import (
    APIError,
    InvalidRequestError,
    RequestTimeoutError,
    ResponseFormatError,
    SendOutcomeUnknown,
    SmsGateError,
    TransportError,
)
from ._redact import redact, redact_url
from ._retry import Failure, RetryPolicy, parse_retry_after, retry_delay, should_retry
from ._spec import Route, VendorSpec, _resolve

logger = logging.getLogger("smsgate")

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

DEFAULT_RESPONSE_SIZE_LIMIT = 10 * 1024 * 1024  # bytes; a larger answer is a ResponseFormatError


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
    def _build_response(self) -> Callable[..., GeneratedResponse[R_co]]: ...


@dataclass
class SendContext:
    """What a caller can use to check a send whose outcome is unknown."""

    to: tuple[str, ...] = ()
    reference: str | None = None
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class Send:
    request: httpx.Request


@dataclass(frozen=True)
class Sleep:
    seconds: float


Action = Send | Sleep


@dataclass(frozen=True)
class Received:
    response: httpx.Response
    content: bytes


@dataclass(frozen=True)
class Failed:
    failure: Failure
    error: Exception


Outcome = Received | Failed | None


class VendorHooks(Protocol):
    """The per-vendor part of the pipeline."""

    def make_error(self, route: Route, status: int, payload: Any, headers: httpx.Headers) -> SmsGateError | None: ...


def classify(error: Exception) -> Failure:
    """Which kind of transport failure this is, as far as a replay is concerned."""
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.UnsupportedProtocol):
        return Failure.NOT_CONNECTED
    if isinstance(error, httpx.TimeoutException):
        return Failure.TIMED_OUT
    return Failure.BROKEN


@dataclass
class Pipeline:
    spec: VendorSpec
    hooks: VendorHooks
    api_key: str
    base_url: str
    policy: RetryPolicy
    response_format: str = "json"
    response_size_limit: int = DEFAULT_RESPONSE_SIZE_LIMIT
    # Only its raise_on_unexpected_status flag is read by the generated parsers; it does no I/O.
    parser_client: Any = None

    @property
    def vendor(self) -> str:
        return self.spec.vendor

    def route_of(self, endpoint: Any) -> Route:
        operation_id = endpoint.__name__.rsplit(".", 1)[-1]
        route = self.spec.routes.get(operation_id)
        if route is None or not endpoint.__name__.startswith(f"_smsgate_generated.{self.vendor}.api."):
            raise InvalidRequestError(f"{endpoint.__name__} is not an operation of {self.vendor}", vendor=self.vendor)
        return route

    # -- building ---------------------------------------------------------------------------

    def build(self, route: Route, kwargs: dict[str, Any]) -> httpx.Request:
        path = str(kwargs["url"])
        self._check_path(route, path)
        params = dict(kwargs.get("params") or {})
        body = kwargs.get("json")
        headers = dict(kwargs.get("headers") or {})
        if self.spec.header_auth:
            headers[self.spec.header_auth] = self.api_key
        if self.spec.bearer:
            headers["Authorization"] = f"Bearer {self.api_key}"
        if route.body_auth:
            if not isinstance(body, dict):
                raise InvalidRequestError(f"{route.operation_id} needs a JSON object body", vendor=self.vendor)
            body = {**body, route.body_auth: self.api_key}
        elif self.spec.query_auth:
            params[self.spec.query_auth] = self.api_key
        if self.response_format == "xml" and route.xml_layout is not None:
            if isinstance(body, dict):
                body = {**body, "_format": "xml"}
            else:
                params["_format"] = "xml"
        url = httpx.URL(self.base_url.rstrip("/") + path)
        if params:
            url = url.copy_with(query=encode_query(params).encode("ascii"))
        content = None
        if body is not None:
            content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"
        headers.setdefault("Accept", "application/json, application/xml;q=0.9")
        return httpx.Request(route.method, url, headers=headers, content=content)

    def _check_path(self, route: Route, path: str) -> None:
        """Every path parameter must fill its segment with something that stays a segment."""
        template = route.template.split("/")
        sent = path.split("/")
        if len(template) != len(sent):
            raise InvalidRequestError(f"{route.operation_id}: identifier breaks the URL path", vendor=self.vendor)
        for expected, actual in zip(template, sent, strict=True):
            if expected.startswith("{") and unquote(actual).strip() in FORBIDDEN_SEGMENTS:
                raise InvalidRequestError(
                    f"{route.operation_id}: {expected[1:-1]} {unquote(actual)!r} cannot be used in a URL path",
                    vendor=self.vendor,
                )

    # -- sending ----------------------------------------------------------------------------

    def shown(self, url: httpx.URL) -> str:
        return redact_url(url, [self.api_key], self.spec.query_auth)

    def attempts(
        self, route: Route, request: httpx.Request, context: SendContext | None
    ) -> Generator[Action, Outcome, Received]:
        """Send ``request`` until it succeeds, may not be retried, or the budget is spent."""
        idempotent = route.idempotent and context is None
        attempt = 0
        while True:
            started = time.perf_counter()
            # The redacted URL costs a URL rebuild: only make it when debug logging is on.
            debug = logger.isEnabledFor(logging.DEBUG)
            if debug:
                logger.debug("%s %s (attempt %d)", request.method, self.shown(request.url), attempt + 1)
            outcome = yield Send(request)
            if isinstance(outcome, Failed):
                if debug:
                    logger.debug("%s %s failed: %s", request.method, self.shown(request.url), outcome.failure.value)
                if attempt < self.policy.max_retries and should_retry(idempotent=idempotent, failure=outcome.failure):
                    attempt += 1
                    yield Sleep(retry_delay(attempt, self.policy))
                    continue
                raise self.failure_error(route, outcome, context)
            assert isinstance(outcome, Received)
            status = outcome.response.status_code
            if debug:
                logger.debug(
                    "%s %s -> %d (%d bytes, %.3f s)",
                    request.method,
                    self.shown(request.url),
                    status,
                    len(outcome.content),
                    time.perf_counter() - started,
                )
            if attempt < self.policy.max_retries and should_retry(idempotent=idempotent, status=status):
                retry_after = parse_retry_after(outcome.response.headers.get("Retry-After"))
                if retry_after is None or retry_after <= self.policy.max_retry_after:
                    attempt += 1
                    yield Sleep(retry_delay(attempt, self.policy, retry_after))
                    continue
            return outcome

    def failure_error(self, route: Route, outcome: Failed, context: SendContext | None) -> SmsGateError:
        where = f"{route.method} {route.template}"
        if context is not None and outcome.failure is not Failure.NOT_CONNECTED:
            error: SmsGateError = self._outcome_unknown(
                route, context, f"{outcome.failure.value} after the request may have reached the vendor"
            )
        elif outcome.failure is Failure.TIMED_OUT:
            error = RequestTimeoutError(f"{where}: timed out", vendor=self.vendor)
        else:
            detail = redact(str(outcome.error) or type(outcome.error).__name__, [self.api_key])
            error = TransportError(f"{where}: {outcome.failure.value}: {detail}", vendor=self.vendor)
        error.__cause__ = self._sanitised(outcome.error)
        return error

    def _sanitised(self, error: Exception) -> Exception:
        """The original exception, or a same-type copy without the key when its text quotes it.

        httpx errors quote the request URL, which holds SMS Partner's key: chaining them as they
        are would print the key in every traceback.
        """
        text = str(error)
        if self.api_key not in text:
            return error
        try:
            clone = type(error)(redact(text, [self.api_key]))
        except TypeError:
            clone = TransportError(redact(text, [self.api_key]), vendor=self.vendor)
        return clone.with_traceback(error.__traceback__)

    # -- reading ----------------------------------------------------------------------------

    def payload(self, route: Route, received: Received) -> Any:
        """The answer's JSON payload (an XML answer read by its layout); None for an empty body."""
        content = received.content.strip()
        if not content:
            return None
        content_type = received.response.headers.get("Content-Type", "").lower()
        if "xml" in content_type or content.startswith(b"<?xml") or content.startswith(b"<result"):
            if route.xml_layout is None or received.response.status_code >= 300:
                raise _NotJsonError()
            from . import _xml  # XML is SMS Partner's option: defusedxml and ElementTree load on first use

            schema = self._xml_schema(route)
            return _xml.parse(content, route.xml_layout, schema, lambda node: _resolve(self.spec.document, node))
        try:
            return json.loads(content)
        except (ValueError, RecursionError) as error:
            raise _NotJsonError() from error

    def _xml_schema(self, route: Route) -> dict[str, Any]:
        operation = self.spec.document["paths"][route.template][route.method.lower()]
        for response in operation["responses"].values():
            media = _resolve(self.spec.document, response).get("content", {}).get("application/xml")
            if media and "x-smsgate-xml" in media:
                schema: dict[str, Any] = media["schema"]
                return schema
        return {}

    def interpret(self, route: Route, endpoint: Any, received: Received, context: SendContext | None) -> Any:
        """The parsed success model, or the smsgate error this answer means (raised)."""
        response = received.response
        status = response.status_code
        try:
            payload = self.payload(route, received)
        except _NotJsonError as not_json:
            status_error = self.hooks.make_error(route, status, None, response.headers)
            if status_error is None:
                status_error = ResponseFormatError(
                    f"{route.method} {route.template}: the answer (HTTP {status}, "
                    f"{response.headers.get('Content-Type', 'no content type')}) is not valid JSON or XML",
                    vendor=self.vendor,
                )
            raise self._for_context(route, status_error, status, context) from not_json.__cause__
        except ResponseFormatError as format_error:
            format_error.vendor = self.vendor
            raise
        error = self.hooks.make_error(route, status, payload, response.headers)
        if error is not None:
            raise self._for_context(route, self.scrub(error), status, context)
        # The payload as JSON again; an empty answer stays empty, and a JSON `null` stays `null`.
        body = b"" if payload is None and not received.content.strip() else json.dumps(payload).encode()
        json_response = httpx.Response(status, content=body, headers={"Content-Type": "application/json"})
        try:
            parsed = endpoint._build_response(client=self.parser_client, response=json_response).parsed
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as parse_error:
            raise ResponseFormatError(
                f"{route.method} {route.template}: the answer does not match the spec: {type(parse_error).__name__}: "
                f"{redact(str(parse_error), [self.api_key])}",
                vendor=self.vendor,
            ) from parse_error
        if parsed is None:
            if status in route.success_statuses:  # a declared answer with no body, or a JSON null
                return None
            raise ResponseFormatError(
                f"{route.method} {route.template}: HTTP {status} is not an answer the spec declares", vendor=self.vendor
            )
        return parsed

    def scrub(self, error: SmsGateError) -> SmsGateError:
        """Mask the key in an error's text: a vendor may echo a bad key, a user may pass it as a number."""
        error.message = redact(error.message, [self.api_key])
        error.args = tuple(redact(arg, [self.api_key]) if isinstance(arg, str) else arg for arg in error.args)
        if isinstance(error, APIError) and error.vendor_message:
            error.vendor_message = redact(error.vendor_message, [self.api_key])
        return error

    def _for_context(self, route: Route, error: SmsGateError, status: int, context: SendContext | None) -> SmsGateError:
        """A write answered 5xx or 408 may have been carried out: say so instead of a plain ServerError."""
        if context is not None and (status >= 500 or status == 408):
            unknown = self._outcome_unknown(
                route, context, f"HTTP {status} after the request reached the vendor", status
            )
            unknown.__cause__ = error
            return unknown
        return error

    def _outcome_unknown(
        self, route: Route, context: SendContext, reason: str, status: int | None = None
    ) -> SendOutcomeUnknown:
        return SendOutcomeUnknown(
            f"{route.method} {route.template}: {reason}; check with status() before sending again",
            vendor=self.vendor,
            operation=route.operation_id,
            to=context.to,
            reference=context.reference,
            started_at=context.started_at,
            status_code=status,
        )

    def read_limited(self, chunks: Any) -> bytes:
        """Join body chunks, refusing more than the size limit (memory stays bounded)."""
        buffer = bytearray()
        for chunk in chunks:
            buffer += chunk
            self.check_size(len(buffer))
        return bytes(buffer)

    def check_size(self, size: int) -> None:
        if size > self.response_size_limit:
            raise ResponseFormatError(f"the answer is larger than {self.response_size_limit} bytes", vendor=self.vendor)


class _NotJsonError(Exception):
    """Internal: the body is neither JSON nor an XML answer with a declared layout."""


@dataclass
class Call(Generic[R]):
    """One operation to run, for the unified clients' plans."""

    endpoint: Any
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    context: SendContext | None = None


def api_error_from_status(
    vendor: str, status: int, code: str | None, message: str | None, headers: httpx.Headers
) -> APIError:
    """The error class an HTTP status means when the vendor's code does not say more."""
    from . import _errors as errors

    text = message or f"HTTP {status}"
    details: dict[str, Any] = {"vendor": vendor, "status_code": status, "vendor_code": code, "vendor_message": message}
    if status == 429:
        return errors.RateLimitError(text, retry_after=parse_retry_after(headers.get("Retry-After")), **details)
    cls: type[APIError] = {
        400: errors.InvalidRequestError,
        401: errors.AuthenticationError,
        402: errors.InsufficientCreditError,
        403: errors.AuthenticationError,
        404: errors.NotFoundError,
        405: errors.InvalidRequestError,
        406: errors.InvalidRequestError,
        409: errors.InvalidRequestError,
        413: errors.InvalidRequestError,
        415: errors.InvalidRequestError,
        422: errors.InvalidRequestError,
    }.get(status, errors.ServerError if status >= 500 else errors.APIError)
    return cls(text, **details)
