from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_options import CallbackOptions
    from ..models.message_options import MessageOptions


T = TypeVar("T", bound="SendOTPRequest")


@_attrs_define
class SendOTPRequest:
    """Request body for sending an OTP verification message.

    Attributes:
        recipient (str): The recipient's number in international E.164 format.
        alphanumeric (bool | Unset): true for an alphanumeric code, false (default) for digits only. Default: False.
        length (int | Unset): The length of the code (4 to 10; 422 / 1020 otherwise). Default: 5.
        cache_seconds (int | Unset): Seconds within which the same code is reused for the same recipient (max 600).
            Default: 0.
        options (MessageOptions | Unset):
        callback (CallbackOptions | Unset): Where and how to be told of the message's state changes (the `message_state`
            webhook).
    """

    recipient: str
    alphanumeric: bool | Unset = False
    length: int | Unset = 5
    cache_seconds: int | Unset = 0
    options: MessageOptions | Unset = UNSET
    callback: CallbackOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        alphanumeric = self.alphanumeric

        length = self.length

        cache_seconds = self.cache_seconds

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        callback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback, Unset):
            callback = self.callback.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipient": recipient,
            }
        )
        if alphanumeric is not UNSET:
            field_dict["alphanumeric"] = alphanumeric
        if length is not UNSET:
            field_dict["length"] = length
        if cache_seconds is not UNSET:
            field_dict["cacheSeconds"] = cache_seconds
        if options is not UNSET:
            field_dict["options"] = options
        if callback is not UNSET:
            field_dict["callback"] = callback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_options import CallbackOptions  # noqa: PLC0415
        from ..models.message_options import MessageOptions  # noqa: PLC0415

        d = dict(src_dict)
        recipient = d.pop("recipient")

        alphanumeric = d.pop("alphanumeric", UNSET)

        length = d.pop("length", UNSET)

        cache_seconds = d.pop("cacheSeconds", UNSET)

        _options = d.pop("options", UNSET)
        options: MessageOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = MessageOptions.from_dict(_options)

        _callback = d.pop("callback", UNSET)
        callback: CallbackOptions | Unset
        if isinstance(_callback, Unset):
            callback = UNSET
        else:
            callback = CallbackOptions.from_dict(_callback)

        send_otp_request = cls(
            recipient=recipient,
            alphanumeric=alphanumeric,
            length=length,
            cache_seconds=cache_seconds,
            options=options,
            callback=callback,
        )

        send_otp_request.additional_properties = d
        return send_otp_request

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
