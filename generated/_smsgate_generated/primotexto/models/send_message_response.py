from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define
class SendMessageResponse:
    """
    Attributes:
        snapshot_id (int | str): The message id (a string in the docs, e.g. `"386479"`; the status answer gives the same
            id as an integer). Pass it to `GET /messages/status?snapshotId=`.
        credits_used (float | Unset): Credits charged (a float, e.g. `1.0`).
    """

    snapshot_id: int | str
    credits_used: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot_id: int | str
        snapshot_id = self.snapshot_id

        credits_used = self.credits_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshotId": snapshot_id,
            }
        )
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_snapshot_id(data: object) -> int | str:
            return cast(int | str, data)

        snapshot_id = _parse_snapshot_id(d.pop("snapshotId"))

        credits_used = d.pop("creditsUsed", UNSET)

        send_message_response = cls(
            snapshot_id=snapshot_id,
            credits_used=credits_used,
        )

        send_message_response.additional_properties = d
        return send_message_response

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
