from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStatus")


@_attrs_define
class CampaignStatus:
    """Statistics and state of one campaign.

    Attributes:
        id (str | Unset): The campaign id (24-hex string).
        name (str | Unset): The campaign name.
        state (str | Unset): Campaign state, upper case (open vocabulary; only `SENT` documented; see root `x-smsgate-
            delivery-states`, `campaign_state`).
        credits_used (float | Unset): Credits charged.
        sent (int | Unset):
        submitted (int | Unset):
        delivered (int | Unset):
        undelivered (int | Unset):
        errors (int | Unset):
        bounces (int | Unset):
        replies (int | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    state: str | Unset = UNSET
    credits_used: float | Unset = UNSET
    sent: int | Unset = UNSET
    submitted: int | Unset = UNSET
    delivered: int | Unset = UNSET
    undelivered: int | Unset = UNSET
    errors: int | Unset = UNSET
    bounces: int | Unset = UNSET
    replies: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        state = self.state

        credits_used = self.credits_used

        sent = self.sent

        submitted = self.submitted

        delivered = self.delivered

        undelivered = self.undelivered

        errors = self.errors

        bounces = self.bounces

        replies = self.replies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used
        if sent is not UNSET:
            field_dict["sent"] = sent
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if undelivered is not UNSET:
            field_dict["undelivered"] = undelivered
        if errors is not UNSET:
            field_dict["errors"] = errors
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if replies is not UNSET:
            field_dict["replies"] = replies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        state = d.pop("state", UNSET)

        credits_used = d.pop("creditsUsed", UNSET)

        sent = d.pop("sent", UNSET)

        submitted = d.pop("submitted", UNSET)

        delivered = d.pop("delivered", UNSET)

        undelivered = d.pop("undelivered", UNSET)

        errors = d.pop("errors", UNSET)

        bounces = d.pop("bounces", UNSET)

        replies = d.pop("replies", UNSET)

        campaign_status = cls(
            id=id,
            name=name,
            state=state,
            credits_used=credits_used,
            sent=sent,
            submitted=submitted,
            delivered=delivered,
            undelivered=undelivered,
            errors=errors,
            bounces=bounces,
            replies=replies,
        )

        campaign_status.additional_properties = d
        return campaign_status

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
