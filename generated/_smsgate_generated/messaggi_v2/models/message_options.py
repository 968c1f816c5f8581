from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageOptions")


@_attrs_define
class MessageOptions:
    """
    Attributes:
        dry_run (bool | Unset): true validates and prices the request without sending the message. Default: False.
        fail_on_multiple_messages (bool | Unset): true refuses a text longer than one SMS part. Default: False.
    """

    dry_run: bool | Unset = False
    fail_on_multiple_messages: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        fail_on_multiple_messages = self.fail_on_multiple_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dry_run is not UNSET:
            field_dict["dryRun"] = dry_run
        if fail_on_multiple_messages is not UNSET:
            field_dict["failOnMultipleMessages"] = fail_on_multiple_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dry_run = d.pop("dryRun", UNSET)

        fail_on_multiple_messages = d.pop("failOnMultipleMessages", UNSET)

        message_options = cls(
            dry_run=dry_run,
            fail_on_multiple_messages=fail_on_multiple_messages,
        )

        message_options.additional_properties = d
        return message_options

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
