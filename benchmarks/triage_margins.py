"""Specificity and detection of the harassment call at each margin, per language, from the
development cases scored out of fold (each writer batch by a model trained without it, in ten
groups). Prints the table and the margin the rule picks: the most sensitive one that still
clears SPECIFICITY_FLOOR of legitimate complaints. The engine's margins (bot.triage.engine)
were set by that rule; the held-out sets play no part.

    python benchmarks/triage_margins.py        (a few minutes)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import DEFAULT_POLICY_DIR  # noqa: E402
from bot.policy.loader import load_bundle  # noqa: E402
from bot.triage import engine, training  # noqa: E402

SPECIFICITY_FLOOR = 0.95
STEPS = [x / 2 for x in range(-16, 17)]  # margin offsets from the shipped one, half a point apart


def main() -> int:
    bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
    cases = [json.loads(line) for line in (ROOT / "tests/data/triage_dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    results = training.out_of_fold(cases, bundle, lambda case: training.writer_batch(case) % training.CALIBRATION_FOLDS)
    shipped = {"en": engine.HARASSMENT_MARGIN, "ja": engine.HARASSMENT_MARGIN_JA}
    for lang, margin in shipped.items():
        print(f"{'en' if lang == 'en' else 'ja (and mixed)'}: shipped margin {margin:+.1f}")
        print(f"{'margin':>8} {'specificity':>12} {'detection':>10}")
        best = None
        for step in STEPS:
            counts: Counter[str] = Counter()
            for case in cases:
                if (case["lang"] == "en") != (lang == "en"):
                    continue
                result = results[str(case["id"])]
                called = result.harassment
                if result.safety is None and result.route.startswith("model"):
                    called = result.lead - step >= 0  # lead is the margin over the shipped threshold
                counts["legitimate" if not case["harassment"] else "harassment"] += 1
                counts["cleared"] += not case["harassment"] and not called
                counts["detected"] += bool(case["harassment"]) and called
            specificity = counts["cleared"] / counts["legitimate"]
            detection = counts["detected"] / counts["harassment"]
            if specificity >= SPECIFICITY_FLOOR and (best is None or detection > best[2]):
                best = (margin + step, specificity, detection)
            print(f"{margin + step:+8.1f} {100 * specificity:11.1f}% {100 * detection:9.1f}%")
        if best is not None:
            rule = f"rule (specificity >= {100 * SPECIFICITY_FLOOR:.0f} %)"
            print(f"{rule}: margin {best[0]:+.1f}: {100 * best[1]:.1f} % / {100 * best[2]:.1f} %\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
