"""Property tests (hypothesis): payload parsing, text handling and identifier normalisation hold for any input."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.identity import IdentifierKind, normalise_identifier
from bot.redaction import REDACTED, redact
from bot.slack import drafts
from bot.slack.payloads import (
    PayloadError,
    delivery_key,
    envelope_problem,
    parse_button,
    parse_command,
    parse_shortcut,
    parse_submission,
)
from bot.storable import REPLACEMENT, storable, storable_tree

ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=200)  # surrogates and NUL too
JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(ANY_TEXT, children, max_size=4),
    max_leaves=20,
)
KEYS = st.sampled_from(["type", "user", "user_id", "team", "team_id", "trigger_id", "text", "actions", "view",
                        "channel", "container", "message", "event", "event_id", "command", "callback_id", "state"])
PAYLOADS = st.dictionaries(KEYS | ANY_TEXT, JSON_VALUES, max_size=8)


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@settings(database=None, deadline=None)  # no example database in the work tree; a busy machine is no failure
@given(ANY_TEXT)
def test_storable_text_always_encodes_and_keeps_valid_text_as_it_was(text: str) -> None:
    stored = storable(text)
    assert _utf8(stored) and "\x00" not in stored
    assert storable(stored) == stored
    if _utf8(text) and "\x00" not in text:
        assert stored == text
    else:
        assert REPLACEMENT in stored or len(stored) < len(text)  # replaced visibly (or a pair joined)


@settings(database=None, deadline=None)  # no example database in the work tree; a busy machine is no failure
@given(JSON_VALUES)
def test_storable_tree_leaves_no_unencodable_string(value: Any) -> None:
    cleaned = storable_tree(value)
    json.dumps(cleaned, ensure_ascii=False).encode("utf-8")


@settings(max_examples=300, database=None, deadline=None)
@given(PAYLOADS)
def test_parsers_raise_only_payload_errors_and_give_storable_text(body: dict[str, Any]) -> None:
    envelope_problem(body)
    found = delivery_key(body)
    if found is not None:
        assert _utf8(found[1])
    for parse in (parse_command, parse_button, parse_submission, parse_shortcut):
        try:
            parsed = parse(body)
        except PayloadError:
            continue
        for value in vars(parsed).values():
            if isinstance(value, str):
                assert _utf8(value)


@settings(database=None, deadline=None)  # no example database in the work tree; a busy machine is no failure
@given(ANY_TEXT, ANY_TEXT)
def test_a_slash_command_text_is_parsed_storable(text: str, user: str) -> None:
    body = {"user_id": user or "U1", "trigger_id": "1.2.3", "text": text, "team_id": "T1"}
    command = parse_command(body)
    assert command.text == storable(text)


@settings(database=None, deadline=None)  # no example database in the work tree; a busy machine is no failure
@given(st.text(min_size=1, max_size=120), ANY_TEXT, st.text(max_size=12), st.text(max_size=32))
def test_a_draft_survives_its_button_and_fits_slacks_limit(key: str, text: str, channel: str, user: str) -> None:
    draft = drafts.Draft(key=key, text=storable(text), channel_id=channel, user_id=user)
    value = drafts.encode(draft)
    assert len(value) <= drafts.BUTTON_VALUE_LIMIT
    back = drafts.decode(value)
    assert (back.key, back.channel_id, back.user_id) == (key, channel, user)
    if drafts.fits(draft.text or "", key, channel):
        assert back.text == draft.text


@settings(database=None, deadline=None)  # no example database in the work tree; a busy machine is no failure
@given(ANY_TEXT)
def test_redaction_leaves_no_content_after_a_marker(message: str) -> None:
    redacted = redact("request failed (body: " + message + ")")
    assert redacted == "request failed ( " + REDACTED  # whatever the content, none of it is left
    assert redact(redacted) == redacted


@settings(max_examples=1000, database=None, deadline=None)
@given(st.sampled_from(list(IdentifierKind)), ANY_TEXT)
def test_identifier_normalisation_is_idempotent_or_refuses(kind: IdentifierKind, raw: str) -> None:
    try:
        once = normalise_identifier(kind, storable(raw))
    except ValueError:
        return
    assert normalise_identifier(kind, once) == once
    assert _utf8(once)


def test_a_customer_number_written_with_a_spacing_diaeresis_matches_the_composed_letter() -> None:
    """Found by the property above: NFKC, then removing spaces and folding case, left "u" + U+0308."""
    assert normalise_identifier(IdentifierKind.CUSTOMER_NUMBER, "U¨") == normalise_identifier(
        IdentifierKind.CUSTOMER_NUMBER, "ü"
    )


@pytest.mark.parametrize("raw", ["⼀0 々", "々 一0", "1 山 a 田", "田 1 山"])
def test_a_name_whose_sorted_parts_meet_normalises_to_itself(raw: str) -> None:
    """Found by the property above in CI: sorting put two CJK parts side by side, which the next
    pass joined ("々 一0" then "々一0")."""
    once = normalise_identifier(IdentifierKind.NAME, raw)
    assert normalise_identifier(IdentifierKind.NAME, once) == once


_NORMALISE_PIECES = st.sampled_from(
    [
        *("it's", "I'm", "won't", "can't", "don't", "he'll", "we'd", "they've", "n't"),
        *(" ", "  ", "\t", "\u3000", "\n", ".", "_", "é", "日本", "x", "'"),
    ]
)


@given(st.lists(_NORMALISE_PIECES | ANY_TEXT, max_size=12).map("".join))
@settings(max_examples=300)
def test_normalise_expands_contractions_and_collapses_spaces_as_the_plain_substitutions_do(raw: str) -> None:
    """`normalise` finds contractions with a scout and rewrites only the space runs that change:
    the same text as substituting with `_CONTRACTION` and `_SPACES` themselves."""
    import unicodedata

    from bot.triage import text

    expected = unicodedata.normalize("NFKC", raw)
    expected = text._CONTROL.sub(" ", expected)
    expected = expected.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    expected = expected.replace("\u201c", '"').replace("\u201d", '"').lower()
    expected = text._SPACES.sub(" ", text._CONTRACTION.sub(text._expand, expected)).strip()
    assert text.normalise(raw) == expected
