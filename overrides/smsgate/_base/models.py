"""The unified models, generated from specs/unified.schema.json, re-exported under their public names."""

from _smsgate_generated.unified import (
    Credits,
    DeliveryReport,
    DeliveryState,
    MessaggiStatistics,
    MessaggiStatusCallback,
    OptOut,
    OptOutKind,
    Reply,
    SendResult,
    Vendor,
)

__all__ = [
    "Credits",
    "DeliveryReport",
    "DeliveryState",
    "MessaggiStatistics",
    "MessaggiStatusCallback",
    "OptOut",
    "OptOutKind",
    "Reply",
    "SendResult",
    "Vendor",
]
