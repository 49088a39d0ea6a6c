from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task


T = TypeVar("T", bound="TaskPage")


@_attrs_define
class TaskPage:
    """One page of tasks with the totals of the whole result.

    Attributes:
        data (list[Task]):
        current_page (int | Unset): This page's number, counting from 1. Example: 1.
        total_pages (int | Unset): Pages in the whole result. Example: 2.
        total_records (int | Unset): Tasks in the whole result. Example: 12.
    """

    data: list[Task]
    current_page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_records: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        current_page = self.current_page

        total_pages = self.total_pages

        total_records = self.total_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_records is not UNSET:
            field_dict["total_records"] = total_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task import Task

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Task.from_dict(data_item_data)

            data.append(data_item)

        current_page = d.pop("current_page", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        total_records = d.pop("total_records", UNSET)

        task_page = cls(
            data=data,
            current_page=current_page,
            total_pages=total_pages,
            total_records=total_records,
        )

        task_page.additional_properties = d
        return task_page

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
