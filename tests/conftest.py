"""Fixtures shared by the tests: the anyio backend, and recorded (never slept) retry delays."""

from __future__ import annotations

import pytest

import crmtasks._core


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
