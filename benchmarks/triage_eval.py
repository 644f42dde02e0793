"""Accuracy of the triage engine on the labelled cases in tests/data/.

    python benchmarks/triage_eval.py [--policy NAME] [--errors]

Prints, per split (dev = the cases the lexicon and the model were tuned on; holdout and
holdout2 = never tuned on, written by other writers; holdout2 was written later, by writers
who saw neither the engine nor the other cases) and
per language (English; Japanese including mixed Japanese/English):
- top-1: the engine's best category is one of the case's acceptable categories
- top-3: any acceptable category is among the engine's first three (counted, then possible)
- specificity: legitimate complaints that come out as not harassment
- detection: harassment cases that come out as harassment
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import DEFAULT_POLICY_DIR  # noqa: E402
from bot.policy.loader import load_bundle  # noqa: E402
from bot.triage.engine import triage  # noqa: E402

DATA = ROOT / "tests" / "data"
SPLITS = {
    "dev": DATA / "triage_dev.jsonl",
    "holdout": DATA / "triage_holdout.jsonl",
    "holdout2": DATA / "triage_holdout2.jsonl",
}
TARGETS = {"top1": 0.90, "top3": 0.97, "specificity": 0.90, "detection": 0.95}


@dataclass
class Tally:
    cases: int = 0
    harassment: int = 0
    legitimate: int = 0
    top1: int = 0
    top3: int = 0
    detected: int = 0
    cleared: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally's counts and misses to this one."""
        for name in ("cases", "harassment", "legitimate", "top1", "top3", "detected", "cleared"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def rate(self, hits: int, total: int) -> str:
        return f"{hits / total:6.1%} ({hits}/{total})" if total else "   n/a"


def load_cases(path: Path) -> list[dict]:
    """Read one split's cases."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(cases: list[dict], bundle) -> dict[str, Tally]:
    """Score every case; tallies keyed by language group."""
    tallies = {"en": Tally(), "ja": Tally()}
    for case in cases:
        group = "en" if case["lang"] == "en" else "ja"
        tally = tallies[group]
        tally.cases += 1
        result = triage(case["text"], bundle)
        predicted = list(result.ranked_ids)
        if case["harassment"]:
            tally.harassment += 1
            acceptable = set(case["categories"])
            tally.detected += result.harassment
            if predicted and predicted[0] in acceptable:
                tally.top1 += 1
            else:
                tally.errors.append(f"{case['id']}: top1 {predicted[:3]} want {case['categories']}")
            if acceptable & set(predicted[:3]):
                tally.top3 += 1
        else:
            tally.legitimate += 1
            if not result.harassment:
                tally.cleared += 1
            else:
                tally.errors.append(f"{case['id']}: legit but {predicted[:3]}")
    return tallies


def main() -> int:
    """Print the accuracy table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--policy", default="general")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--split", choices=tuple(SPLITS), help="only this split")
    args = parser.parse_args()
    bundle = load_bundle(DEFAULT_POLICY_DIR, args.policy)

    header = f"{'split':8} {'lang':4} {'cases':>5}  {'top-1':>16}  {'top-3':>16}  {'specificity':>16}  {'detection':>16}"
    print(header)
    print("-" * len(header))
    misses: list[str] = []
    for split, path in SPLITS.items():
        if args.split and split != args.split:
            continue
        for group, t in evaluate(load_cases(path), bundle).items():
            print(
                f"{split:8} {group:4} {t.cases:5}  {t.rate(t.top1, t.harassment):>16}  {t.rate(t.top3, t.harassment):>16}  "
                f"{t.rate(t.cleared, t.legitimate):>16}  {t.rate(t.detected, t.harassment):>16}"
            )
            misses += [f"[{split}] {e}" for e in t.errors]
    print("-" * len(header))
    print("targets: " + ", ".join(f"{k} >= {v:.0%}" for k, v in TARGETS.items()) + " (judged on holdout)")
    if args.errors:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
