"""A client library for accessing ySuite CRM - Tasks"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
