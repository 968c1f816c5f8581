from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountParameters")


@_attrs_define
class SubaccountParameters:
    """
    Attributes:
        email (str):
        is_buyer (int | Unset): Required for `advanced` sub-accounts.
        credit_to_attribute (float | Unset): Initial credit in EUR.
        title (str | Unset):
        firstname (str | Unset):
        lastname (str | Unset):
    """

    email: str
    is_buyer: int | Unset = UNSET
    credit_to_attribute: float | Unset = UNSET
    title: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_buyer = self.is_buyer

        credit_to_attribute = self.credit_to_attribute

        title = self.title

        firstname = self.firstname

        lastname = self.lastname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if is_buyer is not UNSET:
            field_dict["isBuyer"] = is_buyer
        if credit_to_attribute is not UNSET:
            field_dict["creditToAttribute"] = credit_to_attribute
        if title is not UNSET:
            field_dict["title"] = title
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        is_buyer = d.pop("isBuyer", UNSET)

        credit_to_attribute = d.pop("creditToAttribute", UNSET)

        title = d.pop("title", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        subaccount_parameters = cls(
            email=email,
            is_buyer=is_buyer,
            credit_to_attribute=credit_to_attribute,
            title=title,
            firstname=firstname,
            lastname=lastname,
        )

        subaccount_parameters.additional_properties = d
        return subaccount_parameters

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
