"""Writer-held-out cross-validation of the triage engine on the development cases.

    python benchmarks/triage_cv.py [--errors]

The development cases come in batches, each written by a different writer (the thousands of
the id number: dev-en-5001 is batch 5; 1-999 is batch 0). For each batch, the model is
retrained on all the other batches and the whole engine is scored on the batch left out, so
the numbers say how the engine does on a writer whose phrasing the model has not seen. The
lexicon itself was written while looking at dev cases, so these numbers flatter it a little;
the held-out files (`triage_eval.py --split holdout`) are the honest measure. This one is
for choosing the model's settings without looking at those.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.triage_eval import SPLITS, TARGETS, Tally, evaluate, load_cases  # noqa: E402
from bot.config import DEFAULT_POLICY_DIR  # noqa: E402
from bot.policy.loader import load_bundle  # noqa: E402
from bot.triage import engine, model  # noqa: E402


def batch_of(case: dict) -> int:
    """The writer batch of a case, from its id."""
    number = case["id"].rsplit("-", 1)[-1]
    return int("".join(ch for ch in number if ch.isdigit()) or 0) // 1000


def cross_validate(cases: list[dict], bundle, batches: list[int] | None = None) -> dict[int, dict[str, Tally]]:
    """Per left-out batch: the tallies of the engine with a model trained without it."""
    groups: dict[int, list[dict]] = defaultdict(list)
    for case in cases:
        groups[batch_of(case)].append(case)
    shipped = model.load
    results: dict[int, dict[str, Tally]] = {}
    try:
        for batch in sorted(groups):
            if batches and batch not in batches:
                continue
            trained = model.train((c for c in cases if batch_of(c) != batch), engine.lexicon_features)
            model.load = lambda trained=trained: trained  # type: ignore[assignment]
            results[batch] = evaluate(groups[batch], bundle)
    finally:
        model.load = shipped  # type: ignore[assignment]
    return results


def merged(results: dict[int, dict[str, Tally]]) -> dict[str, Tally]:
    """All folds' tallies added up, per language."""
    total = {"en": Tally(), "ja": Tally()}
    for tallies in results.values():
        for group, tally in tallies.items():
            total[group].add(tally)
    return total


def main() -> int:
    """Print one row per left-out batch and language, then the totals."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--batch", type=int, action="append", help="only leave out this batch (repeatable)")
    args = parser.parse_args()
    bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
    results = cross_validate(load_cases(SPLITS["dev"]), bundle, args.batch)
    print(f"{'left out':9} {'lang':4} {'cases':>5}  {'top-1':>16}  {'top-3':>16}  {'specificity':>16}  {'detection':>16}")
    rows = [(f"batch {b}", t) for b, t in results.items()] + [("all", merged(results))]
    for label, tallies in rows:
        for group, t in tallies.items():
            if not t.cases:
                continue
            print(
                f"{label:9} {group:4} {t.cases:5}  {t.rate(t.top1, t.harassment):>16}  {t.rate(t.top3, t.harassment):>16}  "
                f"{t.rate(t.cleared, t.legitimate):>16}  {t.rate(t.detected, t.harassment):>16}"
            )
    print("targets: " + ", ".join(f"{k} {v:.0%}" for k, v in TARGETS.items()))
    if args.errors:
        for group, t in merged(results).items():
            for line in t.errors:
                print(f"{group}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
