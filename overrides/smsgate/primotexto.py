"""Every Primotexto operation, typed: the generated operations (by operationId) and models, and a bound client.

    from smsgate.primotexto import PrimotextoClient, operations

    with PrimotextoClient() as client:                         # key from PRIMOTEXTO_API_KEY
        answer = client.call(operations.get_category_stats, category="otp")

``client.call(operation, ...)`` takes the generated operation module and its arguments, exactly as
the generated ``_get_kwargs`` declares them, and returns its parsed success model; errors raise
the same ``smsgate`` exceptions as the unified calls.
"""

from __future__ import annotations

from _smsgate_generated.primotexto import api, models, operations

from ._client import AsyncVendorClient, VendorClient

__all__ = ["AsyncPrimotextoClient", "PrimotextoClient", "api", "models", "operations"]


class PrimotextoClient(VendorClient):
    """``smsgate.Client("primotexto", ...)``."""

    bound_vendor = "primotexto"


class AsyncPrimotextoClient(AsyncVendorClient):
    """``smsgate.AsyncClient("primotexto", ...)``."""

    bound_vendor = "primotexto"
