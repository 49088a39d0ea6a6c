"""Bounded memory and bounded time, proved on a client in a child process that cannot take the machine down.

Each case runs the client (every API of tests/hostile_apis.py, sync and async) in a child process
(``tests.hostile_server.run_child``) whose address space is limited to what it holds once ready plus
300 MB (``RLIMIT_AS``) and which is killed past a wall-clock limit; the child reports, as each case
ends, the exception the call met, the seconds it took and how much the child's peak RSS grew
(``ru_maxrss``). Each memory case has a child of its own; the timed cases of a flavour share one, run
at once (threads, or tasks of one event loop), so that their waits overlap. The server (one for the
module, in this process) tells the cases apart by the first segment of the path, each client's
``base_url`` ending in its case's id. The children start when the module's first test asks for them.

- ``max_response_bytes`` caps the decoded body, read as a stream: a 1 MB gzip body that inflates to
  1 GiB (``Content-Encoding: gzip``) and a chunked body that never ends (with
  ``max_response_bytes=1_000_000``) are each an ``APIResponseValidationError`` within seconds, the
  child's peak RSS grown by less than 100 MB, and are not asked again (1 request) though a get is a read.
- ``timeout=`` bounds an attempt as a whole: a body trickled a byte a second (its headers at once)
  with ``timeout=1.5, max_retries=0`` is an ``APITimeoutError`` in under 3 s (before, it lasted as long
  as the body); with ``max_retries=1``, two attempts and a backoff, under 2 x 1.5 + 1.5 s; an
  ``httpx.Timeout(None, read=1.5, connect=1.0)`` (read 1.5 s, connect 1 s, nothing else bounded) bounds
  the attempt by its largest phase the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

import crmtasks

from ..hostile_apis import API, APIS, FLAVOURS
from ..hostile_server import (
    Answer,
    ChildPool,
    Endless,
    HostileServer,
    Seen,
    Trickle,
    gzip_of_zeros,
    json_reply,
    raw_reply,
    serving,
)

MEMORY_HEADROOM_MB = 300
"""The child's address space: what it holds once ready plus this much (a failure is a MemoryError)."""
GROWTH_LIMIT_MB = 100
CAP = 1_000_000
TIMEOUT = 1.5
TIMED_WALL_SECONDS = 15.0
MEMORY_WALL_SECONDS = 30.0
TRICKLED_BYTES = 600  # at a byte a second, ten minutes: a client without an overall bound is killed first


@dataclass(frozen=True)
class Case:
    """One child run: what the server answers (``kind``), to which API's get, on which flavour of client."""

    kind: str
    api: str
    flavour: str

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.api}-{self.flavour}"

    def __str__(self) -> str:
        return f"{self.api}-{self.flavour}"

    @property
    def timed(self) -> bool:
        return self.kind.startswith("trickle")

    @property
    def options(self) -> dict[str, Any]:
        return {
            "bomb": {},  # the defaults: max_response_bytes=DEFAULT_MAX_RESPONSE_BYTES, max_retries=2
            "endless": {"max_response_bytes": CAP},
            "trickle": {"timeout": TIMEOUT, "max_retries": 0},
            "trickle-retried": {"timeout": TIMEOUT, "max_retries": 1},
            "trickle-phases": {"timeout_phases": {"read": TIMEOUT, "connect": 1.0}, "max_retries": 0},
        }[self.kind]

    def spec(self, url: str) -> dict[str, Any]:
        """The case as a child runs it (tests.hostile_server.child_main)."""
        return {
            "case": self.id,
            "api": self.api,
            "flavour": self.flavour,
            "base_url": f"{url}/{self.id}",
            "options": self.options,
            "action": "get",
        }

    def answer(self) -> Answer:
        if self.kind == "bomb":
            return raw_reply(gzip_of_zeros(), headers=(("Content-Encoding", "gzip"),))
        if self.kind == "endless":
            return Endless()
        return Trickle(API[self.api].get_body_of_size(TRICKLED_BYTES))


def cases(kind: str) -> list[Case]:
    return [Case(kind, api.key, flavour) for api in APIS for flavour in FLAVOURS]


BOMB = cases("bomb")
ENDLESS = cases("endless")
TRICKLE = cases("trickle")
TRICKLE_RETRIED = cases("trickle-retried")
TRICKLE_PHASES = cases("trickle-phases")


class Children:
    """The module's child runs and the server they ask."""

    def __init__(self, server: HostileServer, pool: ChildPool) -> None:
        self.server = server
        self.pool = pool

    def outcome(self, case: Case) -> dict[str, Any]:
        return self.pool.outcome(case.id)

    def requests(self, case: Case) -> int:
        return len(self.server.seen(f"/{case.id}/"))


def selected(request: pytest.FixtureRequest) -> list[Case]:
    """The cases of this module's tests that were selected to run."""
    found: dict[str, Case] = {}
    for item in request.session.items:
        if not isinstance(item, pytest.Function) or item.path != request.path:
            continue
        callspec = getattr(item, "callspec", None)
        case = callspec.params.get("case") if callspec is not None else None
        if isinstance(case, Case):
            found[case.id] = case
    return list(found.values())


@pytest.fixture(scope="module")
def children(request: pytest.FixtureRequest) -> Iterator[Children]:
    chosen = selected(request)
    answers = {case.id: case.answer() for case in chosen}

    def answer(seen: Seen) -> Answer:
        found = answers.get(seen.path.split("/")[1])
        return found if found is not None else json_reply({"message": f"no case for {seen.path}"}, 404)

    with HostileServer(answer) as server:
        pool = ChildPool(workers=2 + 4)
        # The timed cases run at once, in one child per flavour (their seconds are spent waiting); each
        # memory case in a child of its own, so that the growth of its peak RSS is its own, four at a time
        # once the timed ones are done (so that they do not take the CPUs from the clocks being read).
        timed_children: list[str] = []
        for flavour in FLAVOURS:
            timed = [case.spec(server.url) for case in chosen if case.timed and case.flavour == flavour]
            if timed:
                job = {"cases": timed, "memory_headroom_mb": MEMORY_HEADROOM_MB}
                pool.start(f"timed-{flavour}", job, wall_seconds=TIMED_WALL_SECONDS)
                timed_children.append(f"timed-{flavour}")
        for case in chosen:
            if not case.timed:
                job = {"cases": [case.spec(server.url)], "memory_headroom_mb": MEMORY_HEADROOM_MB}
                pool.start(case.id, job, wall_seconds=MEMORY_WALL_SECONDS, after=timed_children)
        try:
            yield Children(server, pool)
        finally:
            pool.close()
        assert not server.failures, server.failures


def refused(outcome: dict[str, Any], kind: str) -> None:
    assert outcome["error"] == kind, f"expected {kind}, the child reported {outcome}"


@pytest.mark.parametrize("case", BOMB, ids=str)
def test_a_compression_bomb_is_refused_with_bounded_memory(children: Children, case: Case) -> None:
    outcome = children.outcome(case)
    refused(outcome, "APIResponseValidationError")
    assert outcome["rss_growth_mb"] < GROWTH_LIMIT_MB, outcome
    assert outcome["elapsed"] < 5.0, outcome
    assert children.requests(case) == 1  # not asked again


@pytest.mark.parametrize("case", ENDLESS, ids=str)
def test_an_endless_body_is_refused_past_max_response_bytes_with_bounded_memory(children: Children, case: Case) -> None:
    outcome = children.outcome(case)
    refused(outcome, "APIResponseValidationError")
    assert outcome["rss_growth_mb"] < GROWTH_LIMIT_MB, outcome
    assert outcome["elapsed"] < 5.0, outcome
    assert children.requests(case) == 1


@pytest.mark.parametrize("case", TRICKLE, ids=str)
def test_a_trickled_body_ends_at_the_timeout(children: Children, case: Case) -> None:
    outcome = children.outcome(case)
    refused(outcome, "APITimeoutError")
    assert TIMEOUT - 0.3 <= outcome["elapsed"] < 3.0, outcome
    assert children.requests(case) == 1


@pytest.mark.parametrize("case", TRICKLE_RETRIED, ids=str)
def test_a_trickled_read_retried_once_takes_two_timeouts_and_a_backoff(children: Children, case: Case) -> None:
    outcome = children.outcome(case)
    refused(outcome, "APITimeoutError")
    assert 2 * TIMEOUT - 0.3 <= outcome["elapsed"] < 2 * TIMEOUT + 1.5, outcome
    assert children.requests(case) == 2


@pytest.mark.parametrize("case", TRICKLE_PHASES, ids=str)
def test_an_httpx_timeout_bounds_the_attempt_by_its_largest_phase(children: Children, case: Case) -> None:
    outcome = children.outcome(case)
    refused(outcome, "APITimeoutError")
    assert TIMEOUT - 0.3 <= outcome["elapsed"] < 3.0, outcome
    assert children.requests(case) == 1


@pytest.mark.anyio
async def test_an_async_create_whose_attempt_ends_before_it_could_leave_is_not_sent() -> None:
    """The deadline fires while the create waits for a pooled connection: it provably never left."""
    keap = next(api for api in APIS if api.key == "keap")
    with serving(lambda seen: Trickle(json.dumps(keap.wrap(keap.task(1, ""))).encode(), interval=1.0)) as server:
        http = httpx.AsyncClient(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(5.0, pool=None))
        async with http, keap.client("async", server.url, http_client=http, max_retries=0) as client:
            holding = asyncio.ensure_future(keap.get(client, keap.sample_id))  # takes the only connection
            while server.count == 0:
                await asyncio.sleep(0.01)
            with pytest.raises(crmtasks.APITimeoutError) as caught:
                await keap.create(client, timeout=0.5)
            holding.cancel()
            with contextlib.suppress(asyncio.CancelledError, crmtasks.APIError):
                await holding
        assert caught.value.may_have_been_sent is False
        assert server.count == 1  # the create never reached the server
