"""The client module of every generated package, kept once in crmtasks_common.client."""

from crmtasks_common.client import AuthenticatedClient, Client

__all__ = ["AuthenticatedClient", "Client"]
