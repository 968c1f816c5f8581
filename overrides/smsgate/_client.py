"""``smsgate.Client`` and ``smsgate.AsyncClient``: the four common jobs over any vendor, plus
``call()`` for every other operation of the vendor's spec, with the same auth, encoding, XML,
error and retry behaviour.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Generator, Sequence
from datetime import datetime
from types import TracebackType
from typing import Any, ParamSpec, Self, TypeVar

import httpx

from ._encoding import check_identifier
from ._errors import AuthenticationError, InvalidRequestError, SmsGateError
from ._http import Call, Endpoint, Failed, Outcome, Pipeline, Received, Send, Sleep, classify
from ._models import Credits, DeliveryReport, SendResult
from ._retry import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RetryPolicy
from ._spec import VENDORS, vendor_spec
from ._vendors import Vendor, load
from ._vendors._common import check_schedule, check_text, recipients

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class _BaseClient:
    def __init__(
        self,
        vendor: str,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        vendor_options: dict[str, Any],
    ) -> None:
        if vendor not in VENDORS:
            raise InvalidRequestError(f"unknown vendor {vendor!r}; expected one of {', '.join(VENDORS)}")
        spec = vendor_spec(vendor)
        self._vendor: Vendor = load(vendor, spec, vendor_options)
        unknown = set(vendor_options) - self._vendor.options
        if unknown:
            raise InvalidRequestError(
                f"unknown option(s) for {vendor}: {', '.join(sorted(unknown))}"
                f"{'; accepted: ' + ', '.join(sorted(self._vendor.options)) if self._vendor.options else ''}",
                vendor=vendor,
            )
        response_format = vendor_options.get("response_format", "json")
        if response_format not in ("json", "xml"):
            raise InvalidRequestError(
                f"response_format must be 'json' or 'xml', not {response_format!r}", vendor=vendor
            )
        key = api_key if api_key is not None else os.environ.get(self._vendor.env_var)
        if not key:
            raise AuthenticationError(f"no API key: pass api_key= or set {self._vendor.env_var}", vendor=vendor)
        if max_retries is not None and (not isinstance(max_retries, int) or max_retries < 0):
            raise InvalidRequestError("max_retries must be a whole number >= 0", vendor=vendor)
        if isinstance(timeout, int | float) and timeout <= 0:
            raise InvalidRequestError("timeout must be a positive number of seconds", vendor=vendor)
        self.vendor = vendor
        self.base_url = (base_url or spec.server).rstrip("/")
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout or DEFAULT_TIMEOUT)
        generated_client = importlib.import_module(f"_smsgate_generated.{vendor}.client")
        self._pipeline = Pipeline(
            spec=spec,
            hooks=self._vendor,
            api_key=key,
            base_url=self.base_url,
            policy=RetryPolicy(max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries),
            response_format=response_format,
            parser_client=generated_client.Client(base_url=self.base_url),
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(vendor={self.vendor!r}, base_url={self.base_url!r})"

    def _prepare(self, call: Call[Any]) -> tuple[Any, httpx.Request]:
        route = self._pipeline.route_of(call.endpoint)
        try:
            kwargs = call.endpoint._get_kwargs(*call.args, **call.kwargs)
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise InvalidRequestError(f"{route.operation_id}: {error}", vendor=self.vendor) from error
        return route, self._pipeline.build(route, kwargs)

    def _send_plan(
        self,
        to: str | Sequence[str],
        text: str,
        sender: str | None,
        scheduled_at: datetime | None,
        reference: str | None,
        dry_run: bool,
    ) -> Generator[Call[Any], Any, SendResult]:
        """Check what no vendor accepts, once for all vendors, then hand the send to the vendor's plan."""
        numbers = recipients(to, self.vendor)
        check_text(text, self.vendor)
        when = check_schedule(scheduled_at, self.vendor)
        return self._vendor.send(numbers, text, sender=sender, scheduled_at=when, reference=reference, dry_run=dry_run)

    @staticmethod
    def _plan_status(message_id: str | None, phone_number: str | None, vendor: str) -> None:
        if message_id is None and phone_number is None:
            raise InvalidRequestError("status() needs a message_id, a phone_number or both", vendor=vendor)
        if message_id is not None:
            check_identifier(message_id, name="message_id", vendor=vendor)


class Client(_BaseClient):
    """A synchronous client for one vendor. Use it as a context manager, or call ``close()``."""

    _sleep = staticmethod(time.sleep)  # the wait between attempts; tests replace it

    def __init__(
        self,
        vendor: str,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        **vendor_options: Any,
    ) -> None:
        super().__init__(
            vendor,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            vendor_options=vendor_options,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self._timeout, follow_redirects=False)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def call(self, endpoint: Endpoint[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run any operation of this vendor's spec and return its parsed success model.

        ``client.call(smsgate.primotexto.operations.get_category_stats, category="otp")``: the
        arguments are the generated operation's own, checked by mypy.
        """
        return self._run(Call(endpoint, args, dict(kwargs)))  # type: ignore[no-any-return]

    def send(
        self,
        to: str | Sequence[str],
        text: str,
        *,
        sender: str | None = None,
        scheduled_at: datetime | None = None,
        reference: str | None = None,
        dry_run: bool = False,
    ) -> SendResult:
        plan = self._send_plan(to, text, sender, scheduled_at, reference, dry_run)
        result: SendResult = self._drive(plan)
        return result

    def status(self, message_id: str | None = None, *, phone_number: str | None = None) -> list[DeliveryReport]:
        self._plan_status(message_id, phone_number, self.vendor)
        reports: list[DeliveryReport] = self._drive(self._vendor.status(message_id, phone_number))
        return reports

    def cancel(self, message_id: str) -> None:
        check_identifier(message_id, name="message_id", vendor=self.vendor)
        self._drive(self._vendor.cancel(message_id))

    def credits(self) -> Credits:
        credits: Credits = self._drive(self._vendor.credits())
        return credits

    def _drive(self, plan: Generator[Call[Any], Any, T]) -> T:
        try:
            call = next(plan)
            while True:
                try:
                    result = self._run(call)
                except SmsGateError as error:
                    call = plan.throw(error)
                else:
                    call = plan.send(result)
        except StopIteration as stop:
            value: T = stop.value
            return value
        except SmsGateError as error:
            self._pipeline.scrub(error)
            raise

    def _run(self, call: Call[Any]) -> Any:
        route, request = self._prepare(call)
        attempts = self._pipeline.attempts(route, request, call.context)
        outcome: Outcome = None
        try:
            while True:
                action = attempts.send(outcome)
                if isinstance(action, Sleep):
                    self._sleep(action.seconds)
                    outcome = None
                else:
                    outcome = self._send(action)
        except StopIteration as stop:
            received: Received = stop.value
        return self._pipeline.interpret(route, call.endpoint, received, call.context)

    def _send(self, action: Send) -> Outcome:
        try:
            response = self._http.send(action.request, stream=True)
            try:
                content = self._pipeline.read_limited(response.iter_bytes())
            finally:
                response.close()
        except (httpx.HTTPError, httpx.StreamError) as error:
            return Failed(classify(error), error)
        return Received(response, content)


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: asyncio costs ~20 ms at ``import smsgate``."""
    import asyncio

    await asyncio.sleep(seconds)


class AsyncClient(_BaseClient):
    """The asyncio twin of ``Client``: same arguments, same results, ``await`` every call."""

    _sleep = staticmethod(_asyncio_sleep)  # the wait between attempts; tests replace it

    def __init__(
        self,
        vendor: str,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        **vendor_options: Any,
    ) -> None:
        super().__init__(
            vendor,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            vendor_options=vendor_options,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def call(self, endpoint: Endpoint[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run any operation of this vendor's spec (see ``Client.call``)."""
        return await self._run(Call(endpoint, args, dict(kwargs)))  # type: ignore[no-any-return]

    async def send(
        self,
        to: str | Sequence[str],
        text: str,
        *,
        sender: str | None = None,
        scheduled_at: datetime | None = None,
        reference: str | None = None,
        dry_run: bool = False,
    ) -> SendResult:
        plan = self._send_plan(to, text, sender, scheduled_at, reference, dry_run)
        result: SendResult = await self._drive(plan)
        return result

    async def status(self, message_id: str | None = None, *, phone_number: str | None = None) -> list[DeliveryReport]:
        self._plan_status(message_id, phone_number, self.vendor)
        reports: list[DeliveryReport] = await self._drive(self._vendor.status(message_id, phone_number))
        return reports

    async def cancel(self, message_id: str) -> None:
        check_identifier(message_id, name="message_id", vendor=self.vendor)
        await self._drive(self._vendor.cancel(message_id))

    async def credits(self) -> Credits:
        credits: Credits = await self._drive(self._vendor.credits())
        return credits

    async def _drive(self, plan: Generator[Call[Any], Any, T]) -> T:
        try:
            call = next(plan)
            while True:
                try:
                    result = await self._run(call)
                except SmsGateError as error:
                    call = plan.throw(error)
                else:
                    call = plan.send(result)
        except StopIteration as stop:
            value: T = stop.value
            return value
        except SmsGateError as error:
            self._pipeline.scrub(error)
            raise

    async def _run(self, call: Call[Any]) -> Any:
        route, request = self._prepare(call)
        attempts = self._pipeline.attempts(route, request, call.context)
        outcome: Outcome = None
        try:
            while True:
                action = attempts.send(outcome)
                if isinstance(action, Sleep):
                    await self._sleep(action.seconds)
                    outcome = None
                else:
                    outcome = await self._send(action)
        except StopIteration as stop:
            received: Received = stop.value
        return self._pipeline.interpret(route, call.endpoint, received, call.context)

    async def _send(self, action: Send) -> Outcome:
        try:
            response = await self._http.send(action.request, stream=True)
            try:
                buffer = bytearray()
                async for chunk in response.aiter_bytes():
                    buffer += chunk
                    self._pipeline.check_size(len(buffer))
            finally:
                await response.aclose()
        except (httpx.HTTPError, httpx.StreamError) as error:
            return Failed(classify(error), error)
        return Received(response, bytes(buffer))
