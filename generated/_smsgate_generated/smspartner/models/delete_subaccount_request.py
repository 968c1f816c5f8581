from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSubaccountRequest")


@_attrs_define
class DeleteSubaccountRequest:
    """
    Attributes:
        api_key (str): Account API key.
        token (str): Sub-account token.
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    token: str
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        token = self.token

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "token": token,
            }
        )
        if format_ is not UNSET:
            field_dict["_format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        token = d.pop("token")

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        delete_subaccount_request = cls(
            api_key=api_key,
            token=token,
            format_=format_,
        )

        delete_subaccount_request.additional_properties = d
        return delete_subaccount_request

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
