from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invalid_recipients import InvalidRecipients
    from ..models.valid_recipients import ValidRecipients


T = TypeVar("T", bound="RecipientCounts")


@_attrs_define
class RecipientCounts:
    """
    Attributes:
        valid (ValidRecipients | Unset):
        invalid (InvalidRecipients | Unset):
    """

    valid: ValidRecipients | Unset = UNSET
    invalid: InvalidRecipients | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.valid, Unset):
            valid = self.valid.to_dict()

        invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invalid, Unset):
            invalid = self.invalid.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid is not UNSET:
            field_dict["valid"] = valid
        if invalid is not UNSET:
            field_dict["invalid"] = invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invalid_recipients import InvalidRecipients  # noqa: PLC0415
        from ..models.valid_recipients import ValidRecipients  # noqa: PLC0415

        d = dict(src_dict)
        _valid = d.pop("valid", UNSET)
        valid: ValidRecipients | Unset
        if isinstance(_valid, Unset):
            valid = UNSET
        else:
            valid = ValidRecipients.from_dict(_valid)

        _invalid = d.pop("invalid", UNSET)
        invalid: InvalidRecipients | Unset
        if isinstance(_invalid, Unset):
            invalid = UNSET
        else:
            invalid = InvalidRecipients.from_dict(_invalid)

        recipient_counts = cls(
            valid=valid,
            invalid=invalid,
        )

        recipient_counts.additional_properties = d
        return recipient_counts

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
