from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_rental_file_info import ContactRentalFileInfo
    from ..models.contact_rental_location import ContactRentalLocation
    from ..models.field_error import FieldError


T = TypeVar("T", bound="ContactRentalStatusResponse")


@_attrs_define
class ContactRentalStatusResponse:
    """
    Attributes:
        success (bool):
        code (int | Unset):
        message (str | Unset):
        errors (list[FieldError] | Unset):
        error (list[FieldError] | Unset):
        token (str | Unset):
        status (int | str | Unset): Rental state (sentence, or code 0 requested, 1 generating, 2 ready, 3 failed, 5
            downloaded).
        location (ContactRentalLocation | Unset):
        file (ContactRentalFileInfo | Unset):
    """

    success: bool
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    error: list[FieldError] | Unset = UNSET
    token: str | Unset = UNSET
    status: int | str | Unset = UNSET
    location: ContactRentalLocation | Unset = UNSET
    file: ContactRentalFileInfo | Unset = UNSET
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

        token = self.token

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

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
        if token is not UNSET:
            field_dict["token"] = token
        if status is not UNSET:
            field_dict["status"] = status
        if location is not UNSET:
            field_dict["location"] = location
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_rental_file_info import ContactRentalFileInfo  # noqa: PLC0415
        from ..models.contact_rental_location import ContactRentalLocation  # noqa: PLC0415
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

        token = d.pop("token", UNSET)

        def _parse_status(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        _location = d.pop("location", UNSET)
        location: ContactRentalLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ContactRentalLocation.from_dict(_location)

        _file = d.pop("file", UNSET)
        file: ContactRentalFileInfo | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = ContactRentalFileInfo.from_dict(_file)

        contact_rental_status_response = cls(
            success=success,
            code=code,
            message=message,
            errors=errors,
            error=error,
            token=token,
            status=status,
            location=location,
            file=file,
        )

        contact_rental_status_response.additional_properties = d
        return contact_rental_status_response

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
