from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_attributes import ContactAttributes


T = TypeVar("T", bound="AddContactRequest")


@_attrs_define
class AddContactRequest:
    """
    Attributes:
        identifier (str): The contact's number (`+33600000000` or `0600000000`).
        attributes (ContactAttributes | Unset): Values of the list's custom fields, keyed by field name.
    """

    identifier: str
    attributes: ContactAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_attributes import ContactAttributes  # noqa: PLC0415

        d = dict(src_dict)
        identifier = d.pop("identifier")

        _attributes = d.pop("attributes", UNSET)
        attributes: ContactAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ContactAttributes.from_dict(_attributes)

        add_contact_request = cls(
            identifier=identifier,
            attributes=attributes,
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
