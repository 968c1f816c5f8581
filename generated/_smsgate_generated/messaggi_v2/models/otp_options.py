from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OTPOptions")


@_attrs_define
class OTPOptions:
    """Configuration used for the OTP generation.

    Attributes:
        length (int | Unset): Length of the OTP code.
        alphanumeric (bool | Unset): If the code is alphanumeric.
        cache_seconds (int | Unset): Cache duration for the OTP.
    """

    length: int | Unset = UNSET
    alphanumeric: bool | Unset = UNSET
    cache_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        alphanumeric = self.alphanumeric

        cache_seconds = self.cache_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length
        if alphanumeric is not UNSET:
            field_dict["alphanumeric"] = alphanumeric
        if cache_seconds is not UNSET:
            field_dict["cacheSeconds"] = cache_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        length = d.pop("length", UNSET)

        alphanumeric = d.pop("alphanumeric", UNSET)

        cache_seconds = d.pop("cacheSeconds", UNSET)

        otp_options = cls(
            length=length,
            alphanumeric=alphanumeric,
            cache_seconds=cache_seconds,
        )

        otp_options.additional_properties = d
        return otp_options

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
