"""``smsgate send --file``: the recipients of a bulk send read from a CSV, every line accounted for.

A file is one number a line, or a CSV whose columns give each recipient's fields (``{name}`` in
the text). Whether its first row is a header is said with ``--header`` / ``--no-header``, or
detected: **the first row is a header when none of its cells looks like a phone number** (6 or
more digits once spaces, dots, dashes, parentheses and ``+`` are taken out). The number is in the
column ``--number-column`` names (a header name, or a 1-based position); else, with a header, the
column named number, phone, phone_number, mobile, to, numero, numéro or telephone; else the
first column that looks like a phone number in the first row (of the first 100) that has one.
Blank lines are skipped; every other line becomes one recipient (a line without a usable number
is refused by the campaign, with its line number), never dropped.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .._campaigns.texts import Recipient

__all__ = ["NUMBER_COLUMNS", "RecipientsFile", "looks_like_a_number", "read"]

NUMBER_COLUMNS = ("number", "phone", "phone_number", "mobile", "to", "numero", "numéro", "telephone", "téléphone")
_SEPARATORS = re.compile(r"[\s.\-()+/]")
DIGITS_OF_A_NUMBER = 6
SAMPLED_ROWS = 100


@dataclass(frozen=True)
class RecipientsFile:
    recipients: list[tuple[int, Recipient]]  # (line number, recipient)
    header: list[str] | None  # the column names, when the first row is a header
    number_column: int  # 0-based


def looks_like_a_number(cell: str) -> bool:
    """Six digits or more once separators are removed (``+33 6 12 34 56 78``, ``06.12.34.56.78``)."""
    compact = _SEPARATORS.sub("", cell)
    return compact.isdigit() and len(compact) >= DIGITS_OF_A_NUMBER


def read(text: str, *, header: bool | None = None, number_column: str | None = None) -> RecipientsFile:
    """The recipients of ``text`` (see the module doc); ValueError says what cannot be read."""
    reader = csv.reader(io.StringIO(text))
    rows: list[tuple[int, list[str]]] = []
    try:
        line = 1
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as error:
        raise ValueError(f"line {reader.line_num}: {error}") from None
    if not rows:
        return RecipientsFile([], None, 0)
    first = rows[0][1]
    has_header = header if header is not None else not any(looks_like_a_number(cell) for cell in first)
    names = [cell.strip() for cell in first] if has_header else None
    body = rows[1:] if has_header else rows
    # The number column is found in the first rows that hold a number (a bad first line does not hide it).
    sample = next((row for _, row in body[:SAMPLED_ROWS] if any(map(looks_like_a_number, row))), first)
    column = _number_column(names, sample, number_column)
    recipients: list[tuple[int, Recipient]] = []
    for line, row in body:
        number = row[column].strip() if column < len(row) else ""
        if names is None:
            recipients.append((line, number))
        else:
            values = {name: (row[index].strip() if index < len(row) else "") for index, name in enumerate(names)}
            recipients.append((line, (number, values)))
    return RecipientsFile(recipients, names, column)


def _number_column(names: Sequence[str] | None, sample: Sequence[str], asked: str | None) -> int:
    if asked is not None:
        if asked.isdigit():
            if int(asked) < 1:
                raise ValueError("--number-column counts from 1")
            return int(asked) - 1
        if names is None:
            raise ValueError(
                f"--number-column {asked!r} names a column, but the file has no header (give its position)"
            )
        if asked not in names:
            raise ValueError(f"--number-column {asked!r}: the header has {', '.join(names)}")
        return names.index(asked)
    if names is not None:
        lowered = [name.lower() for name in names]
        for known in NUMBER_COLUMNS:
            if known in lowered:
                return lowered.index(known)
    found = next((index for index, cell in enumerate(sample) if looks_like_a_number(cell)), None)
    if found is None:
        raise ValueError("no column holds phone numbers; name it with --number-column (or a header: number, phone...)")
    return found
