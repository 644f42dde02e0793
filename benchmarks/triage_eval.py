"""Accuracy of the triage engine on the labelled cases in tests/data/, per genre and language.

    python benchmarks/triage_eval.py [--split NAME] [--errors] [--policy NAME]

Splits:
- dev: the cases the lexicon and the model were tuned on (tests/data/triage_dev.jsonl)
- holdout, holdout2: never tuned on, from other writers of the same kind as dev
- genre sets (tests/data/genre_holdout/<genre>-<lang>.jsonl): one per genre and language, each
  by a writer who wrote nothing else; never tuned on. These are the honest measure.

Genres: first_person (staff describing what happened to them), third_person (a supervisor,
colleague, survey, news or HR account), customer_message (the customer's own words,
forwarded), transcript (a call or chat log), guidance_case (a case as official guidance
writes it). English rows are `en`; Japanese, including mixed Japanese/English, are `ja`.

Per row:
- top-1: the engine's best category is one of the case's acceptable categories
- top-3: any acceptable category is among the engine's first three (counted, then possible)
- specificity: legitimate complaints that come out as not harassment (the costly error)
- detection: harassment cases that come out as harassment

`--errors` lists the misses of the dev split only: the held-out sets are for measuring, and a
held-out set whose texts were read while tuning is spent. `--errors-of SPLIT` lists another
split's misses for a deliberate, recorded look.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import DEFAULT_POLICY_DIR  # noqa: E402
from bot.policy.loader import load_bundle  # noqa: E402
from bot.triage.engine import TriageResult, triage  # noqa: E402

DATA = ROOT / "tests" / "data"
GENRE_HOLDOUT = DATA / "genre_holdout"
GENRES = ("first_person", "third_person", "customer_message", "transcript", "guidance_case")
LANGS = ("en", "ja")
SPLITS = {
    "dev": DATA / "triage_dev.jsonl",
    "holdout": DATA / "triage_holdout.jsonl",
    "holdout2": DATA / "triage_holdout2.jsonl",
    **{f"{genre}-{lang}": GENRE_HOLDOUT / f"{genre}-{lang}.jsonl" for genre in GENRES for lang in LANGS},
}
GENRE_SETS = tuple(f"{genre}-{lang}" for genre in GENRES for lang in LANGS)
TARGETS = {"top1": 0.90, "top3": 0.97, "specificity": 0.90, "detection": 0.95}

Case = dict[str, Any]


@dataclass
class Tally:
    cases: int = 0
    harassment: int = 0
    legitimate: int = 0
    top1: int = 0
    top3: int = 0
    detected: int = 0
    cleared: int = 0
    axes_labelled: int = 0
    demand_right: int = 0
    manner_right: int = 0
    genre_right: int = 0
    unsure: int = 0
    unsure_wrong: int = 0
    sure_wrong: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally's counts and misses to this one."""
        for name in (
            "cases", "harassment", "legitimate", "top1", "top3", "detected", "cleared",
            "axes_labelled", "demand_right", "manner_right", "genre_right", "unsure", "unsure_wrong", "sure_wrong",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def rate(self, hits: int, total: int) -> str:
        return f"{hits / total:6.1%} ({hits}/{total})" if total else "   n/a"

    def ratio(self, name: str) -> float | None:
        """The named measure as a fraction (None when it has no cases)."""
        hits, total = {
            "top1": (self.top1, self.harassment),
            "top3": (self.top3, self.harassment),
            "specificity": (self.cleared, self.legitimate),
            "detection": (self.detected, self.harassment),
        }[name]
        return hits / total if total else None

    def row(self, *labels: str) -> str:
        return (
            f"{labels[0]:18} {labels[1]:17} {labels[2]:4} {self.cases:5}  {self.rate(self.top1, self.harassment):>16}  "
            f"{self.rate(self.top3, self.harassment):>16}  {self.rate(self.cleared, self.legitimate):>16}  "
            f"{self.rate(self.detected, self.harassment):>16}"
        )


    def reading_row(self, *labels: str) -> str:
        return (
            f"{labels[0]:18} {labels[1]:17} {labels[2]:4} {self.cases:5}  {self.rate(self.demand_right, self.axes_labelled):>16}  "
            f"{self.rate(self.manner_right, self.axes_labelled):>16}  {self.rate(self.genre_right, self.cases):>16}  "
            f"{self.rate(self.unsure, self.cases):>16}  {self.rate(self.unsure_wrong, self.unsure):>14}  "
            f"{self.rate(self.sure_wrong, self.cases - self.unsure):>14}"
        )


READING_HEADER = (
    f"{'split':18} {'genre':17} {'lang':4} {'cases':>5}  {'demand axis':>16}  {'manner axis':>16}  {'genre':>16}  "
    f"{'unsure':>16}  {'wrong if unsure':>14}  {'wrong if sure':>14}"
)
HEADER = f"{'split':18} {'genre':17} {'lang':4} {'cases':>5}  {'top-1':>16}  {'top-3':>16}  {'specificity':>16}  {'detection':>16}"


def load_cases(path: Path) -> list[Case]:
    """Read one split's cases."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def lang_group(case: Case) -> str:
    return "en" if case["lang"] == "en" else "ja"


def score(case: Case, result: TriageResult, tally: Tally) -> None:
    """Count one case's result into `tally`."""
    tally.cases += 1
    predicted = list(result.ranked_ids)
    axes_label = case.get("axes")
    if isinstance(axes_label, dict) and result.axes is not None:
        tally.axes_labelled += 1
        tally.demand_right += result.axes.demand.verdict.value == axes_label.get("demand")
        tally.manner_right += result.axes.manner.verdict.value == axes_label.get("manner")
    tally.genre_right += result.genre == case.get("genre")
    wrong = result.harassment != case["harassment"]
    if result.unsure:
        tally.unsure += 1
        tally.unsure_wrong += wrong
    else:
        tally.sure_wrong += wrong
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


def evaluate(cases: Iterable[Case], bundle: Any, run: Callable[[str], TriageResult] | None = None) -> dict[str, Tally]:
    """Score every case; tallies keyed by language group."""
    tallies = {lang: Tally() for lang in LANGS}
    for case in cases:
        score(case, (run or (lambda text: triage(text, bundle)))(case["text"]), tallies[lang_group(case)])
    return tallies


def evaluate_by_genre(cases: Iterable[Case], bundle: Any) -> dict[tuple[str, str], Tally]:
    """Score every case; tallies keyed by (genre, language group)."""
    tallies: dict[tuple[str, str], Tally] = {}
    for case in cases:
        key = (case.get("genre", "unknown"), lang_group(case))
        score(case, triage(case["text"], bundle), tallies.setdefault(key, Tally()))
    return dict(sorted(tallies.items(), key=lambda item: (GENRES.index(item[0][0]) if item[0][0] in GENRES else 99, item[0][1])))


def main() -> int:
    """Print the accuracy table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--policy", default="general")
    parser.add_argument("--errors", action="store_true", help="list the dev split's misses")
    parser.add_argument("--errors-of", choices=tuple(SPLITS), help="list this split's misses (held-out: a deliberate look)")
    parser.add_argument("--split", choices=(*SPLITS, "genre"), help="only this split ('genre': every genre set)")
    args = parser.parse_args()
    bundle = load_bundle(DEFAULT_POLICY_DIR, args.policy)

    print(HEADER)
    print("-" * len(HEADER))
    misses: dict[str, list[str]] = {}
    readings: dict[str, dict[tuple[str, str], Tally]] = {}
    genre_totals = {lang: Tally() for lang in LANGS}
    shortfalls: list[str] = []
    for split, path in SPLITS.items():
        wanted = args.split is None or args.split == split or (args.split == "genre" and split in GENRE_SETS)
        if not wanted or not path.exists():
            continue
        misses[split] = []
        readings[split] = evaluate_by_genre(load_cases(path), bundle)
        for (genre, lang), t in readings[split].items():
            print(t.row(split, genre, lang))
            misses[split] += t.errors
            if split in GENRE_SETS:
                genre_totals[lang].add(t)
                shortfalls += [
                    f"{split} {name} {t.ratio(name):.1%} < {goal:.0%}"
                    for name, goal in TARGETS.items()
                    if (t.ratio(name) or 1.0) < goal
                ]
        if split == "dev" or split == GENRE_SETS[-1] or split == "holdout2":
            print("-" * len(HEADER))
    for lang, t in genre_totals.items():
        if t.cases:
            print(t.row("genre sets, all", "(all genres)", lang))
    print()
    print("the two-axis reading (cases with axis labels), the genre, and the unsure calls:")
    print(READING_HEADER)
    print("-" * len(READING_HEADER))
    for split, rows in readings.items():
        for (genre, lang), t in rows.items():
            print(t.reading_row(split, genre, lang))
    print("targets on every genre set and language: " + ", ".join(f"{k} >= {v:.0%}" for k, v in TARGETS.items()))
    if genre_totals["en"].cases or genre_totals["ja"].cases:
        print("below target: " + ("; ".join(shortfalls) if shortfalls else "none"))
    for split in ["dev"] * args.errors + [args.errors_of] * bool(args.errors_of):
        print("\n".join(f"[{split}] {line}" for line in misses.get(split, [])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
