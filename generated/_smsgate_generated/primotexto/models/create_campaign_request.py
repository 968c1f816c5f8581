from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCampaignRequest")


@_attrs_define
class CreateCampaignRequest:
    """Fields of the official PHP lib's `PTCampaign` (`type` goes in the path).

    Attributes:
        name (str): The campaign name.
        message (str): The text.
        send_list (list[str] | str): The target contact list id(s). The exact type is not documented (Low): one id or an
            array of ids.
        source_address (str | Unset): The sender name.
        flash (bool | Unset): Send as a flash SMS.
        date (int | Unset): Scheduled send time, presumably epoch milliseconds (Low).
        external_url (str | Unset): Link option (not documented further).
        landing_page_type (str | Unset): Landing-page option (not documented further).
        landing_page (str | Unset): Landing-page option (not documented further).
        landing_page_title (str | Unset): Landing-page option (not documented further).
        test_identifier (str | Unset): A test number.
    """

    name: str
    message: str
    send_list: list[str] | str
    source_address: str | Unset = UNSET
    flash: bool | Unset = UNSET
    date: int | Unset = UNSET
    external_url: str | Unset = UNSET
    landing_page_type: str | Unset = UNSET
    landing_page: str | Unset = UNSET
    landing_page_title: str | Unset = UNSET
    test_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        message = self.message

        send_list: list[str] | str
        if isinstance(self.send_list, list):
            send_list = self.send_list

        else:
            send_list = self.send_list

        source_address = self.source_address

        flash = self.flash

        date = self.date

        external_url = self.external_url

        landing_page_type = self.landing_page_type

        landing_page = self.landing_page

        landing_page_title = self.landing_page_title

        test_identifier = self.test_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "message": message,
                "sendList": send_list,
            }
        )
        if source_address is not UNSET:
            field_dict["sourceAddress"] = source_address
        if flash is not UNSET:
            field_dict["flash"] = flash
        if date is not UNSET:
            field_dict["date"] = date
        if external_url is not UNSET:
            field_dict["externalUrl"] = external_url
        if landing_page_type is not UNSET:
            field_dict["landingPageType"] = landing_page_type
        if landing_page is not UNSET:
            field_dict["landingPage"] = landing_page
        if landing_page_title is not UNSET:
            field_dict["landingPageTitle"] = landing_page_title
        if test_identifier is not UNSET:
            field_dict["testIdentifier"] = test_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        message = d.pop("message")

        def _parse_send_list(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                send_list_type_1 = cast(list[str], data)

                return send_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        send_list = _parse_send_list(d.pop("sendList"))

        source_address = d.pop("sourceAddress", UNSET)

        flash = d.pop("flash", UNSET)

        date = d.pop("date", UNSET)

        external_url = d.pop("externalUrl", UNSET)

        landing_page_type = d.pop("landingPageType", UNSET)

        landing_page = d.pop("landingPage", UNSET)

        landing_page_title = d.pop("landingPageTitle", UNSET)

        test_identifier = d.pop("testIdentifier", UNSET)

        create_campaign_request = cls(
            name=name,
            message=message,
            send_list=send_list,
            source_address=source_address,
            flash=flash,
            date=date,
            external_url=external_url,
            landing_page_type=landing_page_type,
            landing_page=landing_page,
            landing_page_title=landing_page_title,
            test_identifier=test_identifier,
        )

        create_campaign_request.additional_properties = d
        return create_campaign_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
