from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_batch_error_counts import ContactBatchErrorCounts


T = TypeVar("T", bound="ContactBatchReport")


@_attrs_define
class ContactBatchReport:
    """
    Attributes:
        nbline (int | Unset):
        nbline_imported (int | Unset):
        nbline_updated (int | Unset):
        errors (ContactBatchErrorCounts | Unset): Rejected-line counters (spellings as sent, `dateInvalide` and
            `dateInvalid` both present).
    """

    nbline: int | Unset = UNSET
    nbline_imported: int | Unset = UNSET
    nbline_updated: int | Unset = UNSET
    errors: ContactBatchErrorCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nbline = self.nbline

        nbline_imported = self.nbline_imported

        nbline_updated = self.nbline_updated

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nbline is not UNSET:
            field_dict["nbline"] = nbline
        if nbline_imported is not UNSET:
            field_dict["nbline_imported"] = nbline_imported
        if nbline_updated is not UNSET:
            field_dict["nbline_updated"] = nbline_updated
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_batch_error_counts import ContactBatchErrorCounts  # noqa: PLC0415

        d = dict(src_dict)
        nbline = d.pop("nbline", UNSET)

        nbline_imported = d.pop("nbline_imported", UNSET)

        nbline_updated = d.pop("nbline_updated", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: ContactBatchErrorCounts | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ContactBatchErrorCounts.from_dict(_errors)

        contact_batch_report = cls(
            nbline=nbline,
            nbline_imported=nbline_imported,
            nbline_updated=nbline_updated,
            errors=errors,
        )

        contact_batch_report.additional_properties = d
        return contact_batch_report

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
