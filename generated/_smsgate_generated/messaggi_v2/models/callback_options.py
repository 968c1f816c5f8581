from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_options_method import CallbackOptionsMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_options_custom import CallbackOptionsCustom
    from ..models.callback_options_headers import CallbackOptionsHeaders


T = TypeVar("T", bound="CallbackOptions")


@_attrs_define
class CallbackOptions:
    """Where and how to be told of the message's state changes (the `message_state` webhook).

    Attributes:
        url (str): The URL called; at most 30 s per attempt, retried until a 200 up to `retry` times.
        method (CallbackOptionsMethod | Unset): `JSON` (default): a POST whose body is the JSON itself. `POST`: a form
            (application/x-www-form-urlencoded) whose field named by `field` holds the JSON text.
             Default: CallbackOptionsMethod.JSON.
        field (str | Unset): The form field that holds the JSON when `method` is `POST`. Default: 'data'.
        retry (int | Unset): Further attempts when the callback does not answer 200 (temporary errors such as 502, 503).
            Default: 0.
        headers (CallbackOptionsHeaders | Unset): HTTP headers sent with the callback (authentication, custom metadata).
        custom (CallbackOptionsCustom | Unset): Any data, sent back with the callback under `custom`.
    """

    url: str
    method: CallbackOptionsMethod | Unset = CallbackOptionsMethod.JSON
    field: str | Unset = "data"
    retry: int | Unset = 0
    headers: CallbackOptionsHeaders | Unset = UNSET
    custom: CallbackOptionsCustom | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        field = self.field

        retry = self.retry

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if field is not UNSET:
            field_dict["field"] = field
        if retry is not UNSET:
            field_dict["retry"] = retry
        if headers is not UNSET:
            field_dict["headers"] = headers
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_options_custom import CallbackOptionsCustom  # noqa: PLC0415
        from ..models.callback_options_headers import CallbackOptionsHeaders  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        _method = d.pop("method", UNSET)
        method: CallbackOptionsMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = CallbackOptionsMethod(_method)

        field = d.pop("field", UNSET)

        retry = d.pop("retry", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: CallbackOptionsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = CallbackOptionsHeaders.from_dict(_headers)

        _custom = d.pop("custom", UNSET)
        custom: CallbackOptionsCustom | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = CallbackOptionsCustom.from_dict(_custom)

        callback_options = cls(
            url=url,
            method=method,
            field=field,
            retry=retry,
            headers=headers,
            custom=custom,
        )

        callback_options.additional_properties = d
        return callback_options

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
