from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedTask")


@_attrs_define
class CreatedTask:
    """What a create answers with.

    Attributes:
        activity_id (int): Id of the new task. Example: 31.
        activity_type (str | Unset): Always `Task`.
        title (str | Unset): Title of the new task.
    """

    activity_id: int
    activity_type: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id = self.activity_id

        activity_type = self.activity_type

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
            }
        )
        if activity_type is not UNSET:
            field_dict["activity_type"] = activity_type
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        activity_id = d.pop("activity_id")

        activity_type = d.pop("activity_type", UNSET)

        title = d.pop("title", UNSET)

        created_task = cls(
            activity_id=activity_id,
            activity_type=activity_type,
            title=title,
        )

        created_task.additional_properties = d
        return created_task

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
