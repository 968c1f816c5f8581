from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortCodeReply")


@_attrs_define
class ShortCodeReply:
    """A reply to a campaign sent from SMS Partner's short code (Premium). Every value is text.

    Attributes:
        phone_number (str): Number of the person who replied, E.164 (`+336...`).
        text (str): The reply's text.
        type_ (str | Unset): `response` for a reply, `stop` for a STOP request (the French "Webhooks" page).
        message_id (int | str | Unset): Id of the campaign (send) that was answered (a JSON number on the French
            "Webhooks" page, text in a form).
    """

    phone_number: str
    text: str
    type_: str | Unset = UNSET
    message_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        text = self.text

        type_ = self.type_

        message_id: int | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "text": text,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message_id is not UNSET:
            field_dict["message_id"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        text = d.pop("text")

        type_ = d.pop("type", UNSET)

        def _parse_message_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        message_id = _parse_message_id(d.pop("message_id", UNSET))

        short_code_reply = cls(
            phone_number=phone_number,
            text=text,
            type_=type_,
            message_id=message_id,
        )

        short_code_reply.additional_properties = d
        return short_code_reply

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
