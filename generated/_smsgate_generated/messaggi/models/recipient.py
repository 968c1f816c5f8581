from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_map import FieldMap
    from ..models.mongo_date import MongoDate
    from ..models.report import Report


T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient:
    """
    Attributes:
        number (str): Recipient number as sent, `+<cc>-<number>`.
        prefix (str | Unset): International prefix, e.g. `+39`.
        send_id (str | Unset): `<message_id>_<i>`.
        body (str | Unset): The text sent to this recipient (placeholders substituted).
        sms (int | Unset): Number of SMS segments.
        remaining_chr (int | Unset): Characters left in the last segment.
        state (str | Unset): Delivery state, e.g. `DELIVERED` (see x-smsgate-delivery-states.recipient_state).
        state_description (str | Unset): Detailed state, e.g. `DELIVERED_TO_HANDSET` (see x-smsgate-delivery-
            states.recipient_state_description).
        price (float | Unset):
        fields (FieldMap | list[FieldMap] | Unset): The placeholder fields of this recipient (an empty map comes back as
            `[]`).
        message_id (str | Unset): Id of the parent message.
        i (int | Unset): Index of the recipient in the message.
        state_detail (str | Unset): Human-readable state, e.g. `Message delivered to handset`.
        timestamp_sent (MongoDate | str | Unset): When the SMS was sent.
        real_cost (float | Unset):
        report (Report | Unset): Delivery report of one recipient. Its shape (status and error objects with `groupId`,
            `groupName`, `id`, `name`, `description`) is the one of Infobip delivery reports.
        timestamp_delivery (MongoDate | str | Unset): When the delivery report arrived.
        id (str | Unset): Recipient id (24-hex ObjectId).
    """

    number: str
    prefix: str | Unset = UNSET
    send_id: str | Unset = UNSET
    body: str | Unset = UNSET
    sms: int | Unset = UNSET
    remaining_chr: int | Unset = UNSET
    state: str | Unset = UNSET
    state_description: str | Unset = UNSET
    price: float | Unset = UNSET
    fields: FieldMap | list[FieldMap] | Unset = UNSET
    message_id: str | Unset = UNSET
    i: int | Unset = UNSET
    state_detail: str | Unset = UNSET
    timestamp_sent: MongoDate | str | Unset = UNSET
    real_cost: float | Unset = UNSET
    report: Report | Unset = UNSET
    timestamp_delivery: MongoDate | str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mongo_date import MongoDate  # noqa: PLC0415

        number = self.number

        prefix = self.prefix

        send_id = self.send_id

        body = self.body

        sms = self.sms

        remaining_chr = self.remaining_chr

        state = self.state

        state_description = self.state_description

        price = self.price

        fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for fields_type_0_item_data in self.fields:
                fields_type_0_item = fields_type_0_item_data.to_dict()
                fields.append(fields_type_0_item)

        else:
            fields = self.fields.to_dict()

        message_id = self.message_id

        i = self.i

        state_detail = self.state_detail

        timestamp_sent: dict[str, Any] | str | Unset
        if isinstance(self.timestamp_sent, Unset):
            timestamp_sent = UNSET
        elif isinstance(self.timestamp_sent, MongoDate):
            timestamp_sent = self.timestamp_sent.to_dict()
        else:
            timestamp_sent = self.timestamp_sent

        real_cost = self.real_cost

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        timestamp_delivery: dict[str, Any] | str | Unset
        if isinstance(self.timestamp_delivery, Unset):
            timestamp_delivery = UNSET
        elif isinstance(self.timestamp_delivery, MongoDate):
            timestamp_delivery = self.timestamp_delivery.to_dict()
        else:
            timestamp_delivery = self.timestamp_delivery

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if send_id is not UNSET:
            field_dict["send_id"] = send_id
        if body is not UNSET:
            field_dict["body"] = body
        if sms is not UNSET:
            field_dict["sms"] = sms
        if remaining_chr is not UNSET:
            field_dict["remaining_chr"] = remaining_chr
        if state is not UNSET:
            field_dict["state"] = state
        if state_description is not UNSET:
            field_dict["state_description"] = state_description
        if price is not UNSET:
            field_dict["price"] = price
        if fields is not UNSET:
            field_dict["fields"] = fields
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if i is not UNSET:
            field_dict["i"] = i
        if state_detail is not UNSET:
            field_dict["state_detail"] = state_detail
        if timestamp_sent is not UNSET:
            field_dict["timestamp_sent"] = timestamp_sent
        if real_cost is not UNSET:
            field_dict["real_cost"] = real_cost
        if report is not UNSET:
            field_dict["report"] = report
        if timestamp_delivery is not UNSET:
            field_dict["timestamp_delivery"] = timestamp_delivery
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_map import FieldMap  # noqa: PLC0415
        from ..models.mongo_date import MongoDate  # noqa: PLC0415
        from ..models.report import Report  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        prefix = d.pop("prefix", UNSET)

        send_id = d.pop("send_id", UNSET)

        body = d.pop("body", UNSET)

        sms = d.pop("sms", UNSET)

        remaining_chr = d.pop("remaining_chr", UNSET)

        state = d.pop("state", UNSET)

        state_description = d.pop("state_description", UNSET)

        price = d.pop("price", UNSET)

        def _parse_fields(data: object) -> FieldMap | list[FieldMap] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = []
                _fields_type_0 = data
                for fields_type_0_item_data in _fields_type_0:
                    fields_type_0_item = FieldMap.from_dict(fields_type_0_item_data)

                    fields_type_0.append(fields_type_0_item)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            fields_type_1 = FieldMap.from_dict(data)

            return fields_type_1

        fields = _parse_fields(d.pop("fields", UNSET))

        message_id = d.pop("message_id", UNSET)

        i = d.pop("i", UNSET)

        state_detail = d.pop("state_detail", UNSET)

        def _parse_timestamp_sent(data: object) -> MongoDate | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timestamp_sent_type_1 = MongoDate.from_dict(data)

                return timestamp_sent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MongoDate | str | Unset, data)

        timestamp_sent = _parse_timestamp_sent(d.pop("timestamp_sent", UNSET))

        real_cost = d.pop("real_cost", UNSET)

        _report = d.pop("report", UNSET)
        report: Report | Unset
        if isinstance(_report, Unset):
            report = UNSET
        else:
            report = Report.from_dict(_report)

        def _parse_timestamp_delivery(data: object) -> MongoDate | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timestamp_delivery_type_1 = MongoDate.from_dict(data)

                return timestamp_delivery_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MongoDate | str | Unset, data)

        timestamp_delivery = _parse_timestamp_delivery(d.pop("timestamp_delivery", UNSET))

        id = d.pop("id", UNSET)

        recipient = cls(
            number=number,
            prefix=prefix,
            send_id=send_id,
            body=body,
            sms=sms,
            remaining_chr=remaining_chr,
            state=state,
            state_description=state_description,
            price=price,
            fields=fields,
            message_id=message_id,
            i=i,
            state_detail=state_detail,
            timestamp_sent=timestamp_sent,
            real_cost=real_cost,
            report=report,
            timestamp_delivery=timestamp_delivery,
            id=id,
        )

        recipient.additional_properties = d
        return recipient

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
