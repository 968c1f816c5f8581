from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactBatchResult")


@_attrs_define
class ContactBatchResult:
    """
    Attributes:
        success (bool | Unset):
        code (int | Unset):
        phone_number (str | Unset):
        message (str | Unset):
    """

    success: bool | Unset = UNSET
    code: int | Unset = UNSET
    phone_number: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        phone_number = self.phone_number

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if code is not UNSET:
            field_dict["code"] = code
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        code = d.pop("code", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        message = d.pop("message", UNSET)

        contact_batch_result = cls(
            success=success,
            code=code,
            phone_number=phone_number,
            message=message,
        )

        contact_batch_result.additional_properties = d
        return contact_batch_result

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
