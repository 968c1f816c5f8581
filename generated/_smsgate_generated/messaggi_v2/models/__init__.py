"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
else:
    _MODULES = {
        "CallbackOptions": ".callback_options",
        "CallbackOptionsCustom": ".callback_options_custom",
        "CallbackOptionsHeaders": ".callback_options_headers",
        "CallbackOptionsMethod": ".callback_options_method",
        "CallbackSettings": ".callback_settings",
        "CallbackSettingsCustom": ".callback_settings_custom",
        "CallbackSettingsHeaders": ".callback_settings_headers",
        "ErrorResponse": ".error_response",
        "MessageEnvelope": ".message_envelope",
        "MessageListEnvelope": ".message_list_envelope",
        "MessageOptions": ".message_options",
        "MessageResponse": ".message_response",
        "OTPOptions": ".otp_options",
        "SendMessageRequest": ".send_message_request",
        "SendOTPRequest": ".send_otp_request",
        "StatusCallback": ".status_callback",
        "StatusCallbackCustom": ".status_callback_custom",
        "StatusCallbackForm": ".status_callback_form",
        "UndocumentedError": ".undocumented_error",
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
