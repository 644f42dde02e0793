"""Speed of the triage engine on one core.

    python benchmarks/triage_speed.py [--rounds N]

Times policy loading (cold, from the TOML files) and `triage()` per description over the
labelled cases in tests/data/ plus long descriptions built by joining cases up to 2,000
characters. Prints median, p99 and descriptions per second.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import DEFAULT_POLICY_DIR  # noqa: E402
from bot.policy import loader  # noqa: E402
from bot.triage import cues, danger, engine, model  # noqa: E402

DATA = ROOT / "tests" / "data"


def corpus() -> tuple[list[str], list[str]]:
    """The labelled descriptions, and long ones (1,500-2,000 chars) made by joining them.

    A long description joins cases of one language, as a real report is written in one
    language; texts that mix both languages are timed among the labelled cases.
    """
    by_language: dict[str, list[str]] = {"en": [], "ja": []}
    for name in ("triage_dev.jsonl", "triage_holdout.jsonl"):
        with (DATA / name).open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    case = json.loads(line)
                    by_language["en" if case["lang"] == "en" else "ja"].append(case["text"])
    texts = by_language["en"] + by_language["ja"]
    long_texts: list[str] = []
    for pool in by_language.values():
        for offset in range(0, len(pool), 7):
            parts: list[str] = []
            for text in pool[offset:] + pool[:offset]:
                if sum(len(p) for p in parts) + len(text) > 2000:
                    break
                parts.append(text)
            long_texts.append(" ".join(parts))
    return texts, long_texts


def time_calls(texts: list[str], bundle, rounds: int) -> list[float]:
    """Seconds per call, every text `rounds` times."""
    timings: list[float] = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            engine.triage(text, bundle)
            timings.append(time.perf_counter() - start)
    return timings


def machine_seconds() -> float:
    """How fast this machine runs plain Python: the best of three 10-million-step loops."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for i in range(10_000_000):
            total += i
        best = min(best, time.perf_counter() - start)
    return best


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the values fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    """Print the timing table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    bundle = loader.load_bundle(DEFAULT_POLICY_DIR, "general")
    cues.compiled_cues()  # the cue table and the models load once per process, like the policy
    model.load()
    danger.load()
    load_seconds = time.perf_counter() - start
    start = time.perf_counter()
    engine.triage("He grabbed my arm and said he would wait for me after my shift.", bundle)
    first_seconds = time.perf_counter() - start
    start = time.perf_counter()
    engine.warm_up()  # the bot does this at start, off the request path
    warm_seconds = time.perf_counter() - start

    texts, long_texts = corpus()
    rows = [("labelled cases", texts), ("long (1.5-2k chars)", long_texts)]
    print(f"machine: a 10-million-step pure Python loop takes {machine_seconds():.2f} s (for comparing runs across machines)")
    print(f"policy + cues + model + danger reader loading (cold): {load_seconds * 1000:.1f} ms   (target < 500 ms)")
    print(f"first description (compiles the cues it needs): {first_seconds * 1000:.1f} ms")
    print(f"compiling every cue (background warm-up at bot start): {warm_seconds * 1000:.1f} ms")
    print()
    header = f"{'descriptions':22} {'n':>6} {'avg chars':>9} {'median ms':>10} {'p99 ms':>8} {'per second':>11}"
    print(header)
    print("-" * len(header))
    for label, items in rows:
        timings = time_calls(items, bundle, args.rounds)
        avg_chars = sum(len(t) for t in items) / len(items)
        print(
            f"{label:22} {len(timings):6} {avg_chars:9.0f} {statistics.median(timings) * 1000:10.3f} "
            f"{percentile(timings, 0.99) * 1000:8.3f} {len(timings) / sum(timings):11.0f}"
        )
    print("-" * len(header))
    print("targets: p99 < 5 ms, > 1,000 descriptions per second (one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
