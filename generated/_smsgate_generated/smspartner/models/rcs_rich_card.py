from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rcs_rich_card_orientation import RcsRichCardOrientation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rcs_media import RcsMedia


T = TypeVar("T", bound="RcsRichCard")


@_attrs_define
class RcsRichCard:
    """
    Attributes:
        orientation (RcsRichCardOrientation | Unset):
        thumbnail_image_alignment (str | Unset): e.g. LEFT; only with HORIZONTAL.
        title (str | Unset):
        description (str | Unset):
        media (RcsMedia | Unset):
    """

    orientation: RcsRichCardOrientation | Unset = UNSET
    thumbnail_image_alignment: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    media: RcsMedia | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation.value

        thumbnail_image_alignment = self.thumbnail_image_alignment

        title = self.title

        description = self.description

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if thumbnail_image_alignment is not UNSET:
            field_dict["thumbnailImageAlignment"] = thumbnail_image_alignment
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rcs_media import RcsMedia  # noqa: PLC0415

        d = dict(src_dict)
        _orientation = d.pop("orientation", UNSET)
        orientation: RcsRichCardOrientation | Unset
        if isinstance(_orientation, Unset):
            orientation = UNSET
        else:
            orientation = RcsRichCardOrientation(_orientation)

        thumbnail_image_alignment = d.pop("thumbnailImageAlignment", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _media = d.pop("media", UNSET)
        media: RcsMedia | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = RcsMedia.from_dict(_media)

        rcs_rich_card = cls(
            orientation=orientation,
            thumbnail_image_alignment=thumbnail_image_alignment,
            title=title,
            description=description,
            media=media,
        )

        rcs_rich_card.additional_properties = d
        return rcs_rich_card

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
