from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_priority import TaskPriority
from ..models.task_status import TaskStatus
from ..models.task_type import TaskType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.contact import Contact


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task as returned by Apollo, with its account and contact embedded.

    Attributes:
        id (str): Apollo id of the task.
        account (Account | None | Unset): The account the task relates to.
        account_id (None | str | Unset): Id of the account the contact belongs to.
        answered (bool | None | Unset): For call tasks, whether the call was answered; null otherwise.
        completed_at (datetime.datetime | None | Unset): When the task was completed; null while it is open.
        contact (Contact | None | Unset): The contact the task is about.
        contact_id (None | str | Unset): Id of the contact the task is about.
        created_at (datetime.datetime | Unset): When the task was created.
        created_from (None | str | Unset): Where the task was created, for example `zp_ui` for the Apollo web app.
        due_at (datetime.datetime | None | Unset): When the task is due.
        emailer_campaign_id (None | str | Unset): Id of the sequence that generated the task, if any.
        hubspot_id (None | str | Unset): Id of the synced HubSpot record, if any.
        needs_playbook_autoprospecting (bool | None | Unset): Internal playbook flag; usually null.
        note (None | str | Unset): Free text attached to the task.
        organization_id (None | str | Unset): Id of the matching organization in Apollo's database, if linked.
        person_id (None | str | Unset): Id of the matching person in Apollo's database, if linked.
        persona_ids (list[str] | Unset): Ids of the buyer personas associated with the task.
        playbook_id (None | str | Unset): Id of the playbook linked to the task, if any.
        playbook_step_ids (list[str] | Unset): Ids of the playbook steps linked to the task.
        priority (TaskPriority | Unset): How urgent a task is.
        salesforce_id (None | str | Unset): Id of the synced Salesforce record, if any.
        salesforce_type (None | str | Unset): Salesforce activity type the task syncs to, if any.
        skipped_at (datetime.datetime | None | Unset): When the task was skipped; null unless skipped.
        starred_by_user_ids (list[str] | Unset): Ids of the users who starred the task.
        status (TaskStatus | Unset): Lifecycle state of a task. `scheduled` is the value the
            documentation uses for work still to be done and is what new tasks
            normally get; Apollo's current documentation also describes
            `completed` (work done) and `skipped` (work deliberately not done).
            `archived` does not appear in the documentation; it is listed so
            that a search result carrying it can still be parsed.
        subject (None | str | Unset): Subject line, used by email tasks.
        type_ (TaskType | Unset): The kind of action the task owner has to take: `call` (phone the
            contact), `outreach_manual_email` (write an email by hand),
            `linkedin_step_connect` (send a LinkedIn connection request),
            `linkedin_step_message` (send a LinkedIn message),
            `linkedin_step_view_profile` (look at the LinkedIn profile),
            `linkedin_step_interact_post` (engage with a recent LinkedIn post)
            or `action_item` (anything else; best paired with a note). The older
            documentation only listed `call`, `outreach_manual_email` and
            `action_item`.
        user_id (None | str | Unset): Id of the Apollo user who owns the task.
    """

    id: str
    account: Account | None | Unset = UNSET
    account_id: None | str | Unset = UNSET
    answered: bool | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    contact: Contact | None | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_from: None | str | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    emailer_campaign_id: None | str | Unset = UNSET
    hubspot_id: None | str | Unset = UNSET
    needs_playbook_autoprospecting: bool | None | Unset = UNSET
    note: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    person_id: None | str | Unset = UNSET
    persona_ids: list[str] | Unset = UNSET
    playbook_id: None | str | Unset = UNSET
    playbook_step_ids: list[str] | Unset = UNSET
    priority: TaskPriority | Unset = UNSET
    salesforce_id: None | str | Unset = UNSET
    salesforce_type: None | str | Unset = UNSET
    skipped_at: datetime.datetime | None | Unset = UNSET
    starred_by_user_ids: list[str] | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    subject: None | str | Unset = UNSET
    type_: TaskType | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account import Account
        from ..models.contact import Contact

        id = self.id

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, Account):
            account = self.account.to_dict()
        else:
            account = self.account

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        answered: bool | None | Unset
        if isinstance(self.answered, Unset):
            answered = UNSET
        else:
            answered = self.answered

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_from: None | str | Unset
        if isinstance(self.created_from, Unset):
            created_from = UNSET
        else:
            created_from = self.created_from

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        emailer_campaign_id: None | str | Unset
        if isinstance(self.emailer_campaign_id, Unset):
            emailer_campaign_id = UNSET
        else:
            emailer_campaign_id = self.emailer_campaign_id

        hubspot_id: None | str | Unset
        if isinstance(self.hubspot_id, Unset):
            hubspot_id = UNSET
        else:
            hubspot_id = self.hubspot_id

        needs_playbook_autoprospecting: bool | None | Unset
        if isinstance(self.needs_playbook_autoprospecting, Unset):
            needs_playbook_autoprospecting = UNSET
        else:
            needs_playbook_autoprospecting = self.needs_playbook_autoprospecting

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        persona_ids: list[str] | Unset = UNSET
        if not isinstance(self.persona_ids, Unset):
            persona_ids = self.persona_ids

        playbook_id: None | str | Unset
        if isinstance(self.playbook_id, Unset):
            playbook_id = UNSET
        else:
            playbook_id = self.playbook_id

        playbook_step_ids: list[str] | Unset = UNSET
        if not isinstance(self.playbook_step_ids, Unset):
            playbook_step_ids = self.playbook_step_ids

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        salesforce_id: None | str | Unset
        if isinstance(self.salesforce_id, Unset):
            salesforce_id = UNSET
        else:
            salesforce_id = self.salesforce_id

        salesforce_type: None | str | Unset
        if isinstance(self.salesforce_type, Unset):
            salesforce_type = UNSET
        else:
            salesforce_type = self.salesforce_type

        skipped_at: None | str | Unset
        if isinstance(self.skipped_at, Unset):
            skipped_at = UNSET
        elif isinstance(self.skipped_at, datetime.datetime):
            skipped_at = self.skipped_at.isoformat()
        else:
            skipped_at = self.skipped_at

        starred_by_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.starred_by_user_ids, Unset):
            starred_by_user_ids = self.starred_by_user_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if answered is not UNSET:
            field_dict["answered"] = answered
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if contact is not UNSET:
            field_dict["contact"] = contact
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_from is not UNSET:
            field_dict["created_from"] = created_from
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if emailer_campaign_id is not UNSET:
            field_dict["emailer_campaign_id"] = emailer_campaign_id
        if hubspot_id is not UNSET:
            field_dict["hubspot_id"] = hubspot_id
        if needs_playbook_autoprospecting is not UNSET:
            field_dict["needs_playbook_autoprospecting"] = needs_playbook_autoprospecting
        if note is not UNSET:
            field_dict["note"] = note
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if persona_ids is not UNSET:
            field_dict["persona_ids"] = persona_ids
        if playbook_id is not UNSET:
            field_dict["playbook_id"] = playbook_id
        if playbook_step_ids is not UNSET:
            field_dict["playbook_step_ids"] = playbook_step_ids
        if priority is not UNSET:
            field_dict["priority"] = priority
        if salesforce_id is not UNSET:
            field_dict["salesforce_id"] = salesforce_id
        if salesforce_type is not UNSET:
            field_dict["salesforce_type"] = salesforce_type
        if skipped_at is not UNSET:
            field_dict["skipped_at"] = skipped_at
        if starred_by_user_ids is not UNSET:
            field_dict["starred_by_user_ids"] = starred_by_user_ids
        if status is not UNSET:
            field_dict["status"] = status
        if subject is not UNSET:
            field_dict["subject"] = subject
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account import Account
        from ..models.contact import Contact

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_account(data: object) -> Account | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_1 = Account.from_dict(data)

                return account_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Account | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_answered(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        answered = _parse_answered(d.pop("answered", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_contact(data: object) -> Contact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_1 = Contact.from_dict(data)

                return contact_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contact | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_from = _parse_created_from(d.pop("created_from", UNSET))

        def _parse_due_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_at = _parse_due_at(d.pop("due_at", UNSET))

        def _parse_emailer_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        emailer_campaign_id = _parse_emailer_campaign_id(d.pop("emailer_campaign_id", UNSET))

        def _parse_hubspot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hubspot_id = _parse_hubspot_id(d.pop("hubspot_id", UNSET))

        def _parse_needs_playbook_autoprospecting(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        needs_playbook_autoprospecting = _parse_needs_playbook_autoprospecting(
            d.pop("needs_playbook_autoprospecting", UNSET)
        )

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        persona_ids = cast(list[str], d.pop("persona_ids", UNSET))

        def _parse_playbook_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        playbook_id = _parse_playbook_id(d.pop("playbook_id", UNSET))

        playbook_step_ids = cast(list[str], d.pop("playbook_step_ids", UNSET))

        _priority = d.pop("priority", UNSET)
        priority: TaskPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TaskPriority(_priority)

        def _parse_salesforce_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_id = _parse_salesforce_id(d.pop("salesforce_id", UNSET))

        def _parse_salesforce_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_type = _parse_salesforce_type(d.pop("salesforce_type", UNSET))

        def _parse_skipped_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                skipped_at_type_0 = datetime.datetime.fromisoformat(data)

                return skipped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        skipped_at = _parse_skipped_at(d.pop("skipped_at", UNSET))

        starred_by_user_ids = cast(list[str], d.pop("starred_by_user_ids", UNSET))

        _status = d.pop("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus(_status)

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: TaskType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaskType(_type_)

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        task = cls(
            id=id,
            account=account,
            account_id=account_id,
            answered=answered,
            completed_at=completed_at,
            contact=contact,
            contact_id=contact_id,
            created_at=created_at,
            created_from=created_from,
            due_at=due_at,
            emailer_campaign_id=emailer_campaign_id,
            hubspot_id=hubspot_id,
            needs_playbook_autoprospecting=needs_playbook_autoprospecting,
            note=note,
            organization_id=organization_id,
            person_id=person_id,
            persona_ids=persona_ids,
            playbook_id=playbook_id,
            playbook_step_ids=playbook_step_ids,
            priority=priority,
            salesforce_id=salesforce_id,
            salesforce_type=salesforce_type,
            skipped_at=skipped_at,
            starred_by_user_ids=starred_by_user_ids,
            status=status,
            subject=subject,
            type_=type_,
            user_id=user_id,
        )

        task.additional_properties = d
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
