from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rcs_reply import RcsReply


T = TypeVar("T", bound="RcsSuggestion")


@_attrs_define
class RcsSuggestion:
    """
    Attributes:
        reply (RcsReply | Unset):
    """

    reply: RcsReply | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reply: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reply, Unset):
            reply = self.reply.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reply is not UNSET:
            field_dict["reply"] = reply

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rcs_reply import RcsReply  # noqa: PLC0415

        d = dict(src_dict)
        _reply = d.pop("reply", UNSET)
        reply: RcsReply | Unset
        if isinstance(_reply, Unset):
            reply = UNSET
        else:
            reply = RcsReply.from_dict(_reply)

        rcs_suggestion = cls(
            reply=reply,
        )

        rcs_suggestion.additional_properties = d
        return rcs_suggestion

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
