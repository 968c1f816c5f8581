"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .account_stats import AccountStats
    from .add_contact_request import AddContactRequest
    from .blacklist_group import BlacklistGroup
    from .blacklist_hits import BlacklistHits
    from .campaign_status import CampaignStatus
    from .category_stats import CategoryStats
    from .contact_attributes import ContactAttributes
    from .create_campaign_request import CreateCampaignRequest
    from .create_list_field_request import CreateListFieldRequest
    from .create_list_request import CreateListRequest
    from .created_campaign import CreatedCampaign
    from .created_list_field import CreatedListField
    from .created_resource import CreatedResource
    from .credits_used import CreditsUsed
    from .error_response import ErrorResponse
    from .identifier_request import IdentifierRequest
    from .list_field_type import ListFieldType
    from .message_status import MessageStatus
    from .message_type import MessageType
    from .reply import Reply
    from .send_message_request import SendMessageRequest
    from .send_message_response import SendMessageResponse
else:
    _MODULES = {
        "AccountStats": ".account_stats",
        "AddContactRequest": ".add_contact_request",
        "BlacklistGroup": ".blacklist_group",
        "BlacklistHits": ".blacklist_hits",
        "CampaignStatus": ".campaign_status",
        "CategoryStats": ".category_stats",
        "ContactAttributes": ".contact_attributes",
        "CreateCampaignRequest": ".create_campaign_request",
        "CreateListFieldRequest": ".create_list_field_request",
        "CreateListRequest": ".create_list_request",
        "CreatedCampaign": ".created_campaign",
        "CreatedListField": ".created_list_field",
        "CreatedResource": ".created_resource",
        "CreditsUsed": ".credits_used",
        "ErrorResponse": ".error_response",
        "IdentifierRequest": ".identifier_request",
        "ListFieldType": ".list_field_type",
        "MessageStatus": ".message_status",
        "MessageType": ".message_type",
        "Reply": ".reply",
        "SendMessageRequest": ".send_message_request",
        "SendMessageResponse": ".send_message_response",
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
    "AccountStats",
    "AddContactRequest",
    "BlacklistGroup",
    "BlacklistHits",
    "CampaignStatus",
    "CategoryStats",
    "ContactAttributes",
    "CreateCampaignRequest",
    "CreatedCampaign",
    "CreatedListField",
    "CreatedResource",
    "CreateListFieldRequest",
    "CreateListRequest",
    "CreditsUsed",
    "ErrorResponse",
    "IdentifierRequest",
    "ListFieldType",
    "MessageStatus",
    "MessageType",
    "Reply",
    "SendMessageRequest",
    "SendMessageResponse",
)
