from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blacklist_group import BlacklistGroup


T = TypeVar("T", bound="BlacklistHits")


@_attrs_define
class BlacklistHits:
    """STOP and NPAI hits (shape reconstructed from a malformed doc sample; Low).

    Attributes:
        bounces (BlacklistGroup | Unset): Count and numbers of one blacklist kind.
        unsubscribers (BlacklistGroup | Unset): Count and numbers of one blacklist kind.
    """

    bounces: BlacklistGroup | Unset = UNSET
    unsubscribers: BlacklistGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounces: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounces, Unset):
            bounces = self.bounces.to_dict()

        unsubscribers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unsubscribers, Unset):
            unsubscribers = self.unsubscribers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if unsubscribers is not UNSET:
            field_dict["unsubscribers"] = unsubscribers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blacklist_group import BlacklistGroup  # noqa: PLC0415

        d = dict(src_dict)
        _bounces = d.pop("bounces", UNSET)
        bounces: BlacklistGroup | Unset
        if isinstance(_bounces, Unset):
            bounces = UNSET
        else:
            bounces = BlacklistGroup.from_dict(_bounces)

        _unsubscribers = d.pop("unsubscribers", UNSET)
        unsubscribers: BlacklistGroup | Unset
        if isinstance(_unsubscribers, Unset):
            unsubscribers = UNSET
        else:
            unsubscribers = BlacklistGroup.from_dict(_unsubscribers)

        blacklist_hits = cls(
            bounces=bounces,
            unsubscribers=unsubscribers,
        )

        blacklist_hits.additional_properties = d
        return blacklist_hits

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
