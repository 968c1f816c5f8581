from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_options import MessageOptions
    from ..models.message_statistics import MessageStatistics
    from ..models.recipient_counts import RecipientCounts


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """
    Attributes:
        id (str): Message id (24-hex ObjectId).
        test (bool | Unset):
        sender (str | Unset):
        body (str | Unset):
        recipients (RecipientCounts | Unset):
        priority (float | Unset):
        options (MessageOptions | Unset):
        transaction (bool | Unset):
        statistics (MessageStatistics | Unset):
        base_price (float | Unset):
        timestamp (str | Unset): Unix time in milliseconds, as a string of digits (e.g. `"1564752494920"`).
        last_update (str | Unset): Unix time in milliseconds, as a string of digits (e.g. `"1564752494920"`).
        price (float | Unset):
        state (int | Unset): Message state code. Undocumented; values seen: `0` right after POST and PUT (queued),
            `2` on a message whose only recipient was delivered. Per-recipient states are in
            Recipient.state.
    """

    id: str
    test: bool | Unset = UNSET
    sender: str | Unset = UNSET
    body: str | Unset = UNSET
    recipients: RecipientCounts | Unset = UNSET
    priority: float | Unset = UNSET
    options: MessageOptions | Unset = UNSET
    transaction: bool | Unset = UNSET
    statistics: MessageStatistics | Unset = UNSET
    base_price: float | Unset = UNSET
    timestamp: str | Unset = UNSET
    last_update: str | Unset = UNSET
    price: float | Unset = UNSET
    state: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        test = self.test

        sender = self.sender

        body = self.body

        recipients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients.to_dict()

        priority = self.priority

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        transaction = self.transaction

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        base_price = self.base_price

        timestamp = self.timestamp

        last_update = self.last_update

        price = self.price

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if test is not UNSET:
            field_dict["test"] = test
        if sender is not UNSET:
            field_dict["sender"] = sender
        if body is not UNSET:
            field_dict["body"] = body
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if priority is not UNSET:
            field_dict["priority"] = priority
        if options is not UNSET:
            field_dict["options"] = options
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if base_price is not UNSET:
            field_dict["base_price"] = base_price
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if last_update is not UNSET:
            field_dict["last_update"] = last_update
        if price is not UNSET:
            field_dict["price"] = price
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_options import MessageOptions  # noqa: PLC0415
        from ..models.message_statistics import MessageStatistics  # noqa: PLC0415
        from ..models.recipient_counts import RecipientCounts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        test = d.pop("test", UNSET)

        sender = d.pop("sender", UNSET)

        body = d.pop("body", UNSET)

        _recipients = d.pop("recipients", UNSET)
        recipients: RecipientCounts | Unset
        if isinstance(_recipients, Unset):
            recipients = UNSET
        else:
            recipients = RecipientCounts.from_dict(_recipients)

        priority = d.pop("priority", UNSET)

        _options = d.pop("options", UNSET)
        options: MessageOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = MessageOptions.from_dict(_options)

        transaction = d.pop("transaction", UNSET)

        _statistics = d.pop("statistics", UNSET)
        statistics: MessageStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = MessageStatistics.from_dict(_statistics)

        base_price = d.pop("base_price", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        last_update = d.pop("last_update", UNSET)

        price = d.pop("price", UNSET)

        state = d.pop("state", UNSET)

        message = cls(
            id=id,
            test=test,
            sender=sender,
            body=body,
            recipients=recipients,
            priority=priority,
            options=options,
            transaction=transaction,
            statistics=statistics,
            base_price=base_price,
            timestamp=timestamp,
            last_update=last_update,
            price=price,
            state=state,
        )

        message.additional_properties = d
        return message

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
