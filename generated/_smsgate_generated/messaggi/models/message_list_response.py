from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="MessageListResponse")


@_attrs_define
class MessageListResponse:
    """Answer of send_message and get_message; `data` is a list (one element for get_message).

    Attributes:
        success (bool): true on success.
        data (list[Message]):
        message (str | Unset): Human-readable outcome (`5 Results`, `1 Result`, `Message Queued`, `Updated`, `<id>
            Deleted`).
        credit (float | str | Unset): Remaining account credit (EUR). A string such as `"91.00299999999986"` on most
            operations, a JSON number on the recipients operations; a binary-float rendering of a
            decimal amount, to be parsed as Decimal. Absent on DELETE.
        error (int | None | Unset): Error code; null on success.
    """

    success: bool
    data: list[Message]
    message: str | Unset = UNSET
    credit: float | str | Unset = UNSET
    error: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        message = self.message

        credit: float | str | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        else:
            credit = self.credit

        error: int | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if credit is not UNSET:
            field_dict["credit"] = credit
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Message.from_dict(data_item_data)

            data.append(data_item)

        message = d.pop("message", UNSET)

        def _parse_credit(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        credit = _parse_credit(d.pop("credit", UNSET))

        def _parse_error(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        message_list_response = cls(
            success=success,
            data=data,
            message=message,
            credit=credit,
            error=error,
        )

        message_list_response.additional_properties = d
        return message_list_response

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
