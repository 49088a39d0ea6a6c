from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_type import RecordType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldGroup")


@_attrs_define
class CustomFieldGroup:
    """A group of custom fields on a tab.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        order (int | Unset):
        record_type (RecordType | Unset): The kind of record a custom field, tab or group belongs to.
        tab_id (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    order: int | Unset = UNSET
    record_type: RecordType | Unset = UNSET
    tab_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        order = self.order

        record_type: str | Unset = UNSET
        if not isinstance(self.record_type, Unset):
            record_type = self.record_type.value

        tab_id = self.tab_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if order is not UNSET:
            field_dict["order"] = order
        if record_type is not UNSET:
            field_dict["record_type"] = record_type
        if tab_id is not UNSET:
            field_dict["tab_id"] = tab_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        order = d.pop("order", UNSET)

        _record_type = d.pop("record_type", UNSET)
        record_type: RecordType | Unset
        if isinstance(_record_type, Unset):
            record_type = UNSET
        else:
            record_type = RecordType(_record_type)

        tab_id = d.pop("tab_id", UNSET)

        custom_field_group = cls(
            id=id,
            name=name,
            order=order,
            record_type=record_type,
            tab_id=tab_id,
        )

        custom_field_group.additional_properties = d
        return custom_field_group

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
