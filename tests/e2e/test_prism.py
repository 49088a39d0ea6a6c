"""The public clients against Stoplight Prism mocking each spec: a third party checks our requests.

``nox -s prism`` starts ``prism mock`` for every spec and sets
CRMTASKS_PRISM_<API> to each one's URL; without those variables these tests
skip. Any request Prism finds in violation of the spec (an ``sl-violations``
header, or a 4xx from its validation) fails the test. Prism answers from the
spec's examples, so pagination is checked on first pages only (its static
next-page token never changes).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from crmtasks._registry import REGISTRY

APIS = {api.key: api.client_class() for api in REGISTRY}
CREDENTIALS = {
    "keap": {"api_key": "prism-key"},
    "apollo": {"api_key": "prism-key"},
    "ysuite": {"access_key": "prism-access", "secret_key": "prism-secret"},
    "hubspot": {"access_token": "prism-token"},
}


def prism_url(api: str) -> str:
    url = os.environ.get(f"CRMTASKS_PRISM_{api.upper()}")
    if not url:
        pytest.skip(f"CRMTASKS_PRISM_{api.upper()} is not set: run these through 'nox -s prism', which starts Prism")
    return url


class Violations:
    """Collects every answer Prism flags; a test fails if any is collected."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def __call__(self, response: httpx.Response) -> None:
        flagged = response.headers.get("sl-violations")
        if flagged or 400 <= response.status_code < 500:
            response.read()
            self.found.append(f"{response.request.method} {response.request.url}: {flagged or response.text}")


def prism_client(api: str, violations: Violations) -> Any:
    http = httpx.Client(event_hooks={"response": [violations]})
    return APIS[api](**CREDENTIALS[api], base_url=prism_url(api), http_client=http, max_retries=0)


KEAP_CALLS: dict[str, Callable[[Any], Any]] = {
    "list": lambda k: k.tasks.list(contact_id="1", is_completed=False, order_by=("due_time", "desc")).first_page(),
    "get": lambda k: k.tasks.get("1234"),
    "create": lambda k: k.tasks.create(
        title="Call", assigned_to_user_id="42", due_time=datetime(2025, 5, 1, 9, tzinfo=UTC), remind_time_mins=30
    ),
    "update": lambda k: k.tasks.update("1234", completed=True, priority="CRITICAL"),
    "delete": lambda k: k.tasks.delete("1234"),
    "model": lambda k: k.tasks.model(),
    "custom field create": lambda k: k.tasks.custom_fields.create(label="Region", field_type="TEXT"),
    "custom field update": lambda k: k.tasks.custom_fields.update("12", label="Area", group_id="3"),
    "custom field delete": lambda k: k.tasks.custom_fields.delete("12"),
}
APOLLO_CALLS: dict[str, Callable[[Any], Any]] = {
    "search": lambda a: a.tasks.search(sort_by_field="task_due_at").first_page(),
    "create": lambda a: a.tasks.create(contact_id="c-1", type="call", priority="high"),
    "bulk create": lambda a: a.tasks.bulk_create(
        contact_ids=["c-1", "c-2"], due_at=datetime(2025, 5, 1, tzinfo=UTC), status="scheduled"
    ),
    "get": lambda a: a.tasks.get("t-1"),
    "update": lambda a: a.tasks.update("t-1", note="Moved", due_at=datetime(2025, 5, 2, tzinfo=UTC)),  # GET, then PATCH
    "complete": lambda a: a.tasks.complete("t-1", note="Reached them"),
    "skip": lambda a: a.tasks.skip("t-1", note="Left the company", on_task_page=True),
}
YSUITE_CALLS: dict[str, Callable[[Any], Any]] = {
    "list": lambda y: y.tasks.list(status=0, due_date_from=datetime(2026, 7, 1).date(), sort_order="asc").first_page(),
    "get": lambda y: y.tasks.get(31),
    "create": lambda y: y.tasks.create(title="Call", start_datetime=datetime(2026, 7, 15, 10), cstid=7, priority=3),
}
HUBSPOT_TASK = {"properties": {"hs_task_subject": "Call", "hs_timestamp": "2026-07-15T10:00:00Z"}}
HUBSPOT_CALLS: dict[str, Callable[[Any], Any]] = {
    "list": lambda h: h.tasks.list(properties=["hs_task_subject"], archived=False).first_page(),
    "get": lambda h: h.tasks.get("512", properties=["hs_task_subject", "hs_timestamp"]),
    "create": lambda h: h.tasks.create(**HUBSPOT_TASK),
    "update": lambda h: h.tasks.update("512", properties={"hs_task_status": "COMPLETED"}),
    "delete": lambda h: h.tasks.delete("512"),
    "batch create": lambda h: h.tasks.batch_create(inputs=[HUBSPOT_TASK, HUBSPOT_TASK]),
    "batch read": lambda h: h.tasks.batch_read(inputs=[{"id": "512"}], properties=["hs_task_subject"]),
    "batch update": lambda h: h.tasks.batch_update(inputs=[{"id": "512", "properties": {"hs_task_priority": "LOW"}}]),
    "batch archive": lambda h: h.tasks.batch_archive(inputs=[{"id": "512"}]),
    "search": lambda h: h.tasks.search(
        filterGroups=[{"filters": [{"propertyName": "hs_task_status", "operator": "EQ", "value": "NOT_STARTED"}]}],
        sorts=[{"propertyName": "hs_timestamp", "direction": "ASCENDING"}],
        page_size=50,
    ).first_page(),
    "search by keywords": lambda h: h.tasks.search(
        hs_task_status="NOT_STARTED", any_of=[{"hs_task_priority": "HIGH"}, {"hs_task_subject__contains_token": "call"}]
    ).first_page(),
    "create with typed properties": lambda h: h.tasks.create(
        hs_task_subject="Call", hs_timestamp=datetime(2026, 7, 15, 9, 30, tzinfo=UTC), hs_task_priority="HIGH"
    ),
}
CASES = [
    *(("keap", name, call) for name, call in KEAP_CALLS.items()),
    *(("apollo", name, call) for name, call in APOLLO_CALLS.items()),
    *(("ysuite", name, call) for name, call in YSUITE_CALLS.items()),
    *(("hubspot", name, call) for name, call in HUBSPOT_CALLS.items()),
]


@pytest.mark.parametrize(("api", "name", "call"), CASES, ids=[f"{api}-{name}" for api, name, _ in CASES])
def test_prism_accepts_our_requests(api: str, name: str, call: Callable[[Any], Any]) -> None:
    violations = Violations()
    with prism_client(api, violations) as client:
        call(client)
    assert violations.found == [], f"{api} {name}"


def test_prism_flags_a_request_that_breaks_the_spec() -> None:
    """The check above can fail: a raw request with a page size over the maximum is flagged."""
    url = prism_url("keap")
    response = httpx.get(f"{url}/v2/tasks", params={"page_size": 5000}, headers={"X-Keap-API-Key": "k"})
    assert response.status_code == 400 and "page_size" in response.headers["sl-violations"]
