from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_sms_item import BulkSmsItem


T = TypeVar("T", bound="SendBulkSmsRequest")


@_attrs_define
class SendBulkSmsRequest:
    """
    Attributes:
        api_key (str): Account API key.
        sms_list (list[BulkSmsItem]):
        gamme (int | Unset): 1 Premium (default), 2 Low Cost.
        sender (str | Unset):
        tag (str | Unset):
        scheduled_delivery_date (str | Unset): `dd/MM/yyyy`
        time (int | Unset):
        minute (int | Unset):
        url_response (str | Unset):
        url_dlr (str | Unset):
        is_stop_sms (int | Unset):
        is_unicode (int | Unset):
        sandbox (int | Unset):
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    sms_list: list[BulkSmsItem]
    gamme: int | Unset = UNSET
    sender: str | Unset = UNSET
    tag: str | Unset = UNSET
    scheduled_delivery_date: str | Unset = UNSET
    time: int | Unset = UNSET
    minute: int | Unset = UNSET
    url_response: str | Unset = UNSET
    url_dlr: str | Unset = UNSET
    is_stop_sms: int | Unset = UNSET
    is_unicode: int | Unset = UNSET
    sandbox: int | Unset = UNSET
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        sms_list = []
        for sms_list_item_data in self.sms_list:
            sms_list_item = sms_list_item_data.to_dict()
            sms_list.append(sms_list_item)

        gamme = self.gamme

        sender = self.sender

        tag = self.tag

        scheduled_delivery_date = self.scheduled_delivery_date

        time = self.time

        minute = self.minute

        url_response = self.url_response

        url_dlr = self.url_dlr

        is_stop_sms = self.is_stop_sms

        is_unicode = self.is_unicode

        sandbox = self.sandbox

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "SMSList": sms_list,
            }
        )
        if gamme is not UNSET:
            field_dict["gamme"] = gamme
        if sender is not UNSET:
            field_dict["sender"] = sender
        if tag is not UNSET:
            field_dict["tag"] = tag
        if scheduled_delivery_date is not UNSET:
            field_dict["scheduledDeliveryDate"] = scheduled_delivery_date
        if time is not UNSET:
            field_dict["time"] = time
        if minute is not UNSET:
            field_dict["minute"] = minute
        if url_response is not UNSET:
            field_dict["urlResponse"] = url_response
        if url_dlr is not UNSET:
            field_dict["urlDlr"] = url_dlr
        if is_stop_sms is not UNSET:
            field_dict["isStopSms"] = is_stop_sms
        if is_unicode is not UNSET:
            field_dict["isUnicode"] = is_unicode
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if format_ is not UNSET:
            field_dict["_format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_sms_item import BulkSmsItem  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("apiKey")

        sms_list = []
        _sms_list = d.pop("SMSList")
        for sms_list_item_data in _sms_list:
            sms_list_item = BulkSmsItem.from_dict(sms_list_item_data)

            sms_list.append(sms_list_item)

        gamme = d.pop("gamme", UNSET)

        sender = d.pop("sender", UNSET)

        tag = d.pop("tag", UNSET)

        scheduled_delivery_date = d.pop("scheduledDeliveryDate", UNSET)

        time = d.pop("time", UNSET)

        minute = d.pop("minute", UNSET)

        url_response = d.pop("urlResponse", UNSET)

        url_dlr = d.pop("urlDlr", UNSET)

        is_stop_sms = d.pop("isStopSms", UNSET)

        is_unicode = d.pop("isUnicode", UNSET)

        sandbox = d.pop("sandbox", UNSET)

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        send_bulk_sms_request = cls(
            api_key=api_key,
            sms_list=sms_list,
            gamme=gamme,
            sender=sender,
            tag=tag,
            scheduled_delivery_date=scheduled_delivery_date,
            time=time,
            minute=minute,
            url_response=url_response,
            url_dlr=url_dlr,
            is_stop_sms=is_stop_sms,
            is_unicode=is_unicode,
            sandbox=sandbox,
            format_=format_,
        )

        send_bulk_sms_request.additional_properties = d
        return send_bulk_sms_request

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
