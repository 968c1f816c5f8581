"""Contains all the data models used in inputs/outputs"""

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
