"""`python -m bot demo` plays its scenario end to end, and its blocks-to-text rendering."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.demo import Names, mrkdwn_to_text, render_blocks, run_demo

NAMES = Names({"U0SATO": "sato"}.get, {"C0DESK": "front-desk"}.get)


@pytest.mark.parametrize(
    ("mrkdwn", "text"),
    [
        ("*Status:* Escalated", "Status: Escalated"),
        ("<@U0SATO> reported <#C0DESK>", "@sato reported #front-desk"),
        ("<@U0NOBODY>", "@U0NOBODY"),
        ("<!date^1795433766^{date_short_pretty} {time}|2026-11-23 10:00 JST>", "2026-11-23 10:00 JST"),
        ("<https://example.slack.com/archives/C1/p1|original message>", "original message (https://example.slack.com/archives/C1/p1)"),
        ("&lt;!channel&gt; &amp; more", "<!channel> & more"),
        (":rotating_light: _Covers:_ case_acknowledge", "🚨 Covers: case_acknowledge"),
    ],
)
def test_mrkdwn_reads_as_plain_text(mrkdwn: str, text: str) -> None:
    assert mrkdwn_to_text(mrkdwn, NAMES) == text


def test_blocks_render_as_lines() -> None:
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": ":red_circle: Case 1"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": "*What happened*\n> He shouted"}},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": "*Reporter*\n<@U0SATO>"}]},
        {"type": "divider"},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "note"}]},
        {"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text", "text": "Acknowledge"}}]},
        {"type": "input", "label": {"type": "plain_text", "text": "Email"}, "element": {"type": "plain_text_input"}},
    ]
    assert render_blocks(blocks, NAMES) == [
        "🔴 Case 1",
        "═" * 10,
        "What happened",
        "> He shouted",
        "  Reporter",
        "  @sato",
        "─" * 40,
        "  · note",
        "[ Acknowledge ]",
        "Email: ________",
    ]


def test_demo_plays_the_whole_scenario(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_demo(Settings(data_dir=tmp_path)) == 0

    out = capsys.readouterr().out
    assert "/harassment The caller called me an idiot" in out
    assert "Possible customer harassment" in out
    assert "creates the private channel #kasuhara-" in out
    assert "@suzuki acknowledged the case" in out and "@suzuki resolved the case" in out
    assert "Repeat offender: 2 reports" in out
    assert "WEEKLY CUSTOMER HARASSMENT DIGEST" in out
    assert "Whom you can talk to\n" in out.replace("    │ ", "") and "Where\n" in out.replace("    │   ", "")
    assert "[ Escalate ] (an hour later)" in out and "Escalated as case 2026-" in out
    assert "│ ⚠️ Check for danger first." in out or "│ :warning: Check for danger first." in out
    assert "refused by Slack's rules: 0." in out
    assert not list(tmp_path.iterdir())  # the demo keeps its database in a scratch folder of its own


def test_demo_plays_the_whole_scenario_in_japanese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_demo(Settings(data_dir=tmp_path, language="ja")) == 0

    out = capsys.readouterr().out
    seen = "\n".join(line for line in out.splitlines() if "│" in line)  # what the bot showed people
    assert "カスタマーハラスメントの可能性" in seen
    assert "[ 責任者に知らせる ]" in seen and "状況: 終了" in seen
    assert "@suzuki さんが案件を終了しました" in seen
    assert "繰り返しの事案: 90日間に2件の報告" in seen
    assert "相談先" in seen and "発生場所" in seen and "[ 責任者に知らせる ]" in seen
    assert "まず危険がないか確認してください。" in seen  # the veiled threat's reply leads with safety
    assert "JST" in seen and "UTC" not in seen  # times in the configured zone
    for word in ("Escalate", "Resolve", "Status", "Possible customer harassment", "Repeat offender"):
        assert word not in seen
    assert "refused by Slack's rules: 0." in out
