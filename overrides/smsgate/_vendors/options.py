"""What a client is made with, checked once into one frozen, typed object: the options every vendor
takes, then the vendor's own (SMS Partner's XML answers, its Low Cost range and its marketing
window's hours). ``Client(vendor, ..., **vendor_options)`` builds it with ``client_options``; the
client reads its fields, never its keyword arguments.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from datetime import time
from typing import Any, ClassVar, Literal

import httpx

from .._base.callback_token import CallbackSigner
from .._base.encoding import UNSENDABLE
from .._base.errors import AuthenticationError, InvalidArgumentError
from .._base.spec import VENDORS, VendorSpec, vendor_spec
from .._core.retry import DEFAULT_MAX_RETRIES

__all__ = ["ENV_VARS", "OPTIONS", "ClientOptions", "client_options"]

# Where each vendor's key is read when none is given.
ENV_VARS = {
    "primotexto": "PRIMOTEXTO_API_KEY",
    "smspartner": "SMSPARTNER_API_KEY",
    "messaggi": "MESSAGGI_TOKEN",
    "messaggi_v2": "MESSAGGI_V2_TOKEN",
}


@dataclass(frozen=True)
class ClientOptions:
    """The options of a client, checked. Every vendor takes the first five; ``OWN`` names the
    others the vendor takes (the rest keep their defaults)."""

    vendor: str
    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout | None  # None: the default, or the one of the http_client given
    max_retries: int = DEFAULT_MAX_RETRIES
    response_format: Literal["json", "xml"] = "json"  # how the vendor answers (SMS Partner: XML too)
    sms_range: str | None = None  # the vendor's product range (SMS Partner's "low_cost")
    marketing_hours: tuple[time, time] | None = None  # the vendor's marketing window, if it has one
    # What signs a send's callback_url (from webhook_secret=; None: $SMSGATE_WEBHOOK_SECRET, read
    # when a send needs it). Never in a repr: it holds the secret.
    signer: CallbackSigner | None = field(default=None, repr=False)

    OWN: ClassVar[tuple[str, ...]] = ()


@dataclass(frozen=True)
class PrimotextoOptions(ClientOptions):
    """Primotexto's: the common ones only."""


@dataclass(frozen=True)
class SmsPartnerOptions(ClientOptions):
    """SMS Partner's: its answers in XML (``response_format="xml"``), its Low Cost range
    (``sms_range="low_cost"``), the hours of its marketing window (``marketing_hours=``)."""

    OWN: ClassVar[tuple[str, ...]] = ("marketing_hours", "response_format", "sms_range")


@dataclass(frozen=True)
class MessaggiOptions(ClientOptions):
    """Messaggi's (v1): the common ones only."""


@dataclass(frozen=True)
class MessaggiV2Options(ClientOptions):
    """Messaggi v2's: the common ones only."""


OPTIONS: dict[str, type[ClientOptions]] = {
    "primotexto": PrimotextoOptions,
    "smspartner": SmsPartnerOptions,
    "messaggi": MessaggiOptions,
    "messaggi_v2": MessaggiV2Options,
}


def client_options(
    vendor: object,
    *,
    api_key: object,
    base_url: object,
    timeout: object,
    max_retries: object,
    vendor_options: dict[str, Any],
    webhook_secret: object = None,
) -> ClientOptions:
    """Every option of a new client checked, in this order: the vendor, its own options, the key
    (given, else its environment variable), the retries, the base URL, the timeout."""
    if not isinstance(vendor, str) or vendor not in VENDORS:
        shown = repr(vendor) if isinstance(vendor, str) else f"a {type(vendor).__name__}"
        raise InvalidArgumentError(f"unknown vendor {shown}; expected one of {', '.join(VENDORS)}")
    spec = vendor_spec(vendor)
    kind = OPTIONS[vendor]
    own = _own_options(kind, vendor, vendor_options)
    env_var = ENV_VARS[vendor]
    key = _checked_key(api_key if api_key is not None else os.environ.get(env_var), vendor, env_var, spec)
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise InvalidArgumentError("max_retries must be a whole number >= 0", vendor=vendor)
    return kind(
        vendor=vendor,
        api_key=key,
        base_url=_checked_base_url(spec.server if base_url is None else base_url, vendor),
        timeout=None if timeout is None else _checked_timeout(timeout, vendor),
        max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries,
        signer=_signer(webhook_secret, vendor),
        **own,
    )


def _signer(secret: object, vendor: str) -> CallbackSigner | None:
    """What signs this client's callback URLs (None: $SMSGATE_WEBHOOK_SECRET, read when a send needs it)."""
    if secret is None:
        return None
    if not isinstance(secret, str | bytes):
        raise InvalidArgumentError(f"webhook_secret must be a str, not {type(secret).__name__}", vendor=vendor)
    return CallbackSigner(secret)


def _own_options(kind: type[ClientOptions], vendor: str, given: dict[str, Any]) -> dict[str, Any]:
    # The rules' tables load with the first client that needs them (see _text.rules).
    from .._text.rules import MARKETING_WINDOWS, range_named

    unknown = set(given) - set(kind.OWN)
    if unknown:
        accepted = f"; accepted: {', '.join(sorted(kind.OWN))}" if kind.OWN else ""
        names = ", ".join(sorted(unknown))
        raise InvalidArgumentError(f"unknown option(s) for {vendor}: {names}{accepted}", vendor=vendor)
    if "sms_range" in given:
        range_named(vendor, given["sms_range"])  # refused here rather than at the first send
    if "marketing_hours" in given:
        MARKETING_WINDOWS[vendor].with_hours(given["marketing_hours"], vendor)
    response_format = given.get("response_format", "json")
    if response_format not in ("json", "xml"):
        shown = repr(response_format) if isinstance(response_format, str) else type(response_format).__name__
        raise InvalidArgumentError(f"response_format must be 'json' or 'xml', not {shown}", vendor=vendor)
    return dict(given)


def _checked_key(key: object, vendor: str, env_var: str, spec: VendorSpec) -> str:
    """The key without surrounding whitespace; refused, never quoted, when it cannot travel."""
    if key is None or key == "":
        raise AuthenticationError(f"no API key: pass api_key= or set {env_var}", vendor=vendor)
    if not isinstance(key, str):
        raise AuthenticationError(f"the API key must be a string, not {type(key).__name__}", vendor=vendor)
    key = key.strip()  # a key read from a file usually ends with a newline
    if not key:
        raise AuthenticationError(f"the API key is blank: pass api_key= or set {env_var}", vendor=vendor)
    if UNSENDABLE.search(key) or "\x7f" in key:
        raise AuthenticationError(
            "the API key holds a control character or a lone surrogate: check how it was read", vendor=vendor
        )
    if (spec.header_auth or spec.bearer) and not key.isascii():
        raise AuthenticationError(
            "the API key holds a non-ASCII character, which an HTTP header cannot carry: check how it was read",
            vendor=vendor,
        )
    return key


def _checked_base_url(base_url: object, vendor: str) -> str:
    if not isinstance(base_url, str):
        raise InvalidArgumentError(f"base_url must be a string, not {type(base_url).__name__}", vendor=vendor)
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, ValueError, TypeError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host or url.query or url.fragment:
        raise InvalidArgumentError(
            f"base_url must be an absolute http:// or https:// URL without query, not {base_url!r}", vendor=vendor
        )
    return base_url.rstrip("/")


def _checked_timeout(timeout: object, vendor: str) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        shown = repr(timeout) if isinstance(timeout, int | float) else f"a {type(timeout).__name__}"
        raise InvalidArgumentError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, not {shown}", vendor=vendor
        )
    return httpx.Timeout(float(timeout))
