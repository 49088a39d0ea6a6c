from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facet_value import FacetValue


T = TypeVar("T", bound="Faceting")


@_attrs_define
class Faceting:
    """Facet counts of a search. `task_types` is filled when
    `open_factor_names[]` includes `task_types`; the other facet lists are
    normally empty for tasks. Further `*_facets` keys may appear.

        Attributes:
            added_technology_uids_facets (list[FacetValue] | Unset):
            angellist_market_facets (list[FacetValue] | Unset):
            currently_not_using_any_of_technology_uids_facets (list[FacetValue] | Unset):
            currently_using_all_of_technology_uids_facets (list[FacetValue] | Unset):
            currently_using_any_of_technology_uids_facets (list[FacetValue] | Unset):
            dropped_technology_uids_facets (list[FacetValue] | Unset):
            latest_funding_stage_facets (list[FacetValue] | Unset):
            linkedin_company_size_facets (list[FacetValue] | Unset):
            linkedin_industry_facets (list[FacetValue] | Unset):
            linkedin_specialty_facets (list[FacetValue] | Unset):
            normalized_person_title_facets (list[FacetValue] | Unset):
            num_employees_facets (list[FacetValue] | Unset):
            organization_hq_city_facets (list[FacetValue] | Unset):
            organization_hq_country_facets (list[FacetValue] | Unset):
            organization_hq_state_facets (list[FacetValue] | Unset):
            organization_ids_facets (list[FacetValue] | Unset):
            organization_ids_in_query_facets (list[FacetValue] | Unset):
            organization_keywords_facets (list[FacetValue] | Unset):
            person_city_facets (list[FacetValue] | Unset):
            person_country_facets (list[FacetValue] | Unset):
            person_function_facets (list[FacetValue] | Unset):
            person_persona_facets (list[FacetValue] | Unset):
            person_seniority_facets (list[FacetValue] | Unset):
            person_state_facets (list[FacetValue] | Unset):
            playbook_step_facets (list[FacetValue] | Unset):
            task_types (list[FacetValue] | Unset): Number of tasks per task kind.
            total_facets (list[FacetValue] | Unset): Overall total of the search.
    """

    added_technology_uids_facets: list[FacetValue] | Unset = UNSET
    angellist_market_facets: list[FacetValue] | Unset = UNSET
    currently_not_using_any_of_technology_uids_facets: list[FacetValue] | Unset = UNSET
    currently_using_all_of_technology_uids_facets: list[FacetValue] | Unset = UNSET
    currently_using_any_of_technology_uids_facets: list[FacetValue] | Unset = UNSET
    dropped_technology_uids_facets: list[FacetValue] | Unset = UNSET
    latest_funding_stage_facets: list[FacetValue] | Unset = UNSET
    linkedin_company_size_facets: list[FacetValue] | Unset = UNSET
    linkedin_industry_facets: list[FacetValue] | Unset = UNSET
    linkedin_specialty_facets: list[FacetValue] | Unset = UNSET
    normalized_person_title_facets: list[FacetValue] | Unset = UNSET
    num_employees_facets: list[FacetValue] | Unset = UNSET
    organization_hq_city_facets: list[FacetValue] | Unset = UNSET
    organization_hq_country_facets: list[FacetValue] | Unset = UNSET
    organization_hq_state_facets: list[FacetValue] | Unset = UNSET
    organization_ids_facets: list[FacetValue] | Unset = UNSET
    organization_ids_in_query_facets: list[FacetValue] | Unset = UNSET
    organization_keywords_facets: list[FacetValue] | Unset = UNSET
    person_city_facets: list[FacetValue] | Unset = UNSET
    person_country_facets: list[FacetValue] | Unset = UNSET
    person_function_facets: list[FacetValue] | Unset = UNSET
    person_persona_facets: list[FacetValue] | Unset = UNSET
    person_seniority_facets: list[FacetValue] | Unset = UNSET
    person_state_facets: list[FacetValue] | Unset = UNSET
    playbook_step_facets: list[FacetValue] | Unset = UNSET
    task_types: list[FacetValue] | Unset = UNSET
    total_facets: list[FacetValue] | Unset = UNSET
    additional_properties: dict[str, list[FacetValue]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_technology_uids_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.added_technology_uids_facets, Unset):
            added_technology_uids_facets = []
            for added_technology_uids_facets_item_data in self.added_technology_uids_facets:
                added_technology_uids_facets_item = added_technology_uids_facets_item_data.to_dict()
                added_technology_uids_facets.append(added_technology_uids_facets_item)

        angellist_market_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.angellist_market_facets, Unset):
            angellist_market_facets = []
            for angellist_market_facets_item_data in self.angellist_market_facets:
                angellist_market_facets_item = angellist_market_facets_item_data.to_dict()
                angellist_market_facets.append(angellist_market_facets_item)

        currently_not_using_any_of_technology_uids_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currently_not_using_any_of_technology_uids_facets, Unset):
            currently_not_using_any_of_technology_uids_facets = []
            for (
                currently_not_using_any_of_technology_uids_facets_item_data
            ) in self.currently_not_using_any_of_technology_uids_facets:
                currently_not_using_any_of_technology_uids_facets_item = (
                    currently_not_using_any_of_technology_uids_facets_item_data.to_dict()
                )
                currently_not_using_any_of_technology_uids_facets.append(
                    currently_not_using_any_of_technology_uids_facets_item
                )

        currently_using_all_of_technology_uids_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currently_using_all_of_technology_uids_facets, Unset):
            currently_using_all_of_technology_uids_facets = []
            for (
                currently_using_all_of_technology_uids_facets_item_data
            ) in self.currently_using_all_of_technology_uids_facets:
                currently_using_all_of_technology_uids_facets_item = (
                    currently_using_all_of_technology_uids_facets_item_data.to_dict()
                )
                currently_using_all_of_technology_uids_facets.append(currently_using_all_of_technology_uids_facets_item)

        currently_using_any_of_technology_uids_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currently_using_any_of_technology_uids_facets, Unset):
            currently_using_any_of_technology_uids_facets = []
            for (
                currently_using_any_of_technology_uids_facets_item_data
            ) in self.currently_using_any_of_technology_uids_facets:
                currently_using_any_of_technology_uids_facets_item = (
                    currently_using_any_of_technology_uids_facets_item_data.to_dict()
                )
                currently_using_any_of_technology_uids_facets.append(currently_using_any_of_technology_uids_facets_item)

        dropped_technology_uids_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dropped_technology_uids_facets, Unset):
            dropped_technology_uids_facets = []
            for dropped_technology_uids_facets_item_data in self.dropped_technology_uids_facets:
                dropped_technology_uids_facets_item = dropped_technology_uids_facets_item_data.to_dict()
                dropped_technology_uids_facets.append(dropped_technology_uids_facets_item)

        latest_funding_stage_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.latest_funding_stage_facets, Unset):
            latest_funding_stage_facets = []
            for latest_funding_stage_facets_item_data in self.latest_funding_stage_facets:
                latest_funding_stage_facets_item = latest_funding_stage_facets_item_data.to_dict()
                latest_funding_stage_facets.append(latest_funding_stage_facets_item)

        linkedin_company_size_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linkedin_company_size_facets, Unset):
            linkedin_company_size_facets = []
            for linkedin_company_size_facets_item_data in self.linkedin_company_size_facets:
                linkedin_company_size_facets_item = linkedin_company_size_facets_item_data.to_dict()
                linkedin_company_size_facets.append(linkedin_company_size_facets_item)

        linkedin_industry_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linkedin_industry_facets, Unset):
            linkedin_industry_facets = []
            for linkedin_industry_facets_item_data in self.linkedin_industry_facets:
                linkedin_industry_facets_item = linkedin_industry_facets_item_data.to_dict()
                linkedin_industry_facets.append(linkedin_industry_facets_item)

        linkedin_specialty_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linkedin_specialty_facets, Unset):
            linkedin_specialty_facets = []
            for linkedin_specialty_facets_item_data in self.linkedin_specialty_facets:
                linkedin_specialty_facets_item = linkedin_specialty_facets_item_data.to_dict()
                linkedin_specialty_facets.append(linkedin_specialty_facets_item)

        normalized_person_title_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.normalized_person_title_facets, Unset):
            normalized_person_title_facets = []
            for normalized_person_title_facets_item_data in self.normalized_person_title_facets:
                normalized_person_title_facets_item = normalized_person_title_facets_item_data.to_dict()
                normalized_person_title_facets.append(normalized_person_title_facets_item)

        num_employees_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.num_employees_facets, Unset):
            num_employees_facets = []
            for num_employees_facets_item_data in self.num_employees_facets:
                num_employees_facets_item = num_employees_facets_item_data.to_dict()
                num_employees_facets.append(num_employees_facets_item)

        organization_hq_city_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organization_hq_city_facets, Unset):
            organization_hq_city_facets = []
            for organization_hq_city_facets_item_data in self.organization_hq_city_facets:
                organization_hq_city_facets_item = organization_hq_city_facets_item_data.to_dict()
                organization_hq_city_facets.append(organization_hq_city_facets_item)

        organization_hq_country_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organization_hq_country_facets, Unset):
            organization_hq_country_facets = []
            for organization_hq_country_facets_item_data in self.organization_hq_country_facets:
                organization_hq_country_facets_item = organization_hq_country_facets_item_data.to_dict()
                organization_hq_country_facets.append(organization_hq_country_facets_item)

        organization_hq_state_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organization_hq_state_facets, Unset):
            organization_hq_state_facets = []
            for organization_hq_state_facets_item_data in self.organization_hq_state_facets:
                organization_hq_state_facets_item = organization_hq_state_facets_item_data.to_dict()
                organization_hq_state_facets.append(organization_hq_state_facets_item)

        organization_ids_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organization_ids_facets, Unset):
            organization_ids_facets = []
            for organization_ids_facets_item_data in self.organization_ids_facets:
                organization_ids_facets_item = organization_ids_facets_item_data.to_dict()
                organization_ids_facets.append(organization_ids_facets_item)

        organization_ids_in_query_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organization_ids_in_query_facets, Unset):
            organization_ids_in_query_facets = []
            for organization_ids_in_query_facets_item_data in self.organization_ids_in_query_facets:
                organization_ids_in_query_facets_item = organization_ids_in_query_facets_item_data.to_dict()
                organization_ids_in_query_facets.append(organization_ids_in_query_facets_item)

        organization_keywords_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organization_keywords_facets, Unset):
            organization_keywords_facets = []
            for organization_keywords_facets_item_data in self.organization_keywords_facets:
                organization_keywords_facets_item = organization_keywords_facets_item_data.to_dict()
                organization_keywords_facets.append(organization_keywords_facets_item)

        person_city_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.person_city_facets, Unset):
            person_city_facets = []
            for person_city_facets_item_data in self.person_city_facets:
                person_city_facets_item = person_city_facets_item_data.to_dict()
                person_city_facets.append(person_city_facets_item)

        person_country_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.person_country_facets, Unset):
            person_country_facets = []
            for person_country_facets_item_data in self.person_country_facets:
                person_country_facets_item = person_country_facets_item_data.to_dict()
                person_country_facets.append(person_country_facets_item)

        person_function_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.person_function_facets, Unset):
            person_function_facets = []
            for person_function_facets_item_data in self.person_function_facets:
                person_function_facets_item = person_function_facets_item_data.to_dict()
                person_function_facets.append(person_function_facets_item)

        person_persona_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.person_persona_facets, Unset):
            person_persona_facets = []
            for person_persona_facets_item_data in self.person_persona_facets:
                person_persona_facets_item = person_persona_facets_item_data.to_dict()
                person_persona_facets.append(person_persona_facets_item)

        person_seniority_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.person_seniority_facets, Unset):
            person_seniority_facets = []
            for person_seniority_facets_item_data in self.person_seniority_facets:
                person_seniority_facets_item = person_seniority_facets_item_data.to_dict()
                person_seniority_facets.append(person_seniority_facets_item)

        person_state_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.person_state_facets, Unset):
            person_state_facets = []
            for person_state_facets_item_data in self.person_state_facets:
                person_state_facets_item = person_state_facets_item_data.to_dict()
                person_state_facets.append(person_state_facets_item)

        playbook_step_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.playbook_step_facets, Unset):
            playbook_step_facets = []
            for playbook_step_facets_item_data in self.playbook_step_facets:
                playbook_step_facets_item = playbook_step_facets_item_data.to_dict()
                playbook_step_facets.append(playbook_step_facets_item)

        task_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_types, Unset):
            task_types = []
            for task_types_item_data in self.task_types:
                task_types_item = task_types_item_data.to_dict()
                task_types.append(task_types_item)

        total_facets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.total_facets, Unset):
            total_facets = []
            for total_facets_item_data in self.total_facets:
                total_facets_item = total_facets_item_data.to_dict()
                total_facets.append(total_facets_item)

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        field_dict.update({})
        if added_technology_uids_facets is not UNSET:
            field_dict["added_technology_uids_facets"] = added_technology_uids_facets
        if angellist_market_facets is not UNSET:
            field_dict["angellist_market_facets"] = angellist_market_facets
        if currently_not_using_any_of_technology_uids_facets is not UNSET:
            field_dict["currently_not_using_any_of_technology_uids_facets"] = (
                currently_not_using_any_of_technology_uids_facets
            )
        if currently_using_all_of_technology_uids_facets is not UNSET:
            field_dict["currently_using_all_of_technology_uids_facets"] = currently_using_all_of_technology_uids_facets
        if currently_using_any_of_technology_uids_facets is not UNSET:
            field_dict["currently_using_any_of_technology_uids_facets"] = currently_using_any_of_technology_uids_facets
        if dropped_technology_uids_facets is not UNSET:
            field_dict["dropped_technology_uids_facets"] = dropped_technology_uids_facets
        if latest_funding_stage_facets is not UNSET:
            field_dict["latest_funding_stage_facets"] = latest_funding_stage_facets
        if linkedin_company_size_facets is not UNSET:
            field_dict["linkedin_company_size_facets"] = linkedin_company_size_facets
        if linkedin_industry_facets is not UNSET:
            field_dict["linkedin_industry_facets"] = linkedin_industry_facets
        if linkedin_specialty_facets is not UNSET:
            field_dict["linkedin_specialty_facets"] = linkedin_specialty_facets
        if normalized_person_title_facets is not UNSET:
            field_dict["normalized_person_title_facets"] = normalized_person_title_facets
        if num_employees_facets is not UNSET:
            field_dict["num_employees_facets"] = num_employees_facets
        if organization_hq_city_facets is not UNSET:
            field_dict["organization_hq_city_facets"] = organization_hq_city_facets
        if organization_hq_country_facets is not UNSET:
            field_dict["organization_hq_country_facets"] = organization_hq_country_facets
        if organization_hq_state_facets is not UNSET:
            field_dict["organization_hq_state_facets"] = organization_hq_state_facets
        if organization_ids_facets is not UNSET:
            field_dict["organization_ids_facets"] = organization_ids_facets
        if organization_ids_in_query_facets is not UNSET:
            field_dict["organization_ids_in_query_facets"] = organization_ids_in_query_facets
        if organization_keywords_facets is not UNSET:
            field_dict["organization_keywords_facets"] = organization_keywords_facets
        if person_city_facets is not UNSET:
            field_dict["person_city_facets"] = person_city_facets
        if person_country_facets is not UNSET:
            field_dict["person_country_facets"] = person_country_facets
        if person_function_facets is not UNSET:
            field_dict["person_function_facets"] = person_function_facets
        if person_persona_facets is not UNSET:
            field_dict["person_persona_facets"] = person_persona_facets
        if person_seniority_facets is not UNSET:
            field_dict["person_seniority_facets"] = person_seniority_facets
        if person_state_facets is not UNSET:
            field_dict["person_state_facets"] = person_state_facets
        if playbook_step_facets is not UNSET:
            field_dict["playbook_step_facets"] = playbook_step_facets
        if task_types is not UNSET:
            field_dict["task_types"] = task_types
        if total_facets is not UNSET:
            field_dict["total_facets"] = total_facets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facet_value import FacetValue

        d = dict(src_dict)
        _added_technology_uids_facets = d.pop("added_technology_uids_facets", UNSET)
        added_technology_uids_facets: list[FacetValue] | Unset = UNSET
        if _added_technology_uids_facets is not UNSET:
            added_technology_uids_facets = []
            for added_technology_uids_facets_item_data in _added_technology_uids_facets:
                added_technology_uids_facets_item = FacetValue.from_dict(added_technology_uids_facets_item_data)

                added_technology_uids_facets.append(added_technology_uids_facets_item)

        _angellist_market_facets = d.pop("angellist_market_facets", UNSET)
        angellist_market_facets: list[FacetValue] | Unset = UNSET
        if _angellist_market_facets is not UNSET:
            angellist_market_facets = []
            for angellist_market_facets_item_data in _angellist_market_facets:
                angellist_market_facets_item = FacetValue.from_dict(angellist_market_facets_item_data)

                angellist_market_facets.append(angellist_market_facets_item)

        _currently_not_using_any_of_technology_uids_facets = d.pop(
            "currently_not_using_any_of_technology_uids_facets", UNSET
        )
        currently_not_using_any_of_technology_uids_facets: list[FacetValue] | Unset = UNSET
        if _currently_not_using_any_of_technology_uids_facets is not UNSET:
            currently_not_using_any_of_technology_uids_facets = []
            for (
                currently_not_using_any_of_technology_uids_facets_item_data
            ) in _currently_not_using_any_of_technology_uids_facets:
                currently_not_using_any_of_technology_uids_facets_item = FacetValue.from_dict(
                    currently_not_using_any_of_technology_uids_facets_item_data
                )

                currently_not_using_any_of_technology_uids_facets.append(
                    currently_not_using_any_of_technology_uids_facets_item
                )

        _currently_using_all_of_technology_uids_facets = d.pop("currently_using_all_of_technology_uids_facets", UNSET)
        currently_using_all_of_technology_uids_facets: list[FacetValue] | Unset = UNSET
        if _currently_using_all_of_technology_uids_facets is not UNSET:
            currently_using_all_of_technology_uids_facets = []
            for (
                currently_using_all_of_technology_uids_facets_item_data
            ) in _currently_using_all_of_technology_uids_facets:
                currently_using_all_of_technology_uids_facets_item = FacetValue.from_dict(
                    currently_using_all_of_technology_uids_facets_item_data
                )

                currently_using_all_of_technology_uids_facets.append(currently_using_all_of_technology_uids_facets_item)

        _currently_using_any_of_technology_uids_facets = d.pop("currently_using_any_of_technology_uids_facets", UNSET)
        currently_using_any_of_technology_uids_facets: list[FacetValue] | Unset = UNSET
        if _currently_using_any_of_technology_uids_facets is not UNSET:
            currently_using_any_of_technology_uids_facets = []
            for (
                currently_using_any_of_technology_uids_facets_item_data
            ) in _currently_using_any_of_technology_uids_facets:
                currently_using_any_of_technology_uids_facets_item = FacetValue.from_dict(
                    currently_using_any_of_technology_uids_facets_item_data
                )

                currently_using_any_of_technology_uids_facets.append(currently_using_any_of_technology_uids_facets_item)

        _dropped_technology_uids_facets = d.pop("dropped_technology_uids_facets", UNSET)
        dropped_technology_uids_facets: list[FacetValue] | Unset = UNSET
        if _dropped_technology_uids_facets is not UNSET:
            dropped_technology_uids_facets = []
            for dropped_technology_uids_facets_item_data in _dropped_technology_uids_facets:
                dropped_technology_uids_facets_item = FacetValue.from_dict(dropped_technology_uids_facets_item_data)

                dropped_technology_uids_facets.append(dropped_technology_uids_facets_item)

        _latest_funding_stage_facets = d.pop("latest_funding_stage_facets", UNSET)
        latest_funding_stage_facets: list[FacetValue] | Unset = UNSET
        if _latest_funding_stage_facets is not UNSET:
            latest_funding_stage_facets = []
            for latest_funding_stage_facets_item_data in _latest_funding_stage_facets:
                latest_funding_stage_facets_item = FacetValue.from_dict(latest_funding_stage_facets_item_data)

                latest_funding_stage_facets.append(latest_funding_stage_facets_item)

        _linkedin_company_size_facets = d.pop("linkedin_company_size_facets", UNSET)
        linkedin_company_size_facets: list[FacetValue] | Unset = UNSET
        if _linkedin_company_size_facets is not UNSET:
            linkedin_company_size_facets = []
            for linkedin_company_size_facets_item_data in _linkedin_company_size_facets:
                linkedin_company_size_facets_item = FacetValue.from_dict(linkedin_company_size_facets_item_data)

                linkedin_company_size_facets.append(linkedin_company_size_facets_item)

        _linkedin_industry_facets = d.pop("linkedin_industry_facets", UNSET)
        linkedin_industry_facets: list[FacetValue] | Unset = UNSET
        if _linkedin_industry_facets is not UNSET:
            linkedin_industry_facets = []
            for linkedin_industry_facets_item_data in _linkedin_industry_facets:
                linkedin_industry_facets_item = FacetValue.from_dict(linkedin_industry_facets_item_data)

                linkedin_industry_facets.append(linkedin_industry_facets_item)

        _linkedin_specialty_facets = d.pop("linkedin_specialty_facets", UNSET)
        linkedin_specialty_facets: list[FacetValue] | Unset = UNSET
        if _linkedin_specialty_facets is not UNSET:
            linkedin_specialty_facets = []
            for linkedin_specialty_facets_item_data in _linkedin_specialty_facets:
                linkedin_specialty_facets_item = FacetValue.from_dict(linkedin_specialty_facets_item_data)

                linkedin_specialty_facets.append(linkedin_specialty_facets_item)

        _normalized_person_title_facets = d.pop("normalized_person_title_facets", UNSET)
        normalized_person_title_facets: list[FacetValue] | Unset = UNSET
        if _normalized_person_title_facets is not UNSET:
            normalized_person_title_facets = []
            for normalized_person_title_facets_item_data in _normalized_person_title_facets:
                normalized_person_title_facets_item = FacetValue.from_dict(normalized_person_title_facets_item_data)

                normalized_person_title_facets.append(normalized_person_title_facets_item)

        _num_employees_facets = d.pop("num_employees_facets", UNSET)
        num_employees_facets: list[FacetValue] | Unset = UNSET
        if _num_employees_facets is not UNSET:
            num_employees_facets = []
            for num_employees_facets_item_data in _num_employees_facets:
                num_employees_facets_item = FacetValue.from_dict(num_employees_facets_item_data)

                num_employees_facets.append(num_employees_facets_item)

        _organization_hq_city_facets = d.pop("organization_hq_city_facets", UNSET)
        organization_hq_city_facets: list[FacetValue] | Unset = UNSET
        if _organization_hq_city_facets is not UNSET:
            organization_hq_city_facets = []
            for organization_hq_city_facets_item_data in _organization_hq_city_facets:
                organization_hq_city_facets_item = FacetValue.from_dict(organization_hq_city_facets_item_data)

                organization_hq_city_facets.append(organization_hq_city_facets_item)

        _organization_hq_country_facets = d.pop("organization_hq_country_facets", UNSET)
        organization_hq_country_facets: list[FacetValue] | Unset = UNSET
        if _organization_hq_country_facets is not UNSET:
            organization_hq_country_facets = []
            for organization_hq_country_facets_item_data in _organization_hq_country_facets:
                organization_hq_country_facets_item = FacetValue.from_dict(organization_hq_country_facets_item_data)

                organization_hq_country_facets.append(organization_hq_country_facets_item)

        _organization_hq_state_facets = d.pop("organization_hq_state_facets", UNSET)
        organization_hq_state_facets: list[FacetValue] | Unset = UNSET
        if _organization_hq_state_facets is not UNSET:
            organization_hq_state_facets = []
            for organization_hq_state_facets_item_data in _organization_hq_state_facets:
                organization_hq_state_facets_item = FacetValue.from_dict(organization_hq_state_facets_item_data)

                organization_hq_state_facets.append(organization_hq_state_facets_item)

        _organization_ids_facets = d.pop("organization_ids_facets", UNSET)
        organization_ids_facets: list[FacetValue] | Unset = UNSET
        if _organization_ids_facets is not UNSET:
            organization_ids_facets = []
            for organization_ids_facets_item_data in _organization_ids_facets:
                organization_ids_facets_item = FacetValue.from_dict(organization_ids_facets_item_data)

                organization_ids_facets.append(organization_ids_facets_item)

        _organization_ids_in_query_facets = d.pop("organization_ids_in_query_facets", UNSET)
        organization_ids_in_query_facets: list[FacetValue] | Unset = UNSET
        if _organization_ids_in_query_facets is not UNSET:
            organization_ids_in_query_facets = []
            for organization_ids_in_query_facets_item_data in _organization_ids_in_query_facets:
                organization_ids_in_query_facets_item = FacetValue.from_dict(organization_ids_in_query_facets_item_data)

                organization_ids_in_query_facets.append(organization_ids_in_query_facets_item)

        _organization_keywords_facets = d.pop("organization_keywords_facets", UNSET)
        organization_keywords_facets: list[FacetValue] | Unset = UNSET
        if _organization_keywords_facets is not UNSET:
            organization_keywords_facets = []
            for organization_keywords_facets_item_data in _organization_keywords_facets:
                organization_keywords_facets_item = FacetValue.from_dict(organization_keywords_facets_item_data)

                organization_keywords_facets.append(organization_keywords_facets_item)

        _person_city_facets = d.pop("person_city_facets", UNSET)
        person_city_facets: list[FacetValue] | Unset = UNSET
        if _person_city_facets is not UNSET:
            person_city_facets = []
            for person_city_facets_item_data in _person_city_facets:
                person_city_facets_item = FacetValue.from_dict(person_city_facets_item_data)

                person_city_facets.append(person_city_facets_item)

        _person_country_facets = d.pop("person_country_facets", UNSET)
        person_country_facets: list[FacetValue] | Unset = UNSET
        if _person_country_facets is not UNSET:
            person_country_facets = []
            for person_country_facets_item_data in _person_country_facets:
                person_country_facets_item = FacetValue.from_dict(person_country_facets_item_data)

                person_country_facets.append(person_country_facets_item)

        _person_function_facets = d.pop("person_function_facets", UNSET)
        person_function_facets: list[FacetValue] | Unset = UNSET
        if _person_function_facets is not UNSET:
            person_function_facets = []
            for person_function_facets_item_data in _person_function_facets:
                person_function_facets_item = FacetValue.from_dict(person_function_facets_item_data)

                person_function_facets.append(person_function_facets_item)

        _person_persona_facets = d.pop("person_persona_facets", UNSET)
        person_persona_facets: list[FacetValue] | Unset = UNSET
        if _person_persona_facets is not UNSET:
            person_persona_facets = []
            for person_persona_facets_item_data in _person_persona_facets:
                person_persona_facets_item = FacetValue.from_dict(person_persona_facets_item_data)

                person_persona_facets.append(person_persona_facets_item)

        _person_seniority_facets = d.pop("person_seniority_facets", UNSET)
        person_seniority_facets: list[FacetValue] | Unset = UNSET
        if _person_seniority_facets is not UNSET:
            person_seniority_facets = []
            for person_seniority_facets_item_data in _person_seniority_facets:
                person_seniority_facets_item = FacetValue.from_dict(person_seniority_facets_item_data)

                person_seniority_facets.append(person_seniority_facets_item)

        _person_state_facets = d.pop("person_state_facets", UNSET)
        person_state_facets: list[FacetValue] | Unset = UNSET
        if _person_state_facets is not UNSET:
            person_state_facets = []
            for person_state_facets_item_data in _person_state_facets:
                person_state_facets_item = FacetValue.from_dict(person_state_facets_item_data)

                person_state_facets.append(person_state_facets_item)

        _playbook_step_facets = d.pop("playbook_step_facets", UNSET)
        playbook_step_facets: list[FacetValue] | Unset = UNSET
        if _playbook_step_facets is not UNSET:
            playbook_step_facets = []
            for playbook_step_facets_item_data in _playbook_step_facets:
                playbook_step_facets_item = FacetValue.from_dict(playbook_step_facets_item_data)

                playbook_step_facets.append(playbook_step_facets_item)

        _task_types = d.pop("task_types", UNSET)
        task_types: list[FacetValue] | Unset = UNSET
        if _task_types is not UNSET:
            task_types = []
            for task_types_item_data in _task_types:
                task_types_item = FacetValue.from_dict(task_types_item_data)

                task_types.append(task_types_item)

        _total_facets = d.pop("total_facets", UNSET)
        total_facets: list[FacetValue] | Unset = UNSET
        if _total_facets is not UNSET:
            total_facets = []
            for total_facets_item_data in _total_facets:
                total_facets_item = FacetValue.from_dict(total_facets_item_data)

                total_facets.append(total_facets_item)

        faceting = cls(
            added_technology_uids_facets=added_technology_uids_facets,
            angellist_market_facets=angellist_market_facets,
            currently_not_using_any_of_technology_uids_facets=currently_not_using_any_of_technology_uids_facets,
            currently_using_all_of_technology_uids_facets=currently_using_all_of_technology_uids_facets,
            currently_using_any_of_technology_uids_facets=currently_using_any_of_technology_uids_facets,
            dropped_technology_uids_facets=dropped_technology_uids_facets,
            latest_funding_stage_facets=latest_funding_stage_facets,
            linkedin_company_size_facets=linkedin_company_size_facets,
            linkedin_industry_facets=linkedin_industry_facets,
            linkedin_specialty_facets=linkedin_specialty_facets,
            normalized_person_title_facets=normalized_person_title_facets,
            num_employees_facets=num_employees_facets,
            organization_hq_city_facets=organization_hq_city_facets,
            organization_hq_country_facets=organization_hq_country_facets,
            organization_hq_state_facets=organization_hq_state_facets,
            organization_ids_facets=organization_ids_facets,
            organization_ids_in_query_facets=organization_ids_in_query_facets,
            organization_keywords_facets=organization_keywords_facets,
            person_city_facets=person_city_facets,
            person_country_facets=person_country_facets,
            person_function_facets=person_function_facets,
            person_persona_facets=person_persona_facets,
            person_seniority_facets=person_seniority_facets,
            person_state_facets=person_state_facets,
            playbook_step_facets=playbook_step_facets,
            task_types=task_types,
            total_facets=total_facets,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = FacetValue.from_dict(additional_property_item_data)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        faceting.additional_properties = additional_properties
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
