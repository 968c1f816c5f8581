"""Every messaggi_v2 operation by operationId. Generated; do not edit."""

from .api.messages import get_message as get_message
from .api.messages import list_messages as list_messages
from .api.messages import send_es_message as send_es_message
from .api.messages import send_it_message as send_it_message
from .api.messages import send_otp as send_otp
from .api.messages import send_ww_message as send_ww_message

__all__ = ["get_message", "list_messages", "send_es_message", "send_it_message", "send_otp", "send_ww_message"]
