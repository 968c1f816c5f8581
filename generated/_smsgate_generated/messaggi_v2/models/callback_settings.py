from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_settings_custom import CallbackSettingsCustom
    from ..models.callback_settings_headers import CallbackSettingsHeaders


T = TypeVar("T", bound="CallbackSettings")


@_attrs_define
class CallbackSettings:
    """The CallbackOptions of a message, as its answers echo them (`method` kept open).

    Attributes:
        method (str | Unset): `JSON` or `POST` (see CallbackOptions).
        field (str | Unset):
        url (str | Unset):
        retry (int | Unset):
        headers (CallbackSettingsHeaders | Unset):
        custom (CallbackSettingsCustom | Unset):
    """

    method: str | Unset = UNSET
    field: str | Unset = UNSET
    url: str | Unset = UNSET
    retry: int | Unset = UNSET
    headers: CallbackSettingsHeaders | Unset = UNSET
    custom: CallbackSettingsCustom | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        field = self.field

        url = self.url

        retry = self.retry

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if field is not UNSET:
            field_dict["field"] = field
        if url is not UNSET:
            field_dict["url"] = url
        if retry is not UNSET:
            field_dict["retry"] = retry
        if headers is not UNSET:
            field_dict["headers"] = headers
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_settings_custom import CallbackSettingsCustom  # noqa: PLC0415
        from ..models.callback_settings_headers import CallbackSettingsHeaders  # noqa: PLC0415

        d = dict(src_dict)
        method = d.pop("method", UNSET)

        field = d.pop("field", UNSET)

        url = d.pop("url", UNSET)

        retry = d.pop("retry", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: CallbackSettingsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = CallbackSettingsHeaders.from_dict(_headers)

        _custom = d.pop("custom", UNSET)
        custom: CallbackSettingsCustom | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = CallbackSettingsCustom.from_dict(_custom)

        callback_settings = cls(
            method=method,
            field=field,
            url=url,
            retry=retry,
            headers=headers,
            custom=custom,
        )

        callback_settings.additional_properties = d
        return callback_settings

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
