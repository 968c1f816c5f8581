"""smsgate: one typed Python SDK for the Primotexto, SMS Partner and Messaggi SMS gateways.

    import smsgate

    with smsgate.Client("smspartner") as client:          # key from SMSPARTNER_API_KEY
        sent = client.send("+33612345678", "Your code is 123456")
        reports = client.status(sent.message_id)

Everything a public call raises is a ``smsgate.SmsGateError`` (see ``smsgate._errors`` for the
tree). Every other operation of a vendor's API is reachable with ``client.call()`` and the
generated operations in ``smsgate.primotexto``, ``smsgate.smspartner`` and ``smsgate.messaggi``.
"""

from ._client import AsyncClient, Client
from ._errors import (
    APIError,
    AuthenticationError,
    ClientUsageError,
    InsufficientCreditError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    ResponseFormatError,
    SendOutcomeUnknown,
    ServerError,
    SmsGateError,
    TransportError,
    UnsupportedOperationError,
)
from ._models import Credits, DeliveryReport, DeliveryState, MessaggiStatusCallback, SendResult, Vendor

__version__ = "0.1.0"

__all__ = [
    "APIError",
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "ClientUsageError",
    "Credits",
    "DeliveryReport",
    "DeliveryState",
    "InsufficientCreditError",
    "InvalidRequestError",
    "MessaggiStatusCallback",
    "NotFoundError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseFormatError",
    "SendOutcomeUnknown",
    "SendResult",
    "ServerError",
    "SmsGateError",
    "TransportError",
    "UnsupportedOperationError",
    "Vendor",
    "__version__",
]
