"""Auto-pagination driven by each list operation's ``x-pagination`` declaration.

Two styles cover the four APIs: ``token`` (send the previous page's next
token) and ``page`` (send a page number counting from ``page_base``; the
answer may echo it counting from ``current_page_base``). ``_Cursor`` holds the
state and every decision; the sync and async paginators only send.

A listing ends only when the paging says so: no next token, the last page
number, the total reached (or, when the answer gives no total, a short page).
A page without items that still announces more is followed, up to
``MAX_EMPTY_PAGES`` in a row; an answer with neither its items member nor any
paging member is unusable (``page_shape``), and asked for again like a 5xx.
"""

from __future__ import annotations

import warnings
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal

from typing_extensions import TypeVar

from ._api import Call
from ._core import AsyncEngine, SyncEngine
from ._exceptions import PaginationError, ResultsTruncatedError, ResultsTruncatedWarning, ValidationError
from ._ratelimit import RateLimitInfo
from ._response import APIResponse

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

    from ._seam import Pagination

T = TypeVar("T")
# The parsed answer of one page (ListTasksResponse...); Any where a paginator is built without naming it.
R = TypeVar("R", default=Any)
Truncation = Literal["warn", "raise"]

MAX_EMPTY_PAGES = 20
"""Pages in a row without items, each announcing more, that a listing follows before ``PaginationError``.

An API may send an empty page with a next token (Keap, when a page's tasks are filtered out after the fact);
a server that never stops doing so would keep a listing going forever.
"""


@dataclass(frozen=True)
class Page(Generic[T, R]):
    """One page of results.

    ``items`` are the page's records; ``response`` is the whole parsed answer,
    typed as the operation's answer model (``ListTasksResponse``...), with
    whatever extras the API sends, such as Apollo's ``faceting``;
    ``number`` counts pages from 1; ``total_items``, ``total_pages`` and
    ``next_token`` are ``None`` where the API does not give them;
    ``raw_response`` is this page's answer (status, headers, request id,
    ``rate_limit``...).
    """

    items: list[T]
    response: R
    number: int
    total_items: int | None
    total_pages: int | None
    next_token: str | None
    raw_response: APIResponse[R]
    """This page's answer as it came: status, headers, request id, rate limits, timing."""

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """What this page's answer said of the API's limits."""
        return self.raw_response.rate_limit


def _get(obj: Any, path: str | None) -> Any:
    """Follow a dotted attribute path through a generated model; a missing member gives None."""
    if path is None:
        return None
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def _present(obj: Any, path: str, wire: str) -> bool:
    """Whether the answer has the member at a dotted path (``null`` counts: the member is there).

    A model reads an absent member and a null one alike, as None; its ``raw`` tells them apart, by the
    members' JSON names (``wire``: ``paging.next.after`` where the path says ``paging.next_.after``).
    """
    for part, name in zip(path.split("."), wire.split("."), strict=True):
        raw: Any = getattr(obj, "raw", None)
        if raw.__class__ is not dict or name not in raw:
            return False
        obj = getattr(obj, part, None)
    return True


def page_shape(spec: Pagination) -> Callable[[Any], Any]:
    """The unwrap of a page call: an answer with neither its items nor any paging member is no page at all.

    A gateway's ``200 {"error": "timeout"}`` would otherwise read as an empty last page and end the listing.
    Raised inside the engine's reading, the error makes the page unreadable: asked for again, like a 5xx.
    """
    wire: dict[str, str] = dict(spec.get("wire", {}))
    keys = ("items", "next_token", "current_page", "total_items", "total_pages")
    declared = [(path, wire.get(key, path)) for key in keys if isinstance(path := spec.get(key), str)]

    def unwrap(parsed: Any) -> Any:
        if not any(_present(parsed, path, name) for path, name in declared):
            raise ValueError(f"the page has none of {', '.join(repr(path) for path, _ in declared)}")
        return parsed

    return unwrap


class _Cursor(Generic[T, R]):
    """Which page to ask for next, and when to stop."""

    def __init__(self, spec: Pagination, page_size: int, on_truncation: Truncation, limit: int | None) -> None:
        self.spec = spec
        self.page_size = page_size
        self.on_truncation = on_truncation
        self.remaining = limit
        self.done = False
        self._index = 0  # pages consumed so far
        self._requested = 0  # pages asked for so far (more than consumed while prefetching)
        self._known_pages: int | None = None  # how many pages there are, once an answer says
        self._token: str | None = None
        self._seen_tokens: set[str] = set()
        self._empty_run = 0  # pages in a row without items that announced more

    def ahead(self) -> dict[str, Any] | None:
        """Parameters of the next page that may be requested now, or None (done, or waiting on an answer).

        Token pages come one after another (each needs the previous answer);
        numbered pages may be requested ahead once the first answer gave their count.
        """
        spec = self.spec
        if self.done:
            return None
        in_flight = self._requested > self._index
        if spec["style"] == "token" or self._known_pages is None:
            if in_flight:
                return None
        elif self._requested >= self._known_pages:
            return None
        params: dict[str, Any] = {spec["page_size_param"]: self.page_size}
        if spec["style"] == "token":
            if self._token is not None:
                params[spec["token_param"]] = self._token
        else:
            params[spec["page_param"]] = spec["page_base"] + self._requested
        self._requested += 1
        return params

    def advance(self, response: R, raw: APIResponse[R]) -> Page[T, R]:
        spec = self.spec
        items: list[T] = list(_get(response, spec["items"]) or [])
        total_items = _get(response, spec.get("total_items"))
        total_pages = _get(response, spec.get("total_pages"))
        next_token: str | None = None
        if self._index == 0:
            self._check_cap(total_items)
        if spec["style"] == "token":
            next_token = _get(response, spec["next_token"]) or None
            if next_token is not None and next_token in self._seen_tokens:
                raise PaginationError(f"the API repeated page token {next_token!r}; stopping instead of looping")
            last = next_token is None
            if next_token is not None:
                self._seen_tokens.add(next_token)
            self._token = next_token
        else:
            current = _get(response, spec.get("current_page"))
            if current is not None and current - spec.get("current_page_base", 1) != self._index:
                raise PaginationError(f"asked for page {self._index + 1} and the API answered page {current}")
            last = self._is_last_page(len(items), total_items, total_pages)
            if self._index == 0 and total_pages is not None:
                self._known_pages = self._page_count(total_pages)
        self._empty_run = 0 if items or last else self._empty_run + 1
        if self._empty_run > MAX_EMPTY_PAGES:
            raise PaginationError(
                f"{self._empty_run} pages in a row had no items and announced more; stopping instead of looping"
            )
        self.done = last
        self._index += 1
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
            self.done = self.done or self.remaining <= 0
        return Page(items, response, self._index, total_items, total_pages, next_token, raw)

    def _is_last_page(self, count: int, total_items: int | None, total_pages: int | None) -> bool:
        """Whether the page just read (``count`` items) is the last, by the totals it gives, else by its size."""
        read = self._index + 1
        fetched = read * self.page_size
        if "max_results" in self.spec and fetched >= self.spec["max_results"]:
            return True
        if total_pages is not None:
            return read >= total_pages
        if total_items is not None:
            return fetched >= total_items
        return count < self.page_size

    def _page_count(self, total_pages: int) -> int:
        """Pages worth requesting: those that exist, within the caller's limit and the API's result cap."""
        counts = [total_pages]
        if self.remaining is not None:
            counts.append(-(-self.remaining // self.page_size))
        if "max_results" in self.spec:
            counts.append(-(-self.spec["max_results"] // self.page_size))
        return min(counts)

    def _check_cap(self, total_items: int | None) -> None:
        cap = self.spec.get("max_results")
        if cap is None or total_items is None or total_items <= cap:
            return
        message = (
            f"the search matched {total_items} records but the API returns at most {cap}; "
            "narrow the search to see the rest"
        )
        if self.on_truncation == "raise":
            raise ResultsTruncatedError(message)
        warnings.warn(message, ResultsTruncatedWarning, stacklevel=4)


class _PaginatorBase(Generic[T, R]):
    def __init__(
        self,
        make_call: Callable[[dict[str, Any]], Call[Any]],
        spec: Pagination,
        *,
        page_size: int,
        limit: int | None,
        prefetch: int = 0,
        on_truncation: Truncation = "warn",
    ) -> None:
        if prefetch < 0:
            raise ValidationError("prefetch", "must be 0 (one page at a time) or more")
        self._make_call = make_call
        self._spec = spec
        self._page_size = page_size
        self._limit = limit
        self._prefetch = prefetch
        self._on_truncation: Truncation = on_truncation
        self._total: int | None = None
        self._resumable: tuple[_Cursor[T, R], Page[T, R]] | None = None

    @property
    def total(self) -> int | None:
        """How many items iterating yields, known once a first page was read (``first_page()`` reads one).

        The API's total, capped by ``limit=`` and by the API's result cap; None
        before the first page, or when the API gives no total. For progress bars:
        ``paginator.first_page()`` then ``tqdm(paginator, total=paginator.total)``
        (iterating then starts from that page, with no second request for it).
        """
        return self._total

    def _start(self) -> tuple[_Cursor[T, R], Page[T, R] | None]:
        """Where an iteration begins: after the page ``first_page()`` read, if one waits, else afresh."""
        if self._resumable is not None:
            cursor, first = self._resumable
            self._resumable = None
            return cursor, first
        return _Cursor(self._spec, self._page_size, self._on_truncation, self._limit), None

    def _read(self, cursor: _Cursor[T, R], answer: APIResponse[R]) -> Page[T, R]:
        page = cursor.advance(answer.parse(), answer)
        if page.number == 1 and page.total_items is not None:
            caps = [page.total_items, self._limit, self._spec.get("max_results")]
            self._total = min(cap for cap in caps if cap is not None)
        return page


class SyncPaginator(_PaginatorBase[T, R]):
    """Every result of a list, fetched lazily one page at a time.

    Iterate it for the items (``for task in client.tasks.list(...)``), call
    ``pages()`` for whole pages with their totals, or ``first_page()`` for one
    request only (the next iteration starts from it). Each iteration starts again
    from the first page; ``total`` says how many items it yields once a first
    page was read.
    """

    def __init__(
        self, engine: SyncEngine, make_call: Callable[[dict[str, Any]], Call[Any]], spec: Pagination, **options: Any
    ) -> None:
        super().__init__(make_call, spec, **options)
        self._engine = engine

    def pages(self) -> Iterator[Page[T, R]]:
        """Yield each page in order; with ``prefetch``, up to that many requests run ahead of the caller."""
        cursor, first = self._start()
        if first is not None:
            yield first
        if not self._prefetch:
            while (params := cursor.ahead()) is not None:
                yield self._read(cursor, self._engine.exchange(self._make_call(params)))
            return
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415 - only prefetching pays for it

        pool = ThreadPoolExecutor(max_workers=self._prefetch, thread_name_prefix="crmtasks-prefetch")
        window: deque[Future[Any]] = deque()

        def fill() -> None:
            while len(window) < self._prefetch and (params := cursor.ahead()) is not None:
                window.append(pool.submit(self._engine.exchange, self._make_call(params)))

        try:
            fill()
            while window and not cursor.done:
                page = self._read(cursor, window.popleft().result())
                fill()  # before handing the page over, so the next ones load while the caller works
                yield page
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def first_page(self) -> Page[T, R]:
        """The first page alone (one request); the next iteration starts with it instead of asking again."""
        cursor = _Cursor[T, R](self._spec, self._page_size, self._on_truncation, self._limit)
        params = cursor.ahead()
        assert params is not None  # a fresh cursor always has a first page to ask for
        page = self._read(cursor, self._engine.exchange(self._make_call(params)))
        self._resumable = (cursor, page)
        return page

    def __iter__(self) -> Iterator[T]:
        pages = self.pages()
        while (page := next(pages, None)) is not None:
            items = page.items
            del page  # hold one page at a time: the next is fetched only after these are dropped
            yield from items
            del items


class AsyncPaginator(_PaginatorBase[T, R]):
    """The async twin of SyncPaginator: ``async for``, ``pages()`` and ``await first_page()``."""

    def __init__(
        self, engine: AsyncEngine, make_call: Callable[[dict[str, Any]], Call[Any]], spec: Pagination, **options: Any
    ) -> None:
        super().__init__(make_call, spec, **options)
        self._engine = engine

    def pages(self) -> AsyncIterator[Page[T, R]]:
        """Yield each page in order; with ``prefetch``, up to that many requests run ahead (asyncio only)."""
        return self._pages()  # a plain method returning the generator, for jedi (see __aiter__)

    async def _pages(self) -> AsyncIterator[Page[T, R]]:
        cursor, first = self._start()
        if first is not None:
            yield first
        if not self._prefetch:
            while (params := cursor.ahead()) is not None:
                yield self._read(cursor, await self._engine.exchange(self._make_call(params)))
            return
        import asyncio  # noqa: PLC0415 - imported by whoever awaits this; not by import crmtasks

        window: deque[asyncio.Task[Any]] = deque()

        def fill() -> None:
            while len(window) < self._prefetch and (params := cursor.ahead()) is not None:
                window.append(asyncio.ensure_future(self._engine.exchange(self._make_call(params))))

        try:
            fill()
            while window and not cursor.done:
                page = self._read(cursor, await window.popleft())
                fill()
                yield page
        finally:
            for task in window:
                task.cancel()

    async def first_page(self) -> Page[T, R]:
        """The first page alone (one request); the next iteration starts with it instead of asking again."""
        cursor = _Cursor[T, R](self._spec, self._page_size, self._on_truncation, self._limit)
        params = cursor.ahead()
        assert params is not None  # a fresh cursor always has a first page to ask for
        page = self._read(cursor, await self._engine.exchange(self._make_call(params)))
        self._resumable = (cursor, page)
        return page

    def __aiter__(self) -> AsyncIterator[T]:
        # A plain method returning the async generator, not an async generator method: jedi (IPython, Jupyter)
        # reads the latter's annotation as a bare AsyncGenerator, and offered nothing on ``async for`` items.
        async def items_of_each_page() -> AsyncIterator[T]:
            pages = self.pages()
            while (page := await anext(pages, None)) is not None:
                items = page.items
                del page  # hold one page at a time, as the sync twin does
                for item in items:
                    yield item
                del items

        return items_of_each_page()
