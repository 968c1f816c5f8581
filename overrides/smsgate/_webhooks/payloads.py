"""A callback's body read into a unified event, by the spec's ``x-smsgate-event`` of each webhook.

Nothing here knows a vendor: the webhooks of a spec say which payload members make which event
(``specs/CONVENTIONS.md``, "What a callback means"), and the delivery-state tables of ``status()``
say what the words mean. Every failure is a ``WebhookError``: a body matching no declared payload
is a ``WebhookFormatError``, a missing or forged token a ``WebhookAuthenticationError``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .._base.callback_token import CallbackSigner, missing_secret, signer_of, token_of
from .._base.errors import (
    ClientUsageError,
    InvalidArgumentError,
    UnsupportedOperationError,
    WebhookAuthenticationError,
    WebhookFormatError,
)
from .._base.redact import hides_secrets
from .._base.spec import VENDORS, StateEntry, raw_document, resolve_ref, vendor_spec
from .._base.time import from_epoch_ms, from_iso, from_paris_local, from_smspartner
from .events import DeliveryEvent, HlrResult, InboundMessage, OptOutEvent, ReplyPart, WebhookEvent

__all__ = ["Body", "Headers", "Hook", "hooks_of", "parse", "parse_with"]

Body = bytes | bytearray | memoryview | str | Mapping[str, Any]
Headers = Mapping[str, str] | Iterable[tuple[str, str]]
Path = tuple[str, ...]

# An international number as vendors write it, with or without its +.
_INTERNATIONAL = re.compile(r"\+?[1-9][0-9]{5,14}")
_MAX_PARTS = 255  # a concatenated SMS has at most 255 parts (one octet in the UDH)


@dataclass(frozen=True, slots=True)
class Case:
    event: str
    when: tuple[tuple[Path, str], ...]
    fields: dict[str, tuple[Path, ...]]
    states: tuple[str, ...]
    time: str | None
    parts: dict[str, Path] | None


@dataclass(frozen=True, slots=True)
class Hook:
    """One webhook of a spec, as ``parse`` reads it."""

    vendor: str
    operation_id: str
    purpose: str
    json_field: str | None
    required: frozenset[str]
    cases: tuple[Case, ...]


def _paths(value: Any) -> tuple[Path, ...]:
    return tuple(tuple(str(item).split("/")) for item in (value if isinstance(value, list) else [value]))


@cache
def hooks_of(vendor: str) -> tuple[Hook, ...]:
    """The webhooks of ``vendor``'s spec, the one requiring most members first (the most specific)."""
    document = raw_document(vendor)
    hooks = []
    for item in document.get("webhooks", {}).values():
        for operation in item.values():
            mapping = operation["x-smsgate-event"]  # the generator refuses a webhook without one
            content = resolve_ref(document, operation.get("requestBody", {})).get("content", {})
            media = content.get("application/json") or next(iter(content.values()))
            schema = resolve_ref(document, media.get("schema", {}))
            raw_cases = mapping.get("cases") or [mapping]
            cases = tuple(
                Case(
                    event=case["event"],
                    when=tuple(
                        (tuple(key.split("/")), str(value).lower()) for key, value in case.get("when", {}).items()
                    ),
                    fields={name: _paths(paths) for name, paths in case["fields"].items()},
                    states=tuple(case["states"] if isinstance(case.get("states"), list) else [case.get("states")])
                    if case.get("states")
                    else (),
                    time=case.get("time"),
                    parts={key: tuple(str(path).split("/")) for key, path in case["parts"].items()}
                    if case.get("parts")
                    else None,
                )
                for case in raw_cases
            )
            hooks.append(
                Hook(
                    vendor=vendor,
                    operation_id=operation["operationId"],
                    purpose=mapping["purpose"],
                    json_field=mapping.get("json-field"),
                    required=frozenset(schema.get("required", ())),
                    cases=cases,
                )
            )
    return tuple(sorted(hooks, key=lambda hook: -len(hook.required)))


@hides_secrets
def parse(
    vendor: str,
    body: Body,
    *,
    headers: Headers | None = None,
    url: str | None = None,
    secret: str | bytes | None = None,
    verify: bool = True,
) -> WebhookEvent:
    """The unified event of one callback ``vendor`` posted, its token checked.

    ``body`` is the request body as received (bytes or text: JSON, a form, or a form field holding
    the JSON), or a form already decoded by your framework (``request.POST``, ``request.form``).
    ``url`` is the URL the vendor called (the path and ``?smsgate=`` token smsgate added to your
    callback URL); ``secret`` the webhook secret the URL was signed with (default:
    ``$SMSGATE_WEBHOOK_SECRET``). ``headers`` gives the content type. ``verify=False`` reads a body
    without checking any token (your tests; never a public endpoint).

    Returns a ``DeliveryEvent``, ``InboundMessage``, ``OptOutEvent`` or ``HlrResult``. Raises
    ``WebhookAuthenticationError`` for a missing or forged token (answer 403),
    ``WebhookFormatError`` for a body that is none of the vendor's payloads (answer 400).
    """
    signer = None
    if verify:
        signer = signer_of(secret)
        if signer is None:
            raise ClientUsageError(missing_secret("smsgate.webhooks.parse"))
    if url is not None and not isinstance(url, str):
        raise InvalidArgumentError(f"url must be the URL the vendor called, as a str, not a {type(url).__name__}")
    try:
        parts = urlsplit(url or "")
    except ValueError:  # a malformed host ("http://[::1"): no URL smsgate signed
        raise WebhookAuthenticationError("the callback URL cannot be read: no URL smsgate signed") from None
    return parse_with(
        vendor,
        body,
        content_type=_content_type(headers),
        path=parts.path,
        query=parts.query,
        signer=signer,
        verify=verify,
    )


def parse_with(
    vendor: str,
    body: Body,
    *,
    content_type: str | None,
    path: str,
    query: str,
    signer: CallbackSigner | None,
    verify: bool = True,
) -> WebhookEvent:
    """``parse`` with the secret already read and the URL split (the receivers read both once)."""
    if vendor not in VENDORS:
        shown = repr(vendor) if isinstance(vendor, str) else f"a {type(vendor).__name__}"
        raise InvalidArgumentError(f"unknown vendor {shown}; expected one of {', '.join(VENDORS)}")
    hooks = hooks_of(vendor)
    if not hooks:
        raise UnsupportedOperationError(
            f"{vendor} calls no URL back: follow delivery with client.status() or client.wait()", vendor=vendor
        )
    purpose = None
    if verify:
        if signer is None:
            raise ClientUsageError(missing_secret("smsgate.webhooks.parse"))
        claims = signer.verify(token_of(query), path)
        if claims.vendor != vendor:
            raise WebhookAuthenticationError(
                f"this callback URL was signed for {claims.vendor!r}, not {vendor!r}", vendor=vendor
            )
        purpose = claims.purpose
    payload = decode(body, content_type, vendor)
    problems: list[str] = []
    for hook in hooks:
        if purpose is not None and hook.purpose != purpose:
            continue
        data = _unwrapped(payload, hook.json_field)
        missing = sorted(name for name in hook.required if name not in data)
        if missing:
            problems.append(f"{hook.operation_id}: no {', '.join(missing)}")
            continue
        try:
            return _event(hook, data)
        except WebhookFormatError as error:
            problems.append(f"{hook.operation_id}: {error.message}")
    if purpose is not None:
        _refuse_another_purpose(hooks, payload, purpose, vendor)
    raise WebhookFormatError(f"the body is none of {vendor}'s callback payloads ({'; '.join(problems)})", vendor=vendor)


def _refuse_another_purpose(hooks: tuple[Hook, ...], payload: dict[str, Any], purpose: str, vendor: str) -> None:
    """A body that is another purpose's callback (a STOP on a receipt URL) is a forgery, not a typo."""
    for hook in hooks:
        if hook.purpose == purpose:
            continue
        data = _unwrapped(payload, hook.json_field)
        if hook.required <= data.keys():
            try:
                _event(hook, data)
            except WebhookFormatError:
                continue
            raise WebhookAuthenticationError(
                f"this URL was signed for {purpose!r} callbacks; the body is a {hook.purpose!r} one", vendor=vendor
            )


def _content_type(headers: Headers | None) -> str | None:
    """The content type ``headers`` name (a mapping or (name, value) pairs, ASGI's bytes included)."""
    if headers is None:
        return None
    try:
        items = list(headers.items() if isinstance(headers, Mapping) else headers)
    except TypeError:
        raise InvalidArgumentError(
            f"headers must be a mapping or (name, value) pairs, not a {type(headers).__name__}"
        ) from None
    for item in items:
        if not (isinstance(item, tuple | list) and len(item) == 2):
            raise InvalidArgumentError("headers must be a mapping or (name, value) pairs")
        name, value = item
        if isinstance(name, bytes):  # ASGI's raw headers
            name = name.decode("latin-1")
            value = value.decode("latin-1") if isinstance(value, bytes) else value
        if str(name).lower() == "content-type":
            return str(value).lower()
    return None


def decode(body: Body, content_type: str | None, vendor: str) -> dict[str, Any]:
    """The payload as a dict: JSON, or a form (each value text: the last of a repeated field)."""
    if isinstance(body, Mapping):
        return {str(key): value[-1] if isinstance(value, list) and value else value for key, value in body.items()}
    if isinstance(body, bytearray | memoryview):
        body = bytes(body)
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise WebhookFormatError("the body is not UTF-8 text", vendor=vendor) from None
    elif isinstance(body, str):
        text = body
    else:
        raise WebhookFormatError(f"the body is a {type(body).__name__}, not bytes or text", vendor=vendor)
    kind = content_type or ""
    if "json" in kind or (not kind.startswith("application/x-www-form-urlencoded") and text.lstrip()[:1] in "{["):
        try:
            payload = json.loads(text)
        except (ValueError, RecursionError):
            raise WebhookFormatError("the body is not valid JSON", vendor=vendor) from None
        if not isinstance(payload, dict):
            raise WebhookFormatError(f"the JSON body is a {type(payload).__name__}, not an object", vendor=vendor)
        return payload
    if kind.startswith("multipart/"):
        raise WebhookFormatError("multipart bodies are not callbacks any vendor sends", vendor=vendor)
    try:
        return dict(parse_qsl(text, keep_blank_values=True, max_num_fields=1000))
    except ValueError:
        raise WebhookFormatError("the body is not a form (too many fields)", vendor=vendor) from None


def _unwrapped(payload: dict[str, Any], json_field: str | None) -> dict[str, Any]:
    """The JSON a form field holds, where the webhook may post it so (else the payload itself)."""
    if json_field is None:
        return payload
    if json_field == "*":
        held = [value for value in payload.values() if isinstance(value, str) and value.lstrip()[:1] == "{"]
        if len(held) != 1:
            return payload
        candidate: Any = held[0]
    else:
        candidate = payload.get(json_field)
        if not isinstance(candidate, str):
            return payload
    try:
        inner = json.loads(candidate)
    except (ValueError, RecursionError):
        return payload
    return inner if isinstance(inner, dict) else payload


_MISSING = object()


def _at(data: Mapping[str, Any], paths: tuple[Path, ...] | None) -> Any:
    """The first of ``paths`` present in ``data`` (nested members: ``data/id``), else _MISSING."""
    for path in paths or ():
        node: Any = data
        for key in path:
            # The payload is decoded into dicts (``decode``): no other mapping reaches here.
            node = node.get(key, _MISSING) if isinstance(node, dict) else _MISSING
            if node is _MISSING:
                break
        if node is not _MISSING and node is not None and node != "":
            return node
    return _MISSING


def _text(value: Any, name: str, vendor: str, *, required: bool = False) -> str | None:
    if value is _MISSING:
        if required:
            raise WebhookFormatError(f"no {name}", vendor=vendor)
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise WebhookFormatError(f"{name} is a {type(value).__name__}, not text", vendor=vendor)


def _number(value: str | None) -> str | None:
    """E.164 when the vendor wrote international digits (``33612...``, ``+33612...``), else as written."""
    if value is None:
        return None
    stripped = value.strip()
    if _INTERNATIONAL.fullmatch(stripped):
        return stripped if stripped.startswith("+") else f"+{stripped}"
    return stripped


def _flag(value: Any) -> bool | None:
    if value is _MISSING:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "y")
    return None


_TIMES: dict[str, Callable[[Any], datetime | None]] = {
    "iso8601": lambda value: from_iso(value) if isinstance(value, str) else None,
    "paris": lambda value: from_paris_local(value) if isinstance(value, str) else None,
    "smspartner": from_smspartner,
    "epoch_ms": from_epoch_ms,
}


def _time(value: Any, case: Case) -> datetime | None:
    if value is _MISSING or case.time is None:
        return None
    try:
        moment = _TIMES[case.time](value)
    except (TypeError, ValueError, OverflowError):
        return None
    return None if moment is None else moment.astimezone(UTC)


def _state(vendor: str, vocabularies: tuple[str, ...], word: str) -> StateEntry:
    spec = vendor_spec(vendor)
    for vocabulary in vocabularies:
        table = spec.states.get(vocabulary, {})
        entry = table.get(word) or table.get(word.strip())
        if entry is not None:
            return entry
    return spec.state("", word)  # unknown, the word kept by the caller


def _matches(case: Case, data: Mapping[str, Any]) -> bool:
    for path, expected in case.when:
        value = _at(data, (path,))
        if value is _MISSING or str(value).strip().lower() != expected:
            return False
    return True


def _event(hook: Hook, data: dict[str, Any]) -> WebhookEvent:
    vendor = hook.vendor
    case = next((case for case in hook.cases if _matches(case, data)), None)
    if case is None:
        raise WebhookFormatError("no case of its x-smsgate-event holds", vendor=vendor)
    fields = case.fields

    def text(name: str, *, required: bool = False) -> str | None:
        return _text(_at(data, fields.get(name)), name, vendor, required=required)

    at = _time(_at(data, fields.get("at")), case)
    if case.event in ("delivery", "hlr"):
        word = text("state", required=True) or ""
        entry = _state(vendor, case.states, word)
        if case.event == "delivery":
            message_id = (text("message_id", required=True) or "").strip()
            if not message_id:
                raise WebhookFormatError("message_id is empty", vendor=vendor)
            return DeliveryEvent(
                vendor=vendor,
                message_id=message_id,
                phone_number=_number(text("phone_number")),
                state=entry.state,
                final=entry.final,
                vendor_state=word,
                at=at,
                stop=entry.stop or bool(_flag(_at(data, fields.get("stop")))),
                raw=data,
            )
        return HlrResult(
            vendor=vendor,
            phone_number=_number(text("phone_number", required=True)) or "",
            state=entry.state,
            final=entry.final,
            vendor_state=word.strip(),
            message_id=text("message_id"),
            network=text("network"),
            ported=_flag(_at(data, fields.get("ported"))),
            description=text("description"),
            at=at,
            raw=data,
        )
    phone_number = _number(text("phone_number", required=True)) or ""
    if case.event == "opt_out":
        return OptOutEvent(
            vendor=vendor,
            phone_number=phone_number,
            text=text("text"),
            to=_number(text("to")),
            message_id=text("message_id"),
            at=at,
            raw=data,
        )
    return InboundMessage(
        vendor=vendor,
        phone_number=phone_number,
        text=text("text", required=True) or "",
        to=_number(text("to")),
        message_id=text("message_id"),
        keyword=text("keyword"),
        at=at,
        part=_part(case, data, vendor),
        raw=data,
    )


def _part(case: Case, data: Mapping[str, Any], vendor: str) -> ReplyPart | None:
    """The part a concatenated reply's callback carries (None: a whole reply)."""
    if case.parts is None or not _flag(_at(data, (case.parts["flag"],))):
        return None
    values = [_at(data, (case.parts[key],)) for key in ("ref", "part", "total")]
    if any(value is _MISSING for value in values):
        raise WebhookFormatError("a part of a long reply without its ref, part and total", vendor=vendor)
    ref = _text(values[0], "ref", vendor) or ""
    try:
        number, total = int(str(values[1]).strip()), int(str(values[2]).strip())
    except ValueError:
        raise WebhookFormatError("a long reply's part and total are not whole numbers", vendor=vendor) from None
    if not 1 <= number <= total <= _MAX_PARTS:
        raise WebhookFormatError(f"part {number} of {total} is not a part of a long reply", vendor=vendor)
    return ReplyPart(ref=ref, number=number, total=total)
