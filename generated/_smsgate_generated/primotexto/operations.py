"""Every primotexto operation by operationId. Generated; do not edit."""

from .api.account import get_account_stats as get_account_stats
from .api.blacklists import add_bounce as add_bounce
from .api.blacklists import add_unsubscriber as add_unsubscriber
from .api.blacklists import delete_bounce as delete_bounce
from .api.blacklists import delete_unsubscriber as delete_unsubscriber
from .api.blacklists import list_bounces as list_bounces
from .api.blacklists import list_unsubscribers as list_unsubscribers
from .api.campaigns import create_campaign as create_campaign
from .api.campaigns import get_campaign_blacklists as get_campaign_blacklists
from .api.campaigns import get_campaign_status as get_campaign_status
from .api.campaigns import list_campaign_replies as list_campaign_replies
from .api.campaigns import send_campaign as send_campaign
from .api.campaigns import send_campaign_test as send_campaign_test
from .api.lists import add_list_contact as add_list_contact
from .api.lists import create_list as create_list
from .api.lists import create_list_field as create_list_field
from .api.lists import delete_list as delete_list
from .api.lists import delete_list_contact as delete_list_contact
from .api.lists import delete_list_contact_by_identifier as delete_list_contact_by_identifier
from .api.lists import delete_list_field as delete_list_field
from .api.lists import list_list_contacts as list_list_contacts
from .api.lists import list_list_fields as list_list_fields
from .api.lists import list_lists as list_lists
from .api.messages import get_category_blacklists as get_category_blacklists
from .api.messages import get_category_stats as get_category_stats
from .api.messages import get_message_status as get_message_status
from .api.messages import list_category_replies as list_category_replies
from .api.messages import send_message as send_message

__all__ = [
    "add_bounce",
    "add_list_contact",
    "add_unsubscriber",
    "create_campaign",
    "create_list",
    "create_list_field",
    "delete_bounce",
    "delete_list",
    "delete_list_contact",
    "delete_list_contact_by_identifier",
    "delete_list_field",
    "delete_unsubscriber",
    "get_account_stats",
    "get_campaign_blacklists",
    "get_campaign_status",
    "get_category_blacklists",
    "get_category_stats",
    "get_message_status",
    "list_bounces",
    "list_campaign_replies",
    "list_category_replies",
    "list_list_contacts",
    "list_list_fields",
    "list_lists",
    "list_unsubscribers",
    "send_campaign",
    "send_campaign_test",
    "send_message",
]
