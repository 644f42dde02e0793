"""The shape of the code: which packages may import which (an import contract, checked on every run)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "bot"

# The pure core and the layers below Slack: none of them may import the Slack side.
NO_SLACK = [
    "services",
    "db",
    "policy",
    "triage",
    "lifecycle.py",
    "identity.py",
    "weeks.py",
    "digest.py",
    "chart.py",
    "customer_query.py",
    "ladder.py",
    "lease.py",
    "config.py",
    "runtime.py",
]
# The pure core may not touch the database or the services either.
PURE = ["policy", "triage", "lifecycle.py", "identity.py", "weeks.py", "customer_query.py", "ladder.py", "digest.py"]


def modules(part: str) -> list[Path]:
    path = ROOT / part
    return [path] if path.is_file() else sorted(path.rglob("*.py"))


def imported(path: Path) -> set[str]:
    """Every module name `path` imports, at any depth (function-level imports included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("part", NO_SLACK)
def test_no_slack_below_the_slack_layer(part: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            n for n in imported(path) if n == "bot.slack" or n.startswith(("bot.slack.", "slack_sdk", "slack_bolt"))
        )
        for path in modules(part)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize("part", PURE)
def test_the_pure_core_knows_no_database_or_services(part: str) -> None:
    forbidden = ("bot.db", "bot.services", "bot.runtime", "sqlalchemy")
    offenders = {
        str(path.relative_to(ROOT)): sorted(n for n in imported(path) if n.startswith(forbidden))
        for path in modules(part)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_product_does_not_import_the_tests() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*.py") if any(n.startswith("tests") for n in imported(p))]
    assert offenders == []


def test_the_contract_test_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from bot.slack import blocks\n", encoding="utf-8")
    assert "bot.slack" in imported(bad)
