from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_status_query import MultiStatusQuery


T = TypeVar("T", bound="MultiStatusRequest")


@_attrs_define
class MultiStatusRequest:
    """
    Attributes:
        api_key (str): Account API key.
        sms_statut_list (list[MultiStatusQuery]): Spelled `SMSStatus_List` in the DP parameter tables; samples and GO
            use `SMSStatut_List`.
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    sms_statut_list: list[MultiStatusQuery]
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        sms_statut_list = []
        for sms_statut_list_item_data in self.sms_statut_list:
            sms_statut_list_item = sms_statut_list_item_data.to_dict()
            sms_statut_list.append(sms_statut_list_item)

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "SMSStatut_List": sms_statut_list,
            }
        )
        if format_ is not UNSET:
            field_dict["_format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.multi_status_query import MultiStatusQuery  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("apiKey")

        sms_statut_list = []
        _sms_statut_list = d.pop("SMSStatut_List")
        for sms_statut_list_item_data in _sms_statut_list:
            sms_statut_list_item = MultiStatusQuery.from_dict(sms_statut_list_item_data)

            sms_statut_list.append(sms_statut_list_item)

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        multi_status_request = cls(
            api_key=api_key,
            sms_statut_list=sms_statut_list,
            format_=format_,
        )

        multi_status_request.additional_properties = d
        return multi_status_request

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
