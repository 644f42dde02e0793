"""End to end for HR: the digest on demand (command, App Home, terminal) with its CSV and chart uploaded."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main as cli_main
from bot.config import customer_hmac_key
from bot.emulator.workplace import HR, STAFF, Workplace
from bot.slack import ids
from tests.bot_fixtures import error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_manager import MovableClock, home_of
from tests.test_e2e_slack import ABUSE, ASSAULT, COMPLAINT, assert_clean, texts

START = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)  # Tuesday 24 November 2026, 10:00 in Tokyo


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(START)


@pytest.fixture
def hr_week(open_workplace: Any, clock: MovableClock) -> Workplace:
    """Two escalated cases and a legitimate complaint in the week of 23 November (Tokyo)."""
    workplace: Workplace = open_workplace(clock=clock)
    workplace.escalate_text(ASSAULT)
    workplace.escalate_text(ABUSE)
    workplace.command(COMPLAINT)
    return workplace


def files_in_dm(workplace: Workplace, user: str) -> dict[str, bytes]:
    return {f["filetype"]: f["content"] for f in workplace.slack.files(workplace.slack.dm_channel_id(user))}


def csv_rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.mark.parametrize("word", ["", "this", "2026-11-26", "今週"])
def test_digest_on_demand_with_csv_and_chart_in_the_dm(hr_week: Workplace, word: str) -> None:
    [digest] = hr_week.wait_for_response(hr_week.command(f"digest {word}".strip(), user=HR))

    shown = texts(digest["blocks"])
    assert "Week of 2026-11-23 (Mon) to 2026-11-29 (Sun), Asia/Tokyo" in shown
    assert "New reports: 2" in shown and "Open at the week's end: 2" in shown
    assert "• Physical assault: 1" in shown and "in your direct messages" in shown
    files = files_in_dm(hr_week, HR)
    assert set(files) == {"csv", "png"} and files["png"].startswith(b"\x89PNG")
    rows = csv_rows(files["csv"])
    assert [r["status"] for r in rows] == ["escalated", "escalated"]
    assert all(r["reported_at"].startswith("2026-11-24T10:00+09:00") for r in rows)
    assert "punched" not in files["csv"].decode() and "idiot" not in files["csv"].decode()
    methods = [m for m, _ in hr_week.slack.calls if m.startswith("files.") or m == "upload"]
    assert methods == ["files.getUploadURLExternal", "files.getUploadURLExternal", "upload", "upload",
                       "files.completeUploadExternal"]
    assert_clean(hr_week)


def test_last_week_is_the_week_before(hr_week: Workplace, clock: MovableClock) -> None:
    clock.advance(days=7)
    [digest] = hr_week.wait_for_response(hr_week.command("digest last", user=HR))
    assert "Week of 2026-11-23 (Mon)" in texts(digest["blocks"])
    [this_week] = hr_week.wait_for_response(hr_week.command("digest", user=HR))
    shown = texts(this_week["blocks"])
    assert "Week of 2026-11-30 (Mon)" in shown and "New reports: 0 (−2 vs last week)" in shown


def test_staff_are_refused_and_a_subcommand_is_never_triaged(hr_week: Workplace) -> None:
    acks_before = len(hr_week.slack.ephemeral_messages(user_id=STAFF))
    [refused] = hr_week.wait_for_response(hr_week.command("digest last", user=STAFF))
    assert refused["text"] == "The weekly digest is available to HR only." and not refused.get("blocks")
    [usage] = hr_week.wait_for_response(hr_week.command("digest the customer threatened me", user=HR))
    assert usage["text"].startswith("Usage: `/harassment digest`")
    shown = hr_week.slack.ephemeral_messages(user_id=STAFF)[acks_before:]
    assert [e["via"] for e in shown] == ["response_url"]  # no triage reply to "digest last"
    assert hr_week.slack.files() == []
    assert_clean(hr_week)


def test_app_home_offers_hr_the_weeks(hr_week: Workplace) -> None:
    home = home_of(hr_week, HR)
    assert {ids.ACTION_HOME_DIGEST_THIS, ids.ACTION_HOME_DIGEST_LAST, ids.ACTION_HOME_DIGEST_WEEK} <= actions_in(home)
    assert not actions_in(home_of(hr_week, STAFF)) & set(ids.HOME_DIGEST_ACTIONS)

    hr_week.sim.block_action(ids.ACTION_HOME_DIGEST_WEEK, user_id=HR, value="2026-11-25", view_id=home["id"])
    messages = hr_week.slack.wait_until(lambda: len(hr_week.dm(HR)) >= 2 and hr_week.dm(HR), what="the digest in HR's DM")
    digest, uploaded = messages[-2:]
    assert "Week of 2026-11-23 (Mon) to 2026-11-29 (Sun), Asia/Tokyo" in texts(digest["blocks"])
    assert [f["filetype"] for f in uploaded["files"]] == ["csv", "png"]
    assert_clean(hr_week)


def actions_in(view: dict[str, Any]) -> set[str]:
    found = set()
    for block in view["blocks"]:
        for element in block.get("elements", []):
            if "action_id" in element:
                found.add(element["action_id"])
    return found


def test_terminal_digest_writes_csv_and_chart(
    hr_week: Workplace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = hr_week.bot.ctx.settings
    monkeypatch.setenv("DATABASE_URL", settings.resolved_database_url)
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("CUSTOMER_HMAC_KEY", customer_hmac_key(settings).decode())  # the bot's key: same pseudonyms
    assert cli_main(["digest", "--week-of", "2026-11-25", "--csv", str(tmp_path / "w.csv"), "--chart", str(tmp_path / "w.png")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Week of 2026-11-23 (Mon) to 2026-11-29 (Sun), Asia/Tokyo"
    assert "  New reports: 2 (+2 vs last week)" in out and "  Physical assault: 1 (+1 vs last week)" not in out
    assert "  • Physical assault: 1 (+1 vs last week)" in out
    assert len(csv_rows((tmp_path / "w.csv").read_bytes())) == 2
    assert (tmp_path / "w.png").read_bytes().startswith(b"\x89PNG")


def test_a_failed_upload_still_shows_the_digest(hr_week: Workplace, error_log: Any) -> None:
    hr_week.slack.fail_next("files.completeUploadExternal", "internal_error")
    [digest] = hr_week.wait_for_response(hr_week.command("digest", user=HR))
    shown = texts(digest["blocks"])
    assert "New reports: 2" in shown and "in your direct messages" not in shown
    [logged] = error_log.take()
    assert "Uploading the digest's files" in logged.getMessage()
    assert hr_week.slack.files() == []
