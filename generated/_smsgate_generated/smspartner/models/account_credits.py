from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCredits")


@_attrs_define
class AccountCredits:
    """
    Attributes:
        credit_sms (int | Unset): Premium SMS credits.
        credit_sms_eco (int | Unset): Low-cost (ECO) SMS credits.
        credit_sms_low_cost (int | Unset): Older name of `creditSmsECO` (GO fixture).
        credit_hlr (int | Unset): HLR verification credits.
        to_send (int | Unset): SMS waiting to be sent.
        solde (str | Unset): Balance as a decimal string (same value as `balance`).
        currency (str | Unset):
        balance (str | Unset): Balance as a decimal string.
    """

    credit_sms: int | Unset = UNSET
    credit_sms_eco: int | Unset = UNSET
    credit_sms_low_cost: int | Unset = UNSET
    credit_hlr: int | Unset = UNSET
    to_send: int | Unset = UNSET
    solde: str | Unset = UNSET
    currency: str | Unset = UNSET
    balance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_sms = self.credit_sms

        credit_sms_eco = self.credit_sms_eco

        credit_sms_low_cost = self.credit_sms_low_cost

        credit_hlr = self.credit_hlr

        to_send = self.to_send

        solde = self.solde

        currency = self.currency

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_sms is not UNSET:
            field_dict["creditSms"] = credit_sms
        if credit_sms_eco is not UNSET:
            field_dict["creditSmsECO"] = credit_sms_eco
        if credit_sms_low_cost is not UNSET:
            field_dict["creditSmsLowCost"] = credit_sms_low_cost
        if credit_hlr is not UNSET:
            field_dict["creditHlr"] = credit_hlr
        if to_send is not UNSET:
            field_dict["toSend"] = to_send
        if solde is not UNSET:
            field_dict["solde"] = solde
        if currency is not UNSET:
            field_dict["currency"] = currency
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_sms = d.pop("creditSms", UNSET)

        credit_sms_eco = d.pop("creditSmsECO", UNSET)

        credit_sms_low_cost = d.pop("creditSmsLowCost", UNSET)

        credit_hlr = d.pop("creditHlr", UNSET)

        to_send = d.pop("toSend", UNSET)

        solde = d.pop("solde", UNSET)

        currency = d.pop("currency", UNSET)

        balance = d.pop("balance", UNSET)

        account_credits = cls(
            credit_sms=credit_sms,
            credit_sms_eco=credit_sms_eco,
            credit_sms_low_cost=credit_sms_low_cost,
            credit_hlr=credit_hlr,
            to_send=to_send,
            solde=solde,
            currency=currency,
            balance=balance,
        )

        account_credits.additional_properties = d
        return account_credits

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
