from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportStatus")


@_attrs_define
class ReportStatus:
    """
    Attributes:
        id (int | Unset): Status id, e.g. 5.
        group_id (int | Unset): Status group id, e.g. 3.
        group_name (str | Unset): Status group, e.g. `DELIVERED` (see x-smsgate-delivery-states.report_status_group).
        name (str | Unset): Status, e.g. `DELIVERED_TO_HANDSET`.
        description (str | Unset): Status text (localised: English or French).
    """

    id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    group_name: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_id = self.group_id

        group_name = self.group_name

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        group_id = d.pop("groupId", UNSET)

        group_name = d.pop("groupName", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        report_status = cls(
            id=id,
            group_id=group_id,
            group_name=group_name,
            name=name,
            description=description,
        )

        report_status.additional_properties = d
        return report_status

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
