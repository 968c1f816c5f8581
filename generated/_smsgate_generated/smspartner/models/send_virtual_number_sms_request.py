from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendVirtualNumberSmsRequest")


@_attrs_define
class SendVirtualNumberSmsRequest:
    """
    Attributes:
        api_key (str): Account API key.
        to (str): Recipient number.
        from_ (str): Your virtual number, international without `+` (`336xxxxxxxx`).
        message (str):
        tag (str | Unset):
        url_response (str | Unset):
        url_dlr (str | Unset):
        is_stop_sms (int | Unset): Listed by WP only.
        sandbox (int | Unset):
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    to: str
    from_: str
    message: str
    tag: str | Unset = UNSET
    url_response: str | Unset = UNSET
    url_dlr: str | Unset = UNSET
    is_stop_sms: int | Unset = UNSET
    sandbox: int | Unset = UNSET
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        to = self.to

        from_ = self.from_

        message = self.message

        tag = self.tag

        url_response = self.url_response

        url_dlr = self.url_dlr

        is_stop_sms = self.is_stop_sms

        sandbox = self.sandbox

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "to": to,
                "from": from_,
                "message": message,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if url_response is not UNSET:
            field_dict["urlResponse"] = url_response
        if url_dlr is not UNSET:
            field_dict["urlDlr"] = url_dlr
        if is_stop_sms is not UNSET:
            field_dict["isStopSms"] = is_stop_sms
        if sandbox is not UNSET:
            field_dict["sandbox"] = sandbox
        if format_ is not UNSET:
            field_dict["_format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        to = d.pop("to")

        from_ = d.pop("from")

        message = d.pop("message")

        tag = d.pop("tag", UNSET)

        url_response = d.pop("urlResponse", UNSET)

        url_dlr = d.pop("urlDlr", UNSET)

        is_stop_sms = d.pop("isStopSms", UNSET)

        sandbox = d.pop("sandbox", UNSET)

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        send_virtual_number_sms_request = cls(
            api_key=api_key,
            to=to,
            from_=from_,
            message=message,
            tag=tag,
            url_response=url_response,
            url_dlr=url_dlr,
            is_stop_sms=is_stop_sms,
            sandbox=sandbox,
            format_=format_,
        )

        send_virtual_number_sms_request.additional_properties = d
        return send_virtual_number_sms_request

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
