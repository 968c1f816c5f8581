from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryReceipt")


@_attrs_define
class DeliveryReceipt:
    """What `urlDlr` receives (undocumented: inferred from the status answers, open to any other member). Every value is
    text in a form.

        Attributes:
            message_id (int | str): Id of the send (`message_id` of the send answer).
            phone_number (str | Unset): The recipient (E.164).
            status (str | Unset): The delivery word (`Delivered`, `Not delivered`, `Waiting`, or an operator code such as
                `DELIVRD`).
            date (int | str | Unset): Time of the state (epoch seconds or text).
            stop_sms (bool | str | Unset): True when the recipient opted out.
    """

    message_id: int | str
    phone_number: str | Unset = UNSET
    status: str | Unset = UNSET
    date: int | str | Unset = UNSET
    stop_sms: bool | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id: int | str
        message_id = self.message_id

        phone_number = self.phone_number

        status = self.status

        date: int | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        stop_sms: bool | str | Unset
        if isinstance(self.stop_sms, Unset):
            stop_sms = UNSET
        else:
            stop_sms = self.stop_sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageId": message_id,
            }
        )
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if status is not UNSET:
            field_dict["status"] = status
        if date is not UNSET:
            field_dict["date"] = date
        if stop_sms is not UNSET:
            field_dict["stopSms"] = stop_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_message_id(data: object) -> int | str:
            return cast(int | str, data)

        message_id = _parse_message_id(d.pop("messageId"))

        phone_number = d.pop("phoneNumber", UNSET)

        status = d.pop("status", UNSET)

        def _parse_date(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_stop_sms(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        stop_sms = _parse_stop_sms(d.pop("stopSms", UNSET))

        delivery_receipt = cls(
            message_id=message_id,
            phone_number=phone_number,
            status=status,
            date=date,
            stop_sms=stop_sms,
        )

        delivery_receipt.additional_properties = d
        return delivery_receipt

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
