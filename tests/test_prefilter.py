"""The literal prefilter: which patterns could match a text, and where."""

from __future__ import annotations

import re

import pytest

from bot.triage import prefilter
from bot.triage.prefilter import LiteralGate, opening_literals, requirements


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # Every requirement must be met; common words and one-letter literals gate nothing.
        (r"\b(?:kill|murder) (?:the|a) (?:doctor|nurse)\b", [{"kill", "murder"}, {"doctor", "nurse"}]),
        (r"\b(?:kill|murder) (?:you|him)\b", [{"kill", "murder"}]),
        (r"knife|blade", [{"knife", "blade"}]),
        (r"(?:the )?bomb", [{"bomb"}]),
        (r"殺(?:す|し)", [{"殺"}]),  # the parser folds (?:す|し) into a character class
        (r"\w+", None),  # nothing literal is required
        (r"\bu\b", None),
    ],
)
def test_requirements(pattern: str, expected: list[set[str]] | None) -> None:
    found = requirements(pattern)
    assert (None if found is None else [set(r) for r in found]) == expected


def test_openings() -> None:
    assert set(opening_literals(r"\b(?:pulled|drew) (?:a|the) knife") or ()) == {"pulled", "drew"}
    assert opening_literals(r"(?:the )?knife") is None  # an optional start has no fixed opening


def test_gate_finds_patterns_whose_every_requirement_is_present() -> None:
    patterns = [r"\bkill you\b", r"\b(?:kill|stab) (?:him|her)\b", r"\bbomb\b"]
    gate = LiteralGate([requirements(p) for p in patterns], [opening_literals(p) for p in patterns])
    found = gate.scan("I will kill her. Nothing else.")
    assert set(found) == {1}
    assert found[1].starts == [7]
    spans = found[1].spans
    assert any(start <= 7 < end for start, end in spans)


def test_a_pattern_that_starts_at_words_is_tried_only_where_an_opening_begins_one() -> None:
    patterns = [r"(?<!\w)(?:he|she) said", r"(?:he|she) said"]
    assert [prefilter.starts_at_words(p) for p in patterns] == [True, False]
    assert not prefilter.starts_at_words(r"(?<!\w)he|she said")  # the assertion binds one alternative only
    gate = LiteralGate([None, None], [opening_literals(p) for p in patterns], [True, False])
    text = "she said the theme. he said"
    found = gate.scan(text)
    assert found[0].starts == [0, text.rindex("he")]
    assert found[1].starts == [0, 1, 10, 14, 20]  # "he" in "she", "the" and "theme" too
    assert [m.start() for m in re.finditer(patterns[0], text)] == [0, 20]
    assert 0 not in gate.scan("the theme")  # no opening begins a word: nothing to try


def test_windows_are_pairs_of_sentences() -> None:
    patterns = [r"\bbags?\b.*\bgo off\b"]
    gate = LiteralGate([requirements(p) for p in patterns])
    text = "Hello. There are two bags on the platform. They go off at rush hour. Bye. Unrelated. Again."
    found = gate.scan(text)
    assert 0 in found
    (start, end), *_ = found[0].spans
    assert text[start:end].strip().startswith("There are two bags") and "go off" in text[start:end]
    assert re.search(patterns[0], text[start:end])


def test_a_pattern_not_windowed_is_searched_over_the_whole_text_once_its_literals_are_found() -> None:
    patterns = [r"\bbags?\b.*\bgo off\b"]
    text = "Hello. There are two bags on the platform. They go off at rush hour. Bye. Unrelated. Again."
    gate = LiteralGate([requirements(p) for p in patterns], windowed=[False])
    assert gate.scan(text)[0].spans == [(0, len(text))]
    assert gate.scan("Two bags. Nothing else.") == {}


def test_without_the_automaton_everything_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "ahocorasick", None)
    gate = LiteralGate([requirements(r"\bbomb\b")], [opening_literals(r"\bbomb\b")])
    found = gate.scan("nothing to see")
    assert found[0].spans == [(0, len("nothing to see"))] and found[0].starts is None


def test_without_the_parser_nothing_is_gated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "_sre_parse", None)
    assert requirements(r"\bbomb\b") is None
    assert opening_literals(r"\bbomb\b") is None
