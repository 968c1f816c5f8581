from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_settings import CallbackSettings
    from ..models.message_options import MessageOptions
    from ..models.otp_options import OTPOptions


T = TypeVar("T", bound="MessageResponse")


@_attrs_define
class MessageResponse:
    """A message (one recipient).

    Attributes:
        id (str): The unique ID of the message.
        state (str): The current state: NEW, PENDING, UNDELIVERABLE, DELIVERED, EXPIRED, REJECTED (see
            x-smsgate-delivery-states.message_state). A message not delivered within 48 hours
            becomes EXPIRED.
        recipient (str): The recipient of the message (E.164).
        username (str | Unset): Username of the account that sent the message.
        sender (None | str | Unset): The sender used for the delivery.
        international_prefix (str | Unset): The international prefix of the recipient's number.
        country_code (str | Unset): The ISO country code of the recipient.
        message (str | Unset): The text of the sent message.
        encoding (str | Unset): The encoding detected for the message, `GSM-7` or `UCS-2` (kept open).
        characters_count (int | Unset): The number of characters calculated according to the encoding rules.
        message_count (int | Unset): The number of SMS parts the message needs.
        price (float | Unset): The cost per SMS part (EUR). For WW messages 0 until the provider accepted it.
        total_price (float | Unset): The total cost (price × messageCount). For WW messages 0 until the provider
            accepted it.
        blocklisted (bool | Unset): Whether the message was blocked for forbidden content.
        blocklisted_reason (str | Unset): Why the message was blocked, when it was.
        options (MessageOptions | Unset):
        callback (CallbackSettings | Unset): The CallbackOptions of a message, as its answers echo them (`method` kept
            open).
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        sent_at (datetime.datetime | None | Unset):
        delivered_at (datetime.datetime | None | Unset):
        is_otp (bool | Unset): Whether the message is an OTP.
        otp (str | Unset): The generated code (OTP messages only).
        otp_options (OTPOptions | Unset): Configuration used for the OTP generation.
    """

    id: str
    state: str
    recipient: str
    username: str | Unset = UNSET
    sender: None | str | Unset = UNSET
    international_prefix: str | Unset = UNSET
    country_code: str | Unset = UNSET
    message: str | Unset = UNSET
    encoding: str | Unset = UNSET
    characters_count: int | Unset = UNSET
    message_count: int | Unset = UNSET
    price: float | Unset = UNSET
    total_price: float | Unset = UNSET
    blocklisted: bool | Unset = UNSET
    blocklisted_reason: str | Unset = UNSET
    options: MessageOptions | Unset = UNSET
    callback: CallbackSettings | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    delivered_at: datetime.datetime | None | Unset = UNSET
    is_otp: bool | Unset = UNSET
    otp: str | Unset = UNSET
    otp_options: OTPOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state

        recipient = self.recipient

        username = self.username

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        international_prefix = self.international_prefix

        country_code = self.country_code

        message = self.message

        encoding = self.encoding

        characters_count = self.characters_count

        message_count = self.message_count

        price = self.price

        total_price = self.total_price

        blocklisted = self.blocklisted

        blocklisted_reason = self.blocklisted_reason

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        callback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callback, Unset):
            callback = self.callback.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        is_otp = self.is_otp

        otp = self.otp

        otp_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.otp_options, Unset):
            otp_options = self.otp_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
                "recipient": recipient,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if sender is not UNSET:
            field_dict["sender"] = sender
        if international_prefix is not UNSET:
            field_dict["internationalPrefix"] = international_prefix
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if message is not UNSET:
            field_dict["message"] = message
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if characters_count is not UNSET:
            field_dict["charactersCount"] = characters_count
        if message_count is not UNSET:
            field_dict["messageCount"] = message_count
        if price is not UNSET:
            field_dict["price"] = price
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if blocklisted is not UNSET:
            field_dict["blocklisted"] = blocklisted
        if blocklisted_reason is not UNSET:
            field_dict["blocklistedReason"] = blocklisted_reason
        if options is not UNSET:
            field_dict["options"] = options
        if callback is not UNSET:
            field_dict["callback"] = callback
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at
        if is_otp is not UNSET:
            field_dict["isOtp"] = is_otp
        if otp is not UNSET:
            field_dict["otp"] = otp
        if otp_options is not UNSET:
            field_dict["otpOptions"] = otp_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_settings import CallbackSettings  # noqa: PLC0415
        from ..models.message_options import MessageOptions  # noqa: PLC0415
        from ..models.otp_options import OTPOptions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        state = d.pop("state")

        recipient = d.pop("recipient")

        username = d.pop("username", UNSET)

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        international_prefix = d.pop("internationalPrefix", UNSET)

        country_code = d.pop("countryCode", UNSET)

        message = d.pop("message", UNSET)

        encoding = d.pop("encoding", UNSET)

        characters_count = d.pop("charactersCount", UNSET)

        message_count = d.pop("messageCount", UNSET)

        price = d.pop("price", UNSET)

        total_price = d.pop("totalPrice", UNSET)

        blocklisted = d.pop("blocklisted", UNSET)

        blocklisted_reason = d.pop("blocklistedReason", UNSET)

        _options = d.pop("options", UNSET)
        options: MessageOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = MessageOptions.from_dict(_options)

        _callback = d.pop("callback", UNSET)
        callback: CallbackSettings | Unset
        if isinstance(_callback, Unset):
            callback = UNSET
        else:
            callback = CallbackSettings.from_dict(_callback)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sentAt", UNSET))

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("deliveredAt", UNSET))

        is_otp = d.pop("isOtp", UNSET)

        otp = d.pop("otp", UNSET)

        _otp_options = d.pop("otpOptions", UNSET)
        otp_options: OTPOptions | Unset
        if isinstance(_otp_options, Unset):
            otp_options = UNSET
        else:
            otp_options = OTPOptions.from_dict(_otp_options)

        message_response = cls(
            id=id,
            state=state,
            recipient=recipient,
            username=username,
            sender=sender,
            international_prefix=international_prefix,
            country_code=country_code,
            message=message,
            encoding=encoding,
            characters_count=characters_count,
            message_count=message_count,
            price=price,
            total_price=total_price,
            blocklisted=blocklisted,
            blocklisted_reason=blocklisted_reason,
            options=options,
            callback=callback,
            created_at=created_at,
            updated_at=updated_at,
            sent_at=sent_at,
            delivered_at=delivered_at,
            is_otp=is_otp,
            otp=otp,
            otp_options=otp_options,
        )

        message_response.additional_properties = d
        return message_response

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
