"""The reminder ladder's messages in English and Japanese, and the card's list of reminders sent."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.services.results import ReminderView
from bot.slack import blocks
from bot.slack.blocks.reminders import reminders_section
from bot.slack.i18n import t
from tests.test_blocks import NOW, assert_valid_message, bundle, make_case
from tests.test_e2e_slack import texts

_ = bundle  # the fixture, for pytest


def sent(step: int, minutes: int, reached: tuple[str, ...], *, ladder: int = 1, kind: str = "remind") -> ReminderView:
    at = NOW + dt.timedelta(minutes=minutes)
    return ReminderView(ladder, step, kind, at, at, None, reached)


def pending(step: int, minutes: int, *, ladder: int = 1, cancelled: bool = False) -> ReminderView:
    at = NOW + dt.timedelta(minutes=minutes)
    return ReminderView(ladder, step, "repeat", at, None, at if cancelled else None, ())


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_channel_and_backup_texts_mention_people_and_read_right(lang: str) -> None:
    case = make_case()
    first = blocks.channel_reminder_text(case, 15, ["U0MGR1", "U0MGR2"], lang)
    backup = blocks.backup_reminder_text(case, 30, ["U0MGR1"], ["U0BACK1", "U0BACK2"], lang)
    none = blocks.backup_reminder_text(case, 30, ["U0MGR1"], [], lang)
    dm = blocks.backup_dm_text(case, 30, lang)
    for text in (first, backup, none, dm):
        assert case.ref in text
        assert "<!channel>" not in text and "<!here>" not in text
    assert "<@U0MGR1> <@U0MGR2>" in first and "15" in first
    assert "<@U0BACK1> <@U0BACK2>" in backup and "<@U0MGR1>" in backup
    assert "BACKUP_MANAGER_USER_IDS" in none
    assert "<#C0CASES>" in dm
    if lang == "ja":
        for text in (first, backup, none, dm):
            assert "責任者" in text
            assert "管理者" not in text and "上長" not in text and "エスカレーション" not in text
        assert "予備の責任者" in backup and "予備の責任者" in dm


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_case_chased_for_its_danger_check_says_why(lang: str) -> None:
    plain = make_case(triage={"language": "en"})
    checked = make_case(triage={"language": "en", "safety_check": True})
    marker = t("reminder.danger_check", lang)
    for text_of in (
        lambda c: blocks.channel_reminder_text(c, 5, ["U0MGR1"], lang),
        lambda c: blocks.backup_reminder_text(c, 10, ["U0MGR1"], ["U0BACK1"], lang),
        lambda c: blocks.backup_dm_text(c, 10, lang),
    ):
        assert marker in text_of(checked) and marker not in text_of(plain)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_thread_line_says_whom_a_step_reached(lang: str) -> None:
    line = blocks.reminder_thread_line(2, 4, "backup", ["U0BACK1"], lang)
    assert "2" in line and "4" in line and "<@U0BACK1>" in line
    assert blocks.reminder_thread_line(1, 4, "remind", [], lang) != line  # nobody reached is said so


def test_the_card_lists_the_reminders_sent_and_to_whom(bundle: object) -> None:
    reminders = (
        sent(1, 15, ("U0MGR1", "U0MGR2")),
        sent(2, 30, ("U0HANDLER",), kind="backup"),
        pending(3, 60, cancelled=True),
        pending(4, 90, cancelled=True),
        sent(1, 200, ("U0MGR1",), ladder=2),
        pending(2, 215, ladder=2),
    )
    case = make_case(reminders=reminders)
    card = blocks.case_card(case, None, bundle, "en")  # type: ignore[arg-type]
    assert_valid_message(card)
    shown = texts(card)
    assert "Reminders sent" in shown
    assert "1/4" in shown and "2/4" in shown and "1/2" in shown  # steps of each ladder
    assert "<@U0HANDLER>" in shown and "<@U0MGR2>" in shown
    assert [r.step for r in case.sent_reminders] == [1, 2, 1]
    assert reminders_section(make_case(), "en") is None
    assert "Reminders sent" not in texts(blocks.case_card(make_case(), None, bundle, "en"))  # type: ignore[arg-type]


def test_the_card_shows_only_the_latest_reminders() -> None:
    many = tuple(sent(i, 10 * i, ("U0MGR1",)) for i in range(1, 13))
    section = reminders_section(make_case(reminders=many), "ja")
    assert section is not None
    lines = section["text"]["text"].splitlines()
    assert lines[0] == "*送信したリマインド*" and len(lines) == 1 + 6
    assert lines[-1].startswith("• 12/12")
