from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_error import ReportError
    from ..models.report_price import ReportPrice
    from ..models.report_status import ReportStatus


T = TypeVar("T", bound="Report")


@_attrs_define
class Report:
    """Delivery report of one recipient. Its shape (status and error objects with `groupId`,
    `groupName`, `id`, `name`, `description`) is the one of Infobip delivery reports.

        Attributes:
            price (ReportPrice | Unset):
            status (ReportStatus | Unset):
            error (ReportError | Unset):
            message_id (str | Unset):
            done_at (str | Unset): ISO 8601 local time with a `+hhmm` offset, e.g. `2020-03-03T15:11:03.168+0100` (not RFC
                3339, hence no `format: date-time`).
            sms_count (int | Unset):
            sent_at (str | Unset): ISO 8601 local time with a `+hhmm` offset, e.g. `2020-03-03T15:11:03.168+0100` (not RFC
                3339, hence no `format: date-time`).
            to (str | Unset): Number in international form without `+` nor `-`, e.g. `393495155018`.
    """

    price: ReportPrice | Unset = UNSET
    status: ReportStatus | Unset = UNSET
    error: ReportError | Unset = UNSET
    message_id: str | Unset = UNSET
    done_at: str | Unset = UNSET
    sms_count: int | Unset = UNSET
    sent_at: str | Unset = UNSET
    to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        message_id = self.message_id

        done_at = self.done_at

        sms_count = self.sms_count

        sent_at = self.sent_at

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if done_at is not UNSET:
            field_dict["doneAt"] = done_at
        if sms_count is not UNSET:
            field_dict["smsCount"] = sms_count
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_error import ReportError  # noqa: PLC0415
        from ..models.report_price import ReportPrice  # noqa: PLC0415
        from ..models.report_status import ReportStatus  # noqa: PLC0415

        d = dict(src_dict)
        _price = d.pop("price", UNSET)
        price: ReportPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = ReportPrice.from_dict(_price)

        _status = d.pop("status", UNSET)
        status: ReportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReportStatus.from_dict(_status)

        _error = d.pop("error", UNSET)
        error: ReportError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ReportError.from_dict(_error)

        message_id = d.pop("messageId", UNSET)

        done_at = d.pop("doneAt", UNSET)

        sms_count = d.pop("smsCount", UNSET)

        sent_at = d.pop("sentAt", UNSET)

        to = d.pop("to", UNSET)

        report = cls(
            price=price,
            status=status,
            error=error,
            message_id=message_id,
            done_at=done_at,
            sms_count=sms_count,
            sent_at=sent_at,
            to=to,
        )

        report.additional_properties = d
        return report

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
