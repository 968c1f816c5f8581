from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallForwardRequest")


@_attrs_define
class CallForwardRequest:
    """
    Attributes:
        api_key (str): Account API key.
        number (str): The virtual number.
        type_ (int): 0 disabled, 1 call forwarding, 2 voicemail.
        param (str | Unset): Empty (type 0), forwarding number (type 1) or notification e-mail (type 2).
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    number: str
    type_: int
    param: str | Unset = UNSET
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        number = self.number

        type_ = self.type_

        param = self.param

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "number": number,
                "type": type_,
            }
        )
        if param is not UNSET:
            field_dict["param"] = param
        if format_ is not UNSET:
            field_dict["_format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        number = d.pop("number")

        type_ = d.pop("type")

        param = d.pop("param", UNSET)

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        call_forward_request = cls(
            api_key=api_key,
            number=number,
            type_=type_,
            param=param,
            format_=format_,
        )

        call_forward_request.additional_properties = d
        return call_forward_request

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
