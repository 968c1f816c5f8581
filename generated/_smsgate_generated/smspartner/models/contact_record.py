from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRecord")


@_attrs_define
class ContactRecord:
    """Contact as echoed by add / update.

    Attributes:
        contact_id (int | str | Unset):
        phone_number (str | Unset):
        firstname (str | Unset):
        lastname (str | Unset):
        date (str | Unset):
        url (str | Unset):
        short_url_partnr (str | Unset):
        custom1 (str | Unset):
        custom2 (str | Unset):
        custom3 (str | Unset):
        custom4 (str | Unset):
    """

    contact_id: int | str | Unset = UNSET
    phone_number: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    date: str | Unset = UNSET
    url: str | Unset = UNSET
    short_url_partnr: str | Unset = UNSET
    custom1: str | Unset = UNSET
    custom2: str | Unset = UNSET
    custom3: str | Unset = UNSET
    custom4: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        phone_number = self.phone_number

        firstname = self.firstname

        lastname = self.lastname

        date = self.date

        url = self.url

        short_url_partnr = self.short_url_partnr

        custom1 = self.custom1

        custom2 = self.custom2

        custom3 = self.custom3

        custom4 = self.custom4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if date is not UNSET:
            field_dict["date"] = date
        if url is not UNSET:
            field_dict["url"] = url
        if short_url_partnr is not UNSET:
            field_dict["shortUrlPartnr"] = short_url_partnr
        if custom1 is not UNSET:
            field_dict["custom1"] = custom1
        if custom2 is not UNSET:
            field_dict["custom2"] = custom2
        if custom3 is not UNSET:
            field_dict["custom3"] = custom3
        if custom4 is not UNSET:
            field_dict["custom4"] = custom4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_contact_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contactId", UNSET))

        phone_number = d.pop("phoneNumber", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        date = d.pop("date", UNSET)

        url = d.pop("url", UNSET)

        short_url_partnr = d.pop("shortUrlPartnr", UNSET)

        custom1 = d.pop("custom1", UNSET)

        custom2 = d.pop("custom2", UNSET)

        custom3 = d.pop("custom3", UNSET)

        custom4 = d.pop("custom4", UNSET)

        contact_record = cls(
            contact_id=contact_id,
            phone_number=phone_number,
            firstname=firstname,
            lastname=lastname,
            date=date,
            url=url,
            short_url_partnr=short_url_partnr,
            custom1=custom1,
            custom2=custom2,
            custom3=custom3,
            custom4=custom4,
        )

        contact_record.additional_properties = d
        return contact_record

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
