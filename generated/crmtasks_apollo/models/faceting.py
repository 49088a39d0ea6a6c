from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks import _reading

from ..types import UNSET, Unset

T = TypeVar("T", bound="Faceting")
# The members the spec declares; any other member of an answer goes to additional_properties.
_KEYS: frozenset[str] = frozenset(
    {
        "added_technology_uids_facets",
        "angellist_market_facets",
        "currently_not_using_any_of_technology_uids_facets",
        "currently_using_all_of_technology_uids_facets",
        "currently_using_any_of_technology_uids_facets",
        "dropped_technology_uids_facets",
        "latest_funding_stage_facets",
        "linkedin_company_size_facets",
        "linkedin_industry_facets",
        "linkedin_specialty_facets",
        "normalized_person_title_facets",
        "num_employees_facets",
        "organization_hq_city_facets",
        "organization_hq_country_facets",
        "organization_hq_state_facets",
        "organization_ids_facets",
        "organization_ids_in_query_facets",
        "organization_keywords_facets",
        "person_city_facets",
        "person_country_facets",
        "person_function_facets",
        "person_persona_facets",
        "person_seniority_facets",
        "person_state_facets",
        "playbook_step_facets",
        "task_types",
        "total_facets",
    }
)


@_attrs_define
class Faceting:
    """Facet counts of a search. `task_types` is filled when
    `open_factor_names[]` includes `task_types`; the other facet lists are
    normally empty for tasks. Further `*_facets` keys may appear.

        Attributes:
            added_technology_uids_facets (list[FacetValue] | None | Unset):
            angellist_market_facets (list[FacetValue] | None | Unset):
            currently_not_using_any_of_technology_uids_facets (list[FacetValue] | None | Unset):
            currently_using_all_of_technology_uids_facets (list[FacetValue] | None | Unset):
            currently_using_any_of_technology_uids_facets (list[FacetValue] | None | Unset):
            dropped_technology_uids_facets (list[FacetValue] | None | Unset):
            latest_funding_stage_facets (list[FacetValue] | None | Unset):
            linkedin_company_size_facets (list[FacetValue] | None | Unset):
            linkedin_industry_facets (list[FacetValue] | None | Unset):
            linkedin_specialty_facets (list[FacetValue] | None | Unset):
            normalized_person_title_facets (list[FacetValue] | None | Unset):
            num_employees_facets (list[FacetValue] | None | Unset):
            organization_hq_city_facets (list[FacetValue] | None | Unset):
            organization_hq_country_facets (list[FacetValue] | None | Unset):
            organization_hq_state_facets (list[FacetValue] | None | Unset):
            organization_ids_facets (list[FacetValue] | None | Unset):
            organization_ids_in_query_facets (list[FacetValue] | None | Unset):
            organization_keywords_facets (list[FacetValue] | None | Unset):
            person_city_facets (list[FacetValue] | None | Unset):
            person_country_facets (list[FacetValue] | None | Unset):
            person_function_facets (list[FacetValue] | None | Unset):
            person_persona_facets (list[FacetValue] | None | Unset):
            person_seniority_facets (list[FacetValue] | None | Unset):
            person_state_facets (list[FacetValue] | None | Unset):
            playbook_step_facets (list[FacetValue] | None | Unset):
            task_types (list[FacetValue] | None | Unset): Number of tasks per task kind.
            total_facets (list[FacetValue] | None | Unset): Overall total of the search.
    """

    added_technology_uids_facets: list[FacetValue] | None | Unset = UNSET
    angellist_market_facets: list[FacetValue] | None | Unset = UNSET
    currently_not_using_any_of_technology_uids_facets: list[FacetValue] | None | Unset = UNSET
    currently_using_all_of_technology_uids_facets: list[FacetValue] | None | Unset = UNSET
    currently_using_any_of_technology_uids_facets: list[FacetValue] | None | Unset = UNSET
    dropped_technology_uids_facets: list[FacetValue] | None | Unset = UNSET
    latest_funding_stage_facets: list[FacetValue] | None | Unset = UNSET
    linkedin_company_size_facets: list[FacetValue] | None | Unset = UNSET
    linkedin_industry_facets: list[FacetValue] | None | Unset = UNSET
    linkedin_specialty_facets: list[FacetValue] | None | Unset = UNSET
    normalized_person_title_facets: list[FacetValue] | None | Unset = UNSET
    num_employees_facets: list[FacetValue] | None | Unset = UNSET
    organization_hq_city_facets: list[FacetValue] | None | Unset = UNSET
    organization_hq_country_facets: list[FacetValue] | None | Unset = UNSET
    organization_hq_state_facets: list[FacetValue] | None | Unset = UNSET
    organization_ids_facets: list[FacetValue] | None | Unset = UNSET
    organization_ids_in_query_facets: list[FacetValue] | None | Unset = UNSET
    organization_keywords_facets: list[FacetValue] | None | Unset = UNSET
    person_city_facets: list[FacetValue] | None | Unset = UNSET
    person_country_facets: list[FacetValue] | None | Unset = UNSET
    person_function_facets: list[FacetValue] | None | Unset = UNSET
    person_persona_facets: list[FacetValue] | None | Unset = UNSET
    person_seniority_facets: list[FacetValue] | None | Unset = UNSET
    person_state_facets: list[FacetValue] | None | Unset = UNSET
    playbook_step_facets: list[FacetValue] | None | Unset = UNSET
    task_types: list[FacetValue] | None | Unset = UNSET
    total_facets: list[FacetValue] | None | Unset = UNSET
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    _additional: dict[str, list[FacetValue] | None] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    @property
    def additional_properties(self) -> dict[str, list[FacetValue] | None]:
        """Members the spec does not declare, read from ``raw`` on first use (most answers have none)."""
        if self._additional is None:
            additional: dict[str, list[FacetValue] | None] = {}
            v: Any
            d = self._raw
            if d.__class__ is dict and not _KEYS.issuperset(d):
                for prop_name, v in d.items():
                    if prop_name not in _KEYS:
                        if v.__class__ is list:
                            v = [
                                FacetValue.from_dict(x)
                                if x.__class__ is dict
                                else _reading.item(FacetValue.from_dict, x, "Faceting.*[]")
                                for x in v
                            ]
                        else:
                            _reading.not_a_list(v, "Faceting.*", False)
                            v = None
                        additional[prop_name] = v
            self._additional = additional
        return self._additional

    @additional_properties.setter
    def additional_properties(self, value: dict[str, list[FacetValue] | None]) -> None:
        self._additional = value

    @property
    def raw(self) -> Any:
        """The JSON value this object was read from, exactly as the server sent it (None when built in code)."""
        return self._raw

    def to_dict(self) -> dict[str, Any]:
        v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, v in self.additional_properties.items():
            if v.__class__ is list:
                v = [x.to_dict() for x in v]
            field_dict[prop_name] = v
        v = self.added_technology_uids_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["added_technology_uids_facets"] = v
        v = self.angellist_market_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["angellist_market_facets"] = v
        v = self.currently_not_using_any_of_technology_uids_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["currently_not_using_any_of_technology_uids_facets"] = v
        v = self.currently_using_all_of_technology_uids_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["currently_using_all_of_technology_uids_facets"] = v
        v = self.currently_using_any_of_technology_uids_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["currently_using_any_of_technology_uids_facets"] = v
        v = self.dropped_technology_uids_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["dropped_technology_uids_facets"] = v
        v = self.latest_funding_stage_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["latest_funding_stage_facets"] = v
        v = self.linkedin_company_size_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["linkedin_company_size_facets"] = v
        v = self.linkedin_industry_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["linkedin_industry_facets"] = v
        v = self.linkedin_specialty_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["linkedin_specialty_facets"] = v
        v = self.normalized_person_title_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["normalized_person_title_facets"] = v
        v = self.num_employees_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["num_employees_facets"] = v
        v = self.organization_hq_city_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["organization_hq_city_facets"] = v
        v = self.organization_hq_country_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["organization_hq_country_facets"] = v
        v = self.organization_hq_state_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["organization_hq_state_facets"] = v
        v = self.organization_ids_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["organization_ids_facets"] = v
        v = self.organization_ids_in_query_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["organization_ids_in_query_facets"] = v
        v = self.organization_keywords_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["organization_keywords_facets"] = v
        v = self.person_city_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["person_city_facets"] = v
        v = self.person_country_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["person_country_facets"] = v
        v = self.person_function_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["person_function_facets"] = v
        v = self.person_persona_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["person_persona_facets"] = v
        v = self.person_seniority_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["person_seniority_facets"] = v
        v = self.person_state_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["person_state_facets"] = v
        v = self.playbook_step_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["playbook_step_facets"] = v
        v = self.task_types
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["task_types"] = v
        v = self.total_facets
        if v.__class__ is list:
            v = [x.to_dict() for x in v]
        if v is not UNSET:
            field_dict["total_facets"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Faceting")
        get = d.get
        faceting = cls.__new__(cls)
        v = get("added_technology_uids_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.added_technology_uids_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.added_technology_uids_facets", False)
            v = None
        faceting.added_technology_uids_facets = v
        v = get("angellist_market_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.angellist_market_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.angellist_market_facets", False)
            v = None
        faceting.angellist_market_facets = v
        v = get("currently_not_using_any_of_technology_uids_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(
                    FacetValue.from_dict, x, "Faceting.currently_not_using_any_of_technology_uids_facets[]"
                )
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.currently_not_using_any_of_technology_uids_facets", False)
            v = None
        faceting.currently_not_using_any_of_technology_uids_facets = v
        v = get("currently_using_all_of_technology_uids_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.currently_using_all_of_technology_uids_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.currently_using_all_of_technology_uids_facets", False)
            v = None
        faceting.currently_using_all_of_technology_uids_facets = v
        v = get("currently_using_any_of_technology_uids_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.currently_using_any_of_technology_uids_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.currently_using_any_of_technology_uids_facets", False)
            v = None
        faceting.currently_using_any_of_technology_uids_facets = v
        v = get("dropped_technology_uids_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.dropped_technology_uids_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.dropped_technology_uids_facets", False)
            v = None
        faceting.dropped_technology_uids_facets = v
        v = get("latest_funding_stage_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.latest_funding_stage_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.latest_funding_stage_facets", False)
            v = None
        faceting.latest_funding_stage_facets = v
        v = get("linkedin_company_size_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.linkedin_company_size_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.linkedin_company_size_facets", False)
            v = None
        faceting.linkedin_company_size_facets = v
        v = get("linkedin_industry_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.linkedin_industry_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.linkedin_industry_facets", False)
            v = None
        faceting.linkedin_industry_facets = v
        v = get("linkedin_specialty_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.linkedin_specialty_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.linkedin_specialty_facets", False)
            v = None
        faceting.linkedin_specialty_facets = v
        v = get("normalized_person_title_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.normalized_person_title_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.normalized_person_title_facets", False)
            v = None
        faceting.normalized_person_title_facets = v
        v = get("num_employees_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.num_employees_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.num_employees_facets", False)
            v = None
        faceting.num_employees_facets = v
        v = get("organization_hq_city_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_hq_city_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.organization_hq_city_facets", False)
            v = None
        faceting.organization_hq_city_facets = v
        v = get("organization_hq_country_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_hq_country_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.organization_hq_country_facets", False)
            v = None
        faceting.organization_hq_country_facets = v
        v = get("organization_hq_state_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_hq_state_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.organization_hq_state_facets", False)
            v = None
        faceting.organization_hq_state_facets = v
        v = get("organization_ids_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_ids_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.organization_ids_facets", False)
            v = None
        faceting.organization_ids_facets = v
        v = get("organization_ids_in_query_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_ids_in_query_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.organization_ids_in_query_facets", False)
            v = None
        faceting.organization_ids_in_query_facets = v
        v = get("organization_keywords_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_keywords_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.organization_keywords_facets", False)
            v = None
        faceting.organization_keywords_facets = v
        v = get("person_city_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_city_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.person_city_facets", False)
            v = None
        faceting.person_city_facets = v
        v = get("person_country_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_country_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.person_country_facets", False)
            v = None
        faceting.person_country_facets = v
        v = get("person_function_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_function_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.person_function_facets", False)
            v = None
        faceting.person_function_facets = v
        v = get("person_persona_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_persona_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.person_persona_facets", False)
            v = None
        faceting.person_persona_facets = v
        v = get("person_seniority_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_seniority_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.person_seniority_facets", False)
            v = None
        faceting.person_seniority_facets = v
        v = get("person_state_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_state_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.person_state_facets", False)
            v = None
        faceting.person_state_facets = v
        v = get("playbook_step_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.playbook_step_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.playbook_step_facets", False)
            v = None
        faceting.playbook_step_facets = v
        v = get("task_types", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.task_types[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.task_types", False)
            v = None
        faceting.task_types = v
        v = get("total_facets", UNSET)
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.total_facets[]")
                for x in v
            ]
        elif v is not UNSET:
            _reading.not_a_list(v, "Faceting.total_facets", False)
            v = None
        faceting.total_facets = v
        faceting._raw = src_dict
        faceting._additional = None
        return faceting

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[FacetValue] | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[FacetValue] | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.facet_value import FacetValue
