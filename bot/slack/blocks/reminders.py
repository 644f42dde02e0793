"""The reminder ladder's messages: the channel reminder, the backup managers' DM, the thread line, the card's list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.ladder import asked_to_check
from bot.slack import mrkdwn
from bot.slack.blocks.primitives import Block, duration, join, section
from bot.slack.i18n import label, t
from bot.slack.mrkdwn import escape

if TYPE_CHECKING:
    from bot.services.results import CaseView, ReminderView

CARD_REMINDERS_SHOWN = 6


def mentions(user_ids: Sequence[str]) -> str:
    """Mentions of people, space-separated (user ids only: nothing anyone typed)."""
    return " ".join(mrkdwn.user(u) for u in dict.fromkeys(user_ids))


def _severity(case: CaseView, lang: str) -> str:
    """The case's severity as the reminders show it, and why it is chased as urgent when its reply
    asked to check for danger first (a medium case reminded at 3 a.m. says why)."""
    shown = label("severity", case.severity, lang)
    if asked_to_check(case.triage):
        shown += ("、" if lang == "ja" else ", ") + t("reminder.danger_check", lang)
    return shown


def channel_reminder_text(case: CaseView, minutes: float, managers: Sequence[str], lang: str) -> str:
    """Step 1 and later repeats: the case channel is told the case waits, mentioning `managers`."""
    who = mentions(managers)
    return t(
        "reminder.text",
        lang,
        mentions=f"{who} " if who else "",
        ref=escape(case.ref),
        severity=_severity(case, lang),
        duration=duration(minutes, lang),
    )


def backup_reminder_text(case: CaseView, minutes: float, managers: Sequence[str], backups: Sequence[str], lang: str) -> str:
    """Step 2 in the case channel: the backup managers are here now (or none is configured)."""
    who = mentions(managers)
    fields = {
        "mentions": f"{who} " if who else "",
        "ref": escape(case.ref),
        "severity": _severity(case, lang),
        "duration": duration(minutes, lang),
    }
    if not backups:
        return t("reminder.no_backup", lang, **fields)
    return t("reminder.backup", lang, backups=mentions(backups), **fields)


def backup_dm_text(case: CaseView, minutes: float, lang: str) -> str:
    """Step 2 by direct message to each backup manager."""
    return t(
        "reminder.backup_dm",
        lang,
        ref=escape(case.ref),
        severity=_severity(case, lang),
        duration=duration(minutes, lang),
        channel=mrkdwn.channel(str(case.escalation_channel_id)),
    )


def reminder_thread_line(step: int, total: int, kind: str, reached: Sequence[str], lang: str) -> str:
    """The line under the case card saying a reminder went out and to whom."""
    people = mentions(reached) or t("reminder.nobody", lang)
    key = "reminder.thread_backup" if kind == "backup" and reached else "reminder.thread"
    return t(key, lang, step=step, total=total, people=people)


def reminders_section(case: CaseView, lang: str) -> Block | None:
    """The card's list of reminders sent (the latest few), or None when none went out."""
    sent = case.sent_reminders
    if not sent:
        return None
    totals: dict[int, int] = {}
    for reminder in case.reminders:
        totals[reminder.ladder] = totals.get(reminder.ladder, 0) + 1
    lines = [t("reminder.card", lang)]
    lines.extend(_card_line(r, totals[r.ladder], lang) for r in sent[-CARD_REMINDERS_SHOWN:])
    return section("\n".join(lines))


def _card_line(reminder: ReminderView, total: int, lang: str) -> str:
    people = join((mrkdwn.user(u) for u in reminder.reached), lang) if reminder.reached else t("reminder.nobody", lang)
    when = mrkdwn.date(reminder.sent_at or reminder.due_at, lang, style="time")
    return "• " + t("reminder.card_line", lang, step=reminder.step, total=total, when=when, people=people)
