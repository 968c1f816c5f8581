from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """
    Attributes:
        api_key (str): Account API key.
        phone_numbers (str): Comma-separated recipients (<= 500), `06xxxxxxxx` or `+336xxxxxxxx`; non-French numbers
            international.
        message (str): Text; `:br:` = line break, `:euro:` = euro sign, escape `"`.
        gamme (int | Unset): 1 Premium (default), 2 Low Cost. Called `range` on the EN page (translation error).
        sender (str | Unset): Sender name; empty = operator short code.
        tag (str | Unset): Tag, no spaces (lowercase per LIVE).
        scheduled_delivery_date (str | Unset): Send date `dd/MM/yyyy`.
        time (int | Unset): Send hour; required with `scheduledDeliveryDate`.
        minute (int | Unset): Send minute; required with `scheduledDeliveryDate`.
        url_response (str | Unset): URL receiving replies.
        url_dlr (str | Unset): URL receiving delivery receipts (payload undocumented).
        is_stop_sms (int | Unset): 1 = append the STOP mention (Premium only).
        is_unicode (int | Unset): 1 = Unicode (70 characters per SMS; enabled by support).
        sandbox (int | Unset): 1 = simulate (nothing sent or charged).
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    phone_numbers: str
    message: str
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

        phone_numbers = self.phone_numbers

        message = self.message

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
                "phoneNumbers": phone_numbers,
                "message": message,
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
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        phone_numbers = d.pop("phoneNumbers")

        message = d.pop("message")

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

        send_sms_request = cls(
            api_key=api_key,
            phone_numbers=phone_numbers,
            message=message,
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

        send_sms_request.additional_properties = d
        return send_sms_request

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
