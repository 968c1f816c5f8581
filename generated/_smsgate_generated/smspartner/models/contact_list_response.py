from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_detail import ContactDetail
    from ..models.field_error import FieldError


T = TypeVar("T", bound="ContactListResponse")


@_attrs_define
class ContactListResponse:
    """
    Attributes:
        success (bool):
        code (int | Unset):
        message (str | Unset):
        errors (list[FieldError] | Unset):
        error (list[FieldError] | Unset):
        current_page (int | Unset):
        total (int | str | Unset): A string in the doc (`"2"`).
        datas (list[ContactDetail] | Unset):
    """

    success: bool
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    error: list[FieldError] | Unset = UNSET
    current_page: int | Unset = UNSET
    total: int | str | Unset = UNSET
    datas: list[ContactDetail] | Unset = UNSET
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

        current_page = self.current_page

        total: int | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        datas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datas, Unset):
            datas = []
            for datas_item_data in self.datas:
                datas_item = datas_item_data.to_dict()
                datas.append(datas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors
        if error is not UNSET:
            field_dict["error"] = error
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if total is not UNSET:
            field_dict["total"] = total
        if datas is not UNSET:
            field_dict["datas"] = datas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_detail import ContactDetail  # noqa: PLC0415
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

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

        current_page = d.pop("currentPage", UNSET)

        def _parse_total(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        _datas = d.pop("datas", UNSET)
        datas: list[ContactDetail] | Unset = UNSET
        if _datas is not UNSET:
            datas = []
            for datas_item_data in _datas:
                datas_item = ContactDetail.from_dict(datas_item_data)

                datas.append(datas_item)

        contact_list_response = cls(
            success=success,
            code=code,
            message=message,
            errors=errors,
            error=error,
            current_page=current_page,
            total=total,
            datas=datas,
        )

        contact_list_response.additional_properties = d
        return contact_list_response

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
