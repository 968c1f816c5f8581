from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryStats")


@_attrs_define
class CategoryStats:
    """Counters of the messages sent with one category (all integers).

    Attributes:
        sent (int | Unset):
        submitted (int | Unset):
        delivered (int | Unset):
        openers (int | Unset):
        clickers (int | Unset):
        clicks (int | Unset):
        opens (int | Unset):
        replies (int | Unset):
        unsubscribers (int | Unset):
        errors (int | Unset):
        bounced (int | Unset):
        complaint (int | Unset):
        timespent (int | Unset):
    """

    sent: int | Unset = UNSET
    submitted: int | Unset = UNSET
    delivered: int | Unset = UNSET
    openers: int | Unset = UNSET
    clickers: int | Unset = UNSET
    clicks: int | Unset = UNSET
    opens: int | Unset = UNSET
    replies: int | Unset = UNSET
    unsubscribers: int | Unset = UNSET
    errors: int | Unset = UNSET
    bounced: int | Unset = UNSET
    complaint: int | Unset = UNSET
    timespent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent

        submitted = self.submitted

        delivered = self.delivered

        openers = self.openers

        clickers = self.clickers

        clicks = self.clicks

        opens = self.opens

        replies = self.replies

        unsubscribers = self.unsubscribers

        errors = self.errors

        bounced = self.bounced

        complaint = self.complaint

        timespent = self.timespent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if openers is not UNSET:
            field_dict["openers"] = openers
        if clickers is not UNSET:
            field_dict["clickers"] = clickers
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if opens is not UNSET:
            field_dict["opens"] = opens
        if replies is not UNSET:
            field_dict["replies"] = replies
        if unsubscribers is not UNSET:
            field_dict["unsubscribers"] = unsubscribers
        if errors is not UNSET:
            field_dict["errors"] = errors
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if complaint is not UNSET:
            field_dict["complaint"] = complaint
        if timespent is not UNSET:
            field_dict["timespent"] = timespent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = d.pop("sent", UNSET)

        submitted = d.pop("submitted", UNSET)

        delivered = d.pop("delivered", UNSET)

        openers = d.pop("openers", UNSET)

        clickers = d.pop("clickers", UNSET)

        clicks = d.pop("clicks", UNSET)

        opens = d.pop("opens", UNSET)

        replies = d.pop("replies", UNSET)

        unsubscribers = d.pop("unsubscribers", UNSET)

        errors = d.pop("errors", UNSET)

        bounced = d.pop("bounced", UNSET)

        complaint = d.pop("complaint", UNSET)

        timespent = d.pop("timespent", UNSET)

        category_stats = cls(
            sent=sent,
            submitted=submitted,
            delivered=delivered,
            openers=openers,
            clickers=clickers,
            clicks=clicks,
            opens=opens,
            replies=replies,
            unsubscribers=unsubscribers,
            errors=errors,
            bounced=bounced,
            complaint=complaint,
            timespent=timespent,
        )

        category_stats.additional_properties = d
        return category_stats

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
