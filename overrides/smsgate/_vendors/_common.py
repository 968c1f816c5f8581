"""Pieces the three vendor modules share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx

from .. import _errors as errors
from .._errors import APIError, InvalidRequestError
from .._http import api_error_from_status
from .._retry import parse_retry_after
from .._spec import Route, VendorSpec


def error_from_table(
    spec: VendorSpec, route: Route, status: int, code: Any, message: str | None, headers: httpx.Headers
) -> APIError:
    """The error a vendor code means (spec table, operation overrides first), else what the status means."""
    code_text = None if code is None or isinstance(code, bool) else str(code)
    class_name = spec.error_class_name(route.operation_id, code_text) if code_text else None
    if class_name is None or not hasattr(errors, class_name):
        return api_error_from_status(spec.vendor, status, code_text, message, headers)
    cls = getattr(errors, class_name)
    text = message or f"error {code_text}"
    details: dict[str, Any] = {
        "vendor": spec.vendor,
        "status_code": status,
        "vendor_code": code_text,
        "vendor_message": message,
    }
    if cls is errors.RateLimitError:
        return errors.RateLimitError(text, retry_after=parse_retry_after(headers.get("Retry-After")), **details)
    error: APIError = cls(text, **details)
    return error


def as_decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool) or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def recipients(to: str | Sequence[str], vendor: str) -> list[str]:
    numbers = [to] if isinstance(to, str) else list(to)
    if not numbers:
        raise InvalidRequestError("no recipient given", vendor=vendor)
    return numbers


def check_text(text: str, vendor: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidRequestError("the message text is empty", vendor=vendor)
    return text


def check_schedule(scheduled_at: datetime | None, vendor: str) -> datetime | None:
    if scheduled_at is None:
        return None
    if not isinstance(scheduled_at, datetime) or scheduled_at.tzinfo is None:
        raise InvalidRequestError("scheduled_at must be a timezone-aware datetime", vendor=vendor)
    if scheduled_at <= datetime.now(UTC):
        raise InvalidRequestError("scheduled_at is in the past", vendor=vendor)
    return scheduled_at


def raw(model: Any) -> dict[str, Any]:
    payload: dict[str, Any] = model.to_dict() if hasattr(model, "to_dict") else dict(model)
    return payload


def unset_to_none(value: Any) -> Any:
    return None if type(value).__name__ == "Unset" else value
