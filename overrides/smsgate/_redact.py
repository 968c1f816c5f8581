"""Keep API keys out of everything smsgate prints: error messages, reprs and logs."""

from __future__ import annotations

import re
from collections.abc import Iterable

import httpx

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
