from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FacetValue")


@_attrs_define
class FacetValue:
    """One bucket of a facet with its label and the number of matching tasks.

    Attributes:
        count (int | Unset): Number of tasks in the bucket.
        display_name (str | Unset): Label for the bucket as shown in the Apollo app.
        value (str | Unset): Facet key, such as `contact_call` or `pipeline_total`. These are
            facet identifiers, not `TaskType` values.
    """

    count: int | Unset = UNSET
    display_name: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        display_name = self.display_name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        display_name = d.pop("display_name", UNSET)

        value = d.pop("value", UNSET)

        facet_value = cls(
            count=count,
            display_name=display_name,
            value=value,
        )

        facet_value.additional_properties = d
        return facet_value

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
