"""smsgate: one typed Python SDK for the Primotexto, SMS Partner and Messaggi (v1 and v2) SMS gateways.

    import smsgate

    with smsgate.Client("smspartner") as client:          # key from SMSPARTNER_API_KEY
        sent = client.send("+33612345678", "Your code is 123456")
        reports = client.status(sent.message_id)

    smsgate.preview("Votre code : 123456", vendor="smspartner")  # encoding, parts, cost: no request

Everything a public call raises is a ``smsgate.SmsGateError`` (see ``smsgate._base.errors`` for the
tree). Every other operation of a vendor's API is reachable with ``client.call()`` and the
generated operations in ``smsgate.primotexto``, ``smsgate.smspartner``, ``smsgate.messaggi`` and
``smsgate.messaggi_v2``.
"""

from typing import TYPE_CHECKING, Any

from ._base.errors import (
    APIError,
    AuthenticationError,
    ClientUsageError,
    InsufficientCreditError,
    InvalidArgumentError,
    InvalidRequestError,
    JournalError,
    NotFoundError,
    RateLimitError,
    RequestTimeoutError,
    ResponseFormatError,
    SendOutcomeUnknown,
    ServerError,
    SmsGateError,
    TransportError,
    UnsupportedOperationError,
    WebhookAuthenticationError,
    WebhookError,
    WebhookFormatError,
)
from ._client import AsyncClient, Client

if TYPE_CHECKING:
    from ._base.models import (
        Credits,
        DeliveryReport,
        DeliveryState,
        MessaggiStatusCallback,
        OptOut,
        OptOutKind,
        Reply,
        SendResult,
        Vendor,
    )
    from ._campaigns.bulk import Campaign, CampaignReport, send_many, send_many_async
    from ._campaigns.engine import CircuitBreaker, RateLimit
    from ._campaigns.failover import AsyncFailoverClient, FailoverClient, FailoverResult
    from ._campaigns.journal import Journal, JournalEntry, RecipientState
    from ._campaigns.resolve import ResolveReport
    from ._text.gsm7 import Encoding, ForcingCharacter
    from ._text.preview import Preview, preview
    from ._text.suppression import SuppressionEntry, SuppressionList
    from ._text.transliterate import Replacement, Transliteration, to_gsm7

__version__ = "0.2.0"
"""The version of smsgate (``smsgate --version`` prints it)."""

# The unified models are generated dataclasses and enums: they load on first use (an attribute
# read, ``from smsgate import Credits``, or the first client), which keeps them out of ``import smsgate``.
_MODELS = frozenset(
    {
        "Credits",
        "DeliveryReport",
        "DeliveryState",
        "MessaggiStatusCallback",
        "OptOut",
        "OptOutKind",
        "Reply",
        "SendResult",
        "Vendor",
    }
)
# Load on first use: the unified models, the encoding tables, the vendors' rules and the
# transliteration (with the first preview or send), campaigns (sqlite3 and asyncio are not needed
# by a program that sends one message).
_LAZY = {
    **dict.fromkeys(_MODELS, "_base.models"),
    **dict.fromkeys(("Encoding", "ForcingCharacter"), "_text.gsm7"),
    **dict.fromkeys(("Preview", "preview"), "_text.preview"),
    **dict.fromkeys(("Replacement", "Transliteration", "to_gsm7"), "_text.transliterate"),
    **dict.fromkeys(("Campaign", "CampaignReport", "send_many", "send_many_async"), "_campaigns.bulk"),
    **dict.fromkeys(("CircuitBreaker", "RateLimit"), "_campaigns.engine"),
    **dict.fromkeys(("AsyncFailoverClient", "FailoverClient", "FailoverResult"), "_campaigns.failover"),
    **dict.fromkeys(("Journal", "JournalEntry", "RecipientState"), "_campaigns.journal"),
    "ResolveReport": "_campaigns.resolve",
    **dict.fromkeys(("SuppressionEntry", "SuppressionList"), "_text.suppression"),
}

if not TYPE_CHECKING:  # type checkers read the imports above; a module __getattr__ would make any name valid

    def __getattr__(name: str) -> Any:
        if name in _LAZY:
            import importlib

            value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
            globals()[name] = value  # later reads are plain module attributes
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "APIError",
    "AsyncClient",
    "AsyncFailoverClient",
    "AuthenticationError",
    "Campaign",
    "CampaignReport",
    "CircuitBreaker",
    "Client",
    "ClientUsageError",
    "Credits",
    "DeliveryReport",
    "DeliveryState",
    "Encoding",
    "FailoverClient",
    "FailoverResult",
    "ForcingCharacter",
    "InsufficientCreditError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "Journal",
    "JournalEntry",
    "JournalError",
    "MessaggiStatusCallback",
    "NotFoundError",
    "OptOut",
    "OptOutKind",
    "Preview",
    "RateLimit",
    "RateLimitError",
    "RecipientState",
    "Replacement",
    "Reply",
    "RequestTimeoutError",
    "ResolveReport",
    "ResponseFormatError",
    "SendOutcomeUnknown",
    "SendResult",
    "ServerError",
    "SmsGateError",
    "SuppressionEntry",
    "SuppressionList",
    "Transliteration",
    "TransportError",
    "UnsupportedOperationError",
    "Vendor",
    "WebhookAuthenticationError",
    "WebhookError",
    "WebhookFormatError",
    "__version__",
    "preview",
    "send_many",
    "send_many_async",
    "to_gsm7",
]
