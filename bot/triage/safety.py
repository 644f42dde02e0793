"""The safety floor: a weapon or a threat to life is never missed, whatever a model scores.

Pure and deterministic. `assess(normalised)` looks for five kinds of danger in a normalised
description (`bot.triage.text.normalise`), in English and Japanese:

- a weapon the customer has, shows or uses (guns, knives, box cutters, bats, fire and fuel,
  explosives, and their colloquial names);
- a threat to kill or seriously hurt anyone (the reporter, a colleague, "the doctor", staff's
  family, other customers, the customer themselves);
- a bomb or arson threat;
- an attack that injured someone, or blows struck at a person;
- a staff member followed home or waited for after work.

Any finding makes the text harassment at critical severity with the safety steps first
(`bot.triage.engine` applies it after the model, which cannot override it). The phrases live
in `bot.triage.safety_cues`. They favour recall: each looks for the dangerous thing in its
context (a weapon with someone holding or using it, "kill" with a person as its object), and
only well-defined look-alikes are set aside (a gun shop, a knife being returned, "the wait is
killing me", 「殺到」). A phrase that is plainly denied ("he did not have a weapon",
「凶器は持っておらず」) or that the text reports as a rumour it then found false does not count;
any other phrase in the same text still does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from bot.triage import negation
from bot.triage import safety_cues as cues
from bot.triage.prefilter import Candidate, LiteralGate, opening_literals, requirements


class SafetyKind(str, Enum):
    """A kind of danger the floor always catches, most urgent first."""

    WEAPON = "weapon"
    BOMB_ARSON = "bomb_arson"
    THREAT_TO_LIFE = "threat_to_life"
    INJURY_ATTACK = "injury_attack"
    FOLLOWED_WAITED = "followed_waited"


# The taxonomy category each kind is recorded under (DOMAIN.md: threats_intimidation is critical
# for any weapon, threat to life, bomb or arson threat; physical_assault covers injuries;
# sexual_harassment is critical once staff are followed home or waited for).
KIND_CATEGORY: dict[SafetyKind, str] = {
    SafetyKind.WEAPON: "threats_intimidation",
    SafetyKind.BOMB_ARSON: "threats_intimidation",
    SafetyKind.THREAT_TO_LIFE: "threats_intimidation",
    SafetyKind.INJURY_ATTACK: "physical_assault",
    SafetyKind.FOLLOWED_WAITED: "sexual_harassment",
}

_KIND_ORDER = {kind: i for i, kind in enumerate(SafetyKind)}


@dataclass(frozen=True)
class SafetySignal:
    """One phrase that triggered the floor."""

    kind: SafetyKind
    phrase: str
    start: int


@dataclass(frozen=True)
class SafetyFinding:
    """What the floor found: at least one signal."""

    signals: tuple[SafetySignal, ...]

    @property
    def kinds(self) -> tuple[SafetyKind, ...]:
        """The distinct kinds found, most urgent first."""
        return tuple(sorted({s.kind for s in self.signals}, key=_KIND_ORDER.__getitem__))

    @property
    def categories(self) -> tuple[str, ...]:
        """The taxonomy categories the kinds are recorded under, most urgent first."""
        return tuple(dict.fromkeys(KIND_CATEGORY[kind] for kind in self.kinds))

    def phrases(self, category: str | None = None) -> tuple[str, ...]:
        """The phrases found (for one category, or all), in text order, each once."""
        ordered = sorted(self.signals, key=lambda s: s.start)
        return tuple(
            dict.fromkeys(s.phrase for s in ordered if category is None or KIND_CATEGORY[s.kind] == category)
        )

    def to_dict(self) -> dict[str, object]:
        """The JSON shape: the kinds, and per kind the phrases found."""
        by_kind: dict[str, list[str]] = {}
        for signal in sorted(self.signals, key=lambda s: (_KIND_ORDER[s.kind], s.start)):
            phrases = by_kind.setdefault(signal.kind.value, [])
            if signal.phrase not in phrases:
                phrases.append(signal.phrase)
        return {"kinds": [k.value for k in self.kinds], "evidence": by_kind}


@dataclass(frozen=True)
class _Rule:
    kind: SafetyKind
    regex: re.Pattern[str]
    guard: re.Pattern[str] | None
    japanese: bool
    needs_attack: bool = False  # an injury word counts only beside an attack
    sentence_guard: re.Pattern[str] | None = None  # a look-alike that sets the match aside anywhere in its sentence
    unfolded: bool = False  # Japanese matched before katakana is folded (slang such as ドス, チャカ)
    source: str = ""  # the pattern as written (English `\\b` not yet widened), for the prefilter


_GUARD_REACH = 60  # characters either side of a match in which a look-alike is looked for
_PHRASE_MAX = 80


def assess(normalised: str) -> SafetyFinding | None:
    """The dangers in a normalised description, or None when there are none."""
    if not normalised.strip():
        return None
    folded = fold_kana(normalised)
    japanese = _JAPANESE.search(normalised) is not None
    rules = _rules()
    # English literals are ASCII, the same in the folded text: one scan serves every rule.
    candidates = _gate().scan(folded)
    signals: list[SafetySignal] = []
    for index in sorted(candidates):
        rule, where = rules[index], candidates[index]
        if rule.japanese and not japanese:
            continue
        text = folded if rule.japanese and not rule.unfolded else normalised
        for match in _matches(rule.regex, text, where):
            if match.end() == match.start():
                continue
            if rule.guard is not None and _guarded(rule.guard, text, match, rule):
                continue
            if rule.sentence_guard is not None and rule.sentence_guard.search(text, *_sentence(text, match, around=0)):
                continue
            if rule.kind in _VICTIM_KINDS and _third_party_victim(text, match, rule.japanese):
                continue
            if _denied(text, match, rule.japanese):
                continue
            if rule.needs_attack and not _attack_nearby(text, match.start(), rule.japanese):
                continue
            if _cleared_rumour(text, match, rule.japanese) or _in_play(text, match, rule.japanese):
                continue
            phrase = normalised[match.start(): match.end()].strip()[:_PHRASE_MAX]
            signals.append(SafetySignal(rule.kind, phrase, match.start()))
    short = _short_alarm(normalised, folded)
    if short is not None:
        signals.append(short)
    return SafetyFinding(tuple(signals)) if signals else None


def _matches(regex: re.Pattern[str], text: str, where: Candidate) -> list[re.Match[str]]:
    """Non-overlapping matches within the candidate's windows, at its openings where known."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for start, end in where.spans:
        if where.starts is None:
            for hit in regex.finditer(text, start, end):
                found.setdefault(hit.span(), hit)
            continue
        reached = start
        for position in where.starts:
            if position < reached or position >= end:
                continue
            match = regex.match(text, position, end)
            if match is not None and match.end() > match.start():
                found.setdefault(match.span(), match)
                reached = match.end()
    return list(found.values())


def fold_kana(text: str) -> str:
    """Katakana folded to hiragana, character for character (offsets are kept)."""
    return text.translate(_KANA_FOLD)


_KANA_FOLD = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def _guarded(guard: re.Pattern[str], text: str, match: re.Match[str], rule: _Rule) -> bool:
    """True when a look-alike touches the match (or, for some rules, shares its sentence)."""
    japanese = rule.japanese
    if rule.needs_attack:
        # An accident word near an injury sets it aside, unless the injury's own sentence has an attack.
        own_start, own_end = _sentence(text, match, around=0)
        attack = _ja_attack_strict() if japanese else _en_attack()
        if attack.search(text, own_start, own_end) is not None:
            return False
    if rule.needs_attack:
        start, end = _sentence(text, match)
        return guard.search(text, start, end) is not None
    start, end = max(0, match.start() - _GUARD_REACH), min(len(text), match.end() + _GUARD_REACH)
    # Japanese has no spaces: a look-alike a few characters away (「針を刺され」) still touches.
    slack = _JA_GUARD_SLACK if japanese else 0
    return any(
        found.start() <= match.end() + slack and found.end() + slack >= match.start() for found in guard.finditer(text, start, end)
    )


_JA_GUARD_SLACK = 8


def _sentence(text: str, match: re.Match[str], around: int = cues.CONTEXT_SENTENCES) -> tuple[int, int]:
    """The bounds of the sentence that holds the match, with `around` sentences either side."""
    start, end = match.start(), match.end()
    for _ in range(around + 1):
        start = max(text.rfind(mark, 0, max(0, start - 1)) for mark in _SENTENCE_MARKS) + 1
        ends = [i for i in (text.find(mark, end + 1) for mark in _SENTENCE_MARKS) if i != -1]
        end = min(ends) if ends else len(text)
    return start, end


_SENTENCE_MARKS = ".!?\n。！？"


_VICTIM_KINDS = frozenset({SafetyKind.INJURY_ATTACK, SafetyKind.FOLLOWED_WAITED})


def _third_party_victim(text: str, match: re.Match[str], japanese: bool) -> bool:
    """True when the sentence is about a third party harming a customer, and names no staff."""
    third, staff = _victim_patterns(japanese)
    start, end = _sentence(text, match, around=0)
    return third.search(text, start, end) is not None and staff.search(text, start, end) is None


def _denied(text: str, match: re.Match[str], japanese: bool) -> bool:
    if japanese:
        if negation.is_negated_ja(text, match.end()):
            return True
        clause = _JA_CLAUSE_END.split(text[match.end(): match.end() + 40], maxsplit=1)[0]
        return _JA_DENIED.search(clause) is not None
    before = negation.english_clause_before(text, match.start())
    if _EN_NOT_A_DENIAL.search(before + match.group(0)):
        return False  # "do not make me kill you", "nobody will stop me": the threat stands
    return negation.is_negated_en(text, match.start(), match.group(0), window=3)


# "don't make me…", "don't push me…", "nobody can stop me…": negators that strengthen a threat.
_EN_NOT_A_DENIAL = re.compile(
    r"\b(do not|never) (make|push|test|tempt|try|think|you dare|come|let|forget|want|leave|go)\b"
    r"|\b(nobody|no one|nothing) (will|can|could|is going to|would) (stop|save|help|find)\b|\bno matter\b"
)
_JA_CLAUSE_END = re.compile(r"[。！？!?\n]|、(?!っ)")
# Japanese denials the shared check does not know: 「持っておらず」「持っていなかった」「けが人はいません」.
_JA_DENIED = re.compile(
    r"^[^。！？!?\n]{0,10}?(?:ておらず|ていなかった|てなかった|ていません|ていなく|てはいな|てはおら|てはおりません"
    r"|られていな|られておら|られなかった|なかった|ませんでした|いません|いなかった|ではない|ではなかった|じゃない|じゃなかった"
    r"|ことはない|わけではない|とは(?:言|い)って(?:い)?な)"
)


def _attack_nearby(text: str, start: int, japanese: bool) -> bool:
    """An injury word counts beside an attack in the same stretch of text."""
    window = text[max(0, start - 200): start + 100]
    return (_ja_attack() if japanese else _en_attack()).search(window) is not None


def _cleared_rumour(text: str, match: re.Match[str], japanese: bool) -> bool:
    """True when the phrase sits in a report the text says was checked and found false."""
    rumour, cleared = _rumour_patterns(japanese)
    sentence_start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n。！？")
    before = text[max(0, sentence_start - 160): match.end() + 40]
    if rumour.search(before) is None:
        return False
    return cleared.search(text, match.start()) is not None


def _in_play(text: str, match: re.Match[str], japanese: bool) -> bool:
    """True when the sentence frames the words as a game, fiction, a drill or a surprise."""
    start, end = _sentence(text, match)
    return _context_pattern(japanese).search(text, start, end) is not None


def _short_alarm(normalised: str, folded: str) -> SafetySignal | None:
    """A bare alarm ("gun!", "man with knife at till 3", 「包丁」) is a weapon report."""
    if len(normalised.split()) > 6 or len(normalised) > 40:
        return None
    for regex, guard, text, japanese in _short_rules(normalised, folded):
        match = regex.search(text)
        if match is None or guard.search(text) or _denied(text, match, japanese):
            continue
        if _cleared_rumour(text, match, japanese) or _in_play(text, match, japanese):
            continue
        return SafetySignal(SafetyKind.WEAPON, normalised[match.start(): match.end()], match.start())
    return None


def _short_rules(normalised: str, folded: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str, bool], ...]:
    en, en_guard, ja, ja_guard = _short_patterns()
    if _JAPANESE.search(normalised) is None:
        return ((en, en_guard, normalised, False),)
    return ((en, en_guard, normalised, False), (ja, ja_guard, folded, True))


_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


# --- compiling ----------------------------------------------------------------------------------

# `\b` in the English tables means an ASCII word edge: Python's own \b treats kana and kanji as
# word characters, so "kill you" inside Japanese text would have no edge.
_ASCII_EDGE = r"(?:(?<![a-z0-9])(?=[a-z0-9])|(?<=[a-z0-9])(?![a-z0-9]))"


def _en(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace(r"\b", _ASCII_EDGE))


def _ja(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_kana(pattern))


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    tables = (
        (SafetyKind.THREAT_TO_LIFE, cues.EN_THREAT_RULES, False),
        (SafetyKind.WEAPON, cues.EN_WEAPON_RULES, False),
        (SafetyKind.BOMB_ARSON, cues.EN_BOMB_RULES, False),
        (SafetyKind.INJURY_ATTACK, cues.EN_INJURY_RULES, False),
        (SafetyKind.FOLLOWED_WAITED, cues.EN_FOLLOW_RULES, False),
        (SafetyKind.THREAT_TO_LIFE, cues.JA_THREAT_RULES, True),
        (SafetyKind.WEAPON, cues.JA_WEAPON_RULES, True),
        (SafetyKind.BOMB_ARSON, cues.JA_BOMB_RULES, True),
        (SafetyKind.INJURY_ATTACK, cues.JA_INJURY_RULES, True),
        (SafetyKind.FOLLOWED_WAITED, cues.JA_FOLLOW_RULES, True),
    )
    rules: list[_Rule] = []
    for kind, table, japanese in tables:
        for entry in table:
            pattern, guard = entry[0], entry[1]
            options: dict[str, object] = entry[2] if len(entry) > 2 else {}
            unknown = set(options) - _RULE_OPTIONS
            if unknown:
                raise ValueError(f"unknown safety rule options {sorted(unknown)} for {pattern[:40]!r}")
            unfolded = bool(options.get("unfolded"))
            compile_ = _en if not japanese else (re.compile if unfolded else _ja)
            rules.append(
                _Rule(
                    kind,
                    compile_(pattern),
                    compile_(guard) if guard else None,
                    japanese,
                    needs_attack=bool(options.get("needs_attack")),
                    sentence_guard=compile_(str(options["sentence_guard"])) if options.get("sentence_guard") else None,
                    unfolded=unfolded,
                    source=pattern if not japanese or unfolded else fold_kana(pattern),
                )
            )
    return tuple(rules)


_RULE_OPTIONS = {"needs_attack", "sentence_guard", "unfolded"}


@lru_cache(maxsize=1)
def _gate() -> LiteralGate:
    """One automaton over every rule's required literals (English ones on the text as it is,
    Japanese ones on the kana-folded text; a literal found in either marks its rules)."""
    # Rules matched on unfolded katakana (ドス, チャカ) cannot be gated on the folded text.
    rules = _rules()
    return LiteralGate(
        [None if rule.unfolded else requirements(rule.source) for rule in rules],
        [None if rule.unfolded else opening_literals(rule.source) for rule in rules],
    )


@lru_cache(maxsize=1)
def _en_attack() -> re.Pattern[str]:
    return _en(cues.EN_ATTACK_NEARBY)


@lru_cache(maxsize=1)
def _ja_attack() -> re.Pattern[str]:
    return _ja(cues.JA_ATTACK_NEARBY)


@lru_cache(maxsize=1)
def _ja_attack_strict() -> re.Pattern[str]:
    return _ja(cues.JA_ATTACK_STRICT)


@lru_cache(maxsize=2)
def _rumour_patterns(japanese: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if japanese:
        return _ja(cues.JA_RUMOUR), _ja(cues.JA_CLEARED)
    return _en(cues.EN_RUMOUR), _en(cues.EN_CLEARED)


@lru_cache(maxsize=2)
def _victim_patterns(japanese: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if japanese:
        return _ja(cues.JA_THIRD_PARTY), _ja(cues.JA_STAFF_VICTIM)
    return _en(cues.EN_THIRD_PARTY), _en(cues.EN_STAFF_VICTIM)


@lru_cache(maxsize=2)
def _context_pattern(japanese: bool) -> re.Pattern[str]:
    return _ja(cues.JA_CONTEXT) if japanese else _en(cues.EN_CONTEXT)


@lru_cache(maxsize=1)
def _short_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        _en(rf"\b{cues.STRONG_WEAPON}\b"),
        _en(cues.WEAPON_LOOKALIKE),
        _ja(cues.JA_WEAPON_STRONG),
        _ja(cues.JA_WEAPON_LOOKALIKE),
    )


def warm_up() -> None:
    """Compile every rule now (a long-running process calls this at start)."""
    _rules()
    _gate()
    _en_attack()
    _ja_attack()
    _ja_attack_strict()
    _rumour_patterns(True)
    _rumour_patterns(False)
    _short_patterns()
    _context_pattern(True)
    _context_pattern(False)
    _victim_patterns(True)
    _victim_patterns(False)
