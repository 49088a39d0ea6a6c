"""The types module of every generated package, kept once in crmtasks_common.types."""

from crmtasks_common.types import File, FileTypes, RequestFiles, Response, UNSET, Unset, json_body

__all__ = ["File", "FileTypes", "RequestFiles", "Response", "UNSET", "Unset", "json_body"]
