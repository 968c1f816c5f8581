"""Property test of every public input: arbitrary Python values into every argument of every public
call and constructor, sync and async.

Values: None, bools, ints (huge ones too), floats (nan, inf), bytes, huge strings (100,000
characters), strings with lone surrogates, control characters or ``;ext=1``, nested lists, tuples
and dicts, arbitrary objects, mixed with valid values so that one bad argument meets good ones.
Entry points: ``smsgate.Client`` / ``AsyncClient`` and the bound clients (``PrimotextoClient`` ...):
``vendor``, ``api_key``, ``base_url``, ``timeout``, ``max_retries``, ``http_client``; ``send`` (``to``,
``text``, ``sender``, ``scheduled_at``, ``reference``, ``dry_run``); ``status`` (``message_id``,
``phone_number``); ``cancel``; ``credits``; ``call`` (every operation of every spec, its own arguments).

The vendor is an ``httpx.MockTransport`` that answers every request with its operation's documented
success (the spec example) and records it. Required, for every example:

- only ``smsgate.SmsGateError`` (or success) comes out: never TypeError, AttributeError, UnicodeError,
  an httpx exception or a ValueError other than smsgate's own ``InvalidArgumentError``;
- an argument of a type the signature does not accept (``send(None, ...)``, ``status(b"1")``,
  ``Client(timeout="5")`` ...) raises ``InvalidArgumentError`` (``AuthenticationError`` for the key),
  and no request is sent; so do the values contract 3 and 4 name (a blank text or one with a lone
  surrogate, a number with an extension, a message id that is blank or over 1024 characters, a
  key that cannot travel, a timeout that is nan, inf or not positive ...);
- no request is sent with a path parameter or a query value that is empty or the text of a
  non-value ("None", "True", "nan" ...): ``DELETE /messages/None`` must never leave.

Also: a closed client raises ``smsgate.ClientUsageError`` (contract 5), and so does an ``AsyncClient``
used from a second event loop. ``SMSGATE_INPUT_EXAMPLES=N`` runs N examples per target instead of
the default budget; how many ran is printed at the end of the run (``terminal_summary``).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import math
import os
import typing
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from types import UnionType
from typing import Any
from unittest import mock
from urllib.parse import unquote

import httpx
import pytest
import smsgate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from smsgate.sandbox import Sandbox, start_server
from smsgate.sandbox._fallback import example_payload, minimal_instance
from smsgate.sandbox._operations import match
from smsgate.sandbox._problems import RefusedRequestError

from tests.client.test_operations import _arguments, _request_body
from tests.reliability_support import HEADER_VENDORS, KEY_VARIABLES, NUMBER, SENDER, TEXT, UNSUPPORTED, VENDORS
from tests.support import all_operations, operation_modules, spec_by_vendor

# The long reliability suites run once per CI run (on the generator's Python), see noxfile.py.
pytestmark = pytest.mark.reliability

EXAMPLES = int(os.environ.get("SMSGATE_INPUT_EXAMPLES", "0") or 0)
CASES: Counter[str] = Counter()
KEY = "inputs-k3y-5ecret"
# The text of a non-value: never a path parameter or a query value smsgate may send.
NON_VALUES = frozenset({"None", "none", "null", "True", "False", "nan", "NaN", "inf", "-inf", "Ellipsis"})
MAX_IDENTIFIER = 1024


def budget(default: int) -> settings:
    return settings(
        max_examples=EXAMPLES or default,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
    )


# -- the values -------------------------------------------------------------------------------------


class Opaque:
    """An arbitrary object of the caller's."""

    def __repr__(self) -> str:
        return "Opaque()"


class Recipients(Sequence[str]):
    """A user-defined sequence of numbers (a Sequence, not a list)."""

    def __init__(self, *numbers: str) -> None:
        self.numbers = list(numbers)

    def __getitem__(self, index: Any) -> Any:
        return self.numbers[index]

    def __len__(self) -> int:
        return len(self.numbers)


ODD_STRINGS = [
    "",
    " ",
    "\n",
    "\t \r\n",
    "x" * 100_000,
    "7" * 100_000,
    "\ud800",
    "a\udfffb",
    "+33612345678;ext=1",
    "+33612345678;EXT=12",
    "+393491234567;ext=9",
    "+33612345678\x00",
    "\x00",
    "\x1b[31mred",
    "..",
    ".",
    "../..",
    "%2e%2e",
    "a/b",
    "?x=1#y",
    "é",
    "💥",
    "1" * 1025,
    "+33 6 12 34 56 78",
    "0",
    "-1",
    "33612345678",
    "+33612345678 ",
    "\uff15",  # a fullwidth digit five
]
OBJECTS: list[Any] = [
    object(),
    Opaque(),
    Ellipsis,
    NotImplemented,
    Decimal("1.5"),
    Decimal("NaN"),
    datetime(2030, 1, 1, 12, 0),  # naive
    datetime(2000, 1, 1, tzinfo=UTC),  # in the past
    datetime(2999, 1, 1, tzinfo=timezone(timedelta(hours=23, minutes=59))),
    date(2030, 1, 1),
    timedelta(seconds=5),
    complex(1, 2),
    frozenset({"+33612345678"}),
    {"+33612345678"},
    range(3),
    int,
    smsgate.Client,
    print,
    lambda: None,
    httpx.Timeout(-1.0),
    httpx.URL("https://example.invalid"),
]


def _text() -> st.SearchStrategy[str]:
    """Any text, lone surrogates included, but never the literal text of a non-value."""
    return st.text(st.characters(exclude_categories=()), max_size=40).filter(lambda text: text not in NON_VALUES)


def _scalars() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.integers(min_value=2**63),
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from([math.nan, math.inf, -math.inf, 0.0, -0.0, 1e-300, 1e300]),
        st.binary(max_size=20),
        st.sampled_from([b"hello", bytearray(b"+33612345678"), memoryview(b"x")]),
        st.sampled_from(ODD_STRINGS),
        _text(),
        st.sampled_from(OBJECTS),
        st.builds(lambda: iter(["+33612345678"])),  # an iterator, consumed by whoever reads it first
    )


GARBAGE = st.recursive(
    _scalars(),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.tuples(children, children),
        st.dictionaries(st.text(max_size=5), children, max_size=3),
    ),
    max_leaves=6,
)


# -- the fake vendor --------------------------------------------------------------------------------


@dataclass
class SpecVendor:
    """Answers every request with its operation's documented success; records every request."""

    vendor: str
    prefix: str | None = None  # the base URL's path, when not the spec's server
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        operation = _operation_of(self.vendor, request, self.prefix)
        if operation is None:
            return httpx.Response(404, json={"message": "no such operation"})
        status = operation.success_status()
        media = operation.response_media(status)
        if media is None:
            return httpx.Response(int(status))
        payload = example_payload(operation, status)
        if payload is None:
            payload = minimal_instance(operation.document, media.get("schema", {}))
        return httpx.Response(int(status), json=payload)


def _server_path(vendor: str) -> str:
    return httpx.URL(spec_by_vendor(vendor).document["servers"][0]["url"]).path.rstrip("/")


def _base_path(base_url: Any) -> str | None:
    """The path of a base URL the caller passed (None: the spec's server, or no usable URL)."""
    if not isinstance(base_url, str) or not base_url:
        return None
    try:
        return httpx.URL(base_url).path.rstrip("/")
    except Exception:  # not a URL: the client must refuse it, and send nothing
        return None


def _operation_of(vendor: str, request: httpx.Request, prefix: str | None = None) -> Any:
    raw = request.url.raw_path.split(b"?")[0].decode("ascii")
    prefix = _server_path(vendor) if prefix is None else prefix
    if not raw.startswith(prefix):
        return None
    try:
        return match(vendor, request.method, raw[len(prefix) :])[0]
    except RefusedRequestError:
        return None


def request_problems(vendor: str, request: httpx.Request, prefix: str | None = None) -> list[str]:
    """What is wrong with a request smsgate sent: an unknown path, an empty or non-value parameter."""
    where = f"{request.method} {request.url.raw_path.decode('ascii', 'replace')[:200]}"
    prefix = _server_path(vendor) if prefix is None else prefix
    operation = _operation_of(vendor, request, prefix)
    if operation is None:
        return [f"{where}: no operation of the spec has this path"]
    problems = []
    raw = request.url.raw_path.split(b"?")[0].decode("ascii")[len(prefix) :]
    for template, sent in zip(operation.template.split("/"), raw.split("/"), strict=False):
        value = unquote(sent)
        if template.startswith("{") and (not value.strip() or value in NON_VALUES):
            problems.append(f"{where}: path parameter {template} is {value!r}")
    for name, value in request.url.params.multi_items():
        if not value.strip() or value in NON_VALUES:
            problems.append(f"{where}: query parameter {name} is {value!r}")
    return problems


# -- what is accepted ---------------------------------------------------------------------------------


def _is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(character) <= 0xDFFF for character in text)


def _has_control(text: str) -> bool:
    return any(ord(character) < 32 or ord(character) == 127 for character in text)


@dataclass
class Verdict:
    """The classes one argument calls for when it is refused; empty when the argument is acceptable.

    ``maybe`` marks an argument the contract leaves open (accepted or refused, both fine).
    """

    refused_with: tuple[type[smsgate.SmsGateError], ...] = ()
    maybe: bool = False
    reason: str = ""


OK = Verdict()
MAYBE = Verdict(maybe=True)


def _refuse(reason: str, cls: type[smsgate.SmsGateError] = smsgate.InvalidArgumentError) -> Verdict:
    return Verdict((cls,), reason=reason)


def judge_to(value: Any) -> Verdict:
    numbers: list[Any]
    if isinstance(value, str):
        numbers = [value]
    elif isinstance(value, list | tuple | Recipients):
        numbers = list(value)
        if not numbers:
            return _refuse("no recipient")
    elif isinstance(value, set | frozenset | dict) or inspect.isgenerator(value) or hasattr(value, "__next__"):
        return MAYBE if all(isinstance(item, str) for item in _peek(value)) else _refuse("not numbers")
    else:
        return _refuse(f"to is a {type(value).__name__}")
    if not all(isinstance(number, str) for number in numbers):
        return _refuse("a recipient is not a str")
    if any(";ext=" in number.lower() for number in numbers):
        return _refuse("an extension")
    return MAYBE  # an odd number may well be refused (not a phone number): the vendor rules decide


def _peek(value: Any) -> list[Any]:
    return list(value) if isinstance(value, set | frozenset | dict) else []


def judge_text(value: Any) -> Verdict:
    if not isinstance(value, str):
        return _refuse(f"text is a {type(value).__name__}")
    if not value.strip():
        return _refuse("blank text")
    if _has_surrogate(value):
        return _refuse("a lone surrogate")
    return MAYBE  # a 100,000-character text may be over a vendor's limit


def judge_optional_str(value: Any) -> Verdict:
    if value is None:
        return OK
    if not isinstance(value, str):
        return _refuse(f"a {type(value).__name__}, not a str")
    return MAYBE


def judge_scheduled_at(value: Any) -> Verdict:
    if value is None:
        return OK
    if not isinstance(value, datetime):
        return _refuse(f"a {type(value).__name__}, not a datetime")
    return MAYBE


def judge_dry_run(value: Any) -> Verdict:
    return OK if isinstance(value, bool) else _refuse(f"dry_run is a {type(value).__name__}")


def judge_message_id(value: Any) -> Verdict:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return _refuse(f"message_id is a {type(value).__name__}")
    text = str(value)
    if not text.strip():
        return _refuse("a blank message_id")
    if len(text) > MAX_IDENTIFIER:
        return _refuse("a message_id over 1024 characters")
    return MAYBE


def judge_phone_number(value: Any) -> Verdict:
    if value is None:
        return OK
    if not isinstance(value, str):
        return _refuse(f"phone_number is a {type(value).__name__}")
    if ";ext=" in value.lower():
        return _refuse("an extension")
    return MAYBE


def judge_vendor(value: Any) -> Verdict:
    return OK if isinstance(value, str) and value in VENDORS else _refuse("unknown vendor")


def judge_api_key(vendor: str) -> Callable[[Any], Verdict]:
    def judge(value: Any) -> Verdict:
        auth = smsgate.AuthenticationError
        if value is None:
            return _refuse("no key (and none in the environment)", auth)
        if not isinstance(value, str):
            return _refuse(f"the key is a {type(value).__name__}", auth)
        key = value.strip()
        if not key:
            return _refuse("a blank key", auth)
        if _has_control(key) or _has_surrogate(key):
            return _refuse("a key that cannot travel", auth)
        if vendor in HEADER_VENDORS and not key.isascii():
            return _refuse("a non-ASCII key in a header", auth)
        return OK

    return judge


def judge_base_url(value: Any) -> Verdict:
    if value is None or value == "":
        return OK if value is None else MAYBE  # "": not given, or refused
    if not isinstance(value, str):
        return _refuse(f"base_url is a {type(value).__name__}")
    try:
        url = httpx.URL(value)
    except Exception:
        return _refuse("not a URL")
    if url.scheme not in ("http", "https") or not url.host:
        return _refuse("not an absolute http(s) URL")
    return MAYBE


def judge_timeout(value: Any) -> Verdict:
    if value is None or isinstance(value, httpx.Timeout):
        return MAYBE if isinstance(value, httpx.Timeout) else OK
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _refuse(f"timeout is a {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        return _refuse(f"timeout {value!r}")
    return OK


def judge_max_retries(value: Any) -> Verdict:
    if value is None:
        return OK
    if not _is_whole(value) or value < 0:
        return _refuse(f"max_retries {value!r}")
    return OK


def judge_http_client(sync: bool) -> Callable[[Any], Verdict]:
    def judge(value: Any) -> Verdict:
        if value is None:
            return OK
        wanted = httpx.Client if sync else httpx.AsyncClient
        return OK if isinstance(value, wanted) else _refuse(f"http_client is a {type(value).__name__}")

    return judge


def judge_annotation(hint: Any) -> Callable[[Any], Verdict]:
    """The verdict for a call() argument, from the generated function's own annotation."""

    def fits(value: Any, annotation: Any) -> bool | None:  # None: either way
        origin = typing.get_origin(annotation)
        if annotation is Any:
            return True
        if origin is typing.Union or origin is UnionType:
            results = [fits(value, member) for member in typing.get_args(annotation)]
            return True if True in results else None if None in results else False
        if annotation is type(None):
            return value is None
        if origin in (list, tuple):
            if not isinstance(value, list | tuple):
                return False
            (item,) = typing.get_args(annotation)[:1] or (Any,)
            results = [fits(element, item) for element in value]
            return False if False in results else None if None in results else True
        if annotation is bool:
            return isinstance(value, bool)
        if annotation is int:
            return _is_whole(value)
        if annotation is float:
            if isinstance(value, bool) or not isinstance(value, int | float):
                return False
            return None if not math.isfinite(value) else True
        if annotation is str:
            if isinstance(value, str):
                return None if not value.strip() or _has_surrogate(value) or _has_control(value) else True
            return None if _is_whole(value) else False  # a whole number as its text: either way
        if inspect.isclass(annotation) and issubclass(annotation, Enum):
            return isinstance(value, annotation)
        if inspect.isclass(annotation):
            return isinstance(value, annotation)
        return None

    def judge(value: Any) -> Verdict:
        verdict = fits(value, hint)
        if verdict is False:
            return _refuse(f"{value!r:.60} is not a {hint}")
        return MAYBE if verdict is None else OK

    return judge


# -- running one example ------------------------------------------------------------------------------


@dataclass
class Outcome:
    error: BaseException | None
    requests: list[httpx.Request]
    prefix: str | None = None  # the base URL's path, when not the spec's server


def _mock_http(sync: bool, fake: SpecVendor) -> httpx.Client | httpx.AsyncClient:
    transport = httpx.MockTransport(fake)
    return httpx.Client(transport=transport) if sync else httpx.AsyncClient(transport=transport)


def _constructor(vendor: str, sync: bool, bound: bool) -> Callable[..., Any]:
    if not bound:
        cls: Any = smsgate.Client if sync else smsgate.AsyncClient
        return lambda **kwargs: cls(vendor, **kwargs)
    module = importlib.import_module(f"smsgate.{vendor}")
    prefix = {
        "primotexto": "Primotexto",
        "smspartner": "SmsPartner",
        "messaggi": "Messaggi",
        "messaggi_v2": "MessaggiV2",
    }[vendor]
    bound_cls: Any = getattr(module, f"{prefix}Client" if sync else f"Async{prefix}Client")
    return lambda **kwargs: bound_cls(**kwargs)


def run_call(client: Any, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> BaseException | None:
    """One public call, sync or async (the client is closed afterwards); the exception it raised."""
    try:
        if isinstance(client, smsgate.Client):
            with client:
                getattr(client, method)(*args, **kwargs)
        else:

            async def run() -> None:
                async with client:
                    await getattr(client, method)(*args, **kwargs)

            asyncio.run(run())
    except Exception as error:  # judged by the caller
        return error
    return None


def judge_outcome(where: str, outcome: Outcome, verdicts: dict[str, Verdict], vendor: str) -> None:
    error = outcome.error
    assert error is None or isinstance(error, smsgate.SmsGateError), (
        f"{where}: {type(error).__name__} escaped: {str(error)[:300]}"
    )
    refused = {name: verdict for name, verdict in verdicts.items() if verdict.refused_with}
    if refused:
        classes = tuple(cls for verdict in refused.values() for cls in verdict.refused_with)
        reasons = "; ".join(f"{name}: {verdict.reason}" for name, verdict in refused.items())
        assert isinstance(error, classes), (
            f"{where}: expected {' or '.join(c.__name__ for c in classes)} ({reasons}), got "
            f"{type(error).__name__ if error else 'success'}: {str(error)[:300]}"
        )
        sent = [f"{r.method} {r.url.raw_path[:120]!r}" for r in outcome.requests]
        assert not outcome.requests, f"{where}: refused ({reasons}) yet sent {sent}"
    problems = [
        problem for request in outcome.requests for problem in request_problems(vendor, request, outcome.prefix)
    ]
    assert not problems, f"{where}: " + "\n".join(problems)


def _client_for(vendor: str, sync: bool, bound: bool, fake: SpecVendor) -> Any:
    return _constructor(vendor, sync, bound)(api_key=KEY, http_client=_mock_http(sync, fake), max_retries=0)


@pytest.fixture(autouse=True)
def _no_keys_in_the_environment() -> Iterator[None]:
    """``api_key=None`` reads the environment: keep it empty, so None means no key."""
    with mock.patch.dict(os.environ, {}, clear=False):
        for variable in KEY_VARIABLES.values():
            os.environ.pop(variable, None)
        yield


def _overrides(names: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """One to three arguments replaced: by garbage, or by another plausible value."""
    return st.lists(st.sampled_from(sorted(names)), min_size=1, max_size=3, unique=True).flatmap(
        lambda chosen: st.fixed_dictionaries({name: st.one_of(GARBAGE, names[name]) for name in chosen})
    )


# -- constructors -------------------------------------------------------------------------------------

CONSTRUCTOR_VALID: dict[str, st.SearchStrategy[Any]] = {
    "api_key": st.sampled_from([KEY, f" {KEY}\n", "k3y\u00e9", KEY + "\x00"]),
    "base_url": st.sampled_from([None, "https://gateway.invalid/v2", "http://127.0.0.1:1", "ftp://x", "/relative"]),
    "timeout": st.sampled_from([None, 5, 0.5, 0, -1, httpx.Timeout(3.0)]),
    "max_retries": st.sampled_from([None, 0, 3, -1]),
    "http_client": st.just("mock"),  # replaced by a mock client of the right kind
}


@budget(300)
@given(
    vendor=st.one_of(st.sampled_from(VENDORS), GARBAGE),
    sync=st.booleans(),
    bound=st.booleans(),
    overrides=_overrides(CONSTRUCTOR_VALID),
)
def test_constructors(vendor: Any, sync: bool, bound: bool, overrides: dict[str, Any]) -> None:
    CASES["constructor"] += 1
    if bound and vendor not in VENDORS:
        bound = False  # a bound client has no vendor argument: garbage goes to Client(vendor=...)
    real_vendor = vendor if isinstance(vendor, str) and vendor in VENDORS else "smspartner"
    prefix = _base_path(overrides.get("base_url"))
    fake = SpecVendor(real_vendor, prefix)
    kwargs: dict[str, Any] = {"api_key": KEY, "http_client": _mock_http(sync, fake), "max_retries": 0}
    kwargs.update(overrides)
    if kwargs["http_client"] == "mock":
        kwargs["http_client"] = _mock_http(sync, fake)
    verdicts = {
        "vendor": judge_vendor(vendor),
        "api_key": judge_api_key(real_vendor)(kwargs["api_key"]),
        "base_url": judge_base_url(kwargs.get("base_url")),
        "timeout": judge_timeout(kwargs.get("timeout")),
        "max_retries": judge_max_retries(kwargs.get("max_retries")),
        "http_client": judge_http_client(sync)(kwargs["http_client"]),
    }
    where = f"{'sync' if sync else 'async'} {'bound' if bound else 'Client'}(vendor={vendor!r:.60}, {kwargs!r:.300})"
    error: BaseException | None = None
    client = None
    try:
        if bound:
            client = _constructor(real_vendor, sync, True)(**kwargs)
        else:
            cls: Any = smsgate.Client if sync else smsgate.AsyncClient
            client = cls(vendor, **kwargs)
    except Exception as raised:  # judged below
        error = raised
    # A client that was built makes its first call, through the mock only (never the network).
    if client is not None and isinstance(kwargs["http_client"], httpx.Client | httpx.AsyncClient):
        error = run_call(client, "credits", (), {})
    judge_outcome(where, Outcome(error, fake.requests, prefix), verdicts, real_vendor)


# -- the unified calls ----------------------------------------------------------------------------------

SEND_VALID: dict[str, st.SearchStrategy[Any]] = {
    "to": st.sampled_from(["{number}", ["{number}", "{number}"], ("{number}",), "recipients", []]),
    "text": st.sampled_from([TEXT, "é" * 500, "x" * 100_000, "{}[]~|€"]),
    "sender": st.sampled_from([None, "ACME", "", "A" * 50, "12345678901234567"]),
    "scheduled_at": st.sampled_from([None, "soon", datetime(2000, 1, 1, tzinfo=UTC)]),
    "reference": st.sampled_from([None, "order-1", "", "r" * 500]),
    "dry_run": st.sampled_from([False, True]),
}


def _concrete(value: Any, vendor: str) -> Any:
    """Fill the placeholders of the plausible values with this vendor's own."""
    if value == "{number}":
        return NUMBER[vendor]
    if value == "recipients":
        return Recipients(NUMBER[vendor])
    if value == "soon":
        return datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=3)
    if isinstance(value, list):
        return [_concrete(item, vendor) for item in value]
    if isinstance(value, tuple):
        return tuple(_concrete(item, vendor) for item in value)
    return value


@budget(300)
@given(vendor=st.sampled_from(VENDORS), sync=st.booleans(), bound=st.booleans(), overrides=_overrides(SEND_VALID))
def test_send(vendor: str, sync: bool, bound: bool, overrides: dict[str, Any]) -> None:
    CASES["send"] += 1
    arguments: dict[str, Any] = {"to": NUMBER[vendor], "text": TEXT, "sender": SENDER[vendor] or "ACME"}
    arguments.update({name: _concrete(value, vendor) for name, value in overrides.items()})
    verdicts = {
        "to": judge_to(arguments["to"]),
        "text": judge_text(arguments["text"]),
        "sender": judge_optional_str(arguments.get("sender")),
        "scheduled_at": judge_scheduled_at(arguments.get("scheduled_at")),
        "reference": judge_optional_str(arguments.get("reference")),
        "dry_run": judge_dry_run(arguments.get("dry_run", False)),
    }
    fake = SpecVendor(vendor)
    client = _client_for(vendor, sync, bound, fake)
    to, text = arguments.pop("to"), arguments.pop("text")
    error = run_call(client, "send", (to, text), arguments)
    where = f"{'sync' if sync else 'async'} {vendor} send({to!r:.80}, {text!r:.80}, {arguments!r:.200})"
    judge_outcome(where, Outcome(error, fake.requests), verdicts, vendor)


STATUS_VALID: dict[str, st.SearchStrategy[Any]] = {
    "message_id": st.sampled_from(["386479", 307, "5d443a6e9f2725660f3db347", "386479@+33612345678", None]),
    "phone_number": st.sampled_from([None, "{number}", "+33612345678;ext=1", ""]),
}


@budget(200)
@given(vendor=st.sampled_from(VENDORS), sync=st.booleans(), bound=st.booleans(), overrides=_overrides(STATUS_VALID))
def test_status(vendor: str, sync: bool, bound: bool, overrides: dict[str, Any]) -> None:
    CASES["status"] += 1
    arguments: dict[str, Any] = {"message_id": "386479", "phone_number": None}
    arguments.update({name: _concrete(value, vendor) for name, value in overrides.items()})
    message_id, phone_number = arguments["message_id"], arguments["phone_number"]
    verdicts = {"phone_number": judge_phone_number(phone_number)}
    if message_id is not None:
        verdicts["message_id"] = judge_message_id(message_id)
    elif phone_number is None:
        verdicts["message_id"] = _refuse("neither message_id nor phone_number")
    fake = SpecVendor(vendor)
    client = _client_for(vendor, sync, bound, fake)
    error = run_call(client, "status", (message_id,), {"phone_number": phone_number})
    where = f"{'sync' if sync else 'async'} {vendor} status({message_id!r:.80}, phone_number={phone_number!r:.80})"
    judge_outcome(where, Outcome(error, fake.requests), verdicts, vendor)


@budget(200)
@given(
    vendor=st.sampled_from(VENDORS),
    sync=st.booleans(),
    bound=st.booleans(),
    message_id=st.one_of(GARBAGE, STATUS_VALID["message_id"]),
)
def test_cancel(vendor: str, sync: bool, bound: bool, message_id: Any) -> None:
    CASES["cancel"] += 1
    fake = SpecVendor(vendor)
    client = _client_for(vendor, sync, bound, fake)
    error = run_call(client, "cancel", (message_id,), {})
    where = f"{'sync' if sync else 'async'} {vendor} cancel({message_id!r:.80})"
    judge_outcome(where, Outcome(error, fake.requests), {"message_id": judge_message_id(message_id)}, vendor)


# -- call(): every operation, its own arguments --------------------------------------------------------

OPERATIONS = [(spec, operation) for spec, operation in all_operations()]


def _valid_call_arguments(spec: Any, operation: Any) -> tuple[Any, dict[str, Any]]:
    module = operation_modules(spec.vendor)[operation.operation_id]
    kwargs, _, _ = _arguments(spec, operation, module, "id-1", "+33600000000")
    body = _request_body(spec, operation, module)
    if body is not None:
        kwargs["body"] = body[0]
    return module, kwargs


@budget(500)
@given(data=st.data(), index=st.integers(0, len(OPERATIONS) - 1), sync=st.booleans())
def test_call(data: st.DataObject, index: int, sync: bool) -> None:
    CASES["call"] += 1
    spec, operation = OPERATIONS[index]
    vendor = spec.vendor
    module, kwargs = _valid_call_arguments(spec, operation)
    hints = typing.get_type_hints(module._get_kwargs)
    parameters = inspect.signature(module._get_kwargs).parameters
    verdicts: dict[str, Verdict] = {}
    change = data.draw(st.sampled_from(["garbage", "missing", "unknown"] if parameters else ["unknown"]), "change")
    if change == "garbage" and parameters:
        chosen = data.draw(st.lists(st.sampled_from(sorted(parameters)), min_size=1, max_size=2, unique=True))
        for name in chosen:
            kwargs[name] = data.draw(GARBAGE, name)
    elif change == "missing" and parameters:
        name = data.draw(st.sampled_from(sorted(parameters)), "dropped")
        kwargs.pop(name, None)
        if parameters[name].default is inspect.Parameter.empty:
            verdicts[name] = _refuse("a required argument is missing")
    else:
        kwargs["not_an_argument"] = data.draw(GARBAGE, "extra")
        verdicts["not_an_argument"] = _refuse("an argument the operation does not have")
    for name, value in kwargs.items():
        if name in parameters and name not in verdicts:
            verdicts[name] = judge_annotation(hints.get(name, Any))(value)
    fake = SpecVendor(vendor)
    client = _client_for(vendor, sync, True, fake)
    # Positional where the generated function takes them positionally (path parameters), as a user would.
    positional = [name for name, p in parameters.items() if p.kind is p.POSITIONAL_OR_KEYWORD and name in kwargs]
    args = tuple(kwargs.pop(name) for name in positional)
    error = run_call(client, "call", (module, *args), kwargs)
    where = f"{'sync' if sync else 'async'} {vendor}.{operation.operation_id}({args!r:.200}, {kwargs!r:.300})"
    judge_outcome(where, Outcome(error, fake.requests), verdicts, vendor)


STRING_ARGUMENTS = [
    (spec, operation, name)
    for spec, operation in OPERATIONS
    for name, hint in typing.get_type_hints(_valid_call_arguments(spec, operation)[0]._get_kwargs).items()
    if name not in ("return", "body") and hint in (str, str | None, typing.Union[str, None])  # noqa: UP007
]


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("spec", "operation", "name"),
    STRING_ARGUMENTS,
    ids=[f"{spec.vendor}.{operation.operation_id}.{name}" for spec, operation, name in STRING_ARGUMENTS],
)
def test_a_string_argument_that_cannot_be_encoded_is_refused_before_sending(
    spec: Any, operation: Any, name: str, sync: bool
) -> None:
    """A lone surrogate in a path, query or header argument: InvalidArgumentError, nothing sent (found by test_call)."""
    module, kwargs = _valid_call_arguments(spec, operation)
    kwargs[name] = "ok\ud800"
    fake = SpecVendor(spec.vendor)
    client = _client_for(spec.vendor, sync, True, fake)
    parameters = inspect.signature(module._get_kwargs).parameters
    positional = [key for key, p in parameters.items() if p.kind is p.POSITIONAL_OR_KEYWORD and key in kwargs]
    args = tuple(kwargs.pop(key) for key in positional)
    error = run_call(client, "call", (module, *args), kwargs)
    assert isinstance(error, smsgate.InvalidArgumentError), f"{type(error).__name__}: {error}"
    assert fake.requests == []


# -- a closed client, a second event loop ---------------------------------------------------------------


def _client_usage_error() -> type[smsgate.SmsGateError]:
    cls: type[smsgate.SmsGateError] | None = getattr(smsgate, "ClientUsageError", None)
    if cls is None:
        pytest.fail("smsgate.ClientUsageError does not exist (contract 5)")
    assert issubclass(cls, smsgate.SmsGateError)
    return cls


def _unified_calls(vendor: str) -> list[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    a_read = {
        "primotexto": "get_account_stats",
        "smspartner": "get_credits",
        "messaggi": "list_messages",
        "messaggi_v2": "list_messages",
    }
    operation = getattr(importlib.import_module(f"smsgate.{vendor}").operations, a_read[vendor])
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("send", (NUMBER[vendor], TEXT), {"sender": SENDER[vendor]}),
        ("status", ("386479",), {}),
        ("cancel", ("307",), {}),
        ("credits", (), {}),
        ("call", (operation,), {}),
    ]
    # What the vendor has no call for is unsupported, closed client or not.
    return [call for call in calls if (vendor, call[0]) not in UNSUPPORTED]


@pytest.mark.parametrize("sync", [True, False], ids=["sync", "async"])
@pytest.mark.parametrize("bound", [False, True], ids=["Client", "bound"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_closed_client_raises_client_usage_error(vendor: str, bound: bool, sync: bool) -> None:
    usage_error = _client_usage_error()
    wrong = []
    for owns_http in (True, False):
        for method, args, kwargs in _unified_calls(vendor):
            CASES["closed"] += 1
            fake = SpecVendor(vendor)
            options: dict[str, Any] = {"api_key": KEY, "max_retries": 0}
            if not owns_http:
                options["http_client"] = _mock_http(sync, fake)
            client = _constructor(vendor, sync, bound)(**options)
            error: BaseException | None = None
            try:
                if sync:
                    client.close()
                    getattr(client, method)(*args, **kwargs)
                else:

                    async def closed_then_call(
                        client: Any = client, method: str = method, args: Any = args, kwargs: Any = kwargs
                    ) -> None:
                        await client.aclose()
                        await getattr(client, method)(*args, **kwargs)

                    asyncio.run(closed_then_call())
            except Exception as raised:  # judged below
                error = raised
            if not isinstance(error, usage_error) or fake.requests:
                shown = f"{type(error).__name__}: {error}" if error else "success"
                wrong.append(f"{method} (own http client: {owns_http}): {shown}; requests sent: {len(fake.requests)}")
    assert wrong == []


@pytest.mark.parametrize("owns_http", [True, False], ids=["own-http-client", "passed-http-client"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_an_async_client_on_a_second_event_loop(vendor: str, owns_http: bool) -> None:
    """Its own connections follow the new loop; a passed http_client bound to a dead loop is a ClientUsageError."""
    usage_error = _client_usage_error()
    CASES["second loop"] += 1
    with start_server(Sandbox(api_keys={vendor: KEY})) as running:
        options: dict[str, Any] = {"api_key": KEY, "base_url": running.base_url(vendor), "max_retries": 0}
        if not owns_http:
            options["http_client"] = httpx.AsyncClient()
        client = smsgate.AsyncClient(vendor, **options)
        sent = asyncio.run(client.send(NUMBER[vendor], TEXT, sender=SENDER[vendor]))  # the first loop
        if owns_http:
            reports = asyncio.run(client.status(sent.message_id))  # a second loop: new connections there
            assert reports
            assert {report.message_id for report in reports} <= {sent.message_id, *sent.message_id.split(",")}
        else:
            with pytest.raises(usage_error):
                asyncio.run(client.status(sent.message_id))  # the passed client's connection is on a closed loop


def terminal_summary() -> list[str]:
    """How many examples ran, printed at the end of the run by ``tests/conftest.py`` (none: no property ran)."""
    if not CASES:
        return []
    return [
        f"public inputs: {sum(CASES.values())} examples ("
        + ", ".join(f"{name} {count}" for name, count in sorted(CASES.items()))
        + "): every public call and constructor, sync and async, fed arbitrary Python values"
    ]
