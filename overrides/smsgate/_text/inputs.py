"""A send's text and recipients as the caller gave them, checked for type and emptiness before any
rule or request reads them (the vendor names the error, not the check)."""

from __future__ import annotations

from collections.abc import Sequence

from .._base.errors import InvalidArgumentError


def recipients(to: object, vendor: str) -> list[str]:
    if isinstance(to, str):
        return [to]
    if not isinstance(to, Sequence) or isinstance(to, bytes | bytearray):
        raise InvalidArgumentError(
            f"to must be a phone number or a list of them, not {type(to).__name__}", vendor=vendor
        )
    if not to:
        raise InvalidArgumentError("no recipient given", vendor=vendor)
    for number in to:
        if not isinstance(number, str):
            raise InvalidArgumentError(f"each recipient must be a string, not {type(number).__name__}", vendor=vendor)
    return list(to)


def check_text(text: str, vendor: str) -> str:
    if not isinstance(text, str):
        raise InvalidArgumentError(f"the message text must be a str, not {type(text).__name__}", vendor=vendor)
    if not text.strip():
        raise InvalidArgumentError("the message text is empty", vendor=vendor)
    try:
        text.encode("utf-8")  # fails on a lone surrogate only; C speed: every send and preview runs it
    except UnicodeEncodeError as error:
        raise InvalidArgumentError(
            f"the message text holds a lone surrogate at position {error.start}, which no SMS can carry",
            vendor=vendor,
        ) from None
    return text
