"""``create_many`` through a batch create (``x-batch``): many items a request, each item's outcome told apart.

The spec's ``x-batch`` on a batch operation names the single create whose
items it takes (``of``), the body member listing them (``inputs``, whose
``maxItems`` is a request's size), the answer's members listing what was
created (``results``) and what went wrong (``errors``), and the ``trace``
member an input carries and its result states again. ``Batches`` builds the
request for a group of checked single calls, each input traced by its item's
position, and reads the answer into one outcome per item:

- an item whose trace a result states was created (its value is that result);
- an item an error names (``error_trace``) failed, with that error;
- any other item may or may not exist: ``unknown``, never guessed.

Items are credited by trace only: a result stating no trace, or one that is
no item's, is no item's result, even when the answer holds as many results
as items and no errors (nothing says the order of results is the inputs').

A batch refused as a whole with 400 created nothing, so its items are sent
again one by one, and each meets its own verdict instead of sharing the worst.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

from ._api import Call
from ._bulk import Group, Outcomes, not_sent
from ._core import describe_error
from ._exceptions import APIResponseValidationError, APIStatusError, BadRequestError, ValidationError
from ._response import APIResponse
from ._types import NOT_GIVEN

if TYPE_CHECKING:
    from ._seam import Batch, XErrors

__all__ = ["Batches"]


class Batches:
    """The batch create of one create operation: the request for a group of items, and what became of each."""

    def __init__(
        self,
        batch: Batch,
        errors: XErrors,
        plan: Callable[[Mapping[str, Any]], Call[Any]],
        size: int | None,
    ) -> None:
        most = batch["max_items"]
        # Typed int, but code without a type checker can pass anything (True is an int).
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= most):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValidationError("batch_size", f"must be an integer from 1 to {most}, not {size!r}")
        self.batch = batch
        self.size = most if size is None else size
        self._errors = errors  # where an error says what went wrong (x-errors)
        self._plan = plan  # body -> the batch operation's checked call

    @staticmethod
    def check(single: Call[Any]) -> Call[Any]:
        """An item's checked create, refused if it sets call options, which a batch of items cannot carry."""
        if single.extra is not None or single.timeout is not NOT_GIVEN or single.max_retries is not None:
            raise ValidationError("items", "an item sets call options, which a batch of items cannot carry")
        return single

    def call(self, group: Group[Call[Any]]) -> Call[Any]:
        """One request creating every item of ``group``: their checked bodies, each traced by its position."""
        inputs: list[dict[str, Any]] = []
        trace = self.batch.get("trace")
        for index, single in group:
            body = dict(single.args["body"])  # a copy: the item alone is sent as it was if the batch is refused
            if trace is not None:
                body[trace] = str(index)
            inputs.append(body)
        return self._plan({self.batch["inputs"]: inputs})

    def outcomes(self, group: Group[Call[Any]], answer: APIResponse[Any]) -> Outcomes[Any]:
        """What became of each item of ``group``, by the batch's answer."""
        parsed = answer.parse()
        results: list[Any] = list(getattr(parsed, self.batch["results"], None) or [])
        indices = [index for index, _ in group]
        traced = {str(index): index for index in indices}
        told: dict[int, Any] = {}
        trace = self.batch.get("trace")
        for result in results:  # each result model keeps its JSON (.raw), the trace included
            mark = _member(getattr(result, "raw", None), trace) if trace is not None else None
            if isinstance(mark, str) and mark in traced and traced[mark] not in told:
                told[traced[mark]] = result
        errors = _list(getattr(parsed, "raw", None), self.batch.get("errors", ""))
        for error in errors:
            for mark in self._marks(error):
                if mark in traced and traced[mark] not in told:
                    said, _ = describe_error(error, self._errors)
                    message = f"the batch refused this item: {said}" if said else "the batch refused this item"
                    told[traced[mark]] = APIStatusError(message, response=answer.http_response, body=error)
        for index in indices:
            if index not in told:
                told[index] = APIResponseValidationError(
                    f"the batch answer does not say what became of item {index}: it may have been created",
                    response=answer.http_response,
                )
        return [(index, told[index]) for index in indices]

    @staticmethod
    def aborted(group: Group[Call[Any]], reason: Exception) -> Outcomes[Any]:
        """The items of a group left unsent when the quota ran out."""
        return [(index, not_sent(reason)) for index, _ in group]

    @staticmethod
    def refused_whole(group: Group[Call[Any]], error: Exception) -> bool:
        """A 400 for a group of several items: nothing was created, and one item may be the only bad one."""
        return len(group) > 1 and isinstance(error, BadRequestError)

    def _marks(self, error: object) -> list[str]:
        """The traces of the items an error of the answer is about (``error_trace``)."""
        node: object = error
        for name in self.batch.get("error_trace", []):
            node = _member(node, name)
        if isinstance(node, str):
            return [node]
        return [str(mark) for mark in cast("list[object]", node)] if isinstance(node, list) else []


def _member(node: object, name: str) -> object:
    """A member of a JSON object, or None (of anything else too)."""
    return cast("Mapping[str, object]", node).get(name) if isinstance(node, Mapping) else None


def _list(node: object, name: str) -> list[object]:
    """A member of a JSON object that is a list, or an empty list."""
    value = _member(node, name)
    return cast("list[object]", value) if isinstance(value, list) else []
