"""The literal prefilter: which patterns could match a text, and where."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.triage import cues, prefilter, safety
from bot.triage.prefilter import LiteralGate, opening_literals, requirements
from bot.triage.text import normalise


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


@pytest.mark.parametrize(
    ("pattern", "has_scout"),
    [
        (r"(?<!\w)(?:he|she) said(?!\w)", True),
        (r"(?<!\w)he|she", False),  # the edge binds the first alternative only
        (r"(?<!\w)he|(?<!\w)she", True),
        (prefilter.ASCII_EDGE + "knife", True),
        (prefilter.ASCII_EDGE + "(?:a )?knife", True),
        (prefilter.ASCII_EDGE + "[a-z]x", True),
        (prefilter.ASCII_EDGE + "(?:_a|b)", False),  # "_" may follow a letter at an ASCII edge
        (prefilter.ASCII_EDGE + r"\.22", False),
        (prefilter.ASCII_EDGE + r"\w+-san", False),
        (prefilter.ASCII_EDGE + "a?", False),  # an empty match may follow a letter
        (prefilter.ASCII_EDGE + "knife|gun", False),
        (r"\b(?:he|it)'s\b", True),  # \b before a letter: no word character before
        (r"\b(?:_x|y)", False),
        ("knife", False),
    ],
)
def test_a_scout_needs_no_letter_or_digit_before_any_match(pattern: str, has_scout: bool) -> None:
    assert (prefilter.scout(pattern) is not None) is has_scout


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!\w)(?:he|she) said(?!\w)",
        r"(?<!\w)(?:a|ab)*",  # empty matches: the rest is left to finditer
        r"(?<!\w)(?:x*?)",
        prefilter.ASCII_EDGE + r"(?:kill|stab)s? (?:\S+ ){0,2}you" + prefilter.ASCII_EDGE,
        r"(?<!\w)(?:(?<=[\"'])[^\"']{1,9}[\"'])",
    ],
)
def test_finditer_with_a_scout_is_finditer(pattern: str) -> None:
    regex, scout = re.compile(pattern), prefilter.scout(pattern)
    assert scout is not None
    text = "She said he said. _he said, éhe said 'x' \"yy\" he kills you! 3 stabs a b you ab aab x 彼はhe said、「he said」ーhe said"
    for start in range(0, len(text) + 1, 3):
        for end in (start, start + 7, len(text)):
            expected = [m.span() for m in regex.finditer(text, start, end)]
            assert [m.span() for m in prefilter.finditer(regex, scout, text, start, end)] == expected, (start, end)


def test_a_word_edge_scout_passes_over_word_characters_only() -> None:
    """After `(?<!\\w)` the scout skips kana and kanji: each is a word character, so no match follows it."""
    scout = prefilter.scout(r"(?<!\w)(?:he) said")
    assert scout is not None
    skipped = [chr(code) for code in range(0x10000) if not scout.match(chr(code) + "he said")]
    assert len(skipped) > 20000 and all(re.match(r"\w", char) for char in skipped)


def test_every_searched_cue_and_rule_finds_with_its_scout_what_it_finds_without() -> None:
    dev = Path(__file__).parent / "data" / "triage_dev.jsonl"
    lines = [line for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [normalise(json.loads(line)["text"]) for line in lines[::40]]
    texts.append(" ".join(texts[:25]))
    saved = safety._read_index()
    searched = [cue.regex for cue in cues.compiled_cues() if cue.openings is None and cue.scout is not None]
    searched += [r.regex for r in safety._rules() if saved.get(r.source, (None, None))[0] is None and r.scout is not None]
    assert len(searched) > 50
    for regex in searched:
        scout = prefilter.scout(regex.pattern)
        for text in texts:
            for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
                expected = [m.span() for m in regex.finditer(text, start, end)]
                assert [m.span() for m in prefilter.finditer(regex, scout, text, start, end)] == expected, regex.pattern[:60]


def test_trying_openings_in_any_order_keeps_what_a_left_to_right_pass_keeps() -> None:
    """`Candidate.tried` tries every opening (lists per literal, unsorted between them, with
    repeats) and keeps the matches the left-to-right pass over the sorted openings keeps."""
    regex = re.compile(r"a+b?|ba")
    text = "aab ba aaab abab baab a"
    openings = [[0, 1, 4, 8, 13, 15], [1, 2, 5, 9, 10, 17, 18, 19, 22], [0, 8, 22]]
    for spans in ([(0, len(text))], [(0, 7), (9, 20)], [(3, 12)]):
        expected = []
        for start, end in spans:
            reached = start
            for position in sorted(set().union(*openings)):
                if position < reached or position >= end:
                    continue
                match = regex.match(text, position, end)
                if match is not None and match.end() > match.start():
                    expected.append(match.span())
                    reached = match.end()
        candidate = prefilter.Candidate(spans, openings=openings)
        assert [m.span() for m in candidate.tried(regex, text)] == expected
        assert candidate.starts == sorted(set().union(*openings))


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"((ご)?返信(が|は)ない|折り返しがない)", 2),
        (r"(?:a|b)c|d", 2),
        (r"abc", None),  # no alternatives
        (r"(?<!\w)(?:a|b)", None),  # one alternation inside a longer sequence
        (r"(?i:a|b)", None),  # flags on the group around it
        (r"(a)?x\1|y", None),  # a backreference
        (r"(a)?x|(?(1)y|z)", None),  # a condition on a group
    ],
)
def test_alternatives_take_apart_one_alternation(pattern: str, parts: int | None) -> None:
    found = prefilter.alternatives(pattern)
    assert (None if found is None else len(found)) == parts


def test_an_alternation_taken_apart_matches_where_it_matches() -> None:
    pattern = r"((ご)?(返信|連絡)(が|は)?[^。]{0,12}?ない|まだ[^。]{0,12}?届(い)?て(い)?ない|(x)?yz)"
    regex, parts = re.compile(pattern), prefilter.alternatives(pattern)
    assert parts is not None and len(parts) == 3
    texts = ["ご返信がまだない。", "ご。返信ない", "まだ商品が届いてない", "xyz", "xy z", "ごご", "連絡はありません。ない"]
    for text in texts:
        for pos in range(len(text) + 1):
            for endpos in range(pos, len(text) + 1):
                expected = regex.search(text, pos, endpos) is not None
                assert any(part.search(text, pos, endpos) is not None for part in parts) is expected, (text, pos, endpos)


def test_the_justifications_taken_apart_find_what_they_find_whole() -> None:
    from bot.triage import engine

    dev = Path(__file__).parent / "data" / "triage_dev.jsonl"
    texts = [normalise(json.loads(line)["text"]) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    split = [(regex, parts) for _, regex, _, _, parts in engine._justified_patterns() if parts != [regex]]
    assert len(split) >= 3
    for regex, parts in split:
        for text in texts:
            assert any(part.search(text) is not None for part in parts) is (regex.search(text) is not None), regex.pattern[:40]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (r"(?<!\w)(?:ab|abc)", r"b+c|abcd"),  # ties go to the first alternative; overlaps are skipped
        (r"(?<!\w)(?:x)", r"y*"),  # an empty match: the rest is left to the whole alternation
        (r"(?<!\w)(?:a\w*)", r"(返金|交換)(し|を)"),
    ],
)
def test_an_alternation_searched_part_by_part_finds_its_matches(first: str, second: str) -> None:
    whole = re.compile(f"{first}|{second}")
    parts = [(re.compile(first), prefilter.scout(first)), (re.compile(second), prefilter.scout(second))]
    for text in ["abcd abc bbc ab", "xyz yy x", "a返金し abc交換を", "", "bcabcd"]:
        expected = [m.span() for m in whole.finditer(text)]
        assert [m.span() for m in prefilter.finditer_first_of(whole, parts, text)] == expected, text


def test_complaint_words_are_found_part_by_part_as_the_whole_pattern_finds_them() -> None:
    from bot.triage import engine

    dev = Path(__file__).parent / "data" / "triage_dev.jsonl"
    texts = [normalise(json.loads(line)["text"]) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts.append(" ".join(texts[:40]))
    for text in texts:
        expected = [m.span() for m in engine._LEGITIMATE.finditer(text)]
        assert [m.span() for m in prefilter.finditer_first_of(engine._LEGITIMATE, engine._legitimate_parts(), text)] == expected
