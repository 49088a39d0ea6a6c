"""Keap REST v2 tasks: ``crmtasks.Keap`` and ``crmtasks.AsyncKeap``.

::

    keap = crmtasks.Keap()  # api_key= or KEAP_API_KEY; or access_token= or KEAP_ACCESS_TOKEN
    for task in keap.tasks.list(contact_id="123", is_completed=False, order_by=("due_time", "desc")):
        print(task.title)
    task = keap.tasks.create(title="Call back", assigned_to_user_id="42", due_time=datetime(..., tzinfo=UTC))
    keap.tasks.update(task.id, completed=True)

The models are the generated ones of ``crmtasks_keap.models``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from ._client import AsyncKeyOrTokenClient, KeyOrTokenClient
from ._core import NOT_GIVEN, ApiDefinition, AsyncEngine, Call, Credential, SyncEngine, TimeoutArg
from ._exceptions import ValidationError
from ._inputs import as_sequence, build_filter
from ._operations import Operations, Pager, models_getattr, nothing, options
from ._pagination import AsyncPaginator, SyncPaginator

if TYPE_CHECKING:
    from crmtasks_keap.kwargs import (
        CreateCustomFieldRequestFields,
        CreateTaskRequestFields,
        CreateUpdateTaskRequestFields,
        ListTasksFilter,
        ListTasksOrderBy,
        UpdateCustomFieldMetaDataRequestFields,
    )
    from crmtasks_keap.models import (
        CreateCustomFieldResponse,
        CustomFieldMetaData,
        CustomFieldType,
        ObjectModel,
        ReminderMinutes,
        Task,
        TaskOptionalProperty,
        TaskOrderBy,
        TaskPriority,
    )
    from crmtasks_keap.resources import AsyncTasks, Tasks

    from ._seam import OrderBy

__all__ = [
    "AsyncKeap",
    "CreateCustomFieldResponse",
    "CustomFieldMetaData",
    "CustomFieldType",
    "Keap",
    "ObjectModel",
    "ReminderMinutes",
    "Task",
    "TaskOptionalProperty",
    "TaskOrderBy",
    "TaskPriority",
]

API = ApiDefinition(
    name="Keap",
    package_name="crmtasks_keap",
    credentials=(
        Credential((("api_key", "KEAP_API_KEY", "apiKey"),)),
        Credential((("access_token", "KEAP_ACCESS_TOKEN", "oauth2"),)),
    ),
)

FilterValue = Any
"""A custom-field filter value: str, int, float, bool (Yes/No fields) or an aware datetime."""


def _order_by(spec: OrderBy, value: object) -> object:
    if isinstance(value, str):
        return value  # a TaskOrderBy member; checked against the spec's enum like any parameter
    pair = as_sequence(value, "order_by")
    if len(pair) != 2:
        raise ValidationError("order_by", "expected (field, direction), e.g. ('due_time', 'desc')")
    field, direction = pair
    if field not in spec["fields"]:
        raise ValidationError("order_by", f"cannot sort by {field!r}; choose one of {', '.join(spec['fields'])}")
    if direction not in spec["directions"]:
        raise ValidationError("order_by", f"direction {direction!r} is not one of {', '.join(spec['directions'])}")
    return f"{field}{spec['separator']}{direction}"


class _Plans:
    """Every Keap call, built and checked once for the sync and async resources."""

    def __init__(self, ops: Operations) -> None:
        self.ops = ops

    def list(
        self,
        order_by: Any,
        fields: Sequence[Any] | None,
        custom_fields: Mapping[str, FilterValue] | None,
        filters: Mapping[str, Any],
        options: dict[str, Any],
    ) -> Pager:
        grammar = self.ops.filter("list_tasks")
        params: dict[str, Any] = {}
        query = build_filter(grammar, filters, custom_fields)
        if query is not None:
            params[grammar["param"]] = query
        if order_by is not None:
            order = self.ops.order_by("list_tasks")
            params[order["param"]] = _order_by(order, order_by)
        if fields is not None:
            params["fields"] = fields
        return self.ops.pager("list_tasks", params, options)

    def get(self, task_id: str, fields: Sequence[Any] | None, options: dict[str, Any]) -> Call[Task]:
        return self.ops.call("get_task", task_id, params={} if fields is None else {"fields": fields}, **options)

    def create(self, body: Mapping[str, Any], properties: Sequence[Any] | None, options: dict[str, Any]) -> Call[Task]:
        params = {} if properties is None else {"fields": properties}
        return self.ops.call("create_task", params=params, body=body, **options)

    def update(
        self,
        operation: str,
        ident: str,
        body: Mapping[str, Any],
        options: dict[str, Any],
        properties: Sequence[Any] | None = None,
    ) -> Call[Any]:
        """A PATCH whose update_mask names exactly the fields passed (``properties``: optional ones to answer)."""
        if not body:
            raise ValidationError(None, "name at least one field to update")
        params: dict[str, Any] = {"update_mask": list(body)}
        if properties is not None:
            params["fields"] = properties
        return self.ops.call(operation, ident, params=params, body=body, **options)

    def delete(self, operation: str, ident: str, options: dict[str, Any]) -> Call[None]:
        return self.ops.call(operation, ident, unwrap=nothing, **options)

    def model(self, options: dict[str, Any]) -> Call[ObjectModel]:
        return self.ops.call("retrieve_task_model", **options)

    def create_custom_field(
        self, fields: Mapping[str, Any], options: dict[str, Any]
    ) -> Call[CreateCustomFieldResponse]:
        return self.ops.call("create_task_custom_field", body=fields, **options)


class TasksBase:
    """``Keap().tasks``: list, get, create, update and delete tasks; the task model; custom fields."""

    def __init__(self, engine: SyncEngine, ops: Operations) -> None:
        self._engine = engine
        self._plans = _Plans(ops)

    def _list(
        self,
        *,
        order_by: ListTasksOrderBy | TaskOrderBy | None = None,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        fields: Sequence[TaskOptionalProperty] | None = None,
        custom_fields: Mapping[str, FilterValue] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[ListTasksFilter],
    ) -> SyncPaginator[Task]:
        """Every task matching the filters, fetched lazily, one request per page.

        Filters are keywords: ``contact_id="123"``, ``is_completed=False``,
        ``priority="CRITICAL"``, ``task_ids=["1", "2"]``, ``id__gte="100"``,
        ``title__startswith="Follow"``, ``since_time=<aware datetime>``.
        ``custom_fields`` filters custom fields by name with the same suffixes:
        ``{"cf_region": "West", "cf_renewal__lte": <aware datetime>}``.
        ``order_by`` is ``(field, direction)``; ``page_size`` defaults to the
        API's maximum; ``limit`` caps how many tasks are returned;
        ``prefetch=1`` asks for the next page while you work through the
        current one (Keap's pages come by token, one after another).
        """
        make_call, spec = self._plans.list(order_by, fields, custom_fields, filters, options(timeout, max_retries))
        size = self._plans.ops.page_size("list_tasks", page_size, limit)
        return SyncPaginator(self._engine, make_call, spec, page_size=size, limit=limit, prefetch=prefetch)

    def _get(
        self,
        task_id: str,
        *,
        fields: Sequence[TaskOptionalProperty] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Task:
        """The task with this id; NotFoundError when there is none."""
        return self._engine.send(self._plans.get(task_id, fields, options(timeout, max_retries)))

    def _create(
        self,
        *,
        fields: Sequence[TaskOptionalProperty] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **body: Unpack[CreateTaskRequestFields],
    ) -> Task:
        """Create a task; ``assigned_to_user_id`` is required. Never repeated once it may have reached Keap."""
        return self._engine.send(self._plans.create(body, fields, options(timeout, max_retries)))

    def _update(
        self,
        task_id: str,
        *,
        fields: Sequence[TaskOptionalProperty] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **body: Unpack[CreateUpdateTaskRequestFields],
    ) -> Task:
        """Change the fields passed, and only those (PATCH with ``update_mask`` set to them)."""
        call: Call[Task] = self._plans.update("update_task", task_id, body, options(timeout, max_retries), fields)
        return self._engine.send(call)

    def _delete(self, task_id: str, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | None = None) -> None:
        """Delete a task."""
        self._engine.send(self._plans.delete("delete_task", task_id, options(timeout, max_retries)))

    def _model(self, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | None = None) -> ObjectModel:
        """The task record's custom fields and optional properties."""
        return self._engine.send(self._plans.model(options(timeout, max_retries)))


class TasksCustomFieldsBase:
    """``Keap().tasks.custom_fields``: the custom fields of tasks (shared with classic appointments and notes)."""

    def __init__(self, engine: SyncEngine, ops: Operations) -> None:
        self._engine = engine
        self._plans = _Plans(ops)

    def _create(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[CreateCustomFieldRequestFields],
    ) -> CreateCustomFieldResponse:
        """Create a custom field (``label`` and ``field_type`` are required)."""
        return self._engine.send(self._plans.create_custom_field(fields, options(timeout, max_retries)))

    def _update(
        self,
        custom_field_id: str,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[UpdateCustomFieldMetaDataRequestFields],
    ) -> CustomFieldMetaData:
        """Change the fields passed of a custom field (``group_id`` is required by Keap)."""
        call_options = options(timeout, max_retries)
        call: Call[CustomFieldMetaData] = self._plans.update(
            "update_task_custom_field", custom_field_id, fields, call_options
        )
        return self._engine.send(call)

    def _delete(self, custom_field_id: str, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | None = None) -> None:
        """Delete a custom field."""
        self._engine.send(
            self._plans.delete("delete_task_custom_field", custom_field_id, options(timeout, max_retries))
        )


class AsyncTasksBase:
    """``AsyncKeap().tasks``: the async twin of KeapTasks."""

    def __init__(self, engine: AsyncEngine, ops: Operations) -> None:
        self._engine = engine
        self._plans = _Plans(ops)

    def _list(
        self,
        *,
        order_by: ListTasksOrderBy | TaskOrderBy | None = None,
        page_size: int | None = None,
        limit: int | None = None,
        prefetch: int = 0,
        fields: Sequence[TaskOptionalProperty] | None = None,
        custom_fields: Mapping[str, FilterValue] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **filters: Unpack[ListTasksFilter],
    ) -> AsyncPaginator[Task]:
        """Every task matching the filters (see KeapTasks.list), for ``async for``."""
        make_call, spec = self._plans.list(order_by, fields, custom_fields, filters, options(timeout, max_retries))
        size = self._plans.ops.page_size("list_tasks", page_size, limit)
        return AsyncPaginator(self._engine, make_call, spec, page_size=size, limit=limit, prefetch=prefetch)

    async def _get(
        self,
        task_id: str,
        *,
        fields: Sequence[TaskOptionalProperty] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Task:
        """The task with this id; NotFoundError when there is none."""
        return await self._engine.send(self._plans.get(task_id, fields, options(timeout, max_retries)))

    async def _create(
        self,
        *,
        fields: Sequence[TaskOptionalProperty] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **body: Unpack[CreateTaskRequestFields],
    ) -> Task:
        """Create a task; ``assigned_to_user_id`` is required. Never repeated once it may have reached Keap."""
        return await self._engine.send(self._plans.create(body, fields, options(timeout, max_retries)))

    async def _update(
        self,
        task_id: str,
        *,
        fields: Sequence[TaskOptionalProperty] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **body: Unpack[CreateUpdateTaskRequestFields],
    ) -> Task:
        """Change the fields passed, and only those (PATCH with ``update_mask`` set to them)."""
        call: Call[Task] = self._plans.update("update_task", task_id, body, options(timeout, max_retries), fields)
        return await self._engine.send(call)

    async def _delete(self, task_id: str, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | None = None) -> None:
        """Delete a task."""
        await self._engine.send(self._plans.delete("delete_task", task_id, options(timeout, max_retries)))

    async def _model(self, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | None = None) -> ObjectModel:
        """The task record's custom fields and optional properties."""
        return await self._engine.send(self._plans.model(options(timeout, max_retries)))


class AsyncTasksCustomFieldsBase:
    """``AsyncKeap().tasks.custom_fields``: the async twin of KeapCustomFields."""

    def __init__(self, engine: AsyncEngine, ops: Operations) -> None:
        self._engine = engine
        self._plans = _Plans(ops)

    async def _create(
        self,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[CreateCustomFieldRequestFields],
    ) -> CreateCustomFieldResponse:
        """Create a custom field (``label`` and ``field_type`` are required)."""
        return await self._engine.send(self._plans.create_custom_field(fields, options(timeout, max_retries)))

    async def _update(
        self,
        custom_field_id: str,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | None = None,
        **fields: Unpack[UpdateCustomFieldMetaDataRequestFields],
    ) -> CustomFieldMetaData:
        """Change the fields passed of a custom field (``group_id`` is required by Keap)."""
        call_options = options(timeout, max_retries)
        call: Call[CustomFieldMetaData] = self._plans.update(
            "update_task_custom_field", custom_field_id, fields, call_options
        )
        return await self._engine.send(call)

    async def _delete(
        self, custom_field_id: str, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | None = None
    ) -> None:
        """Delete a custom field."""
        call_options = options(timeout, max_retries)
        await self._engine.send(self._plans.delete("delete_task_custom_field", custom_field_id, call_options))


class Keap(KeyOrTokenClient):
    """Client for Keap REST v2 tasks.

    Credentials: ``api_key=`` (a Personal Access Token or Service Account Key,
    sent as ``X-Keap-API-Key``) or ``access_token=`` (OAuth2, sent as a bearer
    token); without either, ``KEAP_API_KEY`` or ``KEAP_ACCESS_TOKEN`` from the
    environment. ``base_url`` defaults to the spec's server. ``timeout``
    (seconds or an ``httpx.Timeout``) and ``max_retries`` (default 2) apply to
    every call unless the call passes its own. ``http_client`` lends an
    ``httpx.Client`` that the client uses and does not close.

    Answers are read leniently: a value the spec does not allow (an unlisted
    enum value, a null, ``"5"`` for an integer) is kept or coerced, reported
    once as a ``crmtasks.ResponseValidationWarning``, and the object it came
    in stays whole in ``.raw``. ``strict_responses=True`` raises
    ``crmtasks.APIResponseValidationError`` instead.
    """

    _api = API
    tasks: Tasks

    def _bind(self) -> None:
        from crmtasks_keap.resources import Tasks  # noqa: PLC0415 - it imports this module

        self.tasks = Tasks(self._engine, self._ops)


class AsyncKeap(AsyncKeyOrTokenClient):
    """The async twin of Keap: the same options, ``http_client`` takes an ``httpx.AsyncClient``."""

    _api = API
    tasks: AsyncTasks

    def _bind(self) -> None:
        from crmtasks_keap.resources import AsyncTasks  # noqa: PLC0415 - it imports this module

        self.tasks = AsyncTasks(self._engine, self._ops)


__getattr__ = models_getattr(API, __name__)
