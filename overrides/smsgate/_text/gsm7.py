"""How an SMS text is encoded and into how many parts it splits, from the 3GPP TS 23.038 tables.

A text travels in the GSM 7-bit default alphabet when every character is in its basic table
(one septet) or its extension table (two septets: the escape 0x1B, then the character); any other
character turns the whole text into UCS-2 (UTF-16: one code unit, two for a character outside the
Basic Multilingual Plane such as an emoji). One SMS carries 160 septets or 70 code units; a longer
text is split into parts of 153 septets or 67 code units (the rest of each part carries the
concatenation header), and a part never ends in the middle of an escape pair or of a surrogate
pair: such a part is one unit short. That is how the gateways count what they charge.

The counting is done with compiled regular expressions and ``str`` methods (C loops), not a Python
loop over characters: ``preview`` runs before every send.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "BASIC_TABLE",
    "EXTENSION_TABLE",
    "Encoding",
    "ForcingCharacter",
    "Measure",
    "measure",
]

# 3GPP TS 23.038 §6.2.1: the default alphabet, indexed by code (0x1B is the escape to the extension table).
BASIC_TABLE = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# 3GPP TS 23.038 §6.2.1.1: the extension table's characters, by code (each is sent as 0x1B, code).
EXTENSION_TABLE = {
    0x0A: "\f",
    0x14: "^",
    0x28: "{",
    0x29: "}",
    0x2F: "\\",
    0x3C: "[",
    0x3D: "~",
    0x3E: "]",
    0x40: "|",
    0x65: "€",
}

BASIC_CHARACTERS = frozenset(BASIC_TABLE) - {"\x1b"}  # the escape itself is not a character of a text
EXTENSION_CHARACTERS = frozenset(EXTENSION_TABLE.values())
GSM7_CHARACTERS = BASIC_CHARACTERS | EXTENSION_CHARACTERS

_GSM7_CLASS = "".join(re.escape(char) for char in sorted(GSM7_CHARACTERS))
_NOT_GSM7 = re.compile(f"[^{_GSM7_CLASS}]")
# A run of GSM-7 characters: matching it is about twice as fast as searching for the first outsider.
_GSM7_RUN = re.compile(f"[{_GSM7_CLASS}]*")
_EXTENSION = re.compile("[" + "".join(re.escape(char) for char in sorted(EXTENSION_CHARACTERS)) + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 code units each (a surrogate pair)

GSM7_SINGLE, GSM7_PART = 160, 153  # septets in one SMS, and in each part of a concatenated one
UCS2_SINGLE, UCS2_PART = 70, 67  # UTF-16 code units, likewise


class Encoding(StrEnum):
    """How a text travels: GSM-7 (160 septets, 153 per part) or UCS-2 (70 UTF-16 code units, 67 per part)."""

    GSM7 = "GSM-7"
    UCS2 = "UCS-2"


@dataclass(frozen=True, slots=True)
class ForcingCharacter:
    """A character outside GSM-7, at ``position`` (an index into the text, as ``text[position]``)."""

    position: int
    character: str

    @property
    def name(self) -> str:
        """The character's Unicode name (``RIGHT SINGLE QUOTATION MARK``), or its code point."""
        return unicodedata.name(self.character, f"U+{ord(self.character):04X}")

    def __str__(self) -> str:
        return f"{self.character!r} ({self.name}) at {self.position}"


@dataclass(frozen=True, slots=True)
class Measure:
    """What a text weighs as an SMS.

    ``length`` is in septets (GSM-7) or UTF-16 code units (UCS-2); ``per_part`` is what one part
    holds (160/70 for a single SMS, 153/67 for each part of a longer one); ``left`` is what still
    fits in the last part.
    """

    encoding: Encoding
    length: int
    parts: int
    per_part: int
    left: int
    forcing_ucs2: tuple[ForcingCharacter, ...]

    @property
    def unit(self) -> str:
        return "septets" if self.encoding is Encoding.GSM7 else "UTF-16 code units"


def forcing_characters(text: str) -> tuple[ForcingCharacter, ...]:
    """Every character of ``text`` outside GSM-7, with its position."""
    return tuple(ForcingCharacter(match.start(), match.group()) for match in _NOT_GSM7.finditer(text))


def measure(text: str) -> Measure:
    """Encoding, length and parts of ``text`` as the gateways count them."""
    if _GSM7_RUN.fullmatch(text) is not None:
        return _split(Encoding.GSM7, text, _EXTENSION, GSM7_SINGLE, GSM7_PART, ())
    return _split(Encoding.UCS2, text, _ASTRAL, UCS2_SINGLE, UCS2_PART, forcing_characters(text))


def _split(
    encoding: Encoding,
    text: str,
    wide: re.Pattern[str],
    single: int,
    part: int,
    forcing: tuple[ForcingCharacter, ...],
) -> Measure:
    """Parts of ``text``, the characters ``wide`` matches taking two units.

    A part that would end on the first unit of a two-unit character ends one unit earlier: the
    pair goes whole into the next part.
    """
    if len(text) <= single:
        length = len(text) + len(wide.findall(text))
        if length <= single:
            return Measure(encoding, length, 1, single, single - length, forcing)
    # The text between two-unit characters, whose lengths give each one's unit offset (C loops, no
    # match objects): the offset of the k-th one's first unit is the characters before it, plus k.
    pieces = wide.split(text)
    length = len(text) + len(pieces) - 1
    if length <= single:
        return Measure(encoding, length, 1, single, single - length, forcing)
    offsets = itertools.accumulate(map(len, pieces[:-1]))
    first_units = {offset + 2 * index for index, offset in enumerate(offsets)}
    start, parts = 0, 0
    while True:
        parts += 1
        end = start + part
        if end >= length:
            return Measure(encoding, length, parts, part, end - length, forcing)
        if end - 1 in first_units:
            end -= 1
        start = end
