"""How the safety net does on each safety writer's set: dangers caught, replies that lead with
safety, and alarms on texts that are not dangers. Prints counts only, never a text.

    python benchmarks/safety_sets.py [FILE ...]        (default: every tests/data/safety_floor*.jsonl)
    python benchmarks/safety_sets.py --readers         (also: the danger reader scored writer-held-out)

Per set and language:
- floor: dangers the safety floor (bot.triage.safety) names: critical, its banner and steps;
- lead: replies that lead with safety: the floor, a critical reading (the danger reader's strong
  reading included) or the "check for danger first" line;
- none: texts that are no danger (look-alikes, legitimate complaints, non-violent harassment);
  floor FA / lead FA: how many of them still get the floor or a safety lead; called harassment:
  how many look-alikes and legitimate complaints the reading calls harassment (sets that label
  their non-dangers' subtype, and the legitimate-complaint writer's set).

The danger reader is trained on every safety set except `training.DANGER_HELD_OUT`: on those its
`lead` column is in-sample. `--readers` refits it once per safety writer, without that writer, and
shows what it adds where the floor is silent (the honest figure for the sets it trained on).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import DEFAULT_POLICY_DIR  # noqa: E402
from bot.policy.loader import load_bundle  # noqa: E402
from bot.policy.model import Severity  # noqa: E402
from bot.triage import danger, safety, training  # noqa: E402
from bot.triage.engine import triage  # noqa: E402
from bot.triage.text import normalise  # noqa: E402

DATA = ROOT / "tests" / "data"
HEADER = (
    f"{'set':30} {'lang':4} {'dangers':>7} {'floor':>11} {'lead':>11} {'none':>5} {'floor FA':>9} {'lead FA':>8} "
    f"{'called harassment':>17}"
)


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "-"


def sets_table(paths: list[Path]) -> None:
    """One row per set and language."""
    bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
    print(HEADER)
    print("-" * len(HEADER))
    for path in paths:
        counts: Counter[tuple[str, str]] = Counter()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            result = triage(row["text"], bundle)
            floor = result.safety is not None
            lead = floor or result.severity is Severity.CRITICAL or result.safety_check
            lang = row["lang"]
            if row["kind"] != "none":
                counts[lang, "dangers"] += 1
                counts[lang, "floor"] += floor
                counts[lang, "lead"] += lead
            else:
                counts[lang, "none"] += 1
                counts[lang, "floor_fa"] += floor
                counts[lang, "lead_fa"] += lead
                # Sets before the `subtype` field mix look-alikes with non-violent harassment: only the
                # legitimate-complaint writer's set and labelled subtypes say a text is innocent.
                subtype = row.get("subtype") or ("legitimate" if str(row["writer"]).startswith("legit") else None)
                innocent = subtype in ("lookalike", "legitimate")
                counts[lang, "innocent"] += innocent
                counts[lang, "called"] += innocent and result.harassment
        for lang in ("en", "ja"):
            if not counts[lang, "dangers"] and not counts[lang, "none"]:
                continue
            print(
                f"{path.name:30} {lang:4} {counts[lang, 'dangers']:>7} {pct(counts[lang, 'floor'], counts[lang, 'dangers']):>11} "
                f"{pct(counts[lang, 'lead'], counts[lang, 'dangers']):>11} {counts[lang, 'none']:>5} "
                f"{pct(counts[lang, 'floor_fa'], counts[lang, 'none']):>9} {pct(counts[lang, 'lead_fa'], counts[lang, 'none']):>8} "
                f"{pct(counts[lang, 'called'], counts[lang, 'innocent']):>17}"
            )


def readers_table() -> None:
    """The danger reader refitted without each safety writer (the development cases in five writer folds)."""
    cases = [json.loads(line) for line in (DATA / "triage_dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    examples = training.danger_examples(cases, training.safety_sets(DATA))
    floor: list[bool] = []
    langs: list[str] = []
    for path in training.safety_sets(DATA):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                floor.append(safety.assess(normalise(row["text"])) is not None)
                langs.append(row["lang"])

    def fold(example: danger.Example) -> str:
        group = str(example.group)
        return group if group.startswith("safety") else f"dev{int(group.split(':')[1]) % 5}"

    scores: list[tuple[float, float | None]] = [(0.0, None)] * len(examples)
    for name in sorted({fold(e) for e in examples}):
        weights, bias = danger.fit([e for e in examples if fold(e) != name])
        reader = danger.DangerReader(weights, bias, math.inf, math.inf)
        for i, example in enumerate(examples):
            if fold(example) == name:
                found = reader.best_stretch(example.sentences)
                scores[i] = (reader.score(example.grams), None if found is None else found.score)
    # The thresholds as `danger.train` sets them, here from these writer-held-out scores.
    check_at, strong_at, stretch_check_at, stretch_strong_at = danger.thresholds(examples, scores)
    print(
        f"\nDanger reader, each safety writer held out (check at {check_at:.3f}, strong at {strong_at:.3f}; best stretch: "
        f"check at {stretch_check_at:.3f}, strong at {stretch_strong_at:.3f}; set as shipped):"
    )
    header = (
        f"{'writer':22} {'lang':4} {'dangers':>7} {'floor misses':>12} {'reader: check':>13} {'by stretch':>10} "
        f"{'strong':>7} {'none':>5} {'check FA':>8}"
    )
    print(header)
    print("-" * len(header))
    rows: Counter[tuple[str, str, str]] = Counter()
    for i, lang in enumerate(langs):
        example, (whole, best) = examples[i], scores[i]
        key = (str(example.group).removeprefix("safety:"), lang)
        stretch = best is not None and best >= stretch_check_at
        check = whole >= check_at or stretch
        strong = whole >= strong_at or (best is not None and best >= stretch_strong_at)
        if example.danger:
            rows[(*key, "dangers")] += 1
            if not floor[i]:
                rows[(*key, "misses")] += 1
                rows[(*key, "check")] += check
                rows[(*key, "stretch")] += stretch and whole < check_at
                rows[(*key, "strong")] += strong
        else:
            rows[(*key, "none")] += 1
            rows[(*key, "fa")] += (not floor[i]) and check
    for writer, lang in sorted({(w, lang) for w, lang, _ in rows}):
        get = lambda what, w=writer, lg=lang: rows[(w, lg, what)]  # noqa: E731
        print(
            f"{writer:22} {lang:4} {get('dangers'):>7} {get('misses'):>12} {get('check'):>13} {get('stretch'):>10} {get('strong'):>7} "
            f"{get('none'):>5} {get('fa'):>8}"
        )
    dev_legit = [s for s, e in zip(scores, examples, strict=True) if e.legitimate and str(e.group).startswith("dev")]
    total: Counter[str] = Counter()
    checked: Counter[str] = Counter()  # by length in sentences
    for (whole, best), example in zip(scores, examples, strict=True):
        if example.legitimate and str(example.group).startswith("dev"):
            n = len(example.sentences)
            band = "1-3" if n <= danger.WINDOW else "4-12" if n <= 12 else "13+"
            total[band] += 1
            checked[band] += whole >= check_at or (best is not None and best >= stretch_check_at)
    bands = ", ".join(f"{band} sentences {checked[band]}/{total[band]}" for band in ("1-3", "4-12", "13+"))
    print(f"development legitimate complaints checked: {sum(checked.values())}/{len(dev_legit)} ({bands})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--readers", action="store_true", help="also refit the danger reader per held-out writer (minutes)")
    args = parser.parse_args()
    sets_table(args.files or sorted(DATA.glob("safety_floor*.jsonl")))
    if args.readers:
        readers_table()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
