from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """
    Attributes:
        number (str): The recipient, `0600000000` or `+33600000000`.
        message (str): The text. Documented charset: letters a-z/A-Z, digits and
            `@£_!$"#èé%ù&ìò()*:+;,<-=ÑñÅ.>Üüåé/?à^¤{}~\\'` plus the pipe character.
        sender (str | Unset): The sender name, 3-11 alphanumerics. Default is a numeric short code.
        campaign_name (str | Unset): Groups sends into a pool for statistics.
        category (str | Unset): Tag used later as `?category=` for `/messages/stats`, `/messages/replies` and
            `/messages/blacklists`.
        date (int | Unset): Scheduled send time, epoch milliseconds (e.g. `1398177000000` = 2014-04-22 14:30 UTC).
            Absent = send now.
    """

    number: str
    message: str
    sender: str | Unset = UNSET
    campaign_name: str | Unset = UNSET
    category: str | Unset = UNSET
    date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        message = self.message

        sender = self.sender

        campaign_name = self.campaign_name

        category = self.category

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "message": message,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if campaign_name is not UNSET:
            field_dict["campaignName"] = campaign_name
        if category is not UNSET:
            field_dict["category"] = category
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        message = d.pop("message")

        sender = d.pop("sender", UNSET)

        campaign_name = d.pop("campaignName", UNSET)

        category = d.pop("category", UNSET)

        date = d.pop("date", UNSET)

        send_message_request = cls(
            number=number,
            message=message,
            sender=sender,
            campaign_name=campaign_name,
            category=category,
            date=date,
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
