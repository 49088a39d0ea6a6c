"""The sandbox's generic store: an API served from its spec alone, through the real clients.

Each test swaps a vendor's store for a bare ``SpecStore`` subclass that declares
only the spec and the secrets it accepts, so everything it does comes from the
spec: routes, credentials, checks, pages, envelopes, error shapes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

import pytest

import crmtasks
import crmtasks.sandbox
from crmtasks._api import SpecData
from crmtasks.sandbox import Sandbox
from crmtasks.sandbox._store import SpecStore
from crmtasks_keap import spec_data as keap_spec
from crmtasks_ysuite import spec_data as ysuite_spec


class BareKeap(SpecStore):
    spec: ClassVar[SpecData] = keap_spec
    credentials: ClassVar[Mapping[str, str]] = {"api_key": "bare-key"}


class BareYSuite(SpecStore):
    spec: ClassVar[SpecData] = ysuite_spec
    credentials: ClassVar[Mapping[str, str]] = {"access_key": "bare-access", "secret_key": "bare-secret"}
    id_field = "activity_id"  # the spec names the path parameter "id", not the field


@pytest.fixture
def bare(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    monkeypatch.setitem(crmtasks.sandbox._STORES, "keap", BareKeap)  # pyright: ignore[reportPrivateUsage]
    monkeypatch.setitem(crmtasks.sandbox._STORES, "ysuite", BareYSuite)  # pyright: ignore[reportPrivateUsage]
    yield Sandbox()


def _keap(sandbox: Sandbox, **options: Any) -> crmtasks.Keap:
    return crmtasks.Keap(
        api_key="bare-key", base_url=sandbox.base_url("keap"), http_client=sandbox.httpx_client(), **options
    )


def test_plain_operations_come_from_the_spec(bare: Sandbox) -> None:
    keap = _keap(bare, max_retries=0)
    created = [keap.tasks.create(title=f"Task {n}", priority="CRITICAL", assigned_to_user_id="7") for n in range(5)]
    assert [t.id for t in created] == ["1", "2", "3", "4", "5"]

    pages = list(keap.tasks.list(page_size=2).pages())  # token pages, cut as x-pagination declares
    assert [[t.id for t in p.items] for p in pages] == [["1", "2"], ["3", "4"], ["5"]]
    assert pages[0].next_token and not pages[-1].next_token

    updated = keap.tasks.update("2", title="Renamed")  # the mask says which fields change
    assert (updated.title, updated.priority) == ("Renamed", "CRITICAL")
    assert keap.tasks.get("2").title == "Renamed"

    keap.tasks.delete("2")
    with pytest.raises(crmtasks.NotFoundError) as missing:
        keap.tasks.get("2")
    # The message sits where x-errors says Keap puts it.
    assert missing.value.body is not None and missing.value.body.message == "Task 2 not found"


def test_credentials_and_checks_come_from_the_spec(bare: Sandbox) -> None:
    wrong = crmtasks.Keap(
        api_key="other", base_url=bare.base_url("keap"), http_client=bare.httpx_client(), max_retries=0
    )
    with pytest.raises(crmtasks.AuthenticationError):
        wrong.tasks.get("1")
    # A body the client would refuse reaches the store raw: the store checks it against the body schema.
    body = {"title": 5, "assigned_to_user_id": "7"}
    response = bare.httpx_client().post(
        f"{bare.base_url('keap')}/v2/tasks", json=body, headers={"X-Keap-API-Key": "bare-key"}
    )
    assert response.status_code == 400
    assert response.json()["message"].startswith("Invalid title")


def test_an_enveloped_api_with_numbered_pages(bare: Sandbox) -> None:
    ysuite = crmtasks.YSuite(
        access_key="bare-access",
        secret_key="bare-secret",
        base_url=bare.base_url("ysuite"),
        http_client=bare.httpx_client(),
        max_retries=0,
    )
    for n in range(3):
        ysuite.tasks.create(title=f"Task {n}", start_datetime="2026-07-15T10:00:00", cstid=7)
    page = ysuite.tasks.list(page_size=2).first_page()
    assert (page.total_items, page.total_pages, [t.activity_id for t in page.items]) == (3, 2, [1, 2])
    assert [t.activity_id for t in ysuite.tasks.list(page_size=2)] == [1, 2, 3]
    assert ysuite.tasks.get(3).title == "Task 2"  # unwrapped from the envelope the spec declares
    with pytest.raises(crmtasks.NotFoundError) as missing:
        ysuite.tasks.get(9)
    # ySuite's spec declares no 404, so there is no error model; the message is still read from the JSON.
    assert missing.value.body is None and "Task 9 not found" in str(missing.value)


def test_each_vendor_store_writes_only_what_its_spec_cannot_say() -> None:
    """Keap's, Apollo's and ySuite's stores leave the plain operations to the generic handlers."""
    from crmtasks.sandbox.stores.apollo import ApolloStore  # noqa: PLC0415
    from crmtasks.sandbox.stores.keap import KeapStore  # noqa: PLC0415
    from crmtasks.sandbox.stores.ysuite import YSuiteStore  # noqa: PLC0415

    own = {
        store.key(): sorted(name for name in store.spec.OPERATIONS if name in vars(store))
        for store in (KeapStore, ApolloStore, YSuiteStore)
    }
    assert own == {
        "keap": ["create_task_custom_field", "list_tasks", "retrieve_task_model"],
        "apollo": ["bulk_create_tasks", "complete_task", "search_tasks", "skip_task", "update_task"],
        "ysuite": ["create_task", "list_tasks"],
    }
