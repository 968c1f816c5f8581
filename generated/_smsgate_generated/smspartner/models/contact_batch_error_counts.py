from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactBatchErrorCounts")


@_attrs_define
class ContactBatchErrorCounts:
    """Rejected-line counters (spellings as sent, `dateInvalide` and `dateInvalid` both present).

    Attributes:
        stop_sms (int | Unset):
        invalide_phone (int | Unset):
        duplicate_phone (int | Unset):
        allready_in_groupe (int | Unset):
        url_invalide (int | Unset):
        date_invalide (int | Unset):
        empty (int | Unset):
        unactivated (int | Unset):
        date_invalid (int | Unset):
    """

    stop_sms: int | Unset = UNSET
    invalide_phone: int | Unset = UNSET
    duplicate_phone: int | Unset = UNSET
    allready_in_groupe: int | Unset = UNSET
    url_invalide: int | Unset = UNSET
    date_invalide: int | Unset = UNSET
    empty: int | Unset = UNSET
    unactivated: int | Unset = UNSET
    date_invalid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stop_sms = self.stop_sms

        invalide_phone = self.invalide_phone

        duplicate_phone = self.duplicate_phone

        allready_in_groupe = self.allready_in_groupe

        url_invalide = self.url_invalide

        date_invalide = self.date_invalide

        empty = self.empty

        unactivated = self.unactivated

        date_invalid = self.date_invalid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stop_sms is not UNSET:
            field_dict["stopSms"] = stop_sms
        if invalide_phone is not UNSET:
            field_dict["invalidePhone"] = invalide_phone
        if duplicate_phone is not UNSET:
            field_dict["duplicatePhone"] = duplicate_phone
        if allready_in_groupe is not UNSET:
            field_dict["allreadyInGroupe"] = allready_in_groupe
        if url_invalide is not UNSET:
            field_dict["urlInvalide"] = url_invalide
        if date_invalide is not UNSET:
            field_dict["dateInvalide"] = date_invalide
        if empty is not UNSET:
            field_dict["empty"] = empty
        if unactivated is not UNSET:
            field_dict["unactivated"] = unactivated
        if date_invalid is not UNSET:
            field_dict["dateInvalid"] = date_invalid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stop_sms = d.pop("stopSms", UNSET)

        invalide_phone = d.pop("invalidePhone", UNSET)

        duplicate_phone = d.pop("duplicatePhone", UNSET)

        allready_in_groupe = d.pop("allreadyInGroupe", UNSET)

        url_invalide = d.pop("urlInvalide", UNSET)

        date_invalide = d.pop("dateInvalide", UNSET)

        empty = d.pop("empty", UNSET)

        unactivated = d.pop("unactivated", UNSET)

        date_invalid = d.pop("dateInvalid", UNSET)

        contact_batch_error_counts = cls(
            stop_sms=stop_sms,
            invalide_phone=invalide_phone,
            duplicate_phone=duplicate_phone,
            allready_in_groupe=allready_in_groupe,
            url_invalide=url_invalide,
            date_invalide=date_invalide,
            empty=empty,
            unactivated=unactivated,
            date_invalid=date_invalid,
        )

        contact_batch_error_counts.additional_properties = d
        return contact_batch_error_counts

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
