from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiStatusItem")


@_attrs_define
class MultiStatusItem:
    """
    Attributes:
        success (bool | Unset):
        code (int | Unset):
        phone_number (str | Unset):
        message_id (int | str | Unset):
        status (str | Unset): Delivered, Not delivered, Waiting, or "Numéro introuvable" with code 4.
        date (str | Unset): Epoch seconds as a string.
        stop_sms (bool | str | Unset): "0" / "1".
        is_spam (bool | int | str | Unset): "0" / "1".
        message (str | Unset):
    """

    success: bool | Unset = UNSET
    code: int | Unset = UNSET
    phone_number: str | Unset = UNSET
    message_id: int | str | Unset = UNSET
    status: str | Unset = UNSET
    date: str | Unset = UNSET
    stop_sms: bool | str | Unset = UNSET
    is_spam: bool | int | str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        phone_number = self.phone_number

        message_id: int | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        status = self.status

        date = self.date

        stop_sms: bool | str | Unset
        if isinstance(self.stop_sms, Unset):
            stop_sms = UNSET
        else:
            stop_sms = self.stop_sms

        is_spam: bool | int | str | Unset
        if isinstance(self.is_spam, Unset):
            is_spam = UNSET
        else:
            is_spam = self.is_spam

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
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date
        if stop_sms is not UNSET:
            field_dict["stopSms"] = stop_sms
        if is_spam is not UNSET:
            field_dict["isSpam"] = is_spam
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        code = d.pop("code", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        def _parse_message_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        message_id = _parse_message_id(d.pop("messageId", UNSET))

        status = d.pop("status", UNSET)

        date = d.pop("date", UNSET)

        def _parse_stop_sms(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        stop_sms = _parse_stop_sms(d.pop("stopSms", UNSET))

        def _parse_is_spam(data: object) -> bool | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | str | Unset, data)

        is_spam = _parse_is_spam(d.pop("isSpam", UNSET))

        message = d.pop("message", UNSET)

        multi_status_item = cls(
            success=success,
            code=code,
            phone_number=phone_number,
            message_id=message_id,
            status=status,
            date=date,
            stop_sms=stop_sms,
            is_spam=is_spam,
            message=message,
        )

        multi_status_item.additional_properties = d
        return multi_status_item

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
