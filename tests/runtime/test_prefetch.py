"""``prefetch``: pages requested ahead of the caller, bounded, in order, nothing lost or repeated."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest

import crmtasks
from crmtasks.sandbox import Sandbox

from ..helpers import client_class


class Gauge:
    """Wraps the sandbox's handler: adds latency and records how many requests were in flight at once."""

    def __init__(self, sandbox: Sandbox, latency: float) -> None:
        self.sandbox = sandbox
        self.latency = latency
        self.lock = threading.Lock()
        self.current = self.most = self.count = 0

    def _enter(self) -> None:
        with self.lock:
            self.current += 1
            self.count += 1
            self.most = max(self.most, self.current)

    def _leave(self) -> None:
        with self.lock:
            self.current -= 1

    def handle(self, request: httpx.Request) -> httpx.Response:
        self._enter()
        try:
            time.sleep(self.latency)
            return self.sandbox.handle(request)
        finally:
            self._leave()

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        self._enter()
        try:
            await asyncio.sleep(self.latency)
            return self.sandbox.handle(request)
        finally:
            self._leave()


def sync_client(api: str, gauge: Gauge) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(gauge.handle))
    cls = client_class(api)
    return cls(**Sandbox.credentials(api), base_url=Sandbox.base_url(api), http_client=http)  # type: ignore[arg-type]


def listing(api: str, client: Any, **options: Any) -> Any:
    return client.tasks.search(**options) if api == "apollo" else client.tasks.list(**options)


def ident(task: Any) -> Any:
    return getattr(task, "activity_id", None) or task.id


@pytest.mark.parametrize("api", ["apollo", "ysuite"])
def test_numbered_pages_come_in_order_with_bounded_concurrency(api: str) -> None:
    gauge = Gauge(Sandbox(seed=95), latency=0.02)
    client = sync_client(api, gauge)
    expected = [ident(t) for t in listing(api, client, page_size=10)]
    gauge.most = gauge.count = 0
    started = time.perf_counter()
    got = [ident(t) for t in listing(api, client, page_size=10, prefetch=4)]
    elapsed = time.perf_counter() - started
    assert got == expected and len(got) == 95 == len(set(got))
    assert gauge.most == 4  # never more than asked for
    assert gauge.count == 10  # one request per page, none repeated or wasted
    assert elapsed < 10 * 0.02  # faster than one page after another


@pytest.mark.parametrize("api", ["apollo", "ysuite"])
def test_prefetch_respects_limit_and_stops_early(api: str) -> None:
    gauge = Gauge(Sandbox(seed=95), latency=0.0)
    client = sync_client(api, gauge)
    assert len(list(listing(api, client, page_size=10, prefetch=8, limit=25))) == 25
    assert gauge.count == 3  # pages 1-3 only: the limit bounds what is asked for


def test_keap_token_pages_load_while_the_caller_works() -> None:
    gauge = Gauge(Sandbox(seed=50), latency=0.03)
    keap = sync_client("keap", gauge)
    started = time.perf_counter()
    seen = []
    for page in keap.tasks.list(page_size=10, prefetch=1).pages():
        seen += [t.id for t in page.items]
        time.sleep(0.03)  # the caller's work on this page overlaps the next request
    elapsed = time.perf_counter() - started
    assert len(seen) == 50 == len(set(seen))
    assert gauge.most == 1  # token pages cannot run further ahead than one
    assert elapsed < 5 * (0.03 + 0.03)


def test_prefetch_must_not_be_negative() -> None:
    keap = Sandbox().keap()
    with pytest.raises(crmtasks.ValidationError, match="prefetch"):
        keap.tasks.list(prefetch=-1)


@pytest.mark.anyio
async def test_async_prefetch_keeps_order() -> None:
    gauge = Gauge(Sandbox(seed=60), latency=0.02)
    http = httpx.AsyncClient(transport=httpx.MockTransport(gauge.handle_async))
    ysuite = crmtasks.AsyncYSuite(
        **Sandbox.credentials("ysuite"), base_url=Sandbox.base_url("ysuite"), http_client=http
    )  # type: ignore[arg-type]
    expected = [t.activity_id async for t in ysuite.tasks.list(page_size=10)]
    gauge.most = 0
    got = [t.activity_id async for t in ysuite.tasks.list(page_size=10, prefetch=3)]
    assert got == expected and len(got) == 60
    assert gauge.most == 3


@pytest.mark.anyio
async def test_async_early_exit_cancels_what_is_in_flight() -> None:
    gauge = Gauge(Sandbox(seed=60), latency=0.05)
    http = httpx.AsyncClient(transport=httpx.MockTransport(gauge.handle_async))
    apollo = crmtasks.AsyncApollo(
        **Sandbox.credentials("apollo"), base_url=Sandbox.base_url("apollo"), http_client=http
    )  # type: ignore[arg-type]
    pages = apollo.tasks.search(page_size=10, prefetch=3).pages()
    first = await anext(pages)
    assert len(first.items) == 10
    await pages.aclose()
    await asyncio.sleep(0.1)
    assert gauge.current == 0  # nothing left running
    assert gauge.count <= 4
