from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountStats")


@_attrs_define
class AccountStats:
    """Account counters and remaining credits.

    Attributes:
        credits_ (float | Unset): Remaining credits (integer in the doc example; decimals seen in 3rd-party fixtures).
        sent (int | Unset):
        submitted (int | Unset):
        delivered (int | Unset):
        undelivered (int | Unset):
        bounces (int | Unset):
        unsubscribers (int | Unset):
    """

    credits_: float | Unset = UNSET
    sent: int | Unset = UNSET
    submitted: int | Unset = UNSET
    delivered: int | Unset = UNSET
    undelivered: int | Unset = UNSET
    bounces: int | Unset = UNSET
    unsubscribers: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits_

        sent = self.sent

        submitted = self.submitted

        delivered = self.delivered

        undelivered = self.undelivered

        bounces = self.bounces

        unsubscribers = self.unsubscribers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if sent is not UNSET:
            field_dict["sent"] = sent
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if undelivered is not UNSET:
            field_dict["undelivered"] = undelivered
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if unsubscribers is not UNSET:
            field_dict["unsubscribers"] = unsubscribers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credits_ = d.pop("credits", UNSET)

        sent = d.pop("sent", UNSET)

        submitted = d.pop("submitted", UNSET)

        delivered = d.pop("delivered", UNSET)

        undelivered = d.pop("undelivered", UNSET)

        bounces = d.pop("bounces", UNSET)

        unsubscribers = d.pop("unsubscribers", UNSET)

        account_stats = cls(
            credits_=credits_,
            sent=sent,
            submitted=submitted,
            delivered=delivered,
            undelivered=undelivered,
            bounces=bounces,
            unsubscribers=unsubscribers,
        )

        account_stats.additional_properties = d
        return account_stats

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
