"""HubSpot CRM tasks (v3): ``crmtasks.HubSpot`` and ``crmtasks.AsyncHubSpot``.

::

    hubspot = crmtasks.HubSpot()  # access_token= or HUBSPOT_ACCESS_TOKEN (a private app's token), or oauth=
    for task in hubspot.tasks.list(properties=["hs_task_subject", "hs_timestamp"]):
        print(task.id, task.properties["hs_task_subject"])
    task = hubspot.tasks.create(hs_task_subject="Call back", hs_timestamp=datetime(2026, 7, 15, 9, 30, tzinfo=UTC),
                                hs_task_priority="HIGH", properties={"my_custom_property": "x"})
    hubspot.tasks.update(task.id, hs_task_status="COMPLETED")
    task.hs_timestamp  # an aware datetime; task.properties["hs_timestamp"] keeps the string HubSpot sent
    either = [{"hs_task_priority": "HIGH"}, {"hs_task_subject__contains_token": "renew*"}]  # OR'ed groups
    for task in hubspot.tasks.search(hs_task_status="NOT_STARTED", hs_timestamp__gte=datetime(2026, 7, 1, tzinfo=UTC),
                                     any_of=either):
        print(task.hs_task_subject, task.hs_timestamp)

A task is HubSpot's generic CRM object: its values are strings in
``task.properties``, a mapping (``MutableMapping[str, str | None]``: ``.get``,
``in``, ``len``, ``.items()``, ``==`` with a dict). The standard task properties the spec declares
(``x-properties``: subject, body, status, priority, type, due time, owner,
reminders) are also typed keywords of create and update (checked against the
spec and converted to strings before sending; ``properties=`` takes any other)
and typed accessors of a task, read leniently (an unlisted status stays a str,
and is reported). Search takes a keyword per property and operator
(``x-search``: ``hs_task_status__in=``, ``hs_timestamp__between=(low, high)``,
``hs_task_body__exists=False``...): the keywords form one AND group, and
``any_of=[{...}, {...}]`` ORs groups of them, the keywords outside joining each
group; HubSpot's limits (5 groups, 6 filters a group, 18 in all) are checked
before sending. ``filterGroups=`` still takes raw groups instead. A search
returns a paginator like a listing (its cursor ``after`` and size ``limit``
travel in the body; ``page_size=``, ``limit=``); past HubSpot's 10,000
reachable results it warns, or raises with ``on_truncation="raise"``. The
models are the generated ones of ``crmtasks_hubspot.models``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._face import served

if TYPE_CHECKING:
    from crmtasks_hubspot.clients import AsyncHubSpot, HubSpot
    from crmtasks_hubspot.models import (
        FilterOperator,
        SortDirection,
        Task,
        TaskBatchResult,
        TaskPage,
        TaskSearchPage,
    )

__all__ = [
    "AsyncHubSpot",
    "FilterOperator",
    "HubSpot",
    "SortDirection",
    "Task",
    "TaskBatchResult",
    "TaskPage",
    "TaskSearchPage",
]

__getattr__ = served("crmtasks_hubspot", __name__, ("HubSpot", "AsyncHubSpot"))
