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

import bisect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cached_property, lru_cache
from pathlib import Path

from bot.triage import negation
from bot.triage import safety_cues as cues
from bot.triage.prefilter import ASCII_EDGE, Candidate, LiteralGate, opening_literals, requirements, scout


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
    """One rule, its expressions compiled when a text first needs them (most never are in a process)."""

    kind: SafetyKind
    pattern: str  # the expression as matched (English `\\b` widened, Japanese kana folded)
    guard_pattern: str | None
    japanese: bool
    needs_attack: bool = False  # an injury word counts only beside an attack
    sentence_guard_pattern: str | None = None  # a look-alike that sets the match aside anywhere in its sentence
    unfolded: bool = False  # Japanese matched before katakana is folded (slang such as ドス, チャカ)
    source: str = ""  # the pattern as written (English `\\b` not yet widened), for the prefilter

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    @cached_property
    def guard(self) -> re.Pattern[str] | None:
        return re.compile(self.guard_pattern) if self.guard_pattern else None

    @cached_property
    def sentence_guard(self) -> re.Pattern[str] | None:
        return re.compile(self.sentence_guard_pattern) if self.sentence_guard_pattern else None

    @cached_property
    def scout(self) -> re.Pattern[str] | None:
        """What finds the places the rule could match faster than searching it (`prefilter.scout`)."""
        return scout(self.pattern)


_GUARD_REACH = 60  # characters either side of a match in which a look-alike is looked for
_PHRASE_MAX = 80
_SIGNALS_PER_RULE = 5  # accepted matches per rule: its kind is found at the first; a few phrases are shown


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
    voice = _Voice(folded)  # who speaks where: worked out only if a match needs it
    for index in sorted(candidates):
        rule, where = rules[index], candidates[index]
        if rule.japanese and not japanese:
            continue
        text = folded if rule.japanese and not rule.unfolded else normalised
        accepted = 0
        for match in _matches(rule, text, where):
            if accepted >= _SIGNALS_PER_RULE:
                break  # the rule's kind is found; more of the same phrase adds nothing but time
            if match.end() == match.start():
                continue
            if rule.guard is not None and _guarded(rule.guard, text, match, rule):
                continue
            if rule.sentence_guard is not None and rule.sentence_guard.search(text, *_sentence(text, match, around=0)):
                continue
            if rule.kind in _VICTIM_KINDS and _third_party_victim(text, match.start(), match.end(), rule.japanese, voice):
                continue
            if _denied(text, match, rule.japanese):
                continue
            own_fall = rule.kind is SafetyKind.INJURY_ATTACK and not rule.japanese and not rule.needs_attack
            if own_fall and _own_fall(text, match.start(), match.end()):
                continue
            if rule.needs_attack and not _attack_counts(text, match, rule, voice):
                continue
            if rule.japanese and rule.needs_attack and _honoured_injury(text, match, voice):
                continue
            if rule.kind in _OWN_HARM_KINDS and _customers_own_harm(text, match, rule, voice):
                continue
            if rule.kind is SafetyKind.WEAPON and _ordinary_object(text, match, rule.japanese):
                continue
            if _cleared_rumour(text, match, rule.japanese, rule.kind) or _in_play(text, match, rule.japanese):
                continue
            if rule.kind is SafetyKind.THREAT_TO_LIFE and not rule.japanese and _pests_meant(text, match):
                continue
            if rule.kind in _PARTNER_KINDS and not rule.japanese and _partner_abuse(text, match):
                continue
            if rule.kind in _JA_PARTNER_KINDS and rule.japanese and _partner_abuse_ja(text, match):
                continue
            if rule.kind is SafetyKind.FOLLOWED_WAITED and _protection_asked(text, match, rule.japanese, voice):
                continue
            if rule.kind in _CONDUCT_KINDS and _no_conduct(text, match, rule, voice):
                continue
            phrase = normalised[match.start(): match.end()].strip()[:_PHRASE_MAX]
            signals.append(SafetySignal(rule.kind, phrase, match.start()))
            accepted += 1
    short = _short_alarm(normalised, folded)
    if short is not None:
        signals.append(short)
    return SafetyFinding(tuple(signals)) if signals else None


def _matches(rule: _Rule, text: str, where: Candidate) -> list[re.Match[str]]:
    """Non-overlapping matches within the candidate's windows, at its openings where known."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for hit in where.tried(rule.regex, text, rule.scout if where.openings is None else None):
        found.setdefault(hit.span(), hit)
    return list(found.values())


def _turn_labels(text: str) -> Iterator[tuple[re.Match[str], bool | None]]:
    """Each speaker label in a log ("Customer:", 「オペレーター：」), with its side: True for the
    customer, False for staff, None for a label naming neither (a first name, "Note")."""
    label, en_customer, en_staff, ja_customer, ja_staff = _voice_patterns()
    # A label ends at a colon (not a clock's "10:14"): read back from each colon.
    colon = text.find(":")
    while colon != -1:
        found = label.search(text, max(0, colon - _LABEL_REACH), colon + 1) if not text[colon + 1: colon + 2].isdigit() else None
        colon = text.find(":", colon + 1)
        if found is None:
            continue
        name = found.group(1).strip()
        note = found.group(2) or ""
        if en_staff.search(name) or en_staff.search(note) or ja_staff.search(name) or ja_staff.search(note):
            yield found, False
        elif en_customer.search(name) or ja_customer.search(name):
            yield found, True
        else:
            yield found, None


def without_staff_turns(normalised: str, joiner: str = " ") -> str:
    """A call or chat log without what staff say in it; any other text unchanged.

    In a transcript the staff side is apologies, explanations and procedure ("I understand", 「申し訳
    ございません」) whatever the customer does; the model reads the customer's turns (and any text
    outside the turns). Only a log with at least one staff turn and one customer turn is cut.
    """
    if normalised.count(":") < 2:
        return normalised
    turns: list[tuple[int, bool | None]] = []  # (where the label starts, customer side?)
    for found, side in _turn_labels(fold_kana(normalised)):
        if not turns or found.start() > turns[-1][0]:
            turns.append((found.start(), side))
    sides = {side for _, side in turns}
    if False not in sides or True not in sides:
        return normalised
    kept = [normalised[: turns[0][0]]]
    for index, (start, side) in enumerate(turns):
        end = turns[index + 1][0] if index + 1 < len(turns) else len(normalised)
        if side is not False:
            kept.append(normalised[start:end])
    return joiner.join(piece.strip() for piece in kept if piece.strip())


def fold_kana(text: str) -> str:
    """Katakana folded to hiragana, character for character (offsets are kept)."""
    return text.translate(_KANA_FOLD)


_KANA_FOLD = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


def _guarded(guard: re.Pattern[str], text: str, match: re.Match[str], rule: _Rule) -> bool:
    """True when a look-alike touches the match (or, for some rules, shares its sentence)."""
    japanese = rule.japanese
    if rule.needs_attack:
        # An accident word near an injury sets it aside, unless the injury's own sentence has an attack
        # (or, in English, the sentence before has a blow aimed at someone).
        own_start, own_end = _sentence(text, match, around=0)
        attack = _ja_attack_strict() if japanese else _en_attack()
        if attack.search(text, own_start, own_end) is not None:
            return False
        if not japanese:
            before = _sentence_at(text, own_start, own_start, around=1)[0]
            if _en_attack_strict().search(text, before, own_end) is not None:
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
        # A run of marks ("。\n", "?!") ends one sentence, not two.
        probe = max(0, start - 1)
        while probe > 0 and text[probe - 1] in _SENTENCE_MARKS:
            probe -= 1
        start = max(text.rfind(mark, 0, probe) for mark in _SENTENCE_MARKS) + 1
        probe = end + 1
        while probe < len(text) and text[probe] in _SENTENCE_MARKS:
            probe += 1
        ends = [i for i in (text.find(mark, probe) for mark in _SENTENCE_MARKS) if i != -1]
        end = min(ends) if ends else len(text)
    return _within_reach(start, end, match.start(), match.end(), around)


_SENTENCE_MARKS = ".!?\n。！？"
# A "sentence" with no full stop may run for pages (a pasted log, a message repeated a thousand times):
# each look around a match reaches at most this far either side per sentence asked for, so the floor's
# work grows with the text, not with its square (a 20,000-character unpunctuated text took seconds).
SENTENCE_REACH = 400


def _within_reach(start: int, end: int, begin: int, finish: int, around: int) -> tuple[int, int]:
    """(start, end) cut to SENTENCE_REACH characters either side of text[begin:finish] per sentence."""
    reach = SENTENCE_REACH * (around + 1)
    return max(start, begin - reach), min(end, finish + reach)


_VICTIM_KINDS = frozenset({SafetyKind.INJURY_ATTACK, SafetyKind.FOLLOWED_WAITED})


def _third_party_victim(text: str, begin: int, finish: int, japanese: bool, voice: _Voice) -> bool:
    """True when the sentence is about a third party harming a customer, and names no staff.

    Where staff write, "I" and "me" are staff too (outside the customer's quoted words).
    """
    third, staff = _victim_patterns(japanese)
    start, end = _sentence_at(text, begin, finish)
    if third.search(text, start, end) is None or staff.search(text, start, end) is not None:
        return False
    if voice.customer_at(begin):
        return True
    first_person = _first_person(japanese)
    return not any(not voice.quoted(found.start()) for found in first_person.finditer(text, start, end))


def _denied(text: str, match: re.Match[str], japanese: bool) -> bool:
    if japanese:
        if negation.is_negated_ja(text, match.end()):
            return True
        clause = _JA_CLAUSE_END.split(text[match.end(): match.end() + 40], maxsplit=1)[0]
        if _JA_DENIED.search(clause) is not None:
            return True
        # 「殴られたり、殺すと言われたりしたことはない」: a list of things that never happened.
        return _JA_NEVER_LISTED.search(text, match.end(), match.end() + 40) is not None
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
_JA_NEVER_LISTED = re.compile(
    r"[^。！？!?\n]{0,24}?たり[^。！？!?\n]{0,24}?(?:ことは(?:ない|ありません|なかった|一度も)|ことはない|ことはありません)"
    r"|[^。！？!?\n]{0,4}?ような(?:こと|事)は(?:何も|なにも|一切|全く|ありません|なかった|ない)"
)
_JA_DENIED = re.compile(
    r"^[^。！？!?\n]{0,10}?(?:ておらず|ていなかった|てなかった|ていません|ていなく|てはいな|てはおら|てはおりません"
    r"|られていな|られておら|られなかった|なかった|ませんでした|いません|いなかった|ではない|ではなかった|じゃない|じゃなかった"
    r"|ことはない|わけではない|とは(?:言|い)って(?:い)?な)"
)


def _attack_counts(text: str, match: re.Match[str], rule: _Rule, voice: _Voice) -> bool:
    """An injury word counts beside an attack in the same stretch of text, unless that attack is
    itself among accident words or a third party's on a customer."""
    attack = _attack_nearby(text, match.start(), rule.japanese)
    if attack is None:
        return False
    begin, finish = attack
    if not rule.japanese and _own_fall(text, begin, finish):
        return False  # the "hit" of a fall ("slipped, hitting her hip"): no blow
    own_start, own_end = _sentence_at(text, begin, finish)
    if match.start() >= own_start and match.end() <= own_end:
        return True  # the injury's own sentence: the accident check has been made
    if not rule.japanese and rule.guard is not None and rule.guard.search(text, own_start, own_end) is not None:
        return False  # the blow is an accident's in its own sentence ("the handle smacked me in the face")
    strict = _ja_attack_strict() if rule.japanese else _en_attack()
    around_start, around_end = _sentence_at(text, begin, finish, around=cues.CONTEXT_SENTENCES)
    if (
        rule.guard is not None
        and strict.search(text, own_start, own_end) is None
        and rule.guard.search(text, around_start, around_end) is not None
    ):
        return False
    return not _third_party_victim(text, begin, finish, rule.japanese, voice)


_PARTNER_KINDS = frozenset({SafetyKind.THREAT_TO_LIFE, SafetyKind.FOLLOWED_WAITED})


def _partner_abuse(text: str, match: re.Match[str]) -> bool:
    """True when a customer's own (former) partner threatens or follows "her" or "him" in a sentence that
    names no staff ("her former partner ... had been sending her messages saying he would hurt her"): abuse
    at home the customer discloses. A threat with "you", "me" or "us" as its victim, or one that names
    staff in its sentence ("her ex told the cashier he would hurt her"), still counts."""
    phrase = match.group(0)
    partner, victim, not_victim, staff = _partner_patterns()
    if victim.search(phrase) is None or not_victim.search(phrase) is not None:
        return False
    start, end = _sentence_at(text, match.start(), match.end())
    return partner.search(text, start, end) is not None and staff.search(text, start, end) is None


_JA_PARTNER_KINDS = frozenset({SafetyKind.THREAT_TO_LIFE, SafetyKind.FOLLOWED_WAITED, SafetyKind.INJURY_ATTACK})


def _partner_abuse_ja(text: str, match: re.Match[str]) -> bool:
    """True when the sentence, or the one before, names a customer's former partner (「元夫からのつきまとい」
    「結婚していた頃に何度か殴られた」) and the match's sentence names neither staff nor the writer."""
    start, end = _sentence_at(text, match.start(), match.end())
    partner, staff, first = _ja_partner_patterns()
    if staff.search(text, start, end) is not None or first.search(text, start, end) is not None:
        return False
    before = _sentence_at(text, start, start, around=1)[0]
    return partner.search(text, before, end) is not None


@lru_cache(maxsize=1)
def _ja_partner_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _ja(cues.JA_ABUSIVE_PARTNER), _ja(cues.JA_STAFF_VICTIM), _ja(cues.JA_FIRST_PERSON)


@lru_cache(maxsize=1)
def _partner_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _en(cues.EN_ABUSIVE_PARTNER), _en(cues.EN_PARTNER_VICTIM), _en(cues.EN_NOT_PARTNER_VICTIM), _en(cues.EN_STAFF_VICTIM)


def _own_fall(text: str, begin: int, finish: int) -> bool:
    """True when text[begin:finish] lies in a fall in which someone hit their own body ("fell in the
    bathroom and hit his head", "fell heavily, hitting her hip") and no attack word comes before the fall
    in its sentence or the one before ("shoved him so hard that he fell and hit his head" still counts)."""
    start, end = _sentence_at(text, begin, finish)
    for found in _en_fall_hit().finditer(text, start, end):
        if found.start() <= begin and finish <= found.end():
            before = _sentence_at(text, start, start, around=1)[0]
            return _en_attack().search(text, before, found.start()) is None
    return False


def _honoured_injury(text: str, match: re.Match[str], voice: _Voice) -> bool:
    """True when staff speak of an injury with the honorific (「お怪我」「ご負傷」): the customer's."""
    return match.start() > 0 and text[match.start() - 1] in "おご" and not voice.customer_at(match.start())


def _attack_nearby(text: str, start: int, japanese: bool) -> tuple[int, int] | None:
    """The nearest attack word in the stretch of text before (or just after) an injury word."""
    offset = max(0, start - 260)
    found = list((_ja_attack() if japanese else _en_attack()).finditer(text, offset, start + 100))
    if not found:
        return None
    before = [hit for hit in found if hit.start() <= start]
    nearest = before[-1] if before else found[0]
    return nearest.start(), nearest.end()


def _sentence_at(text: str, begin: int, finish: int, around: int = 0) -> tuple[int, int]:
    """The bounds of the sentence holding text[begin:finish], with `around` sentences either side."""
    start, end = begin, finish
    for _ in range(around + 1):
        start = max(text.rfind(mark, 0, max(0, start - 1)) for mark in _SENTENCE_MARKS) + 1
        ends = [i for i in (text.find(mark, end + 1) for mark in _SENTENCE_MARKS) if i != -1]
        end = min(ends) if ends else len(text)
    return _within_reach(start, end, begin, finish, around)


_LABEL_REACH = 64


class _Quick:
    """A pattern searched quickly over a long text: its `\\b`-free form (which matches wherever the
    pattern does) finds the few places worth trying the pattern itself."""

    def __init__(self, strict: re.Pattern[str], loose: re.Pattern[str]) -> None:
        self._strict = strict
        self._loose = loose

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        hit = self._loose.search(text, pos, end)
        while hit is not None:
            found = self._strict.match(text, hit.start(), end)
            if found is not None:
                return found
            hit = self._loose.search(text, hit.start() + 1, end)
        return None


def _quick_en(pattern: str) -> _Quick:
    return _Quick(_en(pattern), re.compile(pattern.replace(r"\b", "")))


class _Voice:
    """Who speaks where in a text: the customer (their letter or post to the business, their turns
    in a call or chat log) or not. Worked out on first use."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._turns: list[tuple[int, bool | None]] | None = None
        self._letter: bool | None = None
        self._quotes: list[tuple[int, int]] | None = None
        self._relays: list[tuple[int, int]] | None = None

    def customer_at(self, position: int) -> bool:
        """True when the customer is speaking at `position`."""
        turns = self._turn_list()
        index = bisect.bisect_right(turns, position, key=lambda turn: turn[0]) - 1
        speaker = turns[index][1] if index >= 0 else None
        if speaker is None:
            return self._letter_voice() or self._relayed(position)
        if not speaker:
            return self._relayed(position)
        # A bracketed note inside a turn ("(kicks the counter)") is the narrator's, not the speaker's.
        return not self._bracketed(position, turns[index][0])

    def _relayed(self, position: int) -> bool:
        """True inside a customer's own words quoted or relayed by staff."""
        if self._relays is None:
            relays: list[tuple[int, int]] = []
            en_speaker, ja_speaker, ja_relayed = _relay_patterns()
            for start, end in self._quote_spans():
                lead = self._text[max(0, start - 120): start]
                if en_speaker.search(lead) or ja_speaker.search(lead):
                    relays.append((start, end))
            relays.extend(found.span(1) for found in ja_relayed.finditer(self._text))
            self._relays = sorted(relays)
        return any(start <= position < end for start, end in self._relays)

    def _bracketed(self, position: int, turn_start: int) -> bool:
        before = self._text[turn_start:position]
        return before.rfind("(") > before.rfind(")") or before.rfind("[") > before.rfind("]")

    def quote_at(self, position: int) -> tuple[int, int] | None:
        """The quotation `position` lies in, if any."""
        spans = self._quote_spans()
        index = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
        return spans[index] if index >= 0 and position < spans[index][1] else None

    def quoted(self, position: int) -> bool:
        """True when `position` lies inside a quotation."""
        spans = self._quote_spans()
        index = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
        return index >= 0 and position < spans[index][1]

    def _turn_list(self) -> list[tuple[int, bool | None]]:
        if self._turns is None:
            turns = [(found.end(), side) for found, side in _turn_labels(self._text)]
            # A "customer" who says they work there ("I work at your Westgate branch") is staff.
            writer = _staff_writer()
            turns.sort()
            for index, (start, customer) in enumerate(turns):
                if customer:
                    end = turns[index + 1][0] if index + 1 < len(turns) else len(self._text)
                    if writer.search(self._text, start, end) is not None:
                        turns[index] = (start, False)
            self._turns = turns
        return self._turns

    def _letter_voice(self) -> bool:
        if self._letter is None:
            text = self._text
            spans = self._quote_spans()
            if spans:
                pieces, last = [], 0
                for start, end in spans:
                    pieces.append(text[last:start])
                    pieces.append(" " * (end - start))
                    last = end
                pieces.append(text[last:])
                text = "".join(pieces)
            en, ja = _letter_patterns()
            letter = en.search(text) is not None or ja.search(text) is not None
            self._letter = letter and _staff_writer().search(text) is None
        return self._letter

    def _quote_spans(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            self._quotes = [found.span() for found in _quotation().finditer(self._text)]
        return self._quotes


# Harm the customer may speak of as done to them (a product, an accident, a third party).
_OWN_HARM_KINDS = frozenset(
    {SafetyKind.INJURY_ATTACK, SafetyKind.FOLLOWED_WAITED, SafetyKind.THREAT_TO_LIFE, SafetyKind.WEAPON}
)


def _customers_own_harm(text: str, match: re.Match[str], rule: _Rule, voice: _Voice) -> bool:
    """True when the customer speaks of harm done to them or theirs by someone else: an injury, a
    follower, a threat they received, a weapon another person held. It still counts when the
    sentence names staff or the reader as harmed, or the customer as the one who harms."""
    if not voice.customer_at(match.start()):
        return False
    own = _own_harm_patterns(rule.japanese)
    start, end = _sentence_at(text, match.start(), match.end())
    if rule.kind is SafetyKind.INJURY_ATTACK:
        # "My daughter came home from school. She had a cut lip": the sentence before, and the attack's.
        start = _sentence_at(text, start, start, around=1)[0]
        attack = _attack_nearby(text, match.start(), rule.japanese) if rule.needs_attack else None
        if attack is not None:
            start = min(start, _sentence_at(text, *attack)[0])
    if own.staff_harmed.search(text, start, end) is not None:
        return False
    if rule.kind is SafetyKind.INJURY_ATTACK:
        if own.staff_named.search(text, start, end) is not None and own.third_attack.search(text, start, end) is not None:
            return False
        # the customer hurt, or the family member they spoke of before ("My mum is 79... she is bruised")
        return own.victim.search(text, start, end) is not None or own.family.search(text, 0, match.start()) is not None
    if rule.japanese and rule.kind in _PASSIVE_KINDS and _ja_passive().match(text, match.end()) is not None:
        # 「包丁を持ち出されたこともある」「殺されるかもしれないと思って」: done to the customer, by someone else.
        return True
    if rule.kind is SafetyKind.THREAT_TO_LIFE:
        if own.threat_received.search(text, start, end) is None:
            return False
        # a Japanese customer who received the threat need not say "me" (「…というメッセージが来てる」)
        return rule.japanese or own.victim.search(text, start, end) is not None
    if rule.kind is SafetyKind.WEAPON:
        if rule.japanese or own.held_by_other.search(text, start, end) is None:
            return False
        return own.first_person.search(text, start, end) is not None and own.own_weapon.search(text, start, end) is None
    if rule.kind is SafetyKind.FOLLOWED_WAITED:
        return own.follower.search(text, start, end) is None and own.first_person.search(text, start, end) is not None
    return own.victim.search(text, start, end) is not None


_PASSIVE_KINDS = frozenset({SafetyKind.THREAT_TO_LIFE, SafetyKind.WEAPON})


@lru_cache(maxsize=1)
def _ja_passive() -> re.Pattern[str]:
    return re.compile(cues.JA_PASSIVE_AFTER)


def _ordinary_object(text: str, match: re.Match[str], japanese: bool) -> bool:
    """True when the sentence is an ordinary errand with the object (a knife returned, sharpened or
    posted, a pocket knife at airport security, a rifle in its safe) and menaces no one with it."""
    context, menace = _object_patterns(japanese)
    start, end = _sentence_at(text, match.start(), match.end())
    if context.search(text, start, end) is None or menace.search(text, start, end) is not None:
        return False
    return not _turned_on_someone(text, start, end, japanese)


def _cleared_rumour(text: str, match: re.Match[str], japanese: bool, kind: SafetyKind | None = None) -> bool:
    """True when the phrase sits in a report the text says was checked and found false.

    A bomb threat stays a threat when the search only found no device (「不審物は発見されず」,
    "nothing was found"): the threat was made.
    """
    rumour, cleared = _rumour_patterns(japanese)
    sentence_start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n。！？")
    before = text[max(0, sentence_start - 160): match.end() + 40]
    if rumour.search(before) is None:
        return False
    # The check that found it false follows in the same paragraph: a later entry of a log that finds
    # something else false (「灯油缶は102号室の私物と判明」) does not clear the words.
    paragraph_end = text.find("\n\n", match.end())
    found = cleared.search(text, match.start(), len(text) if paragraph_end == -1 else paragraph_end)
    if found is None:
        return False
    if kind is SafetyKind.BOMB_ARSON and _nothing_found(japanese).search(text, match.start()) is not None:
        # The search found no device: the threat stands unless the text also says the words were no threat.
        return _other_clearing(text, match.start(), japanese)
    return True


_EN_NOTHING_FOUND = (
    r"\b(?:nothing (?:suspicious )?was found|no (?:bomb|device|explosives?|suspicious (?:item|package|object|bag)s?)"
    r"(?: (?:was|were))? (?:found|located|discovered)|(?:search|sweep)\w* (?:\S+ ){0,4}found nothing)\b"
)
_JA_NOTHING_FOUND = r"(?:不審物|爆発物|爆弾|危険物)(?:は|も)?(?:発見され|見つから|見当たら|なかっ)|何も(?:見つから|発見され)"
# Clearings that say the words themselves were not a threat ("it turned out to be ... 'da bomb'").
_EN_NOT_A_THREAT = (
    r"\b(?:turned out|it was (?:a|an|only|just) (?:joke|misunderstanding|mix-up)|mistaken|misheard|meant|figurative|"
    r"not a threat|hoax call by (?:a|the) (?:child|kid))\b"
)
_JA_NOT_A_THREAT = r"(?:聞き間違い|勘違い|言い間違い|冗談ではなく|比喩|意味だった|ことだった|と判明)"


@lru_cache(maxsize=2)
def _nothing_found(japanese: bool) -> re.Pattern[str]:
    return re.compile(_JA_NOTHING_FOUND if japanese else _EN_NOTHING_FOUND)


@lru_cache(maxsize=2)
def _not_a_threat(japanese: bool) -> re.Pattern[str]:
    return re.compile(_JA_NOT_A_THREAT if japanese else _EN_NOT_A_THREAT)


def _other_clearing(text: str, start: int, japanese: bool) -> bool:
    """True when the text also says the words were no threat (not only that nothing was found)."""
    return _not_a_threat(japanese).search(text, start) is not None


def _protection_asked(text: str, match: re.Match[str], japanese: bool, voice: _Voice) -> bool:
    """True when a customer asks the business for protection from someone else, and the phrase
    does not name staff as the one followed ("asked us to walk her to her car", 「何とかしてほしい」).
    Where the customer speaks, "me" and 「私」 are the customer; a staff role still counts."""
    asked, staff = _protection_patterns(japanese)
    if asked.search(text) is None:
        return False
    if voice.customer_at(match.start()):
        staff = _protection_roles(japanese)
    return staff.search(match.group(0)) is None


@lru_cache(maxsize=2)
def _protection_patterns(japanese: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if japanese:
        return re.compile(cues.JA_PROTECTION), re.compile(cues.JA_PROTECTION_STAFF)
    return re.compile(cues.EN_PROTECTION), re.compile(cues.EN_PROTECTION_STAFF)


@lru_cache(maxsize=2)
def _protection_roles(japanese: bool) -> re.Pattern[str]:
    return re.compile(cues.JA_PROTECTION_ROLE) if japanese else _en(cues.EN_PROTECTION_ROLE)


def _in_play(text: str, match: re.Match[str], japanese: bool) -> bool:
    """True when the sentence frames the words as a game, fiction, a drill or a surprise.

    Only the sentence: a text titled as a drill or a class may still report a real incident in it
    ("Fire drill, 3 March ... afterwards a customer said he would burn the place down")."""
    start, end = _sentence(text, match)
    if _context_pattern(japanese).search(text, start, end) is None:
        return False
    if _turned_on_someone(text, *_sentence_at(text, match.start(), match.end()), japanese):
        return False  # "during the class he pointed the knife at the teacher": no part of the lesson
    # "After the drill", 「講習の終了後」: what follows happened outside the exercise.
    return _after_exercise(japanese).search(text, start, end) is None


@lru_cache(maxsize=2)
def _after_exercise(japanese: bool) -> re.Pattern[str]:
    return _ja(cues.JA_AFTER_EXERCISE) if japanese else _en(cues.EN_AFTER_EXERCISE)


_CONDUCT_KINDS = frozenset(
    {SafetyKind.WEAPON, SafetyKind.THREAT_TO_LIFE, SafetyKind.BOMB_ARSON, SafetyKind.INJURY_ATTACK}
)


def _no_conduct(text: str, match: re.Match[str], rule: _Rule, voice: _Voice) -> bool:
    """True when the match's sentence describes no conduct toward anyone here: it is about an object as
    merchandise or a topic, a demonstration, a story, history, animals, a quarry, a design or a rule
    (`cues.EN_TOPIC_FRAME`), the words are nobody's quoted speech, and neither it nor the sentences either
    side of it show conduct (`cues.EN_CONDUCT`: a thing turned on someone, a threat spoken or relayed, a
    blow at a person, a thing produced, agitation, grievance or fear). An injury word that counts beside
    an attack is read where the attack is too: the attack's sentences must show no conduct either."""
    if not _framed_without_conduct(text, match.start(), match.end(), rule.japanese, voice):
        return False
    if rule.needs_attack:
        attack = _attack_nearby(text, match.start(), rule.japanese)
        if attack is not None and not _framed_without_conduct(text, *attack, rule.japanese, voice, framed=False):
            return False
    return True


def _framed_without_conduct(text: str, begin: int, finish: int, japanese: bool, voice: _Voice, framed: bool = True) -> bool:
    frame, conduct = _conduct_patterns(japanese)
    if framed:
        start, end = _clause_at(text, begin, finish) if japanese else _sentence_at(text, begin, finish)
        quote = voice.quote_at(begin)
        if japanese and quote is not None:
            start, end = min(start, quote[0]), max(end, quote[1])  # a quotation is read whole
        # A frame word inside the match names the thing ("a hunting knife", 「猟銃」), not the topic, unless
        # it makes the thing a picture, an antique or goods ("photos of replica handguns", "rental guns").
        if (
            not _topic_framed(text, start, begin, japanese)
            and not _topic_framed(text, finish, end, japanese)
            and _described_pattern(japanese).search(text, begin, finish) is None
        ):
            return False
    quote = voice.quote_at(begin)
    if quote is not None and (not framed or frame.search(text, *quote) is None):
        return False  # someone's words, not about a topic named inside them
    around_start, around_end = _sentence_at(text, begin, finish, around=1)
    return conduct.search(text, around_start, around_end) is None


def _topic_framed(text: str, start: int, end: int, japanese: bool) -> bool:
    """True when text[start:end] names a topic frame; in English not one that only names where or when
    something happened ("at the antiques auction a bidder stood by the door with a knife")."""
    frame = _conduct_patterns(japanese)[0]
    for found in frame.finditer(text, start, end):
        if japanese or _setting_before().search(text, max(0, found.start() - 40), found.start()) is None:
            return True
    return False


@lru_cache(maxsize=1)
def _setting_before() -> re.Pattern[str]:
    return _en(cues.EN_SETTING_BEFORE)


def _clause_at(text: str, begin: int, finish: int) -> tuple[int, int]:
    """The Japanese clause holding text[begin:finish]: from the comma or full stop before it to the one after."""
    start = max(text.rfind(mark, 0, begin) for mark in _CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(mark, finish) for mark in _CLAUSE_MARKS) if i != -1]
    return _within_reach(start, min(ends) if ends else len(text), begin, finish, 0)


_CLAUSE_MARKS = "、,。！？!?\n「」『』"


def _turned_on_someone(text: str, start: int, end: int, japanese: bool) -> bool:
    """True when text[start:end] turns a thing on a person here or produces one from a bag or pocket
    (`cues.EN_CONDUCT_TURNED`): whatever a lesson, a game or an errand around it, that is conduct."""
    return _turned_pattern(japanese).search(text, start, end) is not None


@lru_cache(maxsize=2)
def _described_pattern(japanese: bool) -> re.Pattern[str]:
    return _ja(cues.JA_THING_DESCRIBED) if japanese else _en(cues.EN_THING_DESCRIBED)


@lru_cache(maxsize=2)
def _turned_pattern(japanese: bool) -> re.Pattern[str]:
    return _ja(cues.JA_CONDUCT_TURNED) if japanese else _en(cues.EN_CONDUCT_TURNED)


@lru_cache(maxsize=2)
def _conduct_patterns(japanese: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if japanese:
        return _ja(cues.JA_TOPIC_FRAME), _ja(cues.JA_CONDUCT)
    return _en(cues.EN_TOPIC_FRAME), _en(cues.EN_CONDUCT)


def _pests_meant(text: str, match: re.Match[str]) -> bool:
    """True when a threat's only victim is "them", "they" or "it" and pests were named just before
    ("remove the nest once they're dead"): a person threatened is named, not left a pronoun."""
    pronoun, person, pests = _pest_patterns()
    phrase = match.group(0)
    if pronoun.search(phrase) is None or person.search(phrase) is not None:
        return False
    return pests.search(text, max(0, match.start() - _PEST_REACH), match.end()) is not None


_PEST_REACH = 400


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
_ASCII_EDGE = ASCII_EDGE  # (?:(?<![a-z0-9])(?=[a-z0-9])|(?<=[a-z0-9])(?![a-z0-9]))


def _en(pattern: str) -> re.Pattern[str]:
    return re.compile(_en_source(pattern))


def _ja(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_kana(pattern))


def _en_source(pattern: str) -> str:
    return pattern.replace(r"\b", _ASCII_EDGE)


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
            as_matched = _en_source if not japanese else ((lambda p: p) if unfolded else fold_kana)
            sentence_guard = str(options["sentence_guard"]) if options.get("sentence_guard") else None
            rules.append(
                _Rule(
                    kind,
                    as_matched(pattern),
                    as_matched(guard) if guard else None,
                    japanese,
                    needs_attack=bool(options.get("needs_attack")),
                    sentence_guard_pattern=as_matched(sentence_guard) if sentence_guard else None,
                    unfolded=unfolded,
                    source=pattern if not japanese or unfolded else fold_kana(pattern),
                )
            )
    return tuple(rules)


INDEX_FILE = Path(__file__).with_name("safety_index.json")
_INDEX_FORMAT = 1
_Analysis = tuple[tuple[str, ...] | None, tuple[frozenset[str], ...] | None]


def analyse(rule: _Rule) -> _Analysis:
    """A rule's openings and required literal sets (None: unknown, the rule runs over the text)."""
    if rule.unfolded:  # matched on unfolded katakana: cannot be gated on the folded text
        return None, None
    return opening_literals(rule.source), requirements(rule.source)


def write_index(path: Path = INDEX_FILE) -> int:
    """Analyse every rule afresh and save it (parsing 800 expressions costs seconds at start-up)."""
    entries = {}
    for rule in _rules():
        openings, needs = analyse(rule)
        entries[rule.source] = [list(openings) if openings else None, [sorted(n) for n in needs] if needs else None]
    text = json.dumps({"format": _INDEX_FORMAT, "rules": dict(sorted(entries.items()))}, ensure_ascii=False, indent=0)
    path.write_text(text + "\n", encoding="utf-8")
    _gate.cache_clear()
    return len(entries)


def _read_index() -> dict[str, _Analysis]:
    """The saved analysis; a missing or malformed file or entry is analysed afresh."""
    try:
        payload = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(payload, dict) or payload.get("format") != _INDEX_FORMAT or not isinstance(payload.get("rules"), dict):
        return {}
    index: dict[str, _Analysis] = {}
    for source, entry in payload["rules"].items():
        try:
            openings, needs = entry
            index[source] = (
                tuple(str(o) for o in openings) if openings else None,
                tuple(frozenset(str(x) for x in need) for need in needs) if needs else None,
            )
        except (TypeError, ValueError):
            continue
    return index


_RULE_OPTIONS = {"needs_attack", "sentence_guard", "unfolded"}


@lru_cache(maxsize=1)
def _gate() -> LiteralGate:
    """One automaton over every rule's required literals (English ones on the text as it is,
    Japanese ones on the kana-folded text; a literal found in either marks its rules)."""
    # Rules matched on unfolded katakana (ドス, チャカ) cannot be gated on the folded text.
    rules = _rules()
    saved = _read_index()
    analysed = [saved[rule.source] if rule.source in saved and not rule.unfolded else analyse(rule) for rule in rules]
    return LiteralGate([needs for _, needs in analysed], [openings for openings, _ in analysed])


@lru_cache(maxsize=1)
def _en_attack() -> re.Pattern[str]:
    return _en(cues.EN_ATTACK_NEARBY)


@lru_cache(maxsize=1)
def _en_fall_hit() -> re.Pattern[str]:
    return _en(cues.EN_FALL_HIT)


@lru_cache(maxsize=1)
def _en_attack_strict() -> re.Pattern[str]:
    return _en(cues.EN_ATTACK_STRICT)


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
def _first_person(japanese: bool) -> re.Pattern[str]:
    return _ja(cues.JA_FIRST_PERSON) if japanese else _en(cues.EN_WRITER)


@lru_cache(maxsize=1)
def _voice_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(cues.TURN_LABEL + "$"),
        _en(cues.EN_CUSTOMER_LABEL),
        _en(cues.EN_STAFF_LABEL),
        _ja(cues.JA_CUSTOMER_LABEL),
        _ja(cues.JA_STAFF_LABEL),
    )


@lru_cache(maxsize=1)
def _letter_patterns() -> tuple[_Quick, re.Pattern[str]]:
    return _quick_en(cues.EN_CUSTOMER_LETTER), _ja(cues.JA_CUSTOMER_LETTER)


@lru_cache(maxsize=1)
def _staff_writer() -> _Quick:
    source = cues.EN_STAFF_WRITER + "|" + fold_kana(cues.JA_STAFF_WRITER)
    return _quick_en(source)


@lru_cache(maxsize=1)
def _relay_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    return _en(cues.EN_CUSTOMER_SPEAKER), _ja(cues.JA_CUSTOMER_SPEAKER), _ja(cues.JA_RELAYED)


@lru_cache(maxsize=1)
def _quotation() -> re.Pattern[str]:
    return re.compile(cues.QUOTATION)


@dataclass(frozen=True)
class _OwnHarm:
    staff_harmed: re.Pattern[str]  # staff or the reader harmed, or the customer the one who harms
    victim: re.Pattern[str]  # the customer or their family on the receiving end
    family: re.Pattern[str] | _Quick  # the customer's family or pet, named before
    staff_named: re.Pattern[str]
    third_attack: re.Pattern[str]  # someone else's blow at "her" or "him"
    first_person: re.Pattern[str]
    threat_received: re.Pattern[str]
    follower: re.Pattern[str]  # the customer the one who follows or waits, or staff's movements
    held_by_other: re.Pattern[str]
    own_weapon: re.Pattern[str]


@lru_cache(maxsize=2)
def _own_harm_patterns(japanese: bool) -> _OwnHarm:
    if japanese:
        never = re.compile(r"(?!)")
        return _OwnHarm(
            _ja(cues.JA_STAFF_HARMED),
            _ja(cues.JA_OWN_VICTIM),
            _ja(cues.JA_OWN_FAMILY),
            never,
            never,
            _ja(cues.JA_OWN_VICTIM),
            _ja(cues.JA_THREAT_RECEIVED),
            _ja(cues.JA_FOLLOWER),
            never,
            never,
        )
    return _OwnHarm(
        _en(cues.EN_STAFF_HARMED),
        _en(cues.EN_OWN_VICTIM),
        _quick_en(cues.EN_OWN_FAMILY),
        _en(cues.EN_STAFF_NAMED),
        _en(cues.EN_THIRD_ATTACK),
        _en(cues.EN_FIRST_PERSON),
        _en(cues.EN_THREAT_RECEIVED),
        _en(cues.EN_FOLLOWER),
        _en(cues.EN_WEAPON_HELD_BY_OTHER),
        _en(cues.EN_OWN_WEAPON),
    )


@lru_cache(maxsize=2)
def _object_patterns(japanese: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if japanese:
        return _ja(cues.JA_OBJECT_CONTEXT), _ja(cues.JA_MENACE)
    return _en(cues.EN_OBJECT_CONTEXT), _en(cues.EN_MENACE)


@lru_cache(maxsize=1)
def _pest_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    person = r"\b(?:you|u|ya|him|her|me|us|everyone|everybody|someone|somebody|anyone|people|staff|\w+-san)\b"
    return _en(cues.EN_PRONOUN_VICTIM), _en(person), _en(cues.EN_PESTS)


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
    for rule in _rules():
        _ = rule.regex, rule.guard, rule.sentence_guard
    saved = _read_index()
    for rule in _rules():
        if not rule.japanese and saved.get(rule.source, (None, None))[0] is None:  # searched, not only tried at openings
            _ = rule.scout
    _gate()
    _en_attack()
    _en_attack_strict()
    _en_fall_hit()
    _partner_patterns()
    _ja_partner_patterns()
    _ja_attack()
    _ja_attack_strict()
    _rumour_patterns(True)
    _rumour_patterns(False)
    _short_patterns()
    _context_pattern(True)
    _context_pattern(False)
    _pest_patterns()
    _after_exercise(True)
    _after_exercise(False)
    _victim_patterns(True)
    _victim_patterns(False)
    _first_person(True)
    _first_person(False)
    _voice_patterns()
    _letter_patterns()
    _quotation()
    _relay_patterns()
    _staff_writer()
    _object_patterns(True)
    _object_patterns(False)
    _own_harm_patterns(True)
    _own_harm_patterns(False)
    _ja_passive()
    _conduct_patterns(True)
    _conduct_patterns(False)
    _turned_pattern(True)
    _turned_pattern(False)
    _described_pattern(True)
    _described_pattern(False)
    _setting_before()
