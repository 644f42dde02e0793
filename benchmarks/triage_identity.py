"""Does `triage()` still give exactly the same results? A check for speed work.

    python benchmarks/triage_identity.py write BASELINE.jsonl   # record the results
    python benchmarks/triage_identity.py check BASELINE.jsonl   # compare with them

Runs `engine.triage` over every text in tests/data/*.jsonl and tests/data/genre_holdout/*.jsonl,
the long descriptions `benchmarks/triage_speed.py` times, and a few more built from them (both
languages mixed in one text, texts longer than the model reads and than the engine analyses).
Each result is written whole: its JSON contract (`to_dict()`) and every field of the result
(evidence positions and weights, the route and lead), floats as their exact `repr`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from triage_speed import corpus  # noqa: E402

from bot.config import DEFAULT_POLICY_DIR  # noqa: E402
from bot.policy import loader  # noqa: E402
from bot.triage import engine  # noqa: E402

DATA = ROOT / "tests" / "data"


def texts() -> list[tuple[str, str]]:
    """(name, text) for every text checked, in a fixed order."""
    found: list[tuple[str, str]] = []
    for path in sorted(DATA.glob("*.jsonl")) + sorted((DATA / "genre_holdout").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    found.append((f"{path.relative_to(DATA)}:{number}", json.loads(line)["text"]))
    labelled, long_texts = corpus()
    found += [(f"long:{number}", text) for number, text in enumerate(long_texts)]
    # Both languages in one text, and texts past the model's and the engine's limits.
    english = [t for t in labelled if not any("\u3040" <= c <= "\u9fff" for c in t)]
    japanese = [t for t in labelled if any("\u3040" <= c <= "\u9fff" for c in t)]
    for number in range(0, min(len(english), len(japanese)), 97):
        found.append((f"mixed:{number}", f"{english[number]} {japanese[number]} {english[-number - 1]}"))
    for number in range(0, len(long_texts), 11):
        found.append((f"longer:{number}", " ".join(long_texts[number : number + 4])))
    for number in range(0, len(long_texts), 37):
        found.append((f"truncated:{number}", "\n".join(long_texts[number : number + 14])))
    return found


def plain(value: Any) -> Any:
    """Every field of a result as JSON-able values (enums by value, dataclasses field by field)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, float):
        return repr(value)  # exact
    return value


def results() -> list[str]:
    """One JSON line per text."""
    bundle = loader.load_bundle(DEFAULT_POLICY_DIR, "general")
    lines: list[str] = []
    for name, text in texts():
        result = engine.triage(text, bundle)
        record = {"name": name, "contract": result.to_dict(), "fields": plain(result)}
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("baseline", type=Path)
    args = parser.parse_args()
    lines = results()
    if args.action == "write":
        args.baseline.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} results to {args.baseline}")
        return 0
    expected = args.baseline.read_text(encoding="utf-8").splitlines()
    if len(lines) != len(expected):
        print(f"{len(lines)} results, the baseline has {len(expected)}")
        return 1
    differing = [json.loads(line)["name"] for line, old in zip(lines, expected, strict=True) if line != old]
    print(f"compared {len(lines)} texts: {len(differing)} differ")
    for name in differing[:20]:
        print(f"  differs: {name}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
