from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostResumeEntry")


@_attrs_define
class CostResumeEntry:
    """
    Attributes:
        month (str | Unset): English month name, e.g. `october`.
        year (int | str | Unset):
        m (int | str | Unset): Month number.
        date (int | str | Unset): Epoch seconds of the period start.
        type_ (str | Unset): Period type, e.g. `month`.
        cost (float | str | Unset):
        nb_send (int | str | Unset):
    """

    month: str | Unset = UNSET
    year: int | str | Unset = UNSET
    m: int | str | Unset = UNSET
    date: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    cost: float | str | Unset = UNSET
    nb_send: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        year: int | str | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        m: int | str | Unset
        if isinstance(self.m, Unset):
            m = UNSET
        else:
            m = self.m

        date: int | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        type_ = self.type_

        cost: float | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        nb_send: int | str | Unset
        if isinstance(self.nb_send, Unset):
            nb_send = UNSET
        else:
            nb_send = self.nb_send

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if month is not UNSET:
            field_dict["month"] = month
        if year is not UNSET:
            field_dict["year"] = year
        if m is not UNSET:
            field_dict["m"] = m
        if date is not UNSET:
            field_dict["date"] = date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cost is not UNSET:
            field_dict["cost"] = cost
        if nb_send is not UNSET:
            field_dict["nb_send"] = nb_send

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month", UNSET)

        def _parse_year(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        def _parse_m(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        m = _parse_m(d.pop("m", UNSET))

        def _parse_date(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        type_ = d.pop("type", UNSET)

        def _parse_cost(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_nb_send(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        nb_send = _parse_nb_send(d.pop("nb_send", UNSET))

        cost_resume_entry = cls(
            month=month,
            year=year,
            m=m,
            date=date,
            type_=type_,
            cost=cost,
            nb_send=nb_send,
        )

        cost_resume_entry.additional_properties = d
        return cost_resume_entry

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
