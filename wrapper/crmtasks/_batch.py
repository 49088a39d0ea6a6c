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
- when the results state no traces at all, a complete answer with no errors
  (as many results as items) is read in input order;
- any other item may or may not exist: ``unknown``, never guessed.

A batch refused as a whole with 400 created nothing, so its items are sent
again one by one, and each meets its own verdict instead of sharing the worst.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

from ._bulk import BulkAbortedError, Group, Outcomes
from ._core import NOT_GIVEN, Call
from ._exceptions import (
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    QuotaExceededError,
    ValidationError,
)
from ._response import APIResponse

if TYPE_CHECKING:
    from ._seam import Batch

__all__ = ["Batches"]


class Batches:
    """The batch create of one create operation: the request for a group of items, and what became of each."""

    def __init__(self, batch: Batch, plan: Callable[[str, Mapping[str, Any]], Call[Any]], size: int | None) -> None:
        most = batch["max_items"]
        # Typed int, but code without a type checker can pass anything (True is an int).
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= most):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValidationError("batch_size", f"must be an integer from 1 to {most}, not {size!r}")
        self.batch = batch
        self.size = most if size is None else size
        self._plan = plan  # (operation, body) -> its checked call

    def call(self, group: Group[Call[Any]]) -> Call[Any]:
        """One request creating every item of ``group``: their checked bodies, each traced by its position."""
        inputs: list[dict[str, Any]] = []
        for index, single in group:
            if single.extra is not None or single.timeout is not NOT_GIVEN or single.max_retries is not None:
                raise ValidationError("items", f"item {index} sets call options, which a batch of items cannot carry")
            body = single.args["body"].to_dict()
            trace = self.batch.get("trace")
            if trace is not None:
                body[trace] = str(index)
            inputs.append(body)
        return self._plan(self.batch["operation"], {self.batch["inputs"]: inputs})

    def outcomes(self, group: Group[Call[Any]], answer: APIResponse[Any]) -> Outcomes[Any]:
        """What became of each item of ``group``, by the batch's answer."""
        raw = _json(answer)
        results: list[Any] = list(getattr(answer.parse(), _attribute(self.batch["results"]), None) or [])
        raw_results = _list(raw, self.batch["results"])
        if len(raw_results) != len(results):  # the lenient reading kept what it could; traces cannot be matched
            raw_results = [None] * len(results)
        indices = [index for index, _ in group]
        told: dict[int, Any] = {}
        trace = self.batch.get("trace")
        traced = {str(index): index for index in indices}
        for result, raw_result in zip(results, raw_results, strict=True):
            mark = _member(raw_result, trace) if trace is not None else None
            if isinstance(mark, str) and traced.get(mark) is not None and traced[mark] not in told:
                told[traced[mark]] = result
        errors = _list(raw, self.batch.get("errors", ""))
        for error in errors:
            for mark in self._marks(error):
                if mark in traced and traced[mark] not in told:
                    told[traced[mark]] = APIStatusError(_message(error), response=answer.http_response, body=error)
        if not told and not errors and len(results) == len(indices):
            told = dict(zip(indices, results, strict=True))  # no traces: a complete answer, read in input order
        for index in indices:
            if index not in told:
                told[index] = APIResponseValidationError(
                    f"the batch answer does not say what became of item {index}: it may have been created",
                    response=answer.http_response,
                )
        return [(index, told[index]) for index in indices]

    @staticmethod
    def aborted(group: Group[Call[Any]], reason: QuotaExceededError) -> Outcomes[Any]:
        """The items of a group left unsent when the quota ran out."""
        message = f"not sent: the quota ran out during this bulk write ({reason})"
        return [(index, BulkAbortedError(message, reason=reason)) for index, _ in group]

    @staticmethod
    def refused_whole(group: Group[Call[Any]], error: Exception) -> bool:
        """A 400 for a group of several items: nothing was created, and one item may be the only bad one."""
        return len(group) > 1 and isinstance(error, BadRequestError)

    def _marks(self, error: Any) -> list[str]:
        """The traces of the items an error of the answer is about (``error_trace``)."""
        node: object = error
        for name in self.batch.get("error_trace", []):
            node = _member(node, name)
        if isinstance(node, str):
            return [node]
        return [str(mark) for mark in _list({"marks": node}, "marks")]


def _json(answer: APIResponse[Any]) -> object:
    try:
        data: object = answer.http_response.json()
    except ValueError:
        return None
    return data


def _member(node: object, name: str) -> object:
    """A member of a JSON object, or None (of anything else too)."""
    return cast("Mapping[str, object]", node).get(name) if isinstance(node, Mapping) else None


def _list(node: object, name: str) -> list[object]:
    """A member of a JSON object that is a list, or an empty list."""
    value = _member(node, name)
    return cast("list[object]", value) if isinstance(value, list) else []


def _attribute(member: str) -> str:
    """The generated model's attribute of a JSON member (numErrors -> num_errors)."""
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in member)


def _message(error: object) -> str:
    message = _member(error, "message")
    return f"the batch refused this item: {message}" if isinstance(message, str) else "the batch refused this item"
