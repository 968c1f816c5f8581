from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rcs_failover import RcsFailover
    from ..models.rcs_rich_content import RcsRichContent


T = TypeVar("T", bound="SendRcsRequest")


@_attrs_define
class SendRcsRequest:
    """
    Attributes:
        api_key (str): Account API key.
        phone_numbers (list[str] | str): Recipients (<= 500); documented as a comma-separated string, sent as a JSON
            array in the examples.
        is_unicode (int): Must be 1.
        rich_content (RcsRichContent):
        failover (RcsFailover | Unset): SMS sent when RCS cannot be delivered.
        scheduled_delivery_date (str | Unset): `dd/MM/yyyy`
        time (int | Unset):
        minute (int | Unset):
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    phone_numbers: list[str] | str
    is_unicode: int
    rich_content: RcsRichContent
    failover: RcsFailover | Unset = UNSET
    scheduled_delivery_date: str | Unset = UNSET
    time: int | Unset = UNSET
    minute: int | Unset = UNSET
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        phone_numbers: list[str] | str
        if isinstance(self.phone_numbers, list):
            phone_numbers = self.phone_numbers

        else:
            phone_numbers = self.phone_numbers

        is_unicode = self.is_unicode

        rich_content = self.rich_content.to_dict()

        failover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failover, Unset):
            failover = self.failover.to_dict()

        scheduled_delivery_date = self.scheduled_delivery_date

        time = self.time

        minute = self.minute

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "phoneNumbers": phone_numbers,
                "isUnicode": is_unicode,
                "richContent": rich_content,
            }
        )
        if failover is not UNSET:
            field_dict["failover"] = failover
        if scheduled_delivery_date is not UNSET:
            field_dict["scheduledDeliveryDate"] = scheduled_delivery_date
        if time is not UNSET:
            field_dict["time"] = time
        if minute is not UNSET:
            field_dict["minute"] = minute
        if format_ is not UNSET:
            field_dict["_format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rcs_failover import RcsFailover  # noqa: PLC0415
        from ..models.rcs_rich_content import RcsRichContent  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("apiKey")

        def _parse_phone_numbers(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                phone_numbers_type_1 = cast(list[str], data)

                return phone_numbers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        phone_numbers = _parse_phone_numbers(d.pop("phoneNumbers"))

        is_unicode = d.pop("isUnicode")

        rich_content = RcsRichContent.from_dict(d.pop("richContent"))

        _failover = d.pop("failover", UNSET)
        failover: RcsFailover | Unset
        if isinstance(_failover, Unset):
            failover = UNSET
        else:
            failover = RcsFailover.from_dict(_failover)

        scheduled_delivery_date = d.pop("scheduledDeliveryDate", UNSET)

        time = d.pop("time", UNSET)

        minute = d.pop("minute", UNSET)

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        send_rcs_request = cls(
            api_key=api_key,
            phone_numbers=phone_numbers,
            is_unicode=is_unicode,
            rich_content=rich_content,
            failover=failover,
            scheduled_delivery_date=scheduled_delivery_date,
            time=time,
            minute=minute,
            format_=format_,
        )

        send_rcs_request.additional_properties = d
        return send_rcs_request

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
