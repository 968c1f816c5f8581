"""Every SMS Partner operation, typed: the generated operations (by operationId) and models, and a bound client.

    from smsgate.smspartner import SmsPartnerClient, operations

    with SmsPartnerClient() as client:                         # key from SMSPARTNER_API_KEY
        answer = client.call(operations.list_stop_sms)

``client.call(operation, ...)`` takes the generated operation module and its arguments, exactly as
the generated ``_get_kwargs`` declares them, and returns its parsed success model; errors raise
the same ``smsgate`` exceptions as the unified calls. The request models declare the ``apiKey``
body member SMS Partner requires: pass ``api_key=""``, the client puts the real key there.
"""

from __future__ import annotations

from typing import Any

import httpx
from _smsgate_generated.smspartner import api, models, operations

from ._client import AsyncClient, Client, constructor

__all__ = ["AsyncSmsPartnerClient", "SmsPartnerClient", "api", "models", "operations"]


class SmsPartnerClient(Client):
    """``smsgate.Client("smspartner", ...)``."""

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
        super().__init__("smspartner", api_key, base_url, timeout, max_retries, http_client, **vendor_options)


class AsyncSmsPartnerClient(AsyncClient):
    """``smsgate.AsyncClient("smspartner", ...)``."""

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
        super().__init__("smspartner", api_key, base_url, timeout, max_retries, http_client, **vendor_options)
