"""Unit tests of crmtasks._transport: bounded inflating of answers and the whole-attempt time bound.

The hostile-server suites (tests/runtime/test_hostile_*.py) prove the same over real sockets; these pin the
decoder's edge cases: every encoding crmtasks inflates, split anywhere, exactly at and past the cap.
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Iterator

import httpx
import pytest

import crmtasks
from crmtasks._transport import overall_seconds, read_body

TEXT = b'{"tasks": [' + b",".join(b'{"id": "%d", "title": "Call back"}' % i for i in range(300)) + b"]}"


class Chunks(httpx.SyncByteStream):
    """A body that arrives in the given chunks, as a socket would give them."""

    def __init__(self, chunks: list[bytes], pause: float = 0.0) -> None:
        self.chunks = chunks
        self.pause = pause

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            time.sleep(self.pause)
            yield chunk


def split(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def answer(body: bytes, encoding: str | None, size: int = 1000, pause: float = 0.0) -> httpx.Response:
    headers = {"content-encoding": encoding} if encoding else {}
    request = httpx.Request("GET", "https://api.example.invalid/v2/tasks")
    return httpx.Response(200, headers=headers, stream=Chunks(split(body, size), pause), request=request)


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


ENCODED = {
    "identity": (None, TEXT),
    "gzip": ("gzip", gzip.compress(TEXT)),
    "x-gzip": ("x-gzip", gzip.compress(TEXT)),
    "deflate": ("deflate", zlib.compress(TEXT)),
    "raw-deflate": ("deflate", raw_deflate(TEXT)),
    "gzip-twice": ("gzip, gzip", gzip.compress(gzip.compress(TEXT))),
    "deflate-then-gzip": ("deflate, gzip", gzip.compress(zlib.compress(TEXT))),
}


@pytest.mark.parametrize("size", [1, 7, 1000, 1 << 20])
@pytest.mark.parametrize("name", list(ENCODED))
def test_every_encoding_crmtasks_inflates_reads_whole_however_it_is_split(name: str, size: int) -> None:
    encoding, body = ENCODED[name]
    response = answer(body, encoding, size)
    read_body(response, len(TEXT), None)
    assert response.content == TEXT
    assert response.is_closed


@pytest.mark.parametrize("name", list(ENCODED))
def test_one_byte_past_the_cap_is_refused_and_keeps_only_the_start(name: str) -> None:
    encoding, body = ENCODED[name]
    response = answer(body, encoding)
    with pytest.raises(crmtasks.APIResponseValidationError, match=f"max_response_bytes={len(TEXT) - 1}"):
        read_body(response, len(TEXT) - 1, None)
    assert response.is_closed
    assert 0 < len(response.content) <= 4096
    assert TEXT.startswith(response.content)


def test_a_gzip_bomb_is_refused_after_reading_little_of_it() -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = b"\0" * (1 << 20)
    bomb = b"".join(packer.compress(zeros) for _ in range(64)) + packer.flush()  # 64 MiB in about 64 KB
    consumed: list[int] = []

    class Counted(Chunks):
        def __iter__(self) -> Iterator[bytes]:
            for chunk in self.chunks:
                consumed.append(len(chunk))
                yield chunk

    request = httpx.Request("GET", "https://api.example.invalid/v2/tasks")
    response = httpx.Response(200, headers={"content-encoding": "gzip"}, stream=Counted(split(bomb, 16384)))
    response.request = request
    with pytest.raises(crmtasks.APIResponseValidationError):
        read_body(response, 1 << 20, None)
    assert sum(consumed) < 16384 * 4  # stopped within a few chunks of passing 1 MiB decoded


def test_a_corrupt_compressed_body_is_a_decoding_error() -> None:
    response = answer(b"\x1f\x8b not gzip at all", "gzip")
    with pytest.raises(httpx.DecodingError):
        read_body(response, 1 << 20, None)


def test_an_encoding_crmtasks_does_not_inflate_is_left_to_httpx_and_still_counted() -> None:
    response = answer(TEXT, "identity, compress-unknown")  # httpx passes an unknown encoding through
    with pytest.raises(crmtasks.APIResponseValidationError):
        read_body(response, 100, None)


def test_a_body_arriving_past_the_deadline_is_a_read_timeout() -> None:
    response = answer(TEXT, None, size=len(TEXT) // 10, pause=0.05)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        read_body(response, len(TEXT), started + 0.12)
    assert time.monotonic() - started < 0.5
    assert response.is_closed


@pytest.mark.parametrize(
    ("timeout", "seconds"),
    [
        (2.5, 2.5),
        (httpx.Timeout(60.0, connect=10.0), 60.0),
        (httpx.Timeout(None, read=3.0, connect=1.0), 3.0),
        (httpx.Timeout(None), None),
    ],
)
def test_an_attempt_is_bounded_by_its_timeouts_largest_phase(timeout: float | httpx.Timeout, seconds: float) -> None:
    request = httpx.Client(timeout=timeout).build_request("GET", "https://api.example.invalid/")
    assert overall_seconds(request) == seconds
