"""SMS Partner's ``_format=xml`` answers, read by the positional layout declared in its spec.

The vendor renders a JSON answer as ``<result>`` holding anonymous ``<entry>`` elements in a fixed
order, so an answer can only be read with the order the spec declares (``x-smsgate-xml``). The
result is the JSON payload the same request would have returned, so both formats give equal results.

No DTD and no entity is ever processed. A DTD can only stand in the prolog, before the root's
start tag, and every entity that is not one of XML's five predefined ones (internal, external,
parameter) has to be declared in a DTD. So expat first reads the prolog alone and any
``<!DOCTYPE`` there is refused before the document is parsed; expat decodes the bytes itself, so
no encoding or comment can hide one. Without a DTD expat refuses every other entity reference as
undefined, and a ``<!DOCTYPE`` after the root's start tag is not well-formed.

The document is then parsed by ElementTree's C parser and tree builder, fed in chunks, with no
Python code run per element. The complete items of a top-level list (a bulk-status's recipients)
are converted and dropped from the tree between chunks, so a large answer never holds both its
whole tree and its payload; the repeated texts of a list's fields (a status, a currency) are kept
once. Errors are reported in the order a whole-tree reading would find them: a document that is
not well-formed first, then the fields in their order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder, XMLParser
from xml.parsers import expat

from .._base.errors import ResponseFormatError
from .._base.spec import scalar_from_text

Layout = list[Any]
Converter = Callable[[str], Any]
# Only text that reads back the same becomes an int: "0123" or "+5" in a string-or-integer field stay text.
CHUNK = 1 << 15  # bytes fed to the parser at a time: the tree between two conversions stays this small
PROLOG_CHUNK = 1 << 12  # the prolog is usually one line; a longer one is read in these steps
CONVERTED_KINDS = frozenset(("boolean", "integer", "number", "null"))
KNOWN_TEXTS = 64  # per field of a list's items, texts whose value is kept for the next items


def parse(content: bytes, layout: dict[str, Any], schema: dict[str, Any], resolve: Any) -> dict[str, Any]:
    """The JSON payload of an XML answer; ResponseFormatError when it does not fit the layout."""
    _refuse_dtd(content)
    root_tag = layout.get("root", "result")
    reader = _Reader(layout["fields"], schema, resolve)
    builder = TreeBuilder()
    # The document's root becomes this element's only child, reachable while the parser runs.
    holder = builder.start("document", {})
    parser = XMLParser(target=builder)
    stream = _Stream(holder, root_tag, reader)
    view = memoryview(content)
    try:
        for start in range(0, len(view), CHUNK):
            parser.feed(view[start : start + CHUNK])
            stream.advance()
        parser.close()
    except (ParseError, ValueError, LookupError) as error:  # LookupError: unknown encoding
        raise ResponseFormatError(f"the XML answer cannot be parsed safely: {error}") from error
    root = holder[0]
    if root.tag != root_tag:
        raise ResponseFormatError(f"the XML answer's root is <{root.tag}>, expected <{root_tag}>")
    entries = list(root)
    if entries and _text(entries[0]).lower() == "false":
        fields = next((alt for alt in layout.get("error_fields", []) if _fits(entries, alt)), None)
        if fields is not None:
            reader = _Reader(fields, schema, resolve)
    return reader.read(entries, stream.lists)


class _RefusedError(Exception):
    """Raised by the prolog reader's handlers: a DTD, or an entity declaration (only ever inside one)."""


class _RootReachedError(Exception):
    """Raised by the prolog reader at the root's start tag: the prolog held no DTD."""


def _refuse(*_: object) -> None:
    raise _RefusedError


def _refuse_reference(*_: object) -> int:
    raise _RefusedError


def _root_reached(*_: object) -> None:
    raise _RootReachedError


def _refuse_dtd(content: bytes) -> None:
    """ResponseFormatError if the prolog holds a ``<!DOCTYPE``, read by expat up to the root's start tag."""
    # The same parser settings as ElementTree's (namespace processing), so both read the prolog alike.
    reader = expat.ParserCreate(namespace_separator="}")
    reader.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    reader.StartDoctypeDeclHandler = _refuse
    reader.EntityDeclHandler = _refuse
    reader.UnparsedEntityDeclHandler = _refuse
    reader.ExternalEntityRefHandler = _refuse_reference
    reader.StartElementHandler = _root_reached
    view = memoryview(content)
    try:
        for start in range(0, len(view), PROLOG_CHUNK):
            reader.Parse(view[start : start + PROLOG_CHUNK], False)
        reader.Parse(b"", True)
    except _RootReachedError:
        return
    except _RefusedError:
        raise ResponseFormatError(
            "the XML answer cannot be parsed safely: it declares a DTD (<!DOCTYPE>), and no DTD or entity is processed"
        ) from None
    except (expat.ExpatError, ValueError, LookupError) as error:
        raise ResponseFormatError(f"the XML answer cannot be parsed safely: {error}") from error


def _text(element: Element) -> str:
    return (element.text or "").strip()


def _fits(entries: list[Element], fields: Layout) -> bool:
    # Entries past the layout are ignored, as for success answers.
    if len(entries) < len(fields):
        return False
    for entry, field in zip(entries, fields, strict=False):
        nested = isinstance(field, dict) and ("items" in field or "fields" in field)
        if nested != (len(entry) > 0):
            return False
    return True


def _properties(schema: dict[str, Any], resolve: Any) -> dict[str, Any]:
    schema = resolve(schema)
    properties = dict(schema.get("properties", {}))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword, []):
            properties.update(_properties(member, resolve))
    return properties


class _Reader:
    """A positional layout read against its schema: each field's reader, worked out once per answer."""

    def __init__(self, fields: Layout, schema: dict[str, Any], resolve: Any) -> None:
        properties = _properties(schema, resolve)
        self.fields: list[_Field] = []
        for field in fields:
            if isinstance(field, str):
                self.fields.append(_Scalar(field, _converter(_kinds(properties.get(field, {}), resolve))))
                continue
            child_schema = resolve(properties.get(field["name"], {}))
            if "items" in field:
                item_schema = resolve(child_schema.get("items", {}))
                self.fields.append(_Items(field["name"], _Reader(field["items"], item_schema, resolve)))
            elif field.get("named"):
                child_properties = _properties(child_schema, resolve)
                converters = {
                    tag: _converter(_kinds(child_properties.get(tag, {}), resolve)) for tag in field["fields"]
                }
                self.fields.append(_Named(field["name"], converters))
            else:
                self.fields.append(_Object(field["name"], _Reader(field["fields"], child_schema, resolve)))
        self.lists = [(position, field) for position, field in enumerate(self.fields) if isinstance(field, _Items)]
        # A layout of scalars only (a list item's, usually) is read by one loop over its scalars.
        self.scalars = [field for field in self.fields if isinstance(field, _Scalar)]
        self.flat = len(self.scalars) == len(self.fields)

    def read(self, entries: list[Element], lists: dict[int, _ListReading] | None = None) -> dict[str, Any]:
        """``lists``: the lists already partly read while the document was parsed, by position."""
        payload: dict[str, Any] = {}
        # Entries past the declared layout are ignored: a vendor adding a field must not break parsing.
        for position, (entry, field) in enumerate(zip(entries, self.fields, strict=False)):
            if isinstance(field, _Items):
                payload[field.name] = field.read_list(entry, None if lists is None else lists.get(position))
            else:
                payload[field.name] = field.read(entry)
        return payload


class _Field:
    name: str

    def read(self, entry: Element) -> Any:
        raise NotImplementedError


class _Scalar(_Field):
    def __init__(self, name: str, convert: Converter | None) -> None:
        self.name = name
        self.convert = convert

    def read(self, entry: Element) -> Any:
        if len(entry):
            raise ResponseFormatError(f"XML field {self.name!r} holds elements where a value was expected")
        text = _text(entry)
        return text if self.convert is None else self.convert(text)


class _Object(_Field):
    """A nested object whose members are positional entries too."""

    def __init__(self, name: str, reader: _Reader) -> None:
        self.name = name
        self.reader = reader

    def read(self, entry: Element) -> Any:
        _expect_elements(entry, self.name)
        return self.reader.read(list(entry))


class _Named(_Field):
    """A nested object whose members are named elements (``<username>``); unknown names are ignored."""

    def __init__(self, name: str, converters: dict[str, Converter | None]) -> None:
        self.name = name
        self.converters = converters

    def read(self, entry: Element) -> Any:
        _expect_elements(entry, self.name)
        named: dict[str, Any] = {}
        for child in entry:
            if child.tag in self.converters:
                if len(child):
                    raise ResponseFormatError(
                        f"XML field {self.name}.{child.tag} holds elements where a value was expected"
                    )
                convert = self.converters[child.tag]
                named[child.tag] = _text(child) if convert is None else convert(_text(child))
        return named


class _Items(_Field):
    """A list: one entry holding an entry per item, each item read by the item layout."""

    def __init__(self, name: str, reader: _Reader) -> None:
        self.name = name
        self.reader = reader

    def read_list(self, entry: Element, reading: _ListReading | None) -> list[dict[str, Any]]:
        _expect_elements(entry, self.name)
        if reading is None:
            reading = _ListReading(self)
        if reading.error is not None:
            raise reading.error
        reading.add(entry)
        return reading.items


class _ListReading:
    """The items of one list read so far, and the texts its fields share."""

    def __init__(self, field: _Items) -> None:
        self.field = field
        self.items: list[dict[str, Any]] = []
        self.error: ResponseFormatError | None = None  # met while streaming; raised when the list's turn comes
        # Per field, the values of the first texts met: a repeated text (a status) is converted once
        # and its value kept once; a field of distinct texts (phone numbers) soon stops adding.
        self.scalars: tuple[tuple[str, Converter | None, dict[str, Any]], ...] = tuple(
            (scalar.name, scalar.convert, {}) for scalar in field.reader.scalars
        )

    def add(self, items: Iterable[Element]) -> None:
        reader = self.field.reader
        append = self.items.append
        if not reader.flat:
            for item in items:
                _expect_elements(item, "an item of", self.field.name)
                append(reader.read(list(item)))
            return
        scalars, limit = self.scalars, KNOWN_TEXTS
        for item in items:
            values: dict[str, Any] = {}
            # Items longer than the layout are read as far as it goes, shorter ones as far as they go.
            # No strict= here: a keyword argument sends every zip() call down CPython's slow call path,
            # a fifth of this loop's time.
            for (name, convert, known), child in zip(scalars, item):  # noqa: B905
                if len(child):
                    raise ResponseFormatError(f"XML field {name!r} holds elements where a value was expected")
                text = child.text
                # A known text has no surrounding space, so a text found as it is needs no strip().
                if text in known:
                    values[name] = known[text]
                    continue
                text = text.strip() if text else ""
                if text in known:
                    values[name] = known[text]
                    continue
                value = text if convert is None else convert(text)
                if len(known) < limit:
                    known[text] = value
                values[name] = value
            if not values:  # no child: an item written as text is the wrong shape
                _expect_elements(item, "an item of", self.field.name)
            append(values)


class _Stream:
    """Reads the complete items of the top-level lists while the document is parsed, and drops them.

    Only a success answer whose root is the expected one is streamed (an error answer's layout is
    chosen from the whole document, and is small). An item is complete once the next one has
    started; the last one of each list waits for the end. A wrong item stops the streaming of its
    list, and its error waits for the list's turn in ``_Reader.read``, after the parser's verdict
    and the fields before it.
    """

    def __init__(self, holder: Element, root_tag: str, reader: _Reader) -> None:
        self.holder = holder
        self.root_tag = root_tag
        self.reader = reader
        self.root: Element | None = None
        self.on = bool(reader.lists)
        self.lists: dict[int, _ListReading] = {}

    def advance(self) -> None:
        if not self.on:
            return
        root = self.root
        if root is None:
            if not len(self.holder):
                return
            root = self.holder[0]
            if root.tag != self.root_tag:
                self.on = False
                return
            self.root = root
        if len(root) < 2:
            return  # the success flag is not complete yet
        if _text(root[0]).lower() == "false":
            self.on = False
            return
        for position, field in self.reader.lists:
            if len(root) <= position:
                break
            entry = root[position]
            complete = len(entry) - 1
            if complete <= 0:
                continue
            reading = self.lists.get(position)
            if reading is None:
                reading = self.lists[position] = _ListReading(field)
            elif reading.error is not None:
                continue
            try:
                reading.add(entry[:complete])
            except ResponseFormatError as error:
                reading.error = error
            else:
                del entry[:complete]


def _expect_elements(entry: Element, name: str, item_of: str | None = None) -> None:
    """A structured field is elements (or nothing, for an empty list); text there is the wrong shape."""
    if not len(entry) and _text(entry):
        what = name if item_of is None else f"{name} {item_of}"
        raise ResponseFormatError(f"XML field {what} holds a value where elements were expected")


def _kinds(schema: dict[str, Any], resolve: Any) -> list[str]:
    """The JSON types a property's schema allows, its oneOf/anyOf members' included."""
    schema = resolve(schema)
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    for member in schema.get("oneOf", []) + schema.get("anyOf", []):
        member_type = resolve(member).get("type", [])
        kinds += [member_type] if isinstance(member_type, str) else member_type
    return kinds


def _converter(kinds: list[str]) -> Converter | None:
    """How a field's text becomes its value; None when it stays text (no boolean, number or null type)."""
    if CONVERTED_KINDS.isdisjoint(kinds):
        return None
    return lambda text: scalar_from_text(text, kinds)
