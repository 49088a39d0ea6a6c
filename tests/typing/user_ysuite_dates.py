"""ySuite's date-times: zone-less local times, read as naive datetimes and sent from them.

Type-checked by tests/tooling/test_user_typing.py and run against the sandbox by tests/e2e/test_user_scripts.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import crmtasks
from crmtasks.ysuite import TaskStatus


def reschedule_open_tasks(ysuite: crmtasks.YSuite, by: timedelta) -> list[datetime]:
    moved: list[datetime] = []
    for task in ysuite.tasks.list(status=TaskStatus.OPEN, due_date_from=date(2020, 1, 1), page_size=5):
        start = task.start_datetime  # datetime | None: optional in ySuite's answers
        if start is not None and start.tzinfo is None:  # local time, as ySuite keeps it
            moved.append(start + by)
    return moved


def create_and_read_back(ysuite: crmtasks.YSuite) -> bool:
    start = datetime(2026, 7, 15, 10, 0)
    end = start + timedelta(hours=1)
    created = ysuite.tasks.create(title="Call back", start_datetime=start, end_datetime=end, cstid=10)
    task = ysuite.tasks.get(created.activity_id)
    return task.start_datetime == start and task.end_datetime == end
