from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """
    Attributes:
        id (int | str | Unset):
        name (str | Unset):
        created_at (str | Unset): ISO 8601 with offset.
        is_special_file (bool | Unset):
        is_location_file (bool | Unset):
    """

    id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    created_at: str | Unset = UNSET
    is_special_file: bool | Unset = UNSET
    is_location_file: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        created_at = self.created_at

        is_special_file = self.is_special_file

        is_location_file = self.is_location_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if is_special_file is not UNSET:
            field_dict["isSpecialFile"] = is_special_file
        if is_location_file is not UNSET:
            field_dict["isLocationFile"] = is_location_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        created_at = d.pop("createdAt", UNSET)

        is_special_file = d.pop("isSpecialFile", UNSET)

        is_location_file = d.pop("isLocationFile", UNSET)

        group = cls(
            id=id,
            name=name,
            created_at=created_at,
            is_special_file=is_special_file,
            is_location_file=is_location_file,
        )

        group.additional_properties = d
        return group

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
