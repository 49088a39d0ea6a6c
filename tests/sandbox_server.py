"""Running the sandbox as a real server process, for the end-to-end tests and nox sessions."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx


@contextlib.contextmanager
def served_sandbox(*args: str, python: str = sys.executable) -> Iterator[str]:
    """Start ``python -m crmtasks.sandbox`` on a free port of 127.0.0.1; yield its URL; stop it."""
    process = subprocess.Popen(
        [python, "-m", "crmtasks.sandbox", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        if "listening on" not in first:
            raise RuntimeError(f"the sandbox did not start: {first}{process.stdout.read()}")
        url = first.rsplit(" ", 1)[-1].strip()
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def control(url: str, action: str, payload: dict[str, Any] | None = None) -> Any:
    """Call a control endpoint of a served sandbox (faults, reset, counts)."""
    if payload is None and action == "counts":
        return httpx.get(f"{url}/_sandbox/counts").json()
    response = httpx.post(f"{url}/_sandbox/{action}", json=payload or {})
    response.raise_for_status()
    return response.json()
