from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_fields import RecipientFields


T = TypeVar("T", bound="RecipientWithFields")


@_attrs_define
class RecipientWithFields:
    """
    Attributes:
        number (str): Recipient number as `+<country code>-<number>`, e.g. `+39-349xxxxx18`. The vendor does
            not refuse another format: it accepts the request and counts such a number among the
            invalid recipients (`recipients.invalid.list` of the answer, seed S003: "Tout autre
            format sera considéré comme un faux destinataire et sera enregistré comme non
            valable"). So this request schema has no `pattern`: it would refuse requests the
            vendor accepts. smsgate's `send()` writes every number in this form itself and
            refuses a number it cannot read with `InvalidRequestError` before any request; a
            `call()` body goes as given, and the answer says which recipients were invalid.
        fields (RecipientFields | Unset): Placeholder values substituted for `{{key}}` in the body; any key is allowed.
    """

    number: str
    fields: RecipientFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_fields import RecipientFields  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        _fields = d.pop("fields", UNSET)
        fields: RecipientFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = RecipientFields.from_dict(_fields)

        recipient_with_fields = cls(
            number=number,
            fields=fields,
        )

        recipient_with_fields.additional_properties = d
        return recipient_with_fields

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
