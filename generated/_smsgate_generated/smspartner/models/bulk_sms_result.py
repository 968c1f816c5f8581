from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkSmsResult")


@_attrs_define
class BulkSmsResult:
    """
    Attributes:
        success (bool | Unset):
        code (int | Unset):
        message (str | Unset):
        nb_sms (int | Unset):
        cost (float | Unset):
        phone_number (str | Unset):
    """

    success: bool | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    nb_sms: int | Unset = UNSET
    cost: float | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        message = self.message

        nb_sms = self.nb_sms

        cost = self.cost

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if nb_sms is not UNSET:
            field_dict["nbSms"] = nb_sms
        if cost is not UNSET:
            field_dict["cost"] = cost
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        nb_sms = d.pop("nbSms", UNSET)

        cost = d.pop("cost", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        bulk_sms_result = cls(
            success=success,
            code=code,
            message=message,
            nb_sms=nb_sms,
            cost=cost,
            phone_number=phone_number,
        )

        bulk_sms_result.additional_properties = d
        return bulk_sms_result

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
