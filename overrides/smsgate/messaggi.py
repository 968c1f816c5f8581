"""Every Messaggi operation, typed: the generated operations (by operationId) and models, and a bound client.

    from smsgate.messaggi import MessaggiClient, operations

    with MessaggiClient() as client:                         # key from MESSAGGI_TOKEN
        answer = client.call(operations.get_message, "5cf7cc139f272546624d3795")

``client.call(operation, ...)`` takes the generated operation module and its arguments, exactly as
the generated ``_get_kwargs`` declares them, and returns its parsed success model; errors raise
the same ``smsgate`` exceptions as the unified calls.
"""

from __future__ import annotations

from _smsgate_generated.messaggi import api, models, operations

from ._client import AsyncVendorClient, VendorClient

__all__ = ["AsyncMessaggiClient", "MessaggiClient", "api", "models", "operations"]


class MessaggiClient(VendorClient):
    """``smsgate.Client("messaggi", ...)``."""

    bound_vendor = "messaggi"


class AsyncMessaggiClient(AsyncVendorClient):
    """``smsgate.AsyncClient("messaggi", ...)``."""

    bound_vendor = "messaggi"
