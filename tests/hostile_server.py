"""A scripted HTTP/1.1 server on a raw socket, and child processes under limits, for tests/runtime/test_hostile_*.py.

``HostileServer`` listens on 127.0.0.1 (a free port), one thread per connection, Nagle off, keep-alive
connections served request after request. Each test scripts it with a function of the request read
(``Seen``: method, path, query, headers, body) to the ``Answer`` it gets:

- ``Reply``: a status, headers and a body, encoded for the wire once when built (``json_reply``,
  ``raw_reply``, ``redirect``; a pre-gzipped body is a ``raw_reply`` with ``Content-Encoding: gzip``),
  so the server is never the bottleneck;
- ``Endless``: a chunked body that never ends (until the client hangs up);
- ``Trickle``: the headers at once, then the body one byte a second;
- ``Hangup``: the request read whole, then the connection closed with no answer.

Every request read is recorded in order (``requests``), so a test asserts what was sent, and what was not.
An exception the script raises is recorded in ``failures`` (and answered 500).

The cases that could take the machine down (a compression bomb, an endless body, a body trickled for
minutes) run the client in a child process (``run_child``: ``python -m tests.hostile_server <job>``),
limited in address space (``RLIMIT_AS``, its baseline plus a headroom) and in wall-clock time, which
reports what each of its cases met as one JSON line: the exception, the seconds the call took, how much
the child's peak RSS grew. A failure is then a report of it, or a killed child, never a machine out of
memory. ``ChildPool`` runs several children at once, so that the seconds they spend waiting overlap.
``serving`` is the server of one test (it fails the test if the script raised); ``skip_ca_bundle``
spares each client the 40 ms of loading CA certificates that plain http never uses.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import socketserver
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from http import HTTPStatus
from io import BufferedReader
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, BinaryIO, Self
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    import pytest  # the child processes import this module too, without pytest

__all__ = [
    "Answer",
    "ChildPool",
    "ChildRun",
    "Endless",
    "Hangup",
    "HostileServer",
    "Reply",
    "Script",
    "Seen",
    "Trickle",
    "gzip_of_zeros",
    "json_reply",
    "raw_reply",
    "redirect",
    "run_child",
    "serving",
    "skip_ca_bundle",
]

ROOT = Path(__file__).resolve().parent.parent
IDLE_SECONDS = 30.0
"""How long a connection may sit idle (or a write block) before the server drops it."""


@dataclass(frozen=True)
class Seen:
    """A request as the server read it: method, target (path and query), headers (lower-case names), body."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.target).query, keep_blank_values=True)

    def param(self, name: str) -> str | None:
        """The query parameter's (last) value, or None."""
        values = self.query.get(name)
        return values[-1] if values else None

    def json(self) -> Any:
        """The body as JSON (None when empty)."""
        return json.loads(self.body) if self.body else None


class Answer:
    """What the server does with one request. ``send`` says whether the connection may serve another."""

    def send(self, connection: socket.socket, stopping: threading.Event) -> bool:
        raise NotImplementedError


def _head(status: int, headers: Iterable[tuple[str, str]]) -> bytes:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Whatever"
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


@dataclass(frozen=True)
class Reply(Answer):
    """A whole answer, encoded for the wire once, when built."""

    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    wire: bytes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        headers = list(self.headers)
        if self.status not in (204, 304) and not any(name.lower() == "content-length" for name, _ in headers):
            headers.append(("Content-Length", str(len(self.body))))
        object.__setattr__(self, "wire", _head(self.status, headers) + self.body)

    def send(self, connection: socket.socket, stopping: threading.Event) -> bool:
        connection.sendall(self.wire)
        return True


def json_reply(body: Any, status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    """A JSON answer (``body`` encoded by the standard library: integers of any size stay exact)."""
    return Reply(status, json.dumps(body).encode(), (("Content-Type", "application/json"), *headers))


def raw_reply(body: bytes, status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> Reply:
    """An answer of the bytes given, as they are (a pre-compressed body names its Content-Encoding)."""
    return Reply(status, body, (("Content-Type", "application/json"), *headers))


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, b"", (("Location", location),))


@cache
def _chunk(size: int) -> bytes:
    return f"{size:x}\r\n".encode() + b" " * size + b"\r\n"


@dataclass(frozen=True)
class Endless(Answer):
    """A chunked 200 whose body never ends: pre-encoded chunks of spaces until the client hangs up."""

    chunk_size: int = 64 * 1024
    most_seconds: float = 60.0
    """A client that reads for ever is let go after this long (the test has failed by then)."""

    def send(self, connection: socket.socket, stopping: threading.Event) -> bool:
        head = (("Content-Type", "application/json"), ("Transfer-Encoding", "chunked"))
        connection.sendall(_head(200, head))
        chunk = _chunk(self.chunk_size)
        deadline = time.monotonic() + self.most_seconds
        while not stopping.is_set() and time.monotonic() < deadline:
            connection.sendall(chunk)
        return False


@dataclass(frozen=True)
class Trickle(Answer):
    """The headers at once (with the body's Content-Length), then the body one byte every ``interval`` seconds."""

    body: bytes
    interval: float = 1.0
    status: int = 200

    def send(self, connection: socket.socket, stopping: threading.Event) -> bool:
        head = (("Content-Type", "application/json"), ("Content-Length", str(len(self.body))))
        connection.sendall(_head(self.status, head))
        for index in range(len(self.body)):
            if stopping.wait(self.interval):
                return False
            connection.sendall(self.body[index : index + 1])
        return True


@dataclass(frozen=True)
class Hangup(Answer):
    """The request was read whole; the connection is closed without a byte of answer."""

    def send(self, connection: socket.socket, stopping: threading.Event) -> bool:
        return False


Script = Callable[[Seen], Answer]


def _unscripted(seen: Seen) -> Answer:
    raise AssertionError(f"no script for {seen.method} {seen.target}")


def _read_request(reader: BinaryIO) -> Seen | None:
    line = reader.readline(65537)
    if not line.strip():
        return None
    method, target, _ = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
    headers: dict[str, str] = {}
    while (line := reader.readline(65537)) not in (b"\r\n", b"\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        key, value = name.strip().lower(), value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    if "chunked" in headers.get("transfer-encoding", "").lower():
        parts: list[bytes] = []
        while size := int(reader.readline(65537).split(b";")[0].strip() or b"0", 16):
            parts.append(reader.read(size))
            reader.readline(65537)
        while reader.readline(65537) not in (b"\r\n", b"\n", b""):  # trailers
            pass
        body = b"".join(parts)
    else:
        body = reader.read(int(headers.get("content-length") or 0))
    return Seen(method, target, headers, body)


class _Listener(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
    block_on_close = False
    request_queue_size = 256  # many clients connect at once (the child runs): none waits on a full backlog

    def __init__(self, owner: HostileServer) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _Connection)


class _Connection(socketserver.BaseRequestHandler):
    server: _Listener  # pyright: ignore[reportIncompatibleVariableOverride]
    request: socket.socket  # pyright: ignore[reportIncompatibleVariableOverride]

    def handle(self) -> None:
        owner = self.server.owner
        connection = self.request
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection.settimeout(IDLE_SECONDS)
        owner.opened(connection)
        reader: BufferedReader = connection.makefile("rb")
        try:
            while not owner.stopping.is_set():
                seen = _read_request(reader)
                if seen is None:
                    return
                answer = owner.answer(seen)
                if not answer.send(connection, owner.stopping):
                    return
                if seen.headers.get("connection", "").lower() == "close":
                    return
        except (OSError, ValueError):
            return  # the client hung up (or sent what this server does not read): this connection is done
        finally:
            reader.close()
            owner.closed(connection)


class HostileServer:
    """A scripted HTTP/1.1 server on 127.0.0.1 that records every request; ``url`` is its base URL.

    ``script`` (settable at any time) answers each request; scripts run in the connections' threads,
    several at once when the client sends concurrently, so they must be thread-safe.
    """

    def __init__(self, script: Script | None = None) -> None:
        self.script: Script = script or _unscripted
        self.requests: list[Seen] = []
        self.failures: list[str] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._listener = _Listener(self)
        self._thread = threading.Thread(
            target=self._listener.serve_forever, kwargs={"poll_interval": 0.005}, name="hostile-server", daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        address: tuple[str, int] = self._listener.server_address  # pyright: ignore[reportAssignmentType]
        return address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def count(self) -> int:
        """Requests read so far."""
        with self._lock:
            return len(self.requests)

    def seen(self, prefix: str = "") -> list[Seen]:
        """The requests read so far whose path starts with ``prefix``, in order."""
        with self._lock:
            return [seen for seen in self.requests if seen.path.startswith(prefix)]

    def answer(self, seen: Seen) -> Answer:
        with self._lock:
            self.requests.append(seen)
        try:
            return self.script(seen)
        except Exception as error:
            with self._lock:
                self.failures.append(f"{seen.method} {seen.target}: {error!r}")
            return json_reply({"message": f"the test's script failed: {error!r}"}, 500)

    def opened(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.add(connection)

    def closed(self, connection: socket.socket) -> None:
        with self._lock:
            self._connections.discard(connection)

    def stop(self) -> None:
        """Stop listening and end every connection (a trickle or an endless body too)."""
        self.stopping.set()
        self._listener.shutdown()
        self._listener.server_close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()


def skip_ca_bundle(monkeypatch: pytest.MonkeyPatch, empty_dir: Path) -> None:
    """Let httpx clients skip loading the CA bundle (40 ms a client; these tests speak plain http only).

    httpx reads ``SSL_CERT_DIR`` when ``SSL_CERT_FILE`` is unset: an empty directory costs nothing to load.
    """
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.setenv("SSL_CERT_DIR", str(empty_dir))


@contextlib.contextmanager
def serving(script: Script | None = None) -> Generator[HostileServer]:
    """A server for the length of a test; it fails the test if the script raised (a bug of the test)."""
    with HostileServer(script) as server:
        yield server
        assert not server.failures, f"the hostile server's script raised: {server.failures}"


# ---------------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------------

_SEGMENT = 16 * 1024 * 1024


@cache
def gzip_of_zeros(size: int = 1 << 30) -> bytes:
    """A valid gzip member of ``size`` zero bytes (a multiple of 16 MiB), deflated at level 9: 1 GiB is ~1 MB.

    After a full flush a deflate stream starts afresh, so every 16 MiB segment of zeros but the first
    compresses to the same bytes: two segments are compressed and the second repeated, instead of
    compressing 1 GiB (seconds) once per session; the CRC and size trailer are those of the whole.
    """
    assert size % _SEGMENT == 0 and size >= 2 * _SEGMENT
    zeros = bytes(_SEGMENT)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    end = deflate.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(size // _SEGMENT):
        crc = zlib.crc32(zeros, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc & 0xFFFFFFFF, size & 0xFFFFFFFF)
    return header + first + again * (size // _SEGMENT - 1) + end + trailer


# ---------------------------------------------------------------------------------------------------
# Child processes under limits
# ---------------------------------------------------------------------------------------------------

REPORT = "HOSTILE-REPORT "


@dataclass(frozen=True)
class ChildRun:
    """How a child run ended: the report of each case that finished, its exit code, whether it was killed."""

    reports: dict[str, dict[str, Any]]
    returncode: int | None
    timed_out: bool
    wall: float
    stderr: str

    def outcome(self, case: str) -> dict[str, Any]:
        """The report of ``case``; an AssertionError saying how the child ended when the case did not report."""
        if case in self.reports:
            return self.reports[case]
        if self.timed_out:
            raise AssertionError(
                f"{case}: still running after {self.wall:.1f} s, when the child was killed (its wall-clock limit)"
            )
        raise AssertionError(
            f"{case}: the child ended with code {self.returncode} before reporting it (killed for memory?): "
            f"{self.stderr[-3000:]}"
        )


def _text(output: str | bytes | None) -> str:
    return output.decode(errors="replace") if isinstance(output, bytes) else output or ""


@cache
def _empty_dir() -> str:
    """An empty directory for SSL_CERT_DIR, the same one every run (so none pile up)."""
    empty = Path(tempfile.gettempdir()) / "crmtasks-hostile-no-ca"
    empty.mkdir(exist_ok=True)
    return str(empty)


def run_child(job: dict[str, Any], *, wall_seconds: float) -> ChildRun:
    """Run ``job`` (see ``child_main``) in ``python -m tests.hostile_server``, killed past ``wall_seconds``."""
    env = {**os.environ, "MALLOC_ARENA_MAX": "2", "PYTHONUNBUFFERED": "1", "SSL_CERT_DIR": _empty_dir()}
    env.pop("SSL_CERT_FILE", None)  # plain http only: no CA bundle to load (see skip_ca_bundle)
    started = time.monotonic()
    command = [sys.executable, "-m", "tests.hostile_server", json.dumps(job)]
    try:
        done = subprocess.run(
            command, check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=wall_seconds
        )
        stdout, stderr, code, killed = done.stdout, done.stderr, done.returncode, False
    except subprocess.TimeoutExpired as expired:  # what the child printed before it was killed still counts
        stdout, stderr, code, killed = _text(expired.stdout), _text(expired.stderr), None, True
    reports: dict[str, dict[str, Any]] = {}
    for line in stdout.splitlines():
        if line.startswith(REPORT):
            report: dict[str, Any] = json.loads(line[len(REPORT) :])
            reports[report["case"]] = report
    return ChildRun(reports, code, killed, time.monotonic() - started, stderr)


class ChildPool:
    """Child runs started together (``start``), each case's report waited for by its own test (``outcome``)."""

    def __init__(self, workers: int) -> None:
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hostile-child")
        self._runs: dict[str, Future[ChildRun]] = {}
        self._child_of: dict[str, str] = {}

    def start(self, child: str, job: dict[str, Any], *, wall_seconds: float, after: Iterable[str] = ()) -> None:
        """Start a child (``child`` names it) running ``job``, once the children named ``after`` have ended.

        Its cases are then waited for by their ids (``outcome``).
        """
        if child in self._runs:
            return
        for case in job["cases"]:
            self._child_of[case["case"]] = child
        waits = [self._runs[name] for name in after]

        def run() -> ChildRun:
            for earlier in waits:  # a child measuring time should not share the CPUs with this one
                earlier.exception()
            return run_child(job, wall_seconds=wall_seconds)

        self._runs[child] = self._executor.submit(run)

    def outcome(self, case: str) -> dict[str, Any]:
        return self._runs[self._child_of[case]].result().outcome(case)

    def close(self) -> None:
        self._executor.shutdown(wait=True)


def _vm_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize in /proc/self/status")


class _Reporter:
    """Prints one report line per case as it ends (from any thread), with the growth of the peak RSS."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._before = 0

    def ready(self) -> None:
        """The clients are built: the peak RSS grows from here."""
        import gc  # noqa: PLC0415 - the child's imports, not the tests'
        import resource  # noqa: PLC0415

        gc.collect()
        self._before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def report(self, case: dict[str, Any], started: float, error: BaseException | None) -> None:
        import gc  # noqa: PLC0415
        import resource  # noqa: PLC0415

        line: dict[str, Any] = {"case": case["case"], "elapsed": time.perf_counter() - started, "error": None}
        if error is not None:
            line.update(
                error=type(error).__name__,
                errors=[kind.__name__ for kind in type(error).__mro__],
                message=str(error)[:500],
                may_have_been_sent=getattr(error, "may_have_been_sent", None),
            )
        gc.collect()
        line["rss_growth_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - self._before) / 1024
        with self._lock:
            print(REPORT + json.dumps(line), flush=True)


def _limit_memory(headroom_mb: int | None) -> None:
    """Allow the address space what the process holds now plus ``headroom_mb`` (RLIMIT_AS)."""
    import resource  # noqa: PLC0415

    if headroom_mb:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (_vm_bytes() + headroom_mb * 1024 * 1024, hard))


def _clients(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Each case's client (its API's generated modules imported, as a first call would)."""
    import httpx  # noqa: PLC0415

    from tests.hostile_apis import API  # noqa: PLC0415

    clients: dict[str, Any] = {}
    for case in cases:
        if case["action"] != "get":
            raise ValueError(f"unknown action {case['action']!r}")
        api = API[case["api"]]
        options: dict[str, Any] = dict(case.get("options") or {})
        phases = options.pop("timeout_phases", None)
        if phases is not None:
            options["timeout"] = httpx.Timeout(None, **phases)
        clients[case["case"]] = api.client(case["flavour"], case["base_url"], **options)
        api.warm()
    return clients


def child_main(argv: list[str]) -> None:
    """The child's side of ``run_child``: build the clients, limit memory, run the cases, report each.

    The job holds ``cases``, each naming itself (``case``), the API (``api``), ``flavour`` (sync or
    async), ``base_url``, client ``options`` (``timeout_phases`` becomes ``httpx.Timeout(None, **phases)``)
    and the ``action`` (``get``); ``memory_headroom_mb``, the address space allowed beyond what the child
    holds once its clients are ready (``RLIMIT_AS``). The sync cases run at once in threads, the async
    ones at once in one event loop. As each case ends, one line reports the exception it met
    (``error``, its classes ``errors``, ``message``, ``may_have_been_sent``), ``elapsed`` (the seconds
    its call took) and ``rss_growth_mb`` (how far the child's peak RSS has grown since it was ready:
    the case's own growth when it runs alone).
    """
    import asyncio  # noqa: PLC0415 - the child's imports, not the tests'

    from tests.hostile_apis import API  # noqa: PLC0415

    job: dict[str, Any] = json.loads(argv[0])
    cases: list[dict[str, Any]] = job["cases"]
    clients = _clients(cases)
    reporter = _Reporter()
    reporter.ready()
    _limit_memory(job.get("memory_headroom_mb"))

    def run_sync(case: dict[str, Any]) -> None:
        api, started = API[case["api"]], time.perf_counter()
        try:
            api.get(clients[case["case"]], api.sample_id)
        except BaseException as error:  # MemoryError too: the report says what the client met
            reporter.report(case, started, error)
        else:
            reporter.report(case, started, None)

    async def run_async(case: dict[str, Any]) -> None:
        api, started = API[case["api"]], time.perf_counter()
        try:
            await api.get(clients[case["case"]], api.sample_id)
        except Exception as error:
            reporter.report(case, started, error)
        else:
            reporter.report(case, started, None)

    async def run_all_async() -> None:
        await asyncio.gather(*(run_async(case) for case in cases if case["flavour"] == "async"))

    threads = [threading.Thread(target=run_sync, args=(case,)) for case in cases if case["flavour"] == "sync"]
    for thread in threads:
        thread.start()
    asyncio.run(run_all_async())
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    child_main(sys.argv[1:])
