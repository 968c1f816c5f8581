"""Identifiers and query strings become URL text exactly once, with strict RFC 3986 encoding."""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

import pytest
import smsgate
from hypothesis import given
from hypothesis import strategies as st
from smsgate._base.encoding import (
    FORBIDDEN_SEGMENTS,
    MAX_IDENTIFIER_LENGTH,
    check_identifier,
    encode_query,
    encode_segment,
)

# An encoded segment or query component: unreserved characters and %XX escapes, nothing else.
STRICT_COMPONENT = re.compile(r"(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*")


@pytest.mark.parametrize(
    ("identifier", "expected"),
    [
        ("abc123", "abc123"),
        ("A-b_c.d~e", "A-b_c.d~e"),
        ("+33612345678", "%2B33612345678"),
        ("a/b", "a%2Fb"),
        ("a b", "a%20b"),
        ("100%", "100%25"),
        ("a?b=c", "a%3Fb%3Dc"),
        ("a#frag", "a%23frag"),
        ("a&b", "a%26b"),
        ("café", "caf%C3%A9"),
        ("Straße", "Stra%C3%9Fe"),
        ("msg😀", "msg%F0%9F%98%80"),
        ("..a", "..a"),
        ("a..", "a.."),
        ("a/../b", "a%2F..%2Fb"),
        ("...", "..."),
        (".hidden", ".hidden"),
        ("%2B", "%252B"),
        ("%20", "%2520"),
        ("%252B", "%25252B"),
        (" x ", "%20x%20"),
    ],
)
def test_encode_segment_table(identifier: str, expected: str) -> None:
    assert encode_segment(identifier) == expected


def test_already_encoded_text_is_encoded_exactly_once() -> None:
    once = encode_segment("%2B")
    assert once == "%252B"
    assert urllib.parse.unquote(once) == "%2B"  # decoding once gives back the identifier, not "+"


def test_encode_segment_accepts_non_strings() -> None:
    assert encode_segment(12345) == "12345"
    assert check_identifier(12345, name="message_id") == "12345"


@pytest.mark.parametrize("identifier", ["", ".", "..", " ", "  ", " . ", "\t..\n"])
def test_encode_segment_rejects_forbidden_segments(identifier: str) -> None:
    with pytest.raises(smsgate.InvalidArgumentError, match="cannot be used in a URL path") as caught:
        encode_segment(identifier, name="message_id", vendor="primotexto")
    assert caught.value.vendor == "primotexto"
    assert "message_id" in str(caught.value)


@pytest.mark.parametrize("identifier", ["", ".", "..", " "])
def test_check_identifier_rejects_forbidden_segments(identifier: str) -> None:
    with pytest.raises(smsgate.InvalidArgumentError):
        check_identifier(identifier, name="message_id", vendor="messaggi")


def test_check_identifier_returns_the_raw_text_not_the_encoded_one() -> None:
    assert check_identifier("+33 6/7", name="message_id") == "+33 6/7"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"to": "+33612345678"}, "to=%2B33612345678"),
        ({"message": "hello world"}, "message=hello%20world"),
        ({"q": "a&b"}, "q=a%26b"),
        ({"q": "a=b"}, "q=a%3Db"),
        ({"q": "a+b c"}, "q=a%2Bb%20c"),
        ({"text": "café ß 😀"}, "text=caf%C3%A9%20%C3%9F%20%F0%9F%98%80"),
        ({"a key": "v"}, "a%20key=v"),
        ({"k+&=": "v"}, "k%2B%26%3D=v"),
        ({"flag": True, "other": False}, "flag=true&other=false"),
        ({"n": 0, "x": 1.5}, "n=0&x=1.5"),
        ({"to": ["+331", "+332"]}, "to=%2B331&to=%2B332"),
        ({"to": ("a", "b")}, "to=a&to=b"),
        ({"flags": [True, False]}, "flags=true&flags=false"),
        ({"empty": ""}, "empty="),
        ({"safe": "-._~"}, "safe=-._~"),
        ({"already": "%2B"}, "already=%252B"),
        ({}, ""),
        ([("a", "1"), ("a", "2"), ("b", "3")], "a=1&a=2&b=3"),
    ],
)
def test_encode_query_table(params: dict[str, Any] | list[tuple[str, Any]], expected: str) -> None:
    assert encode_query(params) == expected


def test_encode_query_keeps_the_order_of_keys() -> None:
    assert encode_query({"z": 1, "a": 2, "m": 3}) == "z=1&a=2&m=3"


def test_encode_query_empty_list_sends_no_pair() -> None:
    assert encode_query({"to": [], "b": "x"}) == "b=x"


# -- properties ---------------------------------------------------------------------------------

# An identifier holds no control character and no lone surrogate (check_identifier refuses them).
allowed_identifiers = st.text(
    alphabet=st.characters(min_codepoint=32, blacklist_categories=["Cs"]), max_size=MAX_IDENTIFIER_LENGTH
).filter(lambda text: text.strip() not in FORBIDDEN_SEGMENTS)


@given(allowed_identifiers)
def test_encode_segment_round_trips_and_is_strict(identifier: str) -> None:
    encoded = encode_segment(identifier)
    assert urllib.parse.unquote(encoded, errors="strict") == identifier
    assert STRICT_COMPONENT.fullmatch(encoded), encoded
    assert "/" not in encoded
    assert check_identifier(identifier, name="id") == identifier


whitespace = st.text(alphabet=" \t\n\r\u00a0\u3000", max_size=3)


@given(whitespace, st.sampled_from(FORBIDDEN_SEGMENTS), whitespace)
def test_encode_segment_rejects_every_padded_blank_or_dot_segment(before: str, core: str, after: str) -> None:
    with pytest.raises(smsgate.InvalidArgumentError):
        encode_segment(before + core + after)


query_values = st.one_of(
    st.text(),
    st.booleans(),
    st.integers(),
    st.lists(st.one_of(st.text(), st.booleans(), st.integers()), max_size=4),
)


def _expected_pairs(items: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    def text(value: Any) -> str:
        return "true" if value is True else "false" if value is False else str(value)

    pairs: list[tuple[str, str]] = []
    for key, value in items:
        values = value if isinstance(value, list) else [value]
        pairs.extend((key, text(item)) for item in values)
    return pairs


@given(st.lists(st.tuples(st.text(), query_values), max_size=6))
def test_encode_query_round_trips_through_parse_qsl(items: list[tuple[str, Any]]) -> None:
    query = encode_query(items)
    # parse_qsl reads "+" as a space: a literal "+" or space in the output would not survive.
    assert "+" not in query
    assert " " not in query
    for pair in query.split("&") if query else []:
        key, sep, value = pair.partition("=")
        assert sep == "="
        assert STRICT_COMPONENT.fullmatch(key), key
        assert STRICT_COMPONENT.fullmatch(value), value
    decoded = urllib.parse.parse_qsl(query, keep_blank_values=True, strict_parsing=False, errors="strict")
    assert decoded == _expected_pairs(items)


@given(st.dictionaries(st.text(), st.text(), max_size=6))
def test_encode_query_mapping_round_trips(params: dict[str, str]) -> None:
    query = encode_query(params)
    assert "+" not in query
    assert " " not in query
    assert urllib.parse.parse_qsl(query, keep_blank_values=True) == list(params.items())


def test_none_values_are_left_out_of_the_query() -> None:
    assert encode_query({"a": None, "b": "x"}) == "b=x"


@pytest.mark.parametrize(
    ("value", "why"),
    [
        (None, "must be a string, not NoneType"),
        (True, "must be a string, not bool"),
        (1.5, "must be a string, not float"),
        (b"12", "must be a string, not bytes"),
        ("x" * (MAX_IDENTIFIER_LENGTH + 1), "characters long"),
        ("12\n", "control character"),
        ("12\ud800", "lone surrogate"),
    ],
)
def test_check_identifier_refuses_what_is_not_an_identifier(value: object, why: str) -> None:
    with pytest.raises(smsgate.InvalidArgumentError, match=why):
        check_identifier(value, name="message_id")


def test_check_identifier_takes_a_whole_number_as_its_text() -> None:
    assert check_identifier(362891, name="message_id") == "362891"
