"""Every Primotexto operation, typed: the generated operations (by operationId) and models, and a bound client.

    from smsgate.primotexto import PrimotextoClient, operations

    with PrimotextoClient() as client:                         # key from PRIMOTEXTO_API_KEY
        answer = client.call(operations.get_category_stats, category="otp")

``client.call(operation, ...)`` takes the generated operation module and its arguments, exactly as
the generated ``_get_kwargs`` declares them, and returns its parsed success model; errors raise
the same ``smsgate`` exceptions as the unified calls.
"""

from __future__ import annotations

from typing import Any

import httpx
from _smsgate_generated.primotexto import api, models, operations

from ._client import AsyncClient, Client, constructor

__all__ = ["AsyncPrimotextoClient", "PrimotextoClient", "api", "models", "operations"]


class PrimotextoClient(Client):
    """``smsgate.Client("primotexto", ...)``."""

    @constructor
    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        **vendor_options: Any,
    ) -> None:
        super().__init__("primotexto", api_key, base_url, timeout, max_retries, http_client, **vendor_options)


class AsyncPrimotextoClient(AsyncClient):
    """``smsgate.AsyncClient("primotexto", ...)``."""

    @constructor
    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        **vendor_options: Any,
    ) -> None:
        super().__init__("primotexto", api_key, base_url, timeout, max_retries, http_client, **vendor_options)
