from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_sms_result import BulkSmsResult
    from ..models.field_error import FieldError


T = TypeVar("T", bound="SendBulkSmsResponse")


@_attrs_define
class SendBulkSmsResponse:
    """
    Attributes:
        success (bool):
        code (int | Unset):
        message (str | Unset):
        errors (list[FieldError] | Unset):
        error (list[FieldError] | Unset):
        message_id (int | str | Unset):
        currency (str | Unset):
        cost (float | Unset):
        nb_sms (int | Unset):
        sms_response_list (list[BulkSmsResult] | Unset):
    """

    success: bool
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    error: list[FieldError] | Unset = UNSET
    message_id: int | str | Unset = UNSET
    currency: str | Unset = UNSET
    cost: float | Unset = UNSET
    nb_sms: int | Unset = UNSET
    sms_response_list: list[BulkSmsResult] | Unset = UNSET
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

        message_id: int | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        currency = self.currency

        cost = self.cost

        nb_sms = self.nb_sms

        sms_response_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms_response_list, Unset):
            sms_response_list = []
            for sms_response_list_item_data in self.sms_response_list:
                sms_response_list_item = sms_response_list_item_data.to_dict()
                sms_response_list.append(sms_response_list_item)

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
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cost is not UNSET:
            field_dict["cost"] = cost
        if nb_sms is not UNSET:
            field_dict["nbSMS"] = nb_sms
        if sms_response_list is not UNSET:
            field_dict["SMSResponse_List"] = sms_response_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_sms_result import BulkSmsResult  # noqa: PLC0415
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

        def _parse_message_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        message_id = _parse_message_id(d.pop("message_id", UNSET))

        currency = d.pop("currency", UNSET)

        cost = d.pop("cost", UNSET)

        nb_sms = d.pop("nbSMS", UNSET)

        _sms_response_list = d.pop("SMSResponse_List", UNSET)
        sms_response_list: list[BulkSmsResult] | Unset = UNSET
        if _sms_response_list is not UNSET:
            sms_response_list = []
            for sms_response_list_item_data in _sms_response_list:
                sms_response_list_item = BulkSmsResult.from_dict(sms_response_list_item_data)

                sms_response_list.append(sms_response_list_item)

        send_bulk_sms_response = cls(
            success=success,
            code=code,
            message=message,
            errors=errors,
            error=error,
            message_id=message_id,
            currency=currency,
            cost=cost,
            nb_sms=nb_sms,
            sms_response_list=sms_response_list,
        )

        send_bulk_sms_response.additional_properties = d
        return send_bulk_sms_response

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
