from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subaccount_balance import SubaccountBalance


T = TypeVar("T", bound="Subaccount")


@_attrs_define
class Subaccount:
    """
    Attributes:
        id (int | str | Unset):
        email (str | Unset):
        type_ (str | Unset): simple or advanced.
        token (str | Unset): Sub-account id for the credit endpoints.
        api_key (str | Unset): The sub-account's own API key.
        created_at (str | Unset): `yyyy-MM-dd HH:mm:ss`
        credits_ (SubaccountBalance | Unset):
    """

    id: int | str | Unset = UNSET
    email: str | Unset = UNSET
    type_: str | Unset = UNSET
    token: str | Unset = UNSET
    api_key: str | Unset = UNSET
    created_at: str | Unset = UNSET
    credits_: SubaccountBalance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email = self.email

        type_ = self.type_

        token = self.token

        api_key = self.api_key

        created_at = self.created_at

        credits_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credits_, Unset):
            credits_ = self.credits_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if type_ is not UNSET:
            field_dict["type"] = type_
        if token is not UNSET:
            field_dict["token"] = token
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subaccount_balance import SubaccountBalance  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        email = d.pop("email", UNSET)

        type_ = d.pop("type", UNSET)

        token = d.pop("token", UNSET)

        api_key = d.pop("apiKey", UNSET)

        created_at = d.pop("createdAt", UNSET)

        _credits_ = d.pop("credits", UNSET)
        credits_: SubaccountBalance | Unset
        if isinstance(_credits_, Unset):
            credits_ = UNSET
        else:
            credits_ = SubaccountBalance.from_dict(_credits_)

        subaccount = cls(
            id=id,
            email=email,
            type_=type_,
            token=token,
            api_key=api_key,
            created_at=created_at,
            credits_=credits_,
        )

        subaccount.additional_properties = d
        return subaccount

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
