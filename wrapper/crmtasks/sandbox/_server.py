"""Serving a Sandbox over real HTTP on 127.0.0.1, with the standard library only."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

import httpx

from . import Dropped, Sandbox


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the vendors' servers do
    # Headers and body go out in separate writes; with Nagle's algorithm on, each answer on a kept-alive
    # connection would wait ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True

    def _serve(self) -> None:
        server = cast(SandboxServer, self.server)
        sandbox = server.sandbox
        length = int(self.headers.get("content-length") or 0)
        faults = sandbox.faults
        if faults.latency:
            time.sleep(faults.latency)
        body = self.rfile.read(length) if length else b""
        request = httpx.Request(
            self.command,
            f"http://{self.headers.get('host', 'localhost')}{self.path}",
            headers=list(self.headers.items()),
            content=body,
        )
        try:
            response = sandbox.handle(request)
        except Dropped:
            self._drop()
            return
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "connection"):
                self.send_header(name, value)
        self.send_header("content-length", str(len(response.content)))
        self.end_headers()
        self.wfile.write(response.content)

    def _drop(self) -> None:
        # Reset rather than close politely: the client must see a broken connection, not an empty answer.
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    def __getattr__(self, name: str) -> Any:
        # http.server looks up do_<METHOD>; every method reaches the sandbox, which answers
        # 405 (with Allow) for those the spec does not declare.
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:
        if cast(SandboxServer, self.server).verbose:
            super().log_message(format, *args)


class SandboxServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer answering with a Sandbox."""

    daemon_threads = True

    def __init__(self, sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False) -> None:
        self.sandbox = sandbox
        self.verbose = verbose
        super().__init__((host, port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> threading.Thread:
        """Serve on a daemon thread; returns it."""
        thread = threading.Thread(target=self.serve_forever, name="crmtasks-sandbox", daemon=True)
        thread.start()
        return thread
