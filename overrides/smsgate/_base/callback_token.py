"""The token smsgate adds to a callback URL, and its check.

None of the vendors signs its callbacks: whoever learns a callback URL could post a forged
"delivered" or a STOP to it. So the URL smsgate gives the vendor carries a token, one query
parameter ``smsgate=<vendor>.<purpose>.<token>``, where the token is an HMAC-SHA256, keyed by the
caller's webhook secret, over what the URL names: the vendor, the purpose (``delivery``, ``reply``
or ``hlr``: a URL given for receipts cannot carry a STOP) and the URL's path. The receiver
recomputes it and compares in constant time.

What it proves: the URL was made by someone holding the secret, for that vendor, path and
purpose. What it does not: that this body is new (a genuine callback replayed is still genuine)
or that the body came from the vendor rather than from someone who saw the URL.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import Literal
from urllib.parse import SplitResult, parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from .errors import InvalidArgumentError, WebhookAuthenticationError

__all__ = [
    "PURPOSES",
    "SECRET_ENV_VAR",
    "TOKEN_PARAMETER",
    "CallbackPurpose",
    "CallbackSigner",
    "TokenClaims",
    "check_callback_url",
    "missing_secret",
    "signer_of",
    "token_of",
]

CallbackPurpose = Literal["delivery", "reply", "hlr"]
"""What a callback URL is for: receipts, replies and STOP requests, or HLR results."""
PURPOSES: tuple[CallbackPurpose, ...] = ("delivery", "reply", "hlr")
"""Every ``CallbackPurpose``."""
SECRET_ENV_VAR = "SMSGATE_WEBHOOK_SECRET"
"""The environment variable holding the webhook secret when none is given."""
TOKEN_PARAMETER = "smsgate"
_DOMAIN = b"smsgate-webhook-v1"
MIN_SECRET_LENGTH = 16


def signer_of(secret: str | bytes | None) -> CallbackSigner | None:
    """The signer of ``secret``, else of ``$SMSGATE_WEBHOOK_SECRET``; None when neither is set.

    The same secret gets the same signer (a few kept), so that ``parse`` called once per callback
    reuses the tokens it computed."""
    if secret is None:
        secret = os.environ.get(SECRET_ENV_VAR) or None
    if secret is None:
        return None
    given: object = secret  # typed str | bytes, yet a caller may pass anything (unhashable for the cache)
    if not isinstance(given, str | bytes):
        return CallbackSigner(secret)  # refused there, with the reason
    return _signer(given)


@functools.lru_cache(maxsize=8)
def _signer(secret: str | bytes) -> CallbackSigner:
    return CallbackSigner(secret)


def missing_secret(what: str) -> str:
    """The refusal of ``what`` without a secret, naming both ways to give one."""
    return (
        f"{what} needs a webhook secret: give webhook_secret= to the client (secret= to smsgate.webhooks) "
        f"or set {SECRET_ENV_VAR} (at least {MIN_SECRET_LENGTH} characters, e.g. the output of "
        f'python -c "import secrets; print(secrets.token_urlsafe(32))")'
    )


class CallbackSigner:
    """Signs callback URLs and checks their tokens with one secret, which nothing of it shows."""

    __slots__ = ("__key", "_expected")

    def __init__(self, secret: str | bytes) -> None:
        if isinstance(secret, str):
            secret = secret.strip().encode("utf-8", "surrogatepass")
        if not isinstance(secret, bytes) or len(secret) < MIN_SECRET_LENGTH:
            raise InvalidArgumentError(f"the webhook secret must be at least {MIN_SECRET_LENGTH} characters long")
        self.__key = secret
        # The tokens computed for (vendor, purpose, path): a receiver checks the same few URLs again
        # and again. Bounded: a caller posting to many paths only empties it.
        self._expected: dict[tuple[str, str, str], str] = {}

    def __repr__(self) -> str:
        return "CallbackSigner(secret=***)"

    def __reduce__(self) -> tuple[object, ...]:  # never pickled with the key in it
        raise TypeError("a CallbackSigner cannot be pickled")

    def token(self, vendor: str, purpose: str, path: str) -> str:
        import base64  # here: not at ``import smsgate`` (hmac is no cost a program that only sends pays)
        import hashlib
        import hmac

        # The path percent-decoded and without a trailing slash: how the vendor writes it and how a
        # framework mounts it ("/sms" and "/sms/") do not change what the URL names.
        named = unquote(path or "/").rstrip("/") or "/"
        message = b"\0".join((_DOMAIN, vendor.encode(), purpose.encode(), named.encode("utf-8", "surrogatepass")))
        digest = hmac.new(self.__key, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def sign(self, url: str, *, vendor: str, purpose: CallbackPurpose) -> str:
        """``url`` with the ``smsgate=`` parameter that names and signs ``vendor`` and ``purpose``."""
        parts = check_callback_url(url, vendor)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != TOKEN_PARAMETER]
        query.append((TOKEN_PARAMETER, f"{vendor}.{purpose}.{self.token(vendor, purpose, parts.path)}"))
        return urlunsplit(parts._replace(query=urlencode(query)))

    def verify(self, value: str | None, path: str) -> TokenClaims:
        """The vendor and purpose a token names, once it is checked; else a typed authentication error."""
        if not value:
            raise WebhookAuthenticationError(
                f"the callback URL carries no {TOKEN_PARAMETER}= token: only URLs signed by smsgate are accepted"
            )
        vendor, _, rest = value.partition(".")
        purpose, _, token = rest.partition(".")
        import hmac

        named = (vendor, purpose, path)
        expected = self._expected.get(named)
        if expected is None:
            expected = self.token(vendor, purpose, path)
            if len(self._expected) >= 256:
                self._expected.clear()
            self._expected[named] = expected
        if not hmac.compare_digest(expected.encode("ascii"), token.encode("utf-8", "replace")):
            raise WebhookAuthenticationError(
                "the callback URL's token does not match this path, vendor and purpose (forged, or another secret)"
            )
        return TokenClaims(vendor, purpose)


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """What a checked token says: the vendor and purpose the URL was made for."""

    vendor: str
    purpose: str


def check_callback_url(url: object, vendor: str | None) -> SplitResult:
    """``url`` split, when it is an absolute http(s) URL a vendor can call."""
    if not isinstance(url, str):
        raise InvalidArgumentError(f"callback_url must be a string, not {type(url).__name__}", vendor=vendor)
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidArgumentError(
            "callback_url must be an absolute http:// or https:// URL the vendor can reach", vendor=vendor
        )
    if any(ord(c) < 33 or ord(c) == 127 for c in url.strip()):
        raise InvalidArgumentError("callback_url holds a space or a control character", vendor=vendor)
    return parts


def token_of(query: str) -> str | None:
    """The ``smsgate=`` value of a query string (the last one, as most servers read it)."""
    marker = TOKEN_PARAMETER + "="
    if marker not in query:
        return None
    value = None
    for part in query.split("&"):
        if part.startswith(marker):
            value = unquote(part[len(marker) :].replace("+", " "))
    return value
