"""Every Messaggi operation, typed: the generated operations (by operationId) and models, and a bound client.

    from smsgate.messaggi import MessaggiClient, operations

    with MessaggiClient() as client:                         # key from MESSAGGI_TOKEN
        answer = client.call(operations.get_message, "5cf7cc139f272546624d3795")

``client.call(operation, ...)`` takes the generated operation module and its arguments, exactly as
the generated ``_get_kwargs`` declares them, and returns its parsed success model; errors raise
the same ``smsgate`` exceptions as the unified calls.
"""

from __future__ import annotations

from typing import Any

import httpx
from _smsgate_generated.messaggi import api, models, operations

from ._client import AsyncClient, Client, constructor

__all__ = ["AsyncMessaggiClient", "MessaggiClient", "api", "models", "operations"]


class MessaggiClient(Client):
    """``smsgate.Client("messaggi", ...)``."""

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
        super().__init__("messaggi", api_key, base_url, timeout, max_retries, http_client, **vendor_options)


class AsyncMessaggiClient(AsyncClient):
    """``smsgate.AsyncClient("messaggi", ...)``."""

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
        super().__init__("messaggi", api_key, base_url, timeout, max_retries, http_client, **vendor_options)
