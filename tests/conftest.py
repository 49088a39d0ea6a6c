"""Fixtures shared by the tests: the anyio backend, recorded (never slept) retry delays, the hostile server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import crmtasks._core

from .hostile_server import HostileServer, serving, skip_ca_bundle


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (``@pytest.mark.anyio``) run on asyncio."""
    return "asyncio"


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the clients would have slept between retries, in order; nothing actually sleeps."""
    delays: list[float] = []

    def record(seconds: float) -> None:
        delays.append(seconds)

    async def async_record(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(crmtasks._core, "_sleep", record)
    monkeypatch.setattr(crmtasks._core, "_async_sleep", async_record)
    return delays


@pytest.fixture
def server() -> Iterator[HostileServer]:
    """A scripted hostile HTTP server on 127.0.0.1 (tests/hostile_server.py), stopped after the test."""
    with serving() as hostile:
        yield hostile


@pytest.fixture
def no_ca_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Clients of plain-http tests skip loading the CA bundle."""
    skip_ca_bundle(monkeypatch, tmp_path)
