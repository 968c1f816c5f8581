from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_with_fields import RecipientWithFields
    from ..models.send_options import SendOptions


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """
    Attributes:
        sender (str): The sender must be between 3 and 11 characters if alphanumeric and between 3 and 14 if numeric.
        body (str): Text of the sms; the values of the placeholders held in the recipient's `fields` can
            be inserted in the text like this: `"body": "Test invio {{name}}"`.
        recipients (list[str] | RecipientWithFields | str): One number, a list of numbers, or one number with its
            placeholder `fields`, like
            `{"number": "+39-34xxxxx987", "fields": {"name": "simone", "surname": "rossi"}}`.
            The international prefix is mandatory and separated from the rest by `-`
            (`+39-number`); any other format is counted among the invalid recipients.
        test (bool | Unset): By default it is false; if set to true it simulates a send. Default: False.
        priority (float | Unset): Sending priority; default is 1.00, which is also the minimum. A higher priority costs
            more: with 1000 messages of priority 1.00 in the queue, a message with priority 1.01
            skips the queue.
             Default: 1.0.
        options (SendOptions | Unset):
        transaction (bool | Unset): By default false. Set to true, it starts a transaction by storing the data sent but
            not queueing the request. Subsequent PUT calls on `/messages/{id}` integrate the
            initial POST call (for example adding recipients) until a PUT is sent with
            `transaction: false`. The id is returned by the first POST call. At that point the
            transaction (if valid) is closed and the message queues normally.
             Default: False.
    """

    sender: str
    body: str
    recipients: list[str] | RecipientWithFields | str
    test: bool | Unset = False
    priority: float | Unset = 1.0
    options: SendOptions | Unset = UNSET
    transaction: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipient_with_fields import RecipientWithFields  # noqa: PLC0415

        sender = self.sender

        body = self.body

        recipients: dict[str, Any] | list[str] | str
        if isinstance(self.recipients, list):
            recipients = self.recipients

        elif isinstance(self.recipients, RecipientWithFields):
            recipients = self.recipients.to_dict()
        else:
            recipients = self.recipients

        test = self.test

        priority = self.priority

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        transaction = self.transaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender": sender,
                "body": body,
                "recipients": recipients,
            }
        )
        if test is not UNSET:
            field_dict["test"] = test
        if priority is not UNSET:
            field_dict["priority"] = priority
        if options is not UNSET:
            field_dict["options"] = options
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recipient_with_fields import RecipientWithFields  # noqa: PLC0415
        from ..models.send_options import SendOptions  # noqa: PLC0415

        d = dict(src_dict)
        sender = d.pop("sender")

        body = d.pop("body")

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

        test = d.pop("test", UNSET)

        priority = d.pop("priority", UNSET)

        _options = d.pop("options", UNSET)
        options: SendOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SendOptions.from_dict(_options)

        transaction = d.pop("transaction", UNSET)

        send_message_request = cls(
            sender=sender,
            body=body,
            recipients=recipients,
            test=test,
            priority=priority,
            options=options,
            transaction=transaction,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
