from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatistics")


@_attrs_define
class MessageStatistics:
    """
    Attributes:
        error (int | Unset):
        sent (int | Unset):
        delivered (int | Unset):
        total (int | Unset):
        sms_total (int | Unset):
    """

    error: int | Unset = UNSET
    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    total: int | Unset = UNSET
    sms_total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        sent = self.sent

        delivered = self.delivered

        total = self.total

        sms_total = self.sms_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if total is not UNSET:
            field_dict["total"] = total
        if sms_total is not UNSET:
            field_dict["sms_total"] = sms_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        total = d.pop("total", UNSET)

        sms_total = d.pop("sms_total", UNSET)

        message_statistics = cls(
            error=error,
            sent=sent,
            delivered=delivered,
            total=total,
            sms_total=sms_total,
        )

        message_statistics.additional_properties = d
        return message_statistics

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
