"""A small statistical second opinion for triage: naive Bayes over words and character n-grams.

The cue lexicon is precise but only knows the phrasings written into it. This model is
trained on the labelled development cases (never on the held-out ones) and generalises
from their vocabulary: English word unigrams and bigrams, Japanese character bigrams and
trigrams (no tokenizer needed). It is deterministic (fixed weights shipped in
`model_weights.json`, no randomness, no network) and explainable: `explain()` returns the
n-grams that pushed a category up.

Retrain after changing the development set:  python -m bot triage train
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.triage.text import normalise

WEIGHTS_FILE = Path(__file__).with_name("model_weights.json")
LEGITIMATE = "_legitimate"
MIN_DOC_FREQUENCY = 2
SMOOTHING = 0.3
MAX_CHARS = 1000  # the opening of a long text carries the gist; this bounds the cost
MIN_WEIGHT = 1.0  # weaker evidence is dropped: it barely moves a decision and bloats the file

_EN_WORD = re.compile(r"[a-z][a-z']*[a-z]|[a-z]")
_JA_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u30fc]+")
_STOPWORDS = frozenset(
    "a an the and or of to in on at for with is was were be been it this that he she they i we you my our your his her "
    "their me us him them as by from so but if then there here are am do did does had has have".split()
)


def features(normalised: str, limit: int = MAX_CHARS) -> set[str]:
    """The n-grams the model looks at (presence, not counts), from normalised text.

    English words and word pairs ("kept me") and Japanese character pairs and triples
    (居座, 居座ら) never collide, so they share one key space without prefixes.
    """
    normalised = normalised[:limit]
    words = _EN_WORD.findall(normalised)
    found = {w for w in words if w not in _STOPWORDS}
    found.update(f"{a} {b}" for a, b in zip(words, words[1:]) if not (a in _STOPWORDS and b in _STOPWORDS))
    for run in _JA_RUN.findall(normalised):
        found.update(run[i : i + 2] for i in range(len(run) - 1))
        found.update(run[i : i + 3] for i in range(len(run) - 2))
    return found


@dataclass(frozen=True)
class Assessment:
    """The model's view of one text."""

    probabilities: Mapping[str, float]
    legitimate_evidence: float  # > 0 reads like a legitimate complaint, < 0 like harassment
    known_features: int  # how many of the text's n-grams the model has weights for


@dataclass(frozen=True)
class NaiveBayes:
    """Per-class log priors and per-feature log likelihood ratios."""

    classes: tuple[str, ...]
    log_prior: Mapping[str, float]
    weights: Mapping[str, Mapping[str, float]]  # feature -> class -> log P(f|c) - log P(f|not c)

    def assess(self, normalised: str) -> Assessment:
        """Class probabilities (summing to 1) and the log odds of a legitimate complaint."""
        logits = dict(self.log_prior)
        known = 0
        for feature in features(normalised):
            row = self.weights.get(feature)
            if row:
                known += 1
                for cls, weight in row.items():
                    logits[cls] += weight
        top = max(logits.values())
        exp = {c: math.exp(v - top) for c, v in logits.items()}
        total = sum(exp.values())
        prior = self.log_prior.get(LEGITIMATE, 0.0)
        # The text's own evidence for "legitimate complaint" (one-vs-rest), without the prior:
        # how common legitimate complaints were in the training cases says nothing about this text.
        evidence = logits.get(LEGITIMATE, prior) - prior
        return Assessment({c: v / total for c, v in exp.items()}, evidence, known)

    def explain(self, normalised: str, cls: str, limit: int = 3) -> list[str]:
        """The n-grams of the text that most favour `cls`."""
        scored = [(row[cls], f) for f in features(normalised) if (row := self.weights.get(f)) and row.get(cls, 0) > 0]
        return [f for _, f in sorted(scored, reverse=True)[:limit]]


def train(cases: Iterable[Mapping[str, object]]) -> NaiveBayes:
    """Fit the model on labelled cases ({"text", "categories", "harassment"})."""
    docs: list[tuple[set[str], list[str]]] = []
    for case in cases:
        labels = list(case["categories"]) if case["harassment"] else [LEGITIMATE]  # type: ignore[arg-type]
        docs.append((features(normalise(str(case["text"]))), labels))
    classes = tuple(sorted({label for _, labels in docs for label in labels}))
    frequency = Counter(f for feats, _ in docs for f in feats)
    vocabulary = {f for f, n in frequency.items() if n >= MIN_DOC_FREQUENCY}
    per_class: dict[str, Counter[str]] = defaultdict(Counter)
    class_docs: Counter[str] = Counter()
    for feats, labels in docs:
        for rank, label in enumerate(labels):
            share = 1.0 if rank == 0 else 0.5
            class_docs[label] += share
            for f in feats & vocabulary:
                per_class[label][f] += share
    total_docs = sum(class_docs.values())
    log_prior = {c: math.log(class_docs[c] / total_docs) for c in classes}
    weights: dict[str, dict[str, float]] = {}
    for f in vocabulary:
        row: dict[str, float] = {}
        for c in classes:
            inside = (per_class[c][f] + SMOOTHING) / (class_docs[c] + 2 * SMOOTHING)
            outside_count = sum(per_class[o][f] for o in classes if o != c)
            outside = (outside_count + SMOOTHING) / (total_docs - class_docs[c] + 2 * SMOOTHING)
            ratio = math.log(inside / outside)
            if ratio >= MIN_WEIGHT or (c == LEGITIMATE and abs(ratio) >= MIN_WEIGHT):
                row[c] = round(ratio, 2)
        if row:
            weights[f] = row
    return NaiveBayes(classes, log_prior, weights)


def save(model: NaiveBayes, path: Path = WEIGHTS_FILE) -> None:
    """Write the weights as compact, stable JSON."""
    payload = {"classes": list(model.classes), "log_prior": model.log_prior, "weights": model.weights}
    path.write_text(json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def load(path: Path = WEIGHTS_FILE) -> NaiveBayes | None:
    """The shipped model, or None when no weights file exists (the lexicon then works alone)."""
    if not path.exists():
        return None
    payload = json.loads(path.read_text(encoding="utf-8"))
    return NaiveBayes(tuple(payload["classes"]), payload["log_prior"], payload["weights"])
