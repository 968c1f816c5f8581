"""smsgate: one typed Python SDK for the Primotexto, SMS Partner and Messaggi SMS gateways.

The vendor-neutral models come from ``specs/unified.schema.json``; the per-vendor clients are
generated from ``specs/<vendor>.openapi.yaml`` into the private ``_smsgate_generated`` package.
"""

from _smsgate_generated.unified import Credits, DeliveryReport, DeliveryState, SendResult, Vendor

__version__ = "0.1.0"

__all__ = [
    "Credits",
    "DeliveryReport",
    "DeliveryState",
    "SendResult",
    "Vendor",
    "__version__",
]
