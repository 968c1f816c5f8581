"""``smsgate.Client`` and ``smsgate.AsyncClient``: the four common jobs over any vendor, plus
``call()`` for every other operation of the vendor's spec, with the same auth, encoding, XML,
error and retry behaviour.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import importlib
import math
import sys
import time
import weakref
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, ParamSpec, Self, TypeVar, Unpack

import httpx

from ._base.drive import adrive, drive
from ._base.encoding import check_identifier
from ._base.errors import (
    ClientUsageError,
    InvalidArgumentError,
    ResponseFormatError,
    SmsGateError,
    UnsupportedOperationError,
)
from ._base.redact import hides_secrets, mask_in_http_logs, without_inner_frames
from ._base.spec import vendor_spec
from ._core.arguments import check_arguments, check_query_rule
from ._core.failures import SendContext
from ._core.http import Call, Endpoint, Pipeline
from ._core.polling import DEFAULT_WAIT_TIMEOUT, POLL_BUDGETS, Poll, Polled, wait_plan
from ._core.response import Answer, Received
from ._core.retry import (
    DEFAULT_TIMEOUT,
    AttemptTimeout,
    Failed,
    Failure,
    Outcome,
    RetryPolicy,
    Send,
    Sleep,
    classify,
)
from ._text.inputs import recipients
from ._text.phone import RECIPIENT_FORMS, example_mobile, to_e164
from ._text.send_options import SendKwargs, SendOptions
from ._vendors import ConsentPlans, Vendor, consent_plans, load
from ._vendors.options import ClientOptions, client_options

if TYPE_CHECKING:  # the generated unified models load with the first client, not at ``import smsgate``
    from datetime import datetime
    from types import ModuleType

    from ._base.models import Credits, DeliveryReport, OptOut, Reply, SendResult
    from ._text.preview import Checked, Preview
    from ._text.rules import SmsRange

# What a vendor plan raises when an answer the generated parser accepted is not shaped as the plan reads it.
MISREAD = (KeyError, IndexError, TypeError, AttributeError, ValueError)
UNREADABLE = (ResponseFormatError, *MISREAD)  # what a plan reading an answer may raise

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


@functools.cache
def _rules() -> ModuleType:
    """``smsgate._text.preview`` (the rules), imported with the first send or preview, then held:
    an ``import`` statement in the send path costs each send a lookup."""
    from ._text import preview

    return preview


def _one(call: Call[Any]) -> Generator[Call[Any], Answer, Any]:
    """The plan of ``call()``: one operation, so that it goes through the same driver as the unified calls."""
    answer = yield call
    return answer.model


class _BaseClient:
    _closed = False

    def __init__(self, options: ClientOptions) -> None:
        self._options = options
        self.vendor = vendor = options.vendor
        self.base_url = options.base_url
        self._timeout = options.timeout or httpx.Timeout(DEFAULT_TIMEOUT)
        self._spec = spec = vendor_spec(vendor)
        # The webhook secret signs callback_url (None: $SMSGATE_WEBHOOK_SECRET, read when a send needs it).
        sms_range = _range(vendor, options.sms_range)
        self._vendor: Vendor = load(vendor, spec, sms_range=sms_range, signer=options.signer)
        mask_in_http_logs(options.api_key, spec.query_auth)
        generated_client = importlib.import_module(f"_smsgate_generated.{vendor}.client")
        self._pipeline = Pipeline(
            spec=spec,
            hooks=self._vendor,
            api_key=options.api_key,
            base_url=self.base_url,
            policy=RetryPolicy(max_retries=options.max_retries),
            response_format=options.response_format,
            parser_client=generated_client.Client(base_url=self.base_url),
        )

    def __repr__(self) -> str:
        # getattr: a client whose construction was refused is still shown in tracebacks with locals.
        vendor, base_url = getattr(self, "vendor", None), getattr(self, "base_url", None)
        return f"{type(self).__name__}(vendor={vendor!r}, base_url={base_url!r})"

    def _prepare(self, call: Call[Any]) -> tuple[Any, httpx.Request]:
        if self._closed:
            raise ClientUsageError(f"this {type(self).__name__} is closed: make a new one", vendor=self.vendor)
        self._check_loop()
        route = self._pipeline.route_of(call.endpoint)
        if call.from_caller:
            check_arguments(
                call.endpoint._get_kwargs, call.args, call.kwargs, operation=route.operation_id, vendor=self.vendor
            )
        try:
            kwargs = call.endpoint._get_kwargs(*call.args, **call.kwargs)
        except (TypeError, ValueError, AttributeError, KeyError) as error:
            raise InvalidArgumentError(f"{route.operation_id}: {error}", vendor=self.vendor) from error
        check_query_rule(route.query_rule, kwargs.get("params"), operation=route.operation_id, vendor=self.vendor)
        if not route.idempotent and call.context is None:
            call.context = SendContext()  # the moment a write started, for its SendOutcomeUnknown
        # What httpx's build_request would add from the HTTP client (its default headers, among them
        # a User-Agent, and its cookies): the request is built here, then sent with send().
        http: httpx.Client | httpx.AsyncClient = self._http  # type: ignore[attr-defined]
        request = self._pipeline.build(route, kwargs, http.headers.raw)
        if http.cookies:
            http.cookies.set_cookie_header(request)
        return route, request

    def _unusable_answer(self, call: Call[Any], error: Exception) -> SmsGateError:
        """A vendor plan could not read the answer to ``call``: for a write, its outcome is unknown."""
        if not isinstance(error, ResponseFormatError):
            # A plan reading a shape the spec allows but the plan did not expect (a list for an object).
            misread = error
            error = ResponseFormatError(
                f"the answer does not have the shape smsgate reads ({type(misread).__name__})", vendor=self.vendor
            )
            error.__cause__ = misread
        route = self._pipeline.route_of(call.endpoint)
        return self._pipeline.failures.after_delivery(route, error, 200, call.context)

    def preview(
        self,
        text: str,
        to: str | Sequence[str] | None = None,
        *,
        price_per_part: Decimal | None = None,
        **options: Unpack[SendKwargs],
    ) -> Preview:
        """What ``send`` with these arguments would be (encoding, parts, cost), every rule checked.

        No request is made (on an ``AsyncClient`` too: nothing to await). See ``smsgate.preview``.
        """
        from ._text.preview import preview

        try:
            return preview(
                text,
                vendor=self.vendor,
                to=to,
                price_per_part=price_per_part,
                marketing_hours=self._options.marketing_hours,
                sms_range=self._options.sms_range,
                **options,
            )
        except SmsGateError as error:
            # A refusal may quote what it refused (a key pasted as the number): masked, as every error is.
            raise without_inner_frames(self._pipeline.failures.scrub(error))  # noqa: B904 - its own chain is kept

    def _weigh(self, text: str, count: int, options: SendOptions, price_per_part: Decimal | None = None) -> Preview:
        """``weigh`` with this client's vendor options (its product range, its marketing hours)."""
        weighed: Preview = _rules().weigh(
            text,
            self.vendor,
            options,
            recipients=count,
            price_per_part=price_per_part,
            marketing_hours=self._options.marketing_hours,
            sms_range=self._options.sms_range,
        )
        return weighed

    def _checked(self, text: str, options: SendOptions) -> Checked:
        """``checked`` (every rule, once) with this client's vendor options."""
        checked: Checked = _rules().checked(
            text, self.vendor, options, self._options.marketing_hours, self._options.sms_range
        )
        return checked

    def _send_plan(
        self,
        to: str | Sequence[str],
        text: str,
        options: SendOptions | Mapping[str, Any],
        weighed: Preview | None = None,
    ) -> Generator[Call[Any], Any, SendResult]:
        """Check the options and every rule once (``checked``), then hand the send to the vendor's plan.

        A generator itself, so that the checks run inside ``_drive``, whose errors are masked like
        the vendor's. A campaign's batches come here with options it checked already; ``weighed``
        is this client's ``preview`` of this very send, made just before: its rules ran there.
        """
        if not isinstance(options, SendOptions):
            options = SendOptions.of(options, call="send", vendor=self.vendor)
        numbers = recipients(to, self.vendor)
        refused = options.refusal(numbers, self.vendor)  # the suppression list, before any request
        if refused is not None:
            raise refused
        # The vendor's plan converts and checks each number; the rules need no Preview built.
        sendable = self._checked(text, options).text if weighed is None else weighed.text
        result: SendResult = yield from self._vendor.send(numbers, sendable, options)
        return result

    def _check_send(self, text: str, options: SendOptions) -> None:
        """Everything ``send`` checks before its first request (the rules, then the vendor plan's own
        checks), for a text about to be sent to many: the plan stops at its first request, unsent."""
        # An example number, not a recipient: the suppression list is each recipient's check, at its send.
        unscreened = options if options.suppression is None else options.replace(suppression=None)
        plan = self._send_plan([example_mobile(RECIPIENT_FORMS[self.vendor].region)], text, unscreened)
        try:
            next(plan)
        except StopIteration:
            pass  # a send that makes no request (a Primotexto dry run)
        finally:
            plan.close()

    def _batch_policy(self) -> RetryPolicy:
        return dataclasses.replace(self._pipeline.policy, retry_rate_limited=False)

    def _status_plan(
        self, message_id: str | None, phone_number: str | None
    ) -> Generator[Call[Any], Any, list[DeliveryReport]]:
        if message_id is None and phone_number is None:
            raise InvalidArgumentError("status() needs a message_id, a phone_number or both", vendor=self.vendor)
        if phone_number is not None and not isinstance(phone_number, str):
            raise InvalidArgumentError(
                f"phone_number must be a string, not {type(phone_number).__name__}", vendor=self.vendor
            )
        checked_id = None if message_id is None else check_identifier(message_id, name="message_id", vendor=self.vendor)
        return self._vendor.status(checked_id, phone_number)

    def _wait_plan(self, result: object, timeout: object) -> tuple[str, Generator[Poll | Sleep, Any, list[Any]]]:
        """The message id ``wait()`` polls and its plan; InvalidArgumentError names a bad argument."""
        from ._base.models import SendResult

        if not isinstance(result, SendResult):
            raise InvalidArgumentError(
                f"wait() takes the SendResult that send() returned, not {type(result).__name__}", vendor=self.vendor
            )
        if result.vendor.value != self.vendor:
            raise InvalidArgumentError(
                f"this SendResult is from {result.vendor.value}; wait() on a {result.vendor.value} client",
                vendor=self.vendor,
            )
        if not result.message_id:
            raise InvalidArgumentError(
                "this SendResult names no message to wait for (a dry run, or nothing was accepted)", vendor=self.vendor
            )
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout):
            raise InvalidArgumentError(
                f"timeout must be a finite number of seconds, not {timeout!r}", vendor=self.vendor
            )
        if timeout < 0:
            raise InvalidArgumentError(f"timeout must be >= 0 seconds, not {timeout!r}", vendor=self.vendor)
        # Each part of a message_id is one status request (Primotexto and Messaggi v2 send one message per recipient).
        requests = len(result.message_id.split(","))
        return result.message_id, wait_plan(float(timeout), requests, POLL_BUDGETS[self.vendor])

    def _consent(self, kind: object, action: str, by: str | None = None) -> ConsentPlans:
        """The vendor's plans for ``action`` on its ``kind`` list, after the spec says it has one
        (``x-smsgate-consent``); ``UnsupportedOperationError`` naming what it has otherwise."""
        lists = ("reply",) if action == "replies" else ("stop", "bounce")
        if kind not in lists:
            raise InvalidArgumentError(f"kind must be 'stop' or 'bounce', not {kind!r}", vendor=self.vendor)
        tag = ("reply", "list", by) if action == "replies" else (str(kind), action, None)
        plans = consent_plans(self.vendor, self._spec)
        if self._spec.consent_operation(*tag) is None or plans is None:
            verb = {"list": "list", "add": "add a number to", "remove": "remove a number from"}.get(action)
            wanted = f"to list replies by {by}" if action == "replies" else f"to {verb} its {kind} list"
            raise UnsupportedOperationError(
                f"{self.vendor}'s API has no operation {wanted}; what it has: {self._spec.consent_summary()}",
                vendor=self.vendor,
            )
        return plans

    def _opt_outs_plan(self, kind: object) -> Generator[Call[Any], Any, list[OptOut]]:
        return self._consent(kind, "list").opt_outs(str(kind))

    def _opt_out_change(self, number: object, kind: object, action: str) -> Generator[Call[Any], Any, None]:
        plans = self._consent(kind, action)
        if not isinstance(number, str):
            raise InvalidArgumentError(f"number must be a string, not {type(number).__name__}", vendor=self.vendor)
        e164 = to_e164(number, RECIPIENT_FORMS[self.vendor].region, vendor=self.vendor)
        change = plans.add_opt_out if action == "add" else plans.remove_opt_out
        return change(e164, str(kind))

    def _replies_plan(
        self, reference: object, campaign: object, since: object
    ) -> Generator[Call[Any], Any, list[Reply]]:
        if (reference is None) == (campaign is None):
            raise InvalidArgumentError("replies() takes exactly one of reference= and campaign=", vendor=self.vendor)
        by, value = ("reference", reference) if campaign is None else ("campaign", campaign)
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgumentError(f"{by} must be a non-empty string, not {value!r}", vendor=self.vendor)
        if since is not None and not (isinstance(since, dt.datetime) and since.tzinfo is not None):
            raise InvalidArgumentError("since must be a timezone-aware datetime", vendor=self.vendor)
        plans = self._consent("reply", "replies", by)
        return _since(plans.replies(by, value), since)

    def _cancel_plan(self, message_id: str) -> Generator[Call[Any], Any, None]:
        return self._vendor.cancel(check_identifier(message_id, name="message_id", vendor=self.vendor))

    def _check_loop(self) -> None:
        """Nothing to check for the synchronous client (see AsyncClient)."""


def _since(plan: Generator[Call[Any], Any, list[Reply]], since: Any) -> Generator[Call[Any], Any, list[Reply]]:
    """The replies of ``plan`` received at or after ``since`` (a reply of unknown time is kept: it may be)."""
    replies = yield from plan
    if since is None:
        return replies
    return [reply for reply in replies if reply.received_at is None or reply.received_at >= since]


def _checked_sleep(sleep: object, vendor: str) -> Any:
    """The wait between two attempts given to a constructor (a test's own), if callable."""
    if sleep is not None and not callable(sleep):
        raise InvalidArgumentError(f"sleep must be callable, not {type(sleep).__name__}", vendor=vendor)
    return sleep


def _range(vendor: str, name: str | None) -> SmsRange | None:
    """The product range ``name`` of ``vendor`` (None: none chosen, so none is sent: the vendor's default)."""
    if name is None:
        return None
    from ._text.rules import range_named  # the rules load with the first client that needs them

    return range_named(vendor, name)


class ExchangeProgress:
    """How far one exchange got, from httpcore's ``trace`` extension (a transport that reports
    nothing, such as a mock, leaves both False: a cut attempt then counts as possibly sent)."""

    __slots__ = ("connecting", "writing")

    def __init__(self) -> None:
        self.connecting = False  # a new connection was being opened for this request
        self.writing = False  # the request's first bytes were being written

    async def trace(self, event: str, info: dict[str, Any]) -> None:
        if event.startswith(("connection.connect_tcp.", "connection.connect_unix_socket.")):
            self.connecting = True
        elif event.endswith("send_request_headers.started"):
            self.writing = True


def attempt_seconds(timeout: httpx.Timeout) -> float | None:
    """The wall-clock deadline of one attempt: the longest of the timeout's parts (None: no limit)."""
    parts = [part for part in (timeout.connect, timeout.read, timeout.write, timeout.pool) if part is not None]
    return max(parts) if parts else None


class Client(_BaseClient):
    """A synchronous client for one vendor. Use it as a context manager, or call ``close()``.

    ``webhook_secret`` (else ``$SMSGATE_WEBHOOK_SECRET``) signs the ``callback_url`` of a send, so
    that ``smsgate.webhooks`` can tell your callbacks from forged ones; no repr or error shows it.
    """

    _sleep = staticmethod(time.sleep)  # the wait between attempts, unless the constructor is given one

    @hides_secrets
    def __init__(
        self,
        vendor: str,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        *,
        sleep: Callable[[float], None] | None = None,
        webhook_secret: str | None = None,
        **vendor_options: Any,
    ) -> None:
        super().__init__(
            client_options(
                vendor,
                api_key=api_key,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                vendor_options=vendor_options,
                webhook_secret=webhook_secret,
            )
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise InvalidArgumentError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}", vendor=self.vendor
            )
        self._sleep = _checked_sleep(sleep, self.vendor) or self._sleep
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self._timeout, follow_redirects=False)
        self._attempt_seconds = attempt_seconds(
            self._timeout if self._options.timeout is not None else self._http.timeout
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections (those of an ``http_client`` you passed stay yours to close)."""
        self._closed = True
        if self._owns_http:
            self._http.close()

    def call(self, endpoint: Endpoint[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run any operation of this vendor's spec and return its parsed success model.

        ``client.call(smsgate.primotexto.operations.get_category_stats, category="otp")``: the
        arguments are the generated operation's own, checked by mypy.
        """
        return self._drive(_one(Call(endpoint, args, dict(kwargs), from_caller=True)))  # type: ignore[no-any-return]

    def send(self, to: str | Sequence[str], text: str, **options: Unpack[SendKwargs]) -> SendResult:
        """Send ``text`` to ``to`` with the send options (``sender``, ``scheduled_at``, ``reference``,
        ``dry_run``, ``purpose``, ``gsm7``, ``callback_url``: see ``smsgate._text.send_options.SendKwargs``);
        ``preview`` with the same arguments says what it would be, and refuses what ``send`` refuses."""
        result: SendResult = self._drive(self._send_plan(to, text, options))
        return result

    def _send_previewed(
        self, to: str | Sequence[str], text: str, weighed: Preview, **options: Unpack[SendKwargs]
    ) -> SendResult:
        """``send``, right after ``preview`` weighed it with the same arguments (the CLI shows the
        preview, then sends): the rules ran once, there, and the text sent is the one it weighed."""
        result: SendResult = self._drive(self._send_plan(to, text, options, weighed))
        return result

    def _send_batch(self, numbers: Sequence[str], text: str, options: SendOptions) -> SendResult:
        """A campaign's batch: ``send`` with checked options; a 429 is raised at once, for the campaign
        to pace every worker (or fail over) and say so."""
        result: SendResult = self._drive(self._send_plan(list(numbers), text, options), self._batch_policy())
        return result

    def status(self, message_id: str | None = None, *, phone_number: str | None = None) -> list[DeliveryReport]:
        """The delivery reports of every recipient of ``message_id`` (or of one, with ``phone_number``); Primotexto
        also takes ``phone_number`` alone (its latest message to that number)."""
        reports: list[DeliveryReport] = self._drive(self._status_plan(message_id, phone_number))
        return reports

    def wait(self, result: SendResult, *, timeout: float = DEFAULT_WAIT_TIMEOUT) -> list[DeliveryReport]:
        """Poll ``status()`` until every recipient of ``result`` (what ``send()`` returned) is final, or until
        ``timeout`` seconds have passed; returns the last reports, those still on their way with ``final`` False.

        The first poll is at once, then after 1, 2, 4, 8, 16 and every 30 s, never faster than the vendor's
        documented rate limit allows (``smsgate._core.polling``); the last wait is cut to the deadline.
        ``InvalidArgumentError`` for a result of another vendor or with no message, or a bad ``timeout``.
        """
        message_id, plan = self._wait_plan(result, timeout)

        def perform(action: Poll | Sleep) -> Polled | None:
            if isinstance(action, Sleep):
                self._sleep(action.seconds)
                return None
            started = time.monotonic()
            return Polled(self.status(message_id), time.monotonic() - started)

        reports: list[DeliveryReport] = drive(plan, perform)
        return reports

    def cancel(self, message_id: str) -> None:
        """Cancel a scheduled message before it leaves (refunded); ``UnsupportedOperationError`` where the vendor
        has no cancel."""
        self._drive(self._cancel_plan(message_id))

    def credits(self) -> Credits:
        """The account's balance, in the vendor's unit."""
        credits: Credits = self._drive(self._vendor.credits())
        return credits

    def opt_outs(self, kind: str = "stop") -> list[OptOut]:
        """The numbers on the vendor's ``kind`` list: ``"stop"`` (its STOP list) or ``"bounce"``
        (Primotexto's NPAI list). ``UnsupportedOperationError`` before any request where the vendor
        has no such list (Messaggi), naming what it has. Feed ``SuppressionList.sync`` with them."""
        found: list[OptOut] = self._drive(self._opt_outs_plan(kind))
        return found

    def add_opt_out(self, number: str, *, kind: str = "stop") -> None:
        """Put ``number`` on the vendor's ``kind`` list (``UnsupportedOperationError`` where it has none)."""
        self._drive(self._opt_out_change(number, kind, "add"))

    def remove_opt_out(self, number: str, *, kind: str = "stop") -> None:
        """Take ``number`` off the vendor's ``kind`` list (SMS Partner: found by reading the list first;
        ``NotFoundError`` when it is not there)."""
        self._drive(self._opt_out_change(number, kind, "remove"))

    def replies(
        self, reference: str | None = None, *, campaign: str | None = None, since: datetime | None = None
    ) -> list[Reply]:
        """The replies to the messages sent with ``reference`` (Primotexto: its category), or to one
        ``campaign``; ``since`` keeps those received from then on (a reply of unknown time is kept).
        ``UnsupportedOperationError`` before any request where the vendor has no reply list (SMS
        Partner posts replies to a URL instead; Messaggi has none)."""
        found: list[Reply] = self._drive(self._replies_plan(reference, campaign, since))
        return found

    def _drive(self, plan: Generator[Call[Any], Any, T], policy: RetryPolicy | None = None) -> T:
        """Run a vendor plan: each call it yields through the request core; an error is thrown into
        the plan (which may go on), a misread answer names its call; errors leave scrubbed."""
        try:
            perform = self._run if policy is None else functools.partial(self._run, policy=policy)
            return drive(plan, perform, thrown=SmsGateError, unreadable=UNREADABLE, explain=self._unusable_answer)
        except SmsGateError as error:
            raise without_inner_frames(self._pipeline.failures.scrub(error))  # noqa: B904 - its own chain is kept

    def _run(self, call: Call[Any], policy: RetryPolicy | None = None) -> Any:
        route, request = self._prepare(call)
        received: Received = drive(self._pipeline.attempts(route, request, call.context, policy), self._perform)
        return self._pipeline.interpret(route, call.endpoint, received, call.context)

    def _perform(self, action: Sleep | Send) -> Outcome:
        if isinstance(action, Sleep):
            self._sleep(action.seconds)
            return None
        return self._send(action)

    def _send(self, action: Send) -> Outcome:
        # httpx's timeouts are per read: a server dripping its answer would keep the attempt alive.
        # The answer is read against a wall-clock deadline too (the wait for the headers stays
        # bounded by httpx's read timeout alone: a synchronous read cannot be interrupted).
        deadline = None if self._attempt_seconds is None else time.monotonic() + self._attempt_seconds
        try:
            response = self._http.send(action.request, stream=True)
            try:
                content = self._pipeline.read_limited(response.iter_bytes(), deadline)
            finally:
                response.close()
        except (httpx.HTTPError, httpx.StreamError) as error:
            return Failed(classify(error), error)
        except RuntimeError as error:  # httpx: "the client has been closed" (an http_client closed by its owner)
            raise ClientUsageError(f"the HTTP client cannot send: {error}", vendor=self.vendor) from None
        if content is None:
            return Received(response, b"", too_large=True)
        return Received(response, content)


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: asyncio costs ~20 ms at ``import smsgate``."""
    import asyncio

    await asyncio.sleep(seconds)


class AsyncClient(_BaseClient):
    """The asyncio twin of ``Client``: same arguments, same results, ``await`` every call."""

    _sleep = staticmethod(_asyncio_sleep)  # the wait between attempts, unless the constructor is given one

    @hides_secrets
    def __init__(
        self,
        vendor: str,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        webhook_secret: str | None = None,
        **vendor_options: Any,
    ) -> None:
        super().__init__(
            client_options(
                vendor,
                api_key=api_key,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                vendor_options=vendor_options,
                webhook_secret=webhook_secret,
            )
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidArgumentError(
                f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}", vendor=self.vendor
            )
        self._sleep = _checked_sleep(sleep, self.vendor) or self._sleep
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)
        self._attempt_seconds = attempt_seconds(
            self._timeout if self._options.timeout is not None else self._http.timeout
        )
        self._loop: weakref.ref[Any] | None = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections (those of an ``http_client`` you passed stay yours to close)."""
        self._closed = True
        if self._owns_http:
            await self._http.aclose()

    def _check_loop(self) -> None:
        """The connections of an httpx.AsyncClient belong to the event loop that opened them.

        An AsyncClient used from a new event loop (a second ``asyncio.run()``) opens new
        connections there when they are its own; an ``http_client`` you passed stays yours to manage.
        """
        if not self._owns_http:
            return
        asyncio = sys.modules.get("asyncio")
        try:
            loop = asyncio.get_running_loop() if asyncio is not None else None
        except RuntimeError:  # not asyncio (trio through anyio): httpx itself decides
            loop = None
        if loop is None:
            return
        if self._loop is not None and self._loop() is not loop:
            # The old loop's connections cannot be closed from here; dropping them is all that is safe.
            self._http = httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)
        self._loop = weakref.ref(loop)

    async def call(self, endpoint: Endpoint[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Run any operation of this vendor's spec (see ``Client.call``)."""
        return await self._drive(_one(Call(endpoint, args, dict(kwargs), from_caller=True)))

    async def send(self, to: str | Sequence[str], text: str, **options: Unpack[SendKwargs]) -> SendResult:
        """Send ``text`` to ``to`` (see ``Client.send``)."""
        result: SendResult = await self._drive(self._send_plan(to, text, options))
        return result

    async def _send_batch(self, numbers: Sequence[str], text: str, options: SendOptions) -> SendResult:
        """A campaign's batch (see ``Client._send_batch``)."""
        result: SendResult = await self._drive(self._send_plan(list(numbers), text, options), self._batch_policy())
        return result

    async def status(self, message_id: str | None = None, *, phone_number: str | None = None) -> list[DeliveryReport]:
        """The delivery reports of a message (see ``Client.status``)."""
        reports: list[DeliveryReport] = await self._drive(self._status_plan(message_id, phone_number))
        return reports

    async def wait(self, result: SendResult, *, timeout: float = DEFAULT_WAIT_TIMEOUT) -> list[DeliveryReport]:
        """Poll ``status()`` until every recipient of ``result`` is final or ``timeout`` seconds have passed
        (see ``Client.wait``)."""
        message_id, plan = self._wait_plan(result, timeout)

        async def perform(action: Poll | Sleep) -> Polled | None:
            if isinstance(action, Sleep):
                await self._sleep(action.seconds)
                return None
            started = time.monotonic()
            return Polled(await self.status(message_id), time.monotonic() - started)

        reports: list[DeliveryReport] = await adrive(plan, perform)
        return reports

    async def cancel(self, message_id: str) -> None:
        """Cancel a scheduled message (see ``Client.cancel``)."""
        await self._drive(self._cancel_plan(message_id))

    async def opt_outs(self, kind: str = "stop") -> list[OptOut]:
        """The asyncio twin of ``Client.opt_outs``."""
        found: list[OptOut] = await self._drive(self._opt_outs_plan(kind))
        return found

    async def add_opt_out(self, number: str, *, kind: str = "stop") -> None:
        """The asyncio twin of ``Client.add_opt_out``."""
        await self._drive(self._opt_out_change(number, kind, "add"))

    async def remove_opt_out(self, number: str, *, kind: str = "stop") -> None:
        """The asyncio twin of ``Client.remove_opt_out``."""
        await self._drive(self._opt_out_change(number, kind, "remove"))

    async def replies(
        self, reference: str | None = None, *, campaign: str | None = None, since: datetime | None = None
    ) -> list[Reply]:
        """The asyncio twin of ``Client.replies``."""
        found: list[Reply] = await self._drive(self._replies_plan(reference, campaign, since))
        return found

    async def credits(self) -> Credits:
        """The account's balance (see ``Client.credits``)."""
        credits: Credits = await self._drive(self._vendor.credits())
        return credits

    async def _drive(self, plan: Generator[Call[Any], Any, T], policy: RetryPolicy | None = None) -> T:
        try:
            perform = self._run if policy is None else functools.partial(self._run, policy=policy)
            return await adrive(
                plan, perform, thrown=SmsGateError, unreadable=UNREADABLE, explain=self._unusable_answer
            )
        except SmsGateError as error:
            raise without_inner_frames(self._pipeline.failures.scrub(error))  # noqa: B904 - its own chain is kept

    async def _run(self, call: Call[Any], policy: RetryPolicy | None = None) -> Any:
        route, request = self._prepare(call)
        received: Received = await adrive(self._pipeline.attempts(route, request, call.context, policy), self._perform)
        return self._pipeline.interpret(route, call.endpoint, received, call.context)

    async def _perform(self, action: Sleep | Send) -> Outcome:
        if isinstance(action, Sleep):
            await self._sleep(action.seconds)
            return None
        return await self._send(action)

    async def _send(self, action: Send) -> Outcome:
        import asyncio  # already imported by the running event loop

        progress = ExchangeProgress()
        action.request.extensions["trace"] = progress.trace
        try:
            # httpx's timeouts are per read: a server dripping its answer would keep the attempt
            # alive. The whole attempt (connect, write, headers, body) gets a wall-clock deadline.
            async with asyncio.timeout(self._attempt_seconds):
                return await self._attempt(action)
        except TimeoutError:
            # Cut while connecting, before a byte of the request was written: provably not sent.
            failure = Failure.NOT_CONNECTED if progress.connecting and not progress.writing else Failure.TIMED_OUT
            return Failed(failure, AttemptTimeout(f"no complete answer within {self._attempt_seconds} s"))

    async def _attempt(self, action: Send) -> Outcome:
        limit = self._pipeline.response_size_limit
        too_large = False
        try:
            response = await self._http.send(action.request, stream=True)
            try:
                buffer = bytearray()
                async for chunk in response.aiter_bytes():
                    buffer += chunk
                    if len(buffer) > limit:
                        too_large = True
                        break
            finally:
                await response.aclose()
        except (httpx.HTTPError, httpx.StreamError) as error:
            return Failed(classify(error), error)
        except RuntimeError as error:  # httpx: "the client has been closed" (an http_client closed by its owner)
            raise ClientUsageError(f"the HTTP client cannot send: {error}", vendor=self.vendor) from None
        return Received(response, b"" if too_large else bytes(buffer), too_large=too_large)


class VendorClient(Client):
    """A ``Client`` bound to one vendor (``smsgate.primotexto.PrimotextoClient``...): no vendor argument."""

    bound_vendor: ClassVar[str]

    @hides_secrets
    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        **vendor_options: Any,
    ) -> None:
        super().__init__(self.bound_vendor, api_key, base_url, timeout, max_retries, http_client, **vendor_options)


class AsyncVendorClient(AsyncClient):
    """An ``AsyncClient`` bound to one vendor: no vendor argument."""

    bound_vendor: ClassVar[str]

    @hides_secrets
    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        **vendor_options: Any,
    ) -> None:
        super().__init__(self.bound_vendor, api_key, base_url, timeout, max_retries, http_client, **vendor_options)
