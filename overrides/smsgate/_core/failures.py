"""What a failure means for the operation it hit: one smsgate error, with the key masked.

A write (a non-idempotent operation) that failed after its request may have reached the vendor
is ``SendOutcomeUnknown``, whichever public call made it: a timeout, a broken connection, a 5xx
or 408, or a 2xx answer that cannot be read. Everything that leaves here has had the key masked
and carries no httpx frame or locals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from .._base.errors import (
    APIError,
    RequestTimeoutError,
    ResponseFormatError,
    SendOutcomeUnknown,
    SmsGateError,
    TransportError,
    outcome_unknown,
)
from .._base.redact import redact
from .._base.spec import Route
from .retry import Failed, Failure


@dataclass
class SendContext:
    """What a caller can use to check a send whose outcome is unknown."""

    to: tuple[str, ...] = ()
    reference: str | None = None
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class Failures:
    vendor: str
    api_key: str = field(repr=False)

    def transport_error(self, route: Route, outcome: Failed, context: SendContext | None) -> SmsGateError:
        """The error of an attempt that got no answer, the last one the retry policy allowed."""
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
        error.__cause__ = self.sanitised(outcome.error)
        return error

    def sanitised(self, error: Exception) -> Exception:
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
