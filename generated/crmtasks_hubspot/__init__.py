"""A client library for accessing HubSpot CRM v3 - Tasks"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
