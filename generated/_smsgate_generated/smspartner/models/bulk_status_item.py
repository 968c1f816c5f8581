from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkStatusItem")


@_attrs_define
class BulkStatusItem:
    """
    Attributes:
        phone_number (str | Unset):
        status (str | Unset): Delivered, Not delivered, Waiting.
        stop_sms (bool | str | Unset):
        date (str | Unset): Epoch seconds as a string.
    """

    phone_number: str | Unset = UNSET
    status: str | Unset = UNSET
    stop_sms: bool | str | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        status = self.status

        stop_sms: bool | str | Unset
        if isinstance(self.stop_sms, Unset):
            stop_sms = UNSET
        else:
            stop_sms = self.stop_sms

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if status is not UNSET:
            field_dict["status"] = status
        if stop_sms is not UNSET:
            field_dict["stopSMS"] = stop_sms
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber", UNSET)

        status = d.pop("status", UNSET)

        def _parse_stop_sms(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        stop_sms = _parse_stop_sms(d.pop("stopSMS", UNSET))

        date = d.pop("date", UNSET)

        bulk_status_item = cls(
            phone_number=phone_number,
            status=status,
            stop_sms=stop_sms,
            date=date,
        )

        bulk_status_item.additional_properties = d
        return bulk_status_item

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
