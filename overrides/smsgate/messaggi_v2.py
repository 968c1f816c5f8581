"""Every Messaggi v2 operation (sms.openapi.com), typed: the generated operations and models, and a bound client.

    from smsgate.messaggi_v2 import MessaggiV2Client, models, operations

    with MessaggiV2Client() as client:                         # key from MESSAGGI_V2_TOKEN
        message = client.call(operations.get_message, "633aabe3e4a9a0e69811ad7f").data
        otp = client.call(operations.send_otp, body=models.SendOTPRequest(recipient="+393491234567"))
        code = otp.data.otp                                     # the code the vendor generated and sent

``client.call(operation, ...)`` takes the generated operation module and its arguments, exactly as
the generated ``_get_kwargs`` declares them, and returns its parsed success model; errors raise
the same ``smsgate`` exceptions as the unified calls. ``send_otp`` is a send like the others: it is
never replayed once it may have reached the vendor (``SendOutcomeUnknown``).
"""

from __future__ import annotations

from _smsgate_generated.messaggi_v2 import api, models, operations

from ._client import AsyncVendorClient, VendorClient

__all__ = ["AsyncMessaggiV2Client", "MessaggiV2Client", "api", "models", "operations"]


class MessaggiV2Client(VendorClient):
    """``smsgate.Client("messaggi_v2", ...)``."""

    bound_vendor = "messaggi_v2"


class AsyncMessaggiV2Client(AsyncVendorClient):
    """``smsgate.AsyncClient("messaggi_v2", ...)``."""

    bound_vendor = "messaggi_v2"
