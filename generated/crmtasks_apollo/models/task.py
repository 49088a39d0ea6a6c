from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from enum import Enum
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import parse_date_time
from crmtasks._facade import reading as _reading

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..models.task_type import TaskType

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
        id (str): Apollo id of the task.
        account (Account | None): The account the task relates to.
        account_id (str | None): Id of the account the contact belongs to.
        answered (bool | None): For call tasks, whether the call was answered; null otherwise.
        call_script (str | None): Call script or talking points of a call task.
        completed (bool | None): Whether the task counts as completed (given in the answer of skip, where it is false).
            Example: False.
        completed_at (datetime.datetime | None): When the task was completed; null while it is open.
        completed_by_user_id (str | None): Id of the user who completed the task, once completed.
        contact (Contact | None): The contact the task is about.
        contact_id (str | None): Id of the contact the task is about.
        created_at (datetime.datetime | None): When the task was created.
        created_from (str | None): Where the task was created, for example `zp_ui` for the Apollo web app.
        creator_id (str | None): Id of the Apollo user who created the task.
        deleted (bool | None): True in the answer of complete or skip when the task no longer
            exists (a paused sequence removes its tasks); that answer holds
            only `id` besides. crmtasks raises
            `crmtasks.apollo.TaskDeletedError` for it.
             Example: False.
        due_at (datetime.datetime | None): When the task is due.
        emailer_campaign_id (str | None): Id of the sequence that generated the task, if any.
        hubspot_id (str | None): Id of the synced HubSpot record, if any.
        needs_playbook_autoprospecting (bool | None): Internal playbook flag; usually null.
        note (str | None): Free text attached to the task.
        opportunity_id (str | None): Id of the deal the task belongs to, if any.
        organization_id (str | None): Id of the matching organization in Apollo's database, if linked.
        person_id (str | None): Id of the matching person in Apollo's database, if linked.
        persona_ids (list[str] | None): Ids of the buyer personas associated with the task.
        playbook_id (str | None): Id of the playbook linked to the task, if any.
        playbook_step_ids (list[str] | None): Ids of the playbook steps linked to the task.
        priority (TaskPriority | str | None): How urgent a task is.
        relevant_fields (list[str] | None): Names of the team-defined relevant fields shown with the task.
        rule_config_id (str | None): Id of the automation rule that created the task, if any.
        salesforce_id (str | None): Id of the synced Salesforce record, if any.
        salesforce_type (str | None): Salesforce activity type the task syncs to, if any.
        skipped_at (datetime.datetime | None): When the task was skipped; null unless skipped.
        starred_by_user_ids (list[str] | None): Ids of the users who starred the task.
        status (TaskStatus | str | None): Lifecycle state of a task. `scheduled` is the value the
            documentation uses for work still to be done and is what new tasks
            normally get; Apollo's current documentation also describes
            `completed` (work done) and `skipped` (work deliberately not done).
            `archived` does not appear in the documentation; it is listed so
            that a search result carrying it can still be parsed.
        subject (str | None): Subject line, used by email tasks.
        title (str | None): Short title of the task, when it has one.
        type_ (TaskType | str | None): The kind of action the task owner has to take: `call` (phone the
            contact), `outreach_manual_email` (write an email by hand),
            `linkedin_step_connect` (send a LinkedIn connection request),
            `linkedin_step_message` (send a LinkedIn message),
            `linkedin_step_view_profile` (look at the LinkedIn profile),
            `linkedin_step_interact_post` (engage with a recent LinkedIn post)
            or `action_item` (anything else; best paired with a note). The older
            documentation only listed `call`, `outreach_manual_email` and
            `action_item`.
        user_id (str | None): Id of the Apollo user who owns the task.
    """

    id: str
    account: Account | None = None
    account_id: str | None = None
    answered: bool | None = None
    call_script: str | None = None
    completed: bool | None = None
    completed_at: datetime.datetime | None = None
    completed_by_user_id: str | None = None
    contact: Contact | None = None
    contact_id: str | None = None
    created_at: datetime.datetime | None = None
    created_from: str | None = None
    creator_id: str | None = None
    deleted: bool | None = None
    due_at: datetime.datetime | None = None
    emailer_campaign_id: str | None = None
    hubspot_id: str | None = None
    needs_playbook_autoprospecting: bool | None = None
    note: str | None = None
    opportunity_id: str | None = None
    organization_id: str | None = None
    person_id: str | None = None
    persona_ids: list[str] | None = None
    playbook_id: str | None = None
    playbook_step_ids: list[str] | None = None
    priority: TaskPriority | str | None = None
    relevant_fields: list[str] | None = None
    rule_config_id: str | None = None
    salesforce_id: str | None = None
    salesforce_type: str | None = None
    skipped_at: datetime.datetime | None = None
    starred_by_user_ids: list[str] | None = None
    status: TaskStatus | str | None = None
    subject: str | None = None
    title: str | None = None
    type_: TaskType | str | None = None
    user_id: str | None = None
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
        # A member is written when it holds a value or came in the answer (null included): what was absent stays so.
        came: Any = self._raw if self._raw.__class__ is dict else ()
        v = self.id
        if v is not None or "id" in came:
            field_dict["id"] = v
        v = self.account
        if v is not None or "account" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["account"] = v
        v = self.account_id
        if v is not None or "account_id" in came:
            field_dict["account_id"] = v
        v = self.answered
        if v is not None or "answered" in came:
            field_dict["answered"] = v
        v = self.call_script
        if v is not None or "call_script" in came:
            field_dict["call_script"] = v
        v = self.completed
        if v is not None or "completed" in came:
            field_dict["completed"] = v
        v = self.completed_at
        if v is not None or "completed_at" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["completed_at"] = v
        v = self.completed_by_user_id
        if v is not None or "completed_by_user_id" in came:
            field_dict["completed_by_user_id"] = v
        v = self.contact
        if v is not None or "contact" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["contact"] = v
        v = self.contact_id
        if v is not None or "contact_id" in came:
            field_dict["contact_id"] = v
        v = self.created_at
        if v is not None or "created_at" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["created_at"] = v
        v = self.created_from
        if v is not None or "created_from" in came:
            field_dict["created_from"] = v
        v = self.creator_id
        if v is not None or "creator_id" in came:
            field_dict["creator_id"] = v
        v = self.deleted
        if v is not None or "deleted" in came:
            field_dict["deleted"] = v
        v = self.due_at
        if v is not None or "due_at" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["due_at"] = v
        v = self.emailer_campaign_id
        if v is not None or "emailer_campaign_id" in came:
            field_dict["emailer_campaign_id"] = v
        v = self.hubspot_id
        if v is not None or "hubspot_id" in came:
            field_dict["hubspot_id"] = v
        v = self.needs_playbook_autoprospecting
        if v is not None or "needs_playbook_autoprospecting" in came:
            field_dict["needs_playbook_autoprospecting"] = v
        v = self.note
        if v is not None or "note" in came:
            field_dict["note"] = v
        v = self.opportunity_id
        if v is not None or "opportunity_id" in came:
            field_dict["opportunity_id"] = v
        v = self.organization_id
        if v is not None or "organization_id" in came:
            field_dict["organization_id"] = v
        v = self.person_id
        if v is not None or "person_id" in came:
            field_dict["person_id"] = v
        v = self.persona_ids
        if v is not None or "persona_ids" in came:
            if v is not None:
                v = list(v)
            field_dict["persona_ids"] = v
        v = self.playbook_id
        if v is not None or "playbook_id" in came:
            field_dict["playbook_id"] = v
        v = self.playbook_step_ids
        if v is not None or "playbook_step_ids" in came:
            if v is not None:
                v = list(v)
            field_dict["playbook_step_ids"] = v
        v = self.priority
        if v is not None or "priority" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["priority"] = v
        v = self.relevant_fields
        if v is not None or "relevant_fields" in came:
            if v is not None:
                v = list(v)
            field_dict["relevant_fields"] = v
        v = self.rule_config_id
        if v is not None or "rule_config_id" in came:
            field_dict["rule_config_id"] = v
        v = self.salesforce_id
        if v is not None or "salesforce_id" in came:
            field_dict["salesforce_id"] = v
        v = self.salesforce_type
        if v is not None or "salesforce_type" in came:
            field_dict["salesforce_type"] = v
        v = self.skipped_at
        if v is not None or "skipped_at" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["skipped_at"] = v
        v = self.starred_by_user_ids
        if v is not None or "starred_by_user_ids" in came:
            if v is not None:
                v = list(v)
            field_dict["starred_by_user_ids"] = v
        v = self.status
        if v is not None or "status" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["status"] = v
        v = self.subject
        if v is not None or "subject" in came:
            field_dict["subject"] = v
        v = self.title
        if v is not None or "title" in came:
            field_dict["title"] = v
        v = self.type_
        if v is not None or "type" in came:
            if isinstance(v, Enum):
                v = v.value
            field_dict["type"] = v
        v = self.user_id
        if v is not None or "user_id" in came:
            field_dict["user_id"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Task")
        get = d.get
        task = cls.__new__(cls)
        v = get("id")
        if v.__class__ is not str:
            v = _reading.string(v, "Task.id", False) if "id" in d else _reading.missing("Task.id")
        task.id = v
        v = get("account")
        if v.__class__ is dict:
            v = Account.from_dict(v)
        elif v is not None:
            v = _reading.model(v, "Task.account", True)
        task.account = v
        v = get("account_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.account_id", True)
        task.account_id = v
        v = get("answered")
        if v.__class__ is not bool and v is not None:
            v = _reading.boolean(v, "Task.answered", True)
        task.answered = v
        v = get("call_script")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.call_script", True)
        task.call_script = v
        v = get("completed")
        if v.__class__ is not bool and (v is not None or "completed" in d):
            v = _reading.boolean(v, "Task.completed", False)
        task.completed = v
        v = get("completed_at")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.completed_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.completed_at")
        elif v is not None:
            v = _reading.date_time(v, "Task.completed_at", True)
        task.completed_at = v
        v = get("completed_by_user_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.completed_by_user_id", True)
        task.completed_by_user_id = v
        v = get("contact")
        if v.__class__ is dict:
            v = Contact.from_dict(v)
        elif v is not None:
            v = _reading.model(v, "Task.contact", True)
        task.contact = v
        v = get("contact_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.contact_id", True)
        task.contact_id = v
        v = get("created_at")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.created_at", False)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.created_at")
        elif v is not None or "created_at" in d:
            v = _reading.date_time(v, "Task.created_at", False)
        task.created_at = v
        v = get("created_from")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.created_from", True)
        task.created_from = v
        v = get("creator_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.creator_id", True)
        task.creator_id = v
        v = get("deleted")
        if v.__class__ is not bool and (v is not None or "deleted" in d):
            v = _reading.boolean(v, "Task.deleted", False)
        task.deleted = v
        v = get("due_at")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.due_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.due_at")
        elif v is not None:
            v = _reading.date_time(v, "Task.due_at", True)
        task.due_at = v
        v = get("emailer_campaign_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.emailer_campaign_id", True)
        task.emailer_campaign_id = v
        v = get("hubspot_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.hubspot_id", True)
        task.hubspot_id = v
        v = get("needs_playbook_autoprospecting")
        if v.__class__ is not bool and v is not None:
            v = _reading.boolean(v, "Task.needs_playbook_autoprospecting", True)
        task.needs_playbook_autoprospecting = v
        v = get("note")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.note", True)
        task.note = v
        v = get("opportunity_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.opportunity_id", True)
        task.opportunity_id = v
        v = get("organization_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.organization_id", True)
        task.organization_id = v
        v = get("person_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.person_id", True)
        task.person_id = v
        v = get("persona_ids")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Task.persona_ids[]", (str,))
                    break
        elif v is not None or "persona_ids" in d:
            v = _reading.not_a_list(v, "Task.persona_ids", False)
        task.persona_ids = v
        v = get("playbook_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.playbook_id", True)
        task.playbook_id = v
        v = get("playbook_step_ids")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Task.playbook_step_ids[]", (str,))
                    break
        elif v is not None or "playbook_step_ids" in d:
            v = _reading.not_a_list(v, "Task.playbook_step_ids", False)
        task.playbook_step_ids = v
        v = get("priority")
        if v.__class__ is str:
            m = TaskPriority._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskPriority, v, "Task.priority", False)
        elif v is not None or "priority" in d:
            v = _reading.enum(TaskPriority, v, "Task.priority", False)
        task.priority = v
        v = get("relevant_fields")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Task.relevant_fields[]", (str,))
                    break
        elif v is not None:
            v = _reading.not_a_list(v, "Task.relevant_fields", True)
        task.relevant_fields = v
        v = get("rule_config_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.rule_config_id", True)
        task.rule_config_id = v
        v = get("salesforce_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.salesforce_id", True)
        task.salesforce_id = v
        v = get("salesforce_type")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.salesforce_type", True)
        task.salesforce_type = v
        v = get("skipped_at")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Task.skipped_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Task.skipped_at")
        elif v is not None:
            v = _reading.date_time(v, "Task.skipped_at", True)
        task.skipped_at = v
        v = get("starred_by_user_ids")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Task.starred_by_user_ids[]", (str,))
                    break
        elif v is not None or "starred_by_user_ids" in d:
            v = _reading.not_a_list(v, "Task.starred_by_user_ids", False)
        task.starred_by_user_ids = v
        v = get("status")
        if v.__class__ is str:
            m = TaskStatus._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskStatus, v, "Task.status", False)
        elif v is not None or "status" in d:
            v = _reading.enum(TaskStatus, v, "Task.status", False)
        task.status = v
        v = get("subject")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.subject", True)
        task.subject = v
        v = get("title")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Task.title", True)
        task.title = v
        v = get("type")
        if v.__class__ is str:
            m = TaskType._value2member_map_.get(v)
            v = m if m is not None else _reading.enum(TaskType, v, "Task.type", False)
        elif v is not None or "type" in d:
            v = _reading.enum(TaskType, v, "Task.type", False)
        task.type_ = v
        v = get("user_id")
        if v.__class__ is not str and v is not None:
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

    __repr__ = _reading.model_repr


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.account import Account
from ..models.contact import Contact
