from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSurveyRequest")


@_attrs_define
class SendSurveyRequest:
    """
    Attributes:
        api_key (str): Account API key.
        phone_numbers (str): Comma-separated recipients (<= 500).
        sondage_ident (str): Survey id.
        tag (str | Unset):
        scheduled_delivery_date (str | Unset): `dd/MM/yyyy`
        time (int | Unset):
        minute (int | Unset):
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    phone_numbers: str
    sondage_ident: str
    tag: str | Unset = UNSET
    scheduled_delivery_date: str | Unset = UNSET
    time: int | Unset = UNSET
    minute: int | Unset = UNSET
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        phone_numbers = self.phone_numbers

        sondage_ident = self.sondage_ident

        tag = self.tag

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
                "sondageIdent": sondage_ident,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
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
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        phone_numbers = d.pop("phoneNumbers")

        sondage_ident = d.pop("sondageIdent")

        tag = d.pop("tag", UNSET)

        scheduled_delivery_date = d.pop("scheduledDeliveryDate", UNSET)

        time = d.pop("time", UNSET)

        minute = d.pop("minute", UNSET)

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        send_survey_request = cls(
            api_key=api_key,
            phone_numbers=phone_numbers,
            sondage_ident=sondage_ident,
            tag=tag,
            scheduled_delivery_date=scheduled_delivery_date,
            time=time,
            minute=minute,
            format_=format_,
        )

        send_survey_request.additional_properties = d
        return send_survey_request

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
