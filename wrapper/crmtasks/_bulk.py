"""Bulk writes: many creates at once, each item's outcome told apart so that none is lost or made twice.

``tasks.create_many(items)`` checks every item first, then sends the good ones
``concurrency`` requests at a time through the client's engine (so its pacing
and retries apply), one item a request or, where the API has a batch create
(crmtasks._batch), a group of items a request, and answers one ``BulkResult``
per item, in input order:

- ``created``: the answer was read; ``value`` is the created object.
- ``failed``: provably not carried out: never sent (a bad item, a connection
  that never opened, a run stopped by a used-up quota) or refused (a 4xx).
- ``unknown``: it may have been carried out (the connection broke after
  sending, a timeout, a 5xx, a 2xx that could not be read). The engine never
  repeats such a create, and neither does this module: look the task up before
  creating it again.

Nothing one item meets is raised; a ``QuotaExceededError`` stops the run
(the requests in flight finish, the items not yet sent fail with
``BulkAbortedError``). The sync and async runs share ``_Run``, which holds
every decision; they differ only in how they wait.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    CRMTasksError,
    QuotaExceededError,
    ValidationError,
)

__all__ = [
    "BulkAbortedError",
    "BulkResult",
    "BulkResults",
    "BulkStatus",
    "Progress",
    "not_sent",
    "one_by_one",
    "one_by_one_async",
    "outcome",
    "send_all",
    "send_all_async",
]

T = TypeVar("T")
C = TypeVar("C")  # a checked call, ready to send

BulkStatus = Literal["created", "failed", "unknown"]
Progress = Callable[[int, int], object]
Group = list[tuple[int, C]]
"""Checked calls to send in one request, each with its item's position in the input."""
Outcomes = list[tuple[int, "T | Exception"]]
"""What became of each item of a group: the created object, or what it met."""


class BulkAbortedError(CRMTasksError):
    """An item of a bulk write that was never sent, because the run stopped before its turn.

    ``reason`` is what stopped the run: the ``QuotaExceededError`` another item got.
    """

    def __init__(self, message: str, *, reason: Exception) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class BulkResult(Generic[T]):
    """The outcome of one item of a bulk write.

    ``index`` is the item's position in the input and ``item`` the item itself.
    ``status`` is ``"created"`` (``value`` is the created object), ``"failed"``
    (provably not carried out; ``error`` says why) or ``"unknown"`` (it may
    have been carried out; ``error`` says what happened: look the task up
    before creating it again).
    """

    index: int
    item: Mapping[str, Any]
    status: BulkStatus
    value: T | None = None
    error: Exception | None = None


class BulkResults(list[BulkResult[T]], Generic[T]):
    """One ``BulkResult`` per item, in input order, with the results of each status at hand."""

    @property
    def created(self) -> list[BulkResult[T]]:
        """The items created, their answers read."""
        return self._having("created")

    @property
    def failed(self) -> list[BulkResult[T]]:
        """The items provably not carried out: not sent, or refused."""
        return self._having("failed")

    @property
    def unknown(self) -> list[BulkResult[T]]:
        """The items that may have been carried out: look them up before creating them again."""
        return self._having("unknown")

    def _having(self, status: BulkStatus) -> list[BulkResult[T]]:
        return [result for result in self if result.status == status]

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(self._having(status))} {status}" for status in ("created", "failed", "unknown"))
        return f"BulkResults({len(self)} items: {counts})"


def outcome(error: Exception) -> BulkStatus:
    """Whether a create that raised ``error`` provably was not carried out ("failed") or may have been ("unknown")."""
    if isinstance(error, APIError) and not error.may_have_been_sent:  # the item's request never left
        return "failed"
    if isinstance(error, APIConnectionError):  # APITimeoutError too
        return "unknown"
    if isinstance(error, APIResponseValidationError):
        return "unknown"  # a success answer: the create happened, only its answer is unreadable
    if isinstance(error, APIStatusError):
        # A 4xx is a refusal, and so is a ySuite envelope with success: false (on a 2xx). A 5xx may
        # come after the work was done, and a redirect (a 303 says "done, look there") proves nothing.
        refused = 400 <= error.status_code < 500 or 200 <= error.status_code < 300
        return "failed" if refused else "unknown"
    # Other crmtasks errors come before a request leaves (credentials, a refused token refresh);
    # an exception crmtasks does not know says nothing, so the item may exist.
    return "failed" if isinstance(error, CRMTasksError) else "unknown"


class _Run(Generic[C, T]):
    """One bulk write: what is left to send, the results so far, progress, and whether to stop.

    Shared by the worker threads (or tasks) of a run; every change is made under its lock,
    and ``progress`` is called under it too, so callers see one call at a time, ``done`` rising.
    """

    def __init__(self, items: Sequence[Mapping[str, Any]], progress: Progress | None, group_size: int) -> None:
        self.items = items
        self._group_size = group_size
        self._results: list[BulkResult[T] | None] = [None] * len(items)
        self._progress = progress
        self._lock = threading.Lock()
        self._done = 0
        self._queue: Iterator[tuple[int, C]] = iter(())
        self.stopped_by: Exception | None = None
        """The QuotaExceededError that stopped the run: nothing more is sent."""
        self.interrupted: BaseException | None = None
        """What ``progress``, an interrupt or a worker raised: nothing more is sent, and it is raised."""

    def check(self, plan: Callable[[Mapping[str, Any]], C]) -> int:
        """Check every item before anything is sent; the bad ones fail here. How many are left to send."""
        ready: list[tuple[int, C]] = []
        for index, item in enumerate(self.items):
            try:
                # Typed a Mapping, but code without a type checker can pass anything.
                if not isinstance(item, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
                    kind = type(item).__name__
                    raise ValidationError("items", f"item {index} is a {kind}, not a mapping of keyword arguments")
                ready.append((index, plan(item)))
            except Exception as error:  # nothing was sent: whatever the check raised, the item failed
                self._finish(BulkResult(index, item, "failed", error=error))
        self._queue = iter(ready)
        return len(ready)

    def take(self) -> Group[C]:
        """The next items to send in one request, in input order; none when none are left or the run stopped."""
        with self._lock:
            if self.stopped_by is not None or self.interrupted is not None:
                return []
            return list(itertools.islice(self._queue, self._group_size))

    def settle(self, group: Group[C], outcomes: Outcomes[T]) -> None:
        """Record what became of each item of a sent group; an item the sender did not account for may exist."""
        told = dict(outcomes)
        for index, _ in group:
            result = told.get(index, _UntoldError(f"nothing was told of item {index}"))
            if isinstance(result, Exception):
                self.fail(index, result)
            else:
                self.succeed(index, result)

    def succeed(self, index: int, value: T) -> None:
        self._finish(BulkResult(index, self.items[index], "created", value=value))

    def fail(self, index: int, error: Exception) -> None:
        if isinstance(error, QuotaExceededError):
            with self._lock:
                if self.stopped_by is None:
                    self.stopped_by = error
        self._finish(BulkResult(index, self.items[index], outcome(error), error=error))

    def interrupt(self, error: BaseException) -> None:
        """Send nothing more, and raise ``error`` in the end: an interrupt of the caller, a worker's SystemExit."""
        with self._lock:
            if self.interrupted is None:
                self.interrupted = error

    def _finish(self, result: BulkResult[T]) -> None:
        with self._lock:
            self._results[result.index] = result
            self._done += 1
            if self._progress is None or self.interrupted is not None:
                return
            try:
                self._progress(self._done, len(self.items))
            except BaseException as error:
                self.interrupted = error

    def results(self) -> BulkResults[T]:
        """Every item's result, the ones the run never sent failed with ``BulkAbortedError``."""
        if self.interrupted is not None:
            raise self.interrupted
        for index, result in enumerate(self._results):
            if result is None and self.stopped_by is not None:
                aborted = not_sent(self.stopped_by)
                self._finish(BulkResult(index, self.items[index], "failed", error=aborted))
        if self.interrupted is not None:  # the last progress calls raised
            raise self.interrupted
        return BulkResults(result for result in self._results if result is not None)


class _UntoldError(RuntimeError):
    """A wrapper bug: a group's sender answered nothing for an item, which therefore may have been created."""


def not_sent(reason: Exception) -> BulkAbortedError:
    """The error of an item a bulk write never sent, because ``reason`` (a used-up quota) stopped it."""
    return BulkAbortedError(f"not sent: the quota ran out during this bulk write ({reason})", reason=reason)


def _check_concurrency(concurrency: int) -> None:
    # Typed int, but code without a type checker can pass anything (True is an int).
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ValidationError("concurrency", f"must be an integer of at least 1, not {concurrency!r}")


def one_by_one(send: Callable[[C], T]) -> Callable[[Group[C]], Outcomes[T]]:
    """A group sender that sends a group's one item with ``send``."""

    def send_group(group: Group[C]) -> Outcomes[T]:
        return [(index, send(call)) for index, call in group]

    return send_group


def send_all(
    items: Iterable[Mapping[str, Any]],
    plan: Callable[[Mapping[str, Any]], C],
    send_group: Callable[[Group[C]], Outcomes[T]],
    *,
    concurrency: int,
    progress: Progress | None,
    group_size: int = 1,
) -> BulkResults[T]:
    """Check every item with ``plan``, then send the good ones, ``group_size`` a request, on ``concurrency`` threads.

    ``send_group`` answers an outcome per item of a group; what it raises is every item's outcome.
    """
    _check_concurrency(concurrency)
    run: _Run[C, T] = _Run(list(items), progress, group_size)
    workers = min(concurrency, run.check(plan))
    if workers and run.interrupted is None:
        from concurrent.futures import ThreadPoolExecutor, wait  # noqa: PLC0415 - only a bulk run pays for it

        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="crmtasks-bulk") as pool:
            futures = [pool.submit(_work, run, send_group) for _ in range(workers)]
            try:
                wait(futures)
            except BaseException as error:  # Ctrl-C: nothing more is sent; the requests in flight finish
                run.interrupt(error)
                raise
        for future in futures:
            future.result()  # a worker raises only what is not an Exception (SystemExit...)
    return run.results()


def _work(run: _Run[C, T], send_group: Callable[[Group[C]], Outcomes[T]]) -> None:
    while group := run.take():
        try:
            outcomes = send_group(group)
        except Exception as error:
            for index, _ in group:
                run.fail(index, error)
        except BaseException as error:  # SystemExit and the like: the other workers stop too, and it is raised
            run.interrupt(error)
            raise
        else:
            run.settle(group, outcomes)


def one_by_one_async(send: Callable[[C], Awaitable[T]]) -> Callable[[Group[C]], Awaitable[Outcomes[T]]]:
    """The async twin of ``one_by_one``."""

    async def send_group(group: Group[C]) -> Outcomes[T]:
        return [(index, await send(call)) for index, call in group]

    return send_group


async def send_all_async(
    items: Iterable[Mapping[str, Any]],
    plan: Callable[[Mapping[str, Any]], C],
    send_group: Callable[[Group[C]], Awaitable[Outcomes[T]]],
    *,
    concurrency: int,
    progress: Progress | None,
    group_size: int = 1,
) -> BulkResults[T]:
    """The async twin of ``send_all``: ``concurrency`` tasks of one task group send the good items."""
    import anyio  # noqa: PLC0415 - only async users pay for it (httpx depends on it)

    _check_concurrency(concurrency)
    run: _Run[C, T] = _Run(list(items), progress, group_size)
    workers = min(concurrency, run.check(plan))
    if workers and run.interrupted is None:
        async with anyio.create_task_group() as tasks:
            for _ in range(workers):
                tasks.start_soon(_work_async, run, send_group)
    return run.results()


async def _work_async(run: _Run[C, T], send_group: Callable[[Group[C]], Awaitable[Outcomes[T]]]) -> None:
    while group := run.take():
        try:
            outcomes = await send_group(group)
        except Exception as error:
            for index, _ in group:
                run.fail(index, error)
        else:
            run.settle(group, outcomes)
