"""A user's first script: create a task, then change and remove it by the id the create returned.

No ``str(task.id)``, no ``assert task.id``: a returned task's id is typed as the spec declares it (required).
Type-checked by tests/tooling/test_user_typing.py and run against the sandbox by tests/e2e/test_user_scripts.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

import crmtasks

DUE = datetime(2026, 7, 15, 9, 30, tzinfo=UTC)


def keap_round_trip(keap: crmtasks.Keap) -> str:
    task = keap.tasks.create(title="Send the quote", assigned_to_user_id="42", due_time=DUE)
    done = keap.tasks.update(task.id, completed=True)
    again = keap.tasks.get(done.id)
    keap.tasks.delete(again.id)
    return again.id


def apollo_round_trip(apollo: crmtasks.Apollo) -> str:
    task = apollo.tasks.create(contact_id="c-1", type="call", priority="high", note="Ask about the pilot")
    apollo.tasks.update(task.id, note="Moved to Thursday")
    return apollo.tasks.complete(task.id, note="Reached them").id


def ysuite_round_trip(ysuite: crmtasks.YSuite) -> int:
    created = ysuite.tasks.create(title="Call back", start_datetime=datetime(2026, 7, 15, 10), cstid=10)
    task = ysuite.tasks.get(created.activity_id)
    return task.activity_id


def hubspot_round_trip(hubspot: crmtasks.HubSpot) -> str:
    call = hubspot.tasks.create(hs_task_subject="Call back", hs_timestamp=DUE, hs_task_priority="HIGH")
    hubspot.tasks.update(call.id, hs_task_status="COMPLETED")
    hubspot.tasks.batch_archive(inputs=[{"id": call.id}])
    return call.id


async def keap_round_trip_async(keap: crmtasks.AsyncKeap) -> list[str]:
    task = await keap.tasks.create(title="Send the quote", assigned_to_user_id="42", due_time=DUE)
    await keap.tasks.update(task.id, completed=True)
    return [each.id async for each in keap.tasks.list(is_completed=True)]
