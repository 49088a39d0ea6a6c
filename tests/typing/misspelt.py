"""Misspelt keyword arguments that mypy and pyright must reject (tests/tooling/test_typing.py checks this file).

Each offending line ends with ``# misspelt: NAME``; the type checkers must
report an error on that line naming NAME. Never run.
"""

from __future__ import annotations

import datetime as dt

import crmtasks


def keap_misspellings(keap: crmtasks.Keap) -> None:
    keap.tasks.list(contact_idd="1")  # misspelt: contact_idd
    keap.tasks.list(is_complete=False)  # misspelt: is_complete
    keap.tasks.create(assigned_to_user_id="42", titel="Call back")  # misspelt: titel
    keap.tasks.update("7", compleated=True)  # misspelt: compleated


async def async_keap_misspellings(keap: crmtasks.AsyncKeap) -> None:
    keap.tasks.list(title__startwith="Fol")  # misspelt: title__startwith
    await keap.tasks.create(assigned_to_user_id="42", due_tim=dt.datetime.now(dt.UTC))  # misspelt: due_tim


def apollo_misspellings(apollo: crmtasks.Apollo) -> None:
    apollo.tasks.search(sort_by="task_due_at")  # misspelt: sort_by
    apollo.tasks.create(contact_id="c1", priorty="high")  # misspelt: priorty
    apollo.tasks.update("t1", notes="Moved")  # misspelt: notes
    apollo.tasks.skip("t1", reindex=True)  # misspelt: reindex


def ysuite_misspellings(ysuite: crmtasks.YSuite) -> None:
    ysuite.tasks.list(statuss=0)  # misspelt: statuss
    ysuite.tasks.create(title="Call", start_datetime="2026-07-15T10:00:00", cst_id=7)  # misspelt: cst_id


def hubspot_misspellings(hubspot: crmtasks.HubSpot) -> None:
    hubspot.tasks.create(hs_timestamp=dt.datetime.now(dt.UTC), hs_task_subjet="Call")  # misspelt: hs_task_subjet
    hubspot.tasks.update("1", hs_task_statuss="COMPLETED")  # misspelt: hs_task_statuss
    hubspot.tasks.search(hs_task_status__is="COMPLETED")  # misspelt: hs_task_status__is
