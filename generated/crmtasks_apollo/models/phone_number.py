from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """One phone number of a contact.

    Attributes:
        position (int | None | Unset): Order of the number in the contact's list, from 0.
        raw_number (None | str | Unset): The number as entered.
        sanitized_number (None | str | Unset): The number normalised to E.164.
        status (None | str | Unset): Verification state of the number, such as `no_status`.
        type_ (None | str | Unset): Kind of number, such as `mobile`, `work_direct` or `other`.
    """

    position: int | None | Unset = UNSET
    raw_number: None | str | Unset = UNSET
    sanitized_number: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        raw_number: None | str | Unset
        if isinstance(self.raw_number, Unset):
            raw_number = UNSET
        else:
            raw_number = self.raw_number

        sanitized_number: None | str | Unset
        if isinstance(self.sanitized_number, Unset):
            sanitized_number = UNSET
        else:
            sanitized_number = self.sanitized_number

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if raw_number is not UNSET:
            field_dict["raw_number"] = raw_number
        if sanitized_number is not UNSET:
            field_dict["sanitized_number"] = sanitized_number
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_raw_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raw_number = _parse_raw_number(d.pop("raw_number", UNSET))

        def _parse_sanitized_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sanitized_number = _parse_sanitized_number(d.pop("sanitized_number", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        phone_number = cls(
            position=position,
            raw_number=raw_number,
            sanitized_number=sanitized_number,
            status=status,
            type_=type_,
        )

        phone_number.additional_properties = d
        return phone_number

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
