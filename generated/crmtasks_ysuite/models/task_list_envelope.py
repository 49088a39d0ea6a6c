from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_page import TaskPage


T = TypeVar("T", bound="TaskListEnvelope")


@_attrs_define
class TaskListEnvelope:
    """Envelope of a successful list.

    Attributes:
        success (bool):
        data (TaskPage | Unset): One page of tasks with the totals of the whole result.
        message (str | Unset):
    """

    success: bool
    data: TaskPage | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_page import TaskPage

        d = dict(src_dict)
        success = d.pop("success")

        _data = d.pop("data", UNSET)
        data: TaskPage | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = TaskPage.from_dict(_data)

        message = d.pop("message", UNSET)

        task_list_envelope = cls(
            success=success,
            data=data,
            message=message,
        )

        task_list_envelope.additional_properties = d
        return task_list_envelope

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
