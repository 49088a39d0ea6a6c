from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_typed_custom_fields import ContactTypedCustomFields
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A person record in the team's Apollo workspace, as embedded in a task.

    Attributes:
        id (str): Apollo id of the contact.
        account_id (None | str | Unset): Id of the account the contact belongs to.
        account_phone_note (None | str | Unset): Note about the account phone number, if any.
        contact_stage_id (None | str | Unset): Id of the contact stage.
        created_at (datetime.datetime | None | Unset): When the contact was created in Apollo.
        crm_owner_id (None | str | Unset): Id of the owner in the connected CRM.
        direct_dial_enrichment_failed_at (datetime.datetime | None | Unset): When a direct dial lookup failed, if it
            did.
        direct_dial_status (None | str | Unset): State of a direct dial lookup, if one was requested.
        email (None | str | Unset): Email address.
        email_manually_changed (bool | None | Unset): Whether a user edited the email address by hand.
        email_needs_tickling (bool | None | Unset): Internal email verification flag.
        email_status (None | str | Unset): Verification state of the email address, such as `verified`.
        email_unsubscribed (bool | None | Unset): Whether the contact opted out of email.
        emailer_campaign_ids (list[str] | Unset): Ids of the sequences the contact is in.
        existence_level (None | str | Unset): How complete the record is, such as `full`.
        extrapolated_email_confidence (float | None | Unset): Confidence (0 to 1) in a guessed email address.
        first_name (None | str | Unset): Given name.
        has_email_arcgate_request (bool | None | Unset): Internal email lookup flag.
        has_pending_email_arcgate_request (bool | None | Unset): Internal email lookup flag.
        headline (None | str | Unset): Profile headline.
        hubspot_company_id (None | str | Unset): HubSpot company id, if synced.
        hubspot_vid (None | str | Unset): HubSpot contact id, if synced.
        label_ids (list[str] | Unset): Ids of the lists (labels) the contact is on.
        last_activity_date (datetime.datetime | None | Unset): When the contact last had activity.
        last_name (None | str | Unset): Family name.
        linkedin_uid (None | str | Unset): LinkedIn member id.
        linkedin_url (None | str | Unset): LinkedIn profile link.
        merged_crm_ids (list[str] | Unset): CRM ids of records merged into this contact.
        name (None | str | Unset): Full name.
        organization_id (None | str | Unset): Id of the employer in Apollo's database, if linked.
        organization_name (None | str | Unset): Name of the contact's employer.
        original_source (None | str | Unset): How the contact first entered Apollo.
        outreach_id (None | str | Unset): Outreach prospect id, if synced.
        outreach_url (None | str | Unset): Link to the prospect in Outreach, if synced.
        owner_id (None | str | Unset): Id of the Apollo user who owns the contact.
        person_id (None | str | Unset): Id of the matching person in Apollo's database, if linked.
        phone_numbers (list[PhoneNumber] | Unset): Phone numbers known for the contact.
        photo_url (None | str | Unset): Link to a profile picture.
        present_raw_address (None | str | Unset): Location as free text.
        queued_for_crm_push (bool | None | Unset): Whether changes are waiting to be pushed to the CRM.
        salesforce_account_id (None | str | Unset): Id of the Salesforce account of the contact, if any.
        salesforce_contact_id (None | str | Unset): Id of the synced Salesforce contact, if any.
        salesforce_id (None | str | Unset): Id of the synced Salesforce record, if any.
        salesforce_lead_id (None | str | Unset): Id of the synced Salesforce lead, if any.
        salesforce_record_url (None | str | Unset): Link to the record in Salesforce, if synced.
        salesloft_id (None | str | Unset): Salesloft person id, if synced.
        salesloft_url (None | str | Unset): Link to the person in Salesloft, if synced.
        sanitized_phone (None | str | Unset): Main phone number normalised to E.164.
        source (None | str | Unset): How the contact was last created or updated, such as `salesforce_contact`.
        suggested_from_rule_engine_config_id (None | str | Unset): Id of the rule that suggested the contact, if any.
        test_predictive_score (float | None | Unset): Experimental scoring value; usually null.
        title (None | str | Unset): Job title.
        typed_custom_fields (ContactTypedCustomFields | Unset): Values of custom fields, keyed by custom field id.
        updated_at (datetime.datetime | None | Unset): When the contact was last changed.
    """

    id: str
    account_id: None | str | Unset = UNSET
    account_phone_note: None | str | Unset = UNSET
    contact_stage_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    crm_owner_id: None | str | Unset = UNSET
    direct_dial_enrichment_failed_at: datetime.datetime | None | Unset = UNSET
    direct_dial_status: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email_manually_changed: bool | None | Unset = UNSET
    email_needs_tickling: bool | None | Unset = UNSET
    email_status: None | str | Unset = UNSET
    email_unsubscribed: bool | None | Unset = UNSET
    emailer_campaign_ids: list[str] | Unset = UNSET
    existence_level: None | str | Unset = UNSET
    extrapolated_email_confidence: float | None | Unset = UNSET
    first_name: None | str | Unset = UNSET
    has_email_arcgate_request: bool | None | Unset = UNSET
    has_pending_email_arcgate_request: bool | None | Unset = UNSET
    headline: None | str | Unset = UNSET
    hubspot_company_id: None | str | Unset = UNSET
    hubspot_vid: None | str | Unset = UNSET
    label_ids: list[str] | Unset = UNSET
    last_activity_date: datetime.datetime | None | Unset = UNSET
    last_name: None | str | Unset = UNSET
    linkedin_uid: None | str | Unset = UNSET
    linkedin_url: None | str | Unset = UNSET
    merged_crm_ids: list[str] | Unset = UNSET
    name: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    original_source: None | str | Unset = UNSET
    outreach_id: None | str | Unset = UNSET
    outreach_url: None | str | Unset = UNSET
    owner_id: None | str | Unset = UNSET
    person_id: None | str | Unset = UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    photo_url: None | str | Unset = UNSET
    present_raw_address: None | str | Unset = UNSET
    queued_for_crm_push: bool | None | Unset = UNSET
    salesforce_account_id: None | str | Unset = UNSET
    salesforce_contact_id: None | str | Unset = UNSET
    salesforce_id: None | str | Unset = UNSET
    salesforce_lead_id: None | str | Unset = UNSET
    salesforce_record_url: None | str | Unset = UNSET
    salesloft_id: None | str | Unset = UNSET
    salesloft_url: None | str | Unset = UNSET
    sanitized_phone: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    suggested_from_rule_engine_config_id: None | str | Unset = UNSET
    test_predictive_score: float | None | Unset = UNSET
    title: None | str | Unset = UNSET
    typed_custom_fields: ContactTypedCustomFields | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_phone_note: None | str | Unset
        if isinstance(self.account_phone_note, Unset):
            account_phone_note = UNSET
        else:
            account_phone_note = self.account_phone_note

        contact_stage_id: None | str | Unset
        if isinstance(self.contact_stage_id, Unset):
            contact_stage_id = UNSET
        else:
            contact_stage_id = self.contact_stage_id

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

        direct_dial_enrichment_failed_at: None | str | Unset
        if isinstance(self.direct_dial_enrichment_failed_at, Unset):
            direct_dial_enrichment_failed_at = UNSET
        elif isinstance(self.direct_dial_enrichment_failed_at, datetime.datetime):
            direct_dial_enrichment_failed_at = self.direct_dial_enrichment_failed_at.isoformat()
        else:
            direct_dial_enrichment_failed_at = self.direct_dial_enrichment_failed_at

        direct_dial_status: None | str | Unset
        if isinstance(self.direct_dial_status, Unset):
            direct_dial_status = UNSET
        else:
            direct_dial_status = self.direct_dial_status

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_manually_changed: bool | None | Unset
        if isinstance(self.email_manually_changed, Unset):
            email_manually_changed = UNSET
        else:
            email_manually_changed = self.email_manually_changed

        email_needs_tickling: bool | None | Unset
        if isinstance(self.email_needs_tickling, Unset):
            email_needs_tickling = UNSET
        else:
            email_needs_tickling = self.email_needs_tickling

        email_status: None | str | Unset
        if isinstance(self.email_status, Unset):
            email_status = UNSET
        else:
            email_status = self.email_status

        email_unsubscribed: bool | None | Unset
        if isinstance(self.email_unsubscribed, Unset):
            email_unsubscribed = UNSET
        else:
            email_unsubscribed = self.email_unsubscribed

        emailer_campaign_ids: list[str] | Unset = UNSET
        if not isinstance(self.emailer_campaign_ids, Unset):
            emailer_campaign_ids = self.emailer_campaign_ids

        existence_level: None | str | Unset
        if isinstance(self.existence_level, Unset):
            existence_level = UNSET
        else:
            existence_level = self.existence_level

        extrapolated_email_confidence: float | None | Unset
        if isinstance(self.extrapolated_email_confidence, Unset):
            extrapolated_email_confidence = UNSET
        else:
            extrapolated_email_confidence = self.extrapolated_email_confidence

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        has_email_arcgate_request: bool | None | Unset
        if isinstance(self.has_email_arcgate_request, Unset):
            has_email_arcgate_request = UNSET
        else:
            has_email_arcgate_request = self.has_email_arcgate_request

        has_pending_email_arcgate_request: bool | None | Unset
        if isinstance(self.has_pending_email_arcgate_request, Unset):
            has_pending_email_arcgate_request = UNSET
        else:
            has_pending_email_arcgate_request = self.has_pending_email_arcgate_request

        headline: None | str | Unset
        if isinstance(self.headline, Unset):
            headline = UNSET
        else:
            headline = self.headline

        hubspot_company_id: None | str | Unset
        if isinstance(self.hubspot_company_id, Unset):
            hubspot_company_id = UNSET
        else:
            hubspot_company_id = self.hubspot_company_id

        hubspot_vid: None | str | Unset
        if isinstance(self.hubspot_vid, Unset):
            hubspot_vid = UNSET
        else:
            hubspot_vid = self.hubspot_vid

        label_ids: list[str] | Unset = UNSET
        if not isinstance(self.label_ids, Unset):
            label_ids = self.label_ids

        last_activity_date: None | str | Unset
        if isinstance(self.last_activity_date, Unset):
            last_activity_date = UNSET
        elif isinstance(self.last_activity_date, datetime.datetime):
            last_activity_date = self.last_activity_date.isoformat()
        else:
            last_activity_date = self.last_activity_date

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        linkedin_uid: None | str | Unset
        if isinstance(self.linkedin_uid, Unset):
            linkedin_uid = UNSET
        else:
            linkedin_uid = self.linkedin_uid

        linkedin_url: None | str | Unset
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        merged_crm_ids: list[str] | Unset = UNSET
        if not isinstance(self.merged_crm_ids, Unset):
            merged_crm_ids = self.merged_crm_ids

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

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        original_source: None | str | Unset
        if isinstance(self.original_source, Unset):
            original_source = UNSET
        else:
            original_source = self.original_source

        outreach_id: None | str | Unset
        if isinstance(self.outreach_id, Unset):
            outreach_id = UNSET
        else:
            outreach_id = self.outreach_id

        outreach_url: None | str | Unset
        if isinstance(self.outreach_url, Unset):
            outreach_url = UNSET
        else:
            outreach_url = self.outreach_url

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        photo_url: None | str | Unset
        if isinstance(self.photo_url, Unset):
            photo_url = UNSET
        else:
            photo_url = self.photo_url

        present_raw_address: None | str | Unset
        if isinstance(self.present_raw_address, Unset):
            present_raw_address = UNSET
        else:
            present_raw_address = self.present_raw_address

        queued_for_crm_push: bool | None | Unset
        if isinstance(self.queued_for_crm_push, Unset):
            queued_for_crm_push = UNSET
        else:
            queued_for_crm_push = self.queued_for_crm_push

        salesforce_account_id: None | str | Unset
        if isinstance(self.salesforce_account_id, Unset):
            salesforce_account_id = UNSET
        else:
            salesforce_account_id = self.salesforce_account_id

        salesforce_contact_id: None | str | Unset
        if isinstance(self.salesforce_contact_id, Unset):
            salesforce_contact_id = UNSET
        else:
            salesforce_contact_id = self.salesforce_contact_id

        salesforce_id: None | str | Unset
        if isinstance(self.salesforce_id, Unset):
            salesforce_id = UNSET
        else:
            salesforce_id = self.salesforce_id

        salesforce_lead_id: None | str | Unset
        if isinstance(self.salesforce_lead_id, Unset):
            salesforce_lead_id = UNSET
        else:
            salesforce_lead_id = self.salesforce_lead_id

        salesforce_record_url: None | str | Unset
        if isinstance(self.salesforce_record_url, Unset):
            salesforce_record_url = UNSET
        else:
            salesforce_record_url = self.salesforce_record_url

        salesloft_id: None | str | Unset
        if isinstance(self.salesloft_id, Unset):
            salesloft_id = UNSET
        else:
            salesloft_id = self.salesloft_id

        salesloft_url: None | str | Unset
        if isinstance(self.salesloft_url, Unset):
            salesloft_url = UNSET
        else:
            salesloft_url = self.salesloft_url

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

        suggested_from_rule_engine_config_id: None | str | Unset
        if isinstance(self.suggested_from_rule_engine_config_id, Unset):
            suggested_from_rule_engine_config_id = UNSET
        else:
            suggested_from_rule_engine_config_id = self.suggested_from_rule_engine_config_id

        test_predictive_score: float | None | Unset
        if isinstance(self.test_predictive_score, Unset):
            test_predictive_score = UNSET
        else:
            test_predictive_score = self.test_predictive_score

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        typed_custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.typed_custom_fields, Unset):
            typed_custom_fields = self.typed_custom_fields.to_dict()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_phone_note is not UNSET:
            field_dict["account_phone_note"] = account_phone_note
        if contact_stage_id is not UNSET:
            field_dict["contact_stage_id"] = contact_stage_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if crm_owner_id is not UNSET:
            field_dict["crm_owner_id"] = crm_owner_id
        if direct_dial_enrichment_failed_at is not UNSET:
            field_dict["direct_dial_enrichment_failed_at"] = direct_dial_enrichment_failed_at
        if direct_dial_status is not UNSET:
            field_dict["direct_dial_status"] = direct_dial_status
        if email is not UNSET:
            field_dict["email"] = email
        if email_manually_changed is not UNSET:
            field_dict["email_manually_changed"] = email_manually_changed
        if email_needs_tickling is not UNSET:
            field_dict["email_needs_tickling"] = email_needs_tickling
        if email_status is not UNSET:
            field_dict["email_status"] = email_status
        if email_unsubscribed is not UNSET:
            field_dict["email_unsubscribed"] = email_unsubscribed
        if emailer_campaign_ids is not UNSET:
            field_dict["emailer_campaign_ids"] = emailer_campaign_ids
        if existence_level is not UNSET:
            field_dict["existence_level"] = existence_level
        if extrapolated_email_confidence is not UNSET:
            field_dict["extrapolated_email_confidence"] = extrapolated_email_confidence
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if has_email_arcgate_request is not UNSET:
            field_dict["has_email_arcgate_request"] = has_email_arcgate_request
        if has_pending_email_arcgate_request is not UNSET:
            field_dict["has_pending_email_arcgate_request"] = has_pending_email_arcgate_request
        if headline is not UNSET:
            field_dict["headline"] = headline
        if hubspot_company_id is not UNSET:
            field_dict["hubspot_company_id"] = hubspot_company_id
        if hubspot_vid is not UNSET:
            field_dict["hubspot_vid"] = hubspot_vid
        if label_ids is not UNSET:
            field_dict["label_ids"] = label_ids
        if last_activity_date is not UNSET:
            field_dict["last_activity_date"] = last_activity_date
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if linkedin_uid is not UNSET:
            field_dict["linkedin_uid"] = linkedin_uid
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url
        if merged_crm_ids is not UNSET:
            field_dict["merged_crm_ids"] = merged_crm_ids
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if organization_name is not UNSET:
            field_dict["organization_name"] = organization_name
        if original_source is not UNSET:
            field_dict["original_source"] = original_source
        if outreach_id is not UNSET:
            field_dict["outreach_id"] = outreach_id
        if outreach_url is not UNSET:
            field_dict["outreach_url"] = outreach_url
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if phone_numbers is not UNSET:
            field_dict["phone_numbers"] = phone_numbers
        if photo_url is not UNSET:
            field_dict["photo_url"] = photo_url
        if present_raw_address is not UNSET:
            field_dict["present_raw_address"] = present_raw_address
        if queued_for_crm_push is not UNSET:
            field_dict["queued_for_crm_push"] = queued_for_crm_push
        if salesforce_account_id is not UNSET:
            field_dict["salesforce_account_id"] = salesforce_account_id
        if salesforce_contact_id is not UNSET:
            field_dict["salesforce_contact_id"] = salesforce_contact_id
        if salesforce_id is not UNSET:
            field_dict["salesforce_id"] = salesforce_id
        if salesforce_lead_id is not UNSET:
            field_dict["salesforce_lead_id"] = salesforce_lead_id
        if salesforce_record_url is not UNSET:
            field_dict["salesforce_record_url"] = salesforce_record_url
        if salesloft_id is not UNSET:
            field_dict["salesloft_id"] = salesloft_id
        if salesloft_url is not UNSET:
            field_dict["salesloft_url"] = salesloft_url
        if sanitized_phone is not UNSET:
            field_dict["sanitized_phone"] = sanitized_phone
        if source is not UNSET:
            field_dict["source"] = source
        if suggested_from_rule_engine_config_id is not UNSET:
            field_dict["suggested_from_rule_engine_config_id"] = suggested_from_rule_engine_config_id
        if test_predictive_score is not UNSET:
            field_dict["test_predictive_score"] = test_predictive_score
        if title is not UNSET:
            field_dict["title"] = title
        if typed_custom_fields is not UNSET:
            field_dict["typed_custom_fields"] = typed_custom_fields
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_typed_custom_fields import ContactTypedCustomFields
        from ..models.phone_number import PhoneNumber

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_account_phone_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_phone_note = _parse_account_phone_note(d.pop("account_phone_note", UNSET))

        def _parse_contact_stage_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_stage_id = _parse_contact_stage_id(d.pop("contact_stage_id", UNSET))

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

        def _parse_direct_dial_enrichment_failed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direct_dial_enrichment_failed_at_type_0 = datetime.datetime.fromisoformat(data)

                return direct_dial_enrichment_failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        direct_dial_enrichment_failed_at = _parse_direct_dial_enrichment_failed_at(
            d.pop("direct_dial_enrichment_failed_at", UNSET)
        )

        def _parse_direct_dial_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direct_dial_status = _parse_direct_dial_status(d.pop("direct_dial_status", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_email_manually_changed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        email_manually_changed = _parse_email_manually_changed(d.pop("email_manually_changed", UNSET))

        def _parse_email_needs_tickling(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        email_needs_tickling = _parse_email_needs_tickling(d.pop("email_needs_tickling", UNSET))

        def _parse_email_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_status = _parse_email_status(d.pop("email_status", UNSET))

        def _parse_email_unsubscribed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        email_unsubscribed = _parse_email_unsubscribed(d.pop("email_unsubscribed", UNSET))

        emailer_campaign_ids = cast(list[str], d.pop("emailer_campaign_ids", UNSET))

        def _parse_existence_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        existence_level = _parse_existence_level(d.pop("existence_level", UNSET))

        def _parse_extrapolated_email_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        extrapolated_email_confidence = _parse_extrapolated_email_confidence(
            d.pop("extrapolated_email_confidence", UNSET)
        )

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_has_email_arcgate_request(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_email_arcgate_request = _parse_has_email_arcgate_request(d.pop("has_email_arcgate_request", UNSET))

        def _parse_has_pending_email_arcgate_request(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_pending_email_arcgate_request = _parse_has_pending_email_arcgate_request(
            d.pop("has_pending_email_arcgate_request", UNSET)
        )

        def _parse_headline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headline = _parse_headline(d.pop("headline", UNSET))

        def _parse_hubspot_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hubspot_company_id = _parse_hubspot_company_id(d.pop("hubspot_company_id", UNSET))

        def _parse_hubspot_vid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hubspot_vid = _parse_hubspot_vid(d.pop("hubspot_vid", UNSET))

        label_ids = cast(list[str], d.pop("label_ids", UNSET))

        def _parse_last_activity_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_activity_date_type_0 = datetime.datetime.fromisoformat(data)

                return last_activity_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_activity_date = _parse_last_activity_date(d.pop("last_activity_date", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_linkedin_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_uid = _parse_linkedin_uid(d.pop("linkedin_uid", UNSET))

        def _parse_linkedin_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_url = _parse_linkedin_url(d.pop("linkedin_url", UNSET))

        merged_crm_ids = cast(list[str], d.pop("merged_crm_ids", UNSET))

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

        def _parse_organization_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_name = _parse_organization_name(d.pop("organization_name", UNSET))

        def _parse_original_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_source = _parse_original_source(d.pop("original_source", UNSET))

        def _parse_outreach_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outreach_id = _parse_outreach_id(d.pop("outreach_id", UNSET))

        def _parse_outreach_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outreach_url = _parse_outreach_url(d.pop("outreach_url", UNSET))

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        _phone_numbers = d.pop("phone_numbers", UNSET)
        phone_numbers: list[PhoneNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        def _parse_photo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        photo_url = _parse_photo_url(d.pop("photo_url", UNSET))

        def _parse_present_raw_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        present_raw_address = _parse_present_raw_address(d.pop("present_raw_address", UNSET))

        def _parse_queued_for_crm_push(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        queued_for_crm_push = _parse_queued_for_crm_push(d.pop("queued_for_crm_push", UNSET))

        def _parse_salesforce_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_account_id = _parse_salesforce_account_id(d.pop("salesforce_account_id", UNSET))

        def _parse_salesforce_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_contact_id = _parse_salesforce_contact_id(d.pop("salesforce_contact_id", UNSET))

        def _parse_salesforce_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_id = _parse_salesforce_id(d.pop("salesforce_id", UNSET))

        def _parse_salesforce_lead_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_lead_id = _parse_salesforce_lead_id(d.pop("salesforce_lead_id", UNSET))

        def _parse_salesforce_record_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesforce_record_url = _parse_salesforce_record_url(d.pop("salesforce_record_url", UNSET))

        def _parse_salesloft_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesloft_id = _parse_salesloft_id(d.pop("salesloft_id", UNSET))

        def _parse_salesloft_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salesloft_url = _parse_salesloft_url(d.pop("salesloft_url", UNSET))

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

        def _parse_suggested_from_rule_engine_config_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggested_from_rule_engine_config_id = _parse_suggested_from_rule_engine_config_id(
            d.pop("suggested_from_rule_engine_config_id", UNSET)
        )

        def _parse_test_predictive_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        test_predictive_score = _parse_test_predictive_score(d.pop("test_predictive_score", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _typed_custom_fields = d.pop("typed_custom_fields", UNSET)
        typed_custom_fields: ContactTypedCustomFields | Unset
        if isinstance(_typed_custom_fields, Unset):
            typed_custom_fields = UNSET
        else:
            typed_custom_fields = ContactTypedCustomFields.from_dict(_typed_custom_fields)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        contact = cls(
            id=id,
            account_id=account_id,
            account_phone_note=account_phone_note,
            contact_stage_id=contact_stage_id,
            created_at=created_at,
            crm_owner_id=crm_owner_id,
            direct_dial_enrichment_failed_at=direct_dial_enrichment_failed_at,
            direct_dial_status=direct_dial_status,
            email=email,
            email_manually_changed=email_manually_changed,
            email_needs_tickling=email_needs_tickling,
            email_status=email_status,
            email_unsubscribed=email_unsubscribed,
            emailer_campaign_ids=emailer_campaign_ids,
            existence_level=existence_level,
            extrapolated_email_confidence=extrapolated_email_confidence,
            first_name=first_name,
            has_email_arcgate_request=has_email_arcgate_request,
            has_pending_email_arcgate_request=has_pending_email_arcgate_request,
            headline=headline,
            hubspot_company_id=hubspot_company_id,
            hubspot_vid=hubspot_vid,
            label_ids=label_ids,
            last_activity_date=last_activity_date,
            last_name=last_name,
            linkedin_uid=linkedin_uid,
            linkedin_url=linkedin_url,
            merged_crm_ids=merged_crm_ids,
            name=name,
            organization_id=organization_id,
            organization_name=organization_name,
            original_source=original_source,
            outreach_id=outreach_id,
            outreach_url=outreach_url,
            owner_id=owner_id,
            person_id=person_id,
            phone_numbers=phone_numbers,
            photo_url=photo_url,
            present_raw_address=present_raw_address,
            queued_for_crm_push=queued_for_crm_push,
            salesforce_account_id=salesforce_account_id,
            salesforce_contact_id=salesforce_contact_id,
            salesforce_id=salesforce_id,
            salesforce_lead_id=salesforce_lead_id,
            salesforce_record_url=salesforce_record_url,
            salesloft_id=salesloft_id,
            salesloft_url=salesloft_url,
            sanitized_phone=sanitized_phone,
            source=source,
            suggested_from_rule_engine_config_id=suggested_from_rule_engine_config_id,
            test_predictive_score=test_predictive_score,
            title=title,
            typed_custom_fields=typed_custom_fields,
            updated_at=updated_at,
        )

        contact.additional_properties = d
        return contact

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
