from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRentalCost")


@_attrs_define
class ContactRentalCost:
    """
    Attributes:
        quantity (int | str | Unset):
        total (float | str | Unset):
        cost_unity (float | str | Unset):
    """

    quantity: int | str | Unset = UNSET
    total: float | str | Unset = UNSET
    cost_unity: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        total: float | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        cost_unity: float | str | Unset
        if isinstance(self.cost_unity, Unset):
            cost_unity = UNSET
        else:
            cost_unity = self.cost_unity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if total is not UNSET:
            field_dict["total"] = total
        if cost_unity is not UNSET:
            field_dict["cost_unity"] = cost_unity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_quantity(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_total(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_cost_unity(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        cost_unity = _parse_cost_unity(d.pop("cost_unity", UNSET))

        contact_rental_cost = cls(
            quantity=quantity,
            total=total,
            cost_unity=cost_unity,
        )

        contact_rental_cost.additional_properties = d
        return contact_rental_cost

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
