"""The statistical half of triage: complement naive Bayes over words, character n-grams and
the cue lexicon's own scores.

The cue lexicon is precise but only knows the phrasings written into it; a model of word
statistics knows many more phrasings but none it has not seen. This model reads both at once:
its features are the text's English words and word pairs, Japanese character pairs and
triples (no tokenizer needed, see `bot.triage.text`), and one feature per category the lexicon
found, worth `LEXICON_SCALE` words per point of cue score. Trained on the labelled development
cases (never on the held-out ones), it learns how far to trust each cue category against the
surrounding words, and ranks the 16 categories plus "legitimate complaint" together.

Complement naive Bayes (Rennie et al., 2003) estimates each class's weights from the cases
of all *other* classes, which keeps rare categories from being swamped by common ones. In
writer-held-out experiments on the development cases (each writer's batch scored by a model
trained on the others) it ranked categories better than multinomial naive Bayes, a linear SVM
and logistic regression over the same features, and the whole engine built on it scored about
eight points of English top-1 above the earlier blend of cues and a Bernoulli naive Bayes
(`benchmarks/triage_cv.py` reproduces the engine-level numbers). Pruning small weights cost
accuracy, so every feature seen in two or more cases is kept.

It is deterministic (fixed weights shipped in `model_weights.json`, no randomness, no
network) and explainable: `explain()` names the n-grams that pushed a category up.

Retrain after changing the development set or the lexicon:  python -m bot model train
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from bot.triage import safety
from bot.triage.text import detect_language, normalise

log = logging.getLogger(__name__)

WEIGHTS_FILE = Path(__file__).with_name("model_weights.json")
LEGITIMATE = "_legitimate"
LEXICON_PREFIX = "lex:"
LEXICON_SCALE = 5.0  # one point of cue score counts as much as five words
SMOOTHING = 0.5
MIN_DOC_FREQUENCY = 2
MAX_CHARS = 600  # the opening of a long text carries the gist (the cues read it all); this bounds the cost
SECONDARY_SHARE = 0.5  # a case's second and later categories count half in training
TEMPERATURE = 4.0  # turns score differences into probabilities (chosen by cross-validation)

_EN_WORD = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")
_JA_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u30fc]+")
_STOPWORDS = frozenset(
    [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "is", "was", "were", "be", "been",
        "it", "this", "that", "he", "she", "they", "i", "we", "you", "my", "our", "your", "his", "her", "their", "me",
        "us", "him", "them", "as", "by", "from", "so", "but", "if", "then", "there", "here", "are", "am", "do", "did",
        "does", "had", "has", "have",
    ]
)

LexiconFeatures = Callable[[str], Mapping[str, float]]


def text_features(normalised: str, limit: int = MAX_CHARS) -> set[str]:
    """The n-grams the model looks at (presence, not counts), from normalised text.

    English words and word pairs ("kept me") and Japanese character pairs and triples
    (居座, 居座ら) never collide, so they share one key space without prefixes.
    """
    normalised = normalised[:limit]
    if detect_language(normalised) == "ja":
        # A Japanese call or chat log: the customer's turns. Staff's keigo apologies and explanations
        # (「大変申し訳ございません」) otherwise outweigh what the customer says. (Out of fold on the
        # development set: JA transcripts' detection 88.0 -> 92.1 %, top-1 85.1 -> 88.0 %; in English
        # the same cut lowered transcripts' specificity, 90.9 -> 89.2 %, so English logs are read whole.)
        normalised = safety.without_staff_turns(normalised)
    return ngrams(normalised)


def ngrams(normalised: str) -> set[str]:
    """The n-grams of `text_features` in a stretch of normalised text, as it is (no language check,
    no transcript cut, no length limit)."""
    words = _EN_WORD.findall(normalised)
    found = {w for w in words if w not in _STOPWORDS}
    found.update(f"{a} {b}" for a, b in itertools.pairwise(words) if not (a in _STOPWORDS and b in _STOPWORDS))
    for run in _JA_RUN.findall(normalised):
        found.update(run[i : i + 2] for i in range(len(run) - 1))
        found.update(run[i : i + 3] for i in range(len(run) - 2))
    return found


def features(normalised: str, lexicon: Mapping[str, float]) -> dict[str, float]:
    """All features of one text: n-grams (1 each) and the lexicon's scores (scaled)."""
    found = dict.fromkeys(text_features(normalised), 1.0)
    for name, value in lexicon.items():
        if value > 0:
            found[LEXICON_PREFIX + name] = value * LEXICON_SCALE
    return found


@dataclass(frozen=True)
class Assessment:
    """The model's view of one text."""

    scores: Mapping[str, float]  # class -> score; higher is more likely (not probabilities)
    known_features: int  # how many of the text's features the model has weights for
    text_features: frozenset[str] = frozenset()  # the text's n-grams, kept for `explain`
    heads: Mapping[str, Mapping[str, float]] = field(default_factory=dict)  # head -> class -> score

    def head(self, name: str) -> dict[str, float]:
        """One further head's classes as shares summing to 1 (empty when the model has no such head)."""
        return _shares(self.heads.get(name, {}))

    def ranked(self) -> list[str]:
        """Classes best first (ties: alphabetical, so the result is stable)."""
        return sorted(self.scores, key=lambda c: (-self.scores[c], c))

    def margin(self) -> float:
        """How far the best harassment category leads "legitimate complaint" (> 0: harassment)."""
        best = max((v for c, v in self.scores.items() if c != LEGITIMATE), default=0.0)
        return best - self.scores.get(LEGITIMATE, 0.0)

    def probabilities(self) -> dict[str, float]:
        """The harassment categories' scores as shares summing to 1 (legitimate left out)."""
        return _shares({c: v for c, v in self.scores.items() if c != LEGITIMATE})


def _shares(scores: Mapping[str, float], temperature: float = TEMPERATURE) -> dict[str, float]:
    """Scores turned into shares summing to 1 (a softmax at `temperature`)."""
    if not scores:
        return {}
    top = max(scores.values())
    exp = {c: math.exp((v - top) / temperature) for c, v in scores.items()}
    total = sum(exp.values())
    return {c: v / total for c, v in exp.items()}


@dataclass(frozen=True)
class ComplementNB:
    """One row of class weights per feature (centred: a feature's weights sum to 0 per head).

    Weights are integers in thousandths, aligned with `classes` and then each further head's
    classes (`heads`: the demand and manner axes, the genre); a text's class scores are column
    sums over its features' rows, which `zip` and `sum` compute in C, every head in one pass.
    Rows loaded from the weights file stay comma-separated text until a text first uses them.
    """

    classes: tuple[str, ...]  # the main head: the 16 categories and "legitimate complaint"
    rows: dict[str, Sequence[int] | str | None]  # feature -> weight per class, in thousandths (None: malformed)
    heads: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # further heads, in column order
    # feature -> its row packed into one integer (`_pack`), filled as texts use the features
    packed: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def width(self) -> int:
        """Columns per row: the main classes, then every head's."""
        return len(self.classes) + sum(map(len, self.heads.values()))

    def columns(self, head: str | None) -> tuple[int, tuple[str, ...]]:
        """The first column and the classes of a head (None: the main one)."""
        if head is None:
            return 0, self.classes
        start = len(self.classes)
        for name, classes in self.heads.items():
            if name == head:
                return start, classes
            start += len(classes)
        raise KeyError(head)

    def row(self, feature: str) -> Sequence[int] | None:
        """A feature's weights, or None when the model does not know the feature."""
        row = self.rows.get(feature)
        if not isinstance(row, str):
            return row
        try:
            parsed: tuple[int, ...] | None = tuple(map(int, row.split(",")))
        except ValueError:
            parsed = None
        if parsed is None or len(parsed) != self.width:
            log.error("model weights: the row of %r is malformed; ignoring it (retrain the model)", feature)
            parsed = None
        self.rows[feature] = parsed  # parsed once, on first use
        return parsed

    def _rows_of(self, features: Iterable[str]) -> list[Sequence[int]]:
        """The rows of the known features (the common case, an already parsed row, stays inline)."""
        get = self.rows.get
        found: list[Sequence[int]] = []
        for feature in features:
            row = get(feature)
            if row is None:
                continue
            if isinstance(row, str):
                row = self.row(feature)
                if row is None:
                    continue
            found.append(row)
        return found

    def _column_sums(self, features: frozenset[str]) -> tuple[list[int], int] | None:
        """The known features' rows summed column by column, and how many there were (None:
        a row too wide to pack, see `_pack`). Each row is packed into one integer, so the sum
        of a text's rows is one `sum` of integers in C and exactly the sum of their columns."""
        packed = self.packed
        total = sum(filter(None, map(packed.get, features)))  # packed rows are never 0
        for feature in features.difference(packed):  # unknown to the model, or not used before (in C, by hash)
            row = self.row(feature)
            if row is None:
                continue
            packed_row = _pack(row)
            if packed_row is None:
                return None
            packed[feature] = packed_row
            total += packed_row
        return _unpack(total, self.width)

    def assess(self, normalised: str, lexicon: Mapping[str, float]) -> Assessment:
        """Score every class for one text."""
        grams = frozenset(text_features(normalised))
        summed = self._column_sums(grams)
        found: list[Sequence[int]] = [] if summed is not None else self._rows_of(grams)
        known = summed[1] if summed is not None else len(found)
        for name, value in lexicon.items():
            row = self.row(LEXICON_PREFIX + name)
            if row is not None and value > 0:
                known += 1
                found.append([round(w * value * LEXICON_SCALE) for w in row])
        if summed is not None:
            # The columns' integer sums, the lexicon's rows added: what summing every row gives.
            sums = [a + b for a, b in zip(summed[0], map(sum, zip(*found, strict=True)), strict=True)] if found else summed[0]
            totals = [total / 1000 for total in sums]
        else:
            totals = [total / 1000 for total in map(sum, zip(*found, strict=True))] if found else [0.0] * self.width
        heads = {}
        for name in self.heads:
            start, classes = self.columns(name)
            heads[name] = dict(zip(classes, totals[start : start + len(classes)], strict=True))
        main = dict(zip(self.classes, totals[: len(self.classes)], strict=True))
        return Assessment(main, known, grams, heads)

    def score(self, features: Iterable[str]) -> dict[str, float]:
        """The main head's class scores for ready-made features (see `fit`)."""
        found = self._rows_of(set(features))
        totals = [total / 1000 for total in map(sum, zip(*found, strict=True))] if found else [0.0] * self.width
        return dict(zip(self.classes, totals[: len(self.classes)], strict=True))

    def explain(
        self, normalised: str, cls: str, limit: int = 3, grams: frozenset[str] | None = None, head: str | None = None
    ) -> list[str]:
        """The words or character n-grams of the text that most favour `cls` (`grams`: already extracted)."""
        start, classes = self.columns(head)
        index = start + classes.index(cls)
        scored = [
            (row[index], f)
            for f in (grams if grams is not None else text_features(normalised))
            if (row := self.row(f)) is not None and row[index] > 0
        ]
        return [f for _, f in sorted(scored, key=lambda item: (-item[0], item[1]))[:limit]]


_FIELD = 40  # bits per column of a packed row
_BIAS = 1 << 20  # added to each weight (|weight| < 2**20): a column's field holds a non-negative sum
# With weights under 2**20 a field holds the sum of 2**19 rows, far more than a text's n-grams.
_MAX_ROWS = 1 << 19


def _pack(row: Sequence[int]) -> int | None:
    """A row as one integer: each weight plus `_BIAS` in its own `_FIELD` bits, and a 1 above
    them all that counts the rows in a sum (None: a weight too large to pack)."""
    packed = 1 << (len(row) * _FIELD)
    for column, weight in enumerate(row):
        if not -_BIAS < weight < _BIAS:
            return None
        packed |= (weight + _BIAS) << (column * _FIELD)
    return packed


def _unpack(total: int, width: int) -> tuple[list[int], int] | None:
    """The column sums and the row count of a sum of packed rows (None: too many rows to tell)."""
    count = total >> (width * _FIELD)
    if count >= _MAX_ROWS:
        return None
    mask = (1 << _FIELD) - 1
    return [((total >> (column * _FIELD)) & mask) - count * _BIAS for column in range(width)], count


def case_labels(case: Mapping[str, object]) -> list[str]:
    """A labelled case's classes, central one first."""
    categories = case["categories"]
    if not case["harassment"]:
        return [LEGITIMATE]
    if not isinstance(categories, list | tuple):
        raise ValueError(f"categories must be a list, not {type(categories).__name__}")
    return [str(c) for c in categories]


HeadLabels = Callable[[Mapping[str, object]], Sequence[str]]


def train(
    cases: Iterable[Mapping[str, object]], lexicon: LexiconFeatures, heads: Mapping[str, HeadLabels] | None = None
) -> ComplementNB:
    """Fit the model on labelled cases ({"text", "categories", "harassment"}).

    `lexicon` gives the cue lexicon's category scores for a normalised text
    (`bot.triage.engine.lexicon_features`), so the model learns how far to trust them.
    `heads` adds further heads over the same features: a name and each case's labels for it
    (main label first; an empty sequence leaves the case out of that head).
    """
    docs: list[tuple[Mapping[str, object], dict[str, float]]] = []
    for case in cases:
        normalised = normalise(str(case["text"]))
        docs.append((case, features(normalised, lexicon(normalised))))
    frequency = Counter(f for _, feats in docs for f in feats)
    vocabulary = sorted(f for f, n in frequency.items() if n >= MIN_DOC_FREQUENCY or f.startswith(LEXICON_PREFIX))
    labelled: dict[str | None, HeadLabels] = {None: case_labels}
    labelled.update(heads or {})
    columns: dict[str, list[int]] = {f: [] for f in vocabulary}
    classes_of: dict[str | None, tuple[str, ...]] = {}
    for name, labels_of in labelled.items():
        head_docs = [(feats, list(labels)) for case, feats in docs if (labels := labels_of(case))]
        classes_of[name], weights = _head_weights(head_docs, vocabulary)
        for f in vocabulary:
            columns[f].extend(weights[f])
    rows: dict[str, Sequence[int] | str | None] = {f: tuple(w) for f, w in columns.items()}
    return ComplementNB(classes_of[None], rows, {name: classes_of[name] for name in heads or {}})


def fit(docs: Sequence[tuple[Mapping[str, float], Sequence[str]]]) -> ComplementNB:
    """A one-head model over ready-made features (each doc: feature -> value, labels main first)."""
    frequency = Counter(f for feats, _ in docs for f in feats)
    vocabulary = sorted(f for f, n in frequency.items() if n >= MIN_DOC_FREQUENCY)
    classes, weights = _head_weights([(dict(feats), list(labels)) for feats, labels in docs if labels], vocabulary)
    rows: dict[str, Sequence[int] | str | None] = {f: weights[f] for f in vocabulary}
    return ComplementNB(classes, rows)


def _head_weights(
    docs: list[tuple[dict[str, float], list[str]]], vocabulary: list[str]
) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """One head's classes and, per feature, its centred weights in thousandths."""
    classes = tuple(sorted({label for _, labels in docs for label in labels}))
    counts: dict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))  # class -> feature -> weight
    for feats, labels in docs:
        for rank, label in enumerate(labels):
            share = 1.0 if rank == 0 else SECONDARY_SHARE
            tally = counts[label]
            for f, value in feats.items():
                tally[f] += share * value
    everywhere: defaultdict[str, float] = defaultdict(float)
    for tally in counts.values():
        for f, value in tally.items():
            everywhere[f] += value
    in_vocabulary = set(vocabulary)
    total_all = sum(v for f, v in everywhere.items() if f in in_vocabulary)
    size = len(vocabulary)
    # weight(c, f) = -log P(f | not c): a feature rare outside c speaks for c.
    complement_total = {c: total_all - sum(v for f, v in counts[c].items() if f in in_vocabulary) for c in classes}
    weights: dict[str, tuple[int, ...]] = {}
    for f in vocabulary:
        raw = [
            -math.log((everywhere[f] - counts[c][f] + SMOOTHING) / (complement_total[c] + SMOOTHING * size))
            for c in classes
        ]
        mean = sum(raw) / len(raw)
        weights[f] = tuple(round(1000 * (v - mean)) for v in raw)
    return classes, weights


def shares(scores: Mapping[str, float], temperature: float = TEMPERATURE) -> dict[str, float]:
    """Class scores as shares summing to 1."""
    return _shares(scores, temperature)


def save(model: ComplementNB, path: Path = WEIGHTS_FILE) -> None:
    """Write the weights as stable JSON, one feature per line, each row as comma-separated text."""
    rows = {f: ",".join(map(str, model.row(f) or ())) for f in sorted(model.rows)}
    payload = {
        "kind": "complement_nb",
        "classes": list(model.classes),
        "heads": {name: list(classes) for name, classes in model.heads.items()},
        "rows": rows,
    }
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text.replace('","', '",\n"') + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load(path: Path = WEIGHTS_FILE) -> ComplementNB | None:
    """The shipped model, or None when no weights file exists (the lexicon then works alone)."""
    return read(path)


def read(path: Path) -> ComplementNB | None:
    """A saved model (None, with a log line, when the file is missing or unusable)."""
    if not path.exists():
        return None
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("kind") != "complement_nb":
            raise ValueError(f"kind {payload.get('kind')!r}, expected 'complement_nb'")
        classes, rows = tuple(payload["classes"]), payload["rows"]
        if not (classes and all(isinstance(c, str) for c in classes) and isinstance(rows, dict)):
            raise ValueError("no classes or no rows")
        heads = {str(name): tuple(map(str, head)) for name, head in (payload.get("heads") or {}).items()}
    except (OSError, ValueError, AttributeError, KeyError, TypeError) as exc:
        log.error(
            "model weights %s cannot be used (%s): triage runs on the cue lexicon alone; retrain with `python -m bot model train`",
            path,
            exc,
        )
        return None
    return ComplementNB(classes, rows, heads)
