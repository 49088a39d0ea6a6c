"""The docstrings of the generated resource methods tell the truth, for every method of every API.

- ``Args:`` names exactly the method's parameters: none it lacks, every one it has;
- no paging parameter the paginator sets (``page_token``, ``after``, ``pageIndex``...) is named;
- a method answering a paginator says so and that it pages, never that it returns "one page";
- each filter keyword (x-filter, x-search) says which tasks it selects, not "Only items whose X is this".

The docs come from the specs' descriptions through generator/resources.py.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from crmtasks._registry import REGISTRY

ROOT = Path(__file__).resolve().parents[2]
APIS = [api.key for api in REGISTRY]
# What the filter docs said before they said what they select.
VACUOUS = [
    re.compile(r"\bOnly (items|tasks) whose\b"),
    re.compile(r"\bis (EQ|NEQ|LT|LTE|GT|GTE)\b"),
    re.compile(r"^\w+ whose \w+ is this\.$"),
]
CALL = re.compile(r"self\._(?:page|call|create_many)\(\s*operations\.(\w+)")


def _methods(api: str) -> Iterator[tuple[str, str, Callable[..., Any]]]:
    """(class name, method name, function) of every public method of the generated resources of ``api``."""
    module = importlib.import_module(f"crmtasks_{api}.resources")
    for class_name in module.__all__:
        cls = getattr(module, class_name)
        for name, member in vars(cls).items():
            if inspect.isfunction(member) and not name.startswith("_"):
                yield class_name, name, member


def _args(doc: str) -> dict[str, str]:
    """The ``Args:`` section: each name and its text (continuation lines joined)."""
    assert "\nArgs:\n" in doc, doc
    args: dict[str, str] = {}
    name = None
    for line in doc.split("\nArgs:\n", 1)[1].splitlines():
        entry = re.match(r"^    (\w+): (.*)$", line)
        if entry:
            name = entry[1]
            assert name not in args, f"{name} documented twice"
            args[name] = entry[2]
        elif line.startswith("        ") and name is not None:
            args[name] += " " + line.strip()
        elif line.strip():
            pytest.fail(f"unexpected line in Args: {line!r}")
    return args


def _operation(function: Callable[..., Any]) -> str:
    found = CALL.search(inspect.getsource(function))
    assert found, f"{function.__qualname__}: no operation sent"
    return found[1]


def _paging_names(api: str, operation_id: str) -> set[str]:
    """The names of the parameters the paginator sets on ``operation_id``: the spec's and the Python ones."""
    spec = yaml.safe_load((ROOT / "specs" / f"{api}.yaml").read_text())
    spec_data = importlib.import_module(f"crmtasks_{api}.spec_data")
    pagination = spec_data.OPERATIONS[operation_id].get("pagination")
    if pagination is None:
        return set()
    declared = next(
        op["x-pagination"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        and op.get("x-pagination")
        and re.sub(r"(?<!^)(?=[A-Z])", "_", op["operationId"]).lower() == operation_id
    )
    keys = ("page_param", "token_param", "page_size_param")
    return {declared[k] for k in keys if k in declared} | {pagination[k] for k in keys if k in pagination}  # type: ignore[literal-required]


CASES = [pytest.param(api, cls, name, fn, id=f"{api}.{cls}.{name}") for api in APIS for cls, name, fn in _methods(api)]


@pytest.mark.parametrize(("api", "class_name", "name", "function"), CASES)
def test_args_are_the_parameters(api: str, class_name: str, name: str, function: Callable[..., Any]) -> None:
    doc = inspect.getdoc(function) or ""
    parameters = [p for p in inspect.signature(function).parameters if p != "self"]
    documented = _args(doc)
    assert list(documented) == parameters, f"{api} {class_name}.{name}: Args {list(documented)} vs {parameters}"
    for arg, text in documented.items():
        assert text.strip(), f"{api} {class_name}.{name}: {arg} says nothing"


@pytest.mark.parametrize(("api", "class_name", "name", "function"), CASES)
def test_no_paging_parameter_the_paginator_sets(
    api: str, class_name: str, name: str, function: Callable[..., Any]
) -> None:
    doc = inspect.getdoc(function) or ""
    parameters = set(inspect.signature(function).parameters)
    for paging in _paging_names(api, _operation(function)) - parameters:
        assert f"`{paging}`" not in doc, f"{api} {class_name}.{name} names {paging}"
        if "_" in paging or not paging.islower():  # an identifier, no English word: not even bare
            assert not re.search(rf"\b{re.escape(paging)}\b", doc), f"{api} {class_name}.{name} names {paging}"


@pytest.mark.parametrize(("api", "class_name", "name", "function"), CASES)
def test_paginators_say_they_page(api: str, class_name: str, name: str, function: Callable[..., Any]) -> None:
    doc = inspect.getdoc(function) or ""
    returns = str(inspect.signature(function).return_annotation)
    if "Paginator[" not in returns:
        return
    assert "one page" not in doc.lower(), f"{api} {class_name}.{name} answers a paginator, not one page"
    assert "paginator" in doc and "page by page" in doc, f"{api} {class_name}.{name} does not say it pages"


@pytest.mark.parametrize(("api", "class_name", "name", "function"), CASES)
def test_filters_say_what_they_select(api: str, class_name: str, name: str, function: Callable[..., Any]) -> None:
    doc = inspect.getdoc(function) or ""
    for pattern in VACUOUS[:2]:
        assert not pattern.search(doc), f"{api} {class_name}.{name}: {pattern.pattern}"
    spec_data = importlib.import_module(f"crmtasks_{api}.spec_data")
    operation = spec_data.OPERATIONS[_operation(function)]
    keys = {**operation.get("filter", {}).get("keys", {}), **operation.get("search", {}).get("keys", {})}
    documented = _args(doc)
    for key in keys:
        if key not in documented:
            assert name == "create_many", f"{api} {class_name}.{name}: filter {key} undocumented"
            continue
        text = documented[key]
        for pattern in VACUOUS:
            assert not pattern.search(text), f"{api} {class_name}.{name}: {key}: {text!r}"
        assert re.search(r"\btasks?\b", text, re.IGNORECASE), f"{api} {class_name}.{name}: {key}: {text!r}"


def test_every_api_has_filters_and_paginators_checked() -> None:
    """The rules above bite: some methods answer paginators, some take filter keywords."""
    paged = [
        n for api in APIS for _, n, f in _methods(api) if "Paginator[" in str(inspect.signature(f).return_annotation)
    ]
    assert len(paged) == 2 * 5  # list or search, sync and async: keap, apollo, ysuite, hubspot (list, search)
    filtered = [
        key
        for api in APIS
        for op in importlib.import_module(f"crmtasks_{api}.spec_data").OPERATIONS.values()
        for key in {**op.get("filter", {}).get("keys", {}), **op.get("search", {}).get("keys", {})}
    ]
    assert len(filtered) > 40
