"""How many SMS a text takes: what a vendor that counts parts charges and rate-limits.

Used by the bulk sender's rate limits (counted in parts where the vendor counts parts) and by the
sandbox's prices; standard library only, so that ``import smsgate`` stays light.
"""

from __future__ import annotations

import math

__all__ = ["segments"]

# The GSM 03.38 basic alphabet, and the extension characters that take two septets each.
GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = "^{}\\[~]|€\f"
GSM_SINGLE, GSM_PART = 160, 153  # septets in one SMS, and per part of a concatenated one
UCS2_SINGLE, UCS2_PART = 70, 67


def segments(text: str) -> int:
    """How many SMS a text takes: GSM-7 when every character has a septet, UCS-2 otherwise."""
    if all(char in GSM_BASIC or char in GSM_EXTENSION for char in text):
        length = sum(2 if char in GSM_EXTENSION else 1 for char in text)
        single, part = GSM_SINGLE, GSM_PART
    else:
        length = len(text.encode("utf-16-le")) // 2
        single, part = UCS2_SINGLE, UCS2_PART
    return 1 if length <= single else math.ceil(length / part)
