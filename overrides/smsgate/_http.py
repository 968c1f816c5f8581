"""The request pipeline every smsgate call goes through, sync or async.

A call names a generated endpoint module and its arguments. The request is built by ``_request``
from the module's own ``_get_kwargs`` (paths encoded exactly once, by the generated code); the
answer is decoded once by ``_response`` (JSON, or SMS Partner's XML by its layout) and handed to
the module's own ``_parse_response``. This module holds what lies between: the attempts with the
retry policy, and what each failure or unusable answer means for the operation (one smsgate
error, ``SendOutcomeUnknown`` for a write that may have been carried out).

The send-and-retry loop is written once, as a generator of actions (send this request, sleep this
long) that the sync and async clients drive with their own I/O.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

import httpx

from ._errors import (
    APIError,
    InvalidRequestError,
    RequestTimeoutError,
    ResponseFormatError,
    SendOutcomeUnknown,
    SmsGateError,
    TransportError,
    outcome_unknown,
)
from ._redact import redact, redact_url
from ._request import KeyedRequest, build_request
from ._response import DEFAULT_RESPONSE_SIZE_LIMIT, Answer, DecodedAnswer, NotJsonError, Received, decode_payload
from ._retry import Failure, RetryPolicy, parse_retry_after, retry_delay, should_retry
from ._spec import Route, VendorSpec

logger = logging.getLogger("smsgate")

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
class Failed:
    failure: Failure
    error: Exception = field(repr=False)  # httpx errors may quote the keyed URL


class AttemptTimeout(httpx.TimeoutException):
    """An attempt ran past its wall-clock deadline (its timeout), though no single read timed out."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


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
    api_key: str = field(repr=False)
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

    def build(self, route: Route, kwargs: dict[str, Any]) -> KeyedRequest:
        return build_request(
            self.spec,
            route,
            kwargs,
            api_key=self.api_key,
            base_url=self.base_url,
            response_format=self.response_format,
        )

    # -- sending ----------------------------------------------------------------------------

    def shown(self, url: httpx.URL) -> str:
        return redact_url(url, [self.api_key], self.spec.query_auth)

    def attempts(
        self, route: Route, request: httpx.Request, context: SendContext | None
    ) -> Generator[Action, Outcome, Received]:
        """Send ``request`` until it succeeds, may not be retried, or the budget is spent.

        Whether a failed attempt may be replayed is the operation's: its method, or its spec's
        ``x-smsgate-idempotent``, whichever public call reached it.
        """
        idempotent = route.idempotent
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
        if not route.idempotent and outcome.failure is not Failure.NOT_CONNECTED:
            error: SmsGateError = self.outcome_unknown(
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
        """A same-type copy of an httpx exception, its text redacted and without its traceback.

        httpx errors may quote the request URL, which holds SMS Partner's key, and the frames of
        httpx and httpcore hold the request (URL and headers, so every vendor's key) in their
        locals: chained as they are, a traceback printed with locals would show the key.
        """
        text = redact(str(error), [self.api_key])
        try:
            clone = type(error)(text)
        except TypeError:
            clone = TransportError(text, vendor=self.vendor)
        return clone

    # -- reading ----------------------------------------------------------------------------

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
            raise self.after_delivery(route, status_error, status, context) from cause
        error = self.hooks.make_error(route, status, payload, response.headers)
        if error is not None:
            raise self.after_delivery(route, self.scrub(error), status, context)
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
            raise self.after_delivery(route, mismatch, status, context) from parse_error
        if parsed is None:
            if status in route.success_statuses:  # a declared answer with no body, or a JSON null
                return Answer(None, payload)
            undeclared = ResponseFormatError(
                f"{route.method} {route.template}: HTTP {status} is not an answer the spec declares", vendor=self.vendor
            )
            raise self.after_delivery(route, undeclared, status, context)
        return Answer(parsed, payload)

    def scrub(self, error: SmsGateError) -> SmsGateError:
        """Mask the key in an error's text: a vendor may echo a bad key, a user may pass it as a number."""
        error.message = redact(error.message, [self.api_key])
        error.args = tuple(redact(arg, [self.api_key]) if isinstance(arg, str) else arg for arg in error.args)
        if isinstance(error, APIError) and error.vendor_message:
            error.vendor_message = redact(error.vendor_message, [self.api_key])
        return error

    def after_delivery(
        self, route: Route, error: SmsGateError, status: int, context: SendContext | None
    ) -> SmsGateError:
        """What an answer that cannot be used means for an operation that is not idempotent.

        A write answered 5xx or 408 may have been carried out, and so may a write answered 2xx
        whose body cannot be read (HTML from a proxy, empty, too large, the wrong shape): the
        vendor may well have queued the SMS. Both are an unknown outcome, not a plain error.
        """
        if route.idempotent or isinstance(error, SendOutcomeUnknown):
            return error
        if status >= 500 or status == 408:
            reason = f"HTTP {status} after the request reached the vendor"
        elif 200 <= status < 300 and isinstance(error, ResponseFormatError):
            reason = f"HTTP {status}, but the answer cannot be read ({error.message})"
        else:
            return error
        unknown = self.outcome_unknown(route, context, reason, status)
        unknown.__cause__ = error
        unknown.partial = error.partial
        return unknown

    def outcome_unknown(
        self, route: Route, context: SendContext | None, reason: str, status: int | None = None
    ) -> SendOutcomeUnknown:
        context = context or SendContext()
        return outcome_unknown(
            vendor=self.vendor,
            operation=route.operation_id,
            where=f"{route.method} {route.template}",
            reason=reason,
            sends=route.sends,
            to=context.to,
            reference=context.reference,
            started_at=context.started_at,
            status_code=status,
        )

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
