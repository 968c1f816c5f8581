from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_batch_group import ContactBatchGroup
    from ..models.contact_batch_report import ContactBatchReport
    from ..models.contact_batch_result import ContactBatchResult
    from ..models.contact_record import ContactRecord
    from ..models.field_error import FieldError


T = TypeVar("T", bound="AddContactResponse")


@_attrs_define
class AddContactResponse:
    """Single add -> success/code/contact; batch add -> groupe/results/rapport (no success/code).

    Attributes:
        success (bool | Unset):
        code (int | Unset):
        message (str | Unset):
        errors (list[FieldError] | Unset):
        error (list[FieldError] | Unset):
        contact (ContactRecord | Unset): Contact as echoed by add / update.
        groupe (ContactBatchGroup | Unset):
        results (list[ContactBatchResult] | Unset):
        rapport (ContactBatchReport | Unset):
    """

    success: bool | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    error: list[FieldError] | Unset = UNSET
    contact: ContactRecord | Unset = UNSET
    groupe: ContactBatchGroup | Unset = UNSET
    results: list[ContactBatchResult] | Unset = UNSET
    rapport: ContactBatchReport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        code = self.code

        message = self.message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        error: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = []
            for error_item_data in self.error:
                error_item = error_item_data.to_dict()
                error.append(error_item)

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        groupe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groupe, Unset):
            groupe = self.groupe.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        rapport: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rapport, Unset):
            rapport = self.rapport.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors
        if error is not UNSET:
            field_dict["error"] = error
        if contact is not UNSET:
            field_dict["contact"] = contact
        if groupe is not UNSET:
            field_dict["groupe"] = groupe
        if results is not UNSET:
            field_dict["results"] = results
        if rapport is not UNSET:
            field_dict["rapport"] = rapport

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_batch_group import ContactBatchGroup  # noqa: PLC0415
        from ..models.contact_batch_report import ContactBatchReport  # noqa: PLC0415
        from ..models.contact_batch_result import ContactBatchResult  # noqa: PLC0415
        from ..models.contact_record import ContactRecord  # noqa: PLC0415
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[FieldError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = FieldError.from_dict(errors_item_data)

                errors.append(errors_item)

        _error = d.pop("error", UNSET)
        error: list[FieldError] | Unset = UNSET
        if _error is not UNSET:
            error = []
            for error_item_data in _error:
                error_item = FieldError.from_dict(error_item_data)

                error.append(error_item)

        _contact = d.pop("contact", UNSET)
        contact: ContactRecord | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactRecord.from_dict(_contact)

        _groupe = d.pop("groupe", UNSET)
        groupe: ContactBatchGroup | Unset
        if isinstance(_groupe, Unset):
            groupe = UNSET
        else:
            groupe = ContactBatchGroup.from_dict(_groupe)

        _results = d.pop("results", UNSET)
        results: list[ContactBatchResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ContactBatchResult.from_dict(results_item_data)

                results.append(results_item)

        _rapport = d.pop("rapport", UNSET)
        rapport: ContactBatchReport | Unset
        if isinstance(_rapport, Unset):
            rapport = UNSET
        else:
            rapport = ContactBatchReport.from_dict(_rapport)

        add_contact_response = cls(
            success=success,
            code=code,
            message=message,
            errors=errors,
            error=error,
            contact=contact,
            groupe=groupe,
            results=results,
            rapport=rapport,
        )

        add_contact_response.additional_properties = d
        return add_contact_response

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
