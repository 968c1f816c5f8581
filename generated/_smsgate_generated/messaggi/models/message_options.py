from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageOptions")


@_attrs_define
class MessageOptions:
    """
    Attributes:
        bulk (bool | Unset):
        flash (bool | Unset):
        realtime (bool | Unset):
        timestamp_send (str | Unset): Unix time in milliseconds, as a string of digits (e.g. `"1564752494920"`).
        custom (Any | Unset): The free field given at send time, echoed back (any JSON value; an object in the vendor's
            example).
        callback_url (str | Unset):
        callback_field (str | Unset):
    """

    bulk: bool | Unset = UNSET
    flash: bool | Unset = UNSET
    realtime: bool | Unset = UNSET
    timestamp_send: str | Unset = UNSET
    custom: Any | Unset = UNSET
    callback_url: str | Unset = UNSET
    callback_field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bulk = self.bulk

        flash = self.flash

        realtime = self.realtime

        timestamp_send = self.timestamp_send

        custom = self.custom

        callback_url = self.callback_url

        callback_field = self.callback_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bulk is not UNSET:
            field_dict["bulk"] = bulk
        if flash is not UNSET:
            field_dict["flash"] = flash
        if realtime is not UNSET:
            field_dict["realtime"] = realtime
        if timestamp_send is not UNSET:
            field_dict["timestamp_send"] = timestamp_send
        if custom is not UNSET:
            field_dict["custom"] = custom
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_field is not UNSET:
            field_dict["callback_field"] = callback_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bulk = d.pop("bulk", UNSET)

        flash = d.pop("flash", UNSET)

        realtime = d.pop("realtime", UNSET)

        timestamp_send = d.pop("timestamp_send", UNSET)

        custom = d.pop("custom", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        callback_field = d.pop("callback_field", UNSET)

        message_options = cls(
            bulk=bulk,
            flash=flash,
            realtime=realtime,
            timestamp_send=timestamp_send,
            custom=custom,
            callback_url=callback_url,
            callback_field=callback_field,
        )

        message_options.additional_properties = d
        return message_options

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
