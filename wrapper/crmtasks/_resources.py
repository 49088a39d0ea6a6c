"""The base of every generated resource: one generic way from a method's arguments to a sent call.

The generated methods (``crmtasks_<api>.resources``) take explicit keyword
arguments and hand the ones given to ``_call`` (one request) or ``_page`` (a
paginator). Everything here is read from the operation's spec_data entry: which
arguments are path or query parameters, which are body fields, which are
filters (``x-filter``) or an order (``x-order-by``), which query parameter lists
the fields an update sends (``x-method`` ``mask``), what part of the answer to
return (the envelope's data, ``x-method`` ``result``). An API's own hooks
(``ApiDefinition.unwraps``, and ``ApiDefinition.procedures`` for a method that
takes several requests, which ``_run`` drives) cover what a spec cannot say. A
``create_many`` hands its items to ``_create_many``, which checks each one as
``_call`` would and sends them through crmtasks._bulk: one a request, or a
group a request through the operation's batch twin (crmtasks._batch).

``with_raw_response`` is the same resource made with ``raw=True``: its ``_call``
answers the APIResponse and its ``_page`` the first page's, so its methods are
the resource's own. The generated ``...WithRawResponse`` classes only hold them,
typed by ``raw_call`` and its siblings as answering what they answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast

from ._api import Call, Steps
from ._auth import check_headers
from ._batch import Batches
from ._bulk import BulkResults, Group, Outcomes, Progress, one_by_one, one_by_one_async, send_all, send_all_async
from ._core import AsyncEngine, SyncEngine
from ._exceptions import APIError, QuotaExceededError, ValidationError
from ._filter import filter_params
from ._operations import ApiOperation, Operations, member, nothing
from ._pagination import AsyncPaginator, SyncPaginator
from ._properties import merge_properties
from ._response import APIResponse
from ._search import build_search
from ._types import NOT_GIVEN, Extras

if TYPE_CHECKING:
    from ._seam import Operation as OperationFacts

__all__ = ["AsyncResource", "SyncResource", "raw_async_call", "raw_async_page", "raw_call", "raw_page"]

_P = ParamSpec("_P")
_T = TypeVar("_T")
_R = TypeVar("_R")

_PAGING = ("page_size", "limit", "prefetch", "on_truncation")


def raw_call(method: Callable[_P, _T]) -> Callable[_P, APIResponse[_T]]:
    """A method of a resource made with ``raw=True``, typed as what it answers: the APIResponse."""
    return cast("Callable[_P, APIResponse[_T]]", method)  # what it answers: a raw=True resource's


def raw_async_call(method: Callable[_P, Awaitable[_T]]) -> Callable[_P, Awaitable[APIResponse[_T]]]:
    """An async method of a resource made with ``raw=True``, typed as answering the APIResponse."""
    return cast("Callable[_P, Awaitable[APIResponse[_T]]]", method)  # what it answers: a raw=True resource's


def raw_page(method: Callable[_P, SyncPaginator[Any, _R]]) -> Callable[_P, APIResponse[_R]]:
    """A listing of a resource made with ``raw=True``, typed as answering its first page's APIResponse."""
    return cast("Callable[_P, APIResponse[_R]]", method)  # what it answers: a raw=True resource's


def raw_async_page(method: Callable[_P, AsyncPaginator[Any, _R]]) -> Callable[_P, Awaitable[APIResponse[_R]]]:
    """An async listing of a resource made with ``raw=True``: awaited, its first page's APIResponse."""
    return cast("Callable[_P, Awaitable[APIResponse[_R]]]", method)  # what it answers: a raw=True resource's


class _Resource:
    def __init__(self, engine: SyncEngine | AsyncEngine, ops: Operations, raw: bool = False) -> None:
        self._ops = ops
        self._raw = raw  # with_raw_response: answer the APIResponse, not the model

    def _plan(self, operation: ApiOperation[_T], path: tuple[Any, ...], args: dict[str, Any]) -> Call[_T]:
        """The checked call of ``operation`` for the arguments given."""
        spec = operation.spec
        options = _call_options(args)
        _keywords(spec, args)
        params = {name: args.pop(name) for name in list(args) if name in spec["params"]}
        body = args if spec["body"] is not None else None
        if body is None and args:
            name = next(iter(args))
            raise ValidationError(name, f"is not a parameter of {operation.name}")
        declared = spec.get("client_method")
        mask = declared.get("mask") if declared is not None else None
        if mask is not None:
            if not body:
                raise ValidationError(None, "name at least one field to update")
            params[mask] = list(body)
        unwrap: Callable[[Any], _T] = self._unwrap(operation)
        return self._ops.call(operation, *path, params=params, body=body, unwrap=unwrap, **options)

    def _steps(self, operation: ApiOperation[Any], path: tuple[Any, ...], args: dict[str, Any]) -> Steps | None:
        """The run of the API's procedure for ``operation``, if it has one (``ApiDefinition.procedures``)."""
        procedure = self._ops.api.procedures.get(operation.name)
        if procedure is None:
            return None

        def plan(name: str, *where: Any, **arguments: Any) -> Call[Any]:
            return self._plan(self._ops.named(name), where, arguments)

        return procedure(self._ops.api, plan, path, args)

    def _unwrap(self, operation: ApiOperation[Any]) -> Any:
        """What of the parsed answer the method returns."""
        spec = operation.spec
        hook = self._ops.api.unwraps.get(operation.name)
        if hook is not None:
            models = self._ops.models

            def unwrap(parsed: Any) -> Any:
                return hook(models, parsed)

            return unwrap
        declared = spec.get("client_method")
        result = declared.get("result") if declared is not None else None
        if result is not None:
            return member(result)
        if spec["method"] == "DELETE":
            return nothing
        envelope = self._ops.api.spec_data.ENVELOPE
        return member(envelope["data"]) if envelope is not None else _whole

    def _batches(self, operation: ApiOperation[Any], path: tuple[Any, ...], size: int | None) -> Batches | None:
        """The batch twin of a create (x-batch), which create_many sends its items through, if it has one."""
        batch, twin = operation.spec.get("batch"), operation.batch
        if batch is None or twin is None:
            return None
        errors = self._ops.api.spec_data.ERRORS
        return Batches(batch, errors, lambda body: self._plan(twin, path, dict(body)), size)

    def _pager_arguments(self, operation: ApiOperation[Any], args: dict[str, Any]) -> tuple[Any, Any, dict[str, Any]]:
        """The page-call builder and pagination of a listing, and the paginator's own options."""
        paging = {name: args.pop(name) for name in _PAGING if name in args}
        options = _call_options(args)
        spec = operation.spec
        _keywords(spec, args)
        params = filter_params(spec, args)
        body: dict[str, Any] | None = None
        if spec["body"] is not None:  # a search that is a POST: what is no parameter is a body field
            params.update({name: args.pop(name) for name in list(args) if name in spec["params"]})
            body = args
        else:
            params.update(args)
        make_call, pagination = self._ops.pager(operation, params, options, body)
        paging["limit"] = limit = paging.get("limit")
        paging["page_size"] = self._ops.page_size(operation, paging.get("page_size"), limit)
        return make_call, pagination, paging


async def _first_answer(paginator: AsyncPaginator[Any, Any]) -> APIResponse[Any]:
    return (await paginator.first_page()).raw_response


def _keywords(spec: OperationFacts, args: dict[str, Any]) -> None:
    """Fold the keywords a spec's extensions add (typed properties, search filters) into the body members."""
    typed = spec.get("typed_properties")
    if typed is not None:
        merge_properties(typed, args)
    search = spec.get("search")
    if search is not None:
        build_search(search, args)


def _whole(parsed: Any) -> Any:
    return parsed


def _finished(last: APIResponse[Any] | None, value: Any) -> APIResponse[Any]:
    """A procedure's result, as the answer of its last request."""
    if last is None:  # a bug of the procedure: it must send something before it can return
        raise RuntimeError("a procedure returned before any request was answered")
    return APIResponse(
        last.http_response,
        value,
        retries_taken=last.retries_taken,
        elapsed=last.elapsed,
        request_id=last.request_id,
        rate_limit=last.rate_limit,
    )


def _call_options(args: dict[str, Any]) -> dict[str, Any]:
    """The options of one call (taken out of ``args``): its timeout, retries and extras (headers checked)."""
    options: dict[str, Any] = {"timeout": args.pop("timeout", NOT_GIVEN), "max_retries": args.pop("max_retries", None)}
    extras = {part: args.pop(f"extra_{part}", None) for part in ("headers", "query", "body")}
    if extras["headers"] is not None:
        extras["headers"] = check_headers(extras["headers"], "extra_headers")
    if any(extras.values()):
        options["extra"] = Extras(**extras)
    return options


class SyncResource(_Resource):
    """Base of the generated synchronous resources."""

    def __init__(self, engine: SyncEngine, ops: Operations, raw: bool = False) -> None:
        super().__init__(engine, ops, raw)
        self._engine = engine

    def _call(self, operation: ApiOperation[_T], *path: Any, **args: Any) -> _T:
        """One request (or a procedure's run); made with ``raw=True``, its APIResponse (typed by raw_call)."""
        steps = self._steps(operation, path, args)
        if steps is not None:
            answer = self._run(steps)
            return cast("_T", answer) if self._raw else answer.parse()
        call = self._plan(operation, path, args)
        return cast("_T", self._engine.exchange(call)) if self._raw else self._engine.send(call)

    def _run(self, steps: Steps) -> APIResponse[Any]:
        """Send each call a procedure yields, hand it each answer (or throw in each error), to its result."""
        last: APIResponse[Any] | None = None
        try:
            call = next(steps)
            while True:
                try:
                    answer = self._engine.exchange(call)
                except APIError as error:
                    call = steps.throw(error)
                else:
                    last = answer
                    call = steps.send(answer)
        except StopIteration as finished:
            return _finished(last, finished.value)
        finally:
            steps.close()

    def _page(self, operation: ApiOperation[_R], **args: Any) -> SyncPaginator[Any, _R]:
        """The paginator; made with ``raw=True``, the first page's APIResponse (typed by raw_page)."""
        make_call, pagination, paging = self._pager_arguments(operation, args)
        paginator: SyncPaginator[Any, _R] = SyncPaginator(self._engine, make_call, pagination, **paging)
        return cast("SyncPaginator[Any, _R]", paginator.first_page().raw_response) if self._raw else paginator

    def _create_many(
        self,
        operation: ApiOperation[_T],
        *path: Any,
        items: Iterable[Mapping[str, Any]],
        concurrency: int,
        progress: Progress | None,
        batch_size: int | None = None,
    ) -> BulkResults[_T]:
        """``operation`` once per item (the keyword arguments of its method), ``concurrency`` at a time."""

        batches = self._batches(operation, path, batch_size)

        def plan(item: Mapping[str, Any]) -> Call[Any]:
            single = self._plan(operation, path, dict(item))
            return single if batches is None else batches.check(single)

        if batches is None:
            send = one_by_one(self._engine.send)
            return send_all(items, plan, send, concurrency=concurrency, progress=progress)

        def send_batch(group: Group[Call[Any]]) -> Outcomes[Any]:
            try:
                return batches.outcomes(group, self._engine.exchange(batches.call(group)))
            except APIError as error:
                if not batches.refused_whole(group, error):
                    raise
            outcomes: Outcomes[Any] = []
            for index, call in group:  # the batch created nothing: each item on its own
                try:
                    outcomes.append((index, self._engine.send(call)))
                except QuotaExceededError as error:  # the run stops (it sees the quota), the rest are not sent
                    return [*outcomes, (index, error), *batches.aborted(group[len(outcomes) + 1 :], error)]
                except APIError as error:
                    outcomes.append((index, error))
            return outcomes

        return send_all(items, plan, send_batch, concurrency=concurrency, progress=progress, group_size=batches.size)


class AsyncResource(_Resource):
    """Base of the generated asynchronous resources."""

    def __init__(self, engine: AsyncEngine, ops: Operations, raw: bool = False) -> None:
        super().__init__(engine, ops, raw)
        self._engine = engine

    async def _call(self, operation: ApiOperation[_T], *path: Any, **args: Any) -> _T:
        """One request (or a procedure's run); made with ``raw=True``, its APIResponse (typed by raw_async_call)."""
        steps = self._steps(operation, path, args)
        if steps is not None:
            answer = await self._run(steps)
            return cast("_T", answer) if self._raw else answer.parse()
        call = self._plan(operation, path, args)
        if self._raw:
            return cast("_T", await self._engine.exchange(call))
        return await self._engine.send(call)

    async def _run(self, steps: Steps) -> APIResponse[Any]:
        """Send each call a procedure yields, hand it each answer (or throw in each error), to its result."""
        last: APIResponse[Any] | None = None
        try:
            call = next(steps)
            while True:
                try:
                    answer = await self._engine.exchange(call)
                except APIError as error:
                    call = steps.throw(error)
                else:
                    last = answer
                    call = steps.send(answer)
        except StopIteration as finished:
            return _finished(last, finished.value)
        finally:
            steps.close()

    def _page(self, operation: ApiOperation[_R], **args: Any) -> AsyncPaginator[Any, _R]:
        """The paginator; made with ``raw=True``, an awaitable of the first page's APIResponse (typed by
        raw_async_page)."""
        make_call, pagination, paging = self._pager_arguments(operation, args)
        paginator: AsyncPaginator[Any, _R] = AsyncPaginator(self._engine, make_call, pagination, **paging)
        return cast("AsyncPaginator[Any, _R]", _first_answer(paginator)) if self._raw else paginator

    async def _create_many(
        self,
        operation: ApiOperation[_T],
        *path: Any,
        items: Iterable[Mapping[str, Any]],
        concurrency: int,
        progress: Progress | None,
        batch_size: int | None = None,
    ) -> BulkResults[_T]:
        """``operation`` once per item (the keyword arguments of its method), ``concurrency`` at a time."""

        batches = self._batches(operation, path, batch_size)

        def plan(item: Mapping[str, Any]) -> Call[Any]:
            single = self._plan(operation, path, dict(item))
            return single if batches is None else batches.check(single)

        if batches is None:
            send = one_by_one_async(self._engine.send)
            return await send_all_async(items, plan, send, concurrency=concurrency, progress=progress)

        async def send_batch(group: Group[Call[Any]]) -> Outcomes[Any]:
            try:
                return batches.outcomes(group, await self._engine.exchange(batches.call(group)))
            except APIError as error:
                if not batches.refused_whole(group, error):
                    raise
            outcomes: Outcomes[Any] = []
            for index, call in group:  # the batch created nothing: each item on its own
                try:
                    outcomes.append((index, await self._engine.send(call)))
                except QuotaExceededError as error:  # the run stops (it sees the quota), the rest are not sent
                    return [*outcomes, (index, error), *batches.aborted(group[len(outcomes) + 1 :], error)]
                except APIError as error:
                    outcomes.append((index, error))
            return outcomes

        return await send_all_async(
            items, plan, send_batch, concurrency=concurrency, progress=progress, group_size=batches.size
        )
