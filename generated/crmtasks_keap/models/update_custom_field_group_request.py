from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomFieldGroupRequest")


@_attrs_define
class UpdateCustomFieldGroupRequest:
    """Changes to a group.

    Attributes:
        name (str | Unset):
        order (int | Unset):
        tab_id (str | Unset):
    """

    name: str | Unset = UNSET
    order: int | Unset = UNSET
    tab_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        order = self.order

        tab_id = self.tab_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if order is not UNSET:
            field_dict["order"] = order
        if tab_id is not UNSET:
            field_dict["tab_id"] = tab_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        order = d.pop("order", UNSET)

        tab_id = d.pop("tab_id", UNSET)

        update_custom_field_group_request = cls(
            name=name,
            order=order,
            tab_id=tab_id,
        )

        update_custom_field_group_request.additional_properties = d
        return update_custom_field_group_request

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
