"""Contains all the data models used in inputs/outputs"""

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
