"""Contains some shared types for properties"""

import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, TypeVar

import httpx
from attrs import define
from crmtasks._facade import NOT_GIVEN, NotGiven

# crmtasks: orjson decodes large pages about twice as fast as the standard library, when installed.
_fast_loads: Callable[[bytes], Any] | None
try:
    import orjson

    _fast_loads = orjson.loads
except ImportError:  # orjson is optional (pip install crmtasks[fast])
    _fast_loads = None

# orjson reads an integer beyond 64 bits (above 2**64 - 1 or below -2**63) as a float, which loses digits; the
# standard library reads integers of any size exactly, and reads a body that may hold one. Such an integer is
# 20 digits or more, or a minus and 19 or more. Looking costs about 0.8 ms a MB (orjson takes 2-3 ms to read it):
# one translate (digits to "0", "-" kept, all else " ") and one search for 19 digits in a row, which most bodies
# lack; only a body with such a run is searched twice more. A run that is no such integer (digits in a string, a
# 20-digit integer that fits) only makes its body slower to read.
_NUMERALS = bytes(48 if 48 <= byte <= 57 else byte if byte == 45 else 32 for byte in range(256))
_DIGITS_19, _DIGITS_20, _MINUS_19 = b"0" * 19, b"0" * 20, b"-" + b"0" * 19


def _may_lose_digits(content: bytes) -> bool:
    """Whether ``content`` holds 20 digits in a row, or a minus and 19: an integer orjson might not keep."""
    numerals = content.translate(_NUMERALS)
    if _DIGITS_19 not in numerals:
        return False
    return _DIGITS_20 in numerals or _MINUS_19 in numerals


def json_body(response: httpx.Response) -> Any:
    """The response's JSON body (JSON is UTF-8 by RFC 8259), its integers exact whatever their size."""
    content = response.content
    if _fast_loads is None or _may_lose_digits(content):
        return json.loads(content)
    return _fast_loads(content)


# An argument not given (None is a value of its own): crmtasks' one sentinel, shared by every generated package.
Unset = NotGiven
UNSET: NotGiven = NOT_GIVEN

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "json_body"]
