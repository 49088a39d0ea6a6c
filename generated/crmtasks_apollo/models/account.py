from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import parse_date_time
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="Account")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "account_playbook_statuses",
        "account_stage_id",
        "created_at",
        "crm_owner_id",
        "domain",
        "existence_level",
        "hubspot_id",
        "label_ids",
        "modality",
        "name",
        "organization_id",
        "original_source",
        "owner_id",
        "parent_account_id",
        "persona_counts",
        "phone",
        "phone_status",
        "salesforce_id",
        "salesforce_record_url",
        "sanitized_phone",
        "source",
        "team_id",
        "test_predictive_score",
        "typed_custom_fields",
    }
)


@_attrs_define
class Account:
    """A company record in the team's Apollo workspace, as embedded in a task.

    Attributes:
        id (str): Apollo id of the account.
        account_playbook_statuses (list[Any] | None): Playbook states of the account; their shape is not documented.
        account_stage_id (str | None): Id of the account stage, if set.
        created_at (datetime.datetime | None): When the account was created in Apollo.
        crm_owner_id (str | None): Id of the owner in the connected CRM.
        domain (str | None): Web domain of the company.
        existence_level (str | None): How complete the record is, such as `full`.
        hubspot_id (str | None): Id of the synced HubSpot company, if any.
        label_ids (list[str] | None): Ids of the lists (labels) the account is on.
        modality (str | None): Record kind; `account` for accounts.
        name (str | None): Company name.
        organization_id (str | None): Id of the matching organization in Apollo's database, if linked.
        original_source (str | None): How the account first entered Apollo.
        owner_id (str | None): Id of the Apollo user who owns the account.
        parent_account_id (str | None): Id of the parent account, if any.
        persona_counts (AccountPersonaCounts): Number of contacts per buyer persona, keyed by persona id.
        phone (str | None): Company phone number as entered.
        phone_status (str | None): Verification state of the phone number, such as `no_status`.
        salesforce_id (str | None): Id of the synced Salesforce account, if any.
        salesforce_record_url (str | None): Link to the record in Salesforce, if synced.
        sanitized_phone (str | None): Phone number normalised to E.164.
        source (str | None): How the account was last created or updated, such as `salesforce`.
        team_id (str | None): Id of the Apollo team that owns the record.
        test_predictive_score (float | None): Experimental scoring value; usually null.
        typed_custom_fields (AccountTypedCustomFields): Values of custom fields, keyed by custom field id.
    """

    id: str
    account_playbook_statuses: list[Any] | None = None
    account_stage_id: str | None = None
    created_at: datetime.datetime | None = None
    crm_owner_id: str | None = None
    domain: str | None = None
    existence_level: str | None = None
    hubspot_id: str | None = None
    label_ids: list[str] | None = None
    modality: str | None = None
    name: str | None = None
    organization_id: str | None = None
    original_source: str | None = None
    owner_id: str | None = None
    parent_account_id: str | None = None
    persona_counts: AccountPersonaCounts = _attrs_field(factory=lambda: AccountPersonaCounts())
    phone: str | None = None
    phone_status: str | None = None
    salesforce_id: str | None = None
    salesforce_record_url: str | None = None
    sanitized_phone: str | None = None
    source: str | None = None
    team_id: str | None = None
    test_predictive_score: float | None = None
    typed_custom_fields: AccountTypedCustomFields = _attrs_field(factory=lambda: AccountTypedCustomFields())
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
        v = self.account_playbook_statuses
        if v is not None or "account_playbook_statuses" in came:
            if v is not None:
                v = list(v)
            field_dict["account_playbook_statuses"] = v
        v = self.account_stage_id
        if v is not None or "account_stage_id" in came:
            field_dict["account_stage_id"] = v
        v = self.created_at
        if v is not None or "created_at" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["created_at"] = v
        v = self.crm_owner_id
        if v is not None or "crm_owner_id" in came:
            field_dict["crm_owner_id"] = v
        v = self.domain
        if v is not None or "domain" in came:
            field_dict["domain"] = v
        v = self.existence_level
        if v is not None or "existence_level" in came:
            field_dict["existence_level"] = v
        v = self.hubspot_id
        if v is not None or "hubspot_id" in came:
            field_dict["hubspot_id"] = v
        v = self.label_ids
        if v is not None or "label_ids" in came:
            if v is not None:
                v = list(v)
            field_dict["label_ids"] = v
        v = self.modality
        if v is not None or "modality" in came:
            field_dict["modality"] = v
        v = self.name
        if v is not None or "name" in came:
            field_dict["name"] = v
        v = self.organization_id
        if v is not None or "organization_id" in came:
            field_dict["organization_id"] = v
        v = self.original_source
        if v is not None or "original_source" in came:
            field_dict["original_source"] = v
        v = self.owner_id
        if v is not None or "owner_id" in came:
            field_dict["owner_id"] = v
        v = self.parent_account_id
        if v is not None or "parent_account_id" in came:
            field_dict["parent_account_id"] = v
        v = self.persona_counts
        if v or "persona_counts" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["persona_counts"] = v
        v = self.phone
        if v is not None or "phone" in came:
            field_dict["phone"] = v
        v = self.phone_status
        if v is not None or "phone_status" in came:
            field_dict["phone_status"] = v
        v = self.salesforce_id
        if v is not None or "salesforce_id" in came:
            field_dict["salesforce_id"] = v
        v = self.salesforce_record_url
        if v is not None or "salesforce_record_url" in came:
            field_dict["salesforce_record_url"] = v
        v = self.sanitized_phone
        if v is not None or "sanitized_phone" in came:
            field_dict["sanitized_phone"] = v
        v = self.source
        if v is not None or "source" in came:
            field_dict["source"] = v
        v = self.team_id
        if v is not None or "team_id" in came:
            field_dict["team_id"] = v
        v = self.test_predictive_score
        if v is not None or "test_predictive_score" in came:
            field_dict["test_predictive_score"] = v
        v = self.typed_custom_fields
        if v or "typed_custom_fields" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["typed_custom_fields"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Account")
        get = d.get
        account = cls.__new__(cls)
        v = get("id")
        if v.__class__ is not str:
            v = _reading.string(v, "Account.id", False) if "id" in d else _reading.missing("Account.id")
        account.id = v
        v = get("account_playbook_statuses")
        if v.__class__ is list:
            pass
        elif v is not None or "account_playbook_statuses" in d:
            v = _reading.not_a_list(v, "Account.account_playbook_statuses", False)
        account.account_playbook_statuses = v
        v = get("account_stage_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.account_stage_id", True)
        account.account_stage_id = v
        v = get("created_at")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Account.created_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Account.created_at")
        elif v is not None:
            v = _reading.date_time(v, "Account.created_at", True)
        account.created_at = v
        v = get("crm_owner_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.crm_owner_id", True)
        account.crm_owner_id = v
        v = get("domain")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.domain", True)
        account.domain = v
        v = get("existence_level")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.existence_level", True)
        account.existence_level = v
        v = get("hubspot_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.hubspot_id", True)
        account.hubspot_id = v
        v = get("label_ids")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Account.label_ids[]", (str,))
                    break
        elif v is not None or "label_ids" in d:
            v = _reading.not_a_list(v, "Account.label_ids", False)
        account.label_ids = v
        v = get("modality")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.modality", True)
        account.modality = v
        v = get("name")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.name", True)
        account.name = v
        v = get("organization_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.organization_id", True)
        account.organization_id = v
        v = get("original_source")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.original_source", True)
        account.original_source = v
        v = get("owner_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.owner_id", True)
        account.owner_id = v
        v = get("parent_account_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.parent_account_id", True)
        account.parent_account_id = v
        v = get("persona_counts")
        if v.__class__ is dict:
            v = AccountPersonaCounts.from_dict(v)
        elif v is None and "persona_counts" not in d:
            v = AccountPersonaCounts()
        else:
            v = _reading.item(AccountPersonaCounts.from_dict, v, "Account.persona_counts")
        account.persona_counts = v
        v = get("phone")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.phone", True)
        account.phone = v
        v = get("phone_status")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.phone_status", True)
        account.phone_status = v
        v = get("salesforce_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.salesforce_id", True)
        account.salesforce_id = v
        v = get("salesforce_record_url")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.salesforce_record_url", True)
        account.salesforce_record_url = v
        v = get("sanitized_phone")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.sanitized_phone", True)
        account.sanitized_phone = v
        v = get("source")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.source", True)
        account.source = v
        v = get("team_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Account.team_id", True)
        account.team_id = v
        v = get("test_predictive_score")
        if v.__class__ is not float and v.__class__ is not int and v is not None:
            v = _reading.number(v, "Account.test_predictive_score", True)
        account.test_predictive_score = v
        v = get("typed_custom_fields")
        if v.__class__ is dict:
            v = AccountTypedCustomFields.from_dict(v)
        elif v is None and "typed_custom_fields" not in d:
            v = AccountTypedCustomFields()
        else:
            v = _reading.item(AccountTypedCustomFields.from_dict, v, "Account.typed_custom_fields")
        account.typed_custom_fields = v
        account._raw = src_dict
        account._additional = None
        return account

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
from ..models.account_persona_counts import AccountPersonaCounts
from ..models.account_typed_custom_fields import AccountTypedCustomFields
