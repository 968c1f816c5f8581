"""smsgate: one typed Python SDK for the Primotexto, SMS Partner and Messaggi (v1 and v2) SMS gateways.

    import smsgate

    with smsgate.Client("smspartner") as client:          # key from SMSPARTNER_API_KEY
        sent = client.send("+33612345678", "Your code is 123456")
        reports = client.status(sent.message_id)

    smsgate.preview("Votre code : 123456", vendor="smspartner")  # encoding, parts, cost: no request

Everything a public call raises is a ``smsgate.SmsGateError`` (see ``smsgate._errors`` for the
tree). Every other operation of a vendor's API is reachable with ``client.call()`` and the
generated operations in ``smsgate.primotexto``, ``smsgate.smspartner``, ``smsgate.messaggi`` and
``smsgate.messaggi_v2``.
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ._gsm7 import Encoding, ForcingCharacter
    from ._models import Credits, DeliveryReport, DeliveryState, MessaggiStatusCallback, SendResult, Vendor
    from ._preview import Preview, preview
    from ._transliterate import Replacement, Transliteration, to_gsm7

__version__ = "0.1.0"

# The unified models are generated dataclasses and enums: they load on first use (an attribute
# read, ``from smsgate import Credits``, or the first client), which keeps them out of ``import smsgate``.
_MODELS = frozenset({"Credits", "DeliveryReport", "DeliveryState", "MessaggiStatusCallback", "SendResult", "Vendor"})
# The encoding tables, the vendors' rules and the transliteration load with the first preview or send.
_LAZY = {
    "Encoding": "_gsm7",
    "ForcingCharacter": "_gsm7",
    "Preview": "_preview",
    "preview": "_preview",
    "Replacement": "_transliterate",
    "Transliteration": "_transliterate",
    "to_gsm7": "_transliterate",
}

if not TYPE_CHECKING:  # type checkers read the imports above; a module __getattr__ would make any name valid

    def __getattr__(name: str) -> Any:
        module = "_models" if name in _MODELS else _LAZY.get(name)
        if module is not None:
            import importlib

            value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
            globals()[name] = value  # later reads are plain module attributes
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "APIError",
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "ClientUsageError",
    "Credits",
    "DeliveryReport",
    "DeliveryState",
    "Encoding",
    "ForcingCharacter",
    "InsufficientCreditError",
    "InvalidRequestError",
    "MessaggiStatusCallback",
    "NotFoundError",
    "Preview",
    "RateLimitError",
    "Replacement",
    "RequestTimeoutError",
    "ResponseFormatError",
    "SendOutcomeUnknown",
    "SendResult",
    "ServerError",
    "SmsGateError",
    "Transliteration",
    "TransportError",
    "UnsupportedOperationError",
    "Vendor",
    "__version__",
    "preview",
    "to_gsm7",
]
