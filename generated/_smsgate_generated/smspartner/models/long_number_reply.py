from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LongNumberReply")


@_attrs_define
class LongNumberReply:
    """A reply to a rented long number. Every value is text, as posted. The concatenation members are present only on the
    parts of a long reply.

        Attributes:
            msisdn (str): Number of the person who replied, international without `+` (`33xxxxxxxxx`).
            to (str): The rented long number that received the reply (`33xxxxxxxxx`).
            message_id (str): Id of this inbound message (of this part for a long reply).
            text (str): The reply's text (of this part for a long reply).
            type_ (str | Unset): `text` in the documented examples.
            keyword (str | Unset): The first word of the reply.
            message_timestamp (str | Unset): Reception time, `YYYY-MM-DD hh:mm:ss` (time zone not stated).
            concat (str | Unset): `"true"` on each part of a long reply.
            concat_ref (str | Unset): Reference shared by the parts of one long reply.
            concat_total (str | Unset): Number of parts of the long reply.
            concat_part (str | Unset): Position of this part (1-based); parts may arrive out of order.
    """

    msisdn: str
    to: str
    message_id: str
    text: str
    type_: str | Unset = UNSET
    keyword: str | Unset = UNSET
    message_timestamp: str | Unset = UNSET
    concat: str | Unset = UNSET
    concat_ref: str | Unset = UNSET
    concat_total: str | Unset = UNSET
    concat_part: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        to = self.to

        message_id = self.message_id

        text = self.text

        type_ = self.type_

        keyword = self.keyword

        message_timestamp = self.message_timestamp

        concat = self.concat

        concat_ref = self.concat_ref

        concat_total = self.concat_total

        concat_part = self.concat_part

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
                "to": to,
                "messageId": message_id,
                "text": text,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if message_timestamp is not UNSET:
            field_dict["message-timestamp"] = message_timestamp
        if concat is not UNSET:
            field_dict["concat"] = concat
        if concat_ref is not UNSET:
            field_dict["concat-ref"] = concat_ref
        if concat_total is not UNSET:
            field_dict["concat-total"] = concat_total
        if concat_part is not UNSET:
            field_dict["concat-part"] = concat_part

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msisdn = d.pop("msisdn")

        to = d.pop("to")

        message_id = d.pop("messageId")

        text = d.pop("text")

        type_ = d.pop("type", UNSET)

        keyword = d.pop("keyword", UNSET)

        message_timestamp = d.pop("message-timestamp", UNSET)

        concat = d.pop("concat", UNSET)

        concat_ref = d.pop("concat-ref", UNSET)

        concat_total = d.pop("concat-total", UNSET)

        concat_part = d.pop("concat-part", UNSET)

        long_number_reply = cls(
            msisdn=msisdn,
            to=to,
            message_id=message_id,
            text=text,
            type_=type_,
            keyword=keyword,
            message_timestamp=message_timestamp,
            concat=concat,
            concat_ref=concat_ref,
            concat_total=concat_total,
            concat_part=concat_part,
        )

        long_number_reply.additional_properties = d
        return long_number_reply

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
