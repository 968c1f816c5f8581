"""A client library for accessing Gateway SMS (Messaggi)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
