"""What Apollo's spec cannot say: the steps of get, update, complete and skip, and how create answers.

Get, update, complete and skip take more than one request at times
(read-modify-write, reading back what a 422 means): their steps are the
``PROCEDURES`` here; ``UNWRAPS`` reads the two shapes of a create's answer.
``specs/apollo.yaml`` names this module (``x-client`` ``hooks``), so the
generated package hands both to the runtime with its ``API``; the public
names are served by ``crmtasks.apollo``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._api import ApiDefinition, Call, Planner, Procedure, Steps
from ._exceptions import APIStatusError, NotFoundError, UnprocessableEntityError, ValidationError

if TYPE_CHECKING:
    from crmtasks_apollo.models import (
        BulkCreateTasksResponse,
        Task,
    )

    from ._response import APIResponse

__all__ = ["PROCEDURES", "UNWRAPS", "TaskAlreadyResolvedError", "TaskDeletedError"]

Unwrap = Callable[[ModuleType, Any], Any]
"""``unwrap(models, parsed)``: what of an operation's parsed answer its method returns (the models to build it with)."""


class TaskDeletedError(NotFoundError):
    """The task no longer exists in Apollo (a paused sequence removes its tasks, for one).

    Apollo says so in two ways, both raised as this: ``tasks.get()`` and
    ``tasks.update()`` get a 422 whose error says the task has been deleted;
    ``tasks.complete()`` and ``tasks.skip()`` get a 200 whose task holds only
    its id and ``deleted: true``. ``task_id`` is the task's id;
    ``status_code`` is Apollo's (422 or 200), not 404. It is a
    ``crmtasks.NotFoundError``, so code that handles a missing task of any
    API catches it.
    """

    task_id: str = ""


class TaskAlreadyResolvedError(UnprocessableEntityError):
    """``tasks.complete()`` of a skipped task, or ``tasks.skip()`` of a completed one: nothing was changed.

    Apollo answers 422 to both without saying which way the task was
    resolved; crmtasks reads the task back to tell a repeat (the outcome asked
    for already holds: answered as success) from this. ``status`` is the
    task's status as read (``"completed"`` or ``"skipped"``), ``task`` the task
    as read, ``task_id`` its id; the rest is Apollo's 422.
    """

    task_id: str = ""
    status: str = ""
    task: Task | None = None


# Named where users import them from, in tracebacks and the docs' exception tree.
TaskDeletedError.__module__ = TaskAlreadyResolvedError.__module__ = "crmtasks.apollo"


# -- hooks: what Apollo's spec cannot say --------------------------------------------


def _bulk_created(models: ModuleType, parsed: Any) -> BulkCreateTasksResponse:
    """Both answers Apollo gives: the current ``{"success", "tasks"}`` object, or the older bare ``true``."""
    if parsed is True:
        result: BulkCreateTasksResponse = models.BulkCreateTasksResponse(success=True)
        return result
    if isinstance(parsed, models.BulkCreateTasksResponse) and parsed.success is not False:
        answer: BulkCreateTasksResponse = parsed
        return answer
    raise ValueError(f"expected true or an object with success=true, got {getattr(parsed, 'raw', parsed)!r}")


def _created(models: ModuleType, parsed: Any) -> Task:
    """The task of a create answer: in its ``task`` envelope, or bare (seen in some answers)."""
    task: Any = getattr(parsed, "task", None)
    if not isinstance(task, models.Task):
        raw = getattr(parsed, "raw", None)
        if not (isinstance(raw, dict) and "id" in raw and "task" not in raw):
            raise ValueError("the answer holds no task")
        task = models.Task.from_dict(raw)
    created: Task = task
    return created


_RESOLVED = ("completed", "skipped")
_ON_RESOLVED = ("note", "priority", "contact_id")
"""The fields a completed or skipped task takes on update (the reference adds priority_cd, not modelled)."""
_RESET = ("priority", "creator_id")
"""What Apollo resets on a scheduled task when an update leaves it out: sent back as the task has it."""
_PER_STEP = ("timeout", "max_retries", "extra_headers")
"""The options of a method that every request it makes takes; extra_query and extra_body go to its own only."""
_OPTIONS = (*_PER_STEP, "extra_query", "extra_body")
_DELETED = re.compile(r"\bhas been deleted\b", re.IGNORECASE)

TaskSteps = Generator["Call[Any]", "APIResponse[Any]", "Task"]


def _text(value: Any) -> Any:
    """An enum member's value, anything else as it is."""
    return getattr(value, "value", value)


def _status(task: Any) -> str | None:
    """A task's status as text (the member of the spec's enum, or whatever Apollo sent)."""
    status = _text(getattr(task, "status", None))
    return status if isinstance(status, str) else None


def _per_step(args: dict[str, Any]) -> dict[str, Any]:
    return {name: args[name] for name in _PER_STEP if name in args}


def _read(plan: Planner, task_id: str, options: dict[str, Any]) -> TaskSteps:
    """Get the task; Apollo's 422 for one that has been deleted raises TaskDeletedError."""
    try:
        answer = yield plan("get_task", task_id, **options)
    except UnprocessableEntityError as error:
        if _DELETED.search(error.message):
            raise _gone(error, task_id) from error
        raise
    task: Task = answer.parse()
    return task


def _amended(error: APIStatusError, note: str) -> str:
    """Apollo's error message with ``note`` added, before the request id that ends it."""
    suffix = f" [request id {error.request_id}]" if error.request_id else ""
    if suffix and error.message.endswith(suffix):
        return f"{error.message.removesuffix(suffix)} ({note}){suffix}"
    return f"{error.message} ({note})"


def _gone(error: APIStatusError, task_id: str) -> TaskDeletedError:
    gone = TaskDeletedError(
        _amended(error, f"task {task_id} no longer exists"),
        response=error.response,
        body=error.body,
        field_errors=error.field_errors,
    )
    gone.task_id, gone.request_id = task_id, error.request_id
    return gone


def _get(api: ApiDefinition, plan: Planner, path: tuple[Any, ...], args: dict[str, Any]) -> Steps:
    """``tasks.get``: one request; a deleted task raises TaskDeletedError instead of Apollo's plain 422."""
    (task_id,) = path
    return (yield from _read(plan, task_id, args))


def _update(api: ApiDefinition, plan: Planner, path: tuple[Any, ...], args: dict[str, Any]) -> Steps:
    """``tasks.update``: read the task, check the fields against its status, send them with what Apollo resets."""
    (task_id,) = path
    changes = {name: value for name, value in args.items() if name not in _OPTIONS}
    if not changes:
        raise ValidationError(None, "name at least one field to update")
    wanted = _text(changes.get("status"))
    if wanted in _RESOLVED:
        method = "complete" if wanted == "completed" else "skip"
        raise ValidationError("status", f"Apollo resolves a task through tasks.{method}(), not an update")
    plan("update_task", task_id, **args)  # every argument checked before anything is sent
    task = yield from _read(plan, task_id, _per_step(args))
    status = _status(task)
    if status in _RESOLVED:
        refused = [name for name in changes if name not in _ON_RESOLVED]
        if refused:
            raise ValidationError(
                refused[0],
                f"task {task_id} is {status}, and a completed or skipped task takes only "
                f"{', '.join(_ON_RESOLVED)} on update (Apollo would not change {', '.join(refused)}); nothing was sent",
            )
        body = args
    else:
        body = {**_kept(api, task, task_id, changes), **args}
    answer = yield plan("update_task", task_id, **body)
    updated: Task = answer.parse()
    return updated


def _kept(api: ApiDefinition, task: Task, task_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """The task's current values of what Apollo resets on a scheduled task when an update leaves it out."""
    kept: dict[str, Any] = {}
    fields = api.spec_data.SCHEMAS["UpdateTaskRequest"]["properties"]
    for name in _RESET:
        if name in changes:
            continue
        value = _text(getattr(task, name, None))
        if not isinstance(value, str):
            continue  # the task has none: there is nothing to keep, and Apollo fills it in
        allowed = fields[name].get("enum")
        if allowed is not None and value not in allowed:
            raise ValidationError(
                name,
                f"task {task_id} has {name} {value!r}, which the spec does not list, so it cannot be sent back; "
                f"pass {name}= (Apollo resets a {name} an update leaves out)",
            )
        kept[name] = value
    return kept


def _resolve(operation: str, outcome: str) -> Procedure:
    """``tasks.complete`` or ``tasks.skip``: a 422 is read back; the outcome asked for, if it holds, is success."""

    def steps(api: ApiDefinition, plan: Planner, path: tuple[Any, ...], args: dict[str, Any]) -> Steps:
        (task_id,) = path
        call = plan(operation, task_id, **args)
        try:
            answer = yield call
        except UnprocessableEntityError as refused:
            # "already completed / skipped", or not the key's to resolve: only the task tells which.
            task = yield from _read(plan, task_id, _per_step(args))
            status = _status(task)
            if status == outcome:
                return task  # a repeat whose first answer was lost, or someone else's: what was asked holds
            if status in _RESOLVED:
                raise _already(refused, task_id, task, status, outcome) from refused
            raise refused
        resolved: Task = answer.parse()
        if resolved.deleted is True:
            raise _deleted(answer, task_id)
        return resolved

    return steps


def _already(refused: APIStatusError, task_id: str, task: Task, status: str, outcome: str) -> TaskAlreadyResolvedError:
    error = TaskAlreadyResolvedError(
        _amended(refused, f"task {task_id} is {status}, so it was not {outcome}"),
        response=refused.response,
        body=refused.body,
        field_errors=refused.field_errors,
    )
    error.task_id, error.status, error.task, error.request_id = task_id, status, task, refused.request_id
    return error


def _deleted(answer: APIResponse[Any], task_id: str) -> TaskDeletedError:
    request_id = f" [request id {answer.request_id}]" if answer.request_id else ""
    error = TaskDeletedError(
        f"Apollo answered {answer.status_code} with deleted: true: task {task_id} no longer exists{request_id}",
        response=answer.http_response,
        body=answer.parse(),
    )
    error.task_id, error.request_id = task_id, answer.request_id
    return error


UNWRAPS: dict[str, Unwrap] = {"create_task": _created, "bulk_create_tasks": _bulk_created}
PROCEDURES: dict[str, Procedure] = {
    "get_task": _get,
    "update_task": _update,
    "complete_task": _resolve("complete_task", "completed"),
    "skip_task": _resolve("skip_task", "skipped"),
}
