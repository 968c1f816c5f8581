"""Contains all the data models used in inputs/outputs"""

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
