"""The one place where identifiers become URL text.

Path segments are percent-encoded exactly once with RFC 3986 rules (``quote(..., safe="")``: the
generated code does this, and ``check_path`` proves it did it on what we were given). Query strings
are rebuilt with strict RFC 3986 encoding: a ``+`` is always ``%2B`` and a space ``%20``, never the
form-encoding ``+`` that Primotexto would read back as a space.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from .errors import InvalidArgumentError

UNRESERVED = "-._~"
FORBIDDEN_SEGMENTS = ("", ".", "..")
MAX_IDENTIFIER_LENGTH = 1024  # far above any vendor's ids, far below a URL's limits
UNSENDABLE = re.compile("[\x00-\x1f\ud800-\udfff]")  # control characters and lone surrogates


def encode_segment(value: object, *, name: str = "identifier", vendor: str | None = None) -> str:
    """One path segment, percent-encoded once; empty, ``.`` and ``..`` are refused."""
    text = str(value)
    if text.strip() in FORBIDDEN_SEGMENTS:
        raise InvalidArgumentError(f"{name} {text!r} cannot be used in a URL path (empty, '.' or '..')", vendor=vendor)
    return quote(text, safe="")


def check_identifier(value: object, *, name: str, vendor: str | None = None) -> str:
    """Refuse an identifier before any request is built; return it as text.

    A message id is a string or a whole number (not a bool); it fits in a URL and is not blank,
    ``.`` or ``..``.
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidArgumentError(f"{name} must be a string, not {type(value).__name__}", vendor=vendor)
    text = str(value)
    if len(text) > MAX_IDENTIFIER_LENGTH:
        raise InvalidArgumentError(
            f"{name} is {len(text)} characters long; an identifier has at most {MAX_IDENTIFIER_LENGTH}", vendor=vendor
        )
    if UNSENDABLE.search(text):
        raise InvalidArgumentError(f"{name} {text!r} holds a control character or a lone surrogate", vendor=vendor)
    encode_segment(text, name=name, vendor=vendor)
    return text


def encode_query(params: Mapping[str, Any] | list[tuple[str, Any]]) -> str:
    """A query string with strict RFC 3986 encoding of names and values."""
    if not params:
        return ""  # most sends: no query (the Mapping ABC's check alone costs more than this)
    items = params.items() if isinstance(params, Mapping) else params
    pairs: list[str] = []
    for key, value in items:
        if value is None:
            continue  # an absent parameter, not the text "None"
        values = value if isinstance(value, list | tuple) else [value]
        for item in values:
            text = "true" if item is True else "false" if item is False else str(item)
            pairs.append(f"{quote(str(key), safe=UNRESERVED)}={quote(text, safe=UNRESERVED)}")
    return "&".join(pairs)
