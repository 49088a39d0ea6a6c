"""Apollo's get, update, complete and skip, sync and async: against mock APIs, then end to end through the sandbox.

The rules under test (specs/apollo.yaml says why):

- update is read-modify-write: the task is read first, and on a scheduled task
  its current ``priority`` and ``creator_id`` go along with the fields given,
  since Apollo resets both when an update leaves them out;
- a completed or skipped task takes only ``note``, ``priority`` and
  ``contact_id``: any other field is refused, named, before the update is sent;
- complete and skip may be repeated: Apollo's 422 ("already completed /
  skipped") is read back, and the outcome asked for, if it holds, is the
  success it looks like; the other outcome raises TaskAlreadyResolvedError;
- a task that no longer exists raises TaskDeletedError (Apollo: 200 with
  ``deleted: true`` from complete and skip, 422 from get and update).
"""

from __future__ import annotations

import datetime as dt
import json
import warnings
from typing import Any

import httpx
import pytest

import crmtasks
import crmtasks_apollo.models
from crmtasks.apollo import TaskAlreadyResolvedError, TaskDeletedError
from crmtasks.sandbox import Sandbox
from crmtasks.sandbox.stores.apollo import SANDBOX_USER

from ..helpers import FLAVOURS, MockAPI, make_client, settle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

DUE = dt.datetime(2025, 5, 2, 15, 0, tzinfo=dt.UTC)
TASK_ID = "65f0c1d2e3a4b50001c0f00d"
SCHEDULED = {"id": TASK_ID, "status": "scheduled", "priority": "high", "creator_id": "u-creator", "note": "old"}
COMPLETED = {**SCHEDULED, "status": "completed", "completed_at": "2025-05-01T10:00:00.000Z"}
SKIPPED = {**SCHEDULED, "status": "skipped", "skipped_at": "2025-05-01T10:00:00.000Z"}
ALREADY = (422, {"error": "This task is already completed / skipped.", "allow_moving_to_next_task": True})
NOT_YOURS = (422, {"error": "This task belongs to another user. Your admin does not let you complete it."})
GONE_ON_GET = (422, {"error": "This task or emailer message has been deleted. Please refresh your page."})
GONE_ON_UPDATE = (422, {"error": "This task has been deleted. Please refresh your page."})
DELETED = {"task": {"id": TASK_ID, "deleted": True}}


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def apollo(flavour: str, mock: MockAPI, **options: Any) -> Any:
    return make_client("apollo", flavour, mock, **options)


def sent(mock: MockAPI) -> list[tuple[str, str]]:
    return [(r.method, r.url.path) for r in mock.requests]


GET = ("GET", f"/api/v1/tasks/{TASK_ID}")
PATCH = ("PATCH", f"/api/v1/tasks/{TASK_ID}")
COMPLETE = ("POST", f"/api/v1/tasks/{TASK_ID}/complete")
SKIP = ("POST", f"/api/v1/tasks/{TASK_ID}/skip")


# ----------------------------------------------------------------------------- get


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_get_answers_the_task(flavour: str) -> None:
    mock = MockAPI({"task": {**SCHEDULED, "call_script": "Ask about April", "relevant_fields": ["budget"]}})
    task = await settle(apollo(flavour, mock).tasks.get(TASK_ID))
    assert isinstance(task, crmtasks_apollo.models.Task)
    assert (task.id, task.status, task.call_script, task.relevant_fields) == (
        TASK_ID,
        crmtasks_apollo.models.TaskStatus.SCHEDULED,
        "Ask about April",
        ["budget"],
    )
    assert sent(mock) == [GET]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_get_of_a_deleted_task_raises_task_deleted(flavour: str) -> None:
    mock = MockAPI(GONE_ON_GET)
    with pytest.raises(TaskDeletedError) as caught:
        await settle(apollo(flavour, mock).tasks.get(TASK_ID))
    assert isinstance(caught.value, crmtasks.NotFoundError)  # code that handles a missing task of any API catches it
    assert (caught.value.status_code, caught.value.task_id) == (422, TASK_ID)
    assert "has been deleted" in str(caught.value) and TASK_ID in str(caught.value)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_get_keeps_other_422s_as_they_are(flavour: str) -> None:
    mock = MockAPI((422, {"error": "Something's wrong with your API request."}))
    with pytest.raises(crmtasks.UnprocessableEntityError) as caught:
        await settle(apollo(flavour, mock).tasks.get(TASK_ID))
    assert not isinstance(caught.value, TaskDeletedError)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_an_empty_id_is_refused_before_sending(flavour: str) -> None:
    mock = MockAPI()
    for call in ("get", "complete", "skip"):
        with pytest.raises(crmtasks.ValidationError):
            await settle(getattr(apollo(flavour, mock).tasks, call)(" "))
    assert mock.count == 0


# ----------------------------------------------------------------------------- update


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_update_of_a_scheduled_task_sends_its_priority_and_creator_along(flavour: str) -> None:
    """Apollo resets a scheduled task's priority and creator_id when an update leaves them out."""
    mock = MockAPI({"task": SCHEDULED}, {"task": {**SCHEDULED, "note": "new", "due_at": "2025-05-02T15:00:00Z"}})
    task = await settle(apollo(flavour, mock).tasks.update(TASK_ID, note="new", due_at=DUE))
    assert sent(mock) == [GET, PATCH]
    assert body(mock.last) == {
        "note": "new",
        "due_at": "2025-05-02T15:00:00+00:00",
        "priority": "high",
        "creator_id": "u-creator",
    }
    assert (task.note, task.due_at) == ("new", DUE)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_update_sends_the_priority_and_creator_given_not_the_current_ones(flavour: str) -> None:
    mock = MockAPI({"task": SCHEDULED}, {"task": {**SCHEDULED, "priority": "low", "creator_id": "u-other"}})
    await settle(apollo(flavour, mock).tasks.update(TASK_ID, priority="low", creator_id="u-other"))
    assert body(mock.last) == {"priority": "low", "creator_id": "u-other"}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_update_leaves_out_what_the_task_lacks(flavour: str) -> None:
    """Nothing to keep: Apollo fills a missing priority (medium) and creator (the key's user) itself."""
    mock = MockAPI({"task": {"id": TASK_ID, "status": "scheduled", "creator_id": None}}, {"task": SCHEDULED})
    await settle(apollo(flavour, mock).tasks.update(TASK_ID, title="Call about the pilot"))
    assert body(mock.last) == {"title": "Call about the pilot"}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_update_refuses_to_guess_a_priority_the_spec_does_not_list(flavour: str) -> None:
    warnings.simplefilter("ignore", crmtasks.ResponseValidationWarning)  # read leniently, reported once a process
    mock = MockAPI({"task": {**SCHEDULED, "priority": "urgent"}})
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(apollo(flavour, mock).tasks.update(TASK_ID, note="new"))
    assert caught.value.field == "priority" and "'urgent'" in str(caught.value)
    assert sent(mock) == [GET]  # the update was not sent
    mock = MockAPI({"task": {**SCHEDULED, "priority": "urgent"}}, {"task": SCHEDULED})
    await settle(apollo(flavour, mock).tasks.update(TASK_ID, note="new", priority="high"))
    assert body(mock.last) == {"note": "new", "priority": "high", "creator_id": "u-creator"}


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("resolved", [COMPLETED, SKIPPED], ids=["completed", "skipped"])
async def test_update_of_a_resolved_task_sends_only_the_fields_given(flavour: str, resolved: dict[str, Any]) -> None:
    """Apollo's reset applies to scheduled tasks; a resolved one takes note, priority and contact_id."""
    mock = MockAPI({"task": resolved}, {"task": {**resolved, "note": "Reached them", "contact_id": "c-2"}})
    task = await settle(apollo(flavour, mock).tasks.update(TASK_ID, note="Reached them", contact_id="c-2"))
    assert sent(mock) == [GET, PATCH]
    assert body(mock.last) == {"note": "Reached them", "contact_id": "c-2"}
    assert task.contact_id == "c-2"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("resolved", [COMPLETED, SKIPPED], ids=["completed", "skipped"])
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"due_at": DUE}, "due_at"),
        ({"note": "fine", "title": "not fine"}, "title"),
        ({"creator_id": "u-1"}, "creator_id"),
        ({"user_id": "u-2", "type": "call"}, "user_id"),
    ],
    ids=["due_at", "title", "creator_id", "user_id"],
)
async def test_update_of_a_resolved_task_refuses_other_fields_before_sending(
    flavour: str, resolved: dict[str, Any], changes: dict[str, Any], field: str
) -> None:
    mock = MockAPI({"task": resolved})
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(apollo(flavour, mock).tasks.update(TASK_ID, **changes))
    assert caught.value.field == field
    assert str(resolved["status"]) in str(caught.value) and "nothing was sent" in str(caught.value)
    assert sent(mock) == [GET]  # read to learn the status; the update itself never left


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"status": "completed"}, "status"),
        ({"status": crmtasks.apollo.TaskStatus.SKIPPED}, "status"),
        ({}, None),
        ({"priority": "urgent"}, "priority"),
        ({"relevant_fields": "budget"}, "relevant_fields"),
    ],
    ids=["complete-by-update", "skip-by-update", "nothing", "bad-value", "not-a-list"],
)
async def test_update_refuses_before_reading(flavour: str, changes: dict[str, Any], field: str | None) -> None:
    mock = MockAPI()
    with pytest.raises(crmtasks.ValidationError) as caught:
        await settle(apollo(flavour, mock).tasks.update(TASK_ID, **changes))
    assert caught.value.field == field
    assert mock.count == 0


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_update_points_to_complete_and_skip(flavour: str) -> None:
    with pytest.raises(crmtasks.ValidationError, match=r"tasks\.complete\(\)"):
        await settle(apollo(flavour, MockAPI()).tasks.update(TASK_ID, status="completed"))
    with pytest.raises(crmtasks.ValidationError, match=r"tasks\.skip\(\)"):
        await settle(apollo(flavour, MockAPI()).tasks.update(TASK_ID, status="skipped"))


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_update_of_a_deleted_task_raises_task_deleted(flavour: str) -> None:
    mock = MockAPI(GONE_ON_GET)
    with pytest.raises(TaskDeletedError) as caught:
        await settle(apollo(flavour, mock).tasks.update(TASK_ID, note="x"))
    assert caught.value.task_id == TASK_ID and sent(mock) == [GET]
    # Deleted between the read and the write: Apollo's update answers 422 too.
    mock = MockAPI({"task": SCHEDULED}, GONE_ON_UPDATE)
    with pytest.raises(crmtasks.UnprocessableEntityError, match="has been deleted"):
        await settle(apollo(flavour, mock).tasks.update(TASK_ID, note="x"))


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_update_options_reach_each_request_and_extras_only_the_update(flavour: str) -> None:
    mock = MockAPI({"task": SCHEDULED}, {"task": SCHEDULED})
    await settle(
        apollo(flavour, mock).tasks.update(
            TASK_ID,
            note="x",
            extra_headers={"x-trace": "t-1"},
            extra_query={"debug": "1"},
            extra_body={"priority_cd": 2},
        )
    )
    read, write = mock.requests
    assert read.headers["x-trace"] == write.headers["x-trace"] == "t-1"
    assert "debug" not in read.url.params and write.url.params["debug"] == "1"
    assert body(write)["priority_cd"] == 2 and not read.content


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_update_is_retried_after_a_lost_answer(flavour: str, sleeps: list[float]) -> None:
    """Its body holds whole values, so sending it again writes the same thing (x-idempotent)."""
    mock = MockAPI({"task": SCHEDULED}, httpx.ReadTimeout("lost"), {"task": SCHEDULED})
    await settle(apollo(flavour, mock).tasks.update(TASK_ID, note="x"))
    assert sent(mock) == [GET, PATCH, PATCH] and body(mock.requests[1]) == body(mock.requests[2])
    assert len(sleeps) == 1


# ----------------------------------------------------------------------------- complete and skip


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_complete_sends_the_note_and_answers_the_task(flavour: str) -> None:
    mock = MockAPI({"task": {**COMPLETED, "note": "Reached them"}, "contact": {"id": "c-1", "name": "Ana Souza"}})
    task = await settle(apollo(flavour, mock).tasks.complete(TASK_ID, note="Reached them"))
    assert sent(mock) == [COMPLETE] and body(mock.last) == {"note": "Reached them"}
    assert task.status == crmtasks_apollo.models.TaskStatus.COMPLETED and task.note == "Reached them"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_skip_sends_its_note_and_flag_and_answers_what_apollo_gives(flavour: str) -> None:
    mock = MockAPI({"task": {"id": TASK_ID, "status": "skipped", "note": "Left", "completed": False}})
    task = await settle(apollo(flavour, mock).tasks.skip(TASK_ID, note="Left", on_task_page=True))
    assert sent(mock) == [SKIP] and body(mock.last) == {"note": "Left", "on_task_page": True}
    assert (task.status, task.note, task.completed) == (crmtasks_apollo.models.TaskStatus.SKIPPED, "Left", False)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("method", ["complete", "skip"])
async def test_resolving_a_deleted_task_raises_task_deleted(flavour: str, method: str) -> None:
    """Apollo answers 200 with ``deleted: true``: reported as an error, not as a task."""
    mock = MockAPI(DELETED)
    with pytest.raises(TaskDeletedError) as caught:
        await settle(getattr(apollo(flavour, mock).tasks, method)(TASK_ID))
    assert (caught.value.status_code, caught.value.task_id) == (200, TASK_ID)
    assert "deleted: true" in str(caught.value) and mock.count == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("method", "outcome"), [("complete", COMPLETED), ("skip", SKIPPED)])
async def test_resolving_again_is_the_success_it_looks_like(flavour: str, method: str, outcome: dict[str, Any]) -> None:
    """A 422 "already completed / skipped", and the task is resolved as asked: the task is answered."""
    mock = MockAPI(ALREADY, {"task": outcome})
    task = await settle(getattr(apollo(flavour, mock).tasks, method)(TASK_ID, note="again"))
    assert sent(mock) == [COMPLETE if method == "complete" else SKIP, GET]
    assert task.status.value == outcome["status"] and task.id == TASK_ID


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("method", "other"), [("complete", SKIPPED), ("skip", COMPLETED)])
async def test_resolving_the_other_way_raises_already_resolved(
    flavour: str, method: str, other: dict[str, Any]
) -> None:
    """A skip after a complete (or a complete after a skip) is an error, naming what the task is."""
    mock = MockAPI(ALREADY, {"task": other})
    with pytest.raises(TaskAlreadyResolvedError) as caught:
        await settle(getattr(apollo(flavour, mock).tasks, method)(TASK_ID))
    error = caught.value
    assert isinstance(error, crmtasks.UnprocessableEntityError) and error.status_code == 422
    assert (error.task_id, error.status) == (TASK_ID, other["status"])
    assert error.task is not None and error.task.id == TASK_ID
    assert f"is {other['status']}" in str(error) and "already completed / skipped" in str(error)


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("method", ["complete", "skip"])
async def test_a_422_on_an_open_task_stands(flavour: str, method: str) -> None:
    """Not yours to resolve (an admin's setting): the task is still scheduled, so Apollo's 422 is raised."""
    mock = MockAPI(NOT_YOURS, {"task": SCHEDULED})
    with pytest.raises(crmtasks.UnprocessableEntityError, match="belongs to another user") as caught:
        await settle(getattr(apollo(flavour, mock).tasks, method)(TASK_ID))
    assert not isinstance(caught.value, TaskAlreadyResolvedError) and mock.count == 2


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("method", ["complete", "skip"])
async def test_a_422_then_a_deleted_task_raises_task_deleted(flavour: str, method: str) -> None:
    mock = MockAPI(ALREADY, GONE_ON_GET)
    with pytest.raises(TaskDeletedError):
        await settle(getattr(apollo(flavour, mock).tasks, method)(TASK_ID))


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("method", "outcome"), [("complete", COMPLETED), ("skip", SKIPPED)])
async def test_a_lost_answer_is_retried_and_the_repeat_succeeds(
    flavour: str, method: str, outcome: dict[str, Any], sleeps: list[float]
) -> None:
    """Carried out, answer lost: the retry meets "already completed / skipped", which is read back as success."""
    mock = MockAPI(httpx.ReadTimeout("lost"), ALREADY, {"task": outcome})
    task = await settle(getattr(apollo(flavour, mock).tasks, method)(TASK_ID, note="n"))
    action = COMPLETE if method == "complete" else SKIP
    assert sent(mock) == [action, action, GET] and len(sleeps) == 1
    assert body(mock.requests[0]) == body(mock.requests[1]) == {"note": "n"}
    assert task.status.value == outcome["status"]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_with_raw_response_answers_the_last_request(flavour: str) -> None:
    mock = MockAPI(ALREADY, {"task": COMPLETED})
    raw = await settle(apollo(flavour, mock).tasks.with_raw_response.complete(TASK_ID))
    assert isinstance(raw, crmtasks.APIResponse)
    assert raw.status_code == 200 and raw.http_response.request.method == "GET"
    assert raw.parse().status == crmtasks_apollo.models.TaskStatus.COMPLETED
    mock = MockAPI({"task": SCHEDULED}, {"task": {**SCHEDULED, "note": "n"}})
    raw = await settle(apollo(flavour, mock).tasks.with_raw_response.update(TASK_ID, note="n"))
    assert raw.http_response.request.method == "PATCH" and raw.parse().note == "n"


# ----------------------------------------------------------------------------- end to end, through the sandbox


def sandboxed(sandbox: Sandbox, flavour: str, **options: Any) -> Any:
    return sandbox.apollo(**options) if flavour == "sync" else sandbox.async_apollo(**options)


async def search_all(client: Any) -> list[Any]:
    found = client.tasks.search()
    if isinstance(found, crmtasks.AsyncPaginator):
        return [task async for task in found]
    return list(found)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_sandbox_lifecycle(flavour: str) -> None:
    sandbox = Sandbox()
    apollo_ = sandboxed(sandbox, flavour)
    created = await settle(apollo_.tasks.create(contact_id="c-1", type="call", priority="high", note="Ask"))
    assert (created.status.value, created.creator_id) == ("scheduled", SANDBOX_USER)
    fetched = await settle(apollo_.tasks.get(created.id))
    assert fetched.id == created.id and fetched.priority.value == "high"

    # An update that names neither priority nor creator_id keeps both (the sandbox resets them, as Apollo does).
    sandbox.store("apollo").tasks[created.id]["creator_id"] = "u-colleague"
    updated = await settle(apollo_.tasks.update(created.id, note="Moved to Thursday", due_at=DUE))
    assert (updated.note, updated.due_at, updated.priority.value) == ("Moved to Thursday", DUE, "high")
    assert updated.creator_id == "u-colleague"

    done = await settle(apollo_.tasks.complete(created.id, note="Reached them"))
    assert (done.status.value, done.note, done.completed_by_user_id) == ("completed", "Reached them", SANDBOX_USER)
    again = await settle(apollo_.tasks.complete(created.id))
    assert again.status.value == "completed" and again.completed_at == done.completed_at
    with pytest.raises(TaskAlreadyResolvedError) as caught:
        await settle(apollo_.tasks.skip(created.id))
    assert caught.value.status == "completed"

    # A completed task takes note, priority and contact_id; anything else is refused before the update is sent.
    requests = sandbox.counts()["requests"]["apollo"]
    with pytest.raises(crmtasks.ValidationError, match="due_at"):
        await settle(apollo_.tasks.update(created.id, due_at=DUE))
    assert sandbox.counts()["requests"]["apollo"] == requests + 1  # the read only
    later = await settle(apollo_.tasks.update(created.id, priority="low", note="Follow-up booked"))
    assert (later.status.value, later.priority.value, later.note) == ("completed", "low", "Follow-up booked")
    assert later.creator_id == "u-colleague"  # a resolved task's creator is not reset
    assert [t.status.value for t in await search_all(apollo_)] == ["completed"]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_sandbox_skip_then_complete(flavour: str) -> None:
    sandbox = Sandbox()
    apollo_ = sandboxed(sandbox, flavour)
    task = await settle(apollo_.tasks.create(contact_id="c-1"))
    skipped = await settle(apollo_.tasks.skip(task.id, note="Left the company", on_task_page=True))
    assert (skipped.status.value, skipped.note, skipped.completed) == ("skipped", "Left the company", False)
    assert (await settle(apollo_.tasks.skip(task.id))).status.value == "skipped"  # again: answered, not refused
    with pytest.raises(TaskAlreadyResolvedError, match="is skipped, so it was not completed"):
        await settle(apollo_.tasks.complete(task.id))
    stored = sandbox.store("apollo").tasks[task.id]
    assert stored["status"] == "skipped" and stored["skipped_at"] and stored["completed_at"] is None


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_sandbox_deleted_task(flavour: str) -> None:
    sandbox = Sandbox()
    apollo_ = sandboxed(sandbox, flavour)
    task = await settle(apollo_.tasks.create(contact_id="c-1"))
    sandbox.store("apollo").mark_deleted(task.id)  # as when the sequence it belonged to is paused
    for call, status in (
        (lambda: apollo_.tasks.get(task.id), 422),
        (lambda: apollo_.tasks.update(task.id, note="x"), 422),
        (lambda: apollo_.tasks.complete(task.id), 200),
        (lambda: apollo_.tasks.skip(task.id), 200),
    ):
        with pytest.raises(TaskDeletedError) as caught:
            await settle(call())
        assert (caught.value.status_code, caught.value.task_id) == (status, task.id)
    assert await search_all(apollo_) == []


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("method", "outcome"), [("complete", "completed"), ("skip", "skipped")])
async def test_sandbox_lost_answer_is_retried_to_success(flavour: str, method: str, outcome: str) -> None:
    sandbox = Sandbox()
    retries: list[tuple[int, float, str]] = []
    apollo_ = sandboxed(sandbox, flavour, hooks=crmtasks.Hooks(on_retry=lambda *r: retries.append(r)))
    task = await settle(apollo_.tasks.create(contact_id="c-1"))
    sandbox.set_faults(drop="after")  # the next request is carried out, and its answer never comes
    resolved = await settle(getattr(apollo_.tasks, method)(task.id, note="once"))
    assert resolved.status.value == outcome and [r[2] for r in retries] == ["RemoteProtocolError"]
    assert sandbox.store("apollo").tasks[task.id]["status"] == outcome


# ----------------------------------------------------------------------------- the sandbox's own rules, raw


def raw(sandbox: Sandbox, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = {"X-Api-Key": "sandbox-apollo-key"}
    return sandbox.httpx_client().request(method, f"{sandbox.base_url('apollo')}{path}", headers=headers, **kwargs)


def test_sandbox_resets_priority_and_creator_when_an_update_leaves_them_out() -> None:
    """What the client guards against: the emulated API, like Apollo, resets both on a scheduled task."""
    sandbox = Sandbox()
    task = sandbox.store("apollo").add_task({"priority": "high", "type": "call"})
    task["creator_id"] = "u-colleague"
    answer = raw(sandbox, "PATCH", f"/api/v1/tasks/{task['id']}", json={"note": "only the note"})
    assert answer.status_code == 200
    assert answer.json()["task"]["priority"] == "medium" and answer.json()["task"]["creator_id"] == SANDBOX_USER


def test_sandbox_applies_only_the_allowed_fields_to_a_resolved_task() -> None:
    sandbox = Sandbox()
    task = sandbox.store("apollo").add_task({"priority": "high", "due_at": "2025-05-01T09:00:00.000Z"})
    task_id = task["id"]
    assert raw(sandbox, "POST", f"/api/v1/tasks/{task_id}/complete").status_code == 200  # no body at all
    changed = raw(
        sandbox, "PATCH", f"/api/v1/tasks/{task_id}", json={"due_at": "2030-01-01T00:00:00Z", "note": "kept"}
    ).json()["task"]
    assert changed["due_at"] == "2025-05-01T09:00:00.000Z" and changed["note"] == "kept"
    assert changed["priority"] == "high"  # no reset on a resolved task


def test_sandbox_status_rules_and_answers() -> None:
    sandbox = Sandbox()
    task_id = sandbox.store("apollo").add_task({})["id"]
    skipped = raw(sandbox, "POST", f"/api/v1/tasks/{task_id}/skip", json={"note": "n", "on_task_page": True})
    assert skipped.json() == {"task": {"id": task_id, "status": "skipped", "note": "n", "completed": False}}
    for action in ("complete", "skip"):
        refused = raw(sandbox, "POST", f"/api/v1/tasks/{task_id}/{action}", json={})
        assert refused.status_code == 422
        assert refused.json() == {
            "error": "This task is already completed / skipped.",
            "allow_moving_to_next_task": True,
        }
    unknown = raw(sandbox, "POST", "/api/v1/tasks/65f0c1d2e3a4b50001c0dead/complete", json={})
    assert unknown.json() == {"task": {"id": "65f0c1d2e3a4b50001c0dead", "deleted": True}}
    gone = raw(sandbox, "GET", "/api/v1/tasks/65f0c1d2e3a4b50001c0dead")
    assert gone.status_code == 422 and "has been deleted" in gone.json()["error"]
    assert raw(sandbox, "POST", f"/api/v1/tasks/{task_id}/skip", content=b"null").status_code == 422
