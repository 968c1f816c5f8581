from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput


T = TypeVar("T", bound="AddContactRequest")


@_attrs_define
class AddContactRequest:
    """Give exactly one of `contact` (one contact) or `contactsList` (<= 500 contacts).

    Attributes:
        api_key (str): Account API key.
        group_id (int | str):
        contact (ContactInput | Unset): Contact fields; `phoneNumber` is required when adding.
        contacts_list (list[ContactInput] | Unset):
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    group_id: int | str
    contact: ContactInput | Unset = UNSET
    contacts_list: list[ContactInput] | Unset = UNSET
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        group_id: int | str
        group_id = self.group_id

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        contacts_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts_list, Unset):
            contacts_list = []
            for contacts_list_item_data in self.contacts_list:
                contacts_list_item = contacts_list_item_data.to_dict()
                contacts_list.append(contacts_list_item)

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "groupId": group_id,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if contacts_list is not UNSET:
            field_dict["contactsList"] = contacts_list
        if format_ is not UNSET:
            field_dict["_format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_input import ContactInput  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("apiKey")

        def _parse_group_id(data: object) -> int | str:
            return cast(int | str, data)

        group_id = _parse_group_id(d.pop("groupId"))

        _contact = d.pop("contact", UNSET)
        contact: ContactInput | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactInput.from_dict(_contact)

        _contacts_list = d.pop("contactsList", UNSET)
        contacts_list: list[ContactInput] | Unset = UNSET
        if _contacts_list is not UNSET:
            contacts_list = []
            for contacts_list_item_data in _contacts_list:
                contacts_list_item = ContactInput.from_dict(contacts_list_item_data)

                contacts_list.append(contacts_list_item)

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        add_contact_request = cls(
            api_key=api_key,
            group_id=group_id,
            contact=contact,
            contacts_list=contacts_list,
            format_=format_,
        )

        add_contact_request.additional_properties = d
        return add_contact_request

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
