from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rcs_file import RcsFile
    from ..models.rcs_rich_card import RcsRichCard
    from ..models.rcs_suggestion import RcsSuggestion


T = TypeVar("T", bound="RcsConversation")


@_attrs_define
class RcsConversation:
    """One of `text`, `file` or `richCard`, plus optional `suggestions`.

    Attributes:
        text (str | Unset):
        file (RcsFile | Unset):
        rich_card (RcsRichCard | Unset):
        suggestions (list[RcsSuggestion] | Unset):
    """

    text: str | Unset = UNSET
    file: RcsFile | Unset = UNSET
    rich_card: RcsRichCard | Unset = UNSET
    suggestions: list[RcsSuggestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        rich_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rich_card, Unset):
            rich_card = self.rich_card.to_dict()

        suggestions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suggestions, Unset):
            suggestions = []
            for suggestions_item_data in self.suggestions:
                suggestions_item = suggestions_item_data.to_dict()
                suggestions.append(suggestions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if file is not UNSET:
            field_dict["file"] = file
        if rich_card is not UNSET:
            field_dict["richCard"] = rich_card
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rcs_file import RcsFile  # noqa: PLC0415
        from ..models.rcs_rich_card import RcsRichCard  # noqa: PLC0415
        from ..models.rcs_suggestion import RcsSuggestion  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _file = d.pop("file", UNSET)
        file: RcsFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = RcsFile.from_dict(_file)

        _rich_card = d.pop("richCard", UNSET)
        rich_card: RcsRichCard | Unset
        if isinstance(_rich_card, Unset):
            rich_card = UNSET
        else:
            rich_card = RcsRichCard.from_dict(_rich_card)

        _suggestions = d.pop("suggestions", UNSET)
        suggestions: list[RcsSuggestion] | Unset = UNSET
        if _suggestions is not UNSET:
            suggestions = []
            for suggestions_item_data in _suggestions:
                suggestions_item = RcsSuggestion.from_dict(suggestions_item_data)

                suggestions.append(suggestions_item)

        rcs_conversation = cls(
            text=text,
            file=file,
            rich_card=rich_card,
            suggestions=suggestions,
        )

        rcs_conversation.additional_properties = d
        return rcs_conversation

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
