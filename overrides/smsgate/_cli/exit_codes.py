"""Exit codes of the ``smsgate`` command and the one-line description of an error.

Each error class has its own code so that scripts can tell a wrong key from an empty account or a
send that may have happened, with one exception: 4, "the request is wrong", is shared by
``InvalidRequestError`` (the vendor or one of its rules refused it) and ``InvalidArgumentError``
(smsgate refused an argument itself, such as an invalid number or a past ``--at``), which kept the
code those refusals had before the class existed (``SHARED_CODES``). The table is searched in order
and a subclass must come before its base class (a test checks it), otherwise the subclass would
never get its own code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from .._base.errors import (
    APIError,
    AuthenticationError,
    ClientUsageError,
    InsufficientCreditError,
    InvalidArgumentError,
    InvalidRequestError,
    JournalError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    ResponseFormatError,
    SendOutcomeUnknown,
    ServerError,
    SmsGateError,
    TransportError,
    UnsupportedOperationError,
    WebhookAuthenticationError,
    WebhookError,
    WebhookFormatError,
)
from .output import iso_utc

OK = 0
SOME_ITEMS_FAILED = 1
USAGE = 2
INTERNAL_ERROR = 70  # sysexits' EX_SOFTWARE: a bug in smsgate, not in the request
INTERRUPTED = 130  # the shell's convention for a command stopped by Ctrl-C (128 + SIGINT)


class ErrorCode(NamedTuple):
    error_class: type[SmsGateError]
    code: int
    meaning: str


ERROR_CODES: tuple[ErrorCode, ...] = (
    ErrorCode(AuthenticationError, 3, "the API key is missing, wrong or not allowed"),
    ErrorCode(UnsupportedOperationError, 12, "the vendor's API cannot do this (cancel on Primotexto)"),
    ErrorCode(InvalidRequestError, 4, "the request is wrong: refused by the vendor or by one of its rules"),
    ErrorCode(NotFoundError, 5, "no such message"),
    ErrorCode(InsufficientCreditError, 6, "not enough credit"),
    ErrorCode(RateLimitError, 7, "too many requests"),
    ErrorCode(ServerError, 8, "the vendor failed (5xx)"),
    ErrorCode(APIError, 14, "any other refusal by the vendor"),
    ErrorCode(RequestTimeoutError, 13, "the vendor did not answer in time"),
    ErrorCode(TransportError, 9, "no usable answer (connection failed or broke)"),
    ErrorCode(
        SendOutcomeUnknown,
        10,
        "the send (or cancel) may have been carried out (campaigns: unknown or in flight)",
    ),
    ErrorCode(ResponseFormatError, 11, "the answer is not what the vendor's spec says"),
    ErrorCode(JournalError, 17, "a campaign journal that cannot be used as asked (missing, foreign, in use)"),
    ErrorCode(InvalidArgumentError, 4, "the request is wrong: a bad argument (invalid number, past --at...), not sent"),
    ErrorCode(WebhookAuthenticationError, 18, "a callback whose smsgate= token is missing or forged"),
    ErrorCode(WebhookFormatError, 19, "a callback body that is none of the vendor's payloads"),
    ErrorCode(WebhookError, 20, "any other refused callback"),
    ErrorCode(ClientUsageError, 16, "a client used after it was closed, or from a second event loop"),
    ErrorCode(SmsGateError, 15, "any other smsgate error"),
)

# Codes that more than one class has on purpose: 4 was InvalidRequestError's for every bad request
# before InvalidArgumentError split the caller's own mistakes off it, and scripts test for it.
SHARED_CODES: frozenset[int] = frozenset({4})


def exit_code_for(error: SmsGateError) -> int:
    for entry in ERROR_CODES:
        if isinstance(error, entry.error_class):
            return entry.code
    return INTERNAL_ERROR  # unreachable while SmsGateError closes the table


def exit_code_table() -> str:
    """The table printed in ``--help``, sorted by code."""
    rows = [
        (OK, "", "success"),
        (
            SOME_ITEMS_FAILED,
            "",
            "status --file: some lines failed; campaigns: recipients refused or still pending",
        ),
        (USAGE, "", "bad arguments, unreadable or empty --file, a busy sandbox port: nothing sent"),
        *((entry.code, entry.error_class.__name__, entry.meaning) for entry in ERROR_CODES),
        (INTERNAL_ERROR, "", "a bug in smsgate (--debug shows the traceback)"),
        (INTERRUPTED, "", "interrupted (Ctrl-C)"),
    ]
    width = max(len(name) for _, name, _ in rows)
    return "\n".join(f"  {code:>3}  {name:<{width}}  {meaning}" for code, name, meaning in sorted(rows))


def library_message(error: SmsGateError) -> str:
    """What smsgate says about the error: ``str(error)`` without its ``[vendor]`` prefix.

    This is smsgate's text, not the vendor's raw words: where the two differ (a vendor's terse
    "No message found" that smsgate explains), smsgate's is the one that tells the user what to do,
    and it carries what ``str(error)`` adds (the recipients of a partly carried-out send).
    """
    text = str(error)
    return text.removeprefix(f"[{error.vendor}] ") if error.vendor else text


def describe(error: SmsGateError, vendor: str | None) -> str:
    """``smspartner: InsufficientCreditError: Crédit insuffisant (code 11)``: who, what, smsgate's message."""
    message = " ".join(library_message(error).split())  # one line, whatever the vendor's text holds
    details: list[str] = []
    if isinstance(error, APIError) and error.vendor_code:
        details.append(f"code {error.vendor_code}")
    if isinstance(error, SendOutcomeUnknown):
        if error.to:
            details.append(f"to {_numbers(error.to)}")
        if error.reference:
            details.append(f"reference {error.reference}")
        if error.started_at is not None:
            details.append(f"started {iso_utc(error.started_at)}")
    status_code = error.status_code
    # SMS Partner reports errors with HTTP 200: that status says nothing worth printing.
    if isinstance(status_code, int) and status_code != 200 and f"HTTP {status_code}" not in message:
        details.append(f"HTTP {status_code}")
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        details.append(f"retry after {error.retry_after:g} s")
    who = error.vendor or vendor
    line = f"{type(error).__name__}: {message}" + (f" ({', '.join(details)})" if details else "")
    return f"{who}: {line}" if who else line


# A send to hundreds of numbers would make the error line unreadable; --json lists them all.
NUMBERS_SHOWN = 5


def _numbers(numbers: Sequence[str]) -> str:
    shown = " ".join(numbers[:NUMBERS_SHOWN])
    more = len(numbers) - NUMBERS_SHOWN
    return f"{shown} and {more} more" if more > 0 else shown


def error_document(error: SmsGateError) -> dict[str, Any]:
    """The error as JSON data (``--json``): the same message as the one-line description, and its details."""
    document: dict[str, Any] = {
        "class": type(error).__name__,
        "message": library_message(error),
        "vendor": error.vendor,
        "vendor_code": getattr(error, "vendor_code", None),
        "vendor_message": getattr(error, "vendor_message", None),
        "status_code": error.status_code,
        "exit_code": exit_code_for(error),
    }
    if isinstance(error, RateLimitError):
        document["retry_after"] = error.retry_after
    if isinstance(error, SendOutcomeUnknown):
        document["operation"] = error.operation
        document["to"] = list(error.to)
        document["reference"] = error.reference
        document["started_at"] = iso_utc(error.started_at) if error.started_at is not None else None
    return document
