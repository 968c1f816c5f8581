from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HlrResult")


@_attrs_define
class HlrResult:
    """The HLR verification result of one number, posted to `notifyUrl`.

    Attributes:
        phone (str): The verified number (E.164).
        error_grp_id (int | str): HLR error group: 0 OK, 1 handset, 2 user, 3 operator (text in a form).
        error_name (str): HLR error name (`NO_ERROR`, `EC_ABSENT_SUBSCRIBER_SM`, ...); may carry trailing spaces.
        message_id (str | Unset): Id of this verification (`1234-12344-1234-1234`).
        mcc_mnc (str | Unset): Mobile country and network code of the number's operator (`20815`).
        ported (int | str | Unset): `1` when the number was ported to another operator (text in a form).
        error_desc (str | Unset): Human-readable error description.
        date (str | Unset): Time of the result, ISO 8601 with a `+hhmm` offset (`2018-03-05T10:34:52.355+0000`).
    """

    phone: str
    error_grp_id: int | str
    error_name: str
    message_id: str | Unset = UNSET
    mcc_mnc: str | Unset = UNSET
    ported: int | str | Unset = UNSET
    error_desc: str | Unset = UNSET
    date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        error_grp_id: int | str
        error_grp_id = self.error_grp_id

        error_name = self.error_name

        message_id = self.message_id

        mcc_mnc = self.mcc_mnc

        ported: int | str | Unset
        if isinstance(self.ported, Unset):
            ported = UNSET
        else:
            ported = self.ported

        error_desc = self.error_desc

        date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "errorGrpId": error_grp_id,
                "errorName": error_name,
            }
        )
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if mcc_mnc is not UNSET:
            field_dict["mccMnc"] = mcc_mnc
        if ported is not UNSET:
            field_dict["ported"] = ported
        if error_desc is not UNSET:
            field_dict["errorDesc"] = error_desc
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        def _parse_error_grp_id(data: object) -> int | str:
            return cast(int | str, data)

        error_grp_id = _parse_error_grp_id(d.pop("errorGrpId"))

        error_name = d.pop("errorName")

        message_id = d.pop("messageId", UNSET)

        mcc_mnc = d.pop("mccMnc", UNSET)

        def _parse_ported(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        ported = _parse_ported(d.pop("ported", UNSET))

        error_desc = d.pop("errorDesc", UNSET)

        date = d.pop("date", UNSET)

        hlr_result = cls(
            phone=phone,
            error_grp_id=error_grp_id,
            error_name=error_name,
            message_id=message_id,
            mcc_mnc=mcc_mnc,
            ported=ported,
            error_desc=error_desc,
            date=date,
        )

        hlr_result.additional_properties = d
        return hlr_result

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
