"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .account_credits import AccountCredits
    from .account_user import AccountUser
    from .add_contact_request import AddContactRequest
    from .add_contact_response import AddContactResponse
    from .add_stop_sms_request import AddStopSmsRequest
    from .add_stop_sms_response import AddStopSmsResponse
    from .basic_response import BasicResponse
    from .bulk_sms_item import BulkSmsItem
    from .bulk_sms_result import BulkSmsResult
    from .bulk_status_by_tag_response import BulkStatusByTagResponse
    from .bulk_status_item import BulkStatusItem
    from .bulk_status_response import BulkStatusResponse
    from .call_forward_request import CallForwardRequest
    from .contact_batch_error_counts import ContactBatchErrorCounts
    from .contact_batch_group import ContactBatchGroup
    from .contact_batch_report import ContactBatchReport
    from .contact_batch_result import ContactBatchResult
    from .contact_detail import ContactDetail
    from .contact_detail_response import ContactDetailResponse
    from .contact_input import ContactInput
    from .contact_list_response import ContactListResponse
    from .contact_record import ContactRecord
    from .contact_rental_area_detail import ContactRentalAreaDetail
    from .contact_rental_cost import ContactRentalCost
    from .contact_rental_file_info import ContactRentalFileInfo
    from .contact_rental_file_response import ContactRentalFileResponse
    from .contact_rental_location import ContactRentalLocation
    from .contact_rental_request import ContactRentalRequest
    from .contact_rental_request_op import ContactRentalRequestOp
    from .contact_rental_response import ContactRentalResponse
    from .contact_rental_status_response import ContactRentalStatusResponse
    from .contact_rental_target import ContactRentalTarget
    from .contact_rental_target_sexe import ContactRentalTargetSexe
    from .contact_rental_target_volumes import ContactRentalTargetVolumes
    from .contact_rental_volume import ContactRentalVolume
    from .contact_response import ContactResponse
    from .cost_resume_entry import CostResumeEntry
    from .cost_resume_response import CostResumeResponse
    from .create_group_request import CreateGroupRequest
    from .create_group_response import CreateGroupResponse
    from .create_subaccount_request import CreateSubaccountRequest
    from .create_subaccount_request_type import CreateSubaccountRequestType
    from .create_subaccount_response import CreateSubaccountResponse
    from .credits_response import CreditsResponse
    from .delete_contact_request import DeleteContactRequest
    from .delete_group_request import DeleteGroupRequest
    from .delete_subaccount_request import DeleteSubaccountRequest
    from .delivery_receipt import DeliveryReceipt
    from .error_response import ErrorResponse
    from .field_error import FieldError
    from .get_cost_resume_interval import GetCostResumeInterval
    from .group import Group
    from .group_list_response import GroupListResponse
    from .hlr_result import HlrResult
    from .long_number_reply import LongNumberReply
    from .lookup_request import LookupRequest
    from .lookup_response import LookupResponse
    from .lookup_result import LookupResult
    from .message_status_response import MessageStatusResponse
    from .multi_status_item import MultiStatusItem
    from .multi_status_query import MultiStatusQuery
    from .multi_status_request import MultiStatusRequest
    from .multi_status_response import MultiStatusResponse
    from .number_formats import NumberFormats
    from .rcs_conversation import RcsConversation
    from .rcs_failover import RcsFailover
    from .rcs_file import RcsFile
    from .rcs_media import RcsMedia
    from .rcs_reply import RcsReply
    from .rcs_rich_card import RcsRichCard
    from .rcs_rich_card_orientation import RcsRichCardOrientation
    from .rcs_rich_content import RcsRichContent
    from .rcs_suggestion import RcsSuggestion
    from .response_format import ResponseFormat
    from .send_bulk_sms_request import SendBulkSmsRequest
    from .send_bulk_sms_response import SendBulkSmsResponse
    from .send_rcs_request import SendRcsRequest
    from .send_rcs_response import SendRcsResponse
    from .send_sms_request import SendSmsRequest
    from .send_sms_response import SendSmsResponse
    from .send_survey_request import SendSurveyRequest
    from .send_virtual_number_sms_request import SendVirtualNumberSmsRequest
    from .short_code_reply import ShortCodeReply
    from .stop_entry import StopEntry
    from .stop_list_response import StopListResponse
    from .subaccount import Subaccount
    from .subaccount_balance import SubaccountBalance
    from .subaccount_created import SubaccountCreated
    from .subaccount_credit_request import SubaccountCreditRequest
    from .subaccount_credit_response import SubaccountCreditResponse
    from .subaccount_list_response import SubaccountListResponse
    from .subaccount_parameters import SubaccountParameters
    from .update_contact_request import UpdateContactRequest
    from .verify_numbers_request import VerifyNumbersRequest
    from .verify_numbers_response import VerifyNumbersResponse
else:
    _MODULES = {
        "AccountCredits": ".account_credits",
        "AccountUser": ".account_user",
        "AddContactRequest": ".add_contact_request",
        "AddContactResponse": ".add_contact_response",
        "AddStopSmsRequest": ".add_stop_sms_request",
        "AddStopSmsResponse": ".add_stop_sms_response",
        "BasicResponse": ".basic_response",
        "BulkSmsItem": ".bulk_sms_item",
        "BulkSmsResult": ".bulk_sms_result",
        "BulkStatusByTagResponse": ".bulk_status_by_tag_response",
        "BulkStatusItem": ".bulk_status_item",
        "BulkStatusResponse": ".bulk_status_response",
        "CallForwardRequest": ".call_forward_request",
        "ContactBatchErrorCounts": ".contact_batch_error_counts",
        "ContactBatchGroup": ".contact_batch_group",
        "ContactBatchReport": ".contact_batch_report",
        "ContactBatchResult": ".contact_batch_result",
        "ContactDetail": ".contact_detail",
        "ContactDetailResponse": ".contact_detail_response",
        "ContactInput": ".contact_input",
        "ContactListResponse": ".contact_list_response",
        "ContactRecord": ".contact_record",
        "ContactRentalAreaDetail": ".contact_rental_area_detail",
        "ContactRentalCost": ".contact_rental_cost",
        "ContactRentalFileInfo": ".contact_rental_file_info",
        "ContactRentalFileResponse": ".contact_rental_file_response",
        "ContactRentalLocation": ".contact_rental_location",
        "ContactRentalRequest": ".contact_rental_request",
        "ContactRentalRequestOp": ".contact_rental_request_op",
        "ContactRentalResponse": ".contact_rental_response",
        "ContactRentalStatusResponse": ".contact_rental_status_response",
        "ContactRentalTarget": ".contact_rental_target",
        "ContactRentalTargetSexe": ".contact_rental_target_sexe",
        "ContactRentalTargetVolumes": ".contact_rental_target_volumes",
        "ContactRentalVolume": ".contact_rental_volume",
        "ContactResponse": ".contact_response",
        "CostResumeEntry": ".cost_resume_entry",
        "CostResumeResponse": ".cost_resume_response",
        "CreateGroupRequest": ".create_group_request",
        "CreateGroupResponse": ".create_group_response",
        "CreateSubaccountRequest": ".create_subaccount_request",
        "CreateSubaccountRequestType": ".create_subaccount_request_type",
        "CreateSubaccountResponse": ".create_subaccount_response",
        "CreditsResponse": ".credits_response",
        "DeleteContactRequest": ".delete_contact_request",
        "DeleteGroupRequest": ".delete_group_request",
        "DeleteSubaccountRequest": ".delete_subaccount_request",
        "DeliveryReceipt": ".delivery_receipt",
        "ErrorResponse": ".error_response",
        "FieldError": ".field_error",
        "GetCostResumeInterval": ".get_cost_resume_interval",
        "Group": ".group",
        "GroupListResponse": ".group_list_response",
        "HlrResult": ".hlr_result",
        "LongNumberReply": ".long_number_reply",
        "LookupRequest": ".lookup_request",
        "LookupResponse": ".lookup_response",
        "LookupResult": ".lookup_result",
        "MessageStatusResponse": ".message_status_response",
        "MultiStatusItem": ".multi_status_item",
        "MultiStatusQuery": ".multi_status_query",
        "MultiStatusRequest": ".multi_status_request",
        "MultiStatusResponse": ".multi_status_response",
        "NumberFormats": ".number_formats",
        "RcsConversation": ".rcs_conversation",
        "RcsFailover": ".rcs_failover",
        "RcsFile": ".rcs_file",
        "RcsMedia": ".rcs_media",
        "RcsReply": ".rcs_reply",
        "RcsRichCard": ".rcs_rich_card",
        "RcsRichCardOrientation": ".rcs_rich_card_orientation",
        "RcsRichContent": ".rcs_rich_content",
        "RcsSuggestion": ".rcs_suggestion",
        "ResponseFormat": ".response_format",
        "SendBulkSmsRequest": ".send_bulk_sms_request",
        "SendBulkSmsResponse": ".send_bulk_sms_response",
        "SendRcsRequest": ".send_rcs_request",
        "SendRcsResponse": ".send_rcs_response",
        "SendSmsRequest": ".send_sms_request",
        "SendSmsResponse": ".send_sms_response",
        "SendSurveyRequest": ".send_survey_request",
        "SendVirtualNumberSmsRequest": ".send_virtual_number_sms_request",
        "ShortCodeReply": ".short_code_reply",
        "StopEntry": ".stop_entry",
        "StopListResponse": ".stop_list_response",
        "Subaccount": ".subaccount",
        "SubaccountBalance": ".subaccount_balance",
        "SubaccountCreated": ".subaccount_created",
        "SubaccountCreditRequest": ".subaccount_credit_request",
        "SubaccountCreditResponse": ".subaccount_credit_response",
        "SubaccountListResponse": ".subaccount_list_response",
        "SubaccountParameters": ".subaccount_parameters",
        "UpdateContactRequest": ".update_contact_request",
        "VerifyNumbersRequest": ".verify_numbers_request",
        "VerifyNumbersResponse": ".verify_numbers_response",
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
    "AccountCredits",
    "AccountUser",
    "AddContactRequest",
    "AddContactResponse",
    "AddStopSmsRequest",
    "AddStopSmsResponse",
    "BasicResponse",
    "BulkSmsItem",
    "BulkSmsResult",
    "BulkStatusByTagResponse",
    "BulkStatusItem",
    "BulkStatusResponse",
    "CallForwardRequest",
    "ContactBatchErrorCounts",
    "ContactBatchGroup",
    "ContactBatchReport",
    "ContactBatchResult",
    "ContactDetail",
    "ContactDetailResponse",
    "ContactInput",
    "ContactListResponse",
    "ContactRecord",
    "ContactRentalAreaDetail",
    "ContactRentalCost",
    "ContactRentalFileInfo",
    "ContactRentalFileResponse",
    "ContactRentalLocation",
    "ContactRentalRequest",
    "ContactRentalRequestOp",
    "ContactRentalResponse",
    "ContactRentalStatusResponse",
    "ContactRentalTarget",
    "ContactRentalTargetSexe",
    "ContactRentalTargetVolumes",
    "ContactRentalVolume",
    "ContactResponse",
    "CostResumeEntry",
    "CostResumeResponse",
    "CreateGroupRequest",
    "CreateGroupResponse",
    "CreateSubaccountRequest",
    "CreateSubaccountRequestType",
    "CreateSubaccountResponse",
    "CreditsResponse",
    "DeleteContactRequest",
    "DeleteGroupRequest",
    "DeleteSubaccountRequest",
    "DeliveryReceipt",
    "ErrorResponse",
    "FieldError",
    "GetCostResumeInterval",
    "Group",
    "GroupListResponse",
    "HlrResult",
    "LongNumberReply",
    "LookupRequest",
    "LookupResponse",
    "LookupResult",
    "MessageStatusResponse",
    "MultiStatusItem",
    "MultiStatusQuery",
    "MultiStatusRequest",
    "MultiStatusResponse",
    "NumberFormats",
    "RcsConversation",
    "RcsFailover",
    "RcsFile",
    "RcsMedia",
    "RcsReply",
    "RcsRichCard",
    "RcsRichCardOrientation",
    "RcsRichContent",
    "RcsSuggestion",
    "ResponseFormat",
    "SendBulkSmsRequest",
    "SendBulkSmsResponse",
    "SendRcsRequest",
    "SendRcsResponse",
    "SendSmsRequest",
    "SendSmsResponse",
    "SendSurveyRequest",
    "SendVirtualNumberSmsRequest",
    "ShortCodeReply",
    "StopEntry",
    "StopListResponse",
    "Subaccount",
    "SubaccountBalance",
    "SubaccountCreated",
    "SubaccountCreditRequest",
    "SubaccountCreditResponse",
    "SubaccountListResponse",
    "SubaccountParameters",
    "UpdateContactRequest",
    "VerifyNumbersRequest",
    "VerifyNumbersResponse",
)
