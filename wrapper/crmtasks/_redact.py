"""Masking secrets out of an error before it reaches the caller.

An exception raised while a request is built, sent or read can quote what it
was given: httpx's header errors quote the header (``Illegal header value
b'Bearer ...'``), a ``UnicodeEncodeError`` keeps the whole string it failed
on, a vendor's error answer may echo the key it refuses. ``redact`` walks an
error and all it chains (``__cause__``, ``__context__``, the members of an
exception group, exceptions kept as attributes) and replaces every secret it
is told of by ``****``: in messages, notes and attributes, in the requests the
errors hold (swapped for the engine's view of the request, or for a copy
without the secrets) and in the answers they hold. ``secrets_of`` gives the
secrets of the credential headers a request carried.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections.abc import Collection, Mapping
from typing import Any
from urllib.parse import quote

import httpx

__all__ = ["MASK", "MIN_SECRET_LENGTH", "mask", "mask_bytes", "redact", "secrets_of"]

MASK = "****"
MIN_SECRET_LENGTH = 4
"""Shorter values are not masked: a ``****`` for every ``abc`` would garble a message and hide nothing."""

_DEPTH = 8  # how far into an error's containers (notes, field errors, a body's members) values are masked


def _forms(secrets: Collection[str]) -> list[str]:
    """Each secret as an error may hold it, longest first (a secret inside a longer one is masked with it).

    As it is; percent-encoded, as in a URL; escaped as in a JSON string, ``/`` too (as PHP writes it).
    """
    forms: set[str] = set()
    for secret in secrets:
        if len(secret) >= MIN_SECRET_LENGTH:
            escaped = json.dumps(secret)[1:-1]
            forms.update((secret, quote(secret, safe=""), escaped, escaped.replace("/", "\\/")))
    return sorted(forms, key=len, reverse=True)


def _mask(text: str, forms: list[str]) -> str:
    for form in forms:
        if form in text:
            text = text.replace(form, MASK)
    return text


def _mask_bytes(content: bytes, forms: list[str]) -> bytes:
    for form in forms:
        encoded = form.encode("utf-8", "surrogatepass")
        if encoded in content:
            content = content.replace(encoded, MASK.encode())
    return content


def mask(text: str, secrets: Collection[str]) -> str:
    """``text`` with every occurrence of every secret replaced by ``****`` (longest first; shorter than 4: kept)."""
    return _mask(text, _forms(secrets))


def mask_bytes(content: bytes, secrets: Collection[str]) -> bytes:
    """``content`` with every occurrence of every secret (UTF-8 encoded) replaced by ``****``, as ``mask`` does."""
    return _mask_bytes(content, _forms(secrets))


def secrets_of(headers: Mapping[str, str]) -> tuple[str, ...]:
    """The secrets in credential headers: each value, and the credential of ``Bearer <token>`` or ``Basic <x>``.

    Of ``Basic`` also the decoded ``user:password`` and the password: an error may quote what it decoded.
    """
    found: list[str] = []
    for value in headers.values():
        found.append(value)
        scheme, _, credential = value.partition(" ")
        credential = credential.strip()
        if credential and scheme.lower() in ("bearer", "basic"):
            found.append(credential)
            if scheme.lower() == "basic":
                found.extend(_basic_parts(credential))
    return tuple(dict.fromkeys(found))  # each once, in order


def _basic_parts(credential: str) -> list[str]:
    try:
        pair = base64.b64decode(credential, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return []
    return [pair, pair.partition(":")[2]]


def redact(error: BaseException, secrets: Collection[str], view: httpx.Request | None = None) -> None:
    """Mask every secret in ``error`` and every exception it chains, in place (cycles are met once).

    In each: string ``args``, the attributes (``message``, ``body``, ``__notes__``, ...; in lists and dicts
    too), a ``UnicodeError``'s ``object`` (the whole string it failed on), an ``OSError``'s ``strerror`` and
    file names. Each ``httpx.Request`` held (``httpx.RequestError``'s, ``APIError.request``, a response's) is
    replaced by ``view`` when given, else by a copy whose headers that hold a secret read ``****`` (its URL
    and content masked too); each ``httpx.Response`` held has its content and headers masked.
    Afterwards ``str``, ``repr`` and ``traceback.format_exception`` of ``error`` quote no secret, but for
    the own message of an exception group, which Python keeps read-only (its members are masked).
    """
    masker = _Masker(_forms(secrets), view)
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) not in seen:
            seen.add(id(current))
            pending.extend(masker.exception(current))


class _Masker:
    """One ``redact``: the forms of the secrets, the view to put in place of requests, what was masked."""

    def __init__(self, forms: list[str], view: httpx.Request | None) -> None:
        self.forms = forms
        self.view = view
        self.linked: list[BaseException] = []  # exceptions found among attributes: masked in their turn
        self._requests: dict[int, httpx.Request] = {}  # each request replaced by one copy, wherever it is held
        self._responses: set[int] = set()

    def exception(self, error: BaseException) -> list[BaseException]:
        """Mask ``error`` itself; the exceptions it links to, to be masked next."""
        error.args = self.value(error.args)
        if isinstance(error, UnicodeEncodeError | UnicodeTranslateError | UnicodeDecodeError):
            self._unicode(error)
        if isinstance(error, OSError):
            # Set from the arguments once and shown by str(): masking the arguments is not enough.
            error.strerror = self.value(error.strerror)
            error.filename = self.value(error.filename)
            error.filename2 = self.value(error.filename2)
        attributes = vars(error)  # written directly: no property or __setattr__ of the class is in the way
        for name, value in list(attributes.items()):
            masked = self.value(value)
            if masked is not value:
                attributes[name] = masked
        linked, self.linked = self.linked, []
        linked += [chained for chained in (error.__cause__, error.__context__) if chained is not None]
        if isinstance(error, BaseExceptionGroup):
            group: BaseExceptionGroup[BaseException] = error  # pyright: ignore[reportUnknownVariableType]
            linked += group.exceptions
        return linked

    def _unicode(self, error: UnicodeEncodeError | UnicodeTranslateError | UnicodeDecodeError) -> None:
        """The whole string (or bytes) a codec failed on, masked; its positions moved to the same character."""
        error.reason = self.text(error.reason)
        original: Any = error.object
        masked = self.value(original)
        if masked is not original:
            start = len(self.value(original[: error.start]))
            error.object = masked
            error.start, error.end = min(start, len(masked)), min(start + error.end - error.start, len(masked))

    def text(self, text: str) -> str:
        masked = _mask(text, self.forms)
        return text if masked == text else masked

    def content(self, content: bytes) -> bytes:
        masked = _mask_bytes(content, self.forms)
        return content if masked == content else masked

    def value(self, value: Any, depth: int = 0) -> Any:
        """``value`` with the secrets masked: the same object when it held none, else a masked copy."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, bytes):
            return self.content(value)
        if isinstance(value, httpx.Request):
            return self.request(value)
        if isinstance(value, httpx.Response):
            self.response(value)
            return value
        if isinstance(value, BaseException):
            self.linked.append(value)
            return value
        if depth >= _DEPTH:
            return value
        kind = value.__class__  # compared, not isinstance-narrowed: value stays Any
        if kind is list or kind is tuple:
            items = [self.value(item, depth + 1) for item in value]
            changed = any(new is not old for new, old in zip(items, value, strict=True))
            return value.__class__(items) if changed else value
        if kind is dict:
            pairs = [(self.value(k, depth + 1), self.value(v, depth + 1)) for k, v in value.items()]
            originals = value.items()
            changed = any(k is not ok or v is not ov for (k, v), (ok, ov) in zip(pairs, originals, strict=True))
            return dict(pairs) if changed else value
        if callable(getattr(value, "to_dict", None)) and callable(getattr(kind, "from_dict", None)):
            return self._model(value, depth)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._dataclass(value, depth)
        return value

    def _dataclass(self, value: Any, depth: int) -> Any:
        """A dataclass (a ``Deviation``'s value as it came) with its fields masked: a copy if any changed."""
        changes = {}
        for field in dataclasses.fields(value):
            if field.init:
                old = getattr(value, field.name)
                new = self.value(old, depth + 1)
                if new is not old:
                    changes[field.name] = new
        if not changes:
            return value
        try:
            return dataclasses.replace(value, **changes)
        except Exception:
            return None  # as for a model: better nothing than a secret

    def _model(self, model: Any, depth: int) -> Any:
        """A generated model (an error body) holding a secret, rebuilt without it; None if it cannot be."""
        try:
            data = model.to_dict()
            masked = self.value(data, depth + 1)
            return model if masked is data else model.__class__.from_dict(masked)
        except Exception:
            return None  # better no body than one that may quote a secret

    def request(self, request: httpx.Request) -> httpx.Request:
        """The view in place of ``request`` (the same method and URL), else a copy with the secrets masked.

        A request that held no secret is kept as it is. One of another URL (a token endpoint's, where a
        redirect points) is no request the view shows, so it is masked, not replaced.
        """
        view = self.view
        if view is not None and view.method == request.method and view.url == request.url:
            return view
        if id(request) not in self._requests:
            self._requests[id(request)] = self._masked_request(request)
        return self._requests[id(request)]

    def _masked_request(self, request: httpx.Request) -> httpx.Request:
        headers = [
            (name, value if self.text(value) is value else MASK) for name, value in request.headers.multi_items()
        ]
        url = self.text(str(request.url))
        try:
            content: bytes | None = request.content
        except httpx.RequestNotRead:  # a stream never read: nothing of it to copy
            content = None
        masked = self.content(content) if content is not None else None
        same = url == str(request.url) and masked is content and headers == request.headers.multi_items()
        if same:
            return request
        return httpx.Request(request.method, url, headers=headers, content=masked, extensions=request.extensions)

    def response(self, response: httpx.Response) -> None:
        """Mask an answer in place: its request, headers and content (the text decoded from it too)."""
        if id(response) in self._responses:
            return
        self._responses.add(id(response))
        if response._request is not None:  # pyright: ignore[reportPrivateUsage] - .request raises when None
            response.request = self.request(response._request)  # pyright: ignore[reportPrivateUsage]
        if response.next_request is not None:
            response.next_request = self.request(response.next_request)
        headers = [(name, self.text(value)) for name, value in response.headers.multi_items()]
        if headers != response.headers.multi_items():
            response.headers = httpx.Headers(headers)
        if hasattr(response, "_content"):
            masked = self.content(response.content)
            if masked is not response.content:
                response._content = masked  # pyright: ignore[reportPrivateUsage] - the content, once read
                response.stream = httpx.ByteStream(masked)  # the bytes as they came held the secret too
                if hasattr(response, "_text"):
                    response._text = self.text(response._text)  # pyright: ignore[reportPrivateUsage]
        for earlier in response.history:
            self.response(earlier)
