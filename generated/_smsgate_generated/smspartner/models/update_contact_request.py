from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_input import ContactInput


T = TypeVar("T", bound="UpdateContactRequest")


@_attrs_define
class UpdateContactRequest:
    """
    Attributes:
        api_key (str): Account API key.
        contact_id (int | str):
        contact (ContactInput): Contact fields; `phoneNumber` is required when adding.
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    contact_id: int | str
    contact: ContactInput
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        contact_id: int | str
        contact_id = self.contact_id

        contact = self.contact.to_dict()

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "contactId": contact_id,
                "contact": contact,
            }
        )
        if format_ is not UNSET:
            field_dict["_format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_input import ContactInput  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("apiKey")

        def _parse_contact_id(data: object) -> int | str:
            return cast(int | str, data)

        contact_id = _parse_contact_id(d.pop("contactId"))

        contact = ContactInput.from_dict(d.pop("contact"))

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        update_contact_request = cls(
            api_key=api_key,
            contact_id=contact_id,
            contact=contact,
            format_=format_,
        )

        update_contact_request.additional_properties = d
        return update_contact_request

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
