from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRentalVolume")


@_attrs_define
class ContactRentalVolume:
    """
    Attributes:
        type_ (str | Unset): e.g. CP or total.
        localite (str | Unset):
        volume (int | str | Unset):
    """

    type_: str | Unset = UNSET
    localite: str | Unset = UNSET
    volume: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        localite = self.localite

        volume: int | str | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if localite is not UNSET:
            field_dict["Localite"] = localite
        if volume is not UNSET:
            field_dict["Volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("Type", UNSET)

        localite = d.pop("Localite", UNSET)

        def _parse_volume(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        volume = _parse_volume(d.pop("Volume", UNSET))

        contact_rental_volume = cls(
            type_=type_,
            localite=localite,
            volume=volume,
        )

        contact_rental_volume.additional_properties = d
        return contact_rental_volume

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
