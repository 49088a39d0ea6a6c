from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from crmtasks._facade import reading as _reading

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
            added_technology_uids_facets (list[FacetValue] | None):
            angellist_market_facets (list[FacetValue] | None):
            currently_not_using_any_of_technology_uids_facets (list[FacetValue] | None):
            currently_using_all_of_technology_uids_facets (list[FacetValue] | None):
            currently_using_any_of_technology_uids_facets (list[FacetValue] | None):
            dropped_technology_uids_facets (list[FacetValue] | None):
            latest_funding_stage_facets (list[FacetValue] | None):
            linkedin_company_size_facets (list[FacetValue] | None):
            linkedin_industry_facets (list[FacetValue] | None):
            linkedin_specialty_facets (list[FacetValue] | None):
            normalized_person_title_facets (list[FacetValue] | None):
            num_employees_facets (list[FacetValue] | None):
            organization_hq_city_facets (list[FacetValue] | None):
            organization_hq_country_facets (list[FacetValue] | None):
            organization_hq_state_facets (list[FacetValue] | None):
            organization_ids_facets (list[FacetValue] | None):
            organization_ids_in_query_facets (list[FacetValue] | None):
            organization_keywords_facets (list[FacetValue] | None):
            person_city_facets (list[FacetValue] | None):
            person_country_facets (list[FacetValue] | None):
            person_function_facets (list[FacetValue] | None):
            person_persona_facets (list[FacetValue] | None):
            person_seniority_facets (list[FacetValue] | None):
            person_state_facets (list[FacetValue] | None):
            playbook_step_facets (list[FacetValue] | None):
            task_types (list[FacetValue] | None): Number of tasks per task kind.
            total_facets (list[FacetValue] | None): Overall total of the search.
    """

    added_technology_uids_facets: list[FacetValue] | None = None
    angellist_market_facets: list[FacetValue] | None = None
    currently_not_using_any_of_technology_uids_facets: list[FacetValue] | None = None
    currently_using_all_of_technology_uids_facets: list[FacetValue] | None = None
    currently_using_any_of_technology_uids_facets: list[FacetValue] | None = None
    dropped_technology_uids_facets: list[FacetValue] | None = None
    latest_funding_stage_facets: list[FacetValue] | None = None
    linkedin_company_size_facets: list[FacetValue] | None = None
    linkedin_industry_facets: list[FacetValue] | None = None
    linkedin_specialty_facets: list[FacetValue] | None = None
    normalized_person_title_facets: list[FacetValue] | None = None
    num_employees_facets: list[FacetValue] | None = None
    organization_hq_city_facets: list[FacetValue] | None = None
    organization_hq_country_facets: list[FacetValue] | None = None
    organization_hq_state_facets: list[FacetValue] | None = None
    organization_ids_facets: list[FacetValue] | None = None
    organization_ids_in_query_facets: list[FacetValue] | None = None
    organization_keywords_facets: list[FacetValue] | None = None
    person_city_facets: list[FacetValue] | None = None
    person_country_facets: list[FacetValue] | None = None
    person_function_facets: list[FacetValue] | None = None
    person_persona_facets: list[FacetValue] | None = None
    person_seniority_facets: list[FacetValue] | None = None
    person_state_facets: list[FacetValue] | None = None
    playbook_step_facets: list[FacetValue] | None = None
    task_types: list[FacetValue] | None = None
    total_facets: list[FacetValue] | None = None
    _raw: Any = _attrs_field(init=False, default=None, repr=False, eq=False)
    _additional: dict[str, list[FacetValue]] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    @property
    def additional_properties(self) -> dict[str, list[FacetValue]]:
        """Members the spec does not declare, read from ``raw`` on first use (most answers have none)."""
        if self._additional is None:
            additional: dict[str, list[FacetValue]] = {}
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
                            v = _reading.not_a_list(v, "Faceting.*", False)
                        additional[prop_name] = v
            self._additional = additional
        return self._additional

    @additional_properties.setter
    def additional_properties(self, value: dict[str, list[FacetValue]]) -> None:
        self._additional = value

    @property
    def raw(self) -> Any:
        """The JSON value this object was read from, exactly as the server sent it (None when built in code)."""
        return self._raw

    def to_dict(self) -> dict[str, Any]:
        v: Any
        field_dict: dict[str, Any] = {}
        for prop_name, v in self.additional_properties.items():
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict[prop_name] = v
        # A member is written when it holds a value or came in the answer (null included): what was absent stays so.
        came: Any = self._raw if self._raw.__class__ is dict else ()
        v = self.added_technology_uids_facets
        if v is not None or "added_technology_uids_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["added_technology_uids_facets"] = v
        v = self.angellist_market_facets
        if v is not None or "angellist_market_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["angellist_market_facets"] = v
        v = self.currently_not_using_any_of_technology_uids_facets
        if v is not None or "currently_not_using_any_of_technology_uids_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["currently_not_using_any_of_technology_uids_facets"] = v
        v = self.currently_using_all_of_technology_uids_facets
        if v is not None or "currently_using_all_of_technology_uids_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["currently_using_all_of_technology_uids_facets"] = v
        v = self.currently_using_any_of_technology_uids_facets
        if v is not None or "currently_using_any_of_technology_uids_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["currently_using_any_of_technology_uids_facets"] = v
        v = self.dropped_technology_uids_facets
        if v is not None or "dropped_technology_uids_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["dropped_technology_uids_facets"] = v
        v = self.latest_funding_stage_facets
        if v is not None or "latest_funding_stage_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["latest_funding_stage_facets"] = v
        v = self.linkedin_company_size_facets
        if v is not None or "linkedin_company_size_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["linkedin_company_size_facets"] = v
        v = self.linkedin_industry_facets
        if v is not None or "linkedin_industry_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["linkedin_industry_facets"] = v
        v = self.linkedin_specialty_facets
        if v is not None or "linkedin_specialty_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["linkedin_specialty_facets"] = v
        v = self.normalized_person_title_facets
        if v is not None or "normalized_person_title_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["normalized_person_title_facets"] = v
        v = self.num_employees_facets
        if v is not None or "num_employees_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["num_employees_facets"] = v
        v = self.organization_hq_city_facets
        if v is not None or "organization_hq_city_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["organization_hq_city_facets"] = v
        v = self.organization_hq_country_facets
        if v is not None or "organization_hq_country_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["organization_hq_country_facets"] = v
        v = self.organization_hq_state_facets
        if v is not None or "organization_hq_state_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["organization_hq_state_facets"] = v
        v = self.organization_ids_facets
        if v is not None or "organization_ids_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["organization_ids_facets"] = v
        v = self.organization_ids_in_query_facets
        if v is not None or "organization_ids_in_query_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["organization_ids_in_query_facets"] = v
        v = self.organization_keywords_facets
        if v is not None or "organization_keywords_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["organization_keywords_facets"] = v
        v = self.person_city_facets
        if v is not None or "person_city_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["person_city_facets"] = v
        v = self.person_country_facets
        if v is not None or "person_country_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["person_country_facets"] = v
        v = self.person_function_facets
        if v is not None or "person_function_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["person_function_facets"] = v
        v = self.person_persona_facets
        if v is not None or "person_persona_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["person_persona_facets"] = v
        v = self.person_seniority_facets
        if v is not None or "person_seniority_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["person_seniority_facets"] = v
        v = self.person_state_facets
        if v is not None or "person_state_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["person_state_facets"] = v
        v = self.playbook_step_facets
        if v is not None or "playbook_step_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["playbook_step_facets"] = v
        v = self.task_types
        if v is not None or "task_types" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["task_types"] = v
        v = self.total_facets
        if v is not None or "total_facets" in came:
            if v is not None:
                v = [x.to_dict() for x in v]
            field_dict["total_facets"] = v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text: undeclared members and values kept as they came included."""
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read an object of the answer leniently: see crmtasks._reading for the rules."""
        v: Any
        d: Any = src_dict if src_dict.__class__ is dict else _reading.as_object(src_dict, "Faceting")
        get = d.get
        faceting = cls.__new__(cls)
        v = get("added_technology_uids_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.added_technology_uids_facets[]")
                for x in v
            ]
        elif v is not None or "added_technology_uids_facets" in d:
            v = _reading.not_a_list(v, "Faceting.added_technology_uids_facets", False)
        faceting.added_technology_uids_facets = v
        v = get("angellist_market_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.angellist_market_facets[]")
                for x in v
            ]
        elif v is not None or "angellist_market_facets" in d:
            v = _reading.not_a_list(v, "Faceting.angellist_market_facets", False)
        faceting.angellist_market_facets = v
        v = get("currently_not_using_any_of_technology_uids_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(
                    FacetValue.from_dict, x, "Faceting.currently_not_using_any_of_technology_uids_facets[]"
                )
                for x in v
            ]
        elif v is not None or "currently_not_using_any_of_technology_uids_facets" in d:
            v = _reading.not_a_list(v, "Faceting.currently_not_using_any_of_technology_uids_facets", False)
        faceting.currently_not_using_any_of_technology_uids_facets = v
        v = get("currently_using_all_of_technology_uids_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.currently_using_all_of_technology_uids_facets[]")
                for x in v
            ]
        elif v is not None or "currently_using_all_of_technology_uids_facets" in d:
            v = _reading.not_a_list(v, "Faceting.currently_using_all_of_technology_uids_facets", False)
        faceting.currently_using_all_of_technology_uids_facets = v
        v = get("currently_using_any_of_technology_uids_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.currently_using_any_of_technology_uids_facets[]")
                for x in v
            ]
        elif v is not None or "currently_using_any_of_technology_uids_facets" in d:
            v = _reading.not_a_list(v, "Faceting.currently_using_any_of_technology_uids_facets", False)
        faceting.currently_using_any_of_technology_uids_facets = v
        v = get("dropped_technology_uids_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.dropped_technology_uids_facets[]")
                for x in v
            ]
        elif v is not None or "dropped_technology_uids_facets" in d:
            v = _reading.not_a_list(v, "Faceting.dropped_technology_uids_facets", False)
        faceting.dropped_technology_uids_facets = v
        v = get("latest_funding_stage_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.latest_funding_stage_facets[]")
                for x in v
            ]
        elif v is not None or "latest_funding_stage_facets" in d:
            v = _reading.not_a_list(v, "Faceting.latest_funding_stage_facets", False)
        faceting.latest_funding_stage_facets = v
        v = get("linkedin_company_size_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.linkedin_company_size_facets[]")
                for x in v
            ]
        elif v is not None or "linkedin_company_size_facets" in d:
            v = _reading.not_a_list(v, "Faceting.linkedin_company_size_facets", False)
        faceting.linkedin_company_size_facets = v
        v = get("linkedin_industry_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.linkedin_industry_facets[]")
                for x in v
            ]
        elif v is not None or "linkedin_industry_facets" in d:
            v = _reading.not_a_list(v, "Faceting.linkedin_industry_facets", False)
        faceting.linkedin_industry_facets = v
        v = get("linkedin_specialty_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.linkedin_specialty_facets[]")
                for x in v
            ]
        elif v is not None or "linkedin_specialty_facets" in d:
            v = _reading.not_a_list(v, "Faceting.linkedin_specialty_facets", False)
        faceting.linkedin_specialty_facets = v
        v = get("normalized_person_title_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.normalized_person_title_facets[]")
                for x in v
            ]
        elif v is not None or "normalized_person_title_facets" in d:
            v = _reading.not_a_list(v, "Faceting.normalized_person_title_facets", False)
        faceting.normalized_person_title_facets = v
        v = get("num_employees_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.num_employees_facets[]")
                for x in v
            ]
        elif v is not None or "num_employees_facets" in d:
            v = _reading.not_a_list(v, "Faceting.num_employees_facets", False)
        faceting.num_employees_facets = v
        v = get("organization_hq_city_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_hq_city_facets[]")
                for x in v
            ]
        elif v is not None or "organization_hq_city_facets" in d:
            v = _reading.not_a_list(v, "Faceting.organization_hq_city_facets", False)
        faceting.organization_hq_city_facets = v
        v = get("organization_hq_country_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_hq_country_facets[]")
                for x in v
            ]
        elif v is not None or "organization_hq_country_facets" in d:
            v = _reading.not_a_list(v, "Faceting.organization_hq_country_facets", False)
        faceting.organization_hq_country_facets = v
        v = get("organization_hq_state_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_hq_state_facets[]")
                for x in v
            ]
        elif v is not None or "organization_hq_state_facets" in d:
            v = _reading.not_a_list(v, "Faceting.organization_hq_state_facets", False)
        faceting.organization_hq_state_facets = v
        v = get("organization_ids_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_ids_facets[]")
                for x in v
            ]
        elif v is not None or "organization_ids_facets" in d:
            v = _reading.not_a_list(v, "Faceting.organization_ids_facets", False)
        faceting.organization_ids_facets = v
        v = get("organization_ids_in_query_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_ids_in_query_facets[]")
                for x in v
            ]
        elif v is not None or "organization_ids_in_query_facets" in d:
            v = _reading.not_a_list(v, "Faceting.organization_ids_in_query_facets", False)
        faceting.organization_ids_in_query_facets = v
        v = get("organization_keywords_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.organization_keywords_facets[]")
                for x in v
            ]
        elif v is not None or "organization_keywords_facets" in d:
            v = _reading.not_a_list(v, "Faceting.organization_keywords_facets", False)
        faceting.organization_keywords_facets = v
        v = get("person_city_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_city_facets[]")
                for x in v
            ]
        elif v is not None or "person_city_facets" in d:
            v = _reading.not_a_list(v, "Faceting.person_city_facets", False)
        faceting.person_city_facets = v
        v = get("person_country_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_country_facets[]")
                for x in v
            ]
        elif v is not None or "person_country_facets" in d:
            v = _reading.not_a_list(v, "Faceting.person_country_facets", False)
        faceting.person_country_facets = v
        v = get("person_function_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_function_facets[]")
                for x in v
            ]
        elif v is not None or "person_function_facets" in d:
            v = _reading.not_a_list(v, "Faceting.person_function_facets", False)
        faceting.person_function_facets = v
        v = get("person_persona_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_persona_facets[]")
                for x in v
            ]
        elif v is not None or "person_persona_facets" in d:
            v = _reading.not_a_list(v, "Faceting.person_persona_facets", False)
        faceting.person_persona_facets = v
        v = get("person_seniority_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_seniority_facets[]")
                for x in v
            ]
        elif v is not None or "person_seniority_facets" in d:
            v = _reading.not_a_list(v, "Faceting.person_seniority_facets", False)
        faceting.person_seniority_facets = v
        v = get("person_state_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.person_state_facets[]")
                for x in v
            ]
        elif v is not None or "person_state_facets" in d:
            v = _reading.not_a_list(v, "Faceting.person_state_facets", False)
        faceting.person_state_facets = v
        v = get("playbook_step_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.playbook_step_facets[]")
                for x in v
            ]
        elif v is not None or "playbook_step_facets" in d:
            v = _reading.not_a_list(v, "Faceting.playbook_step_facets", False)
        faceting.playbook_step_facets = v
        v = get("task_types")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.task_types[]")
                for x in v
            ]
        elif v is not None or "task_types" in d:
            v = _reading.not_a_list(v, "Faceting.task_types", False)
        faceting.task_types = v
        v = get("total_facets")
        if v.__class__ is list:
            v = [
                FacetValue.from_dict(x)
                if x.__class__ is dict
                else _reading.item(FacetValue.from_dict, x, "Faceting.total_facets[]")
                for x in v
            ]
        elif v is not None or "total_facets" in d:
            v = _reading.not_a_list(v, "Faceting.total_facets", False)
        faceting.total_facets = v
        faceting._raw = src_dict
        faceting._additional = None
        return faceting

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[FacetValue]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[FacetValue]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _reading.model_repr


# Imported last, not inside from_dict as upstream does (an import statement per object read costs more than
# the rest of a small model's reading): the models refer to each other, and by now this module's class exists.
from ..models.facet_value import FacetValue
