from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRentalFileInfo")


@_attrs_define
class ContactRentalFileInfo:
    """
    Attributes:
        phone_numbers (int | str | Unset): Count of numbers in the file.
    """

    phone_numbers: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers: int | str | Unset
        if isinstance(self.phone_numbers, Unset):
            phone_numbers = UNSET
        else:
            phone_numbers = self.phone_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_phone_numbers(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        phone_numbers = _parse_phone_numbers(d.pop("phoneNumbers", UNSET))

        contact_rental_file_info = cls(
            phone_numbers=phone_numbers,
        )

        contact_rental_file_info.additional_properties = d
        return contact_rental_file_info

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
