"""`python -m bot customer export|erase|rotate-key` on a real database, as an operator runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import load_settings
from bot.identity import IdentifierKind
from bot.lifecycle import Surface
from bot.runtime import build_services
from tests.test_db_cases import NOW, report

KEY = "cli-test-key-not-secret"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, db_url: str) -> Path:
    monkeypatch.setenv("DATABASE_URL", db_url)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CUSTOMER_HMAC_KEY", KEY)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "")
    return tmp_path


def test_export_then_erase_then_nothing_left(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    services = build_services(load_settings(env / "no.env"))
    case = services.cases.record_report(*report((IdentifierKind.EMAIL, "taro@example.com")), NOW)
    services.cases.mark_escalated(case.id, "U0REPORTER", "C0CASE", ["U0MGR1"], Surface.BUTTON, NOW)

    assert main(["customer", "export", "Taro@Example.com", "--by", "U0HR1"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["customer"]["id"] == case.customer_id and exported["cases"][0]["ref"] == case.ref

    assert main(["customer", "erase", "taro@example.com", "--yes"]) == 0
    said = capsys.readouterr().out
    assert "1 cases kept without the customer" in said and case.ref in said  # still open, named
    assert main(["customer", "export", "taro@example.com"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert (after["customer"], after["cases"], after["audit"]) == (None, [], [])
    assert main(["customer", "erase", "name:Yamada Taro", "--yes"]) == 2


def test_rotate_key_needs_the_new_key_everywhere(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    services = build_services(load_settings(env / "no.env"))
    services.cases.record_report(*report((IdentifierKind.PHONE, "090-1234-5678")), NOW)
    key_file = env / "new.key"
    assert main(["customer", "rotate-key", "--new-key-file", str(key_file), "--generate"]) == 0
    said = capsys.readouterr().out
    assert "Re-keyed 1 customer identifiers" in said and "CUSTOMER_HMAC_KEY" in said
    # An instance still configured with the old key refuses to start instead of never matching anyone.
    assert main(["customer", "export", "090-1234-5678"]) == 2
    assert "CUSTOMER_HMAC_KEY is not the key put in place by the rotation" in capsys.readouterr().err
    monkeypatch.setenv("CUSTOMER_HMAC_KEY", key_file.read_text().strip())
    assert main(["customer", "export", "090-1234-5678"]) == 0
    assert json.loads(capsys.readouterr().out)["customer"] is not None


def test_rotate_key_refuses_a_current_key_that_did_not_make_the_hashes(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    services = build_services(load_settings(env / "no.env"))
    services.cases.record_report(*report((IdentifierKind.PHONE, "090-1234-5678")), NOW)
    monkeypatch.setenv("CUSTOMER_HMAC_KEY", "some-other-key")
    key_file = env / "new.key"
    assert main(["customer", "rotate-key", "--new-key-file", str(key_file), "--generate"]) == 2
    assert "nothing was changed" in capsys.readouterr().err


def test_rotate_key_replaces_the_generated_key_file_of_a_local_database(
    env: Path, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("the generated key file is only for a local SQLite database")
    monkeypatch.delenv("CUSTOMER_HMAC_KEY")
    services = build_services(load_settings(env / "no.env"))
    services.cases.record_report(*report((IdentifierKind.PHONE, "090-1234-5678")), NOW)
    generated = env / "data" / "customer_hmac.key"
    old = generated.read_text()
    assert main(["customer", "rotate-key", "--new-key-file", str(env / "new.key"), "--generate"]) == 0
    assert generated.read_text() == (env / "new.key").read_text() != old
    assert f"The new key is now in {generated}" in capsys.readouterr().out
    assert main(["customer", "export", "090-1234-5678"]) == 0  # starts with the new key and still finds the customer
    assert json.loads(capsys.readouterr().out)["customer"] is not None
