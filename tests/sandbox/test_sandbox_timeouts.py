"""Client timeouts against the sandbox's latency fault: in-process as over real sockets.

An answer that comes later than the client waits ends the attempt as httpx's own transports
end it (``httpx.ReadTimeout``), so the clients raise ``crmtasks.APITimeoutError`` and retry
reads but not creates. The sandbox carries the request out all the same, as a server does.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import anyio
import httpx
import pytest

import crmtasks
from crmtasks._registry import registered
from crmtasks._transport import attempt_deadline
from crmtasks.sandbox import Faults, Sandbox

from ..helpers import APIS, FLAVOURS
from ..sandbox_server import control, served_sandbox

pytestmark = pytest.mark.anyio

CREATES: dict[str, Callable[[Any], Any]] = {
    "keap": lambda c: c.tasks.create(title="Once", assigned_to_user_id="1"),
    "apollo": lambda c: c.tasks.bulk_create(contact_ids=["c-9"]),
    "ysuite": lambda c: c.tasks.create(title="Once", start_datetime=datetime(2026, 1, 5, 9), cstid=1),
    "hubspot": lambda c: c.tasks.create(properties={"hs_task_subject": "Once", "hs_timestamp": "2026-01-05T09:00:00Z"}),
}


async def resolve(value: Any) -> Any:
    """The result of a sync call, or of an async one awaited."""
    return await value if inspect.isawaitable(value) else value


def read(sandbox: Sandbox, api: str, client: Any) -> Any:
    """A get of the first seeded task of ``api``: one request."""
    return client.tasks.get(next(iter(sandbox.store(api).tasks)))  # type: ignore[arg-type]


def requests(sandbox: Sandbox, api: str) -> int:
    count: int = sandbox.counts()["requests"][api]
    return count


# -- in-process ---------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_latency_past_the_timeout_raises_api_timeout_error(api: str, flavour: str) -> None:
    sandbox = Sandbox(seed=1, faults=Faults(latency=0.5))
    client = sandbox.client(api, flavour, timeout=0.2, max_retries=0)  # type: ignore[arg-type]
    started = time.perf_counter()
    with pytest.raises(crmtasks.APITimeoutError) as raised:
        await resolve(read(sandbox, api, client))
    elapsed = time.perf_counter() - started
    assert 0.19 <= elapsed < 0.4  # the timeout, not the latency
    assert raised.value.may_have_been_sent is True
    assert isinstance(raised.value.__cause__, httpx.ReadTimeout)
    assert requests(sandbox, api) == 1  # the sandbox saw it, and carried it out


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_timed_out_reads_are_retried_and_creates_are_not(api: str, flavour: str, sleeps: list[float]) -> None:
    sandbox = Sandbox(seed=1, faults=Faults(latency=0.3))
    client = sandbox.client(api, flavour, timeout=0.05, max_retries=1)  # type: ignore[arg-type]
    with pytest.raises(crmtasks.APITimeoutError):
        await resolve(read(sandbox, api, client))
    assert requests(sandbox, api) == 2 and len(sleeps) == 1  # asked twice, one retry delay between
    with pytest.raises(crmtasks.APITimeoutError) as raised:
        await resolve(CREATES[api](client))
    assert raised.value.may_have_been_sent is True
    assert requests(sandbox, api) == 3 and len(sleeps) == 1  # asked once: it may have been carried out...
    assert sandbox.counts()["tasks"][api] == 2  # ...and it was, as a server goes on once it has the request


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", APIS)
async def test_latency_within_the_timeout_still_answers(api: str, flavour: str) -> None:
    sandbox = Sandbox(seed=1, faults=Faults(latency=0.05))
    client = sandbox.client(api, flavour, timeout=0.5, max_retries=0)  # type: ignore[arg-type]
    started = time.perf_counter()
    assert await resolve(read(sandbox, api, client)) is not None
    assert time.perf_counter() - started >= 0.05  # the latency is still there
    assert requests(sandbox, api) == 1


def test_plain_httpx_clients_time_out_on_their_read_timeout() -> None:
    sandbox = Sandbox(faults=Faults(latency=0.3))
    url = f"{sandbox.base_url('keap')}/v2/tasks"
    headers = Sandbox.auth_headers("keap")
    with sandbox.httpx_client(timeout=httpx.Timeout(5.0, read=0.05)) as http:
        started = time.perf_counter()
        with pytest.raises(httpx.ReadTimeout):
            http.get(url, headers=headers)
        assert time.perf_counter() - started < 0.25
    with sandbox.httpx_client(timeout=None) as http:  # waits as long as it takes
        started = time.perf_counter()
        assert http.get(url, headers=headers).status_code == 200
        assert time.perf_counter() - started >= 0.3
    assert requests(sandbox, "keap") == 2


def test_the_attempt_deadline_cuts_the_wait_short() -> None:
    """A sync crmtasks attempt's bound as a whole (the ContextVar its engine sets) ends the wait too."""
    sandbox = Sandbox(faults=Faults(latency=0.3))
    token = attempt_deadline.set(time.monotonic() + 0.05)
    try:
        with sandbox.httpx_client(timeout=None) as http:
            started = time.perf_counter()
            with pytest.raises(httpx.ReadTimeout):
                http.get(f"{sandbox.base_url('ysuite')}/v1/tasks")
            assert time.perf_counter() - started < 0.25
    finally:
        attempt_deadline.reset(token)


async def test_a_cancelled_async_request_is_still_carried_out() -> None:
    sandbox = Sandbox(faults=Faults(latency=0.3))
    async with sandbox.async_httpx_client(timeout=None) as http:
        with anyio.move_on_after(0.05) as scope:
            await http.get(f"{sandbox.base_url('ysuite')}/v1/tasks")
        assert scope.cancelled_caught
    assert requests(sandbox, "ysuite") == 1


# -- served over real HTTP -------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with served_sandbox() as url:
        yield url


def served_client(api: str, url: str, flavour: str, **options: Any) -> Any:
    cls = registered(api).client_class(flavour)
    return cls(**Sandbox.credentials(api), base_url=Sandbox.base_url(api, url), **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("api", ["keap", "hubspot"])  # the sockets are the same for every API: two keep it quick
async def test_the_served_sandbox_times_out_over_real_sockets(server: str, api: str, flavour: str) -> None:
    control(server, "reset", {"seed": 1})
    control(server, "faults", {"latency": 0.3})
    client = served_client(api, server, flavour, timeout=0.1, max_retries=1)
    started = time.perf_counter()
    with pytest.raises(crmtasks.APITimeoutError) as raised:
        await resolve(CREATES[api](client))
    assert 0.09 <= time.perf_counter() - started < 0.25  # the timeout, not the latency; and not retried
    assert raised.value.may_have_been_sent is True
    control(server, "faults", {})  # answered after the latency too: by then the create has been carried out
    counts = control(server, "counts")
    assert counts["tasks"][api] == 2 and counts["requests"][api] == 1  # as in-process
