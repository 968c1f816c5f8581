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

from _smsgate_generated.smspartner import api, models, operations

from ._client import AsyncVendorClient, VendorClient

__all__ = ["AsyncSmsPartnerClient", "SmsPartnerClient", "api", "models", "operations"]


class SmsPartnerClient(VendorClient):
    """``smsgate.Client("smspartner", ...)``."""

    bound_vendor = "smspartner"


class AsyncSmsPartnerClient(AsyncVendorClient):
    """``smsgate.AsyncClient("smspartner", ...)``."""

    bound_vendor = "smspartner"
