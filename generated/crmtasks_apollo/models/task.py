from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks import _reading
from crmtasks._reading import parse_date_time

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..models.task_type import TaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "account",
        "account_id",
        "answered",
        "call_script",
        "completed",
        "completed_at",
        "completed_by_user_id",
        "contact",
        "contact_id",
        "created_at",
        "created_from",
        "creator_id",
        "deleted",
        "due_at",
        "emailer_campaign_id",
        "hubspot_id",
        "needs_playbook_autoprospecting",
        "note",
        "opportunity_id",
        "organization_id",
        "person_id",
        "persona_ids",
        "playbook_id",
        "playbook_step_ids",
        "priority",
        "relevant_fields",
        "rule_config_id",
        "salesforce_id",
        "salesforce_type",
        "skipped_at",
        "starred_by_user_ids",
        "status",
        "subject",
        "title",
        "type",
        "user_id",
    }
)


@_attrs_define
class Task:
    """A task as returned by Apollo, with its account and contact embedded.

    Attributes:
        id (str | None): Apollo id of the task.
        account (Account | None | Unset): The account the task relates to.
        account_id (str | None | Unset): Id of the account the contact belongs to.
        answered (bool | None | Unset): For call tasks, whether the call was answered; null otherwise.
        call_script (str | None | Unset): Call script or talking points of a call task.
        completed (bool | None | Unset): Whether the task counts as completed (given in the answer of skip, where it is
            false). Example: False.
        completed_at (datetime.datetime | str | None | Unset): When the task was completed; null while it is open.
        completed_by_user_id (str | None | Unset): Id of the user who completed the task, once completed.
        contact (Contact | None | Unset): The contact the task is about.
        contact_id (str | None | Unset): Id of the contact the task is about.
        created_at (datetime.datetime | str | None | Unset): When the task was created.
        created_from (str | None | Unset): Where the task was created, for example `zp_ui` for the Apollo web app.
        creator_id (str | None | Unset): Id of the Apollo user who created the task.
        deleted (bool | None | Unset): True in the answer of complete or skip when the task no longer
            exists (a paused sequence removes its tasks); that answer holds
            only `id` besides. crmtasks raises
            `crmtasks.apollo.TaskDeletedError` for it.
             Example: False.
        due_at (datetime.datetime | str | None | Unset): When the task is due.
        emailer_campaign_id (str | None | Unset): Id of the sequence that generated the task, if any.
        hubspot_id (str | None | Unset): Id of the synced HubSpot record, if any.
        needs_playbook_autoprospecting (bool | None | Unset): Internal playbook flag; usually null.
        note (str | None | Unset): Free text attached to the task.
        opportunity_id (str | None | Unset): Id of the deal the task belongs to, if any.
        organization_id (str | None | Unset): Id of the matching organization in Apollo's database, if linked.
        person_id (str | None | Unset): Id of the matching person in Apollo's database, if linked.
        persona_ids (list[str | None] | None | Unset): Ids of the buyer personas associated with the task.
        playbook_id (str | None | Unset): Id of the playbook linked to the task, if any.
        playbook_step_ids (list[str | None] | None | Unset): Ids of the playbook steps linked to the task.
        priority (TaskPriority | str | None | Unset): How urgent a task is.
        relevant_fields (list[str | None] | None | Unset): Names of the team-defined relevant fields shown with the
            task.
        rule_config_id (str | None | Unset): Id of the automation rule that created the task, if any.
        salesforce_id (str | None | Unset): Id of the synced Salesforce record, if any.
        salesforce_type (str | None | Unset): Salesforce activity type the task syncs to, if any.
        skipped_at (datetime.datetime | str | None | Unset): When the task was skipped; null unless skipped.
        starred_by_user_ids (list[str | None] | None | Unset): Ids of the users who starred the task.
        status (TaskStatus | str | None | Unset): Lifecycle state of a task. `scheduled` is the value the
            documentation uses for work still to be done and is what new tasks
            normally get; Apollo's current documentation also describes
            `completed` (work done) and `skipped` (work deliberately not done).
            `archived` does not appear in the documentation; it is listed so
            that a search result carrying it can still be parsed.
        subject (str | None | Unset): Subject line, used by email tasks.
        title (str | None | Unset): Short title of the task, when it has one.
        type_ (TaskType | str | None | Unset): The kind of action the task owner has to take: `call` (phone the
            contact), `outreach_manual_email` (write an email by hand),
            `linkedin_step_connect` (send a LinkedIn connection request),
            `linkedin_step_message` (send a LinkedIn message),
            `linkedin_step_view_profile` (look at the LinkedIn profile),
            `linkedin_step_interact_post` (engage with a recent LinkedIn post)
            or `action_item` (anything else; best paired with a note). The older
            documentation only listed `call`, `outreach_manual_email` and
            `action_item`.
        user_id (str | None | Unset): Id of the Apollo user who owns the task.
    """

    id: str | None
    account: Account | None | Unset = UNSET
    account_id: str | None | Unset = UNSET
    answered: bool | None | Unset = UNSET
    call_script: str | None | Unset = UNSET
    completed: bool | None | Unset = UNSET
    completed_at: datetime.datetime | str | None | Unset = UNSET
    completed_by_user_id: str | None | Unset = UNSET
    contact: Contact | None | Unset = UNSET
    contact_id: str | None | Unset = UNSET
    created_at: datetime.datetime | str | None | Unset = UNSET
    created_from: str | None | Unset = UNSET
    creator_id: str | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    due_at: datetime.datetime | str | None | Unset = UNSET
    emailer_campaign_id: str | None | Unset = UNSET
    hubspot_id: str | None | Unset = UNSET
    needs_playbook_autoprospecting: bool | None | Unset = UNSET
    note: str | None | Unset = UNSET
    opportunity_id: str | None | Unset = UNSET
    organization_id: str | None | Unset = UNSET
    person_id: str | None | Unset = UNSET
    persona_ids: list[str | None] | None | Unset = UNSET
    playbook_id: str | None | Unset = UNSET
    playbook_step_ids: list[str | None] | None | Unset = UNSET
    priority: TaskPriority | str | None | Unset = UNSET
    relevant_fields: list[str | None] | None | Unset = UNSET
    rule_config_id: str | None | Unset = UNSET
    salesforce_id: str | None | Unset = UNSET
    salesforce_type: str | None | Unset = UNSET
    skipped_at: datetime.datetime | str | None | Unset = UNSET
    starred_by_user_ids: list[str | None] | None | Unset = UNSET
    status: TaskStatus | str | None | Unset = UNSET
    subject: str | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: TaskType | str | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    _additional: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Members the spec does not declare, read from ``raw`` on first use (most answers have none)."""
        if self._additional is None:
            additional: dict[str, Any] = {}
            v: Any
            d = self._raw
            if d.__class__ is dict and not _KEYS.issuperset(d):
                for prop_name, v in d.items():
                    if prop_name not in _KEYS:
                        additional[prop_name] = v
            self._additional = additional
        return self._additional

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional = value

    @property
    def raw(self) -> Any:
        """The JSON value this object was read from, exactly as the server sent it (None when built in code)."""
        return self._raw

    def to_dict(self) -> dict[str, Any]:
        v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, v in self.additional_properties.items():
            field_dict[prop_name] = v
        v = self.id
        field_dict["id"] = v
        v = self.account
        if v is not None and v is not UNSET:
            v = v.to_dict()
        if v is not UNSET:
            field_dict["account"] = v
        v = self.account_id
        if v is not UNSET:
            field_dict["account_id"] = v
        v = self.answered
        if v is not UNSET:
            field_dict["answered"] = v
        v = self.call_script
        if v is not UNSET:
            field_dict["call_script"] = v
        v = self.completed
        if v is not UNSET:
            field_dict["completed"] = v
        v = self.completed_at
        if isinstance(v, datetime.date):
            v = v.isoformat()
        if v is not UNSET:
            field_dict["completed_at"] = v
        v = self.completed_by_user_id
        if v is not UNSET:
            field_dict["completed_by_user_id"] = v
        v = self.contact
        if v is not None and v is not UNSET:
            v = v.to_dict()
        if v is not UNSET:
            field_dict["contact"] = v
        v = self.contact_id
        if v is not UNSET:
            field_dict["contact_id"] = v
        v = self.created_at
        if isinstance(v, datetime.date):
            v = v.isoformat()
        if v is not UNSET:
            field_dict["created_at"] = v
        v = self.created_from
        if v is not UNSET:
            field_dict["created_from"] = v
        v = self.creator_id
        if v is not UNSET:
            field_dict["creator_id"] = v
        v = self.deleted
        if v is not UNSET:
            field_dict["deleted"] = v
        v = self.due_at
        if isinstance(v, datetime.date):
            v = v.isoformat()
        if v is not UNSET:
            field_dict["due_at"] = v
        v = self.emailer_campaign_id
        if v is not UNSET:
            field_dict["emailer_campaign_id"] = v
        v = self.hubspot_id
        if v is not UNSET:
            field_dict["hubspot_id"] = v
        v = self.needs_playbook_autoprospecting
        if v is not UNSET:
            field_dict["needs_playbook_autoprospecting"] = v
        v = self.note
        if v is not UNSET:
            field_dict["note"] = v
        v = self.opportunity_id
        if v is not UNSET:
            field_dict["opportunity_id"] = v
        v = self.organization_id
        if v is not UNSET:
            field_dict["organization_id"] = v
        v = self.person_id
        if v is not UNSET:
            field_dict["person_id"] = v
        v = self.persona_ids
        if v.__class__ is list:
            v = list(v)
        if v is not UNSET:
            field_dict["persona_ids"] = v
        v = self.playbook_id
        if v is not UNSET:
            field_dict["playbook_id"] = v
        v = self.playbook_step_ids
        if v.__class__ is list:
            v = list(v)
        if v is not UNSET:
            field_dict["playbook_step_ids"] = v
        v = self.priority
        if isinstance(v, Enum):
            v = v.value
        if v is not UNSET:
            field_dict["priority"] = v
        v = self.relevant_fields
        if v.__class__ is list:
            v = list(v)
        if v is not UNSET:
            field_dict["relevant_fields"] = v
        v = self.rule_config_id
        if v is not UNSET:
            field_dict["rule_config_id"] = v
        v = self.salesforce_id
        if v is not UNSET:
            field_dict["salesforce_id"] = v
        v = self.salesforce_type
        if v is not UNSET:
            field_dict["salesforce_type"] = v
        v = self.skipped_at
        if isinstance(v, datetime.date):
            v = v.isoformat()
        if v is not UNSET:
            field_dict["skipped_at"] = v
        v = self.starred_by_user_ids
        if v.__class__ is list:
            v = list(v)
        if v is not UNSET:
            field_dict["starred_by_user_ids"] = v
        v = self.status
        if isinstance(v, Enum):
            v = v.value
        if v is not UNSET:
            field_dict["status"] = v
        v = self.subject
        if v is not UNSET:
            field_dict["subject"] = v
        v = self.title
        if v is not UNSET:
            field_dict["title"] = v
        v = self.type_
        if isinstance(v, Enum):
            v = v.value
        if v is not UNSET:
            field_dict["type"] = v
        v = self.user_id
        if v is not UNSET:
            field_dict["user_id"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Task")
        get = d.get
        task = cls.__new__(cls)
        v = get("id", UNSET)
        if v is UNSET:
            _reading.missing("Task.id")
            v = None
        else:
            if v.__class__ is not str:
                v = _reading.string(v, "Task.id", False)
        task.id = v
        v = get("account", UNSET)
        if v.__class__ is dict:
            v = Account.from_dict(v)
        elif v is not UNSET and v is not None:
            _reading.model(v, "Task.account", True)
            v = None
        task.account = v
        v = get("account_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.account_id", True)
        task.account_id = v
        v = get("answered", UNSET)
        if v.__class__ is not bool and v is not UNSET and v is not None:
            v = _reading.boolean(v, "Task.answered", True)
        task.answered = v
        v = get("call_script", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.call_script", True)
        task.call_script = v
        v = get("completed", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _reading.boolean(v, "Task.completed", False)
        task.completed = v
        v = get("completed_at", UNSET)
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.completed_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.completed_at")
        elif v is not UNSET and v is not None:
            v = _reading.date_time(v, "Task.completed_at", True)
        task.completed_at = v
        v = get("completed_by_user_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.completed_by_user_id", True)
        task.completed_by_user_id = v
        v = get("contact", UNSET)
        if v.__class__ is dict:
            v = Contact.from_dict(v)
        elif v is not UNSET and v is not None:
            _reading.model(v, "Task.contact", True)
            v = None
        task.contact = v
        v = get("contact_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.contact_id", True)
        task.contact_id = v
        v = get("created_at", UNSET)
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.created_at", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.created_at")
        elif v is not UNSET:
            v = _reading.date_time(v, "Task.created_at", False)
        task.created_at = v
        v = get("created_from", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.created_from", True)
        task.created_from = v
        v = get("creator_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.creator_id", True)
        task.creator_id = v
        v = get("deleted", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _reading.boolean(v, "Task.deleted", False)
        task.deleted = v
        v = get("due_at", UNSET)
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.due_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.due_at")
        elif v is not UNSET and v is not None:
            v = _reading.date_time(v, "Task.due_at", True)
        task.due_at = v
        v = get("emailer_campaign_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.emailer_campaign_id", True)
        task.emailer_campaign_id = v
        v = get("hubspot_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.hubspot_id", True)
        task.hubspot_id = v
        v = get("needs_playbook_autoprospecting", UNSET)
        if v.__class__ is not bool and v is not UNSET and v is not None:
            v = _reading.boolean(v, "Task.needs_playbook_autoprospecting", True)
        task.needs_playbook_autoprospecting = v
        v = get("note", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.note", True)
        task.note = v
        v = get("opportunity_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.opportunity_id", True)
        task.opportunity_id = v
        v = get("organization_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.organization_id", True)
        task.organization_id = v
        v = get("person_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.person_id", True)
        task.person_id = v
        v = get("persona_ids", UNSET)
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Task.persona_ids[]", (str,))
                    break
        elif v is not UNSET:
            _reading.not_a_list(v, "Task.persona_ids", False)
            v = None
        task.persona_ids = v
        v = get("playbook_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.playbook_id", True)
        task.playbook_id = v
        v = get("playbook_step_ids", UNSET)
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Task.playbook_step_ids[]", (str,))
                    break
        elif v is not UNSET:
            _reading.not_a_list(v, "Task.playbook_step_ids", False)
            v = None
        task.playbook_step_ids = v
        v = get("priority", UNSET)
        if v.__class__ is str:
            m = TaskPriority._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskPriority, v, "Task.priority", False)
        elif v is not UNSET:
            v = _reading.enum(TaskPriority, v, "Task.priority", False)
        task.priority = v
        v = get("relevant_fields", UNSET)
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Task.relevant_fields[]", (str,))
                    break
        elif v is not UNSET and v is not None:
            _reading.not_a_list(v, "Task.relevant_fields", True)
            v = None
        task.relevant_fields = v
        v = get("rule_config_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.rule_config_id", True)
        task.rule_config_id = v
        v = get("salesforce_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.salesforce_id", True)
        task.salesforce_id = v
        v = get("salesforce_type", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.salesforce_type", True)
        task.salesforce_type = v
        v = get("skipped_at", UNSET)
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.skipped_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.skipped_at")
        elif v is not UNSET and v is not None:
            v = _reading.date_time(v, "Task.skipped_at", True)
        task.skipped_at = v
        v = get("starred_by_user_ids", UNSET)
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Task.starred_by_user_ids[]", (str,))
                    break
        elif v is not UNSET:
            _reading.not_a_list(v, "Task.starred_by_user_ids", False)
            v = None
        task.starred_by_user_ids = v
        v = get("status", UNSET)
        if v.__class__ is str:
            m = TaskStatus._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskStatus, v, "Task.status", False)
        elif v is not UNSET:
            v = _reading.enum(TaskStatus, v, "Task.status", False)
        task.status = v
        v = get("subject", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.subject", True)
        task.subject = v
        v = get("title", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.title", True)
        task.title = v
        v = get("type", UNSET)
        if v.__class__ is str:
            m = TaskType._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskType, v, "Task.type", False)
        elif v is not UNSET:
            v = _reading.enum(TaskType, v, "Task.type", False)
        task.type_ = v
        v = get("user_id", UNSET)
        if v.__class__ is not str and v is not UNSET and v is not None:
            v = _reading.string(v, "Task.user_id", True)
        task.user_id = v
        task._raw = src_dict
        task._additional = None
        return task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.account import Account
from ..models.contact import Contact
