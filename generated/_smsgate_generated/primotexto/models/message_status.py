from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """Status of one message. The timestamps are epoch milliseconds of each step reached; a step not reached yet is
    presumably absent or null.

        Attributes:
            id (int | str | Unset): The message id (the send answer's `snapshotId`; an integer here, e.g. `362891`).
            state (str | Unset): Current state (open vocabulary; see root `x-smsgate-delivery-states`, `message_state`):
                `sent` (operator acknowledged), `submitted` (sent, no operator acknowledgement), `delivered` (delivery receipt),
                `unsubscribed` (recipient sent STOP), `bounced` (number not assigned, NPAI), `opened` (tracked link opened),
                `reply` (recipient replied), `error` (not delivered).
            state_date (int | None | Unset): When `state` was reached, epoch ms.
            sent (int | None | Unset): When the message was sent, epoch ms.
            submitted (int | None | Unset): When the message was submitted, epoch ms.
            delivered (int | None | Unset): When the delivery receipt came, epoch ms.
            test (bool | Unset): Whether the message was a test.
    """

    id: int | str | Unset = UNSET
    state: str | Unset = UNSET
    state_date: int | None | Unset = UNSET
    sent: int | None | Unset = UNSET
    submitted: int | None | Unset = UNSET
    delivered: int | None | Unset = UNSET
    test: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        state = self.state

        state_date: int | None | Unset
        if isinstance(self.state_date, Unset):
            state_date = UNSET
        else:
            state_date = self.state_date

        sent: int | None | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        submitted: int | None | Unset
        if isinstance(self.submitted, Unset):
            submitted = UNSET
        else:
            submitted = self.submitted

        delivered: int | None | Unset
        if isinstance(self.delivered, Unset):
            delivered = UNSET
        else:
            delivered = self.delivered

        test = self.test

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if state_date is not UNSET:
            field_dict["stateDate"] = state_date
        if sent is not UNSET:
            field_dict["sent"] = sent
        if submitted is not UNSET:
            field_dict["submitted"] = submitted
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if test is not UNSET:
            field_dict["test"] = test

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        state = d.pop("state", UNSET)

        def _parse_state_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        state_date = _parse_state_date(d.pop("stateDate", UNSET))

        def _parse_sent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sent = _parse_sent(d.pop("sent", UNSET))

        def _parse_submitted(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        submitted = _parse_submitted(d.pop("submitted", UNSET))

        def _parse_delivered(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivered = _parse_delivered(d.pop("delivered", UNSET))

        test = d.pop("test", UNSET)

        message_status = cls(
            id=id,
            state=state,
            state_date=state_date,
            sent=sent,
            submitted=submitted,
            delivered=delivered,
            test=test,
        )

        message_status.additional_properties = d
        return message_status

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
