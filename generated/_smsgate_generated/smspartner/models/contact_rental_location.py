from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_rental_area_detail import ContactRentalAreaDetail
    from ..models.contact_rental_cost import ContactRentalCost


T = TypeVar("T", bound="ContactRentalLocation")


@_attrs_define
class ContactRentalLocation:
    """
    Attributes:
        sexe (str | Unset): e.g. femme.
        min_age (int | str | Unset):
        max_age (int | str | Unset):
        zipcode (str | Unset):
        department (str | Unset):
        interest (int | str | Unset):
        sub_interest (int | str | Unset):
        category (int | str | Unset):
        details_localisation (list[ContactRentalAreaDetail] | Unset):
        cost (ContactRentalCost | Unset):
    """

    sexe: str | Unset = UNSET
    min_age: int | str | Unset = UNSET
    max_age: int | str | Unset = UNSET
    zipcode: str | Unset = UNSET
    department: str | Unset = UNSET
    interest: int | str | Unset = UNSET
    sub_interest: int | str | Unset = UNSET
    category: int | str | Unset = UNSET
    details_localisation: list[ContactRentalAreaDetail] | Unset = UNSET
    cost: ContactRentalCost | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sexe = self.sexe

        min_age: int | str | Unset
        if isinstance(self.min_age, Unset):
            min_age = UNSET
        else:
            min_age = self.min_age

        max_age: int | str | Unset
        if isinstance(self.max_age, Unset):
            max_age = UNSET
        else:
            max_age = self.max_age

        zipcode = self.zipcode

        department = self.department

        interest: int | str | Unset
        if isinstance(self.interest, Unset):
            interest = UNSET
        else:
            interest = self.interest

        sub_interest: int | str | Unset
        if isinstance(self.sub_interest, Unset):
            sub_interest = UNSET
        else:
            sub_interest = self.sub_interest

        category: int | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        details_localisation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details_localisation, Unset):
            details_localisation = []
            for details_localisation_item_data in self.details_localisation:
                details_localisation_item = details_localisation_item_data.to_dict()
                details_localisation.append(details_localisation_item)

        cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sexe is not UNSET:
            field_dict["sexe"] = sexe
        if min_age is not UNSET:
            field_dict["minAge"] = min_age
        if max_age is not UNSET:
            field_dict["maxAge"] = max_age
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if department is not UNSET:
            field_dict["department"] = department
        if interest is not UNSET:
            field_dict["interest"] = interest
        if sub_interest is not UNSET:
            field_dict["subInterest"] = sub_interest
        if category is not UNSET:
            field_dict["category"] = category
        if details_localisation is not UNSET:
            field_dict["details_localisation"] = details_localisation
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_rental_area_detail import ContactRentalAreaDetail  # noqa: PLC0415
        from ..models.contact_rental_cost import ContactRentalCost  # noqa: PLC0415

        d = dict(src_dict)
        sexe = d.pop("sexe", UNSET)

        def _parse_min_age(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        min_age = _parse_min_age(d.pop("minAge", UNSET))

        def _parse_max_age(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        max_age = _parse_max_age(d.pop("maxAge", UNSET))

        zipcode = d.pop("zipcode", UNSET)

        department = d.pop("department", UNSET)

        def _parse_interest(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        interest = _parse_interest(d.pop("interest", UNSET))

        def _parse_sub_interest(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        sub_interest = _parse_sub_interest(d.pop("subInterest", UNSET))

        def _parse_category(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        _details_localisation = d.pop("details_localisation", UNSET)
        details_localisation: list[ContactRentalAreaDetail] | Unset = UNSET
        if _details_localisation is not UNSET:
            details_localisation = []
            for details_localisation_item_data in _details_localisation:
                details_localisation_item = ContactRentalAreaDetail.from_dict(details_localisation_item_data)

                details_localisation.append(details_localisation_item)

        _cost = d.pop("cost", UNSET)
        cost: ContactRentalCost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = ContactRentalCost.from_dict(_cost)

        contact_rental_location = cls(
            sexe=sexe,
            min_age=min_age,
            max_age=max_age,
            zipcode=zipcode,
            department=department,
            interest=interest,
            sub_interest=sub_interest,
            category=category,
            details_localisation=details_localisation,
            cost=cost,
        )

        contact_rental_location.additional_properties = d
        return contact_rental_location

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
