from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import parse_date_time
from crmtasks._facade import reading as _reading

T = TypeVar("T", bound="Contact")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "account_id",
        "account_phone_note",
        "contact_stage_id",
        "created_at",
        "crm_owner_id",
        "direct_dial_enrichment_failed_at",
        "direct_dial_status",
        "email",
        "email_manually_changed",
        "email_needs_tickling",
        "email_status",
        "email_unsubscribed",
        "emailer_campaign_ids",
        "existence_level",
        "extrapolated_email_confidence",
        "first_name",
        "has_email_arcgate_request",
        "has_pending_email_arcgate_request",
        "headline",
        "hubspot_company_id",
        "hubspot_vid",
        "label_ids",
        "last_activity_date",
        "last_name",
        "linkedin_uid",
        "linkedin_url",
        "merged_crm_ids",
        "name",
        "organization_id",
        "organization_name",
        "original_source",
        "outreach_id",
        "outreach_url",
        "owner_id",
        "person_id",
        "phone_numbers",
        "photo_url",
        "present_raw_address",
        "queued_for_crm_push",
        "salesforce_account_id",
        "salesforce_contact_id",
        "salesforce_id",
        "salesforce_lead_id",
        "salesforce_record_url",
        "salesloft_id",
        "salesloft_url",
        "sanitized_phone",
        "source",
        "suggested_from_rule_engine_config_id",
        "test_predictive_score",
        "title",
        "typed_custom_fields",
        "updated_at",
    }
)


@_attrs_define
class Contact:
    """A person record in the team's Apollo workspace, as embedded in a task.

    Attributes:
        id (str): Apollo id of the contact.
        account_id (str | None): Id of the account the contact belongs to.
        account_phone_note (str | None): Note about the account phone number, if any.
        contact_stage_id (str | None): Id of the contact stage.
        created_at (datetime.datetime | None): When the contact was created in Apollo.
        crm_owner_id (str | None): Id of the owner in the connected CRM.
        direct_dial_enrichment_failed_at (datetime.datetime | None): When a direct dial lookup failed, if it did.
        direct_dial_status (str | None): State of a direct dial lookup, if one was requested.
        email (str | None): Email address.
        email_manually_changed (bool | None): Whether a user edited the email address by hand.
        email_needs_tickling (bool | None): Internal email verification flag.
        email_status (str | None): Verification state of the email address, such as `verified`.
        email_unsubscribed (bool | None): Whether the contact opted out of email.
        emailer_campaign_ids (list[str] | None): Ids of the sequences the contact is in.
        existence_level (str | None): How complete the record is, such as `full`.
        extrapolated_email_confidence (float | None): Confidence (0 to 1) in a guessed email address.
        first_name (str | None): Given name.
        has_email_arcgate_request (bool | None): Internal email lookup flag.
        has_pending_email_arcgate_request (bool | None): Internal email lookup flag.
        headline (str | None): Profile headline.
        hubspot_company_id (str | None): HubSpot company id, if synced.
        hubspot_vid (str | None): HubSpot contact id, if synced.
        label_ids (list[str] | None): Ids of the lists (labels) the contact is on.
        last_activity_date (datetime.datetime | None): When the contact last had activity.
        last_name (str | None): Family name.
        linkedin_uid (str | None): LinkedIn member id.
        linkedin_url (str | None): LinkedIn profile link.
        merged_crm_ids (list[str] | None): CRM ids of records merged into this contact.
        name (str | None): Full name.
        organization_id (str | None): Id of the employer in Apollo's database, if linked.
        organization_name (str | None): Name of the contact's employer.
        original_source (str | None): How the contact first entered Apollo.
        outreach_id (str | None): Outreach prospect id, if synced.
        outreach_url (str | None): Link to the prospect in Outreach, if synced.
        owner_id (str | None): Id of the Apollo user who owns the contact.
        person_id (str | None): Id of the matching person in Apollo's database, if linked.
        phone_numbers (list[PhoneNumber] | None): Phone numbers known for the contact.
        photo_url (str | None): Link to a profile picture.
        present_raw_address (str | None): Location as free text.
        queued_for_crm_push (bool | None): Whether changes are waiting to be pushed to the CRM.
        salesforce_account_id (str | None): Id of the Salesforce account of the contact, if any.
        salesforce_contact_id (str | None): Id of the synced Salesforce contact, if any.
        salesforce_id (str | None): Id of the synced Salesforce record, if any.
        salesforce_lead_id (str | None): Id of the synced Salesforce lead, if any.
        salesforce_record_url (str | None): Link to the record in Salesforce, if synced.
        salesloft_id (str | None): Salesloft person id, if synced.
        salesloft_url (str | None): Link to the person in Salesloft, if synced.
        sanitized_phone (str | None): Main phone number normalised to E.164.
        source (str | None): How the contact was last created or updated, such as `salesforce_contact`.
        suggested_from_rule_engine_config_id (str | None): Id of the rule that suggested the contact, if any.
        test_predictive_score (float | None): Experimental scoring value; usually null.
        title (str | None): Job title.
        typed_custom_fields (ContactTypedCustomFields): Values of custom fields, keyed by custom field id.
        updated_at (datetime.datetime | None): When the contact was last changed.
    """

    id: str
    account_id: str | None = None
    account_phone_note: str | None = None
    contact_stage_id: str | None = None
    created_at: datetime.datetime | None = None
    crm_owner_id: str | None = None
    direct_dial_enrichment_failed_at: datetime.datetime | None = None
    direct_dial_status: str | None = None
    email: str | None = None
    email_manually_changed: bool | None = None
    email_needs_tickling: bool | None = None
    email_status: str | None = None
    email_unsubscribed: bool | None = None
    emailer_campaign_ids: list[str] | None = None
    existence_level: str | None = None
    extrapolated_email_confidence: float | None = None
    first_name: str | None = None
    has_email_arcgate_request: bool | None = None
    has_pending_email_arcgate_request: bool | None = None
    headline: str | None = None
    hubspot_company_id: str | None = None
    hubspot_vid: str | None = None
    label_ids: list[str] | None = None
    last_activity_date: datetime.datetime | None = None
    last_name: str | None = None
    linkedin_uid: str | None = None
    linkedin_url: str | None = None
    merged_crm_ids: list[str] | None = None
    name: str | None = None
    organization_id: str | None = None
    organization_name: str | None = None
    original_source: str | None = None
    outreach_id: str | None = None
    outreach_url: str | None = None
    owner_id: str | None = None
    person_id: str | None = None
    phone_numbers: list[PhoneNumber] | None = None
    photo_url: str | None = None
    present_raw_address: str | None = None
    queued_for_crm_push: bool | None = None
    salesforce_account_id: str | None = None
    salesforce_contact_id: str | None = None
    salesforce_id: str | None = None
    salesforce_lead_id: str | None = None
    salesforce_record_url: str | None = None
    salesloft_id: str | None = None
    salesloft_url: str | None = None
    sanitized_phone: str | None = None
    source: str | None = None
    suggested_from_rule_engine_config_id: str | None = None
    test_predictive_score: float | None = None
    title: str | None = None
    typed_custom_fields: ContactTypedCustomFields = _attrs_field(factory=lambda: ContactTypedCustomFields())
    updated_at: datetime.datetime | None = None
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
        v = self.account_id
        if v is not None or "account_id" in came:
            field_dict["account_id"] = v
        v = self.account_phone_note
        if v is not None or "account_phone_note" in came:
            field_dict["account_phone_note"] = v
        v = self.contact_stage_id
        if v is not None or "contact_stage_id" in came:
            field_dict["contact_stage_id"] = v
        v = self.created_at
        if v is not None or "created_at" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["created_at"] = v
        v = self.crm_owner_id
        if v is not None or "crm_owner_id" in came:
            field_dict["crm_owner_id"] = v
        v = self.direct_dial_enrichment_failed_at
        if v is not None or "direct_dial_enrichment_failed_at" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["direct_dial_enrichment_failed_at"] = v
        v = self.direct_dial_status
        if v is not None or "direct_dial_status" in came:
            field_dict["direct_dial_status"] = v
        v = self.email
        if v is not None or "email" in came:
            field_dict["email"] = v
        v = self.email_manually_changed
        if v is not None or "email_manually_changed" in came:
            field_dict["email_manually_changed"] = v
        v = self.email_needs_tickling
        if v is not None or "email_needs_tickling" in came:
            field_dict["email_needs_tickling"] = v
        v = self.email_status
        if v is not None or "email_status" in came:
            field_dict["email_status"] = v
        v = self.email_unsubscribed
        if v is not None or "email_unsubscribed" in came:
            field_dict["email_unsubscribed"] = v
        v = self.emailer_campaign_ids
        if v is not None or "emailer_campaign_ids" in came:
            if v is not None:
                v = list(v)
            field_dict["emailer_campaign_ids"] = v
        v = self.existence_level
        if v is not None or "existence_level" in came:
            field_dict["existence_level"] = v
        v = self.extrapolated_email_confidence
        if v is not None or "extrapolated_email_confidence" in came:
            field_dict["extrapolated_email_confidence"] = v
        v = self.first_name
        if v is not None or "first_name" in came:
            field_dict["first_name"] = v
        v = self.has_email_arcgate_request
        if v is not None or "has_email_arcgate_request" in came:
            field_dict["has_email_arcgate_request"] = v
        v = self.has_pending_email_arcgate_request
        if v is not None or "has_pending_email_arcgate_request" in came:
            field_dict["has_pending_email_arcgate_request"] = v
        v = self.headline
        if v is not None or "headline" in came:
            field_dict["headline"] = v
        v = self.hubspot_company_id
        if v is not None or "hubspot_company_id" in came:
            field_dict["hubspot_company_id"] = v
        v = self.hubspot_vid
        if v is not None or "hubspot_vid" in came:
            field_dict["hubspot_vid"] = v
        v = self.label_ids
        if v is not None or "label_ids" in came:
            if v is not None:
                v = list(v)
            field_dict["label_ids"] = v
        v = self.last_activity_date
        if v is not None or "last_activity_date" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["last_activity_date"] = v
        v = self.last_name
        if v is not None or "last_name" in came:
            field_dict["last_name"] = v
        v = self.linkedin_uid
        if v is not None or "linkedin_uid" in came:
            field_dict["linkedin_uid"] = v
        v = self.linkedin_url
        if v is not None or "linkedin_url" in came:
            field_dict["linkedin_url"] = v
        v = self.merged_crm_ids
        if v is not None or "merged_crm_ids" in came:
            if v is not None:
                v = list(v)
            field_dict["merged_crm_ids"] = v
        v = self.name
        if v is not None or "name" in came:
            field_dict["name"] = v
        v = self.organization_id
        if v is not None or "organization_id" in came:
            field_dict["organization_id"] = v
        v = self.organization_name
        if v is not None or "organization_name" in came:
            field_dict["organization_name"] = v
        v = self.original_source
        if v is not None or "original_source" in came:
            field_dict["original_source"] = v
        v = self.outreach_id
        if v is not None or "outreach_id" in came:
            field_dict["outreach_id"] = v
        v = self.outreach_url
        if v is not None or "outreach_url" in came:
            field_dict["outreach_url"] = v
        v = self.owner_id
        if v is not None or "owner_id" in came:
            field_dict["owner_id"] = v
        v = self.person_id
        if v is not None or "person_id" in came:
            field_dict["person_id"] = v
        v = self.phone_numbers
        if v is not None or "phone_numbers" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["phone_numbers"] = v
        v = self.photo_url
        if v is not None or "photo_url" in came:
            field_dict["photo_url"] = v
        v = self.present_raw_address
        if v is not None or "present_raw_address" in came:
            field_dict["present_raw_address"] = v
        v = self.queued_for_crm_push
        if v is not None or "queued_for_crm_push" in came:
            field_dict["queued_for_crm_push"] = v
        v = self.salesforce_account_id
        if v is not None or "salesforce_account_id" in came:
            field_dict["salesforce_account_id"] = v
        v = self.salesforce_contact_id
        if v is not None or "salesforce_contact_id" in came:
            field_dict["salesforce_contact_id"] = v
        v = self.salesforce_id
        if v is not None or "salesforce_id" in came:
            field_dict["salesforce_id"] = v
        v = self.salesforce_lead_id
        if v is not None or "salesforce_lead_id" in came:
            field_dict["salesforce_lead_id"] = v
        v = self.salesforce_record_url
        if v is not None or "salesforce_record_url" in came:
            field_dict["salesforce_record_url"] = v
        v = self.salesloft_id
        if v is not None or "salesloft_id" in came:
            field_dict["salesloft_id"] = v
        v = self.salesloft_url
        if v is not None or "salesloft_url" in came:
            field_dict["salesloft_url"] = v
        v = self.sanitized_phone
        if v is not None or "sanitized_phone" in came:
            field_dict["sanitized_phone"] = v
        v = self.source
        if v is not None or "source" in came:
            field_dict["source"] = v
        v = self.suggested_from_rule_engine_config_id
        if v is not None or "suggested_from_rule_engine_config_id" in came:
            field_dict["suggested_from_rule_engine_config_id"] = v
        v = self.test_predictive_score
        if v is not None or "test_predictive_score" in came:
            field_dict["test_predictive_score"] = v
        v = self.title
        if v is not None or "title" in came:
            field_dict["title"] = v
        v = self.typed_custom_fields
        if v or "typed_custom_fields" in came:
            if v is not None:
                v = v.to_dict()
            field_dict["typed_custom_fields"] = v
        v = self.updated_at
        if v is not None or "updated_at" in came:
            if isinstance(v, datetime.date):
                v = v.isoformat()
            field_dict["updated_at"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Contact")
        get = d.get
        contact = cls.__new__(cls)
        v = get("id")
        if v.__class__ is not str:
            v = _reading.string(v, "Contact.id", False) if "id" in d else _reading.missing("Contact.id")
        contact.id = v
        v = get("account_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.account_id", True)
        contact.account_id = v
        v = get("account_phone_note")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.account_phone_note", True)
        contact.account_phone_note = v
        v = get("contact_stage_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.contact_stage_id", True)
        contact.contact_stage_id = v
        v = get("created_at")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Contact.created_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Contact.created_at")
        elif v is not None:
            v = _reading.date_time(v, "Contact.created_at", True)
        contact.created_at = v
        v = get("crm_owner_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.crm_owner_id", True)
        contact.crm_owner_id = v
        v = get("direct_dial_enrichment_failed_at")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Contact.direct_dial_enrichment_failed_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Contact.direct_dial_enrichment_failed_at")
        elif v is not None:
            v = _reading.date_time(v, "Contact.direct_dial_enrichment_failed_at", True)
        contact.direct_dial_enrichment_failed_at = v
        v = get("direct_dial_status")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.direct_dial_status", True)
        contact.direct_dial_status = v
        v = get("email")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.email", True)
        contact.email = v
        v = get("email_manually_changed")
        if v.__class__ is not bool and v is not None:
            v = _reading.boolean(v, "Contact.email_manually_changed", True)
        contact.email_manually_changed = v
        v = get("email_needs_tickling")
        if v.__class__ is not bool and v is not None:
            v = _reading.boolean(v, "Contact.email_needs_tickling", True)
        contact.email_needs_tickling = v
        v = get("email_status")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.email_status", True)
        contact.email_status = v
        v = get("email_unsubscribed")
        if v.__class__ is not bool and v is not None:
            v = _reading.boolean(v, "Contact.email_unsubscribed", True)
        contact.email_unsubscribed = v
        v = get("emailer_campaign_ids")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Contact.emailer_campaign_ids[]", (str,))
                    break
        elif v is not None or "emailer_campaign_ids" in d:
            v = _reading.not_a_list(v, "Contact.emailer_campaign_ids", False)
        contact.emailer_campaign_ids = v
        v = get("existence_level")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.existence_level", True)
        contact.existence_level = v
        v = get("extrapolated_email_confidence")
        if v.__class__ is not float and v.__class__ is not int and v is not None:
            v = _reading.number(v, "Contact.extrapolated_email_confidence", True)
        contact.extrapolated_email_confidence = v
        v = get("first_name")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.first_name", True)
        contact.first_name = v
        v = get("has_email_arcgate_request")
        if v.__class__ is not bool and v is not None:
            v = _reading.boolean(v, "Contact.has_email_arcgate_request", True)
        contact.has_email_arcgate_request = v
        v = get("has_pending_email_arcgate_request")
        if v.__class__ is not bool and v is not None:
            v = _reading.boolean(v, "Contact.has_pending_email_arcgate_request", True)
        contact.has_pending_email_arcgate_request = v
        v = get("headline")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.headline", True)
        contact.headline = v
        v = get("hubspot_company_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.hubspot_company_id", True)
        contact.hubspot_company_id = v
        v = get("hubspot_vid")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.hubspot_vid", True)
        contact.hubspot_vid = v
        v = get("label_ids")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Contact.label_ids[]", (str,))
                    break
        elif v is not None or "label_ids" in d:
            v = _reading.not_a_list(v, "Contact.label_ids", False)
        contact.label_ids = v
        v = get("last_activity_date")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Contact.last_activity_date", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Contact.last_activity_date")
        elif v is not None:
            v = _reading.date_time(v, "Contact.last_activity_date", True)
        contact.last_activity_date = v
        v = get("last_name")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.last_name", True)
        contact.last_name = v
        v = get("linkedin_uid")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.linkedin_uid", True)
        contact.linkedin_uid = v
        v = get("linkedin_url")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.linkedin_url", True)
        contact.linkedin_url = v
        v = get("merged_crm_ids")
        if v.__class__ is list:
            for x in v:
                if x.__class__ is not str:
                    v = _reading.items(_reading.string, v, "Contact.merged_crm_ids[]", (str,))
                    break
        elif v is not None or "merged_crm_ids" in d:
            v = _reading.not_a_list(v, "Contact.merged_crm_ids", False)
        contact.merged_crm_ids = v
        v = get("name")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.name", True)
        contact.name = v
        v = get("organization_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.organization_id", True)
        contact.organization_id = v
        v = get("organization_name")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.organization_name", True)
        contact.organization_name = v
        v = get("original_source")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.original_source", True)
        contact.original_source = v
        v = get("outreach_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.outreach_id", True)
        contact.outreach_id = v
        v = get("outreach_url")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.outreach_url", True)
        contact.outreach_url = v
        v = get("owner_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.owner_id", True)
        contact.owner_id = v
        v = get("person_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.person_id", True)
        contact.person_id = v
        v = get("phone_numbers")
        if v.__class__ is list:
            v = [
                PhoneNumber.from_dict(x)
                if x.__class__ is dict
                else _reading.item(PhoneNumber.from_dict, x, "Contact.phone_numbers[]")
                for x in v
            ]
        elif v is not None or "phone_numbers" in d:
            v = _reading.not_a_list(v, "Contact.phone_numbers", False)
        contact.phone_numbers = v
        v = get("photo_url")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.photo_url", True)
        contact.photo_url = v
        v = get("present_raw_address")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.present_raw_address", True)
        contact.present_raw_address = v
        v = get("queued_for_crm_push")
        if v.__class__ is not bool and v is not None:
            v = _reading.boolean(v, "Contact.queued_for_crm_push", True)
        contact.queued_for_crm_push = v
        v = get("salesforce_account_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.salesforce_account_id", True)
        contact.salesforce_account_id = v
        v = get("salesforce_contact_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.salesforce_contact_id", True)
        contact.salesforce_contact_id = v
        v = get("salesforce_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.salesforce_id", True)
        contact.salesforce_id = v
        v = get("salesforce_lead_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.salesforce_lead_id", True)
        contact.salesforce_lead_id = v
        v = get("salesforce_record_url")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.salesforce_record_url", True)
        contact.salesforce_record_url = v
        v = get("salesloft_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.salesloft_id", True)
        contact.salesloft_id = v
        v = get("salesloft_url")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.salesloft_url", True)
        contact.salesloft_url = v
        v = get("sanitized_phone")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.sanitized_phone", True)
        contact.sanitized_phone = v
        v = get("source")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.source", True)
        contact.source = v
        v = get("suggested_from_rule_engine_config_id")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.suggested_from_rule_engine_config_id", True)
        contact.suggested_from_rule_engine_config_id = v
        v = get("test_predictive_score")
        if v.__class__ is not float and v.__class__ is not int and v is not None:
            v = _reading.number(v, "Contact.test_predictive_score", True)
        contact.test_predictive_score = v
        v = get("title")
        if v.__class__ is not str and v is not None:
            v = _reading.string(v, "Contact.title", True)
        contact.title = v
        v = get("typed_custom_fields")
        if v.__class__ is dict:
            v = ContactTypedCustomFields.from_dict(v)
        elif v is None and "typed_custom_fields" not in d:
            v = ContactTypedCustomFields()
        else:
            v = _reading.item(ContactTypedCustomFields.from_dict, v, "Contact.typed_custom_fields")
        contact.typed_custom_fields = v
        v = get("updated_at")
        if v.__class__ is str:
            try:
                v = parse_date_time(v)
            except ValueError:
                v = _reading.date_time(v, "Contact.updated_at", True)
            else:
                if v.tzinfo is None:
                    _reading.naive(v, "Contact.updated_at")
        elif v is not None:
            v = _reading.date_time(v, "Contact.updated_at", True)
        contact.updated_at = v
        contact._raw = src_dict
        contact._additional = None
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

    __repr__ = _reading.model_repr


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.contact_typed_custom_fields import ContactTypedCustomFields
from ..models.phone_number import PhoneNumber
