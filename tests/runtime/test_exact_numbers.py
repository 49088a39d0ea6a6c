"""Integers of any size read exactly, with orjson too: in the models, in ``.raw``, and from ``json_body`` itself.

orjson reads an integer beyond 64 bits (above 2**64 - 1, below -2**63) as a float; the generated
``types.json_body`` reads a body that may hold one with the standard library instead.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import crmtasks_keap.models
import crmtasks_ysuite.models

from ..helpers import APIS, FLAVOURS, MockAPI, make_client, settle

orjson = pytest.importorskip(
    "orjson", reason="orjson is not installed (pip install crmtasks[fast]): json_body reads with json alone"
)

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("sleeps")]

BIG = 123456789012345678901234567  # 27 digits
# Every integer orjson reads as a float (so json_body must not give it orjson), and the edges it still holds.
BEYOND = [BIG, -BIG, 2**64, -(2**63) - 1, 10**20, -(10**19)]
WITHIN = [2**64 - 1, -(2**63), 10**19, 9_999_999_999_999_999_999, -999_999_999_999_999_999, 0, -1]


def json_body_of(api: str) -> Any:
    return importlib.import_module(f"crmtasks_{api}.types").json_body


def answer(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


def test_orjson_alone_would_lose_these_digits() -> None:
    """The premise: without json_body's care, these integers come back as floats."""
    for number in BEYOND:
        assert isinstance(orjson.loads(str(number)), float)
    for number in WITHIN:
        assert orjson.loads(str(number)) == number


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("number", BEYOND + WITHIN)
def test_json_body_reads_every_integer_exactly(api: str, number: int) -> None:
    body = json.dumps({"id": number, "nested": {"ids": [1, number]}, "ratio": 0.5, "name": "x"}).encode()
    decoded = json_body_of(api)(answer(body))
    assert decoded == {"id": number, "nested": {"ids": [1, number]}, "ratio": 0.5, "name": "x"}
    assert type(decoded["id"]) is int and type(decoded["nested"]["ids"][1]) is int
    assert type(decoded["ratio"]) is float


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(
    "text", ["1.5", "-0.25", "1e300", "2.5E-7", "123456789012345678901234567.5", "1234567890123456789012e3", "-0"]
)
def test_json_body_keeps_floats_floats(api: str, text: str) -> None:
    """A number with a fraction or an exponent stays a float (the value the standard library reads), big or not."""
    decoded = json_body_of(api)(answer(f'{{"n": {text}}}'.encode()))
    assert decoded == json.loads(f'{{"n": {text}}}')
    assert type(decoded["n"]) is type(json.loads(text))


def shared_types(api: str) -> Any:
    """crmtasks_common.types, which the API's types module re-exports (its json_body is that one)."""
    types = importlib.import_module("crmtasks_common.types")
    assert importlib.import_module(f"crmtasks_{api}.types").json_body is types.json_body
    return types


@pytest.mark.parametrize("api", APIS)
def test_json_body_reads_with_orjson_unless_an_integer_may_be_too_long(
    api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ordinary bodies (19-digit ids, dates, digits in strings) stay on orjson's fast path; the rest go to json."""
    types = shared_types(api)
    assert types._fast_loads is orjson.loads
    standard: list[bytes] = []
    real = json.loads

    def spying(content: Any, **options: Any) -> Any:
        standard.append(content)
        return real(content, **options)

    monkeypatch.setattr(types.json, "loads", spying)
    fast = [
        b'{"id": 9999999999999999999, "low": -999999999999999999}',  # 19 digits, a minus and 18: within 64 bits
        b'{"at": "2025-01-06T09:00:00.000Z", "ids": ["1234567890123456789", "6512a0f3c4b5d60001a1b2c3"]}',
        b'{"line": "-------------------------", "phone": "+1-512-555-0100-1234-5678"}',
        b"[1234567890123456789, 1234567890123456789]",
    ]
    for body in fast:
        assert types.json_body(answer(body)) == real(body)
    assert standard == []
    slow = [
        b"[12345678901234567890]",  # 20 digits: 2**64 and above are 20 digits too
        b"[-1234567890123456789]",  # a minus and 19 digits: -2**63 - 1 is one of them
        b'{"a": 1234567890123456789, "b": -1234567890123456789}',  # past a run of exactly 19, a signed one
        b'{"note": "ref 123456789012345678901"}',  # digits in a string: slower, still right
    ]
    for body in slow:
        assert types.json_body(answer(body)) == real(body)
    assert standard == slow


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.sampled_from([2**64 - 1, 2**64, -(2**63), -(2**63) - 1, 10**19 - 1, -(10**18) + 1])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet="0123456789-. a", max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=4), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(value=JSON_VALUES, indent=st.sampled_from([None, 1]))
def test_json_body_reads_as_the_standard_library_reads(value: Any, indent: int | None) -> None:
    """Whatever the numbers, json_body's value and types are the standard library's (orjson's, when they agree)."""
    body = json.dumps(value, indent=indent).encode()
    decoded = json_body_of("hubspot")(answer(body))
    assert json.dumps(decoded) == json.dumps(json.loads(body))


@pytest.mark.parametrize("api", APIS)
def test_json_body_without_orjson_reads_with_json(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    types = shared_types(api)
    monkeypatch.setattr(types, "_fast_loads", None)  # as when 'import orjson' fails
    assert types.json_body(answer(b'{"id": 12, "big": 123456789012345678901234567}')) == {"id": 12, "big": BIG}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_ysuite_answer_reads_its_big_integers_exactly(flavour: str) -> None:
    data = {
        "activity_id": BIG,
        "title": "Call back",
        "start_datetime": "2026-03-02T09:30:00",
        "cstid": -(2**63) - 1,
        "deal_id": 2**64,
        "tags": [2**64 - 1, -BIG],
        "score": 0.75,  # undeclared members keep their types too
        "external_id": -BIG,
    }
    mock = MockAPI({"success": True, "message": "", "data": data})
    task = await settle(make_client("ysuite", flavour, mock).tasks.get(31))
    assert isinstance(task, crmtasks_ysuite.models.Task)
    assert (task.activity_id, task.cstid, task.deal_id, task.tags) == (BIG, -(2**63) - 1, 2**64, [2**64 - 1, -BIG])
    assert task.raw == data and type(task.raw["activity_id"]) is int
    assert task["external_id"] == -BIG and type(task["score"]) is float


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_keap_listing_reads_big_integers_of_raw_exactly(flavour: str) -> None:
    tasks = [{"id": "1", "title": "Call", "legacy_id": BIG}, {"id": "2", "title": "Mail", "legacy_id": -(2**64)}]
    mock = MockAPI({"tasks": tasks, "next_page_token": ""})
    client = make_client("keap", flavour, mock)
    page = await settle(client.tasks.list().first_page())
    read = page.items
    assert page.response.raw["tasks"] == tasks  # the whole answer's JSON too
    assert all(isinstance(task, crmtasks_keap.models.Task) for task in read)
    assert [task.raw["legacy_id"] for task in read] == [BIG, -(2**64)]
    assert [task["legacy_id"] for task in read] == [BIG, -(2**64)]
    assert all(type(task.raw["legacy_id"]) is int for task in read)
