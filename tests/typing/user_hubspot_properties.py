"""A user's script reading HubSpot task properties as a mapping; mypy --strict and pyright strict accept it.

Never run: tests/apis/test_hubspot_properties.py type-checks this file. No casts:
``task.properties`` is a ``MutableMapping[str, str | None]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import assert_type

import crmtasks


def subjects(hubspot: crmtasks.HubSpot) -> list[str]:
    found: list[str] = []
    for task in hubspot.tasks.list(properties=["hs_task_subject", "hs_task_status"]):
        subject = task.properties.get("hs_task_subject")
        assert_type(subject, str | None)
        if subject is not None:
            found.append(subject)
        assert_type(task.properties.get("hs_task_status", "NOT_STARTED"), str | None)
        for name, value in task.properties.items():
            assert_type(name, str)
            assert_type(value, str | None)
        for name in task.properties:
            assert_type(name, str)
        assert_type(len(task.properties), int)
        assert_type("hs_task_subject" in task.properties, bool)
        assert_type(task.properties["hs_task_subject"], str | None)
        assert_type(dict(task.properties), dict[str, str | None])
    return found


def as_a_mapping(hubspot: crmtasks.HubSpot) -> Mapping[str, str | None]:
    got = hubspot.tasks.get("1", properties=["hs_task_subject"])
    assert_type(got.properties.get("hs_task_subject"), str | None)
    for found in hubspot.tasks.search(hs_task_status="NOT_STARTED"):
        assert_type(found.properties.get("hs_task_body"), str | None)
        if found.properties == {"hs_task_subject": "Call"}:
            found.properties["hs_task_status"] = "COMPLETED"
    entries: Mapping[str, str | None] = got.properties
    return entries
