"""The cue index: every lexicon cue compiled once, and a cheap way to find which ones can match.

`bot.triage.lexicon` holds the cues as written (a small pattern syntax over normalised text);
this module turns them into regular expressions (`compile_english`, `compile_japanese`), works
out for each one the literal strings every match starts with and the literal sets every match
draws from (`analyse`, using `bot.triage.prefilter`'s reading of the standard library's private
regex parser), saves that analysis in `cue_index.json` (parsing 800 expressions at start-up
costs more than loading it), and finds, for a text, the cues worth running and where
(`matches`): one Aho-Corasick pass over the text for the literals of every cue, then each
candidate cue only where its literals are, instead of one search per cue.

Nothing here can make a cue miss: a cue whose literals are unknown (or every cue, when the
private parser or the automaton library is not available) is searched over the whole text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from bot.policy.model import Severity
from bot.triage import lexicon, prefilter
from bot.triage.text import has_english, has_japanese

INDEX_FILE = Path(__file__).with_name("cue_index.json")
INDEX_FORMAT = 2
# A literal found in more than this share of the development texts gates nothing worth its cost
# ("the", 「の」): requirement sets holding one are left out of the saved index. Openings are
# always kept: trying a cue where "the" starts is still far cheaper than searching the text.
COMMON_LITERAL_SHARE = 0.08

Requirements = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class CompiledCue:
    category: str
    source: str  # the regular expression, compiled on first use (`regex`)
    weight: float
    severity: Severity
    japanese: bool
    # Literal strings every match starts with (None: unknown). A cue is tried only where one occurs.
    openings: tuple[str, ...] | None
    # Literal sets every match draws one string from ("knee" or "knees", and "get down"...): a cue
    # is tried only where every set has a literal within two sentences. None: none known.
    requirements: Requirements | None = None

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled when a text first needs it: most cues are never needed by most processes."""
        return re.compile(self.source)

    @cached_property
    def scout(self) -> re.Pattern[str] | None:
        """What finds the places the cue could match faster than searching it (`prefilter.scout`)."""
        return prefilter.scout(self.source)


def compile_english(pattern: str) -> str:
    """Turn the lexicon's English pattern syntax into a regular expression."""
    pattern = pattern.replace(" ~ ", r"\W+(?:\w+\W+){0,4}")
    pattern = pattern.replace(" ?", r"\W*")  # an optional space ("5 ?pm" matches "5pm")
    pattern = re.sub(r"(?<=[a-z])(?<!\\[a-z])\*", r"\\w*", pattern)
    pattern = pattern.replace(" ", r"\W+")
    return rf"(?<!\w)(?:{pattern})(?!\w)"


def compile_japanese(pattern: str) -> str:
    """Turn the lexicon's Japanese pattern syntax into a regular expression."""
    # The text is lower-cased by normalise(), so Latin letters in a cue (SNS, LINE, X) must be
    # too; escapes such as \d keep their case.
    pattern = re.sub(r"(?<!\\)[A-Z]+", lambda m: m.group(0).lower(), pattern)
    return pattern.replace("…", r"[^。！？!?\n]{0,12}?")


@lru_cache(maxsize=1)
def compiled_cues() -> tuple[CompiledCue, ...]:
    """Every cue with its openings and required literals, from the cue index where it is current."""
    index = _read_index()
    compiled: list[CompiledCue] = []
    for japanese, category, cue, source in _sources():
        known = index.get(source)
        openings, requirements = known if known is not None else analyse(source, japanese)
        severity = Severity(cue.severity) if cue.severity else Severity.NONE
        compiled.append(CompiledCue(category, source, cue.weight, severity, japanese, openings, requirements))
    return tuple(compiled)


def _sources() -> Iterator[tuple[bool, str, Any, str]]:
    for japanese, table in ((False, lexicon.EN), (True, lexicon.JA)):
        for category, cues in table.items():
            for cue in cues:
                source = compile_japanese(cue.pattern) if japanese else compile_english(cue.pattern)
                yield japanese, category, cue, source


def analyse(source: str, japanese: bool) -> tuple[tuple[str, ...] | None, Requirements | None]:
    """A cue's openings and required literal sets, found by parsing its regular expression."""
    try:
        re.compile(source)
    except re.error as exc:  # a broken cue is a programming error: say which
        raise ValueError(f"bad {'ja' if japanese else 'en'} cue {source!r}: {exc}") from exc
    openings = prefilter.opening_literals(source)
    requirements = prefilter.requirements(source)
    return openings, (tuple(tuple(sorted(req)) for req in requirements) if requirements else None)


def _read_index() -> dict[str, tuple[tuple[str, ...] | None, Requirements | None]]:
    """The saved analysis of every cue; a missing, stale or malformed entry is analysed afresh."""
    try:
        payload = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(payload, dict) or payload.get("format") != INDEX_FORMAT or not isinstance(payload.get("cues"), dict):
        return {}
    index: dict[str, tuple[tuple[str, ...] | None, Requirements | None]] = {}
    for source, entry in payload["cues"].items():
        if not (isinstance(entry, list) and len(entry) == 2):
            continue
        openings, requirements = entry
        if not _strings_or_none(openings):
            continue
        if requirements is not None and not (isinstance(requirements, list) and all(_strings_or_none(r) and r for r in requirements)):
            continue
        index[source] = (
            tuple(openings) if openings else None,
            tuple(tuple(r) for r in requirements) if requirements else None,
        )
    return index


def _strings_or_none(value: Any) -> bool:
    return value is None or (isinstance(value, list) and all(isinstance(item, str) and item for item in value))


def write_index(corpus: Iterable[str] = (), path: Path = INDEX_FILE) -> int:
    """Analyse every cue afresh and save the result; returns how many cues. Run after editing the lexicon.

    With a corpus (normalised texts), literals common in it are dropped from the gates: cheaper
    scans, the same matches.
    """
    analysed = {source: analyse(source, japanese) for japanese, _, _, source in _sources()}
    common = _common_literals(analysed.values(), list(corpus))
    analysed = {
        source: (
            openings,
            tuple(req for req in requirements if not common.intersection(req)) or None if requirements else None,
        )
        for source, (openings, requirements) in analysed.items()
    }
    cues = {
        source: [list(o) if o else None, [list(r) for r in reqs] if reqs else None]
        for source, (o, reqs) in sorted(analysed.items())
    }
    text = json.dumps({"format": INDEX_FORMAT, "cues": cues}, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text.replace(']],"', ']],\n"').replace('null],"', 'null],\n"') + "\n", encoding="utf-8")
    clear_caches()
    return len(analysed)


def _common_literals(
    analysed: Iterable[tuple[tuple[str, ...] | None, Requirements | None]], corpus: list[str]
) -> set[str]:
    """Literals found in more than COMMON_LITERAL_SHARE of the corpus texts of their script."""
    literals = {lit for openings, reqs in analysed for lit in (*(openings or ()), *(x for req in reqs or () for x in req))}
    if not corpus or not literals:
        return set()
    gate = prefilter.LiteralGate([[frozenset({lit})] for lit in sorted(literals)])
    ordered = sorted(literals)
    seen: Counter[str] = Counter()
    texts = {"ascii": 0, "other": 0}
    for text in corpus:
        texts["ascii"] += has_english(text)
        texts["other"] += has_japanese(text)
        seen.update(ordered[index] for index in gate.scan(text))
    return {
        lit for lit, n in seen.items() if n > COMMON_LITERAL_SHARE * max(1, texts["ascii" if lit.isascii() else "other"])
    }


@lru_cache(maxsize=1)
def _gate() -> prefilter.LiteralGate:
    cues = compiled_cues()
    # A cue with neither openings nor requirements in the index would be searched over every text.
    # It still has literal sets every match draws from, only too common to gate windows of
    # sentences by: it is searched (over the whole text) only when each has a literal in the text.
    # (A few dozen cues: parsing them costs some milliseconds, once.)
    anywhere = [cue.openings is None and cue.requirements is None for cue in cues]
    return prefilter.LiteralGate(
        [
            prefilter.requirements(cue.source) if whole else [frozenset(req) for req in cue.requirements] if cue.requirements else None
            for cue, whole in zip(cues, anywhere, strict=True)
        ],
        [cue.openings for cue in cues],
        # An English cue is `(?<!\w)(?:...)(?!\w)` (`compile_english`): it can start only at a word.
        [not cue.japanese for cue in cues],
        [not whole for whole in anywhere],
    )


def matches(normalised: str) -> Iterator[tuple[CompiledCue, re.Match[str]]]:
    """Every cue match in a normalised text, cue by cue (in index order), each non-empty.

    Within a cue, matches do not overlap: where its openings are known it is tried at them,
    left to right, the next try after the end of the last match (as `finditer` would).
    """
    cues = compiled_cues()
    candidates = _gate().scan(normalised)
    for index in sorted(candidates):
        cue = cues[index]
        where = candidates[index]
        # (The scout is worked out only for a cue that is searched.)
        for found in where.tried(cue.regex, normalised, cue.scout if where.openings is None else None):
            if found.group(0).strip():
                yield cue, found


def clear_caches() -> None:
    """Forget the compiled cues and the automaton (after the lexicon or the index file changed)."""
    compiled_cues.cache_clear()
    _gate.cache_clear()
