"""The errors module of every generated package, kept once in crmtasks_common.errors."""

from crmtasks_common.errors import UnexpectedStatus

__all__ = ["UnexpectedStatus"]
