"""The triage engine: which harassment categories and policy clauses a description matches.

Pure and deterministic: no Slack, no SQL, no network. `triage(text, bundle)` scores every
category from weighted cues (`bot.triage.lexicon`), discards cues that are negated
("he did not threaten me", 「暴力はなかった」), and explains each decision with the exact
words that led to it.

Two readers, one decision:
- The cue lexicon scores each category from weighted phrases: a category's raw score is its
  strongest cue plus a third of the others, so many weak hints add up but never outweigh one
  clear statement. A category whose conduct the text itself justifies (repeated contact
  because nobody answered, a long call because the company kept the customer on hold) counts
  for a fraction of its weight (`lexicon.JUSTIFIED_EN/JA`); the same short utterance sent three
  times or more (a chat flood) counts as repetition whatever its words.
- The model (`bot.triage.model`) reads the words, character n-grams and the lexicon's scores
  together, and ranks the categories and "legitimate complaint". It decides; the lexicon's
  phrases are its evidence, shown to the manager.
A text is harassment when the model's best category leads "legitimate complaint"; the model's
best category comes first, and further categories count when they are likely enough or when
the lexicon found them clearly. Without a weights file the lexicon decides alone.
"""

from __future__ import annotations

import json
import operator
import re
import re._constants as _sre  # type: ignore[import-not-found]  # the stdlib regex parser, for cue openings
import re._parser as _sre_parse  # type: ignore[import-not-found]
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

from bot.policy.loader import clauses_for_category
from bot.policy.model import PolicyBundle, Severity
from bot.triage import lexicon, model, negation, safety
from bot.triage.text import MAX_ANALYSED_CHARS, detect_language, has_english, has_japanese, normalise

PRIMARY_THRESHOLD = 0.6  # lexicon alone: a category counts from this raw score
SECONDARY_THRESHOLD = 0.35  # lexicon alone: further categories beside a counted one
# With the model (values chosen by writer-held-out cross-validation on the dev cases):
HARASSMENT_MARGIN = 0.0  # the best category's lead over "legitimate complaint" (English)
HARASSMENT_MARGIN_JA = -5.0  # the same for Japanese and mixed text
MODEL_MIN_KNOWN_FEATURES = 3  # with fewer familiar features ("He punched me") the cues decide alone
MODEL_SECONDARY = 0.25  # a further category counts from this share of the model's belief (or found clearly by the lexicon)
RANKED_CATEGORIES = 3  # the ranking is completed to this many with "possible" categories
POSSIBLE_MIN = 0.03  # ... each with at least this share of the model's belief
_OTHER_CUES_SHARE = 1 / 3

@dataclass(frozen=True)
class Evidence:
    """A phrase in the text that counted (or was discounted) for a category."""

    category: str
    phrase: str
    weight: float
    start: int
    negated: bool = False
    source: str = "cue"  # "cue": a lexicon phrase; "model": n-grams the model weighed; "safety": the safety floor


@dataclass(frozen=True)
class CategoryScore:
    """One category's score (0..1) and the phrases behind it."""

    category: str
    score: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ClauseMatch:
    """A clause of the active (or fallback) policy that covers matched categories."""

    policy: str
    clause_id: str
    score: float
    categories: tuple[str, ...]


@dataclass(frozen=True)
class TriageResult:
    """What the engine concluded about one description."""

    harassment: bool
    categories: tuple[CategoryScore, ...]  # counted categories, best first
    clauses: tuple[ClauseMatch, ...]
    severity: Severity
    language: str
    policy_id: str
    policy_version: str
    discounted: tuple[Evidence, ...] = ()  # negated cues, shown so a manager sees why
    legitimate_signals: tuple[str, ...] = ()  # complaint words found (defect, refund...)
    truncated: bool = False
    # Categories the model ranks next without enough belief to count them: no clauses, no
    # severity, not among a case's categories; listed after the counted ones in the JSON
    # "categories" (and under "possible") so the ranking reaches RANKED_CATEGORIES.
    possible: tuple[CategoryScore, ...] = ()
    # What the safety floor found (a weapon, a threat to life...): always harassment at critical
    # severity with the safety steps first, whatever the model scored.
    safety: safety.SafetyFinding | None = None

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(c.category for c in self.categories)

    @property
    def ranked_ids(self) -> tuple[str, ...]:
        """Counted categories, then the possible ones: the engine's full ranking."""
        return self.category_ids + tuple(c.category for c in self.possible)

    @property
    def primary_category(self) -> str | None:
        return self.categories[0].category if self.categories else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `python -m bot triage --jsonl` (without the id)."""
        evidence: dict[str, list[str]] = {c.category: [e.phrase for e in c.evidence] for c in self.categories}
        if self.discounted:
            evidence["_negated"] = [f"{e.category}: {e.phrase}" for e in self.discounted]
        if self.legitimate_signals:
            evidence["_complaint"] = list(self.legitimate_signals)
        return {
            "harassment": self.harassment,
            "categories": list(self.ranked_ids),
            "possible": [c.category for c in self.possible],
            "scores": {c.category: c.score for c in self.categories + self.possible},
            "severity": self.severity.value,
            "clauses": [
                {"policy": m.policy, "clause_id": m.clause_id, "score": m.score, "categories": list(m.categories)}
                for m in self.clauses
            ],
            "evidence": evidence,
            "language": self.language,
            "policy": {"id": self.policy_id, "version": self.policy_version},
            "truncated": self.truncated,
            "safety": self.safety.to_dict() if self.safety else None,
        }


@dataclass
class _Tally:
    weights: list[float] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    severity: Severity = Severity.NONE

    def raw(self) -> float:
        if not self.weights:
            return 0.0
        ordered = sorted(self.weights, reverse=True)
        return ordered[0] + _OTHER_CUES_SHARE * sum(ordered[1:])


@dataclass(frozen=True)
class _CompiledCue:
    category: str
    source: str  # the regular expression, compiled on first use (`regex`)
    weight: float
    severity: Severity
    japanese: bool
    # Literal openings every match starts with (None: unknown, always try the regex). A cue
    # whose openings are absent from the text is skipped without running its regex, which
    # keeps a 2,000-character description well under a millisecond per category.
    openings: tuple[str, ...] | None
    # Literal strings one of which every match contains ("knees" in "get down on ... knees"),
    # chosen as the rarest such set; a cue whose openings occur but whose required strings
    # do not is skipped too. None: nothing useful beyond the openings.
    required: tuple[str, ...] | None = None

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled when a text first needs it: most cues are never needed by most processes."""
        return re.compile(self.source)


def triage(text: str, bundle: PolicyBundle) -> TriageResult:
    """Classify one description against the bundle's taxonomy and policy."""
    truncated = len(text) > MAX_ANALYSED_CHARS
    normalised = normalise(text[:MAX_ANALYSED_CHARS])
    language = detect_language(normalised)
    tallies, discounted = _lexicon(normalised)
    signals = _legitimate_signals(normalised)
    opinion = model.load()
    possible_ids: list[str] = []
    assessment = opinion.assess(normalised, _lexicon_values(tallies, discounted, signals)) if opinion else None
    if assessment is None or assessment.known_features < MODEL_MIN_KNOWN_FEATURES:
        # No model, or a text too short for word statistics ("He punched me"): the cues decide.
        scores, counted_ids = _lexicon_decision(tallies)
    else:
        # Only text that is mostly Japanese gets the Japanese threshold: a Japanese name in an
        # English complaint must not make it easier to call harassment.
        margin = HARASSMENT_MARGIN_JA if language == "ja" else HARASSMENT_MARGIN
        scores, counted_ids = _model_decision(tallies, assessment, margin)
        if counted_ids:
            ranked = [cat for cat in assessment.ranked() if cat != model.LEGITIMATE and cat not in counted_ids]
            possible_ids = [cat for cat in ranked if scores[cat] >= POSSIBLE_MIN][: max(0, RANKED_CATEGORIES - len(counted_ids))]
    for cat in counted_ids:
        if cat not in tallies or not tallies[cat].weights:
            tallies[cat] = _model_tally(cat, normalised, scores[cat], opinion, assessment)
    floor = safety.assess(normalised)
    if floor is not None:
        counted_ids = _with_floor(floor, counted_ids, tallies, scores)
        possible_ids = [cat for cat in possible_ids if cat not in counted_ids]
    counted = [(cat, tallies[cat]) for cat in counted_ids]
    categories = tuple(
        CategoryScore(cat, round(min(1.0, scores[cat]), 3), tuple(t.evidence)) for cat, t in counted
    )
    harassment = bool(categories)  # never "harassment" without a category to show for it
    severity = Severity.CRITICAL if floor is not None else _severity(bundle, counted)
    clauses = _match_clauses(bundle, categories)
    return TriageResult(
        harassment=harassment,
        categories=categories,
        clauses=clauses,
        severity=severity,
        language=language,
        policy_id=bundle.policy.id,
        policy_version=bundle.policy.version,
        discounted=tuple(discounted),
        legitimate_signals=() if harassment else signals,
        truncated=truncated,
        possible=tuple(CategoryScore(cat, round(scores[cat], 3), ()) for cat in possible_ids),
        safety=floor,
    )


def _with_floor(
    floor: safety.SafetyFinding, counted_ids: list[str], tallies: dict[str, _Tally], scores: dict[str, float]
) -> list[str]:
    """The floor's categories first, with its phrases as their first evidence; then the others."""
    for cat in floor.categories:
        found = [
            Evidence(cat, phrase, 1.0, -1, source="safety") for phrase in floor.phrases(cat)
        ]
        tally = tallies.get(cat)
        earlier = [e for e in tally.evidence if e.phrase not in floor.phrases(cat)] if tally else []
        tallies[cat] = _Tally(weights=[1.0], evidence=found + earlier, severity=Severity.CRITICAL)
        scores[cat] = 1.0
    # Beside a clear danger, a category only the model guessed at with little belief is noise.
    kept = [
        cat
        for cat in counted_ids
        if cat in floor.categories
        or scores.get(cat, 0.0) >= MODEL_SECONDARY
        or any(e.source != "model" for e in tallies[cat].evidence)
    ]
    return list(dict.fromkeys([*floor.categories, *kept]))


def lexicon_features(normalised: str) -> dict[str, float]:
    """The lexicon's reading of a normalised text, as the model's features (see `model.train`)."""
    tallies, discounted = _lexicon(normalised)
    return _lexicon_values(tallies, discounted, _legitimate_signals(normalised))


def _lexicon(normalised: str) -> tuple[dict[str, _Tally], list[Evidence]]:
    tallies, discounted = _score(normalised)
    _apply_justified(tallies, normalised)
    _add_repeated_utterances(tallies, normalised)
    return tallies, discounted


def _lexicon_values(tallies: dict[str, _Tally], discounted: list[Evidence], signals: tuple[str, ...]) -> dict[str, float]:
    values = {cat: t.raw() for cat, t in tallies.items() if t.weights}
    # How much of the text reads as an ordinary complaint, and how much was negated: the model
    # learns what these are worth against the cues.
    values["_complaint"] = min(3, len(signals)) / 3
    values["_negated"] = min(3, len(discounted)) / 3
    return values


def _lexicon_decision(tallies: dict[str, _Tally]) -> tuple[dict[str, float], list[str]]:
    """Without a model: categories whose cues are clear, and weaker ones beside them."""
    scores = {cat: t.raw() for cat, t in tallies.items() if t.weights}
    if not any(v >= PRIMARY_THRESHOLD for v in scores.values()):
        return scores, []
    ranked = sorted(scores, key=lambda cat: (-scores[cat], _first_start(tallies, cat)))
    return scores, [cat for cat in ranked if scores[cat] >= SECONDARY_THRESHOLD]


def _model_decision(
    tallies: dict[str, _Tally], assessment: model.Assessment, margin: float
) -> tuple[dict[str, float], list[str]]:
    """The model's ranking; further categories when likely, or clear in the lexicon.

    A category's score is the model's share of belief in it, or its cue score when the cues
    found it clearly (a clear "punched me" is not 5% likely because the text is mostly insults).
    """
    scores = assessment.probabilities()
    if assessment.margin() <= margin:
        return scores, []
    ranked = [cat for cat in assessment.ranked() if cat != model.LEGITIMATE]
    counted = ranked[:1]
    for cat in ranked:
        tally = tallies.get(cat)
        clear = tally is not None and bool(tally.weights) and tally.raw() >= PRIMARY_THRESHOLD
        if clear:
            scores[cat] = max(scores[cat], min(1.0, tally.raw()))  # type: ignore[union-attr]
        if cat not in counted and (scores[cat] >= MODEL_SECONDARY or clear):
            counted.append(cat)
    return scores, counted


def _model_tally(
    cat: str, normalised: str, share: float, opinion: model.ComplementNB | None, assessment: model.Assessment | None
) -> _Tally:
    """Evidence for a category only the model saw: the n-grams that weighed most."""
    grams = assessment.text_features if assessment else None
    phrases = opinion.explain(normalised, cat, grams=grams) if opinion else []
    evidence = Evidence(cat, " / ".join(phrases) or "overall wording", round(share, 3), -1, source="model")
    return _Tally(weights=[share], evidence=[evidence])


def _first_start(tallies: dict[str, _Tally], cat: str) -> int:
    tally = tallies.get(cat)
    return tally.evidence[0].start if tally and tally.evidence else 1_000_000


def _score(normalised: str) -> tuple[dict[str, _Tally], list[Evidence]]:
    found: dict[str, list[tuple[Evidence, int, Severity]]] = {}
    discounted: list[Evidence] = []
    cues = _compiled_cues()
    check_en, check_ja = has_english(normalised), has_japanese(normalised)
    candidates = _candidate_positions(normalised, check_en, check_ja)
    for index in sorted(candidates):
        cue = cues[index]
        positions = candidates[index]
        if positions is None:
            matches: Iterable[re.Match[str]] = cue.regex.finditer(normalised)
        else:
            matches = _matches_at(cue.regex, normalised, positions)
        for match in matches:
            phrase = match.group(0).strip()
            if not phrase:
                continue
            negated = (
                negation.is_negated_ja(normalised, match.end())
                if cue.japanese
                else negation.is_negated_en(normalised, match.start(), match.group(0))
            )
            evidence = Evidence(cue.category, phrase, cue.weight, match.start(), negated)
            if negated:
                discounted.append(evidence)
            else:
                found.setdefault(cue.category, []).append((evidence, match.end(), cue.severity))
    tallies: dict[str, _Tally] = {}
    for category, items in found.items():
        tally = tallies.setdefault(category, _Tally())
        # One stretch of text counts once per category: when several cues match overlapping
        # words ("kept insisting", "insisting"), only the strongest reading counts, so a
        # single phrase cannot add up to a clear statement by itself.
        taken: list[tuple[int, int]] = []
        for evidence, end, severity in sorted(items, key=lambda item: (-item[0].weight, item[0].start)):
            if severity.rank > tally.severity.rank:
                tally.severity = severity  # a weapon raises severity even inside a longer cue
            if any(evidence.start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((evidence.start, end))
            tally.weights.append(evidence.weight)
            tally.evidence.append(evidence)
    return tallies, discounted


_WORD = re.compile(r"\w+")
_OPENING_CHARS = 5


_WORD_KEYS: dict[str, tuple[str, ...]] = {}  # word -> its prefixes that open some cue (a cache)
_WORD_KEYS_MAX = 50_000


def _word_keys(word: str, en_keys: frozenset[str]) -> tuple[str, ...]:
    """The word's first one to five characters that are cue openings, remembered per word."""
    keys = tuple(word[:size] for size in range(1, min(len(word), _OPENING_CHARS) + 1) if word[:size] in en_keys)
    if len(_WORD_KEYS) >= _WORD_KEYS_MAX:
        _WORD_KEYS.clear()
    _WORD_KEYS[word] = keys
    return keys


def _candidate_positions(normalised: str, check_en: bool, check_ja: bool) -> dict[int, list[int] | None]:
    """For each cue worth trying, where its literal openings occur (None: try everywhere).

    One pass over the words (English) and characters (Japanese) finds where each distinct
    opening occurs; each cue then takes the positions of its own openings. Many cues share an
    opening ("the", "her", 「お」), so positions are collected once per opening, not per cue.
    """
    en_keys, ja_table, en_cues, ja_cues, unanchored = _opening_tables()
    candidates: dict[int, list[int] | None] = {}
    for index, japanese in unanchored:
        if check_ja if japanese else check_en:
            candidates[index] = None
    en_hits: dict[str, list[int]] = {}
    ja_hits: dict[str, list[int]] = {}
    if check_en:
        for word in _WORD.finditer(normalised):
            text = word.group(0)
            keys = _WORD_KEYS.get(text)
            if keys is None:
                keys = _word_keys(text, en_keys)
            for key in keys:
                en_hits.setdefault(key, []).append(word.start())
    if check_ja:
        # Only the one- and two-character keys that occur in the text are looked for; the
        # set of the text's characters and bigrams is built by C-level map/set, not a loop.
        present = set(normalised)
        present.update(map(operator.add, normalised, normalised[1:]))
        for key in present.intersection(ja_table):
            openings = ja_table[key]
            at = normalised.find(key)
            while at != -1:
                for opening in openings:
                    if len(opening) <= 2 or normalised.startswith(opening, at):
                        ja_hits.setdefault(opening, []).append(at)
                at = normalised.find(key, at + 1)
    # Only cues with at least one opening present are touched (an index from opening to cues),
    # so the cost follows the text, not the size of the lexicon.
    gathered: dict[int, list[list[int]]] = {}
    for hits, index_of in ((en_hits, en_cues), (ja_hits, ja_cues)):
        for opening, positions in hits.items():
            for index in index_of.get(opening, ()):
                gathered.setdefault(index, []).append(positions)
    required_of = _required_by_index()
    seen: dict[str, bool] = {}
    for index, lists in gathered.items():
        required = required_of[index]
        if len(lists) == 1:
            positions = lists[0]
            # Checking costs a substring search: worth it only where many match attempts are saved.
            if required is None or len(positions) < _REQUIRED_CHECK_FROM:
                candidates[index] = positions
                continue
        else:
            positions = sorted(chain.from_iterable(lists))  # a repeated position is tried once (_matches_at)
            if required is None:
                candidates[index] = positions
                continue
        for literal in required:
            found = seen.get(literal)
            if found is None:
                found = seen[literal] = literal in normalised
            if found:
                candidates[index] = positions
                break
    return candidates


@lru_cache(maxsize=1)
def _required_by_index() -> tuple[tuple[str, ...] | None, ...]:
    return tuple(cue.required for cue in _compiled_cues())


@lru_cache(maxsize=1)
def _opening_tables() -> tuple[
    frozenset[str],
    dict[str, tuple[str, ...]],
    dict[str, tuple[int, ...]],
    dict[str, tuple[int, ...]],
    tuple[tuple[int, bool], ...],
]:
    """English opening keys; Japanese two-character keys to openings; opening to cue indexes."""
    en_keys: set[str] = set()
    ja: dict[str, list[str]] = {}
    en_cues: dict[str, list[int]] = {}
    ja_cues: dict[str, list[int]] = {}
    unanchored: list[tuple[int, bool]] = []
    for index, cue in enumerate(_compiled_cues()):
        if cue.openings is None:
            unanchored.append((index, cue.japanese))
            continue
        for opening in cue.openings:
            if cue.japanese:
                ja.setdefault(opening[:2], []).append(opening)
                ja_cues.setdefault(opening, []).append(index)
            else:
                en_keys.add(opening)
                en_cues.setdefault(opening, []).append(index)
    return (
        frozenset(en_keys),
        {k: tuple(dict.fromkeys(v)) for k, v in ja.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in en_cues.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in ja_cues.items()},
        tuple(unanchored),
    )


def _matches_at(regex: re.Pattern[str], text: str, positions: list[int]) -> Iterator[re.Match[str]]:
    """Non-overlapping matches that start at the given positions, like finditer restricted."""
    end = 0
    for position in positions:
        if position < end:
            continue
        match = regex.match(text, position)
        if match and match.end() > match.start():
            end = match.end()
            yield match


def _openings(parsed: Any) -> set[str] | None:
    """Literal strings that every match of a parsed pattern starts with, or None if unknown."""
    prefix = ""
    for op, arg in parsed:
        if op is _sre.LITERAL:
            prefix += chr(arg)
            continue
        if prefix:
            return {prefix}
        if op is _sre.SUBPATTERN:
            return _openings(arg[-1])
        if op is _sre.BRANCH:
            return _every_branch(_openings, arg[1])
        if op in (_sre.ASSERT_NOT, _sre.ASSERT, _sre.AT):
            continue  # zero-width: look past it
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            return _openings(arg[2])  # at least one repetition: its openings open the cue
        if op is _sre.IN:
            chars = _class_chars(arg)
            return set(chars) if chars else None
        return None
    return {prefix} if prefix else None


def _every_branch(literals: Callable[[Any], set[str] | None], branches: Any) -> set[str] | None:
    """The union of each alternative's literal strings, or None if one alternative has none."""
    union: set[str] = set()
    for branch in branches:
        found = literals(branch)
        if not found:
            return None
        union |= found
    return union


_REQUIRED_CHECK_FROM = 3  # candidate positions
_MIN_REQUIRED_CHARS = 3  # shorter literals occur in almost every text: not worth checking


def _required(parsed: Any) -> set[str] | None:
    """Literal strings one of which occurs in every match of a parsed pattern (the rarest set)."""
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
            consider(_required(arg[-1]))
        elif op is _sre.BRANCH:
            consider(_every_branch(_required, arg[1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            consider(_required(arg[2]))
    if run:
        consider({run})
    return best


def _rarity(literals: set[str]) -> tuple[int, int]:
    return min(len(s) for s in literals), -len(literals)


_MAX_CLASS_OPENINGS = 16


def _class_chars(items: Any) -> list[str] | None:
    """The characters of a small positive class ([23], [4-9], [一二三]), else None."""
    chars: list[str] = []
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.append(chr(arg))
        elif op is _sre.RANGE and arg[1] - arg[0] < _MAX_CLASS_OPENINGS:
            chars.extend(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None  # negated, a category such as \d, or too wide
    return chars if len(chars) <= _MAX_CLASS_OPENINGS else None


def _severity(bundle: PolicyBundle, counted: list[tuple[str, _Tally]]) -> Severity:
    if not counted:
        return Severity.NONE
    levels = [bundle.taxonomy.category(cat).default_severity for cat, _ in counted]
    levels += [t.severity for _, t in counted if t.severity is not Severity.NONE]
    return max(levels, key=lambda s: s.rank)


def _match_clauses(bundle: PolicyBundle, categories: tuple[CategoryScore, ...]) -> tuple[ClauseMatch, ...]:
    scores = {c.category: c.score for c in categories}
    matches: dict[tuple[str, str], ClauseMatch] = {}
    for cat in scores:
        answering, clauses = clauses_for_category(bundle, cat)
        for clause in clauses:
            covered = tuple(c for c in clause.categories if c in scores)
            # A clause covering several matched categories ranks above one covering one.
            score = round(min(1.0, max(scores[c] for c in covered) + 0.05 * (len(covered) - 1)), 3)
            matches[(answering.id, clause.id)] = ClauseMatch(answering.id, clause.id, score, covered)
    return tuple(sorted(matches.values(), key=lambda m: -m.score))


# A chat log or message that sends the same short utterance again and again ("答えて。答えて。
# 答えて。", "[14:02] おしえて / [14:02] おしえて") is repetition whatever the words are.
_UTTERANCE_SPLIT = re.compile(r"[。．.！？!?\n]+|\[\d{1,2}:\d{2}\]")
_REPEATED_UTTERANCE_WEIGHT = 0.9
_REPEATED_UTTERANCE_MIN = 3


def _add_repeated_utterances(tallies: dict[str, _Tally], normalised: str) -> None:
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    position = 0
    for piece in _UTTERANCE_SPLIT.split(normalised):
        key = piece.strip(" 、,「」『』\"'")
        at = normalised.find(piece, position)
        position = max(position, at)
        if len(key) < 2 or len(key) > 40:
            continue
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, at)
    repeated = [key for key, n in counts.items() if n >= _REPEATED_UTTERANCE_MIN]
    if not repeated:
        return
    key = max(repeated, key=lambda k: counts[k])
    tally = tallies.setdefault("repetitive_demands", _Tally())
    tally.weights.append(_REPEATED_UTTERANCE_WEIGHT)
    tally.evidence.append(
        Evidence("repetitive_demands", key, _REPEATED_UTTERANCE_WEIGHT, max(first[key], 0))
    )


@lru_cache(maxsize=1)
def _justified_patterns() -> tuple[tuple[str, re.Pattern[str], float], ...]:
    compiled: list[tuple[str, re.Pattern[str], float]] = []
    for category, (pattern, factor) in lexicon.JUSTIFIED_EN.items():
        compiled.append((category, re.compile(compile_english(pattern)), factor))
    for category, (pattern, factor) in lexicon.JUSTIFIED_JA.items():
        compiled.append((category, re.compile(compile_japanese(pattern)), factor))
    return tuple(compiled)


def _apply_justified(tallies: dict[str, _Tally], normalised: str) -> None:
    """Scale down a category whose conduct the text itself justifies (see lexicon.JUSTIFIED_*).

    Repeated contact because nobody answered, or a long call because the customer was kept
    on hold, is a complaint, not harassment; the cues still show as evidence, with less weight.
    """
    for category, regex, factor in _justified_patterns():
        tally = tallies.get(category)
        if tally is None or not tally.weights:
            continue
        if regex.search(normalised):
            tally.weights = [w * factor for w in tally.weights]


def _legitimate_signals(normalised: str) -> tuple[str, ...]:
    found = [m.group(0) for m in _LEGITIMATE.finditer(normalised)]
    return tuple(dict.fromkeys(found))[:5]


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


CUE_INDEX_FILE = Path(__file__).with_name("cue_index.json")


@lru_cache(maxsize=1)
def _compiled_cues() -> tuple[_CompiledCue, ...]:
    """Every cue with its openings and required literals, from the cue index where it is current."""
    index = _read_cue_index()
    compiled: list[_CompiledCue] = []
    for japanese, category, cue, source in _cue_sources():
        known = index.get(source)
        openings, required = known if known is not None else analyse_cue(source, japanese)
        severity = Severity(cue.severity) if cue.severity else Severity.NONE
        compiled.append(_CompiledCue(category, source, cue.weight, severity, japanese, openings, required))
    return tuple(compiled)


def _cue_sources() -> Iterator[tuple[bool, str, Any, str]]:
    for japanese, table in ((False, lexicon.EN), (True, lexicon.JA)):
        for category, cues in table.items():
            for cue in cues:
                source = compile_japanese(cue.pattern) if japanese else compile_english(cue.pattern)
                yield japanese, category, cue, source


def analyse_cue(source: str, japanese: bool) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """A cue's openings and required literals, found by parsing its regular expression."""
    try:
        parsed = _sre_parse.parse(source)
    except re.error as exc:  # a broken cue is a programming error: say which
        raise ValueError(f"bad {'ja' if japanese else 'en'} cue {source!r}: {exc}") from exc
    openings = _openings(parsed)
    if openings is not None and not japanese:
        openings = {word.group(0)[:_OPENING_CHARS] if (word := _WORD.match(o)) else "" for o in openings}
        if "" in openings:
            openings = None
    required = _required(parsed)
    if required is not None and (
        min(map(len, required)) < (2 if japanese else _MIN_REQUIRED_CHARS) or (openings and required <= openings)
    ):
        required = None
    return (tuple(sorted(openings)) if openings else None, tuple(sorted(required)) if required else None)


def _read_cue_index() -> dict[str, tuple[tuple[str, ...] | None, tuple[str, ...] | None]]:
    """The saved analysis of every cue (parsing 800 expressions takes longer than loading it)."""
    try:
        payload = json.loads(CUE_INDEX_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(payload, dict):
        return {}
    index: dict[str, tuple[tuple[str, ...] | None, tuple[str, ...] | None]] = {}
    for source, entry in payload.items():
        # A malformed entry is analysed afresh instead: slower, never wrong.
        if isinstance(entry, list) and len(entry) == 2 and all(_strings_or_none(part) for part in entry):
            openings, required = entry
            index[source] = (tuple(openings) if openings else None, tuple(required) if required else None)
    return index


def _strings_or_none(value: Any) -> bool:
    return value is None or (isinstance(value, list) and all(isinstance(item, str) and item for item in value))


def write_cue_index(path: Path = CUE_INDEX_FILE) -> int:
    """Analyse every cue afresh and save the result; returns how many cues. Run after editing the lexicon."""
    analysed = {source: analyse_cue(source, japanese) for japanese, _, _, source in _cue_sources()}
    payload = {source: [list(o) if o else None, list(r) if r else None] for source, (o, r) in sorted(analysed.items())}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text.replace('],"', '],\n"') + "\n", encoding="utf-8")
    _compiled_cues.cache_clear()
    _opening_tables.cache_clear()
    _required_by_index.cache_clear()
    return len(analysed)


def warm_up() -> None:
    """Load the model and compile every cue now (a long-running process calls this at start)."""
    model.load()
    safety.warm_up()
    for cue in _compiled_cues():
        cue.regex  # noqa: B018 - compiling is the point


_LEGITIMATE = re.compile(f"{compile_english(lexicon.LEGITIMATE_EN)}|{lexicon.LEGITIMATE_JA}")
