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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.triage.text import normalise

log = logging.getLogger(__name__)

WEIGHTS_FILE = Path(__file__).with_name("model_weights.json")
LEGITIMATE = "_legitimate"
LEXICON_PREFIX = "lex:"
LEXICON_SCALE = 5.0  # one point of cue score counts as much as five words
SMOOTHING = 0.5
MIN_DOC_FREQUENCY = 2
MIN_WEIGHT = 0.0  # pruning features costs accuracy (the decision sums many small weights)
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

    def ranked(self) -> list[str]:
        """Classes best first (ties: alphabetical, so the result is stable)."""
        return sorted(self.scores, key=lambda c: (-self.scores[c], c))

    def margin(self) -> float:
        """How far the best harassment category leads "legitimate complaint" (> 0: harassment)."""
        best = max((v for c, v in self.scores.items() if c != LEGITIMATE), default=0.0)
        return best - self.scores.get(LEGITIMATE, 0.0)

    def probabilities(self) -> dict[str, float]:
        """The harassment categories' scores as shares summing to 1 (legitimate left out)."""
        cats = {c: v for c, v in self.scores.items() if c != LEGITIMATE}
        if not cats:
            return {}
        top = max(cats.values())
        exp = {c: math.exp((v - top) / TEMPERATURE) for c, v in cats.items()}
        total = sum(exp.values())
        return {c: v / total for c, v in exp.items()}


@dataclass(frozen=True)
class ComplementNB:
    """One row of class weights per feature (centred: a feature's weights sum to 0).

    Weights are integers in thousandths, aligned with `classes`; a text's class scores are
    column sums over its features' rows, which `zip` and `sum` compute in C. Rows loaded from
    the weights file stay comma-separated text until a text first uses them.
    """

    classes: tuple[str, ...]
    rows: dict[str, Sequence[int] | str | None]  # feature -> weight per class, in thousandths (None: malformed)

    def row(self, feature: str) -> Sequence[int] | None:
        """A feature's weights, or None when the model does not know the feature."""
        row = self.rows.get(feature)
        if not isinstance(row, str):
            return row
        try:
            parsed: tuple[int, ...] | None = tuple(map(int, row.split(",")))
        except ValueError:
            parsed = None
        if parsed is None or len(parsed) != len(self.classes):
            log.error("model weights: the row of %r is malformed; ignoring it (retrain the model)", feature)
            parsed = None
        self.rows[feature] = parsed  # parsed once, on first use
        return parsed

    def assess(self, normalised: str, lexicon: Mapping[str, float]) -> Assessment:
        """Score every class for one text."""
        grams = frozenset(text_features(normalised))
        found = [row for f in grams if (row := self.row(f)) is not None]
        known = len(found)
        for name, value in lexicon.items():
            row = self.row(LEXICON_PREFIX + name)
            if row is not None and value > 0:
                known += 1
                found.append([round(w * value * LEXICON_SCALE) for w in row])
        if found:
            totals = [total / 1000 for total in map(sum, zip(*found, strict=True))]
        else:
            totals = [0.0] * len(self.classes)
        return Assessment(dict(zip(self.classes, totals, strict=True)), known, grams)

    def explain(self, normalised: str, cls: str, limit: int = 3, grams: frozenset[str] | None = None) -> list[str]:
        """The words or character n-grams of the text that most favour `cls` (`grams`: already extracted)."""
        index = self.classes.index(cls)
        scored = [
            (row[index], f)
            for f in (grams if grams is not None else text_features(normalised))
            if (row := self.row(f)) is not None and row[index] > 0
        ]
        return [f for _, f in sorted(scored, key=lambda item: (-item[0], item[1]))[:limit]]


def case_labels(case: Mapping[str, object]) -> list[str]:
    """A labelled case's classes, central one first."""
    categories = case["categories"]
    if not case["harassment"]:
        return [LEGITIMATE]
    if not isinstance(categories, list | tuple):
        raise ValueError(f"categories must be a list, not {type(categories).__name__}")
    return [str(c) for c in categories]


def train(cases: Iterable[Mapping[str, object]], lexicon: LexiconFeatures) -> ComplementNB:
    """Fit the model on labelled cases ({"text", "categories", "harassment"}).

    `lexicon` gives the cue lexicon's category scores for a normalised text
    (`bot.triage.engine.lexicon_features`), so the model learns how far to trust them.
    """
    docs: list[tuple[dict[str, float], list[str]]] = []
    for case in cases:
        normalised = normalise(str(case["text"]))
        docs.append((features(normalised, lexicon(normalised)), case_labels(case)))
    classes = tuple(sorted({label for _, labels in docs for label in labels}))
    frequency = Counter(f for feats, _ in docs for f in feats)
    vocabulary = sorted(f for f, n in frequency.items() if n >= MIN_DOC_FREQUENCY or f.startswith(LEXICON_PREFIX))
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
    rows: dict[str, Sequence[int] | str | None] = {}
    # weight(c, f) = -log P(f | not c): a feature rare outside c speaks for c.
    complement_total = {c: total_all - sum(v for f, v in counts[c].items() if f in in_vocabulary) for c in classes}
    for f in vocabulary:
        raw = [
            -math.log((everywhere[f] - counts[c][f] + SMOOTHING) / (complement_total[c] + SMOOTHING * size))
            for c in classes
        ]
        mean = sum(raw) / len(raw)
        weights = tuple(round(1000 * (v - mean)) for v in raw)
        if max(abs(w) for w in weights) >= 1000 * MIN_WEIGHT or f.startswith(LEXICON_PREFIX):
            rows[f] = weights
    return ComplementNB(classes, rows)


def save(model: ComplementNB, path: Path = WEIGHTS_FILE) -> None:
    """Write the weights as stable JSON, one feature per line, each row as comma-separated text."""
    rows = {f: ",".join(map(str, model.row(f) or ())) for f in sorted(model.rows)}
    payload = {"kind": "complement_nb", "classes": list(model.classes), "rows": rows}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_text(text.replace('","', '",\n"') + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load(path: Path = WEIGHTS_FILE) -> ComplementNB | None:
    """The shipped model, or None when no weights file exists (the lexicon then works alone)."""
    if not path.exists():
        return None
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("kind") != "complement_nb":
            raise ValueError(f"kind {payload.get('kind')!r}, expected 'complement_nb'")
        classes, rows = tuple(payload["classes"]), payload["rows"]
        if not (classes and all(isinstance(c, str) for c in classes) and isinstance(rows, dict)):
            raise ValueError("no classes or no rows")
    except (OSError, ValueError, AttributeError, KeyError, TypeError) as exc:
        log.error(
            "model weights %s cannot be used (%s): triage runs on the cue lexicon alone; retrain with `python -m bot model train`",
            path,
            exc,
        )
        return None
    return ComplementNB(classes, rows)
