"""A neutral, fast HTTP/1.1 server of pre-encoded task pages, for the list benchmarks of bench/bench.py.

    python bench/fastserver.py --tasks 20000 [--port 0] [--seed 0]

prints ``fastserver listening on http://127.0.0.1:PORT`` once every page is encoded, then serves the
four list operations, answering as the sandbox (wrapper/crmtasks/sandbox) does:

- Keap:   GET  /keap/v2/tasks?page_size=N&page_token=T -> {"tasks": [...], "next_page_token": "..."}
  (empty token on the last page; also under /keap/rest/v2/tasks, the official SDK's path)
- Apollo: POST /apollo/api/v1/tasks/search?page=P&per_page=N&open_factor_names[]=task_types -> tasks,
  breadcrumbs, pagination, faceting (the spec puts the options in the query; a JSON body is read too)
- ySuite: GET  /ysuite/v1/tasks?pageSize=N&pageIndex=I -> {"success": true, "data": {"data": [...], ...}}
- HubSpot: GET /hubspot/crm/v3/objects/tasks?limit=N&after=T -> {"results": [...], "paging": {"next": {"after": ...}}}
  (no paging member on the last page, as HubSpot answers)

Why not the sandbox: it builds every page in Python for every request (~22,000 tasks/s), so a client
timed against it mostly times the sandbox. Here each answer (status line, headers and JSON body) is one
bytes object made before the server listens, for each API's largest page size; serving it is a dict
lookup and one ``sendall``. Other page sizes are encoded on their first request and kept. Nothing is
checked (credentials, filters, sorting): every request lists every task.

Tasks are the same on every run (one seeded ``random.Random`` per API) and carry every property of
their spec's task schema, nested account and contact included (but for the members a listing never
carries, NOT_LISTED); the first line printed says so, or names what the builders below miss since a
spec changed.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import datetime as dt
import json
import math
import random
import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

SPECS = Path(__file__).resolve().parent.parent / "specs"
JSON = dict[str, Any]
Query = dict[str, list[str]]

# -- tasks -------------------------------------------------------------------------------------------

_BASE = dt.datetime(2025, 1, 6, 9, 0, tzinfo=dt.UTC)  # the sandbox's starting clock
_FIRST = ["Sarah", "Ravi", "Ana", "Tom", "Mei", "Omar", "Lena", "Jorge"]
_LAST = ["Lee", "Patel", "Souza", "Becker", "Chen", "Haddad", "Novak", "Garcia"]
_COMPANIES = [("Globex", "globex.example"), ("Initech", "initech.example"), ("Umbrella", "umbrella.example")]
_JOBS = ["VP Sales", "Head of Operations", "CTO", "Procurement Manager", "Marketing Director"]
_CITIES = ["Austin, Texas, United States", "Lisbon, Portugal", "Berlin, Germany", "Toronto, Canada"]
_KEAP_TITLES = ["Call back", "Send proposal to", "Follow up with", "Book a demo for", "Renewal check-in with"]
_KEAP_TYPES = ["Call", "Email", "Appointment", "Fax", "Letter", "Other"]
_YSUITE_TITLES = ["Follow up with", "Call", "Send the quote to", "Check in with", "Plan the onboarding for"]
_NOTES = [None, "Ask about the renewal", "Share the case study", "Confirm the budget owner before the demo"]
_HUBSPOT_SUBJECTS = ["Call back", "Send the proposal to", "Follow up with", "Book a demo for", "Check in with"]
_HUBSPOT_FIRST_ID = 95_036_423_081  # the sandbox's first HubSpot task id
_HUBSPOT_OWNERS = ["52364819", "52364820", "52364821", "61870042"]


def _iso(moment: dt.datetime) -> str:
    """As the sandbox writes instants: ISO 8601 in UTC, milliseconds, ``Z``."""
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _moment(rng: random.Random, first_day: int, last_day: int) -> dt.datetime:
    return _BASE + dt.timedelta(days=rng.randint(first_day, last_day), minutes=rng.randint(0, 600))


def _hex_id(rng: random.Random) -> str:
    """An Apollo (MongoDB-style) id: 24 hex digits."""
    return f"{rng.getrandbits(96):024x}"


def _maybe(rng: random.Random, chance: float, value: Any) -> Any:
    """``value`` with probability ``chance``, else null: most CRM sync fields are empty on most records."""
    return value if rng.random() < chance else None


def keap_task(index: int, rng: random.Random) -> JSON:
    """One task of specs/keap.yaml's Task (completion_time only on completed tasks, as Keap answers)."""
    due = _moment(rng, -10, 30)
    created = _moment(rng, -90, -11)
    completed = rng.random() < 0.3
    task: JSON = {
        "id": str(index + 1),
        "title": f"{rng.choice(_KEAP_TITLES)} {rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "description": "Seeded by the crmtasks fast server; ask about the volume discount we discussed.",
        "type": rng.choice(_KEAP_TYPES),
        "priority": rng.choice(["CRITICAL", "ESSENTIAL", "NONESSENTIAL"]),
        "completed": completed,
        "due_time": _iso(due),
        "remind_time_mins": rng.choice([5, 10, 15, 30, 60, 120, 240, 480, 1440, 2880]),
        "assigned_to_user_id": str(rng.randint(1, 5)),
        "contact_id": str(rng.randint(100, 140)),
        "opportunity_id": str(rng.randint(10, 60)),
        "accepted": rng.random() < 0.5,
        "custom_fields": [{"id": "12", "content": rng.choice(["West", "East"])}, {"id": "14", "content": index % 7}],
        "create_time": _iso(created),
        "modification_time": _iso(created + dt.timedelta(hours=rng.randint(1, 48))),
        "created_by_user_id": "1",
        "last_updated_by_user_id": str(rng.randint(1, 5)),
    }
    if completed:
        task["completion_time"] = _iso(due)
    return task


def apollo_task(index: int, rng: random.Random) -> JSON:
    """One task of specs/apollo.yaml's Task, with its account and contact embedded."""
    kind = rng.choice(
        ["call", "outreach_manual_email", "linkedin_step_connect", "linkedin_step_message", "action_item"]
    )
    status = rng.choices(["scheduled", "completed", "skipped"], weights=[6, 3, 1])[0]
    due, created = _moment(rng, -10, 30), _moment(rng, -120, -11)
    account, contact = _apollo_account(rng), _apollo_contact(rng)
    contact["account_id"] = account["id"]
    return {
        "id": _hex_id(rng),
        "user_id": rng.choice(["6512a0f3c4b5d60001a1b2c3", "6512a0f3c4b5d60001a1b2c4"]),
        "emailer_campaign_id": _maybe(rng, 0.4, _hex_id(rng)),
        "created_at": _iso(created),
        "completed_at": _iso(due) if status == "completed" else None,
        "skipped_at": _iso(due) if status == "skipped" else None,
        "due_at": _iso(due),
        "note": rng.choice(_NOTES),
        "type": kind,
        "priority": rng.choice(["high", "medium", "low"]),
        "status": status,
        "answered": rng.random() < 0.5 if kind == "call" and status == "completed" else None,
        "contact_id": contact["id"],
        "person_id": contact["person_id"],
        "account_id": account["id"],
        "organization_id": account["organization_id"],
        "persona_ids": [_hex_id(rng)],
        "subject": f"Quick question about {account['name']}'s renewal",
        "created_from": rng.choice(["zp_ui", "api", "emailer_campaign"]),
        "salesforce_type": "Call" if kind == "call" else None,
        "playbook_step_ids": [],
        "playbook_id": None,
        "needs_playbook_autoprospecting": None,
        "starred_by_user_ids": [],
        "salesforce_id": _maybe(rng, 0.3, f"00T5e00000{index:08d}"),
        "hubspot_id": None,
        "title": _maybe(rng, 0.6, f"{kind.replace('_', ' ').capitalize()}: {contact['name']}"),
        "opportunity_id": _maybe(rng, 0.3, _hex_id(rng)),
        "creator_id": "6512a0f3c4b5d60001a1b2c3",
        "rule_config_id": _maybe(rng, 0.2, _hex_id(rng)),
        "call_script": "Ask about the renewal date and the budget holder." if kind == "call" else None,
        "completed": status == "completed",
        "completed_by_user_id": "6512a0f3c4b5d60001a1b2c3" if status == "completed" else None,
        "deleted": False,
        "relevant_fields": _maybe(rng, 0.3, ["title", "seniority"]),
        "account": account,
        "contact": contact,
    }


def _apollo_account(rng: random.Random) -> JSON:
    name, domain = rng.choice(_COMPANIES)
    account_id = _hex_id(rng)
    return {
        "id": account_id,
        "domain": domain,
        "name": name,
        "team_id": "6095a710bd01d100a506d4ac",
        "typed_custom_fields": {"60c39ed82bd02f01154c470a": rng.choice(["Enterprise", "Mid-market"])},
        "organization_id": _hex_id(rng),
        "account_stage_id": "6095a710bd01d100a506d4b9",
        "source": rng.choice(["salesforce", "csv_import", "deployment"]),
        "original_source": "salesforce",
        "owner_id": "6512a0f3c4b5d60001a1b2c3",
        "created_at": _iso(_moment(rng, -900, -200)),
        "phone": "+1 415-555-0134",
        "phone_status": "no_status",
        "test_predictive_score": None,
        "hubspot_id": None,
        "salesforce_id": _maybe(rng, 0.5, "0015e00000ABCdeQAF"),
        "crm_owner_id": _maybe(rng, 0.5, "0055e000004XyZ1AAK"),
        "parent_account_id": None,
        "sanitized_phone": "+14155550134",
        "account_playbook_statuses": [],
        "existence_level": "full",
        "label_ids": [_hex_id(rng)],
        "modality": "account",
        "salesforce_record_url": _maybe(rng, 0.5, f"https://globex.my.salesforce.com/{account_id[:18]}"),
        "persona_counts": {},
    }


def _apollo_contact(rng: random.Random) -> JSON:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    company, domain = rng.choice(_COMPANIES)
    contact_id, slug = _hex_id(rng), f"{first.lower()}-{last.lower()}-{rng.randint(1000, 9999)}"
    return {
        "id": contact_id,
        "first_name": first,
        "last_name": last,
        "name": f"{first} {last}",
        "linkedin_url": f"http://www.linkedin.com/in/{slug}",
        "title": rng.choice(_JOBS),
        "contact_stage_id": "6095a710bd01d100a506d4ae",
        "owner_id": "6512a0f3c4b5d60001a1b2c3",
        "person_id": _hex_id(rng),
        "email_needs_tickling": None,
        "organization_name": company,
        "source": "crm",
        "original_source": "salesforce_contact",
        "organization_id": _hex_id(rng),
        "headline": f"{rng.choice(_JOBS)} at {company}",
        "photo_url": f"https://media.licdn.com/dms/image/{slug}/profile-displayphoto-shrink_200_200/0",
        "present_raw_address": rng.choice(_CITIES),
        "linkedin_uid": str(rng.randint(10**7, 10**8)),
        "extrapolated_email_confidence": None,
        "salesforce_id": _maybe(rng, 0.5, "0035e00000XyZ12AAB"),
        "salesforce_lead_id": None,
        "salesforce_contact_id": _maybe(rng, 0.5, "0035e00000XyZ12AAB"),
        "salesforce_account_id": _maybe(rng, 0.5, "0015e00000ABCdeQAF"),
        "crm_owner_id": _maybe(rng, 0.5, "0055e000004XyZ1AAK"),
        "created_at": _iso(_moment(rng, -600, -100)),
        "test_predictive_score": None,
        "emailer_campaign_ids": [_hex_id(rng)],
        "email_manually_changed": False,
        "direct_dial_status": None,
        "direct_dial_enrichment_failed_at": None,
        "email_status": rng.choice(["verified", "unavailable", "extrapolated"]),
        "account_id": None,  # the task's account, set by apollo_task
        "last_activity_date": _iso(_moment(rng, -60, -1)),
        "hubspot_vid": None,
        "hubspot_company_id": None,
        "sanitized_phone": "+14155550187",
        "merged_crm_ids": [],
        "typed_custom_fields": {},
        "updated_at": _iso(_moment(rng, -30, -1)),
        "queued_for_crm_push": False,
        "suggested_from_rule_engine_config_id": None,
        "email_unsubscribed": False,
        "label_ids": [],
        "has_pending_email_arcgate_request": False,
        "has_email_arcgate_request": False,
        "existence_level": "full",
        "email": f"{first.lower()}.{last.lower()}@{domain}",
        "salesforce_record_url": None,
        "outreach_id": None,
        "outreach_url": None,
        "salesloft_id": None,
        "salesloft_url": None,
        "phone_numbers": [
            {
                "raw_number": "(415) 555-0187",
                "sanitized_number": "+14155550187",
                "type": rng.choice(["mobile", "work_direct", "other"]),
                "position": 0,
                "status": "no_status",
            }
        ],
        "account_phone_note": None,
    }


def ysuite_task(index: int, rng: random.Random) -> JSON:
    """One task of specs/ysuite.yaml's Task (local date-times, no zone)."""
    begins = (_BASE + dt.timedelta(days=rng.randint(-15, 45), hours=rng.randint(0, 8))).replace(tzinfo=None)
    deal = _maybe(rng, 0.4, rng.randint(1, 300))
    return {
        "activity_id": index + 1,
        "title": f"{rng.choice(_YSUITE_TITLES)} {rng.choice(_FIRST)}",
        "activity_type": "Task",
        "status": rng.randint(0, 4),
        "priority": rng.randint(0, 4),
        "start_datetime": begins.strftime("%Y-%m-%dT%H:%M:%S"),
        "end_datetime": _maybe(rng, 0.8, (begins + dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S")),
        "description": rng.choice([None, "Seeded by the crmtasks fast server.", "Bring the signed quote."]),
        "cstid": rng.randint(1, 50) if deal is None or rng.random() < 0.5 else None,  # a contact, a deal or both
        "deal_id": deal,
        "assigned_user_id": _maybe(rng, 0.9, rng.randint(1, 5)),
        "tags": rng.sample(range(1, 20), rng.randint(0, 3)),
    }


def hubspot_task(index: int, rng: random.Random) -> JSON:
    """One task of specs/hubspot.yaml's Task: string properties, as a listing asking for the task properties has them.

    The standard task properties (``null`` where the task has no value, as HubSpot answers a property asked
    for) and HubSpot's read-only hs_createdate, hs_lastmodifieddate and hs_object_id.
    """
    task_id = str(_HUBSPOT_FIRST_ID + index)
    created = _moment(rng, -90, -11)
    modified = _iso(created + dt.timedelta(hours=rng.randint(1, 48)))
    due = _moment(rng, -10, 30)
    reminder = int((due - dt.timedelta(minutes=rng.choice([15, 60, 1440]))).timestamp() * 1000)
    properties = {
        "hs_task_subject": f"{rng.choice(_HUBSPOT_SUBJECTS)} {rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "hs_task_body": rng.choice(_NOTES),
        "hs_task_status": rng.choices(
            ["NOT_STARTED", "IN_PROGRESS", "WAITING", "DEFERRED", "COMPLETED"], [5, 2, 1, 1, 3]
        )[0],
        "hs_task_priority": rng.choice(["LOW", "MEDIUM", "HIGH"]),
        "hs_task_type": rng.choice(["EMAIL", "CALL", "TODO"]),
        "hs_timestamp": _iso(due),
        "hubspot_owner_id": rng.choice(_HUBSPOT_OWNERS),
        "hs_task_reminders": _maybe(rng, 0.3, str(reminder)),  # epoch milliseconds, as the spec's encoding says
        "hs_createdate": _iso(created),
        "hs_lastmodifieddate": modified,
        "hs_object_id": task_id,
    }
    return {
        "id": task_id,
        "properties": properties,
        "createdAt": _iso(created),
        "updatedAt": modified,
        "archived": False,
    }


BUILDERS: dict[str, Callable[[int, random.Random], JSON]] = {
    "keap": keap_task,
    "apollo": apollo_task,
    "ysuite": ysuite_task,
    "hubspot": hubspot_task,
}
TASK_SCHEMA = {"keap": "Task", "apollo": "Task", "ysuite": "Task", "hubspot": "Task"}
# Members of a task schema that no listing carries, so not missed when absent: HubSpot answers a task's
# history and associations only when asked for them, archivedAt only on archived tasks (which a listing leaves
# out) and objectWriteTraceId only in batch answers.
NOT_LISTED = {"hubspot": frozenset({"propertiesWithHistory", "associations", "archivedAt", "objectWriteTraceId"})}


def generate(api: str, count: int, seed: int = 0) -> Iterator[JSON]:
    """The ``count`` tasks of ``api``, the same on every run for a given seed."""
    rng = random.Random(f"{api}:{seed}")
    for index in range(count):
        yield BUILDERS[api](index, rng)


# -- checking the tasks against the specs ------------------------------------------------------------


def _properties(spec: JSON, schema: JSON) -> dict[str, JSON]:
    """A schema's properties, following $ref and allOf."""
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    found = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        found.update(_properties(spec, part))
    return found


def check_against_spec(api: str, tasks: list[JSON]) -> list[str]:
    """How ``tasks`` differ from the spec's task schema: every property used, no other, at every level."""
    spec = yaml.safe_load((SPECS / f"{api}.yaml").read_text())
    schema = {"$ref": f"#/components/schemas/{TASK_SCHEMA[api]}"}
    return _check_objects(spec, schema, tasks, f"{api} {TASK_SCHEMA[api]}", NOT_LISTED.get(api, frozenset()))


def _check_objects(
    spec: JSON, schema: JSON, objects: list[JSON], where: str, not_listed: frozenset[str] = frozenset()
) -> list[str]:
    properties = _properties(spec, schema)
    if not properties:  # a free-form map (typed_custom_fields, HubSpot's properties): any keys
        return []
    problems = []
    used = {key for obj in objects for key in obj}
    if missing := sorted(set(properties) - used - not_listed):
        problems.append(f"{where} lacks {', '.join(missing)}")
    if extra := sorted(used - set(properties)):
        problems.append(f"{where} has undeclared {', '.join(extra)}")
    for name, prop in properties.items():
        values = [obj[name] for obj in objects if obj.get(name) is not None]
        nested = [v for value in values for v in (value if isinstance(value, list) else [value])]
        if nested and all(isinstance(v, dict) for v in nested):
            problems += _check_objects(spec, prop.get("items", prop), nested, f"{where}.{name}")
    return problems


# -- pages -------------------------------------------------------------------------------------------


def encode(value: Any) -> bytes:
    """Compact JSON, as the sandbox writes it."""
    return json.dumps(value, separators=(",", ":")).encode()


def http_response(content: bytes, status: str = "200 OK") -> bytes:
    """A whole HTTP/1.1 answer with its Content-Length."""
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(content)}\r\n\r\n"
    return head.encode() + content


KEAP_TASK = "/keap/v2/tasks/"  # GET /keap/v2/tasks/{id}: the first Keap task, for the per-request benchmark
NOT_FOUND = http_response(encode({"message": "no such route on the fast server"}), "404 Not Found")
BAD_REQUEST = http_response(encode({"message": "bad page parameters"}), "400 Bad Request")
_HOLE = "\x00items\x00"  # stands for a page's items in its envelope until the encoded items are spliced in


def splice(envelope: JSON, items: list[bytes]) -> bytes:
    """The envelope's JSON, with the string _HOLE replaced by the JSON array of the already-encoded items."""
    return encode(envelope).replace(encode(_HOLE), b"[" + b",".join(items) + b"]", 1)


def _number(query: Query, name: str, default: int) -> int:
    values = query.get(name)
    return int(values[0]) if values and values[0] else default


class Pages:
    """Every answer of one API's list operation, encoded once per (page size, page) and then reused.

    Each task is generated and encoded once; a page is its envelope with the encoded tasks spliced in.
    """

    page_size_max = 100

    def __init__(self, api: str, count: int, seed: int) -> None:
        self.api = api
        self.count = count
        self.sample: list[JSON] = []  # the first tasks, checked against the spec
        self.items: list[bytes] = []
        for task in generate(api, count, seed):
            self.note(task)
            if len(self.sample) < 200:
                self.sample.append(task)
            self.items.append(encode(task))
        self._cache: dict[tuple[Any, ...], bytes] = {}
        self._lock = threading.Lock()

    def note(self, task: JSON) -> None:
        """See each task once as it is generated (Apollo counts its facets here)."""

    def encode_all(self) -> int:
        """Encode every page at the API's largest page size (what the benchmarks ask for); returns the bytes."""
        for key in self.keys(self.page_size_max):
            self.answer_for(key)
        return sum(len(answer) for answer in self._cache.values())

    def answer_for(self, key: tuple[Any, ...]) -> bytes:
        answer = self._cache.get(key)
        if answer is None:
            answer = http_response(self.body(key))
            with self._lock:
                self._cache[key] = answer
        return answer

    def answer(self, query: Query, body: bytes) -> bytes:
        raise NotImplementedError

    def keys(self, size: int) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def body(self, key: tuple[Any, ...]) -> bytes:
        raise NotImplementedError


class TokenPages(Pages):
    """Pages by cursor: the token names the next offset, in the sandbox's format; none after the last page."""

    fingerprint = ""  # what the sandbox's token says of the query (its filters), the same for every listing here

    def keys(self, size: int) -> list[tuple[Any, ...]]:
        return [(size, offset) for offset in range(0, max(self.count, 1), size)]

    def offset(self, token: str) -> int:
        return read_token(token) if token else 0

    def next_token(self, key: tuple[Any, ...]) -> str:
        """The next page's token, or "" after the last page."""
        size, offset = key
        return make_token(offset + size, self.fingerprint) if offset + size < self.count else ""

    def page_items(self, key: tuple[Any, ...]) -> list[bytes]:
        size, offset = key
        return self.items[offset : offset + size]


class KeapPages(TokenPages):
    """Keap's token pages: next_page_token is empty on the last page, as the sandbox answers."""

    page_size_max = 1000
    fingerprint = "None|None"  # filter|order_by

    def answer(self, query: Query, body: bytes) -> bytes:
        size = _number(query, "page_size", 0) or self.page_size_max  # 0 or absent: the largest page
        return self.answer_for((size, self.offset((query.get("page_token") or [""])[0])))

    def body(self, key: tuple[Any, ...]) -> bytes:
        return splice({"tasks": _HOLE, "next_page_token": self.next_token(key)}, self.page_items(key))


class HubSpotPages(TokenPages):
    """HubSpot's cursor pages (``after``, 10 tasks by default, at most 100): no paging member on the last page."""

    fingerprint = "{}"  # the sandbox's: the query's other parameters, none here

    def answer(self, query: Query, body: bytes) -> bytes:
        return self.answer_for((_number(query, "limit", 10), self.offset((query.get("after") or [""])[0])))

    def body(self, key: tuple[Any, ...]) -> bytes:
        envelope: JSON = {"results": _HOLE}
        if after := self.next_token(key):
            envelope["paging"] = {"next": {"after": after, "link": f"/crm/v3/objects/tasks?after={after}"}}
        return splice(envelope, self.page_items(key))


def make_token(offset: int, fingerprint: str) -> str:
    """The sandbox's token format (base64 of [offset, what the query filters]), so the bytes look alike."""
    return base64.urlsafe_b64encode(json.dumps([offset, fingerprint]).encode()).decode().rstrip("=")


def read_token(token: str) -> int:
    offset: int = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))[0]
    return offset


class ApolloPages(Pages):
    """Numbered pages from 1, at most 50,000 tasks reachable, facets over the whole result (as the sandbox)."""

    max_results = 50_000

    def __init__(self, api: str, count: int, seed: int) -> None:
        self.kinds: Counter[str] = Counter()
        super().__init__(api, count, seed)

    def note(self, task: JSON) -> None:
        self.kinds[task["type"]] += 1

    def keys(self, size: int) -> list[tuple[Any, ...]]:
        return [(size, page, True) for page in range(1, math.ceil(self.count / size) + 1)]

    def answer(self, query: Query, body: bytes) -> bytes:
        options: JSON = json.loads(body) if body.strip() else {}  # the brief's JSON body, if a client sends one
        page = int(options.get("page") or _number(query, "page", 1))
        size = int(options.get("per_page") or _number(query, "per_page", self.page_size_max))
        facets = "task_types" in (options.get("open_factor_names") or query.get("open_factor_names[]") or [])
        return self.answer_for((size, page, facets))

    def body(self, key: tuple[Any, ...]) -> bytes:
        size, page, facets = key
        start = (page - 1) * size
        faceting: JSON = {"total_facets": [{"value": "pipeline_total", "display_name": "Total", "count": self.count}]}
        if facets:
            faceting["task_types"] = [
                {"value": kind, "display_name": kind.replace("_", " ").title(), "count": number}
                for kind, number in sorted(self.kinds.items())
            ]
        envelope = {
            "tasks": _HOLE,
            "breadcrumbs": [],
            "pagination": {
                "page": page,
                "per_page": size,
                "total_entries": self.count,
                "total_pages": math.ceil(self.count / size),
            },
            "faceting": faceting,
            "pipeline_total": self.count,
            "num_fetch_result": None,
        }
        return splice(envelope, self.items[start : min(start + size, self.max_results)])


class YSuitePages(Pages):
    """Pages indexed from 0 in the request and numbered from 1 in the answer, inside the success envelope."""

    def keys(self, size: int) -> list[tuple[Any, ...]]:
        return [(size, index) for index in range(math.ceil(self.count / size))]

    def answer(self, query: Query, body: bytes) -> bytes:
        return self.answer_for((_number(query, "pageSize", 10), _number(query, "pageIndex", 0)))

    def body(self, key: tuple[Any, ...]) -> bytes:
        size, index = key
        page = {
            "data": _HOLE,
            "current_page": index + 1,
            "total_records": self.count,
            "total_pages": math.ceil(self.count / size),
        }
        return splice({"success": True, "data": page}, self.items[index * size : (index + 1) * size])


# -- serving -----------------------------------------------------------------------------------------


class FastServer:
    """Routes a request to its pre-encoded answer; one thread per kept-alive connection."""

    def __init__(self, count: int, seed: int) -> None:
        self.keap = KeapPages("keap", count, seed)
        self.apollo = ApolloPages("apollo", count, seed)
        self.ysuite = YSuitePages("ysuite", count, seed)
        self.hubspot = HubSpotPages("hubspot", count, seed)
        self.routes: dict[tuple[str, str], Pages] = {
            ("GET", "/keap/v2/tasks"): self.keap,
            ("GET", "/keap/rest/v2/tasks"): self.keap,  # the official SDK puts /rest before /v2
            ("POST", "/apollo/api/v1/tasks/search"): self.apollo,
            ("GET", "/ysuite/v1/tasks"): self.ysuite,
            ("GET", "/hubspot/crm/v3/objects/tasks"): self.hubspot,
        }
        self.one_keap_task = http_response(self.keap.items[0])

    def prepare(self) -> tuple[int, list[str]]:
        """Encode every default page and check a sample of tasks against the specs: (bytes, differences)."""
        every = (self.keap, self.apollo, self.ysuite, self.hubspot)
        problems = [problem for pages in every for problem in check_against_spec(pages.api, pages.sample)]
        return sum(pages.encode_all() for pages in every), problems

    def answer(self, method: str, target: str, body: bytes) -> bytes:
        url = urlsplit(target)
        if method == "GET" and url.path.startswith(KEAP_TASK):  # one task, the same whatever its id
            return self.one_keap_task
        pages = self.routes.get((method, url.path))
        if pages is None:
            return NOT_FOUND
        try:
            return pages.answer(parse_qs(url.query), body)
        except (ValueError, TypeError, IndexError):
            return BAD_REQUEST

    def serve(self, listener: socket.socket) -> None:
        while True:
            conn, _ = listener.accept()
            # Without TCP_NODELAY, the short last segment of an answer can wait for the client's delayed
            # ACK (~40 ms) on a kept-alive connection: the benchmark would time Nagle, not the clients.
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        """HTTP/1.1 keep-alive: answer requests in order until the client closes or asks to."""
        # A client that goes away mid-answer (a worker that exits) ends its own connection, nothing more.
        with conn, conn.makefile("rb") as reader, contextlib.suppress(OSError):
            while request_line := reader.readline():
                method, target, version = request_line.decode("latin-1").split()
                headers = {}
                while (line := reader.readline()) not in (b"\r\n", b"\n", b""):
                    name, _, value = line.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = reader.read(int(headers.get("content-length") or 0))
                conn.sendall(self.answer(method, target, body))
                if headers.get("connection", "").lower() == "close" or version == "HTTP/1.0":
                    return


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--tasks", type=int, default=20_000, help="tasks per API")
    cli.add_argument("--port", type=int, default=0, help="0 picks a free port")
    cli.add_argument("--seed", type=int, default=0, help="another seed gives other (equally sized) tasks")
    args = cli.parse_args()
    server = FastServer(args.tasks, args.seed)
    encoded, problems = server.prepare()
    listener = socket.create_server(("127.0.0.1", args.port), backlog=64)
    host, port = listener.getsockname()[:2]
    # A spec that moved on is reported, not fatal: the pages stay useful while the builders catch up.
    conformance = "tasks have every spec property" if not problems else "SPEC DRIFT: " + "; ".join(problems)
    print(f"fastserver: {args.tasks} tasks per API, {encoded / 2**20:.1f} MiB pre-encoded; {conformance}", flush=True)
    print(f"fastserver listening on http://{host}:{port}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C when run by hand; the benchmarks terminate it
        server.serve(listener)


if __name__ == "__main__":
    main()
