"""Contains all the data models used in inputs/outputs"""

from .callback_options import CallbackOptions
from .callback_options_custom import CallbackOptionsCustom
from .callback_options_headers import CallbackOptionsHeaders
from .callback_options_method import CallbackOptionsMethod
from .callback_settings import CallbackSettings
from .callback_settings_custom import CallbackSettingsCustom
from .callback_settings_headers import CallbackSettingsHeaders
from .error_response import ErrorResponse
from .message_envelope import MessageEnvelope
from .message_list_envelope import MessageListEnvelope
from .message_options import MessageOptions
from .message_response import MessageResponse
from .otp_options import OTPOptions
from .send_message_request import SendMessageRequest
from .send_otp_request import SendOTPRequest
from .status_callback import StatusCallback
from .status_callback_custom import StatusCallbackCustom
from .status_callback_form import StatusCallbackForm
from .undocumented_error import UndocumentedError

__all__ = (
    "CallbackOptions",
    "CallbackOptionsCustom",
    "CallbackOptionsHeaders",
    "CallbackOptionsMethod",
    "CallbackSettings",
    "CallbackSettingsCustom",
    "CallbackSettingsHeaders",
    "ErrorResponse",
    "MessageEnvelope",
    "MessageListEnvelope",
    "MessageOptions",
    "MessageResponse",
    "OTPOptions",
    "SendMessageRequest",
    "SendOTPRequest",
    "StatusCallback",
    "StatusCallbackCustom",
    "StatusCallbackForm",
    "UndocumentedError",
)
