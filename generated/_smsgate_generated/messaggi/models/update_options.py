from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOptions")


@_attrs_define
class UpdateOptions:
    """
    Attributes:
        timestamp_send (str | Unset): Date on which to send the message, with `-` between the parts, the month always in
            the
            middle and the year first or last: `2018-05-20` or `20-05-2018`. If not set the message
            is sent at once.
    """

    timestamp_send: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp_send = self.timestamp_send

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp_send is not UNSET:
            field_dict["timestamp_send"] = timestamp_send

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp_send = d.pop("timestamp_send", UNSET)

        update_options = cls(
            timestamp_send=timestamp_send,
        )

        update_options.additional_properties = d
        return update_options

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
