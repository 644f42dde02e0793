"""Building what the engine ships: the cue index, the model with its axis heads, the genre reader,
and the confidence calibration. Run through `python -m bot model train` and `... calibrate`.

Calibration scores every development case with a model that never saw its writer (the
writers' batches split into `CALIBRATION_FOLDS` groups), so the curve maps a score to the odds a
new writer's text really is harassment, not to the odds on text the model has learnt by heart.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from bot.policy.model import PolicyBundle
from bot.triage import confidence, cues, danger, engine, genre, model, safety
from bot.triage.result import DANGER_CATEGORIES, TriageResult
from bot.triage.text import normalise

CALIBRATION_FOLDS = 10
# Safety writers' sets kept out of the danger reader's training: they measure it.
DANGER_HELD_OUT = frozenset({"safety_floor_set9.jsonl", "safety_floor_set10.jsonl"})
# Training writers' sets that joined after the danger reader was last trained (the floor's tenth pass, which
# leaves the reader as it is): the next `python -m bot model danger` should learn from them and drop this list.
DANGER_NOT_YET_TRAINED = frozenset({"safety_floor_train_j.jsonl", "safety_floor_train_k.jsonl"})

Case = Mapping[str, object]


def train_all(cases: Sequence[Case]) -> tuple[int, model.ComplementNB]:
    """Rebuild the cue index, the model and the genre reader from labelled cases; save them."""
    indexed = cues.write_index(normalise(str(case["text"])) for case in cases)
    safety.write_index()
    trained = engine.train(cases)
    model.save(trained)
    model.load.cache_clear()
    genre.save(genre.train(cases))
    return indexed, trained


def writer_batch(case: Case) -> int:
    """The writer batch of a development case, from its id (dev-en-40001: batch 40; 1-999: batch 0)."""
    number = str(case["id"]).rsplit("-", 1)[-1]
    return int(re.sub(r"\D", "", number) or 0) // 1000


@contextmanager
def model_in_use(trained: model.ComplementNB) -> Iterator[None]:
    """Within the block, the engine uses `trained` instead of the shipped model."""
    shipped = model.load
    model.load = lambda *_args, **_kwargs: trained  # type: ignore[assignment]
    try:
        yield
    finally:
        model.load = shipped


def out_of_fold(
    cases: Sequence[Case], bundle: PolicyBundle, fold_of: Callable[[Case], object] = writer_batch
) -> dict[str, TriageResult]:
    """Every case's result from a model trained without its fold: {id: result}."""
    folds = sorted({fold_of(case) for case in cases}, key=str)
    results: dict[str, TriageResult] = {}
    for fold in folds:
        trained = engine.train(c for c in cases if fold_of(c) != fold)
        with model_in_use(trained):
            for case in cases:
                if fold_of(case) == fold:
                    results[str(case["id"])] = engine.triage(str(case["text"]), bundle)
    return results


def calibrate(cases: Sequence[Case], bundle: PolicyBundle) -> dict[str, confidence.Curve]:
    """Fit and save one curve per decision route from out-of-fold results; returns the curves."""
    results = out_of_fold(cases, bundle, lambda case: writer_batch(case) % CALIBRATION_FOLDS)
    points: dict[str, list[tuple[float, bool]]] = {route: [] for route in confidence.ROUTES}
    for case in cases:
        result = results[str(case["id"])]
        if result.safety is None and result.route in points:
            points[result.route].append((result.lead, bool(case["harassment"])))
    curves = {route: confidence.fit(found) for route, found in points.items() if len(found) >= 20}
    confidence.save(curves)
    return curves


def safety_sets(folder: Path) -> list[Path]:
    """The safety writers' sets the danger reader learns from (the held-out ones left out)."""
    return [p for p in sorted(folder.glob("safety_floor*.jsonl")) if p.name not in DANGER_HELD_OUT | DANGER_NOT_YET_TRAINED]


def danger_examples(cases: Iterable[Case], sets: Iterable[Path]) -> list[danger.Example]:
    """The danger reader's training texts.

    Safety sets: each danger (`kind` other than none) against its writer's look-alikes, legitimate
    complaints and non-violent harassment. Development cases: legitimate complaints and
    harassment that is neither a threat nor an attack count as no danger; a threat or an attack
    counts as a danger where the floor finds one and is left out otherwise (it may be a danger in
    words the floor does not know, or none: its label does not say).
    """
    examples: list[danger.Example] = []
    seen: set[str] = set()  # a safety set's text also among the development cases is read once
    for path in sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            normalised = normalise(str(row["text"]))
            seen.add(normalised)
            harmful = row["kind"] != "none"
            # Sets before the `subtype` field: the legitimate-complaint writer's, and look-alikes.
            subtype = "" if harmful else row.get("subtype") or ("legitimate" if str(row["writer"]).startswith("legit") else "lookalike")
            examples.append(
                danger.Example(
                    danger.features(normalised),
                    harmful,
                    f"safety:{row['writer']}",
                    innocent=subtype in ("lookalike", "legitimate"),
                    legitimate=subtype == "legitimate",
                    sentences=danger.split(normalised),
                )
            )
    for case in cases:
        normalised = normalise(str(case["text"]))
        if normalised in seen:
            continue
        categories = case.get("categories")
        threat = bool(case["harassment"]) and isinstance(categories, list) and bool(DANGER_CATEGORIES.intersection(map(str, categories)))
        if threat and safety.assess(normalised) is None:
            # Counting these as no danger at half weight cost the reader 11 of the 103 dangers it
            # catches on the later writers' sets at 0.1 % false alarms (writer-held-out).
            continue
        legitimate = not case["harassment"]
        examples.append(
            danger.Example(
                danger.features(normalised),
                threat,
                f"dev:{writer_batch(case)}",
                innocent=legitimate,
                legitimate=legitimate,
                sentences=danger.split(normalised),
            )
        )
    return examples
