"""What a campaign sends to whom: its recipients read into journal rows, its template filled, and
each distinct text put through the checks ``send`` runs, before anything is written or sent.

A template has plain ``{name}`` fields (``{{`` and ``}}`` for a brace) and nothing else, so that it
cannot do more than insert a value. A text with fields needs a value for each of them from every
recipient: a plain number, or an empty value, is refused before the journal exists (a literal
``Bonjour {name}`` must never reach a customer).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from .._base.errors import InvalidArgumentError, SmsGateError
from .._text.phone import RECIPIENT_FORMS, to_e164
from .._text.send_options import SendOptions
from .._text.transliterate import to_gsm7
from .engine import batch_options
from .journal import JournalRow, tag_prefix

__all__ = [
    "Recipient",
    "TextCheck",
    "fill",
    "journal_rows",
    "prepared_rows",
    "region_of",
    "template_fields",
    "text_check",
]

Recipient = str | tuple[str, Mapping[str, Any]]
TextCheck = Callable[[str], None]  # raises the refusal ``send`` would raise for this text


def template_fields(template: str) -> tuple[str, ...]:
    """The ``{name}`` fields of ``template``, in order; a template that is more than that is refused."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as error:
        raise InvalidArgumentError(f"the template cannot be read: {error} (write {{{{ and }}}} for a brace)") from None
    names: list[str] = []
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if spec or conversion or not name or any(mark in name for mark in ".[]"):
            raise InvalidArgumentError(f"the template's fields are plain {{name}}s, not {{{name}...}}")
        if name not in names:
            names.append(name)
    return tuple(names)


def fill(template: str, fields: Mapping[str, Any], where: str = "") -> str:
    """``template`` with each ``{name}`` replaced by ``fields[name]`` (``{{`` and ``}}`` for braces).

    Plain names only: no format spec, conversion, attribute or index (``{name:>999999999}`` would
    build a gigabyte string). A field missing from ``fields``, or blank there, is refused.
    """
    template_fields(template)
    out: list[str] = []
    for literal, name, _, _ in string.Formatter().parse(template):
        out.append(literal)
        if name is None:
            continue
        value = fields.get(name)
        if value is None or not str(value).strip():
            raise InvalidArgumentError(f"{where or 'the recipient'}: no value for {{{name}}} in the template")
        out.append(str(value))
    return "".join(out)


def journal_rows(
    recipients: Iterable[tuple[int, Recipient]],
    template: str,
    *,
    region: str,
    gsm7: bool,
    check: TextCheck,
) -> Iterator[JournalRow]:
    """One journal row per (line, recipient): the number in E.164 or its refusal, its own text when
    the template gives it one. Every distinct text goes through ``check`` once; a refused text, a
    recipient that is not one, or a field without a value raises (the whole campaign is refused)."""
    names = template_fields(template)
    base = campaign_text(template, gsm7)
    checked = {base}
    for line, recipient in recipients:
        where = f"line {line}"
        number, fields = _split(recipient, where)
        own: str | None = None
        if names:
            if fields is None:
                raise InvalidArgumentError(
                    f"{where}: the text has fields ({', '.join('{' + name + '}' for name in names)}) but this "
                    "recipient is a plain number; give (number, {field: value}) pairs (a CSV with a header "
                    "naming the columns), or write {{ and }} to send braces as they are"
                )
            own = fill(template, fields, where)
            if gsm7:
                own = to_gsm7(own).text
            if own not in checked:
                check(own)
                checked.add(own)  # memory: one entry a distinct text, like the rows themselves
        error: SmsGateError | None = None
        try:
            number = to_e164(number, region)
        except InvalidArgumentError as refused:  # kept, as refused: the report accounts for every line
            error = refused
        yield JournalRow(line, number, own, error)


def prepared_rows(
    numbered: Iterable[tuple[int, Recipient]],
    text: str,
    clients: Mapping[str, Any],
    options: SendOptions,
    default_region: object,
) -> tuple[str, Iterator[JournalRow]]:
    """The text a campaign (or a failover send) sends and its rows, to read lazily: the text is
    checked now with every client's rules, as ``send`` checks it (a template's own texts as the
    rows are read), national numbers read in ``default_region`` (else the first vendor's)."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidArgumentError("the message text must be a non-empty str")
    region = region_of(default_region, clients)
    check = text_check(clients, options)
    base = campaign_text(text, options.gsm7)
    if not template_fields(text):
        check(base)
    return base, journal_rows(numbered, text, region=region, gsm7=options.gsm7, check=check)


def text_check(clients: Mapping[str, Any], options: SendOptions) -> TextCheck:
    """Refuses a text as ``send`` would with each client (a batch's options, a tag as long as any).

    The first text goes through everything ``send`` checks before its request (the rules and the
    vendor plan's own checks of the options); the vendor plan's checks do not depend on the text,
    so each later one goes through the rules only (a template's million texts stay cheap).
    """
    sample_tag = tag_prefix(options.reference, "0" * 8) + "fff"
    sent_as = {vendor: batch_options(options, vendor, sample_tag) for vendor in clients}
    planned: set[str] = set()

    def check(text: str) -> None:
        for vendor, client in clients.items():
            if vendor in planned:
                client._weigh(text, 1, sent_as[vendor])
            else:
                client._check_send(text, sent_as[vendor])
                planned.add(vendor)

    return check


def region_of(default_region: object, clients: Mapping[str, Any]) -> str:
    """The region national numbers are read in: the one given, else the first vendor's."""
    if default_region is None:
        form = next((RECIPIENT_FORMS[vendor] for vendor in clients if vendor in RECIPIENT_FORMS), None)
        return "ZZ" if form is None else form.region
    if not isinstance(default_region, str) or len(default_region) != 2 or not default_region.isalpha():
        raise InvalidArgumentError(
            f"default_region must be a two-letter country code such as 'FR', not {default_region!r}"
        )
    return default_region.upper()


def campaign_text(template: str, gsm7: bool) -> str:
    """The text a campaign sends when a recipient has none of its own: the template itself when it
    has fields (each recipient gets a filled copy), else the text with ``{{``/``}}`` undoubled."""
    text = template if template_fields(template) else fill(template, {})
    return to_gsm7(text).text if gsm7 else text


def _split(recipient: object, where: str) -> tuple[str, Mapping[str, Any] | None]:
    if isinstance(recipient, str):
        return recipient.strip(), None
    if isinstance(recipient, tuple) and len(recipient) == 2 and isinstance(recipient[0], str):
        fields = recipient[1]
        if not isinstance(fields, Mapping):
            raise InvalidArgumentError(f"{where}: the fields must be a mapping, not {type(fields).__name__}")
        return recipient[0].strip(), fields
    raise InvalidArgumentError(f"{where}: a recipient is a number or a (number, fields) pair, not {recipient!r:.60}")
