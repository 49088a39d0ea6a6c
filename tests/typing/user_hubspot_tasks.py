"""One function typed for "a HubSpot task", given the items of list, get, search and a batch read.

HubSpot's own document gives list and get answers a class of their own; here every one is
``crmtasks.hubspot.Task`` (associations an optional member), with a typed accessor per standard property.
Type-checked by tests/tooling/test_user_typing.py and run against the sandbox by tests/e2e/test_user_scripts.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

import crmtasks
from crmtasks.hubspot import Task


def describe(task: Task) -> str:
    subject = task.hs_task_subject or "(no subject)"  # every standard property has a typed accessor
    due = task.hs_timestamp  # a datetime, read from ISO 8601 or epoch milliseconds
    created = task.hs_createdate  # a default property HubSpot sets on every task
    when = due.date().isoformat() if due is not None else "no due date"
    since = created.year if created is not None else "?"
    linked = sum(len(ids.results) for ids in task.associations.values())  # empty unless asked for
    return f"{task.id} {subject} due {when}, created {since}, {linked} linked, updated {task.updated_at:%Y-%m-%d}"


def every_kind_of_answer(hubspot: crmtasks.HubSpot) -> list[str]:
    call = hubspot.tasks.create(hs_task_subject="Call back", hs_timestamp=datetime(2026, 7, 15, tzinfo=UTC))
    lines = [describe(call), describe(hubspot.tasks.get(call.id))]
    lines += [describe(task) for task in hubspot.tasks.list(limit=2)]
    lines += [describe(task) for task in hubspot.tasks.search(hs_task_subject="Call back")]
    lines += [describe(task) for task in hubspot.tasks.batch_read(inputs=[{"id": call.id}]).results]
    return lines
