"""Every messaggi operation by operationId. Generated; do not edit."""

from .api.messages import delete_message as delete_message
from .api.messages import get_message as get_message
from .api.messages import get_message_recipient as get_message_recipient
from .api.messages import list_message_recipients as list_message_recipients
from .api.messages import list_messages as list_messages
from .api.messages import send_message as send_message
from .api.messages import update_message as update_message

__all__ = [
    "delete_message",
    "get_message",
    "get_message_recipient",
    "list_message_recipients",
    "list_messages",
    "send_message",
    "update_message",
]
