"""Load the vendor specs and check them before anything is generated from them.

Every problem is reported as ``<file>: <where>: <reason>`` where ``<where>`` names the operation
(``operation send_message (POST /send)``) or the document part, and all problems of all specs are
reported together.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, best_match
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from . import SPEC_SUFFIX, SPECS_DIR, GenerationError

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
CONFIDENCE_GRADES = {"high", "medium", "low"}
UNIFIED_STATES = {"queued", "sent", "delivered", "undelivered", "expired", "rejected", "canceled", "unknown"}
ERROR_CLASSES = {
    "APIError",
    "AuthenticationError",
    "NotFoundError",
    "InvalidRequestError",
    "InsufficientCreditError",
    "RateLimitError",
    "ServerError",
}
REGION_CODE = re.compile(r"^[A-Z]{2}$")
OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
PATH_TEMPLATE_NAME = re.compile(r"{([^{}]+)}")
SPEC_URI = "urn:smsgate:spec"
# The keywords an x-smsgate-query-schema may use: the override layer reads them without jsonschema.
QUERY_RULE_KEYWORDS = frozenset({"required", "oneOf", "anyOf", "allOf", "not", "description"})
UNRESOLVED_PATH_PARAMETER = re.compile(r"Path parameter '.*' for '.*' operation in '.*' was not resolved")


@dataclass(frozen=True)
class Operation:
    """An operation under ``paths`` (a call smsgate makes) or under ``webhooks`` (a call the vendor makes)."""

    path: str  # the path template, or the webhook's name
    method: str
    operation: dict[str, Any]
    path_item: dict[str, Any]
    webhook: bool = False

    @property
    def operation_id(self) -> str:
        return str(self.operation.get("operationId", "?"))

    @property
    def where(self) -> str:
        kind = "webhook" if self.webhook else "operation"
        return f"{kind} {self.operation_id} ({self.method.upper()} {self.path})"

    @property
    def pointer(self) -> str:
        """The JSON pointer of the operation object in its document."""
        return f"/{'webhooks' if self.webhook else 'paths'}/{_escape(self.path)}/{self.method}"


@dataclass(frozen=True)
class Example:
    """One named example of a request body or response, with the JSON pointer of its schema."""

    operation: Operation
    location: str  # "request" or the response status
    media_type: str
    name: str
    value: Any
    invalid_reason: str | None
    schema_pointer: str
    media: dict[str, Any]

    @property
    def where(self) -> str:
        place = "request body" if self.location == "request" else f"response {self.location}"
        return f"{self.operation.where}: {place} {self.media_type} example {self.name!r}"


@dataclass(frozen=True)
class Spec:
    path: Path
    vendor: str
    document: dict[str, Any]

    def operations(self) -> Iterator[Operation]:
        """The calls smsgate makes (``paths``): each one becomes a generated module."""
        for path, path_item in self.document.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in path_item:
                    yield Operation(path, method, path_item[method], path_item)

    def webhooks(self) -> Iterator[Operation]:
        """The calls the vendor makes to the customer's URLs (``webhooks``): payloads only, no generated call."""
        for name, path_item in self.document.get("webhooks", {}).items():
            for method in HTTP_METHODS:
                if method in path_item:
                    yield Operation(name, method, path_item[method], path_item, webhook=True)

    def examples(self) -> Iterator[Example]:
        """Every named example of every operation and webhook: request bodies and responses."""
        for operation in [*self.operations(), *self.webhooks()]:
            places: list[tuple[str, str, dict[str, Any]]] = []
            request_body = operation.operation.get("requestBody")
            if request_body:
                places.append(("request", "requestBody", request_body))
            for status, response in operation.operation.get("responses", {}).items():
                places.append((status, f"responses/{_escape(status)}", response))
            for location, pointer, holder in places:
                for media_type, media in holder.get("content", {}).items():
                    for name, example in (media.get("examples") or {}).items():
                        yield Example(
                            operation=operation,
                            location=location,
                            media_type=media_type,
                            name=name,
                            value=example.get("value"),
                            invalid_reason=example.get("x-smsgate-invalid"),
                            schema_pointer=f"{operation.pointer}/{pointer}/content/{_escape(media_type)}/schema",
                            media=media,
                        )

    def parameters(self, operation: Operation) -> list[dict[str, Any]]:
        """Path-item and operation parameters, resolved, the operation's winning on (name, in)."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for parameter in [*operation.path_item.get("parameters", []), *operation.operation.get("parameters", [])]:
            resolved = self.resolve(parameter)
            merged[(resolved.get("name", ""), resolved.get("in", ""))] = resolved
        return list(merged.values())

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` chains."""
        seen = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                raise GenerationError(f"{self.path.name}: cannot resolve $ref {ref!r}")
            seen.add(ref)
            node = self.document
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def validator(self, schema_pointer: str) -> Draft202012Validator:
        registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(self.document))
        return Draft202012Validator({"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=registry)


def _trail(parts: Any) -> str:
    """A readable location inside the document: paths['/send'].post.responses['200']."""
    text = ""
    for part in parts:
        text += f"[{str(part)!r}]" if not str(part).isidentifier() else f".{part}"
    return text.lstrip(".") or "(root)"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class _SpecLoader(yaml.SafeLoader):
    """Safe YAML with JSON semantics: string keys, no implicit dates, duplicate keys refused."""


def _construct_mapping(loader: _SpecLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = str(loader.construct_object(key_node, deep=True))
        if key in mapping:
            raise GenerationError(f"line {key_node.start_mark.line + 1}: duplicate key {key!r}")
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_SpecLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_document(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as stream:
            document = yaml.load(stream, Loader=_SpecLoader)
    except GenerationError as error:
        raise GenerationError(f"{path.name}: {error}") from error
    except yaml.YAMLError as error:
        raise GenerationError(f"{path.name}: not valid YAML: {error}") from error
    if not isinstance(document, dict):
        raise GenerationError(f"{path.name}: the document is not a mapping")
    return document


def spec_paths(specs_dir: Path = SPECS_DIR) -> list[Path]:
    return sorted(specs_dir.glob(f"*{SPEC_SUFFIX}"))


def load_spec(path: Path) -> Spec:
    document = load_document(path)
    vendor = path.name.removesuffix(SPEC_SUFFIX)
    return Spec(path=path, vendor=vendor, document=document)


def load_specs(specs_dir: Path = SPECS_DIR) -> list[Spec]:
    """Load and check every vendor spec; raise one GenerationError listing every problem."""
    specs: list[Spec] = []
    problems: list[str] = []
    for path in spec_paths(specs_dir):
        try:
            spec = load_spec(path)
        except GenerationError as error:
            problems.append(str(error))
            continue
        problems.extend(f"{path.name}: {problem}" for problem in check_spec(spec))
        specs.append(spec)
    if not specs and not problems:
        problems.append(f"{specs_dir}: no *{SPEC_SUFFIX} file")
    if problems:
        raise GenerationError("\n".join(problems))
    return specs


def check_spec(spec: Spec) -> list[str]:
    """Every problem of one spec, as ``<where>: <reason>`` lines."""
    # Our operation checks come first: they name the operation, where the validator names a path.
    try:
        problems = _check_operations(spec)
    except (AttributeError, KeyError, TypeError, GenerationError):
        problems = []  # the document is too broken for them; the validator says why
    validation = [
        f"document {_trail(error.absolute_path)}: {error.message}"
        for error in OpenAPIV31SpecValidator(spec.document).iter_errors()
        if not (UNRESOLVED_PATH_PARAMETER.match(error.message) and problems)
    ]
    if validation:
        # The remaining checks assume a structurally valid document.
        return problems + validation
    problems += _check_info(spec)
    problems += _check_examples(spec)
    problems += _check_open_vocabularies(spec)
    problems += _check_state_tables(spec)
    problems += _check_error_codes(spec)
    problems += _check_webhook_events(spec)
    return problems


def _check_info(spec: Spec) -> list[str]:
    declared = spec.document["info"].get("x-smsgate-vendor")
    if declared != spec.vendor:
        return [f"info: x-smsgate-vendor is {declared!r}, the file name says {spec.vendor!r}"]
    return []


def _check_operations(spec: Spec) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    # Webhooks follow the same rules: their payload classes and names must stay as stable.
    for operation in [*spec.operations(), *spec.webhooks()]:
        op = operation.operation
        where = operation.where
        operation_id = op.get("operationId")
        if not operation_id:
            problems.append(f"{where}: no operationId")
        elif not OPERATION_ID.match(operation_id):
            problems.append(f"{where}: operationId {operation_id!r} is not snake_case")
        elif operation_id in seen:
            problems.append(f"{where}: operationId {operation_id!r} is also used by {seen[operation_id]}")
        else:
            seen[operation_id] = where
        if len(op.get("tags", [])) != 1:
            problems.append(f"{where}: needs exactly one tag, has {op.get('tags', [])}")
        if op.get("x-smsgate-confidence") not in CONFIDENCE_GRADES:
            problems.append(f"{where}: x-smsgate-confidence must be one of {sorted(CONFIDENCE_GRADES)}")
        if not isinstance(op.get("x-smsgate-idempotent", True), bool):
            problems.append(f"{where}: x-smsgate-idempotent must be true or false")
        sends = op.get("x-smsgate-sends", False)
        if not isinstance(sends, bool):
            problems.append(f"{where}: x-smsgate-sends must be true or false")
        elif sends and op.get("x-smsgate-idempotent", operation.method in ("get", "head")):
            problems.append(f"{where}: x-smsgate-sends on an idempotent operation: a send is never replayed")
        regions = op.get("x-smsgate-send-regions")
        if regions is not None and not (
            sends is True
            and isinstance(regions, list)
            and regions
            and all(isinstance(r, str) and (r == "*" or REGION_CODE.match(r)) for r in regions)
        ):
            problems.append(
                f"{where}: x-smsgate-send-regions must be a non-empty list of ISO 3166 codes or '*', on a send"
            )
        problems += _check_consent(operation)
        templated = PATH_TEMPLATE_NAME.findall(operation.path)
        declared = {str(p.get("name")) for p in spec.parameters(operation) if p.get("in") == "path"}
        for name in templated:
            if name not in declared:
                problems.append(f"{where}: path parameter {{{name}}} is not declared")
        for name in sorted(declared - set(templated)):
            problems.append(f"{where}: path parameter {name!r} is declared but not in the path")
        problems += _check_named_schemas(operation)
        problems += _check_xml_orders(spec, operation)
        problems += _check_query_schema(spec, operation)
    return problems + _check_consent_unique(spec)


CONSENT_LISTS = {"stop": ("list", "add", "remove"), "bounce": ("list", "add", "remove"), "reply": ("list",)}
CONSENT_BY = ("reference", "campaign")  # what a reply list is asked for


def _check_consent(operation: Operation) -> list[str]:
    """``x-smsgate-consent``: ``{list: stop|bounce|reply, action: list|add|remove[, by: reference|campaign]}``."""
    tag = operation.operation.get("x-smsgate-consent")
    if tag is None:
        return []
    where = f"{operation.where}: x-smsgate-consent"
    if not isinstance(tag, dict) or set(tag) - {"list", "action", "by"}:
        return [f"{where} must be an object of list, action and (for replies) by"]
    kind, action, by = tag.get("list"), tag.get("action"), tag.get("by")
    if kind not in CONSENT_LISTS or action not in CONSENT_LISTS[kind]:
        return [f"{where}: {kind!r}/{action!r} is not one of {CONSENT_LISTS}"]
    if (kind == "reply") != (by is not None) or (by is not None and by not in CONSENT_BY):
        return [f"{where}: by ({', '.join(CONSENT_BY)}) is required on a reply list, and only there"]
    if action == "list" and operation.method != "get":
        return [f"{where}: a list is read with GET, not {operation.method.upper()}"]
    if operation.operation.get("x-smsgate-sends"):
        return [f"{where}: an opt-out operation sends no SMS"]
    return []


def _check_consent_unique(spec: Spec) -> list[str]:
    seen: dict[tuple[object, ...], str] = {}
    problems = []
    for operation in spec.operations():
        tag = operation.operation.get("x-smsgate-consent")
        if isinstance(tag, dict):
            key = (tag.get("list"), tag.get("action"), tag.get("by"))
            if key in seen:
                problems.append(f"{operation.where}: x-smsgate-consent {tag} is also on {seen[key]}")
            seen[key] = operation.where
    return problems


def _check_query_schema(spec: Spec, operation: Operation) -> list[str]:
    """``x-smsgate-query-schema`` is a JSON Schema whose ``required`` lists name declared query parameters."""
    rule = operation.operation.get("x-smsgate-query-schema")
    if rule is None:
        return []
    where = f"{operation.where}: x-smsgate-query-schema"
    try:
        Draft202012Validator.check_schema(rule)
    except SchemaError as error:
        return [f"{where}: not a JSON Schema: {error.message}"]
    unsupported = sorted(_keywords(rule) - QUERY_RULE_KEYWORDS)
    if unsupported:
        # The override layer reads the rule without jsonschema (a runtime dependency it does not have).
        return [f"{where}: keywords {unsupported} are not read at run time (allowed: {sorted(QUERY_RULE_KEYWORDS)})"]
    declared = {str(p.get("name")) for p in spec.parameters(operation) if p.get("in") == "query"}
    named = _required_names(rule)
    if not named:
        return [f"{where}: names no parameter in a `required` list"]
    return [f"{where}: {name!r} is not a query parameter of the operation" for name in named if name not in declared]


def _keywords(node: Any) -> set[str]:
    """Every schema keyword used in a rule whose subschemas sit under allOf/anyOf/oneOf/not."""
    if not isinstance(node, dict):
        return set()
    found = set(node)
    for key in ("allOf", "anyOf", "oneOf"):
        for member in node.get(key, []) if isinstance(node.get(key), list) else []:
            found |= _keywords(member)
    return found | _keywords(node.get("not"))


def _required_names(node: Any) -> list[str]:
    """Every name listed under a ``required`` keyword anywhere in a schema."""
    if isinstance(node, list):
        return [name for item in node for name in _required_names(item)]
    if not isinstance(node, dict):
        return []
    names = [str(name) for name in node.get("required", []) if isinstance(node.get("required"), list)]
    return names + [name for key, value in node.items() if key != "required" for name in _required_names(value)]


def _check_named_schemas(operation: Operation) -> list[str]:
    problems = []
    holders = [("request body", operation.operation.get("requestBody") or {})]
    holders += [(f"response {status}", r) for status, r in operation.operation.get("responses", {}).items()]
    for place, holder in holders:
        for media_type, media in holder.get("content", {}).items():
            schema = media.get("schema", {})
            target = schema.get("items", schema) if schema.get("type") == "array" else schema
            if "$ref" not in target:
                problems.append(f"{operation.where}: {place} {media_type} schema must $ref a named component schema")
    return problems


def _check_xml_orders(spec: Spec, operation: Operation) -> list[str]:
    problems = []
    for status, response in operation.operation.get("responses", {}).items():
        media = response.get("content", {}).get("application/xml")
        if not media or "x-smsgate-xml" not in media:
            continue
        schema = spec.resolve(media.get("schema", {}))
        for message in _check_xml_fields(spec, schema, media["x-smsgate-xml"].get("fields", []), "fields"):
            problems.append(f"{operation.where}: response {status} x-smsgate-xml {message}")
    return problems


def _check_xml_fields(spec: Spec, schema: dict[str, Any], fields: list[Any], where: str) -> Iterator[str]:
    properties = _all_properties(spec, schema)
    for index, field in enumerate(fields):
        name = field if isinstance(field, str) else field.get("name") if isinstance(field, dict) else None
        if not isinstance(name, str):
            yield f"{where}[{index}]: a field is a property name or a mapping with a name"
            continue
        if name not in properties:
            yield f"{where}[{index}]: {name!r} is not a property of the response schema"
            continue
        if isinstance(field, dict):
            child = spec.resolve(properties[name])
            if "items" in field:
                item_schema = spec.resolve(child.get("items", {}))
                yield from _check_xml_fields(spec, item_schema, field["items"], f"{where}[{index}].items")
            if "fields" in field:
                yield from _check_xml_fields(spec, child, field["fields"], f"{where}[{index}].fields")


def _all_properties(spec: Spec, schema: dict[str, Any]) -> dict[str, Any]:
    """Properties of a schema, including those of allOf/anyOf/oneOf members."""
    schema = spec.resolve(schema)
    properties = dict(schema.get("properties", {}))
    for keyword in ("allOf", "anyOf", "oneOf"):
        for member in schema.get(keyword, []):
            properties.update(_all_properties(spec, member))
    return properties


def _check_examples(spec: Spec) -> list[str]:
    problems = []
    for example in spec.examples():
        if example.invalid_reason:
            continue
        if "xml" in example.media_type:
            problems += _check_xml_example(example)
            continue
        errors = list(spec.validator(example.schema_pointer).iter_errors(example.value))
        if errors:
            error = best_match(errors)
            problems.append(f"{example.where}: {error.message} (at {_trail(error.absolute_path)})")
    return problems


def _check_xml_example(example: Example) -> list[str]:
    if not isinstance(example.value, str):
        return [f"{example.where}: an XML example value must be the document as a string"]
    try:
        ElementTree.fromstring(example.value.strip())
    except ElementTree.ParseError as error:
        return [f"{example.where}: not well-formed XML: {error}"]
    return []


def _check_open_vocabularies(spec: Spec) -> list[str]:
    """No closed enum anywhere a response can reach: a new vendor word would break parsing."""
    problems: list[str] = []
    seen: set[int] = set()

    def walk(node: Any, trail: str) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                target = spec.resolve(node)
                if id(target) in seen:
                    return
                seen.add(id(target))
                walk(target, node["$ref"])
                return
            if "enum" in node:
                problems.append(f"{trail}: closed enum {node['enum']} in a response schema (keep it open)")
            for key, value in node.items():
                if key not in ("example", "examples", "enum", "const", "default"):
                    walk(value, trail)
        elif isinstance(node, list):
            for item in node:
                walk(item, trail)

    for operation in spec.operations():
        for status, response in operation.operation.get("responses", {}).items():
            for media_type, media in spec.resolve(response).get("content", {}).items():
                walk(media.get("schema", {}), f"{operation.where}: response {status} {media_type}")
    return sorted(set(problems))


def _check_state_tables(spec: Spec) -> list[str]:
    problems = []
    for vocabulary, table in spec.document.get("x-smsgate-delivery-states", {}).items():
        where = f"x-smsgate-delivery-states.{vocabulary}"
        schema_name = table.get("schema")
        if schema_name is not None:  # absent when no documented answer carries the words
            schema = spec.document.get("components", {}).get("schemas", {}).get(schema_name)
            if schema is None:
                problems.append(f"{where}: schema {schema_name!r} is not in components.schemas")
            elif table.get("property") not in _all_properties(spec, schema):
                problems.append(f"{where}: {schema_name} has no property {table.get('property')!r}")
        for word, entry in table.get("states", {}).items():
            if entry.get("state") not in UNIFIED_STATES:
                problems.append(f"{where}.{word}: state {entry.get('state')!r} is not one of {sorted(UNIFIED_STATES)}")
            if not isinstance(entry.get("final"), bool):
                problems.append(f"{where}.{word}: final must be true or false")
    return problems


# x-smsgate-event (webhooks): the unified events, the members each may map and those it must.
EVENT_FIELDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "delivery": (
        frozenset({"message_id", "phone_number", "state", "at", "stop", "reference"}),
        frozenset({"message_id", "state"}),
    ),
    "inbound": (
        frozenset({"phone_number", "text", "to", "message_id", "keyword", "at"}),
        frozenset({"phone_number", "text"}),
    ),
    "opt_out": (frozenset({"phone_number", "text", "to", "message_id", "at"}), frozenset({"phone_number"})),
    "hlr": (
        frozenset({"phone_number", "message_id", "state", "network", "ported", "description", "at"}),
        frozenset({"phone_number", "state"}),
    ),
}
EVENT_PURPOSES = {"delivery": "delivery", "inbound": "reply", "opt_out": "reply", "hlr": "hlr"}
EVENT_TIMES = frozenset({"iso8601", "paris", "smspartner", "epoch_ms"})
EVENT_KEYS = frozenset({"event", "when", "fields", "states", "time", "parts"})
PARTS_KEYS = frozenset({"flag", "ref", "total", "part"})


def _check_webhook_events(spec: Spec) -> list[str]:
    """Every webhook says, in ``x-smsgate-event``, which unified event its payload is (CONVENTIONS.md)."""
    problems: list[str] = []
    vocabularies = spec.document.get("x-smsgate-delivery-states", {})
    for webhook in spec.webhooks():
        where = f"{webhook.where}: x-smsgate-event"
        mapping = webhook.operation.get("x-smsgate-event")
        if not isinstance(mapping, dict):
            problems.append(f"{where} is missing: every webhook maps its payload to a unified event")
            continue
        unknown = set(mapping) - EVENT_KEYS - {"purpose", "json-field", "cases"}
        if unknown:
            problems.append(f"{where}: unknown member(s) {sorted(unknown)}")
        cases = mapping.get("cases")
        if cases is None:
            cases = [{k: v for k, v in mapping.items() if k in EVENT_KEYS}]
        if not isinstance(cases, list) or not cases:
            problems.append(f"{where}: cases must be a non-empty list")
            continue
        json_field = mapping.get("json-field")
        if json_field is not None and not (isinstance(json_field, str) and json_field):
            problems.append(f"{where}: json-field must be a form field name or '*'")
        content = spec.resolve(webhook.operation.get("requestBody", {})).get("content", {})
        # The members are the JSON payload's (in a form variant, the same schema or the JSON in a field).
        media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
        payload = spec.resolve(media.get("schema", {}))
        for index, case in enumerate(cases):
            here = f"{where} case {index + 1}" if "cases" in mapping else where
            problems += _check_event_case(spec, case, mapping.get("purpose"), payload, vocabularies, here)
    return problems


def _check_event_case(
    spec: Spec, case: Any, purpose: Any, payload: dict[str, Any], vocabularies: dict[str, Any], where: str
) -> list[str]:
    if not isinstance(case, dict):
        return [f"{where}: a case is a mapping"]
    event = case.get("event")
    if event not in EVENT_FIELDS:
        return [f"{where}: event {event!r} is not one of {sorted(EVENT_FIELDS)}"]
    problems = [f"{where}: unknown member(s) {sorted(set(case) - EVENT_KEYS)}"] if set(case) - EVENT_KEYS else []
    if purpose != EVENT_PURPOSES[event]:
        problems.append(f"{where}: a {event} event arrives on a {EVENT_PURPOSES[event]!r} URL, purpose is {purpose!r}")
    allowed, required = EVENT_FIELDS[event]
    fields = case.get("fields")
    if not isinstance(fields, dict):
        return [*problems, f"{where}: fields must map unified members to payload members"]
    for name in sorted(set(fields) - allowed):
        problems.append(f"{where}: {event} has no member {name!r} (it has {sorted(allowed)})")
    for name in sorted(required - set(fields)):
        problems.append(f"{where}: {event} needs {name!r} in fields")
    for name, paths in fields.items():
        # A list gives other spellings of one member: the first is declared, the others may be
        # members an open schema allows (a payload the vendor does not document).
        for rank, path in enumerate(paths if isinstance(paths, list) else [paths]):
            if not isinstance(path, str) or not path:
                problems.append(f"{where}: fields.{name} must be a payload member or a list of them")
            elif not _declares_path(spec, payload, path.split("/"), declared=rank == 0):
                member = path.rsplit("/", 1)[-1]
                problems.append(f"{where}: fields.{name}: the payload schema has no member {member!r} ({path})")
    for when in (case.get("when") or {}).items():
        if not _declares_path(spec, payload, when[0].split("/")):
            problems.append(f"{where}: when: the payload schema has no member {when[0]!r}")
    states = case.get("states")
    names = states if isinstance(states, list) else [states] if states is not None else []
    if ("state" in fields) != bool(names):
        problems.append(f"{where}: states names the x-smsgate-delivery-states vocabularies of fields.state")
    for name in names:
        if name not in vocabularies:
            problems.append(f"{where}: states: {name!r} is not in x-smsgate-delivery-states")
    if "at" in fields and case.get("time") not in EVENT_TIMES:
        problems.append(f"{where}: time must be one of {sorted(EVENT_TIMES)} (how fields.at is written)")
    parts = case.get("parts")
    if parts is not None:
        if event != "inbound" or not isinstance(parts, dict) or set(parts) != PARTS_KEYS:
            problems.append(f"{where}: parts (inbound only) maps each of {sorted(PARTS_KEYS)} to a payload member")
        else:
            problems += [
                f"{where}: parts.{key}: the payload schema has no member {member!r}"
                for key, member in parts.items()
                if not _declares_path(spec, payload, str(member).split("/"))
            ]
    return problems


def _declares_path(spec: Spec, schema: dict[str, Any], path: list[str], *, declared: bool = True) -> bool:
    """Whether ``schema`` has the member at ``path``: declared, or (``declared=False``, for a
    second spelling) allowed by an open schema; a schema without properties may hold any member."""
    schema = spec.resolve(schema)
    if not path:
        return True
    properties = _all_properties(spec, schema)
    if path[0] in properties:
        return _declares_path(spec, properties[path[0]], path[1:], declared=declared)
    is_open = schema.get("additionalProperties", True) is not False
    return is_open and (not properties or not declared)


def _check_error_codes(spec: Spec) -> list[str]:
    return [
        f"x-smsgate-error-codes.{code}: error {entry.get('error')!r} is not one of {sorted(ERROR_CLASSES)}"
        for code, entry in spec.document.get("x-smsgate-error-codes", {}).items()
        if entry.get("error") not in ERROR_CLASSES
    ]


def to_json(document: dict[str, Any]) -> str:
    """The spec as the generated package ships it, for the runtime (no YAML parser needed)."""
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
