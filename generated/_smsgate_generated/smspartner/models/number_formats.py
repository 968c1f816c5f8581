from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberFormats")


@_attrs_define
class NumberFormats:
    """
    Attributes:
        e164 (str | Unset):
        international (str | Unset):
        national (str | Unset):
        rfc3966 (str | Unset):
    """

    e164: str | Unset = UNSET
    international: str | Unset = UNSET
    national: str | Unset = UNSET
    rfc3966: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        e164 = self.e164

        international = self.international

        national = self.national

        rfc3966 = self.rfc3966

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if e164 is not UNSET:
            field_dict["e164"] = e164
        if international is not UNSET:
            field_dict["international"] = international
        if national is not UNSET:
            field_dict["national"] = national
        if rfc3966 is not UNSET:
            field_dict["rfc3966"] = rfc3966

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        e164 = d.pop("e164", UNSET)

        international = d.pop("international", UNSET)

        national = d.pop("national", UNSET)

        rfc3966 = d.pop("rfc3966", UNSET)

        number_formats = cls(
            e164=e164,
            international=international,
            national=national,
            rfc3966=rfc3966,
        )

        number_formats.additional_properties = d
        return number_formats

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
