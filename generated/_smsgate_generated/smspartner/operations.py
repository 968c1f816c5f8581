"""Every smspartner operation by operationId. Generated; do not edit."""

from .api.account import get_credits as get_credits
from .api.contact_rental import download_contact_rental_file as download_contact_rental_file
from .api.contact_rental import get_contact_rental_status as get_contact_rental_status
from .api.contact_rental import request_contact_rental as request_contact_rental
from .api.contacts import add_contact as add_contact
from .api.contacts import create_group as create_group
from .api.contacts import delete_contact as delete_contact
from .api.contacts import delete_group as delete_group
from .api.contacts import get_contact as get_contact
from .api.contacts import list_contacts as list_contacts
from .api.contacts import list_groups as list_groups
from .api.contacts import update_contact as update_contact
from .api.number_verification import lookup_numbers as lookup_numbers
from .api.number_verification import verify_numbers as verify_numbers
from .api.rcs import send_rcs as send_rcs
from .api.sms import cancel_message as cancel_message
from .api.sms import send_bulk_sms as send_bulk_sms
from .api.sms import send_sms as send_sms
from .api.sms import send_survey as send_survey
from .api.sms import send_virtual_number_sms as send_virtual_number_sms
from .api.status import get_bulk_status as get_bulk_status
from .api.status import get_bulk_status_by_tag as get_bulk_status_by_tag
from .api.status import get_cost_resume as get_cost_resume
from .api.status import get_message_status as get_message_status
from .api.status import get_multi_status as get_multi_status
from .api.stop_sms import add_stop_sms as add_stop_sms
from .api.stop_sms import delete_stop_sms as delete_stop_sms
from .api.stop_sms import list_stop_sms as list_stop_sms
from .api.subaccounts import add_subaccount_credit as add_subaccount_credit
from .api.subaccounts import create_subaccount as create_subaccount
from .api.subaccounts import delete_subaccount as delete_subaccount
from .api.subaccounts import list_subaccounts as list_subaccounts
from .api.subaccounts import remove_subaccount_credit as remove_subaccount_credit
from .api.virtual_numbers import set_call_forward as set_call_forward

__all__ = [
    "add_contact",
    "add_stop_sms",
    "add_subaccount_credit",
    "cancel_message",
    "create_group",
    "create_subaccount",
    "delete_contact",
    "delete_group",
    "delete_stop_sms",
    "delete_subaccount",
    "download_contact_rental_file",
    "get_bulk_status",
    "get_bulk_status_by_tag",
    "get_contact",
    "get_contact_rental_status",
    "get_cost_resume",
    "get_credits",
    "get_message_status",
    "get_multi_status",
    "list_contacts",
    "list_groups",
    "list_stop_sms",
    "list_subaccounts",
    "lookup_numbers",
    "remove_subaccount_credit",
    "request_contact_rental",
    "send_bulk_sms",
    "send_rcs",
    "send_sms",
    "send_survey",
    "send_virtual_number_sms",
    "set_call_forward",
    "update_contact",
    "verify_numbers",
]
