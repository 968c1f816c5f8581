from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_formats import NumberFormats


T = TypeVar("T", bound="LookupResult")


@_attrs_define
class LookupResult:
    """
    Attributes:
        request (str | Unset): The number as sent.
        success (bool | Unset):
        message (str | Unset): Reason when `success` is false.
        country_code (str | Unset): Country name in the doc (`France`), empty in the GO fixture.
        prefix_code (int | str | Unset):
        phone_number (str | Unset):
        type_ (str | Unset): e.g. Mobile.
        network (str | Unset):
        format_ (NumberFormats | Unset):
    """

    request: str | Unset = UNSET
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    country_code: str | Unset = UNSET
    prefix_code: int | str | Unset = UNSET
    phone_number: str | Unset = UNSET
    type_: str | Unset = UNSET
    network: str | Unset = UNSET
    format_: NumberFormats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request = self.request

        success = self.success

        message = self.message

        country_code = self.country_code

        prefix_code: int | str | Unset
        if isinstance(self.prefix_code, Unset):
            prefix_code = UNSET
        else:
            prefix_code = self.prefix_code

        phone_number = self.phone_number

        type_ = self.type_

        network = self.network

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request is not UNSET:
            field_dict["request"] = request
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if prefix_code is not UNSET:
            field_dict["prefixCode"] = prefix_code
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if network is not UNSET:
            field_dict["network"] = network
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_formats import NumberFormats  # noqa: PLC0415

        d = dict(src_dict)
        request = d.pop("request", UNSET)

        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        country_code = d.pop("countryCode", UNSET)

        def _parse_prefix_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        prefix_code = _parse_prefix_code(d.pop("prefixCode", UNSET))

        phone_number = d.pop("phoneNumber", UNSET)

        type_ = d.pop("type", UNSET)

        network = d.pop("network", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: NumberFormats | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = NumberFormats.from_dict(_format_)

        lookup_result = cls(
            request=request,
            success=success,
            message=message,
            country_code=country_code,
            prefix_code=prefix_code,
            phone_number=phone_number,
            type_=type_,
            network=network,
            format_=format_,
        )

        lookup_result.additional_properties = d
        return lookup_result

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
