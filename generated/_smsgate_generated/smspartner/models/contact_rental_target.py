from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_rental_target_sexe import ContactRentalTargetSexe
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_rental_target_volumes import ContactRentalTargetVolumes


T = TypeVar("T", bound="ContactRentalTarget")


@_attrs_define
class ContactRentalTarget:
    """
    Attributes:
        sexe (ContactRentalTargetSexe | Unset): m mixed, h male, f female.
        min_age (int | Unset): > 18 per docs (error 12 says > 17).
        max_age (int | Unset): < 99.
        interest (int | str | Unset): Interest category id.
        sub_interest (int | str | Unset):
        category (int | Unset): 102 CSP+, 103 CSP-.
        department (str | Unset): Comma list, e.g. `02,60`.
        zipcode (str | Unset): Comma list.
        volumes (ContactRentalTargetVolumes | Unset): rent / price only: zip code or department -> wanted count, e.g.
            {"60200": 20}.
    """

    sexe: ContactRentalTargetSexe | Unset = UNSET
    min_age: int | Unset = UNSET
    max_age: int | Unset = UNSET
    interest: int | str | Unset = UNSET
    sub_interest: int | str | Unset = UNSET
    category: int | Unset = UNSET
    department: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    volumes: ContactRentalTargetVolumes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sexe: str | Unset = UNSET
        if not isinstance(self.sexe, Unset):
            sexe = self.sexe.value

        min_age = self.min_age

        max_age = self.max_age

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

        category = self.category

        department = self.department

        zipcode = self.zipcode

        volumes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = self.volumes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sexe is not UNSET:
            field_dict["sexe"] = sexe
        if min_age is not UNSET:
            field_dict["minAge"] = min_age
        if max_age is not UNSET:
            field_dict["maxAge"] = max_age
        if interest is not UNSET:
            field_dict["interest"] = interest
        if sub_interest is not UNSET:
            field_dict["subInterest"] = sub_interest
        if category is not UNSET:
            field_dict["category"] = category
        if department is not UNSET:
            field_dict["department"] = department
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_rental_target_volumes import ContactRentalTargetVolumes  # noqa: PLC0415

        d = dict(src_dict)
        _sexe = d.pop("sexe", UNSET)
        sexe: ContactRentalTargetSexe | Unset
        if isinstance(_sexe, Unset):
            sexe = UNSET
        else:
            sexe = ContactRentalTargetSexe(_sexe)

        min_age = d.pop("minAge", UNSET)

        max_age = d.pop("maxAge", UNSET)

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

        category = d.pop("category", UNSET)

        department = d.pop("department", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        _volumes = d.pop("volumes", UNSET)
        volumes: ContactRentalTargetVolumes | Unset
        if isinstance(_volumes, Unset):
            volumes = UNSET
        else:
            volumes = ContactRentalTargetVolumes.from_dict(_volumes)

        contact_rental_target = cls(
            sexe=sexe,
            min_age=min_age,
            max_age=max_age,
            interest=interest,
            sub_interest=sub_interest,
            category=category,
            department=department,
            zipcode=zipcode,
            volumes=volumes,
        )

        contact_rental_target.additional_properties = d
        return contact_rental_target

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
