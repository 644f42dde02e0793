"""Which patterns are worth running on a text: one pass over its literals, not one per pattern.

A pattern's *requirements* are sets of literal strings such that every match contains at least
one literal of each set ("kill" or "murder" or ..., and "you" or "him" or ...). They are read off
the pattern with the standard library's private regex parser (`requirements`). `LiteralGate`
puts the literals of many patterns into one Aho-Corasick automaton (`pyahocorasick`), scans a
text once, and answers which patterns could match it: those whose every requirement has a
literal in the text. The others are skipped. A pattern that is searched and opens with a
word edge (`(?<!\\w)`, or the safety floor's ASCII edge) is searched with a *scout* (`scout`,
`finditer`): the same matches, found where the engine can scan quickly.

Nothing here can make a pattern miss: a pattern whose literals cannot be worked out, or every
pattern when the parser or the automaton library is missing, is simply always run.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

logger = logging.getLogger(__name__)

try:  # the stdlib's regex parser is private: if it changes, every pattern simply runs
    import re._constants as _sre  # type: ignore[import-not-found]  # no stubs for the private modules
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the Python version
    _sre = None
    _sre_parse = None

try:  # ... and so is its compiler, which `alternatives` compiles parsed expressions with
    import re._compiler as _sre_compile  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the Python version
    _sre_compile = None

try:
    import ahocorasick
except ImportError:  # pragma: no cover - depends on the installation
    ahocorasick = None

def parse(pattern: str) -> Any | None:
    """The stdlib parser's tree of `pattern`, or None when the parser is not available.

    A pattern that is not a valid regular expression raises `re.error`.
    """
    if _sre_parse is None:
        return None
    return _sre_parse.parse(pattern)


def openings(parsed: Any) -> set[str] | None:
    """Literal strings that every match of a parsed pattern starts with, or None if unknown."""
    prefix = ""
    for position, (op, arg) in enumerate(parsed):
        if op is _sre.LITERAL:
            prefix += chr(arg)
            continue
        if prefix:
            # The parser factors a shared first letter out of alternatives ("got|get" is
            # "g(?:ot|et)"): a one-letter prefix is extended by what follows it.
            rest = openings(parsed[position:]) if len(prefix) < 2 and prefix.isascii() else None
            return {prefix + tail for tail in rest} if rest else {prefix}
        if op is _sre.SUBPATTERN:
            return openings(arg[-1])
        if op is _sre.BRANCH:
            return every_branch(openings, arg[1])
        if op in (_sre.ASSERT_NOT, _sre.ASSERT, _sre.AT):
            continue  # zero-width: look past it
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            return openings(arg[2])  # at least one repetition: its openings open the pattern
        if op is _sre.IN:
            chars = class_chars(arg)
            return set(chars) if chars else None
        return None
    return {prefix} if prefix else None


def rarest_required(parsed: Any) -> set[str] | None:
    """One set of literals one of which occurs in every match (the set with the longest shortest one)."""
    best: set[str] | None = None

    def consider(found: set[str] | None) -> None:
        nonlocal best
        if found and (best is None or _rarity(found) > _rarity(best)):
            best = found

    run = ""
    for op, arg in parsed:
        if op is _sre.LITERAL:
            run += chr(arg)
            continue
        if run:
            consider({run})
            run = ""
        if op is _sre.SUBPATTERN:
            consider(rarest_required(arg[-1]))
        elif op is _sre.BRANCH:
            consider(every_branch(rarest_required, arg[1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            consider(rarest_required(arg[2]))
    if run:
        consider({run})
    return best


def _rarity(literals: set[str]) -> tuple[int, int]:
    return min(len(s) for s in literals), -len(literals)


_MAX_CLASS_CHARS = 16


def class_chars(items: Any) -> list[str] | None:
    """The characters of a small positive class ([23], [4-9], [一二三]), else None."""
    chars: list[str] = []
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.append(chr(arg))
        elif op is _sre.RANGE and arg[1] - arg[0] < _MAX_CLASS_CHARS:
            chars.extend(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None  # negated, a category such as \d, or too wide
    return chars if len(chars) <= _MAX_CLASS_CHARS else None


def every_branch(literals: Callable[[Any], set[str] | None], branches: Any) -> set[str] | None:
    """The union of each alternative's literal strings, or None if one alternative has none."""
    union: set[str] = set()
    for branch in branches:
        found = literals(branch)
        if not found:
            return None
        union |= found
    return union


Requirement = frozenset[str]
# Words so common that a set containing one of them gates almost nothing.
_COMMON = frozenset(
    [
        "the", "a", "an", "to", "of", "in", "on", "at", "and", "or", "is", "was", "be", "i", "you", "he", "she", "it",
        "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "their", "our", "this", "that", "for",
        "with", "not", "do", "did", "will", "would", "can", "could", "have", "has", "had", "are", "were",
    ]
)


def requirements(pattern: str) -> tuple[Requirement, ...] | None:
    """Literal sets every match of `pattern` draws one literal from, or None when none are known."""
    try:
        parsed = parse(pattern)
        found = _requirements(parsed) if parsed is not None else []
    except Exception:  # noqa: BLE001 - an unexpected parser shape means "unknown", never an error
        return None
    useful = tuple(dict.fromkeys(req for req in found if _useful(req)))
    return useful or None


def _useful(requirement: Requirement) -> bool:
    """A set is worth checking when none of its literals occurs in almost every text."""
    return all(len(lit) >= 2 or not lit.isascii() for lit in requirement) and not (requirement & _COMMON)


def opening_literals(pattern: str) -> tuple[str, ...] | None:
    """The literals every match of `pattern` starts with, or None when unknown or too short to help."""
    try:
        parsed = parse(pattern)
        found = openings(parsed) if parsed is not None else None
    except Exception:  # noqa: BLE001 - as in `requirements`
        return None
    if not found or any(len(lit) < 2 and lit.isascii() for lit in found):
        return None
    return tuple(sorted(found))


def starts_at_words(pattern: str) -> bool:
    """True when `pattern` begins with `(?<!\\w)` outside any group or alternative: a match then
    starts only where no word character comes before it (see `LiteralGate`'s `word_starts`)."""
    try:
        parsed = parse(pattern)
    except Exception:  # noqa: BLE001 - as in `requirements`
        return False
    if not parsed:
        return False
    op, arg = parsed[0]
    return bool(op is _sre.ASSERT_NOT and arg[0] == -1 and list(arg[1]) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])])


# A scout finds, in C, the places a pattern that opens with a word-edge assertion could match.
# Python's engine has no fast scan for such a pattern and runs the assertion at every position;
# the scout consumes the character before a match instead, which the engine scans for quickly,
# and looks ahead for the pattern itself.
_NOT_ALNUM = "[^a-z0-9]"
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
# Word characters of Japanese text: before a match of a `WORD_EDGE` pattern there is none, so its
# scout need not stop at them (each range is checked to be word characters before it is used).
_KANA_KANJI = ((0x3005, 0x3006), (0x3041, 0x3096), (0x30A1, 0x30FA), (0x30FC, 0x30FE), (0x3400, 0x4DBF), (0x4E00, 0x9FFF))


@lru_cache(maxsize=1)
def _not_word_before() -> str:
    """A class of every character that is not a word character (and of some that are)."""
    ranges = "".join(
        f"{chr(low)}-{chr(high)}"
        for low, high in _KANA_KANJI
        if all(chr(code).isalnum() for code in range(low, high + 1))  # what `\w` matches, but "_"
    )
    return f"[^_a-z0-9{ranges}]"
WORD_EDGE = r"(?<!\w)"  # `bot.triage.cues.compile_english` opens every English cue with it
ASCII_EDGE = r"(?:(?<![a-z0-9])(?=[a-z0-9])|(?<=[a-z0-9])(?![a-z0-9]))"  # `\b` in the safety floor's English rules


def scout(pattern: str) -> re.Pattern[str] | None:
    """A scout for `pattern` (see `finditer`), or None when it has none.

    The scout matches the character before every match of `pattern` (but one at the start of the
    text) when no ASCII letter or digit can come before a match: when the pattern, or each of its
    alternatives, opens with `WORD_EDGE` (no word character before), or with `ASCII_EDGE` or `\\b`
    followed by an expression every match of which starts with a letter or a digit. It is
    `[^a-z0-9](?=pattern)`, the pattern less its opening edge where it has no alternatives (after
    `WORD_EDGE` or `\\b`, the class leaves out kana and kanji, word characters too).
    """
    edge = next((e for e in (WORD_EDGE, ASCII_EDGE, r"\b") if pattern.startswith(e)), None)
    if edge is None:
        return None
    try:
        parsed, alone = parse(pattern), parse(edge)
        if not parsed or not alone:  # no parser: no scout
            return None
        mark = repr(alone[0])
        if repr(parsed[0]) == mark:  # one sequence: what follows the edge is the rest of the pattern
            alternatives, ahead = [parsed], pattern[len(edge):]
        elif len(parsed) == 1 and parsed[0][0] is _sre.BRANCH:
            alternatives, ahead = list(parsed[0][1][1]), pattern
        else:
            return None
        for alternative in alternatives:
            if not alternative or repr(alternative[0]) != mark:
                return None  # an alternative that does not open with the edge
            if edge != WORD_EDGE and _first_characters(alternative[1:]) != (True, False):
                return None  # a match could start after a letter, at the end of a word
        return re.compile(f"{_NOT_ALNUM if edge == ASCII_EDGE else _not_word_before()}(?={ahead})")
    except Exception:  # noqa: BLE001 - an expression the parser reads otherwise has no scout
        return None


def _first_characters(parsed: Any) -> tuple[bool, bool]:
    """(every match's first character is an ASCII letter or digit, the expression can match empty)."""
    for op, arg in parsed:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width
        if op is _sre.LITERAL:
            return chr(arg) in _ALNUM, False
        if op is _sre.IN:
            return all(_alnum_class_item(item) for item in arg), False
        if op is _sre.SUBPATTERN:
            alnum, empty = _first_characters(arg[-1])
        elif op is _sre.BRANCH:
            found = [_first_characters(branch) for branch in arg[1]]
            alnum, empty = all(a for a, _ in found), any(e for _, e in found)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)):
            alnum, empty = _first_characters(arg[2])
            empty = empty or arg[0] == 0
        else:
            return False, False  # anything else: unknown
        if not alnum:
            return False, False
        if not empty:
            return True, False
    return True, True


def _alnum_class_item(item: tuple[Any, Any]) -> bool:
    op, arg = item
    if op is _sre.LITERAL:
        return chr(arg) in _ALNUM
    if op is _sre.RANGE:
        return all(chr(code) in _ALNUM for code in range(arg[0], arg[1] + 1))
    return False  # a negation, a category such as \w


def finditer(regex: re.Pattern[str], found_by: re.Pattern[str] | None, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Exactly `regex.finditer(text, start, end)`, tried only where the scout `found_by` says it could match.

    The scout must match the character before every position (but the first) where `regex` can
    match (`scout`). Each non-overlapping match is the one `regex.match` finds at the first such
    position past the previous match; at an empty match the rest is left to `regex.finditer`.
    """
    if found_by is None:
        yield from regex.finditer(text, start, end)
        return
    reached = start
    places = found_by.finditer(text, max(0, start - 1), end)
    position = start if start == 0 else None  # the text's first position has nothing before it
    while True:
        if position is None:
            before = next(places, None)
            if before is None:
                return
            position = before.start() + 1
        if position >= reached:
            match = regex.match(text, position, end)
            if match is not None:
                if match.end() == position:
                    yield from regex.finditer(text, position, end)
                    return
                yield match
                reached = match.end()
        position = None


def finditer_first_of(
    whole: re.Pattern[str], parts: Sequence[tuple[re.Pattern[str], re.Pattern[str] | None]], text: str
) -> Iterator[re.Match[str]]:
    """The matches of `whole`, the alternation of the `parts` (`A|B|...`), each searched for on its own.

    `whole` matches at a position where one of its alternatives does, with the first of them
    that does there; so its next match is the part match that starts first (the earlier part on
    a tie). Each part is searched with its scout (`finditer`), where `whole` would be tried at
    every position. The matches are the parts' (their spans are `whole.finditer(text)`'s; their
    groups are numbered as in the part); at an empty match the rest is left to `whole.finditer`.
    """
    end = len(text)
    ahead = [next(finditer(regex, found_by, text, 0, end), None) for regex, found_by in parts]
    while True:
        first: re.Match[str] | None = None
        for match in ahead:
            if match is not None and (first is None or match.start() < first.start()):
                first = match
        if first is None:
            return
        if first.end() == first.start():
            yield from whole.finditer(text, first.start(), end)
            return
        yield first
        reached = first.end()
        for index, match in enumerate(ahead):
            if match is not None and match.start() < reached:  # overlapped: the part's next match from here
                regex, found_by = parts[index]
                ahead[index] = next(finditer(regex, found_by, text, reached, end), None)


def alternatives(pattern: str) -> list[re.Pattern[str]] | None:
    """Expressions one of which matches somewhere in a text exactly when `pattern` does, each
    quicker to search for; None when `pattern` cannot be taken apart so.

    For a yes-or-no search only (`any(part.search(text, pos, endpos) for part in parts)`): the
    alternatives of a pattern that is one alternation (within plain groups around all of it), each
    less an optional start (`(ご)?X` matches somewhere exactly when `X` does). Python's engine
    scans quickly for an expression that starts with a literal or a small class; one alternation,
    or an optional start, hides that start and the engine tries every position.
    """
    if _sre_parse is None or _sre_compile is None:
        return None
    try:
        tree = _sre_parse.parse(pattern)
        state = tree.state
        if _refers_to_groups(tree):
            return None  # a group set in a dropped start, or in another alternative
        while len(tree) == 1 and tree[0][0] is _sre.SUBPATTERN and not tree[0][1][1] and not tree[0][1][2]:
            tree = tree[0][1][3]  # a plain group around everything (no flags)
        if len(tree) != 1 or tree[0][0] is not _sre.BRANCH:
            return None
        parts: list[re.Pattern[str]] = []
        for branch in tree[0][1][1]:
            data = list(branch)
            while data and data[0][0] in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and data[0][1][0] == 0:
                data = data[1:]  # an optional start: what follows matches wherever the whole does
            parts.append(_sre_compile.compile(_sre_parse.SubPattern(state, data)))
        return parts
    except Exception:  # noqa: BLE001 - a parser or compiler that works otherwise: search the pattern whole
        return None


def _refers_to_groups(parsed: Any) -> bool:
    """True when an expression holds a backreference or a condition on a group."""
    for op, arg in parsed:
        if str(op).startswith("GROUPREF"):  # \1, (?(1)...), and their case-blind forms
            return True
        if op is _sre.SUBPATTERN:
            inner = [arg[-1]]
        elif op is _sre.BRANCH:
            inner = list(arg[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)):
            inner = [arg[2]]
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            inner = [arg[1]]
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            inner = [arg]
        else:
            continue
        if any(_refers_to_groups(sub) for sub in inner):
            return True
    return False


def _requirements(parsed: Any) -> list[Requirement]:
    """Every literal set the sequence `parsed` must match one literal of (AND across the list)."""
    found: list[Requirement] = []
    run = ""
    for op, arg in parsed:
        if op is _sre.LITERAL:
            run += chr(arg)
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if op is _sre.SUBPATTERN:
            found += _requirements(arg[-1])
        elif op is _sre.BRANCH:
            either = _either(arg[1])
            if either is not None:
                found.append(either)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            found += _requirements(arg[2])
    if run:
        found.append(frozenset({run}))
    return found


def _either(branches: Any) -> Requirement | None:
    """One literal set for an alternation: from each branch its rarest set, all joined."""
    union: set[str] = set()
    for branch in branches:
        options = [req for req in _requirements(branch) if req]
        if not options:
            return None
        union |= min(options, key=_cost)
    return frozenset(union)


def _cost(requirement: AbstractSet[str]) -> float:
    """How likely a text is to contain one of the literals (shorter and commoner: likelier)."""
    return sum(1.0 if lit in _COMMON else 1.0 / (len(lit) ** 2) for lit in requirement)


class Candidate:
    """Where one pattern is worth trying on a text: within `spans` (windows of the text), and
    where its openings are known, only where one starts (`openings`: per literal found, the
    places it starts, in order; None: anywhere). The lists may be shared: not to be changed."""

    __slots__ = ("openings", "spans")

    def __init__(
        self, spans: list[tuple[int, int]], starts: list[int] | None = None, openings: Sequence[list[int]] | None = None
    ) -> None:
        self.spans = spans
        self.openings = openings if openings is not None else (starts,) if starts is not None else None

    def __repr__(self) -> str:
        return f"Candidate(spans={self.spans!r}, starts={self.starts!r})"

    @property
    def starts(self) -> list[int] | None:
        """Where its openings start, in order, each place once (None: anywhere)."""
        if self.openings is None:
            return None
        return list(self.openings[0]) if len(self.openings) == 1 else sorted(set().union(*self.openings))

    def tried(self, regex: re.Pattern[str], text: str, found_by: re.Pattern[str] | None = None) -> list[re.Match[str]]:
        """The pattern's matches in the candidate's windows, in order, none overlapping.

        Where its openings are unknown, `regex.finditer` over each window (with the scout
        `found_by`, see `finditer`). Where they are known, what `regex.match` finds at each
        opening, left to right, the next try past the end of the last match (empty matches
        skipped): worked out by trying every opening, in any order, and keeping the matches a
        left-to-right pass would keep (a match found at an opening never depends on another).
        """
        found: list[re.Match[str]] = []
        for start, end in self.spans:
            if self.openings is None:
                found.extend(finditer(regex, found_by, text, start, end))
                continue
            whole = start == 0 and end == len(text)
            match = regex.match
            hits: list[re.Match[str]] = []
            for starts in self.openings:
                for position in starts:
                    if whole or start <= position < end:
                        hit = match(text, position, end)
                        if hit is not None and hit.end() > position:
                            hits.append(hit)
            if len(hits) > 1:
                hits.sort(key=_start)  # stable: an opening found twice (two literals) keeps one match
                reached = start
                for hit in hits:
                    if hit.start() >= reached:
                        found.append(hit)
                        reached = hit.end()
            else:
                found.extend(hits)
        return found


def _start(match: re.Match[str]) -> int:
    return match.start()


class LiteralGate:
    """Answers, for a text, which patterns could match it and where (one automaton pass).

    A pattern is tried only if each of its requirements has a literal in the text: where its
    openings are known, at their positions; otherwise within windows of two consecutive sentences
    in which each requirement has a literal. A pattern with neither is searched over the whole text.
    A pattern said to start at words (`word_starts`: its expression begins with `(?<!\\w)`) is
    tried only at the openings that begin a word. A pattern said not to be windowed (`windowed`)
    is searched over the whole text once each requirement has a literal anywhere in it.
    """

    def __init__(
        self,
        pattern_requirements: Sequence[Iterable[Requirement] | None],
        pattern_openings: Sequence[Iterable[str] | None] | None = None,
        word_starts: Sequence[bool] | None = None,
        windowed: Sequence[bool] | None = None,
    ) -> None:
        needs = [tuple(reqs) if reqs is not None else None for reqs in pattern_requirements]
        opens = list(pattern_openings) if pattern_openings is not None else [None] * len(needs)
        self._count = len(needs)
        self._arity = [len(reqs) if reqs is not None else 0 for reqs in needs]
        self._anchored = [o is not None for o in opens]
        self._word_starts = list(word_starts) if word_starts is not None else [False] * self._count
        self._windowed = list(windowed) if windowed is not None else [True] * self._count
        # Patterns searched over the whole text whatever it holds: no openings, no requirements.
        self._always = [i for i in range(self._count) if not self._anchored[i] and not self._arity[i]]
        self._automaton: Any = None
        if ahocorasick is None:
            logger.info("pyahocorasick is not installed: every pattern runs over the whole text")
            self._arity = [0] * self._count
            self._anchored = [False] * self._count
            self._always = list(range(self._count))
            return
        # Each literal knows the (pattern, requirement) slots it satisfies and the patterns it opens.
        slots: dict[str, list[tuple[int, int]]] = {}
        opened: dict[str, list[int]] = {}
        for index, reqs in enumerate(needs):
            for slot, req in enumerate(reqs or ()):
                for literal in req:
                    slots.setdefault(literal, []).append((index, slot))
        for index, literals in enumerate(opens):
            for literal in literals or ():
                opened.setdefault(literal, []).append(index)
        # Sorted: the automaton lays its nodes out in the order words are added, and a fixed
        # order keeps its speed the same from run to run (a set's order changes with the hash seed).
        words = sorted(set(slots) | set(opened))
        if not words:
            return
        # By the literal's number in `words`: its length, whether it begins with a word character,
        # the (pattern, requirement bit) pairs it satisfies and the patterns it opens.
        self._lengths = [len(literal) for literal in words]
        self._wordy = [_WORD.match(literal) is not None for literal in words]
        self._slot_bits = [
            tuple((index, 1 << slot) for index, slot in dict.fromkeys(slots.get(literal, ()))) for literal in words
        ]
        self._opens = [tuple(dict.fromkeys(opened.get(literal, ()))) for literal in words]
        self._full = [(1 << arity) - 1 for arity in self._arity]
        # For a pattern tried within windows of sentences: each requirement's literals, by number.
        number_of = {literal: number for number, literal in enumerate(words)}
        self._slot_literals = {
            index: [sorted(number_of[literal] for literal in req) for req in reqs]
            for index, reqs in enumerate(needs)
            if reqs and not self._anchored[index] and self._windowed[index]
        }
        automaton = ahocorasick.Automaton()
        for number, literal in enumerate(words):
            automaton.add_word(literal, number)
        automaton.make_automaton()
        self._automaton = automaton

    def scan(self, text: str) -> dict[int, Candidate]:
        """The patterns worth trying on `text`, each with where to try it, in pattern order."""
        whole = [(0, len(text))]
        if self._automaton is None:
            return {index: Candidate(whole, None) for index in range(self._count)}
        # Where each literal found ends, by literal number (the automaton goes through the text in order).
        ends_of: dict[int, list[int]] = {}
        get = ends_of.get
        for end, number in self._automaton.iter(text):
            ends = get(number)
            if ends is None:
                ends_of[number] = [end]
            else:
                ends.append(end)
        slot_bits, opens, anchored = self._slot_bits, self._opens, self._anchored
        met: dict[int, int] = {}  # pattern -> the requirements with a literal in the text, as bits
        openers: dict[int, list[int]] = {}  # pattern -> the literals found that open it
        for number in ends_of:
            for index, bit in slot_bits[number]:
                met[index] = met.get(index, 0) | bit
            for index in opens[number]:
                found_openers = openers.get(index)
                if found_openers is None:
                    openers[index] = [number]
                else:
                    found_openers.append(number)
        arity, full = self._arity, self._full
        chosen = [index for index in openers if not arity[index] or met.get(index) == full[index]]
        chosen += [index for index, bits in met.items() if not anchored[index] and bits == full[index]]
        chosen += self._always
        chosen.sort()
        found: dict[int, Candidate] = {}
        word_starts, wordy = self._word_starts, self._wordy
        starts_of: dict[int, list[int]] = {}  # literal -> where it starts; ~literal: only at words
        bounds: list[tuple[int, int]] | None = None
        for index in chosen:
            if anchored[index]:
                # Tried only at its openings, a pattern needs no narrower window than the text.
                at_words = word_starts[index]
                lists: list[list[int]] = []
                for number in openers[index]:
                    key = ~number if at_words and wordy[number] else number
                    at = starts_of.get(key)
                    if at is None:
                        at = self._starts(text, number, key, ends_of, starts_of)
                    if at:
                        lists.append(at)
                if lists:  # else no opening begins a word: no match can start anywhere
                    found[index] = Candidate(whole, openings=lists)
                continue
            if not arity[index]:
                found[index] = Candidate(whole, None)
                continue
            if not self._windowed[index]:
                found[index] = Candidate(whole, None)
                continue
            if bounds is None:
                bounds = _sentence_bounds(text)
            if len(bounds) == 1:
                found[index] = Candidate(whole, None)
                continue
            spans = _windows(self._sentence_sets(index, ends_of, bounds), bounds)
            if spans:
                found[index] = Candidate(spans, None)
        return found

    def _starts(
        self, text: str, number: int, key: int, ends_of: dict[int, list[int]], starts_of: dict[int, list[int]]
    ) -> list[int]:
        """Where a literal starts in the text, in order (key ~number: only where it begins a word).

        Kept in `starts_of` and shared by every pattern the literal opens: not to be changed.
        """
        everywhere = starts_of.get(number)
        if everywhere is None:
            length = self._lengths[number] - 1
            everywhere = starts_of[number] = [end - length for end in ends_of[number]]
        if key == number:
            return everywhere
        # The literal begins with a word character: it begins a word where none comes before it
        # (`str.isalnum` or "_" is what `\w` matches in a str pattern).
        at_words = starts_of[key] = [
            start for start in everywhere if not start or not (text[start - 1].isalnum() or text[start - 1] == "_")
        ]
        return at_words

    def _sentence_sets(self, index: int, ends_of: dict[int, list[int]], bounds: list[tuple[int, int]]) -> list[set[int]]:
        """For each requirement of a pattern, the sentences holding one of its literals."""
        firsts = [b[0] for b in bounds]
        lengths = self._lengths
        sentences: list[set[int]] = []
        for numbers in self._slot_literals[index]:
            found: set[int] = set()
            for number in numbers:
                ends = ends_of.get(number)
                if ends is not None:
                    length = lengths[number] - 1
                    found.update(bisect.bisect_right(firsts, end - length) - 1 for end in ends)
            sentences.append(found)
        return sentences


_WORD = re.compile(r"\w")


def _windows(sentence_sets: list[set[int]], bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs of consecutive sentences holding a literal of every requirement, merged into spans."""
    firsts = set.union(*sentence_sets)
    spans: list[tuple[int, int]] = []
    for first in sorted({i for s in firsts for i in (s - 1, s) if i >= 0}):
        pair = {first, first + 1}
        if all(hits & pair for hits in sentence_sets):
            start, end = bounds[first][0], bounds[min(first + 1, len(bounds) - 1)][1]
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
            else:
                spans.append((start, end))
    return spans


_SENTENCE_END = re.compile(r"[.!?\n。！？]+")


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, the end mark included; together they cover the text."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for mark in _SENTENCE_END.finditer(text):
        bounds.append((start, mark.end()))
        start = mark.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds
