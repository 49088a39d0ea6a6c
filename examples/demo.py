"""crmtasks in one minute: the same few calls against Keap, Apollo and ySuite.

    python examples/demo.py --sandbox http://127.0.0.1:8080   # a served sandbox (nox -s demo starts one)
    python examples/demo.py --live                            # the real APIs, read-only
    python examples/demo.py --live --write                    # the real APIs, creating and updating tasks

With --live, each API whose credentials are in the environment (KEAP_API_KEY
or KEAP_ACCESS_TOKEN, APOLLO_API_KEY, YSUITE_ACCESS_KEY and YSUITE_SECRET_KEY)
is used; the others are skipped.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import crmtasks
from crmtasks.apollo import TaskAlreadyResolvedError
from crmtasks.sandbox import Sandbox
from crmtasks.ysuite import TaskPriority, TaskStatus

PAGE = 10  # small pages, so the listings below cross several of them


def keap_demo(keap: crmtasks.Keap, write: bool) -> list[str]:
    lines: list[str] = []
    if write:
        due = datetime.now(UTC).replace(microsecond=0) + timedelta(days=2)
        for i in range(3):
            keap.tasks.create(title=f"Demo follow-up {i}", assigned_to_user_id="1", contact_id="101", due_time=due)
        lines.append("created 3 tasks for contact 101")
    pages = list(keap.tasks.list(is_completed=False, order_by=("due_time", "asc"), page_size=PAGE).pages())
    open_tasks = [t for page in pages for t in page.items]
    lines.append(f"{len(open_tasks)} open tasks over {len(pages)} pages (filter is_completed==false, by due time)")
    mine = list(keap.tasks.list(contact_id="101", page_size=PAGE))
    lines.append(f"{len(mine)} tasks for contact 101")
    if write and mine:
        done = keap.tasks.update(mine[0].id, completed=True)  # a returned task's id is a str
        lines.append(f"marked task {done.id} completed (PATCH, update_mask=completed)")
    return lines


def apollo_demo(apollo: crmtasks.Apollo, write: bool) -> list[str]:
    lines: list[str] = []
    if write:
        created = apollo.tasks.bulk_create(
            contact_ids=["demo-contact-1", "demo-contact-2"], priority="high", type="call"
        )
        # Apollo's older API answered a bare `true` without the tasks; its current one returns them.
        ids = [t.id for t in created.tasks] if created.tasks is not None else ["(not returned)"]
        lines.append(f"bulk-created call tasks: {', '.join(str(i) for i in ids)}")
        task = apollo.tasks.create(
            contact_id="demo-contact-3", type="call", priority="high", note="Ask about the pilot"
        )
        moved = apollo.tasks.update(task.id, note="Moved to Thursday")  # its priority and creator_id go along
        lines.append(f"updated task {moved.id}: note {moved.note!r}, priority still {_text(moved.priority)}")
        done = apollo.tasks.complete(task.id, note="Reached them")
        again = apollo.tasks.complete(task.id)  # a repeat is answered with the task, not refused
        lines.append(f"completed it ({_text(done.status)}), and again ({_text(again.status)})")
        try:
            apollo.tasks.skip(task.id)
        except TaskAlreadyResolvedError as error:
            lines.append(f"skipping it after that is refused: the task is {error.status}")
    pages = list(apollo.tasks.search(sort_by_field="task_priority", page_size=PAGE).pages())
    total = pages[0].total_items if pages else 0
    lines.append(f"{sum(len(p.items) for p in pages)} of {total} tasks over {len(pages)} pages (by priority)")
    faceting = pages[0].response.faceting if pages else None  # optional in the answer: None when absent
    facets = faceting.task_types if faceting is not None else None
    lines.append("by type: " + ", ".join(f"{f.value} {f.count}" for f in facets or []))
    return lines


def _text(value: object) -> str:
    """An enum member's value, or the value as it came."""
    return str(getattr(value, "value", value))


def ysuite_demo(ysuite: crmtasks.YSuite, write: bool) -> list[str]:
    lines: list[str] = []
    if write:
        start = datetime.now().replace(microsecond=0, second=0) + timedelta(days=1)
        created = ysuite.tasks.create(title="Demo check-in", start_datetime=start, cstid=10, priority=TaskPriority.HIGH)
        lines.append(f"created task {created.activity_id} ({created.title})")
    open_pages = list(ysuite.tasks.list(status=TaskStatus.OPEN, page_size=PAGE).pages())
    open_count = sum(len(p.items) for p in open_pages)
    lines.append(f"{open_count} open tasks over {len(open_pages)} pages")
    upcoming = list(ysuite.tasks.list(due_date_from=date.today(), sort_by="start_datetime", page_size=PAGE))
    lines.append(f"{len(upcoming)} tasks due from today on, by start time")
    return lines


def hubspot_demo(hubspot: crmtasks.HubSpot, write: bool) -> list[str]:
    lines: list[str] = []
    if write:
        due = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
        created = hubspot.tasks.create(
            hs_task_subject="Demo check-in", hs_timestamp=due, hs_task_priority="HIGH", hs_task_type="CALL"
        )
        lines.append(f"created task {created.id} ({created.hs_task_subject})")
    pages = list(hubspot.tasks.list(properties=["hs_task_subject", "hs_task_status"], page_size=PAGE).pages())
    lines.append(f"{sum(len(p.items) for p in pages)} tasks over {len(pages)} pages")
    wanted = list(hubspot.tasks.search(hs_task_status="NOT_STARTED", hs_task_priority__in=["HIGH", "MEDIUM"]))
    lines.append(f"{len(wanted)} open tasks of high or medium priority (search)")
    return lines


def sandbox_clients(url: str) -> dict[str, Any]:
    return {
        "Keap": crmtasks.Keap(api_key=Sandbox.credentials("keap")["api_key"], base_url=Sandbox.base_url("keap", url)),
        "Apollo": crmtasks.Apollo(
            api_key=Sandbox.credentials("apollo")["api_key"], base_url=Sandbox.base_url("apollo", url)
        ),
        "ySuite": crmtasks.YSuite(
            access_key=Sandbox.credentials("ysuite")["access_key"],
            secret_key=Sandbox.credentials("ysuite")["secret_key"],
            base_url=Sandbox.base_url("ysuite", url),
        ),
        "HubSpot": crmtasks.HubSpot(
            access_token=Sandbox.credentials("hubspot")["access_token"], base_url=Sandbox.base_url("hubspot", url)
        ),
    }


def live_clients() -> dict[str, Any]:
    clients: dict[str, Any] = {}
    for name, cls, variables in [
        ("Keap", crmtasks.Keap, ("KEAP_API_KEY", "KEAP_ACCESS_TOKEN")),
        ("Apollo", crmtasks.Apollo, ("APOLLO_API_KEY", "APOLLO_ACCESS_TOKEN")),
        ("ySuite", crmtasks.YSuite, ("YSUITE_ACCESS_KEY",)),
        ("HubSpot", crmtasks.HubSpot, ("HUBSPOT_ACCESS_TOKEN",)),
    ]:
        if any(os.environ.get(v) for v in variables):
            clients[name] = cls()
        else:
            print(f"{name}: skipped (no {' or '.join(variables)} in the environment)")
    return clients


def main() -> int:
    cli = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    where = cli.add_mutually_exclusive_group(required=True)
    where.add_argument("--sandbox", metavar="URL", help="a served crmtasks sandbox")
    where.add_argument("--live", action="store_true", help="the real APIs, with credentials from the environment")
    cli.add_argument("--write", action="store_true", help="with --live: also create and update tasks")
    args = cli.parse_args()
    write = bool(args.sandbox) or args.write
    clients = sandbox_clients(args.sandbox) if args.sandbox else live_clients()
    demos: dict[str, Callable[[Any, bool], list[str]]] = {
        "Keap": keap_demo,
        "Apollo": apollo_demo,
        "ySuite": ysuite_demo,
        "HubSpot": hubspot_demo,
    }
    failed = False
    for name, client in clients.items():
        started = time.perf_counter()
        try:
            lines = demos[name](client, write)
        except crmtasks.APIError as error:
            failed = True
            lines = [f"failed: {error}"]
        print(f"\n{name} ({client.base_url}, {time.perf_counter() - started:.2f} s)")
        for line in lines:
            print(f"  - {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
