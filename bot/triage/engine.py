"""The triage engine: which harassment categories and policy clauses a description matches.

Pure and deterministic: no Slack, no SQL, no network. `triage(text, bundle)` scores every
category from weighted cues (`bot.triage.lexicon`), discards cues that are negated
("he did not threaten me", 「暴力はなかった」), and explains each decision with the exact
words that led to it.

Scoring: a category's raw score is its strongest cue plus a third of the others, so many weak
hints add up but never outweigh one clear statement. A category counts when its raw score
reaches PRIMARY_THRESHOLD; once the text is harassment, further categories count from
SECONDARY_THRESHOLD, since a weak hint beside clear harassment is usually meant.

Two text-level adjustments follow the cues: a category whose conduct the text itself justifies
(repeated contact because nobody answered, a long call because the company kept the customer
on hold, a defect photographed as evidence, the company's own driver breaking a parcel) counts
for a fraction of its weight (`lexicon.JUSTIFIED_EN/JA`); and the same short utterance sent
three times or more (a chat flood) counts as repetition whatever its words.
"""

from __future__ import annotations

import operator
import re
import re._constants as _sre  # the stdlib regex parser, used only to find cue openings
import re._parser as _sre_parse
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Iterable, Iterator
from typing import Any

from bot.policy.loader import clauses_for_category
from bot.policy.model import PolicyBundle, Severity
from bot.triage import lexicon, model
from bot.triage.text import MAX_ANALYSED_CHARS, detect_language, has_english, has_japanese, normalise

PRIMARY_THRESHOLD = 0.6
# The statistical second opinion (bot.triage.model): its probability for a category adds
# MODEL_WEIGHT times itself to the lexicon score; it counts a category alone from
# MODEL_CATEGORY_MIN, and calls a text harassment when its evidence for "legitimate
# complaint" falls below MODEL_HARASSMENT_EVIDENCE. Chosen by cross-validation on dev cases.
MODEL_WEIGHT = 0.5
MODEL_CATEGORY_MIN = 0.35
MODEL_CATEGORY_ALONGSIDE = 0.6
MODEL_HARASSMENT_EVIDENCE = -0.5
MODEL_MIN_KNOWN_FEATURES = 3  # one or two familiar words are not enough to call anything harassment
SECONDARY_THRESHOLD = 0.35
_OTHER_CUES_SHARE = 1 / 3

# --- negation -----------------------------------------------------------------------------
# English: a negator shortly before the cue, inside the same clause.
_EN_CLAUSE_BREAK = re.compile(
    r"[.!?;:,\n]| but | however| although| though| yet | whereas| and | or | so | until | till | unless | because | if | then "
)
_EN_CLAUSE_OPENER = re.compile(r"(until|till|unless|because|if|or|and) ")
_EN_NEGATOR = re.compile(
    r"\b(not|never|no|nobody|none|nothing|neither|nor|without|hardly|barely)\b(?! (only|just|longer|doubt|matter|one but|sooner)\b)"
)
_EN_NEGATION_WINDOW_WORDS = 4
# Japanese: a negative ending shortly after the cue, inside the same clause.
_JA_CLAUSE_BREAK = re.compile(r"[。！？!?\n、,]|けど|けれど|ものの|が、")
# A bare ない after a verb stem is usually the cue itself (従わない, 帰らない), so a plain
# negative counts only after a particle (暴力はなかった, 脅しもない) or in a fixed negative form.
_JA_NEGATED_TAIL = re.compile(
    r"^[^。！？!?\n]{0,8}?(?:"
    r"(?:は|も|こそ|など|なんて|とかは|までは)(?:一切|全く|まったく|全然|特に|別に|決して)?"
    r"(?:なかった|なく|ない|ありません|ございません|無かった|無い|無く|なし|無し)"
    r"|ていない|てない|てはいない|てはない|ていません|てはいません|ておりません|てはおりません"
    r"|ませんでした|わけではな|訳ではな|ことはな|事はな|ではな|じゃな|なし(?!に)|無し(?!に))"
)
_JA_NEGATION_TAIL_CHARS = 16


@dataclass(frozen=True)
class Evidence:
    """A phrase in the text that counted (or was discounted) for a category."""

    category: str
    phrase: str
    weight: float
    start: int
    negated: bool = False
    source: str = "cue"  # "cue": a lexicon phrase; "model": n-grams the statistical model weighed


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

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(c.category for c in self.categories)

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
            "categories": list(self.category_ids),
            "scores": {c.category: c.score for c in self.categories},
            "severity": self.severity.value,
            "clauses": [
                {"policy": m.policy, "clause_id": m.clause_id, "score": m.score, "categories": list(m.categories)}
                for m in self.clauses
            ],
            "evidence": evidence,
            "language": self.language,
            "policy": {"id": self.policy_id, "version": self.policy_version},
            "truncated": self.truncated,
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
    regex: re.Pattern[str]
    weight: float
    severity: Severity
    japanese: bool
    # Literal openings every match starts with (None: unknown, always try the regex). A cue
    # whose openings are absent from the text is skipped without running its regex, which
    # keeps a 2,000-character description well under a millisecond per category.
    openings: tuple[str, ...] | None


def triage(text: str, bundle: PolicyBundle) -> TriageResult:
    """Classify one description against the bundle's taxonomy and policy."""
    truncated = len(text) > MAX_ANALYSED_CHARS
    normalised = normalise(text[:MAX_ANALYSED_CHARS])
    language = detect_language(normalised)
    tallies, discounted = _score(normalised)
    _apply_justified(tallies, normalised)
    _add_repeated_utterances(tallies, normalised)

    assessment = _model_opinion(normalised)
    scores = _blend(tallies, assessment)
    ranked = sorted(
        scores,
        key=lambda cat: (-scores[cat], -bundle.taxonomy.category(cat).default_severity.rank, _first_start(tallies, cat)),
    )
    lexicon_says = any(t.raw() >= PRIMARY_THRESHOLD for t in tallies.values() if t.weights)
    model_says = (
        assessment is not None
        and assessment.known_features >= MODEL_MIN_KNOWN_FEATURES
        and assessment.legitimate_evidence < MODEL_HARASSMENT_EVIDENCE
    )
    harassment = lexicon_says or model_says
    counted_ids = [cat for cat in ranked if harassment and _counts(cat, tallies, assessment)]
    if harassment and not counted_ids:
        counted_ids = ranked[:1]
    harassment = bool(counted_ids)  # never "harassment" without a category to show for it
    for cat in counted_ids:
        if cat not in tallies or not tallies[cat].weights:
            tallies[cat] = _model_tally(cat, normalised, assessment)
    counted = [(cat, tallies[cat]) for cat in counted_ids]

    categories = tuple(
        CategoryScore(cat, round(min(1.0, scores[cat]), 3), tuple(t.evidence)) for cat, t in counted
    )
    severity = _severity(bundle, counted)
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
        legitimate_signals=() if harassment else _legitimate_signals(normalised),
        truncated=truncated,
    )


def _model_opinion(normalised: str) -> model.Assessment | None:
    opinion = model.load()
    return opinion.assess(normalised) if opinion else None


def _blend(tallies: dict[str, _Tally], assessment: model.Assessment | None) -> dict[str, float]:
    """Each category's lexicon score plus a share of the model's probability for it."""
    scores = {cat: t.raw() for cat, t in tallies.items() if t.weights}
    if assessment is not None:
        for cat, probability in assessment.probabilities.items():
            if cat != model.LEGITIMATE and (probability >= MODEL_CATEGORY_MIN or cat in scores):
                scores[cat] = scores.get(cat, 0.0) + MODEL_WEIGHT * probability
    return scores


def _counts(cat: str, tallies: dict[str, _Tally], assessment: model.Assessment | None) -> bool:
    tally = tallies.get(cat)
    if tally is not None and tally.weights and tally.raw() >= SECONDARY_THRESHOLD:
        return True
    if assessment is None:
        return False
    # Beside categories the lexicon found, a category only the model sees needs to be likely,
    # not merely possible: otherwise shared wording ("called me") adds noise to clear cases.
    lexicon_found = any(t.weights and t.raw() >= PRIMARY_THRESHOLD for t in tallies.values())
    needed = MODEL_CATEGORY_ALONGSIDE if lexicon_found else MODEL_CATEGORY_MIN
    return assessment.probabilities.get(cat, 0.0) >= needed


def _model_tally(cat: str, normalised: str, assessment: model.Assessment | None) -> _Tally:
    """Evidence for a category only the model saw: the n-grams that weighed most."""
    opinion = model.load()
    probability = assessment.probabilities.get(cat, 0.0) if assessment else 0.0
    phrases = opinion.explain(normalised, cat) if opinion else []
    evidence = Evidence(cat, " / ".join(phrases) or "overall wording", round(probability, 3), -1, source="model")
    return _Tally(weights=[probability], evidence=[evidence])


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
            negated = _is_negated_ja(normalised, match) if cue.japanese else _is_negated_en(normalised, match)
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
    for index, lists in gathered.items():
        candidates[index] = lists[0] if len(lists) == 1 else sorted(set().union(*lists))
    return candidates


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
            result: set[str] = set()
            for branch in arg[1]:
                found = _openings(branch)
                if not found:
                    return None
                result |= found
            return result
        if op in (_sre.ASSERT_NOT, _sre.ASSERT, _sre.AT):
            continue  # zero-width: look past it
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            return _openings(arg[2])  # at least one repetition: its openings open the cue
        if op is _sre.IN:
            chars = _class_chars(arg)
            return set(chars) if chars else None
        return None
    return {prefix} if prefix else None


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


def _is_negated_en(text: str, match: re.Match[str]) -> bool:
    if _EN_CLAUSE_OPENER.match(match.group(0)):
        return False  # the cue opens its own clause ("until I apologised")
    start = match.start()
    window_start = max(0, start - 60)
    before = text[window_start:start]
    breaks = list(_EN_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    words = before.split()[-_EN_NEGATION_WINDOW_WORDS:]
    return _EN_NEGATOR.search(" ".join(words)) is not None


def _is_negated_ja(text: str, match: re.Match[str]) -> bool:
    tail = text[match.end(): match.end() + _JA_NEGATION_TAIL_CHARS]
    cut = _JA_CLAUSE_BREAK.search(tail)
    if cut:
        tail = tail[: cut.start()] + "。"
    return _JA_NEGATED_TAIL.match(tail) is not None


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


@lru_cache(maxsize=1)
def _compiled_cues() -> tuple[_CompiledCue, ...]:
    compiled: list[_CompiledCue] = []
    for japanese, table in ((False, lexicon.EN), (True, lexicon.JA)):
        for category, cues in table.items():
            for cue in cues:
                source = compile_japanese(cue.pattern) if japanese else compile_english(cue.pattern)
                try:
                    regex = re.compile(source)
                except re.error as exc:  # a broken cue is a programming error: say which
                    raise ValueError(f"bad {'ja' if japanese else 'en'} cue for {category}: {cue.pattern!r}: {exc}") from exc
                severity = Severity(cue.severity) if cue.severity else Severity.NONE
                openings = _openings(_sre_parse.parse(source))
                if openings is not None and not japanese:
                    openings = {_WORD.match(o).group(0)[:_OPENING_CHARS] if _WORD.match(o) else "" for o in openings}
                    if "" in openings:
                        openings = None
                compiled.append(
                    _CompiledCue(category, regex, cue.weight, severity, japanese, tuple(sorted(openings)) if openings else None)
                )
    return tuple(compiled)


_LEGITIMATE = re.compile(f"{compile_english(lexicon.LEGITIMATE_EN)}|{lexicon.LEGITIMATE_JA}")
