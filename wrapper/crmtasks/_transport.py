"""Reading an answer within bounds: its decoded size (``max_response_bytes``) and the attempt's time.

httpx decodes a compressed body one network chunk at a time, each chunk whole:
64 KiB of gzip can stand for 64 MiB, so a compression bomb fills memory before
any size check could see it. ``read_body`` reads the raw stream and inflates
gzip and deflate itself, a bounded piece at a time, stopping at the limit;
other encodings (which crmtasks does not ask for, ``ACCEPT_ENCODING``) are
decoded by httpx and counted chunk by chunk.

``timeout=`` bounds an attempt as a whole. httpx's timeouts are per socket
operation, so a body trickled a byte at a time never trips them. Between
chunks, ``read_body`` checks the attempt's deadline; and on the connection
pools crmtasks creates itself (``bound_pools``), every connect, read and write
waits no longer than what is left of it (``attempt_deadline``), so a stalled
read ends at the deadline too. A pool the user lends (``http_client=``) keeps
its own socket timeouts: there an attempt may outlast the bound by one read
timeout.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import APIResponseValidationError

if TYPE_CHECKING:
    import httpcore  # imported by httpx when a client is made; import crmtasks does not need it

__all__ = [
    "ACCEPT_ENCODING",
    "Sending",
    "attempt_deadline",
    "bound_pools",
    "overall_seconds",
    "read_body",
    "read_body_async",
    "traced",
]

ACCEPT_ENCODING = "gzip, deflate"
"""What crmtasks asks answers to be compressed with: the encodings it inflates within bounds."""

_PIECE = 64 * 1024  # the most an inflater produces at once
_KEPT = 4096  # what a too-large answer keeps of its start, for the error
_INFLATED = frozenset({"gzip", "x-gzip", "deflate"})
_TIMING_OUT = 1e-6  # a socket timeout that fails at once: the deadline has passed

attempt_deadline: ContextVar[float | None] = ContextVar("crmtasks_attempt_deadline", default=None)
"""``time.monotonic()`` by which the attempt in progress must end (None: unbounded); read by bound pools."""


def overall_seconds(request: httpx.Request) -> float | None:
    """The bound of one attempt as a whole: its timeout's largest phase (a number sets them all alike)."""
    phases: Mapping[str, float | None] = request.extensions.get("timeout", {})
    bounded = [seconds for seconds in phases.values() if seconds is not None]
    return max(bounded) if bounded else None


class _Inflater:
    """gzip or deflate, inflated a bounded piece at a time."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        # deflate is zlib-wrapped by the RFC, raw in some servers' hands: its first two bytes tell (as httpx does).
        self._z = zlib.decompressobj(zlib.MAX_WBITS if self._deflate else zlib.MAX_WBITS | 16)
        self._head = b"" if self._deflate else None  # deflate's bytes until the zlib header is known good

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data and not self._z.eof:
            try:
                piece = self._z.decompress(data, _PIECE)
            except zlib.error as error:
                if self._head is None:
                    raise httpx.DecodingError(f"the answer's compressed body is corrupt: {error}") from None
                self._z, data, self._head = zlib.decompressobj(-zlib.MAX_WBITS), self._head + data, None
                continue
            if self._head is not None:
                self._head += data[: len(data) - len(self._z.unconsumed_tail)]
                if len(self._head) >= 2:  # zlib checks its header on the first two bytes
                    self._head = None
            if piece:
                yield piece
            data = self._z.unconsumed_tail

    def end(self) -> Iterator[bytes]:
        if not self._z.eof:
            yield self._z.flush()  # what a last piece left pending: less than one match, not a bomb


def _encodings(response: httpx.Response) -> list[str] | None:
    """The inflaters' encodings in the order they apply, or None when httpx must decode (one we do not inflate)."""
    listed = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",")]
    listed = [e for e in listed if e and e != "identity"]
    return list(reversed(listed)) if all(e in _INFLATED for e in listed) else None


class _Body:
    """The decoded body as it arrives, refused past ``limit`` bytes or past the attempt's deadline."""

    def __init__(self, response: httpx.Response, limit: int, deadline: float | None) -> None:
        self._response = response
        self._limit = limit
        self._deadline = deadline
        self._pieces: list[bytes] = []
        self._size = 0
        encodings = _encodings(response)
        self.raw = encodings is not None
        self._inflaters = [_Inflater(e) for e in encodings or ()]

    def add(self, chunk: bytes) -> None:
        """One chunk as the stream gave it (raw when ``self.raw``, else decoded by httpx)."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("the answer took longer than the timeout", request=self._response.request)
        self._keep(self._decoded([chunk], 0))

    def whole(self, content: bytes) -> None:
        """A body already read and decoded: only its size is checked."""
        if len(content) > self._limit:
            self._refuse(content)

    def finish(self) -> None:
        """The stream ended: the inflaters' last pieces, then the whole body in place of the stream."""
        self._keep(self._ended(0))
        self._response._content = b"".join(self._pieces)  # pyright: ignore[reportPrivateUsage] - what read() sets

    def _decoded(self, pieces: Iterable[bytes], depth: int) -> Iterator[bytes]:
        if depth == len(self._inflaters):
            yield from pieces
            return
        inflater = self._inflaters[depth]
        for piece in pieces:
            yield from self._decoded(inflater.feed(piece), depth + 1)

    def _ended(self, depth: int) -> Iterator[bytes]:
        if depth < len(self._inflaters):
            yield from self._decoded(self._inflaters[depth].end(), depth + 1)
            yield from self._ended(depth + 1)

    def _keep(self, pieces: Iterable[bytes]) -> None:
        for piece in pieces:
            self._size += len(piece)
            if self._size > self._limit:
                self._refuse(piece)
            self._pieces.append(piece)

    def _refuse(self, piece: bytes) -> None:
        head = b"".join(self._pieces[:1] or [piece])[:_KEPT]  # pieces are large: never join them all here
        self._pieces.clear()
        self._response._content = head  # pyright: ignore[reportPrivateUsage] - the error shows the start
        raise APIResponseValidationError(
            f"the answer is larger than max_response_bytes={self._limit} once decoded; crmtasks stopped reading it",
            response=self._response,
        )


def read_body(response: httpx.Response, limit: int, deadline: float | None) -> None:
    """Read a streamed answer's body into ``response.content``, within ``limit`` decoded bytes and ``deadline``."""
    body = _Body(response, limit, deadline)
    if response.is_stream_consumed:  # a transport that answers with the body read (httpx.MockTransport...)
        body.whole(response.content)
        return
    try:
        for chunk in response.iter_raw() if body.raw else response.iter_bytes():
            body.add(chunk)
        body.finish()
    finally:
        response.close()


async def read_body_async(response: httpx.Response, limit: int) -> None:
    """The async twin of ``read_body`` (the caller's cancel scope bounds its time)."""
    body = _Body(response, limit, None)
    if response.is_stream_consumed:
        body.whole(response.content)
        return
    chunks: AsyncIterator[bytes] = response.aiter_raw() if body.raw else response.aiter_bytes()
    try:
        async for chunk in chunks:
            body.add(chunk)
        body.finish()
    finally:
        await response.aclose()


class Sending:
    """Whether an async request has begun to leave (httpcore's ``trace`` extension says when its headers go).

    A cancel scope's deadline says nothing of the phase it cut: before the headers began, the request provably
    never left, and even a create may be sent again. Only httpx's own transports tell (``traced``); over any
    other (a ``MockTransport``, a custom one), the request may have left.
    """

    def __init__(self, request: httpx.Request, traced: bool) -> None:
        self.started = not traced
        if traced:
            request.extensions["trace"] = self._trace

    async def _trace(self, event: str, info: Mapping[str, Any]) -> None:
        if event.endswith("send_request_headers.started"):
            self.started = True

    def timeout(self, request: httpx.Request, seconds: float | None) -> httpx.TimeoutException:
        """What the attempt's deadline means: a pool or connect timeout until the request began to leave."""
        kind = httpx.ReadTimeout if self.started else httpx.ConnectTimeout
        return kind(f"the attempt took longer than {seconds:g} s", request=request)


def _capped(timeout: float | None) -> float | None:
    """A socket operation's timeout, no longer than what is left of the attempt."""
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    left = max(deadline - time.monotonic(), _TIMING_OUT)
    return left if timeout is None else min(timeout, left)


class _BoundStream:
    """httpcore's ``NetworkStream`` interface (duck-typed, as httpcore uses it), every wait capped."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _capped(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _capped(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _BoundStream(self._stream.start_tls(ssl_context, server_hostname, _capped(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _BoundBackend:
    """httpcore's ``NetworkBackend`` interface (duck-typed), every wait capped by the attempt's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> _BoundStream:
        stream = self._backend.connect_tcp(host, port, _capped(timeout), local_address, socket_options)
        return _BoundStream(stream)

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> _BoundStream:
        return _BoundStream(self._backend.connect_unix_socket(path, _capped(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def traced(client: httpx.AsyncClient) -> bool:
    """Whether every transport of a client is httpx's own, whose trace events tell when a request leaves."""
    transports: list[object] = [client._transport, *client._mounts.values()]  # pyright: ignore[reportPrivateUsage]
    return all(isinstance(t, httpx.AsyncHTTPTransport) for t in transports if t is not None)


def bound_pools(client: httpx.Client) -> None:
    """Cap every socket wait of the pools of a client crmtasks created by the attempt's deadline.

    Reaches into httpx's transports and httpcore's pools (no public way exists); a transport of another
    shape is left as it is, and then only ``read_body``'s check between chunks bounds the attempt.
    """
    import httpcore  # noqa: PLC0415 - httpx has imported it to make the client's transports

    transports: list[object] = [client._transport, *client._mounts.values()]  # pyright: ignore[reportPrivateUsage]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _BoundBackend):
            pool._network_backend = _BoundBackend(backend)  # type: ignore[union-attr]
