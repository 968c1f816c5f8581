from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_response import MessageResponse
    from ..models.status_callback_custom import StatusCallbackCustom


T = TypeVar("T", bound="StatusCallback")


@_attrs_define
class StatusCallback:
    """What the `message_state` webhook posts: the message (inferred: as in every answer, under
    `data`) and the caller's `custom` object. Kept open.

        Attributes:
            data (MessageResponse | Unset): A message (one recipient).
            custom (StatusCallbackCustom | Unset):
    """

    data: MessageResponse | Unset = UNSET
    custom: StatusCallbackCustom | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_response import MessageResponse  # noqa: PLC0415
        from ..models.status_callback_custom import StatusCallbackCustom  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: MessageResponse | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MessageResponse.from_dict(_data)

        _custom = d.pop("custom", UNSET)
        custom: StatusCallbackCustom | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = StatusCallbackCustom.from_dict(_custom)

        status_callback = cls(
            data=data,
            custom=custom,
        )

        status_callback.additional_properties = d
        return status_callback

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
