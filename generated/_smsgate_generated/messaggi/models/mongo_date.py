from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mongo_number_long import MongoNumberLong


T = TypeVar("T", bound="MongoDate")


@_attrs_define
class MongoDate:
    """A MongoDB Extended JSON (canonical) date, `{"$date": {"$numberLong": "<epoch ms>"}}`.

    Attributes:
        date (MongoNumberLong):
    """

    date: MongoNumberLong
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "$date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mongo_number_long import MongoNumberLong  # noqa: PLC0415

        d = dict(src_dict)
        date = MongoNumberLong.from_dict(d.pop("$date"))

        mongo_date = cls(
            date=date,
        )

        mongo_date.additional_properties = d
        return mongo_date

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
