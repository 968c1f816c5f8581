from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendOptions")


@_attrs_define
class SendOptions:
    """
    Attributes:
        flash (bool | Unset): If true the SMS is a flash message, shown on the recipient's device as a pop-up. Default:
            False.
        timestamp_send (str | Unset): Date on which to send the message, with `-` between the parts, the month always in
            the
            middle and the year first or last: `2018-05-20` or `20-05-2018`. If not set the message
            is sent at once.
        custom (Any | Unset): A free field, valued according to your own structure (any JSON value; the vendor echoes
            objects back).
        callback_url (str | Unset): Address to which a message summary JSON is sent each time the message changes state
            (see the `message_status` webhook). Without `callback_field` the JSON is the body of
            the call.
        callback_field (str | Unset): Linked to `callback_url`; if set, the JSON is sent by POST in the form variable of
            that name.
        realtime (bool | Unset): If true the SMS is treated as an OTP or 2FA message and sent immediately, skipping
            all queues; only one realtime message per minute can be sent.
             Default: False.
    """

    flash: bool | Unset = False
    timestamp_send: str | Unset = UNSET
    custom: Any | Unset = UNSET
    callback_url: str | Unset = UNSET
    callback_field: str | Unset = UNSET
    realtime: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flash = self.flash

        timestamp_send = self.timestamp_send

        custom = self.custom

        callback_url = self.callback_url

        callback_field = self.callback_field

        realtime = self.realtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flash is not UNSET:
            field_dict["flash"] = flash
        if timestamp_send is not UNSET:
            field_dict["timestamp_send"] = timestamp_send
        if custom is not UNSET:
            field_dict["custom"] = custom
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if callback_field is not UNSET:
            field_dict["callback_field"] = callback_field
        if realtime is not UNSET:
            field_dict["realtime"] = realtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flash = d.pop("flash", UNSET)

        timestamp_send = d.pop("timestamp_send", UNSET)

        custom = d.pop("custom", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        callback_field = d.pop("callback_field", UNSET)

        realtime = d.pop("realtime", UNSET)

        send_options = cls(
            flash=flash,
            timestamp_send=timestamp_send,
            custom=custom,
            callback_url=callback_url,
            callback_field=callback_field,
            realtime=realtime,
        )

        send_options.additional_properties = d
        return send_options

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
