"""A client library for accessing Gateway SMS v2 (Messaggi)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
