from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_rental_request_op import ContactRentalRequestOp
from ..models.response_format import ResponseFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_rental_target import ContactRentalTarget


T = TypeVar("T", bound="ContactRentalRequest")


@_attrs_define
class ContactRentalRequest:
    """
    Attributes:
        api_key (str): Account API key.
        op (ContactRentalRequestOp): calcul = count + cost, price = cost only, rent = rent.
        parameters (ContactRentalTarget):
        format_ (ResponseFormat | Unset): Answer format.
    """

    api_key: str
    op: ContactRentalRequestOp
    parameters: ContactRentalTarget
    format_: ResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        op = self.op.value

        parameters = self.parameters.to_dict()

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "op": op,
                "parameters": parameters,
            }
        )
        if format_ is not UNSET:
            field_dict["_format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_rental_target import ContactRentalTarget  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("apiKey")

        op = ContactRentalRequestOp(d.pop("op"))

        parameters = ContactRentalTarget.from_dict(d.pop("parameters"))

        _format_ = d.pop("_format", UNSET)
        format_: ResponseFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseFormat(_format_)

        contact_rental_request = cls(
            api_key=api_key,
            op=op,
            parameters=parameters,
            format_=format_,
        )

        contact_rental_request.additional_properties = d
        return contact_rental_request

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
