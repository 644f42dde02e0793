"""`python -m bot policy check [FILE...]`: validate policy files and report every problem."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.policy.loader import POLICIES_DIR, check_files, file_label, policy_files


def check_command(paths: list[str], policy_dir: Path) -> int:
    """Check the given files (all shipped files when none are given); print results, return 0 or 1."""
    files = [_resolve(arg, policy_dir) for arg in paths] if paths else policy_files(policy_dir)
    reported: set[str] = set()
    failed = 0
    for path in files:
        problems = check_files([path], policy_dir)
        if not problems:
            print(f"OK {file_label(path, policy_dir)}")
            continue
        failed += 1
        # A broken taxonomy is reported once, not again for every policy checked against it.
        for problem in problems:
            if problem not in reported:
                reported.add(problem)
                print(problem, file=sys.stderr)
    if failed:
        print(f"{failed} of {len(files)} file(s) have problems", file=sys.stderr)
        return 1
    return 0


def _resolve(arg: str, policy_dir: Path) -> Path:
    """A file path as given, or a bare policy id (`acme`) as its file in the policies folder."""
    path = Path(arg)
    if path.exists() or path.suffix == ".toml" or len(path.parts) > 1:
        return path
    return policy_dir / POLICIES_DIR / f"{arg}.toml"
