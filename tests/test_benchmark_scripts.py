"""The benchmark scripts keep up with the code they measure: each imports, and the case-store and digest ones run small."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# encoder_eval.py needs its own virtualenv; bare_bolt_app.py is the baseline app ack_latency.py serves.
SCRIPTS = sorted(p for p in (ROOT / "benchmarks").glob("*.py") if p.name not in {"encoder_eval.py", "bare_bolt_app.py"})


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_every_benchmark_imports(script: Path) -> None:
    spec = importlib.util.spec_from_file_location(f"benchmark_{script.stem}", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    try:
        spec.loader.exec_module(module)  # the scripts run only under __main__
    finally:
        sys.modules.pop(spec.name, None)
    assert callable(getattr(module, "main", None))


def _run_small(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a benchmark script on SQLite only, small; it must succeed."""
    done = subprocess.run(
        [sys.executable, f"benchmarks/{script}", *args, "--no-postgres"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_the_case_store_benchmark_runs_small(tmp_path: Path) -> None:
    done = _run_small("db_scale.py", "--cases", "600", "--customers", "100", "--lookups", "20")
    assert "sqlite  | 600" in done.stdout


def test_the_digest_benchmark_runs_small() -> None:
    # It shares the bulk loaders of db_scale.py; a column added by a later migration must not break it.
    done = _run_small("digest_scale.py", "--cases", "1500", "--customers", "150", "--runs", "1")
    assert re.search(r"^sqlite +\| 1,500 ", done.stdout, re.MULTILINE), done.stdout
