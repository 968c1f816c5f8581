from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_field_type import ListFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateListFieldRequest")


@_attrs_define
class CreateListFieldRequest:
    """
    Attributes:
        name (str): The field (column) name.
        type_ (ListFieldType): Type of a custom field (request side).
        format_ (str | Unset): Optional format (e.g. for DATE fields; syntax not documented).
    """

    name: str
    type_: ListFieldType
    format_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = ListFieldType(d.pop("type"))

        format_ = d.pop("format", UNSET)

        create_list_field_request = cls(
            name=name,
            type_=type_,
            format_=format_,
        )

        create_list_field_request.additional_properties = d
        return create_list_field_request

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
