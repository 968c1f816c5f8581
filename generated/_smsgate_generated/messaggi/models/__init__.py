"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .delete_message_response import DeleteMessageResponse
    from .envelope import Envelope
    from .error_response import ErrorResponse
    from .field_map import FieldMap
    from .invalid_recipients import InvalidRecipients
    from .message import Message
    from .message_list_response import MessageListResponse
    from .message_options import MessageOptions
    from .message_response import MessageResponse
    from .message_statistics import MessageStatistics
    from .message_summary import MessageSummary
    from .message_summary_list_response import MessageSummaryListResponse
    from .mongo_date import MongoDate
    from .mongo_number_long import MongoNumberLong
    from .recipient import Recipient
    from .recipient_counts import RecipientCounts
    from .recipient_fields import RecipientFields
    from .recipient_list_response import RecipientListResponse
    from .recipient_with_fields import RecipientWithFields
    from .report import Report
    from .report_error import ReportError
    from .report_price import ReportPrice
    from .report_status import ReportStatus
    from .send_message_request import SendMessageRequest
    from .send_options import SendOptions
    from .status_callback import StatusCallback
    from .status_callback_form import StatusCallbackForm
    from .update_message_request import UpdateMessageRequest
    from .update_options import UpdateOptions
    from .valid_recipients import ValidRecipients
else:
    _MODULES = {
        "DeleteMessageResponse": ".delete_message_response",
        "Envelope": ".envelope",
        "ErrorResponse": ".error_response",
        "FieldMap": ".field_map",
        "InvalidRecipients": ".invalid_recipients",
        "Message": ".message",
        "MessageListResponse": ".message_list_response",
        "MessageOptions": ".message_options",
        "MessageResponse": ".message_response",
        "MessageStatistics": ".message_statistics",
        "MessageSummary": ".message_summary",
        "MessageSummaryListResponse": ".message_summary_list_response",
        "MongoDate": ".mongo_date",
        "MongoNumberLong": ".mongo_number_long",
        "Recipient": ".recipient",
        "RecipientCounts": ".recipient_counts",
        "RecipientFields": ".recipient_fields",
        "RecipientListResponse": ".recipient_list_response",
        "RecipientWithFields": ".recipient_with_fields",
        "Report": ".report",
        "ReportError": ".report_error",
        "ReportPrice": ".report_price",
        "ReportStatus": ".report_status",
        "SendMessageRequest": ".send_message_request",
        "SendOptions": ".send_options",
        "StatusCallback": ".status_callback",
        "StatusCallbackForm": ".status_callback_form",
        "UpdateMessageRequest": ".update_message_request",
        "UpdateOptions": ".update_options",
        "ValidRecipients": ".valid_recipients",
    }

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


__all__ = (
    "DeleteMessageResponse",
    "Envelope",
    "ErrorResponse",
    "FieldMap",
    "InvalidRecipients",
    "Message",
    "MessageListResponse",
    "MessageOptions",
    "MessageResponse",
    "MessageStatistics",
    "MessageSummary",
    "MessageSummaryListResponse",
    "MongoDate",
    "MongoNumberLong",
    "Recipient",
    "RecipientCounts",
    "RecipientFields",
    "RecipientListResponse",
    "RecipientWithFields",
    "Report",
    "ReportError",
    "ReportPrice",
    "ReportStatus",
    "SendMessageRequest",
    "SendOptions",
    "StatusCallback",
    "StatusCallbackForm",
    "UpdateMessageRequest",
    "UpdateOptions",
    "ValidRecipients",
)
