"""Optional members narrowed the plain way, ``if x is not None``: no casts, no asserts.

Type-checked by tests/tooling/test_user_typing.py and run against the sandbox by tests/e2e/test_user_scripts.py.
"""

from __future__ import annotations

import crmtasks
from crmtasks.apollo import Task as ApolloTask
from crmtasks.keap import Task as KeapTask


def due_dates(keap: crmtasks.Keap) -> list[str]:
    days: list[str] = []
    for task in keap.tasks.list(is_completed=False):
        if task.due_time is not None:
            days.append(f"{task.id}: {task.due_time:%Y-%m-%d}")
    return days


def contact_line(task: ApolloTask) -> str:
    contact = task.contact
    if contact is not None and contact.name is not None:
        return f"{task.id} is about {contact.name}"
    return f"{task.id} has no contact"


def facets(apollo: crmtasks.Apollo) -> dict[str, int]:
    page = apollo.tasks.search(open_factor_names=["task_types"]).first_page()
    counts: dict[str, int] = {}
    faceting = page.response.faceting  # only when asked for
    if faceting is not None and faceting.task_types is not None:
        for facet in faceting.task_types:
            if facet.value is not None and facet.count is not None:
                counts[facet.value] = facet.count
    return counts


def custom_field_filter(keap: crmtasks.Keap) -> list[KeapTask]:
    field = keap.tasks.custom_fields.create(label="Region", field_type="TEXT").custom_field
    if field.field_name is None:  # optional in Keap's answers
        return []
    return list(keap.tasks.list(custom_fields={field.field_name: "West"}))


def page_answers(keap: crmtasks.Keap) -> list[str | None]:
    return [page.raw_response.request_id for page in keap.tasks.list(page_size=2, limit=4).pages()]
