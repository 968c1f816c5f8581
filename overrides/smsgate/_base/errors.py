"""The one exception tree of smsgate.

    SmsGateError
    ├── APIError                  the vendor answered and said no
    │   ├── AuthenticationError
    │   ├── NotFoundError
    │   ├── InvalidRequestError    the vendor refused the request, or one of its rules did before sending
    │   │   └── UnsupportedOperationError   the vendor has no API for this call
    │   ├── InsufficientCreditError
    │   ├── RateLimitError         .retry_after
    │   └── ServerError
    ├── TransportError             no usable answer: connection failed, timed out, broken stream
    │   └── RequestTimeoutError
    ├── SendOutcomeUnknown         a write may or may not have been carried out by the vendor
    ├── ResponseFormatError        the answer is not what the spec says
    ├── WebhookError               a callback smsgate.webhooks refuses (never a 500 from a receiver)
    │   ├── WebhookFormatError         the body is none of the vendor's declared payloads (400)
    │   └── WebhookAuthenticationError the callback URL's token is missing or forged (403)
    └── ClientUsageError           the caller used the client wrongly; nothing was sent
        ├── InvalidArgumentError   an argument smsgate refuses itself (a wrong type, an empty text...); a ValueError
        └── JournalError           a campaign journal that cannot be used: missing, not a journal, in use by a run

Every error raised from a public call is one of these, built in this module (the vendor modules
only say which code and message they read), with the original exception chained as
``__cause__``. The messages never contain an API key: they are built from redacted URLs and
from the vendor's own message.

``partial`` is set on any error raised by a send that the vendor partly carried out (one unified
send that became several requests, some of them accepted): it is the ``SendResult`` of what the
vendor accepted, and ``str(error)`` names those recipients, so that nobody sends them twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import SendResult
    from .spec import Route, VendorSpec

__all__ = [
    "APIError",
    "AuthenticationError",
    "ClientUsageError",
    "InsufficientCreditError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "JournalError",
    "NotFoundError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseFormatError",
    "SendOutcomeUnknown",
    "ServerError",
    "SmsGateError",
    "TransportError",
    "UnsupportedOperationError",
    "WebhookAuthenticationError",
    "WebhookError",
    "WebhookFormatError",
]


class SmsGateError(Exception):
    """Base of every error smsgate raises. ``vendor`` names the gateway (or is None);
    ``status_code`` the HTTP status of the answer it comes from (None when there was none)."""

    partial: SendResult | None = None
    status_code: int | None = None

    def __init__(self, message: str, *, vendor: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.vendor = vendor

    def __str__(self) -> str:
        text = f"[{self.vendor}] {self.message}" if self.vendor else self.message
        if self.partial is not None and self.partial.accepted:
            text += f"; {accepted_part(self.partial)}"
        return text


def accepted_part(partial: SendResult) -> str:
    """What a partly carried-out send already delivered to the vendor, for a message."""
    return (
        f"already accepted by the vendor, do not send again: {', '.join(partial.accepted)} "
        f"(message_id {partial.message_id!r})"
    )


class APIError(SmsGateError):
    """The vendor answered and refused the request.

    ``status_code`` is the HTTP status (200 for SMS Partner's in-body errors, None when smsgate
    refused the input before sending), ``vendor_code`` the vendor's own error code and
    ``vendor_message`` its own words.
    """

    def __init__(
        self,
        message: str,
        *,
        vendor: str | None = None,
        status_code: int | None = None,
        vendor_code: str | None = None,
        vendor_message: str | None = None,
    ) -> None:
        super().__init__(message, vendor=vendor)
        self.status_code = status_code
        self.vendor_code = vendor_code
        self.vendor_message = vendor_message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(vendor={self.vendor!r}, status_code={self.status_code!r}, "
            f"vendor_code={self.vendor_code!r}, vendor_message={self.vendor_message!r})"
        )


class AuthenticationError(APIError):
    """The API key or token is missing, wrong, disabled or not allowed for this call."""


class NotFoundError(APIError):
    """The message, contact, list... named in the request does not exist."""


class InvalidRequestError(APIError):
    """The vendor refused the request as wrong (a missing or malformed parameter, a number it
    lists as invalid), or smsgate refused it before sending by one of the vendor's documented rules.

    When smsgate refused it by one of a vendor's rules (``smsgate._text.rules``), ``rule`` names the
    rule (``"sender"``, ``"parts"``, ``"marketing_window"``...) and ``value`` holds the offending input;
    ``status_code`` is then None. A mistake smsgate can see without any vendor's rule (a wrong type,
    an empty text, a number that does not parse) is an ``InvalidArgumentError`` instead.
    """

    rule: str | None = None
    value: object = None


def broken_rule(
    rule: str, vendor: str, value: object, message: str, *, vendor_code: str | None = None
) -> InvalidRequestError:
    """A refusal before sending by one of ``vendor``'s rules, naming the rule, the vendor and the value."""
    shown = value.isoformat() if isinstance(value, datetime) else repr(value)
    if isinstance(value, str) and len(shown) > 80:
        shown = shown[:77] + "...'"
    code = f", vendor code {vendor_code}" if vendor_code else ""
    error = InvalidRequestError(f"{rule} rule{code}: {shown}: {message}", vendor=vendor, vendor_code=vendor_code)
    error.rule = rule
    error.value = value
    return error


class UnsupportedOperationError(InvalidRequestError):
    """The vendor's API has no way to do this (for example cancelling a Primotexto message)."""


class InsufficientCreditError(APIError):
    """The account has not enough credit for this send."""


class RateLimitError(APIError):
    """Too many requests; ``retry_after`` is the vendor's requested wait in seconds, if any."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        vendor: str | None = None,
        status_code: int | None = None,
        vendor_code: str | None = None,
        vendor_message: str | None = None,
    ) -> None:
        super().__init__(
            message, vendor=vendor, status_code=status_code, vendor_code=vendor_code, vendor_message=vendor_message
        )
        self.retry_after = retry_after


class ServerError(APIError):
    """The vendor failed (5xx, or an error code it documents as internal)."""


class TransportError(SmsGateError):
    """No usable answer: the connection failed or broke, or the body was cut off."""


class RequestTimeoutError(TransportError):
    """The request did not complete within the timeout."""


class SendOutcomeUnknown(SmsGateError):  # noqa: N818 - the contract's name: it is not an "error" of the request
    """A write (a send, a cancel, a contact change...) may or may not have been carried out by the
    vendor, so smsgate did not make it again.

    Raised for every operation that is not idempotent, whichever public call reached it, when the
    request may have reached the vendor and no usable answer came back. For a send, check with
    ``status()`` (by ``to``, or by ``reference`` where the vendor can search by it) before deciding
    to send again: a duplicate SMS cannot be taken back.
    """

    def __init__(
        self,
        message: str,
        *,
        vendor: str,
        operation: str,
        to: Sequence[str] = (),
        reference: str | None = None,
        started_at: datetime | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message, vendor=vendor)
        self.operation = operation
        self.to = tuple(to)
        self.reference = reference
        self.started_at = started_at
        self.status_code = status_code

    def __repr__(self) -> str:
        return (
            f"SendOutcomeUnknown(vendor={self.vendor!r}, operation={self.operation!r}, to={self.to!r}, "
            f"reference={self.reference!r}, started_at={self.started_at!r}, status_code={self.status_code!r})"
        )


class ResponseFormatError(SmsGateError):
    """The answer is not what the vendor's spec says: bad JSON or XML, wrong types, too large."""


class WebhookError(SmsGateError):
    """A callback that ``smsgate.webhooks`` refuses; ``status_code`` is what a receiver answers."""

    status_code: int | None = 400


class WebhookFormatError(WebhookError):
    """The callback's body is none of the payloads the vendor's spec declares (a receiver answers 400)."""

    status_code = 400


class WebhookAuthenticationError(WebhookError):
    """The callback URL's ``smsgate=`` token is missing, forged, or made with another secret (403)."""

    status_code = 403


class ClientUsageError(SmsGateError):
    """The caller used the client wrongly, and nothing was sent: the client was closed (``close()``,
    or the end of its ``with`` block), the ``http_client`` it was given cannot send (closed by its
    owner, or bound to an event loop that is closed), an argument is wrong
    (``InvalidArgumentError``) or a campaign journal cannot be used (``JournalError``)."""


class InvalidArgumentError(ClientUsageError, ValueError):
    """An argument smsgate refuses itself, before building any request: nothing was sent.

    A wrong type (``to=42``, ``timeout="5"``), an empty or unsendable value (a blank text, a lone
    surrogate, no recipient), a value out of range (``max_retries=-1``, a ``scheduled_at`` in the
    past), an unknown name (a send option, a vendor) or a malformed value (a phone number that does
    not parse, an identifier that cannot go in a URL). It is the caller's own mistake, not an answer
    of the vendor, so it is outside ``APIError`` (``except smsgate.APIError`` does not catch it), and
    a ``ValueError`` too. ``vendor`` names the client's vendor when there is one; ``status_code`` is
    None. A refusal by one of a vendor's documented rules (a sender too long, too many parts) stays
    an ``InvalidRequestError``.
    """


class JournalError(ClientUsageError):
    """A campaign's journal cannot be used as asked: no file at that path, a file that is not an
    smsgate journal (left unchanged), a journal holding no campaign or already holding one, a
    journal another run is writing, or one whose endpoints differ from the clients'. The message
    names the way forward."""


def outcome_unknown(
    *,
    vendor: str,
    operation: str,
    where: str,
    reason: str,
    sends: bool,
    to: Sequence[str] = (),
    reference: str | None = None,
    started_at: datetime | None = None,
    status_code: int | None = None,
) -> SendOutcomeUnknown:
    """The one constructor of SendOutcomeUnknown: the advice fits the operation (a send or another write)."""
    advice = "check with status() before sending again" if sends else "check whether it took effect before repeating it"
    return SendOutcomeUnknown(
        f"{where}: {reason}; {advice}",
        vendor=vendor,
        operation=operation,
        to=to,
        reference=reference,
        started_at=started_at,
        status_code=status_code,
    )


def error_from_table(
    spec: VendorSpec, route: Route, status: int, code: Any, message: str | None, headers: Mapping[str, str]
) -> APIError:
    """The error a vendor code means (spec table, operation overrides first), else what the status means."""
    code_text = None if code is None or isinstance(code, bool) else str(code)
    class_name = spec.error_class_name(route.operation_id, code_text) if code_text else None
    if class_name is None or class_name not in ERROR_CLASSES:
        return api_error_from_status(spec.vendor, status, code_text, message, headers)
    cls = ERROR_CLASSES[class_name]
    text = message or f"error {code_text}"
    details: dict[str, Any] = {
        "vendor": spec.vendor,
        "status_code": status,
        "vendor_code": code_text,
        "vendor_message": message,
    }
    if cls is RateLimitError:
        return RateLimitError(text, retry_after=parse_retry_after(headers.get("Retry-After")), **details)
    error: APIError = cls(text, **details)
    return error


def api_error_from_status(
    vendor: str, status: int, code: str | None, message: str | None, headers: Mapping[str, str]
) -> APIError:
    """The error class an HTTP status means when the vendor's code does not say more."""
    text = message or f"HTTP {status}"
    details: dict[str, Any] = {"vendor": vendor, "status_code": status, "vendor_code": code, "vendor_message": message}
    if status == 429:
        return RateLimitError(text, retry_after=parse_retry_after(headers.get("Retry-After")), **details)
    cls: type[APIError] = {
        400: InvalidRequestError,
        401: AuthenticationError,
        402: InsufficientCreditError,
        403: AuthenticationError,
        404: NotFoundError,
        405: InvalidRequestError,
        406: InvalidRequestError,
        409: InvalidRequestError,
        413: InvalidRequestError,
        415: InvalidRequestError,
        422: InvalidRequestError,
    }.get(status, ServerError if status >= 500 else APIError)
    return cls(text, **details)


# The classes a spec's x-smsgate-error-codes table may name.
ERROR_CLASSES: dict[str, type[APIError]] = {
    cls.__name__: cls
    for cls in (
        APIError,
        AuthenticationError,
        NotFoundError,
        InvalidRequestError,
        UnsupportedOperationError,
        InsufficientCreditError,
        RateLimitError,
        ServerError,
    )
}


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)
