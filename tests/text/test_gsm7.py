"""Encoding and parts, against the 3GPP TS 23.038 tables, the part boundaries and a GSM 03.38 codec.

The oracle is ``gsm0338`` (a codec registered as ``gsm03.38``): it gives the septet stream of a
GSM-7 text (one byte per septet, an escape pair as two), and UTF-16 gives the UCS-2 stream; the
parts are then counted unit by unit, a part never ending on an escape or a high surrogate.
"""

from __future__ import annotations

import gsm0338  # noqa: F401 - registers the gsm03.38 codec
import pytest
import smsgate
from hypothesis import given, settings
from hypothesis import strategies as st
from smsgate._text.gsm7 import BASIC_TABLE, EXTENSION_TABLE, GSM7_CHARACTERS, measure

EMOJI = "\N{GRINNING FACE}"


def oracle(text: str) -> tuple[smsgate.Encoding, int, int]:
    """(encoding, length, parts) from the codec's unit stream, split one unit at a time.

    A unit that opens a pair (the escape 0x1B, a high surrogate) cannot be a part's last unit.
    """
    try:
        units = list(text.encode("gsm03.38"))
        encoding, single, part, openers = smsgate.Encoding.GSM7, 160, 153, range(0x1B, 0x1C)
    except UnicodeEncodeError:
        raw = text.encode("utf-16-be")
        units = [int.from_bytes(raw[index : index + 2], "big") for index in range(0, len(raw), 2)]
        encoding, single, part, openers = smsgate.Encoding.UCS2, 70, 67, range(0xD800, 0xDC00)
    if len(units) <= single:
        return encoding, len(units), 1
    parts, used = 1, 0
    for unit in units:
        if used == part or (used == part - 1 and unit in openers):
            parts, used = parts + 1, 0
        used += 1
    return encoding, len(units), parts


def test_the_basic_table_is_the_codecs() -> None:
    assert len(BASIC_TABLE) == 128
    for code, character in enumerate(BASIC_TABLE):
        if code == 0x1B:
            continue  # the escape to the extension table
        assert character.encode("gsm03.38") == bytes([code]), (code, character)
        assert measure(character).length == 1
        assert measure(character).encoding is smsgate.Encoding.GSM7
    assert measure("\x1b").encoding is smsgate.Encoding.UCS2  # the escape is not a character of a text


def test_the_extension_table_is_the_codecs_and_takes_two_septets() -> None:
    for code, character in EXTENSION_TABLE.items():
        assert character.encode("gsm03.38") == bytes([0x1B, code]), (code, character)
        assert measure(character).length == 2


@pytest.mark.parametrize(
    ("text", "encoding", "length", "parts", "left"),
    [
        ("a" * 160, "GSM-7", 160, 1, 0),
        ("a" * 161, "GSM-7", 161, 2, 145),
        ("a" * 306, "GSM-7", 306, 2, 0),
        ("a" * 307, "GSM-7", 307, 3, 152),
        ("€" * 80, "GSM-7", 160, 1, 0),
        ("€" * 81, "GSM-7", 162, 2, 143),  # 76 pairs fill 152 septets of the first part
        ("]" * 153, "GSM-7", 306, 3, 151),  # not 2: a part never splits an escape pair
        ("a" * 152 + "€" + "a" * 10, "GSM-7", 164, 2, 141),  # the pair moves whole to the second part
        ("ligne\r\nligne", "GSM-7", 12, 1, 148),  # CR and LF are one septet each
        ("ç" * 70, "UCS-2", 70, 1, 0),
        ("ç" * 71, "UCS-2", 71, 2, 63),
        ("ç" * 134, "UCS-2", 134, 2, 0),
        ("ç" * 135, "UCS-2", 135, 3, 66),
        (EMOJI * 35, "UCS-2", 70, 1, 0),  # an emoji is two UTF-16 code units
        (EMOJI * 36, "UCS-2", 72, 2, 61),  # 33 emoji (66 units) in the first part, not 33.5
        ("e\u0301", "UCS-2", 2, 1, 68),  # a decomposed accent: the combining mark is not GSM-7
    ],
)
def test_part_boundaries(text: str, encoding: str, length: int, parts: int, left: int) -> None:
    weight = measure(text)
    assert (weight.encoding, weight.length, weight.parts, weight.left) == (encoding, length, parts, left)
    assert oracle(text) == (weight.encoding, length, parts)


def test_the_characters_that_force_ucs2_are_named_with_their_positions() -> None:
    weight = measure("C’est noté 😀 e\u0301")
    assert [(found.position, found.character) for found in weight.forcing_ucs2] == [
        (1, "’"),
        (11, EMOJI),
        (14, "\u0301"),
    ]
    assert weight.forcing_ucs2[0].name == "RIGHT SINGLE QUOTATION MARK"
    assert measure("C'est noté").forcing_ucs2 == ()


# Texts that reach every branch: the tables, their neighbours, accents, emoji, and any code point.
gsm_text = st.text(alphabet=st.sampled_from(sorted(GSM7_CHARACTERS)), max_size=800)
mixed_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(sorted(GSM7_CHARACTERS)),
        st.sampled_from("çœ’«»–…âêîôûÈ\u0301\u00a0" + EMOJI + "\N{FACE WITH TEARS OF JOY}"),
        st.characters(exclude_categories=["Cs"]),
    ),
    max_size=800,
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(gsm_text, mixed_text).filter(lambda text: "\x1b" not in text))
def test_parts_agree_with_the_codec(text: str) -> None:
    # The codec encodes a lone ESC (U+001B) as the escape septet itself; it is not a character of
    # a text (it announces the extension table), so smsgate counts it as outside GSM-7.
    weight = measure(text)
    assert (weight.encoding, weight.length, weight.parts) == oracle(text)
    assert 0 <= weight.left <= weight.per_part


@settings(max_examples=400, deadline=None)
@given(mixed_text)
def test_transliteration_never_loses_a_character_silently(text: str) -> None:
    result = smsgate.to_gsm7(text)
    # Undo every reported replacement: the original comes back, so nothing went unreported.
    rebuilt, cursor, offset = [], 0, 0
    for change in result.replacements:
        start = change.position + offset
        rebuilt.append(result.text[cursor:start])
        rebuilt.append(change.original)
        cursor = start + len(change.replacement)
        offset += len(change.replacement) - len(change.original)
    rebuilt.append(result.text[cursor:])
    assert "".join(rebuilt) == text
    # What stays outside GSM-7 is listed, and only that.
    assert [found.character for found in result.kept] == [char for char in result.text if char not in GSM7_CHARACTERS]
    assert result.is_gsm7 == (measure(result.text).encoding is smsgate.Encoding.GSM7)


def test_transliteration_of_the_usual_offenders() -> None:
    result = smsgate.to_gsm7("L’été « chaud » – 10\u00a0€… œuvre, ça, È e\u0301 😀")
    assert result.text == 'L\'été " chaud " - 10 €... oeuvre, ca, E é 😀'
    assert [(change.original, change.replacement) for change in result.replacements] == [
        ("’", "'"),
        ("«", '"'),
        ("»", '"'),
        ("–", "-"),
        ("\u00a0", " "),
        ("…", "..."),
        ("œ", "oe"),
        ("ç", "c"),
        ("È", "E"),
        ("e\u0301", "é"),
    ]
    assert [found.character for found in result.kept] == [EMOJI]  # the emoji stays, and is reported
    assert not result.is_gsm7


def test_to_gsm7_refuses_what_is_not_text() -> None:
    with pytest.raises(smsgate.InvalidArgumentError, match="must be a str"):
        smsgate.to_gsm7(b"bytes")  # type: ignore[arg-type]
