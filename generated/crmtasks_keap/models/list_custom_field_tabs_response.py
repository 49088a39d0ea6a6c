from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_tab import CustomFieldTab


T = TypeVar("T", bound="ListCustomFieldTabsResponse")


@_attrs_define
class ListCustomFieldTabsResponse:
    """The tabs of a record type.

    Attributes:
        tabs (list[CustomFieldTab] | Unset):
    """

    tabs: list[CustomFieldTab] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tabs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tabs, Unset):
            tabs = []
            for tabs_item_data in self.tabs:
                tabs_item = tabs_item_data.to_dict()
                tabs.append(tabs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tabs is not UNSET:
            field_dict["tabs"] = tabs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_field_tab import CustomFieldTab

        d = dict(src_dict)
        _tabs = d.pop("tabs", UNSET)
        tabs: list[CustomFieldTab] | Unset = UNSET
        if _tabs is not UNSET:
            tabs = []
            for tabs_item_data in _tabs:
                tabs_item = CustomFieldTab.from_dict(tabs_item_data)

                tabs.append(tabs_item)

        list_custom_field_tabs_response = cls(
            tabs=tabs,
        )

        list_custom_field_tabs_response.additional_properties = d
        return list_custom_field_tabs_response

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
