from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_with_fields import RecipientWithFields
    from ..models.update_options import UpdateOptions


T = TypeVar("T", bound="UpdateMessageRequest")


@_attrs_define
class UpdateMessageRequest:
    """
    Attributes:
        recipients (list[str] | RecipientWithFields | str): One number, a list of numbers, or one number with its
            placeholder `fields`, like
            `{"number": "+39-34xxxxx987", "fields": {"name": "simone", "surname": "rossi"}}`.
            The international prefix is mandatory and separated from the rest by `-`
            (`+39-number`); any other format is counted among the invalid recipients.
        transaction (bool | Unset): Until it is set to false the transaction is not closed and the message will not go
            into the sending queue.
        options (UpdateOptions | Unset):
    """

    recipients: list[str] | RecipientWithFields | str
    transaction: bool | Unset = UNSET
    options: UpdateOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipient_with_fields import RecipientWithFields  # noqa: PLC0415

        recipients: dict[str, Any] | list[str] | str
        if isinstance(self.recipients, list):
            recipients = self.recipients

        elif isinstance(self.recipients, RecipientWithFields):
            recipients = self.recipients.to_dict()
        else:
            recipients = self.recipients

        transaction = self.transaction

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_with_fields import RecipientWithFields  # noqa: PLC0415
        from ..models.update_options import UpdateOptions  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_recipients(data: object) -> list[str] | RecipientWithFields | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_recipients_input_type_1 = cast(list[str], data)

                return componentsschemas_recipients_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_recipients_input_type_2 = RecipientWithFields.from_dict(data)

                return componentsschemas_recipients_input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | RecipientWithFields | str, data)

        recipients = _parse_recipients(d.pop("recipients"))

        transaction = d.pop("transaction", UNSET)

        _options = d.pop("options", UNSET)
        options: UpdateOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = UpdateOptions.from_dict(_options)

        update_message_request = cls(
            recipients=recipients,
            transaction=transaction,
            options=options,
        )

        update_message_request.additional_properties = d
        return update_message_request

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
