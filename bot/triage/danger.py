"""The danger reader: a learned second net under the safety floor.

The floor (`bot.triage.safety`) names dangers by their phrases, and phrases run out: on writers
it had never seen it caught 60-70 % of their weapons, threats to life, bombs, attacks and
stalking. This reader was trained instead of written: a logistic regression over the same words
and character n-grams the main model reads (`model.text_features`, over the whole text), fitted
on every safety writer's dangers and look-alikes and on the development cases (legitimate
complaints and non-violent harassment as the other side).

It never overrides the floor and never clears anything the floor found. Where the floor is
silent it can only add caution:

- `check`: the reply asks staff to check for danger first (step away, security, 110), beside
  whatever the reading is; a legitimate complaint stays a legitimate complaint. Its threshold
  is the score only 1 % of the development set's legitimate complaints reach when scored by a
  reader that never saw their writer.
- `strong`: far above that (reached by 0.1 % of such complaints and look-alikes), a text the
  reading already counts as harassment is raised to critical severity.

A long account dilutes one dangerous sentence (its score is the whole text's: four ordinary
sentences before an unnamed threat took it from 3.75 to -0.95), so the reader also scores every
stretch of `WINDOW` consecutive sentences with the same weights, over the whole analysed text. The
best stretch has its own thresholds, set the same way (out of fold, by writer) among the texts
long enough to have stretches: the check where 1 % of such legitimate complaints' best stretch
reaches, strong where 0.1 % of such legitimate complaints' and look-alikes' does. A text of
`WINDOW` sentences or fewer is one stretch: its whole. Either score can raise the check, so a
legitimate complaint is checked a little more often than 1 % (by length: see
`benchmarks/safety_sets.py --readers`). `stretch` in the reading is None when no stretch was read:
a short text, a whole text already strong, or a weights file without stretch thresholds.

Deterministic: fixed weights shipped in `danger_weights.json`, read in pure Python. Training
(`python -m bot model danger`) uses NumPy for the gradient steps.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.triage import model, safety
from bot.triage.text import detect_language, normalise

log = logging.getLogger(__name__)

WEIGHTS_FILE = Path(__file__).with_name("danger_weights.json")
MAX_CHARS = 4000  # the whole-text score reads this far (stretches read the whole analysed text)
CHECK_QUANTILE = 0.99  # of out-of-fold legitimate complaints: 1 % of them get the check
STRONG_QUANTILE = 0.999  # of out-of-fold legitimate complaints and look-alikes
WINDOW = 3  # sentences in a stretch (2 and 3 did the same out of fold; 3 keeps "he said ... then ...")
SENTENCE_CHARS = 200  # a longer "sentence" (no full stop for a paragraph) counts as pieces of this length
WITHIN_SHARE = 0.8  # a sentence quoted for a stretch: this share of its n-grams are the stretch's
MIN_DOC_FREQUENCY = 2
L2 = 1e-6
STEPS = 400
LEARNING_RATE = 0.1
DANGER_WEIGHT = 3.0  # dangers are rarer than the rest: each counts three times in the loss
PRUNE_BELOW = 0.02  # weights smaller than this change no decision (measured) and are not shipped
THRESHOLD_FOLDS = 5
PASSAGES_SHOWN = 1
PASSAGE_CHARS = 200  # a "sentence" with no full stop may run for pages: the quote keeps 200 characters of it
QUOTE_CUTS = 40  # places a long sentence may be cut to choose the quote
# A sentence ends at 。！？!? or a newline, and at a full stop only before a space or the end ("3.5 ml",
# "shop.example.com" stay whole).
_SENTENCE = re.compile(r"(?:[^.!?。！？\n]|\.(?=[^\s.!?\"'”’」]))+[.!?。！？]*[\"'”’」]?")


@dataclass(frozen=True)
class DangerReading:
    """What the reader makes of one text."""

    score: float  # log-odds of danger (bias included)
    check: bool  # ask staff to check for danger first
    strong: bool  # strong enough to make a harassment reading critical
    passages: tuple[str, ...]  # the sentence that weighs most for danger (when `check`)
    stretch: float | None = None  # the best stretch's score, when the text has more than one stretch

    def to_dict(self) -> dict[str, object]:
        """Its part of the `triage --jsonl` contract."""
        return {
            "score": self.score,
            "check": self.check,
            "strong": self.strong,
            "passages": list(self.passages),
            "stretch": self.stretch,
        }


@dataclass(frozen=True)
class DangerReader:
    """A linear reader: weights per feature, a bias, and its thresholds (whole text and best stretch)."""

    weights: Mapping[str, float]
    bias: float
    check_at: float
    strong_at: float
    stretch_check_at: float = math.inf  # the best stretch's thresholds (inf: stretches not read)
    stretch_strong_at: float = math.inf

    def score(self, grams: frozenset[str]) -> float:
        """The score of a text's features: their weights' sum over the square root of how many there are
        (known to the reader or not, so that pruning small weights changes nothing else)."""
        # The features it has weights for, found in C (`fsum` is exact: their order does not matter).
        known = self.weights.keys() & grams
        return self.bias + (math.fsum(map(self.weights.__getitem__, known)) / math.sqrt(len(grams)) if known else 0.0)

    def read(self, normalised: str, original: str | None = None, grams: frozenset[str] | None = None) -> DangerReading:
        """Read one normalised text (`bot.triage.text.normalise`); passages are quoted from `original`
        (the text as written) when given; `grams`: its `features`, when already extracted."""
        grams = features(normalised) if grams is None else grams
        value = self.score(grams)
        check, strong = value >= self.check_at, value >= self.strong_at
        best: Stretch | None = None
        if not strong and self.stretch_check_at < math.inf:
            best = self.best_stretch(split(normalised))
            if best is not None:
                check = check or best.score >= self.stretch_check_at
                strong = best.score >= self.stretch_strong_at
        passages: tuple[str, ...] = ()
        if check:
            # The check came from a stretch alone: quote from that stretch, wherever it is in the text.
            within = best.grams if best is not None and value < self.check_at else None
            passages = self.passages(original if original is not None else normalised, within)
        return DangerReading(round(value, 4), check, strong, passages, None if best is None else round(best.score, 4))

    def best_stretch(self, sentences: Sequence[Sentence]) -> Stretch | None:
        """The text's stretch of WINDOW sentences (`split`) that scores highest, each scored as `score`
        scores the union of its sentences' n-grams; None for a text of WINDOW sentences or fewer (one
        stretch: the whole)."""
        if len(sentences) <= WINDOW:
            return None
        grams = [sentence.grams for sentence in sentences]
        best: Stretch | None = None
        for at in range(len(grams) - WINDOW + 1):
            union = grams[at].union(*grams[at + 1 : at + WINDOW])
            value = self.score(union)
            if best is None or value > best.score:
                best = Stretch(value, at, union)
        return best

    def passages(self, text: str, within: frozenset[str] | None = None) -> tuple[str, ...]:
        """What to quote to staff: the sentence whose n-grams weigh most for danger, best first (an
        n-gram alone, 救急 or "next time", means little to a reader); of a long sentence, the
        PASSAGE_CHARS that weigh most, so the telling words stay in the quote. `within`: a stretch's
        n-grams; only the sentences that are mostly of that stretch are quoted."""
        scored = []
        for sentence in _SENTENCE.findall(text):
            if within is not None:
                grams = model.ngrams(normalise(sentence))
                if not grams or len(grams & within) < WITHIN_SHARE * len(grams):
                    continue
            weight = self._weight(sentence)
            if weight > 0:
                scored.append((-weight, self._heaviest_piece(sentence.strip())))
        return tuple(dict.fromkeys(text for _, text in sorted(scored)))[:PASSAGES_SHOWN]

    def _weight(self, text: str) -> float:
        """The positive weight of a stretch of text's n-grams."""
        grams = model.text_features(normalise(text), limit=MAX_CHARS)
        return math.fsum(w for f in grams if (w := self.weights.get(f, 0.0)) > 0)

    def _heaviest_piece(self, sentence: str) -> str:
        """The sentence, or its PASSAGE_CHARS that weigh most (at most QUOTE_CUTS places tried), with "…" where cut."""
        if len(sentence) <= PASSAGE_CHARS:
            return sentence
        room = len(sentence) - PASSAGE_CHARS
        step = max(1, -(-room // QUOTE_CUTS))
        start = max(range(0, room + step, step), key=lambda at: (self._weight(sentence[at : at + PASSAGE_CHARS]), -at))
        start = min(start, room)
        if start and sentence[start - 1].isalnum() and (space := sentence.find(" ", start, start + 20)) > 0:
            start = space + 1  # not from the middle of a word
        cut = sentence[start : start + PASSAGE_CHARS].strip()
        return ("…" if start else "") + cut + ("…" if start < room else "")


def features(normalised: str) -> frozenset[str]:
    """The n-grams the reader looks at: the main model's, over the whole text."""
    return frozenset(model.text_features(normalised, limit=MAX_CHARS))


@dataclass(frozen=True)
class Sentence:
    """One sentence of a text, as the stretches read it: its n-grams."""

    grams: frozenset[str]


@dataclass(frozen=True)
class Stretch:
    """A text's best stretch: its score, its first sentence and its n-grams."""

    score: float
    at: int
    grams: frozenset[str]


def split(normalised: str) -> tuple[Sentence, ...]:
    """The sentences of the whole text, in order: what its stretches are made of (a stretch is WINDOW
    consecutive sentences). As in `features`, a Japanese call or chat log is read without staff's
    turns, each turn kept apart; a sentence's n-grams are its own (English word pairs do not cross
    sentences); a "sentence" longer than SENTENCE_CHARS (a paragraph with no full stop) is cut into
    pieces of that length, at a space where there is one."""
    if detect_language(normalised[:MAX_CHARS]) == "ja":
        kept = safety.without_staff_turns(normalised, joiner="\n")
    else:
        kept = normalised
    return tuple(
        Sentence(frozenset(model.ngrams(piece)))
        for found in _SENTENCE.findall(kept)
        for piece in _pieces(found)
        if piece.strip()
    )


def _pieces(sentence: str) -> list[str]:
    """A sentence, or its pieces of at most SENTENCE_CHARS, cut at the last space before the limit."""
    pieces = []
    while len(sentence) > SENTENCE_CHARS:
        cut = sentence.rfind(" ", SENTENCE_CHARS // 2, SENTENCE_CHARS)
        cut = SENTENCE_CHARS if cut == -1 else cut + 1
        pieces.append(sentence[:cut])
        sentence = sentence[cut:]
    pieces.append(sentence)
    return pieces


@dataclass(frozen=True)
class Example:
    """One training text: its features, whether it describes a danger, its writer group, and
    whether it is a legitimate complaint or a harmless look-alike (what the thresholds guard)."""

    grams: frozenset[str]
    danger: bool
    group: Hashable
    innocent: bool
    legitimate: bool
    sentences: tuple[Sentence, ...]  # `split` of the text (for the stretch thresholds)


def fit(examples: Sequence[Example]) -> tuple[dict[str, float], float]:
    """Weights and bias of a logistic regression (L2, Adam, fixed steps: deterministic)."""
    import numpy as np  # training only; reading is pure Python

    frequency = Counter(f for e in examples for f in e.grams)
    vocabulary = sorted(f for f, n in frequency.items() if n >= MIN_DOC_FREQUENCY)
    column = {f: i for i, f in enumerate(vocabulary)}
    rows_list: list[int] = []
    cols_list: list[int] = []
    for i, e in enumerate(examples):
        found = [column[f] for f in e.grams if f in column]
        rows_list.extend([i] * len(found))
        cols_list.extend(found)
    rows, cols = np.array(rows_list, dtype=np.int64), np.array(cols_list, dtype=np.int64)
    n, d = len(examples), len(vocabulary)
    size = np.array([max(1, len(e.grams)) for e in examples], dtype=float)
    value = 1.0 / np.sqrt(size[rows])
    y = np.array([1.0 if e.danger else 0.0 for e in examples])
    share = np.where(y == 1.0, DANGER_WEIGHT, 1.0)
    share /= share.sum()
    w, b = np.zeros(d), 0.0
    m, v, mb, vb = np.zeros(d), np.zeros(d), 0.0, 0.0
    for step in range(1, STEPS + 1):
        z = np.bincount(rows, weights=w[cols] * value, minlength=n) + b
        g = (1.0 / (1.0 + np.exp(-z)) - y) * share
        gw = np.bincount(cols, weights=g[rows] * value, minlength=d) + L2 * w
        gb = float(g.sum())
        m, v = 0.9 * m + 0.1 * gw, 0.999 * v + 0.001 * gw * gw
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        w -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        b -= LEARNING_RATE * (mb / (1 - 0.9**step)) / (math.sqrt(vb / (1 - 0.999**step)) + 1e-8)
    weights = {f: round(float(w[i]), 4) for f, i in column.items() if abs(w[i]) >= PRUNE_BELOW}
    return weights, round(float(b), 4)


def out_of_fold(examples: Sequence[Example], folds: int = THRESHOLD_FOLDS) -> list[tuple[float, float | None]]:
    """Each example's score and best stretch's score from a reader fitted without its writer group's fold."""
    groups = sorted({e.group for e in examples}, key=str)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    scores: list[tuple[float, float | None]] = [(0.0, None)] * len(examples)
    for fold in range(folds):
        weights, bias = fit([e for e in examples if fold_of[e.group] != fold])
        reader = DangerReader(weights, bias, math.inf, math.inf)
        for i, e in enumerate(examples):
            if fold_of[e.group] == fold:
                best = reader.best_stretch(e.sentences)
                scores[i] = (reader.score(e.grams), None if best is None else best.score)
    return scores


def thresholds(examples: Sequence[Example], scores: Sequence[tuple[float, float | None]]) -> tuple[float, float, float, float]:
    """check_at, strong_at, stretch_check_at, stretch_strong_at from out-of-fold `scores`.

    The whole text: the check where 1 % of legitimate complaints reach, strong where 0.1 % of them
    and of look-alikes do. A best stretch: the same shares, of the texts long enough to have
    stretches (a shorter text is never read by stretch, and would only thin the share).
    """
    legitimate = [s for s, e in zip(scores, examples, strict=True) if e.legitimate]
    innocent = [s for s, e in zip(scores, examples, strict=True) if e.innocent]
    long_legitimate = [best for _, best in legitimate if best is not None]
    long_innocent = [best for _, best in innocent if best is not None]
    if not legitimate or not innocent or not long_legitimate or not long_innocent:
        raise ValueError("the danger reader needs legitimate complaints and look-alikes, short and long, to set its thresholds")
    check_at = quantile([whole for whole, _ in legitimate], CHECK_QUANTILE)
    strong_at = max(check_at, quantile([whole for whole, _ in innocent], STRONG_QUANTILE))
    stretch_check_at = quantile(long_legitimate, CHECK_QUANTILE)
    stretch_strong_at = max(stretch_check_at, quantile(long_innocent, STRONG_QUANTILE))
    return check_at, strong_at, stretch_check_at, stretch_strong_at


def quantile(values: Sequence[float], q: float) -> float:
    """The q-quantile of values (nearest rank, so it is one of them)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def train(examples: Sequence[Example], progress: Callable[[str], None] = lambda _: None) -> DangerReader:
    """Fit the reader on every example; set its thresholds from out-of-fold scores."""
    progress(f"thresholds: {THRESHOLD_FOLDS} out-of-fold fits")
    check_at, strong_at, stretch_check_at, stretch_strong_at = thresholds(examples, out_of_fold(examples))
    progress("final fit")
    weights, bias = fit(examples)
    return DangerReader(
        weights, bias, round(check_at, 4), round(strong_at, 4), round(stretch_check_at, 4), round(stretch_strong_at, 4)
    )


def save(reader: DangerReader, path: Path = WEIGHTS_FILE) -> None:
    """Write the reader as stable JSON, one feature per line."""
    payload = {
        "kind": "danger_logistic",
        "bias": reader.bias,
        "check_at": reader.check_at,
        "strong_at": reader.strong_at,
        "stretch_check_at": reader.stretch_check_at,
        "stretch_strong_at": reader.stretch_strong_at,
        "weights": dict(sorted(reader.weights.items())),
    }
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text.replace(',"', ',\n"') + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load(path: Path = WEIGHTS_FILE) -> DangerReader | None:
    """The shipped reader, or None when its file is missing or unusable (the floor then works alone)."""
    if not path.exists():
        log.error("danger reader %s is missing: the safety floor works alone (python -m bot model danger)", path)
        return None
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("kind") != "danger_logistic":
            raise ValueError(f"kind {payload.get('kind')!r}, expected 'danger_logistic'")
        weights = {str(f): float(w) for f, w in payload["weights"].items()}
        reader = DangerReader(
            weights,
            float(payload["bias"]),
            float(payload["check_at"]),
            float(payload["strong_at"]),
            # A file from before stretches were read: the whole-text score alone.
            float(payload.get("stretch_check_at", math.inf)),
            float(payload.get("stretch_strong_at", math.inf)),
        )
        if not (reader.check_at <= reader.strong_at and reader.stretch_check_at <= reader.stretch_strong_at):
            raise ValueError("a strong threshold below its check")
    except (OSError, ValueError, AttributeError, KeyError, TypeError) as exc:
        log.error("danger reader %s cannot be used (%s): the safety floor works alone", path, exc)
        return None
    return reader
