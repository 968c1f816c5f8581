"""Keep API keys out of everything smsgate prints: error messages, reprs and logs."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable
from typing import ParamSpec, TypeVar

import httpx

from .errors import SmsGateError

MASK = "***"


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text


def redact_url(url: httpx.URL, secrets: Iterable[str], query_key: str | None = None) -> str:
    """The URL as it may be shown: the query key's value masked, any secret masked anywhere."""
    text = str(url)
    if query_key:
        text = re.sub(rf"([?&]{re.escape(query_key)}=)[^&#]*", rf"\g<1>{MASK}", text)
    return redact(text, secrets)


# The loggers that see smsgate's requests: httpx logs every request line with its URL (SMS
# Partner's key is in the query), httpcore logs each step of an exchange.
HTTP_LOGGERS = ("httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "httpcore.socks")


class KeyFilter(logging.Filter):
    """Masks API keys and key-carrying query parameters in the records of the HTTP libraries.

    It runs only for records that a logger is enabled for, so it costs nothing when logging is off.
    """

    def __init__(self) -> None:
        super().__init__("smsgate-key-filter")
        self._secrets: set[str] = set()
        self._query_keys: set[str] = set()

    def __repr__(self) -> str:
        return f"<KeyFilter masking {len(self._secrets)} key(s)>"

    def add(self, secret: str, query_key: str | None) -> None:
        self._secrets.add(secret)
        if query_key:
            self._query_keys.add(query_key)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:
            return True
        masked = text
        for query_key in self._query_keys:
            masked = re.sub(rf"([?&]{re.escape(query_key)}=)[^&#\s\"']*", rf"\g<1>{MASK}", masked)
        masked = redact(masked, self._secrets)
        if masked != text:
            record.msg, record.args = masked, None
        return True


_key_filter = KeyFilter()


def mask_in_http_logs(secret: str, query_key: str | None) -> None:
    """From now on, no record of the HTTP libraries' loggers shows ``secret`` or ``query_key``'s value."""
    _key_filter.add(secret, query_key)
    for name in HTTP_LOGGERS:
        logger = logging.getLogger(name)
        if _key_filter not in logger.filters:
            logger.addFilter(_key_filter)


P = ParamSpec("P")
R = TypeVar("R")
E = TypeVar("E", bound=BaseException)


def without_inner_frames(error: E) -> E:
    """``error`` and its chain without the frames of smsgate, httpx and the generated code.

    Those frames hold the request (URL and headers: the key) and the vendor's answer (which may
    echo it) in their locals, which ``pytest -l`` and other tracebacks with locals print. The
    error's type, message, attributes and chain say what happened; the traceback keeps the
    public call and its callers.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__
    return error


def hides_secrets(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` (whose arguments hold a secret: a client's API key, a webhook secret) raising
    smsgate's errors without the frames that hold it in their locals."""

    @functools.wraps(function)
    def checked(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return function(*args, **kwargs)
        except SmsGateError as error:
            del args, kwargs  # this frame stays in the traceback: not with the secret in its locals
            raise without_inner_frames(error)  # noqa: B904 - its own chain is kept

    return checked
