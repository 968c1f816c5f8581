from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_options import CallbackOptions
    from ..models.message_options import MessageOptions


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """Request body for sending a new SMS message.

    Attributes:
        recipient (str): The recipient's number in international E.164 format.
        message (str): The text. Segmentation is automatic: GSM-7 allows 160 characters per part (153 if
            multi-part), UCS-2 70 (67 if multi-part).
        sender (None | str | Unset): The sender: an alphanumeric alias of 3 to 11 characters (spaces allowed), not
            purely
            numeric. Left out or null, `Openapi` is used.
             Default: 'Openapi'.
        options (MessageOptions | Unset):
        callback (CallbackOptions | Unset): Where and how to be told of the message's state changes (the `message_state`
            webhook).
    """

    recipient: str
    message: str
    sender: None | str | Unset = "Openapi"
    options: MessageOptions | Unset = UNSET
    callback: CallbackOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        message = self.message

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

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
                "message": message,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
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

        message = d.pop("message")

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

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

        send_message_request = cls(
            recipient=recipient,
            message=message,
            sender=sender,
            options=options,
            callback=callback,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
