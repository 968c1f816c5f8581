from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RcsFailover")


@_attrs_define
class RcsFailover:
    """SMS sent when RCS cannot be delivered.

    Attributes:
        sender (str | Unset):
        message (str | Unset):
        is_stop_sms (int | Unset):
        is_unicode (int | Unset):
    """

    sender: str | Unset = UNSET
    message: str | Unset = UNSET
    is_stop_sms: int | Unset = UNSET
    is_unicode: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender = self.sender

        message = self.message

        is_stop_sms = self.is_stop_sms

        is_unicode = self.is_unicode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender is not UNSET:
            field_dict["sender"] = sender
        if message is not UNSET:
            field_dict["message"] = message
        if is_stop_sms is not UNSET:
            field_dict["isStopSms"] = is_stop_sms
        if is_unicode is not UNSET:
            field_dict["isUnicode"] = is_unicode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender = d.pop("sender", UNSET)

        message = d.pop("message", UNSET)

        is_stop_sms = d.pop("isStopSms", UNSET)

        is_unicode = d.pop("isUnicode", UNSET)

        rcs_failover = cls(
            sender=sender,
            message=message,
            is_stop_sms=is_stop_sms,
            is_unicode=is_unicode,
        )

        rcs_failover.additional_properties = d
        return rcs_failover

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
