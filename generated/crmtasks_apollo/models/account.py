from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_persona_counts import AccountPersonaCounts
    from ..models.account_typed_custom_fields import AccountTypedCustomFields


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """A company record in the team's Apollo workspace, as embedded in a task.

    Attributes:
        id (str): Apollo id of the account.
        account_playbook_statuses (list[Any] | Unset): Playbook states of the account; their shape is not documented.
        account_stage_id (None | str | Unset): Id of the account stage, if set.
        created_at (datetime.datetime | None | Unset): When the account was created in Apollo.
        crm_owner_id (None | str | Unset): Id of the owner in the connected CRM.
        domain (None | str | Unset): Web domain of the company.
        existence_level (None | str | Unset): How complete the record is, such as `full`.
        hubspot_id (None | str | Unset): Id of the synced HubSpot company, if any.
        label_ids (list[str] | Unset): Ids of the lists (labels) the account is on.
        modality (None | str | Unset): Record kind; `account` for accounts.
        name (None | str | Unset): Company name.
        organization_id (None | str | Unset): Id of the matching organization in Apollo's database, if linked.
        original_source (None | str | Unset): How the account first entered Apollo.
        owner_id (None | str | Unset): Id of the Apollo user who owns the account.
        parent_account_id (None | str | Unset): Id of the parent account, if any.
        persona_counts (AccountPersonaCounts | Unset): Number of contacts per buyer persona, keyed by persona id.
        phone (None | str | Unset): Company phone number as entered.
        phone_status (None | str | Unset): Verification state of the phone number, such as `no_status`.
        salesforce_id (None | str | Unset): Id of the synced Salesforce account, if any.
        salesforce_record_url (None | str | Unset): Link to the record in Salesforce, if synced.
        sanitized_phone (None | str | Unset): Phone number normalised to E.164.
        source (None | str | Unset): How the account was last created or updated, such as `salesforce`.
        team_id (None | str | Unset): Id of the Apollo team that owns the record.
        test_predictive_score (float | None | Unset): Experimental scoring value; usually null.
        typed_custom_fields (AccountTypedCustomFields | Unset): Values of custom fields, keyed by custom field id.
    """

    id: str
    account_playbook_statuses: list[Any] | Unset = UNSET
    account_stage_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    crm_owner_id: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    existence_level: None | str | Unset = UNSET
    hubspot_id: None | str | Unset = UNSET
    label_ids: list[str] | Unset = UNSET
    modality: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    original_source: None | str | Unset = UNSET
    owner_id: None | str | Unset = UNSET
    parent_account_id: None | str | Unset = UNSET
    persona_counts: AccountPersonaCounts | Unset = UNSET
    phone: None | str | Unset = UNSET
    phone_status: None | str | Unset = UNSET
    salesforce_id: None | str | Unset = UNSET
    salesforce_record_url: None | str | Unset = UNSET
    sanitized_phone: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    test_predictive_score: float | None | Unset = UNSET
    typed_custom_fields: AccountTypedCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_playbook_statuses: list[Any] | Unset = UNSET
        if not isinstance(self.account_playbook_statuses, Unset):
            account_playbook_statuses = self.account_playbook_statuses

        account_stage_id: None | str | Unset
        if isinstance(self.account_stage_id, Unset):
            account_stage_id = UNSET
        else:
            account_stage_id = self.account_stage_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        crm_owner_id: None | str | Unset
        if isinstance(self.crm_owner_id, Unset):
            crm_owner_id = UNSET
        else:
            crm_owner_id = self.crm_owner_id

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        existence_level: None | str | Unset
        if isinstance(self.existence_level, Unset):
            existence_level = UNSET
        else:
            existence_level = self.existence_level

        hubspot_id: None | str | Unset
        if isinstance(self.hubspot_id, Unset):
            hubspot_id = UNSET
        else:
            hubspot_id = self.hubspot_id

        label_ids: list[str] | Unset = UNSET
        if not isinstance(self.label_ids, Unset):
            label_ids = self.label_ids

        modality: None | str | Unset
        if isinstance(self.modality, Unset):
            modality = UNSET
        else:
            modality = self.modality

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        original_source: None | str | Unset
        if isinstance(self.original_source, Unset):
            original_source = UNSET
        else:
            original_source = self.original_source

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        parent_account_id: None | str | Unset
        if isinstance(self.parent_account_id, Unset):
            parent_account_id = UNSET
        else:
            parent_account_id = self.parent_account_id

        persona_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.persona_counts, Unset):
            persona_counts = self.persona_counts.to_dict()

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        phone_status: None | str | Unset
        if isinstance(self.phone_status, Unset):
            phone_status = UNSET
        else:
            phone_status = self.phone_status

        salesforce_id: None | str | Unset
        if isinstance(self.salesforce_id, Unset):
            salesforce_id = UNSET
        else:
            salesforce_id = self.salesforce_id

        salesforce_record_url: None | str | Unset
        if isinstance(self.salesforce_record_url, Unset):
            salesforce_record_url = UNSET
        else:
            salesforce_record_url = self.salesforce_record_url

        sanitized_phone: None | str | Unset
        if isinstance(self.sanitized_phone, Unset):
            sanitized_phone = UNSET
        else:
            sanitized_phone = self.sanitized_phone

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        test_predictive_score: float | None | Unset
        if isinstance(self.test_predictive_score, Unset):
            test_predictive_score = UNSET
        else:
            test_predictive_score = self.test_predictive_score

        typed_custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.typed_custom_fields, Unset):
            typed_custom_fields = self.typed_custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_playbook_statuses is not UNSET:
            field_dict["account_playbook_statuses"] = account_playbook_statuses
        if account_stage_id is not UNSET:
            field_dict["account_stage_id"] = account_stage_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if crm_owner_id is not UNSET:
            field_dict["crm_owner_id"] = crm_owner_id
        if domain is not UNSET:
            field_dict["domain"] = domain
        if existence_level is not UNSET:
            field_dict["existence_level"] = existence_level
        if hubspot_id is not UNSET:
            field_dict["hubspot_id"] = hubspot_id
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if modality is not UNSET:
            field_dict["modality"] = modality
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if original_source is not UNSET:
            field_dict["original_source"] = original_source
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if parent_account_id is not UNSET:
            field_dict["parent_account_id"] = parent_account_id
        if persona_counts is not UNSET:
            field_dict["persona_counts"] = persona_counts
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_status is not UNSET:
            field_dict["phone_status"] = phone_status
        if salesforce_id is not UNSET:
            field_dict["salesforce_id"] = salesforce_id
        if salesforce_record_url is not UNSET:
            field_dict["salesforce_record_url"] = salesforce_record_url
        if sanitized_phone is not UNSET:
            field_dict["sanitized_phone"] = sanitized_phone
        if source is not UNSET:
            field_dict["source"] = source
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if test_predictive_score is not UNSET:
            field_dict["test_predictive_score"] = test_predictive_score
        if typed_custom_fields is not UNSET:
            field_dict["typed_custom_fields"] = typed_custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_persona_counts import AccountPersonaCounts
        from ..models.account_typed_custom_fields import AccountTypedCustomFields

        d = dict(src_dict)
        id = d.pop("id")

        account_playbook_statuses = cast(list[Any], d.pop("account_playbook_statuses", UNSET))

        def _parse_account_stage_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_stage_id = _parse_account_stage_id(d.pop("account_stage_id", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_crm_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        crm_owner_id = _parse_crm_owner_id(d.pop("crm_owner_id", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_existence_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        existence_level = _parse_existence_level(d.pop("existence_level", UNSET))

        def _parse_hubspot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hubspot_id = _parse_hubspot_id(d.pop("hubspot_id", UNSET))

        label_ids = cast(list[str], d.pop("label_ids", UNSET))

        def _parse_modality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modality = _parse_modality(d.pop("modality", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_original_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_source = _parse_original_source(d.pop("original_source", UNSET))

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_parent_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_account_id = _parse_parent_account_id(d.pop("parent_account_id", UNSET))

        _persona_counts = d.pop("persona_counts", UNSET)
        persona_counts: AccountPersonaCounts | Unset
        if isinstance(_persona_counts, Unset):
            persona_counts = UNSET
        else:
            persona_counts = AccountPersonaCounts.from_dict(_persona_counts)

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_phone_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_status = _parse_phone_status(d.pop("phone_status", UNSET))

        def _parse_salesforce_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_id = _parse_salesforce_id(d.pop("salesforce_id", UNSET))

        def _parse_salesforce_record_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_record_url = _parse_salesforce_record_url(d.pop("salesforce_record_url", UNSET))

        def _parse_sanitized_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sanitized_phone = _parse_sanitized_phone(d.pop("sanitized_phone", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_test_predictive_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        test_predictive_score = _parse_test_predictive_score(d.pop("test_predictive_score", UNSET))

        _typed_custom_fields = d.pop("typed_custom_fields", UNSET)
        typed_custom_fields: AccountTypedCustomFields | Unset
        if isinstance(_typed_custom_fields, Unset):
            typed_custom_fields = UNSET
        else:
            typed_custom_fields = AccountTypedCustomFields.from_dict(_typed_custom_fields)

        account = cls(
            id=id,
            account_playbook_statuses=account_playbook_statuses,
            account_stage_id=account_stage_id,
            created_at=created_at,
            crm_owner_id=crm_owner_id,
            domain=domain,
            existence_level=existence_level,
            hubspot_id=hubspot_id,
            label_ids=label_ids,
            modality=modality,
            name=name,
            organization_id=organization_id,
            original_source=original_source,
            owner_id=owner_id,
            parent_account_id=parent_account_id,
            persona_counts=persona_counts,
            phone=phone,
            phone_status=phone_status,
            salesforce_id=salesforce_id,
            salesforce_record_url=salesforce_record_url,
            sanitized_phone=sanitized_phone,
            source=source,
            team_id=team_id,
            test_predictive_score=test_predictive_score,
            typed_custom_fields=typed_custom_fields,
        )

        account.additional_properties = d
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
