"""Cross-validation of the triage engine on the development cases: leave out a writer, or a genre.

    python benchmarks/triage_cv.py [--by writer|genre] [--errors] [--fold N ...]

--by writer (the default): the development cases come in batches, each written by a different
writer (the thousands of the id number: dev-en-5001 is batch 5, dev-en-40001 batch 40; 1-999
is batch 0). For each batch, the model is retrained on all the other batches and the whole
engine is scored on the batch left out: how the engine does on a writer whose phrasing the
model has not seen.

--by genre: the same with a whole genre left out (first-person staff accounts, third-person
accounts, forwarded customer messages, transcripts, guidance-style cases): how the engine does
on a kind of text it was not trained on.

The lexicon was written while looking at dev cases, so both flatter it a little; the held-out
files (`triage_eval.py`) are the honest measure. These are for choosing settings without
looking at those.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.triage_eval import GENRES, HEADER, LANGS, READING_HEADER, SPLITS, TARGETS, Case, Tally, lang_group, load_cases, score  # noqa: E402
from bot.config import DEFAULT_POLICY_DIR  # noqa: E402
from bot.policy.loader import load_bundle  # noqa: E402
from bot.triage import engine, training  # noqa: E402
from bot.triage.engine import TriageResult  # noqa: E402


def batch_of(case: Case) -> str:
    """The writer batch of a case, from its id."""
    number = case["id"].rsplit("-", 1)[-1]
    return f"batch {int(''.join(ch for ch in number if ch.isdigit()) or 0) // 1000}"


def genre_of(case: Case) -> str:
    return str(case.get("genre", "unknown"))


FOLDS: dict[str, Callable[[Case], str]] = {"writer": batch_of, "genre": genre_of}


@contextmanager
def trained_without(cases: list[Case], fold: Callable[[Case], str], left_out: str) -> Iterator[None]:
    """The engine, within the block, with a model trained on every case outside `left_out`."""
    with training.model_in_use(engine.train(c for c in cases if fold(c) != left_out)):
        yield


def out_of_fold(cases: list[Case], bundle: Any, by: str = "writer", only: list[str] | None = None) -> dict[str, tuple[str, TriageResult]]:
    """Every case's result from a model that never saw its fold: {id: (fold, result)}."""
    fold = FOLDS[by]
    groups: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        groups[fold(case)].append(case)
    results: dict[str, tuple[str, TriageResult]] = {}
    for left_out in sorted(groups):
        if only and left_out not in only:
            continue
        with trained_without(cases, fold, left_out):
            for case in groups[left_out]:
                results[case["id"]] = (left_out, engine.triage(case["text"], bundle))
    return results


def main() -> int:
    """Print one row per left-out fold and language, then the totals per genre and language."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--by", choices=tuple(FOLDS), default="writer")
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--fold", action="append", help="only leave out this fold, e.g. 'batch 40' or 'transcript'")
    args = parser.parse_args()
    bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
    cases = load_cases(SPLITS["dev"])
    results = out_of_fold(cases, bundle, args.by, args.fold)
    by_fold: dict[tuple[str, str], Tally] = defaultdict(Tally)
    by_genre: dict[tuple[str, str], Tally] = defaultdict(Tally)
    totals = {lang: Tally() for lang in LANGS}
    for case in cases:
        if case["id"] not in results:
            continue
        left_out, result = results[case["id"]]
        lang = lang_group(case)
        for tally in (by_fold[(left_out, lang)], by_genre[(genre_of(case), lang)], totals[lang]):
            score(case, result, tally)
    print(HEADER.replace("split", "left out", 1))
    print("-" * len(HEADER))
    for (left_out, lang), t in sorted(by_fold.items()):
        print(t.row(left_out, "", lang))
    print("-" * len(HEADER))
    for genre in (*GENRES, "unknown"):
        for lang in LANGS:
            if (genre, lang) in by_genre:
                print(by_genre[(genre, lang)].row(f"by {args.by}: genre", genre, lang))
    for lang, t in totals.items():
        print(t.row(f"by {args.by}: all", "(all genres)", lang))
    print()
    print(READING_HEADER.replace("split", "left out", 1))
    for genre in (*GENRES, "unknown"):
        for lang in LANGS:
            if (genre, lang) in by_genre:
                print(by_genre[(genre, lang)].reading_row(f"by {args.by}: genre", genre, lang))
    for lang, t in totals.items():
        print(t.reading_row(f"by {args.by}: all", "(all genres)", lang))
    print("targets: " + ", ".join(f"{k} {v:.0%}" for k, v in TARGETS.items()))
    if args.errors:
        for lang, t in totals.items():
            for line in t.errors:
                print(f"{lang}  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
