"""Exit codes of the ``smsgate`` command and the one-line description of an error.

Each error class has its own code so that scripts can tell a wrong key from an empty account or a
send that may have happened. The table is searched in order and a subclass must come before its
base class (a test checks it), otherwise the subclass would never get its own code.
"""

from __future__ import annotations

from typing import NamedTuple

from .._errors import (
    APIError,
    AuthenticationError,
    InsufficientCreditError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    ResponseFormatError,
    SendOutcomeUnknown,
    ServerError,
    SmsGateError,
    TransportError,
    UnsupportedOperationError,
)

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
    ErrorCode(InvalidRequestError, 4, "the request is wrong (invalid number, past --at...), often before sending"),
    ErrorCode(NotFoundError, 5, "no such message"),
    ErrorCode(InsufficientCreditError, 6, "not enough credit"),
    ErrorCode(RateLimitError, 7, "too many requests"),
    ErrorCode(ServerError, 8, "the vendor failed (5xx)"),
    ErrorCode(APIError, 14, "any other refusal by the vendor"),
    ErrorCode(RequestTimeoutError, 13, "the vendor did not answer in time"),
    ErrorCode(TransportError, 9, "no usable answer (connection failed or broke)"),
    ErrorCode(SendOutcomeUnknown, 10, "the send may have happened: check the status before sending again"),
    ErrorCode(ResponseFormatError, 11, "the answer is not what the vendor's spec says"),
    ErrorCode(SmsGateError, 15, "any other smsgate error"),
)


def exit_code_for(error: SmsGateError) -> int:
    for entry in ERROR_CODES:
        if isinstance(error, entry.error_class):
            return entry.code
    return INTERNAL_ERROR  # unreachable while SmsGateError closes the table


def exit_code_table() -> str:
    """The table printed in ``--help``, sorted by code."""
    rows = [
        (OK, "", "success"),
        (SOME_ITEMS_FAILED, "", "status --file: some lines failed (each is reported, the others are printed)"),
        (USAGE, "", "bad arguments, unreadable --file, or a port the sandbox cannot use; nothing was sent"),
        *((entry.code, entry.error_class.__name__, entry.meaning) for entry in ERROR_CODES),
        (INTERNAL_ERROR, "", "a bug in smsgate (--debug shows the traceback)"),
        (INTERRUPTED, "", "interrupted (Ctrl-C)"),
    ]
    width = max(len(name) for _, name, _ in rows)
    return "\n".join(f"  {code:>3}  {name:<{width}}  {meaning}" for code, name, meaning in sorted(rows))


def describe(error: SmsGateError, vendor: str | None) -> str:
    """``smspartner: InsufficientCreditError: Crédit insuffisant (code 11)``: who, what, the vendor's words."""
    message = error.message
    details: list[str] = []
    if isinstance(error, APIError):
        # The vendor's own words are the most useful part; smsgate's text is the fallback.
        message = error.vendor_message or error.message
        if error.vendor_code:
            details.append(f"code {error.vendor_code}")
        # SMS Partner reports errors with HTTP 200: that status says nothing worth printing.
        if error.status_code not in (None, 200) and f"HTTP {error.status_code}" not in message:
            details.append(f"HTTP {error.status_code}")
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        details.append(f"retry after {error.retry_after:g} s")
    message = " ".join(message.split())  # one line, whatever the vendor's text holds
    who = error.vendor or vendor
    line = f"{type(error).__name__}: {message}" + (f" ({', '.join(details)})" if details else "")
    return f"{who}: {line}" if who else line
