"""``to_gsm7``: the usual offenders of French and Italian texts turned into GSM-7, every change reported.

Typographic punctuation (curly quotes, guillemets, en and em dashes, the ellipsis, non-breaking
spaces) gets its plain equivalent; a letter outside GSM-7 loses its accent (ê to e, È to E) or is
spelled out (œ to oe); a decomposed
accent (``e`` + U+0301) is composed when the composed letter is in GSM-7 (é). Nothing is ever
dropped: a character with no GSM-7 equivalent (an emoji, a Chinese character) stays in the text
and is listed in ``kept``, so the text still goes, in UCS-2.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .._base.errors import InvalidArgumentError
from .gsm7 import GSM7_CHARACTERS, ForcingCharacter, forcing_characters

__all__ = ["Replacement", "Transliteration", "to_gsm7"]

# Characters with a GSM-7 equivalent that is not their accentless form.
SUBSTITUTES = {
    "\N{LEFT SINGLE QUOTATION MARK}": "'",
    "\N{RIGHT SINGLE QUOTATION MARK}": "'",
    "\N{SINGLE LOW-9 QUOTATION MARK}": "'",
    "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": "'",
    "\N{PRIME}": "'",
    "\N{ACUTE ACCENT}": "'",
    "`": "'",
    "\N{LEFT DOUBLE QUOTATION MARK}": '"',
    "\N{RIGHT DOUBLE QUOTATION MARK}": '"',
    "\N{DOUBLE LOW-9 QUOTATION MARK}": '"',
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": '"',
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}": "'",
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}": "'",
    "\N{HYPHEN}": "-",
    "\N{NON-BREAKING HYPHEN}": "-",
    "\N{FIGURE DASH}": "-",
    "\N{EN DASH}": "-",
    "\N{EM DASH}": "-",
    "\N{HORIZONTAL BAR}": "-",
    "\N{MINUS SIGN}": "-",
    "\N{HORIZONTAL ELLIPSIS}": "...",
    "\N{BULLET}": "-",
    "\N{MIDDLE DOT}": ".",
    "\N{NO-BREAK SPACE}": " ",
    "\N{NARROW NO-BREAK SPACE}": " ",
    "\N{THIN SPACE}": " ",
    "\N{FIGURE SPACE}": " ",
    "\t": " ",
    "\N{COPYRIGHT SIGN}": "(c)",
    "\N{REGISTERED SIGN}": "(R)",
    "\N{TRADE MARK SIGN}": "TM",
    "\N{DEGREE SIGN}": "o",
    "\N{LATIN SMALL LIGATURE OE}": "oe",
    "\N{LATIN CAPITAL LIGATURE OE}": "OE",
    "\N{LATIN SMALL LETTER ETH}": "d",
    "\N{LATIN SMALL LETTER THORN}": "th",
    "\N{LATIN SMALL LETTER L WITH STROKE}": "l",
    "\N{LATIN CAPITAL LETTER L WITH STROKE}": "L",
    "\N{LATIN SMALL LETTER D WITH STROKE}": "d",
    "\N{LATIN CAPITAL LETTER D WITH STROKE}": "D",
    "\N{LATIN CAPITAL LETTER ETH}": "D",
    "\N{LATIN CAPITAL LETTER THORN}": "TH",
    "\N{LATIN SMALL LETTER DOTLESS I}": "i",
    "\N{SUPERSCRIPT TWO}": "2",
    "\N{SUPERSCRIPT THREE}": "3",
    "\N{SUPERSCRIPT ONE}": "1",
    "\N{VULGAR FRACTION ONE HALF}": "1/2",
    "\N{VULGAR FRACTION ONE QUARTER}": "1/4",
    "\N{VULGAR FRACTION THREE QUARTERS}": "3/4",
    "\N{MULTIPLICATION SIGN}": "x",
    "\N{DIVISION SIGN}": "/",
    "\N{CENT SIGN}": "c",
    "\N{LATIN SMALL LETTER C WITH CEDILLA}": "c",  # GSM-7 has the capital only
}

# A character and the combining marks that follow it: one unit of writing to keep or replace whole.
_CLUSTER = re.compile(r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]*", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Replacement:
    """``original`` (at ``position`` in the text given) became ``replacement``."""

    position: int
    original: str
    replacement: str

    def __str__(self) -> str:
        return f"{self.original!r} -> {self.replacement!r} at {self.position}"


@dataclass(frozen=True, slots=True)
class Transliteration:
    """The text in GSM-7 where it could be, every replacement, and what had to stay (positions in ``text``)."""

    text: str
    replacements: tuple[Replacement, ...]
    kept: tuple[ForcingCharacter, ...]

    @property
    def is_gsm7(self) -> bool:
        """Whether the text is all GSM-7 now (no character was kept)."""
        return not self.kept


def _equivalent(cluster: str) -> str | None:
    """The GSM-7 spelling of ``cluster``, or None when it has none."""
    if cluster in SUBSTITUTES:
        return SUBSTITUTES[cluster]
    composed = unicodedata.normalize("NFC", cluster)
    if all(char in GSM7_CHARACTERS for char in composed):
        return composed  # a decomposed é becomes é
    if composed in SUBSTITUTES:
        return SUBSTITUTES[composed]
    base = "".join(char for char in unicodedata.normalize("NFD", composed) if not unicodedata.combining(char))
    if base and all(char in GSM7_CHARACTERS for char in base):
        return base  # the letter without its accent: ê -> e
    return None


def to_gsm7(text: str) -> Transliteration:
    """``text`` with every character outside GSM-7 that has an equivalent replaced by it.

    ``.replacements`` lists each change (position in ``text``, before, after); ``.kept`` the
    characters with no equivalent, which stay (the text then goes in UCS-2).
    """
    if not isinstance(text, str):
        raise InvalidArgumentError(f"the text must be a str, not {type(text).__name__}")
    if not forcing_characters(text):
        return Transliteration(text, (), ())
    pieces: list[str] = []
    replacements: list[Replacement] = []
    for match in _CLUSTER.finditer(text):
        cluster = match.group()
        if len(cluster) == 1 and cluster in GSM7_CHARACTERS:
            pieces.append(cluster)
            continue
        equivalent = _equivalent(cluster)
        if equivalent is None or equivalent == cluster:
            pieces.append(cluster)
            continue
        replacements.append(Replacement(match.start(), cluster, equivalent))
        pieces.append(equivalent)
    result = "".join(pieces)
    return Transliteration(result, tuple(replacements), forcing_characters(result))
