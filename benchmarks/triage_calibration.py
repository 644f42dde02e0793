"""Reliability of the triage confidence: stated confidence against observed accuracy.

    python benchmarks/triage_calibration.py [--skip-dev]

The engine states, with every harassment / not-harassment call, how likely the call is to be
right (`bot.triage.confidence`, calibrated on the development cases scored out of fold). This
prints, per band of stated confidence, how many calls fell in it and how many were right:
- dev, out of fold: each writer group scored by a model trained without it (as the calibration
  itself was fitted: this shows the fit, not a test);
- the genre held-out sets (tests/data/genre_holdout/): never used for fitting; the honest test.
And the "unsure" calls (confidence below UNSURE_BELOW): how many, and how often they were wrong,
against the sure ones.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.triage_eval import GENRE_SETS, SPLITS, load_cases  # noqa: E402
from bot.config import DEFAULT_POLICY_DIR  # noqa: E402
from bot.policy.loader import load_bundle  # noqa: E402
from bot.triage import confidence, training  # noqa: E402
from bot.triage.engine import triage  # noqa: E402
from bot.triage.result import TriageResult  # noqa: E402

BANDS = ((0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.99), (0.99, 1.01))


def table(title: str, scored: Iterable[tuple[TriageResult, bool]]) -> None:
    """Print the reliability table of (result, truly harassment) pairs."""
    pairs = list(scored)
    print(f"\n{title}: {len(pairs)} calls")
    print(f"{'stated confidence':>18} {'calls':>6} {'mean stated':>12} {'observed right':>15}")
    for low, high in BANDS:
        band = [(r, truth) for r, truth in pairs if low <= r.confidence < high]
        if not band:
            continue
        right = sum(r.harassment == truth for r, truth in band)
        stated = sum(r.confidence for r, _ in band) / len(band)
        label = f"{low:.2f}-{min(high, 1.0):.2f}"
        print(f"{label:>18} {len(band):6} {stated:12.3f} {right / len(band):9.3f} ({right}/{len(band)})")
    unsure = [(r, truth) for r, truth in pairs if r.unsure]
    sure = [(r, truth) for r, truth in pairs if not r.unsure]
    wrong_unsure = sum(r.harassment != truth for r, truth in unsure)
    wrong_sure = sum(r.harassment != truth for r, truth in sure)
    print(
        f"unsure (confidence < {confidence.UNSURE_BELOW}): {len(unsure)} calls, {wrong_unsure} wrong"
        f" ({wrong_unsure / max(1, len(unsure)):.1%}); sure: {len(sure)} calls, {wrong_sure} wrong"
        f" ({wrong_sure / max(1, len(sure)):.1%})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-dev", action="store_true", help="only the held-out sets (the dev part retrains 10 times)")
    args = parser.parse_args()
    bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
    if not args.skip_dev:
        cases = load_cases(SPLITS["dev"])
        results = training.out_of_fold(cases, bundle, lambda c: training.writer_batch(c) % training.CALIBRATION_FOLDS)
        table("dev, scored out of fold (what the curve was fitted on)", ((results[c["id"]], c["harassment"]) for c in cases))
    for lang in ("en", "ja"):
        held = [c for name in GENRE_SETS if name.endswith(lang) for c in load_cases(SPLITS[name])]
        table(f"genre held-out sets, {lang}", ((triage(c["text"], bundle), c["harassment"]) for c in held))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
