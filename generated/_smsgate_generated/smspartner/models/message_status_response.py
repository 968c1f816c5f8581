from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="MessageStatusResponse")


@_attrs_define
class MessageStatusResponse:
    """
    Attributes:
        success (bool):
        code (int | Unset):
        message (str | Unset):
        errors (list[FieldError] | Unset):
        error (list[FieldError] | Unset):
        number (str | Unset): Recipient number.
        message_id (int | str | Unset):
        stop_sms (bool | str | Unset): Recipient is in the STOP list.
        date (str | Unset): `yyyy-MM-dd HH:mm:ss` (doc) or epoch seconds as a string (GO fixture).
        statut (str | Unset): Delivery status: Delivered, Not delivered, Waiting (see x-smsgate-delivery-states).
        cost (float | Unset):
        country_code (str | Unset):
        currency (str | Unset):
        is_spam (bool | int | str | Unset): Only in the Go client struct.
        phone_number (str | Unset): Only in the Go client struct.
    """

    success: bool
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    error: list[FieldError] | Unset = UNSET
    number: str | Unset = UNSET
    message_id: int | str | Unset = UNSET
    stop_sms: bool | str | Unset = UNSET
    date: str | Unset = UNSET
    statut: str | Unset = UNSET
    cost: float | Unset = UNSET
    country_code: str | Unset = UNSET
    currency: str | Unset = UNSET
    is_spam: bool | int | str | Unset = UNSET
    phone_number: str | Unset = UNSET
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

        number = self.number

        message_id: int | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        stop_sms: bool | str | Unset
        if isinstance(self.stop_sms, Unset):
            stop_sms = UNSET
        else:
            stop_sms = self.stop_sms

        date = self.date

        statut = self.statut

        cost = self.cost

        country_code = self.country_code

        currency = self.currency

        is_spam: bool | int | str | Unset
        if isinstance(self.is_spam, Unset):
            is_spam = UNSET
        else:
            is_spam = self.is_spam

        phone_number = self.phone_number

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
        if number is not UNSET:
            field_dict["number"] = number
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if stop_sms is not UNSET:
            field_dict["stopSms"] = stop_sms
        if date is not UNSET:
            field_dict["date"] = date
        if statut is not UNSET:
            field_dict["statut"] = statut
        if cost is not UNSET:
            field_dict["cost"] = cost
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_spam is not UNSET:
            field_dict["isSpam"] = is_spam
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        number = d.pop("number", UNSET)

        def _parse_message_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        message_id = _parse_message_id(d.pop("messageId", UNSET))

        def _parse_stop_sms(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        stop_sms = _parse_stop_sms(d.pop("stopSms", UNSET))

        date = d.pop("date", UNSET)

        statut = d.pop("statut", UNSET)

        cost = d.pop("cost", UNSET)

        country_code = d.pop("countryCode", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_is_spam(data: object) -> bool | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | str | Unset, data)

        is_spam = _parse_is_spam(d.pop("isSpam", UNSET))

        phone_number = d.pop("phoneNumber", UNSET)

        message_status_response = cls(
            success=success,
            code=code,
            message=message,
            errors=errors,
            error=error,
            number=number,
            message_id=message_id,
            stop_sms=stop_sms,
            date=date,
            statut=statut,
            cost=cost,
            country_code=country_code,
            currency=currency,
            is_spam=is_spam,
            phone_number=phone_number,
        )

        message_status_response.additional_properties = d
        return message_status_response

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
