"""A client library for accessing Keap REST v2 - Tasks"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
