from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactDetail")


@_attrs_define
class ContactDetail:
    """Contact as listed / detailed (`phone`, not `phoneNumber`).

    Attributes:
        contact_id (int | str | Unset):
        phone (str | Unset):
        firstname (str | Unset):
        lastname (str | Unset):
        url (str | Unset):
        short_url (str | Unset):
        date (str | Unset):
        custom1 (str | Unset):
        custom2 (str | Unset):
        custom3 (str | Unset):
        custom4 (str | Unset):
        created_at (str | Unset): ISO 8601 with offset.
        stop_sms (bool | str | Unset):
        group_id (int | str | Unset):
    """

    contact_id: int | str | Unset = UNSET
    phone: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    url: str | Unset = UNSET
    short_url: str | Unset = UNSET
    date: str | Unset = UNSET
    custom1: str | Unset = UNSET
    custom2: str | Unset = UNSET
    custom3: str | Unset = UNSET
    custom4: str | Unset = UNSET
    created_at: str | Unset = UNSET
    stop_sms: bool | str | Unset = UNSET
    group_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: int | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        phone = self.phone

        firstname = self.firstname

        lastname = self.lastname

        url = self.url

        short_url = self.short_url

        date = self.date

        custom1 = self.custom1

        custom2 = self.custom2

        custom3 = self.custom3

        custom4 = self.custom4

        created_at = self.created_at

        stop_sms: bool | str | Unset
        if isinstance(self.stop_sms, Unset):
            stop_sms = UNSET
        else:
            stop_sms = self.stop_sms

        group_id: int | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if url is not UNSET:
            field_dict["url"] = url
        if short_url is not UNSET:
            field_dict["shortUrl"] = short_url
        if date is not UNSET:
            field_dict["date"] = date
        if custom1 is not UNSET:
            field_dict["custom1"] = custom1
        if custom2 is not UNSET:
            field_dict["custom2"] = custom2
        if custom3 is not UNSET:
            field_dict["custom3"] = custom3
        if custom4 is not UNSET:
            field_dict["custom4"] = custom4
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if stop_sms is not UNSET:
            field_dict["stopSms"] = stop_sms
        if group_id is not UNSET:
            field_dict["groupId"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_contact_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contactId", UNSET))

        phone = d.pop("phone", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        url = d.pop("url", UNSET)

        short_url = d.pop("shortUrl", UNSET)

        date = d.pop("date", UNSET)

        custom1 = d.pop("custom1", UNSET)

        custom2 = d.pop("custom2", UNSET)

        custom3 = d.pop("custom3", UNSET)

        custom4 = d.pop("custom4", UNSET)

        created_at = d.pop("createdAt", UNSET)

        def _parse_stop_sms(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        stop_sms = _parse_stop_sms(d.pop("stopSms", UNSET))

        def _parse_group_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        group_id = _parse_group_id(d.pop("groupId", UNSET))

        contact_detail = cls(
            contact_id=contact_id,
            phone=phone,
            firstname=firstname,
            lastname=lastname,
            url=url,
            short_url=short_url,
            date=date,
            custom1=custom1,
            custom2=custom2,
            custom3=custom3,
            custom4=custom4,
            created_at=created_at,
            stop_sms=stop_sms,
            group_id=group_id,
        )

        contact_detail.additional_properties = d
        return contact_detail

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
