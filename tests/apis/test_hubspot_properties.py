"""A task's ``properties`` is a Mapping of its values, and so is every generated map model.

A map model is a schema that declares no member, only ``additionalProperties``
(HubSpot's ``properties``, ``links``, an error's ``context``, Apollo's custom
fields...): its class is a ``collections.abc.MutableMapping`` of its entries,
typed with the value type the schema declares, whose methods delegate to
``additional_properties``. A field of one that the spec does not make nullable
is never None: an answer without it, or with something else than an object,
reads as an empty map (and is reported). The last tests type-check
tests/typing/user_hubspot_properties.py, a user's script, with mypy --strict and
pyright strict.
"""

from __future__ import annotations

import collections.abc
import importlib
import inspect
from typing import Any

import attrs
import pytest

import crmtasks
from crmtasks.sandbox import Sandbox
from crmtasks_hubspot.models import PropertyValues, Task, TaskProperties

from ..helpers import MockAPI, hubspot_task, make_client, settle
from ..tooling.test_typing import errors_by_line, mypy, pyright

pytestmark = pytest.mark.anyio
SCRIPT = "tests/typing/user_hubspot_properties.py"
ASKED = ["hs_task_subject", "hs_task_status", "hs_timestamp", "hs_task_body"]


@pytest.fixture
def hubspot() -> crmtasks.HubSpot:
    client: crmtasks.HubSpot = Sandbox(seed=5).hubspot()
    return client


def tasks_of_every_read(hubspot: crmtasks.HubSpot) -> dict[str, Any]:
    listed = list(hubspot.tasks.list(properties=ASKED))
    assert listed, "the sandbox holds tasks"
    first = listed[0]
    assert first.id is not None
    return {
        "list": first,
        "get": hubspot.tasks.get(first.id, properties=ASKED),
        "search": next(iter(hubspot.tasks.search(properties=ASKED))),
    }


@pytest.mark.parametrize("read", ["list", "get", "search"])
def test_properties_are_a_mapping_of_the_values_sent(hubspot: crmtasks.HubSpot, read: str) -> None:
    task = tasks_of_every_read(hubspot)[read]
    properties = task.properties
    sent: dict[str, Any] = task.raw["properties"]
    assert isinstance(properties, collections.abc.Mapping)
    assert isinstance(properties, collections.abc.MutableMapping)
    assert isinstance(properties, TaskProperties)
    subject = properties.get("hs_task_subject")
    assert isinstance(subject, str) and subject == sent["hs_task_subject"] == task.hs_task_subject
    assert properties.get("no_such_property") is None
    assert properties.get("no_such_property", "fallback") == "fallback"
    assert "hs_task_subject" in properties and "no_such_property" not in properties and 5 not in properties
    assert properties["hs_task_subject"] == subject
    with pytest.raises(KeyError):
        properties["no_such_property"]
    assert list(properties) == list(sent) and len(properties) == len(sent) > 1
    assert list(properties.keys()) == list(sent.keys())
    assert list(properties.values()) == list(sent.values())
    assert list(properties.items()) == list(sent.items())
    assert dict(properties) == sent and properties == sent and sent == properties
    assert properties != {**sent, "hs_task_subject": "other"}
    assert properties != [*sent]
    shown = repr(properties)
    assert shown.startswith("TaskProperties({") and repr(subject) in shown
    assert repr(subject) in repr(task)  # the task's repr shows its properties too


@pytest.mark.parametrize("read", ["list", "get", "search"])
def test_what_worked_before_still_does(hubspot: crmtasks.HubSpot, read: str) -> None:
    task = tasks_of_every_read(hubspot)[read]
    sent: dict[str, Any] = task.raw["properties"]
    assert task.properties.raw is sent and task.properties.additional_properties == sent
    assert task.properties.additional_keys == list(sent)
    assert task.properties.to_dict() == sent and task.to_dict()["properties"] == sent
    assert task.hs_task_status == sent["hs_task_status"]
    assert attrs.has(type(task.properties)) and attrs.has(type(task))


def test_changes_go_to_the_entries_and_to_dict() -> None:
    task = Task.from_dict({**hubspot_task("1"), "properties": {"hs_task_subject": "Call", "custom": "x"}})
    task.properties["hs_task_status"] = "COMPLETED"
    del task.properties["custom"]
    task.properties.update({"hs_task_priority": "HIGH"})
    assert task.properties == {"hs_task_subject": "Call", "hs_task_status": "COMPLETED", "hs_task_priority": "HIGH"}
    assert task.hs_task_status == "COMPLETED" and task.hs_task_priority == "HIGH"
    assert task.to_dict()["properties"] == task.properties
    assert task.raw["properties"] == {"hs_task_subject": "Call", "custom": "x"}  # raw stays as it came


def test_maps_compare_by_their_entries() -> None:
    one = TaskProperties.from_dict({"hs_task_subject": "Call"})
    assert one == TaskProperties.from_dict({"hs_task_subject": "Call"})
    assert one != TaskProperties.from_dict({"hs_task_subject": "Email"})
    assert one != TaskProperties.from_dict({})
    assert one == PropertyValues.from_dict({"hs_task_subject": "Call"})  # like dict == OrderedDict
    with pytest.raises(TypeError):
        hash(one)


@pytest.mark.parametrize("properties", [None, "oops", [1, 2]])
def test_properties_that_are_no_object_read_as_an_empty_map(properties: Any) -> None:
    task = Task.from_dict({**hubspot_task("1"), "properties": properties})
    assert isinstance(task.properties, TaskProperties) and task.properties == {} and len(task.properties) == 0
    assert task.properties.raw == properties and task.raw["properties"] == properties
    assert task.properties.get("hs_task_subject") is None and task.hs_task_subject is None
    assert repr(task.properties) == "TaskProperties({})"


def test_missing_properties_read_as_an_empty_map() -> None:
    answer = hubspot_task("1")
    del answer["properties"]
    task = Task.from_dict(answer)
    assert isinstance(task.properties, TaskProperties) and task.properties == {} and task.hs_timestamp is None


@pytest.mark.filterwarnings("ignore::crmtasks.ResponseValidationWarning")  # the lenient read's report
@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_properties_that_are_no_object_are_reported(flavour: str) -> None:
    answer = {**hubspot_task("1"), "properties": None}
    lenient = make_client("hubspot", flavour, MockAPI(answer))
    task = await settle(lenient.tasks.get("1"))
    assert isinstance(task, Task) and task.properties == {}
    strict = make_client("hubspot", flavour, MockAPI(answer), strict_responses=True)
    with pytest.raises(crmtasks.APIResponseValidationError, match=r"Task\.properties"):
        await settle(strict.tasks.get("1"))


def generated_models() -> list[type]:
    found: list[type] = []
    for package in ("crmtasks_keap", "crmtasks_apollo", "crmtasks_ysuite", "crmtasks_hubspot"):
        models = importlib.import_module(f"{package}.models")
        found += [cls for _, cls in inspect.getmembers(models, inspect.isclass) if attrs.has(cls)]
    return found


def test_every_map_model_is_a_mapping_and_no_other_model_is() -> None:
    maps: list[str] = []
    for cls in generated_models():
        declared = [f.name for f in attrs.fields(cls) if not f.name.startswith("_")]
        undeclared = hasattr(cls, "additional_properties")
        assert issubclass(cls, collections.abc.Mapping) == (undeclared and not declared), cls
        if not declared and undeclared:
            maps.append(cls.__name__)
            entries = cls.from_dict({"a": None})
            assert dict(entries) == {"a": None} and repr(entries) == f"{cls.__name__}({{'a': None}})"
    assert {"TaskProperties", "PropertyValues", "TaskPropertiesWithHistory", "ErrorLinks"} <= set(maps)


def test_mypy_strict_accepts_a_script_using_the_mapping() -> None:
    result = mypy(SCRIPT)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Success: no issues found in 1 source file" in output


def test_pyright_strict_accepts_a_script_using_the_mapping() -> None:
    result = pyright(SCRIPT)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "0 errors" in output and not errors_by_line(output, SCRIPT)
