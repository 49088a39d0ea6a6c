"""The user-idiom scripts of tests/typing/ (user_*.py) do at run time what they type-check as, on the sandbox.

tests/tooling/test_user_typing.py holds them to mypy --strict and pyright strict; here each function runs against the
in-process sandbox, so an idiom that type-checks but fails (or reads None where a value came) fails a test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from crmtasks.sandbox import Sandbox

from ..typing import user_hubspot_tasks, user_ids, user_optional_fields, user_sandbox, user_ysuite_dates


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed=12)


def test_round_trips_by_the_returned_id(sandbox: Sandbox) -> None:
    keap_id = user_ids.keap_round_trip(sandbox.keap())
    assert keap_id.isdigit()
    assert user_ids.apollo_round_trip(sandbox.apollo())
    assert user_ids.ysuite_round_trip(sandbox.ysuite()) > 12  # after the seeded ones
    hubspot_id = user_ids.hubspot_round_trip(sandbox.hubspot())
    assert hubspot_id.isdigit()


@pytest.mark.anyio
async def test_the_async_round_trip(sandbox: Sandbox) -> None:
    completed = await user_ids.keap_round_trip_async(sandbox.async_keap())
    assert completed and all(each.isdigit() for each in completed)


def test_one_function_reads_every_kind_of_hubspot_answer(sandbox: Sandbox) -> None:
    lines = user_hubspot_tasks.every_kind_of_answer(sandbox.hubspot())
    assert len(lines) >= 5
    assert lines[0] == lines[1]  # the create's task and the get's are one task, read alike
    assert all("due " in line and "created 20" in line for line in lines)
    assert any("Call back due 2026-07-15" in line for line in lines[4:])  # found by search and by batch read


def test_ysuite_dates_are_naive_datetimes_both_ways(sandbox: Sandbox) -> None:
    moved = user_ysuite_dates.reschedule_open_tasks(sandbox.ysuite(), dt.timedelta(days=1))
    assert moved and all(when.tzinfo is None for when in moved)
    assert user_ysuite_dates.create_and_read_back(sandbox.ysuite())


def test_optional_members_narrowed_the_plain_way(sandbox: Sandbox) -> None:
    keap = sandbox.keap()
    assert all(": 20" in line for line in user_optional_fields.due_dates(keap))
    apollo = sandbox.apollo()
    assert "is about" in user_optional_fields.contact_line(next(iter(apollo.tasks.search())))
    assert sum(user_optional_fields.facets(apollo).values()) == 12
    assert isinstance(user_optional_fields.custom_field_filter(keap), list)
    request_ids = user_optional_fields.page_answers(keap)
    assert len(request_ids) == 2 and all(request_id for request_id in request_ids)


def test_the_sandbox_clients_list_the_seeded_tasks(sandbox: Sandbox) -> None:
    assert user_sandbox.sync_clients(sandbox) == [12, 12, 12, 12]


@pytest.mark.anyio
async def test_the_async_sandbox_clients_list_the_seeded_tasks(sandbox: Sandbox) -> None:
    assert await user_sandbox.async_clients(sandbox) == [12, 12, 12, 12]
