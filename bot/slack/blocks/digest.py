"""The weekly digest for HR."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.digest import WeeklyDigest, change
from bot.policy.model import PolicyBundle
from bot.slack import mrkdwn
from bot.slack.i18n import label, t
from bot.slack.mrkdwn import escape

if TYPE_CHECKING:
    from bot.services.results import (
        DigestStats,
    )

from bot.slack.blocks.primitives import (
    MESSAGE_BLOCKS_MAX,
    Block,
    capped,
    category_title,
    context,
    duration,
    fields_block,
    header,
    join,
    section,
    severity_text,
)

# --- weekly digest ----------------------------------------------------------------------------


def digest_blocks(stats: DigestStats, lang: str, bundle: PolicyBundle) -> list[Block]:
    """The weekly HR digest: totals, breakdowns, repeat offenders, median times, purged-data note."""
    last_moment = stats.week_end - dt.timedelta(microseconds=1)  # the week's end is exclusive
    period = t(
        "digest.period",
        lang,
        start=mrkdwn.date(stats.week_start, lang, style="date"),
        end=mrkdwn.date(last_moment, lang, style="date"),
    )
    blocks = [header(t("digest.header", lang)), context(period), *digest_summary(stats, bundle, lang, brief=False)]
    breakdowns = [
        ("digest.by_category", [(category_title(bundle.taxonomy, c, lang), n) for c, n in stats.by_category]),
        ("digest.by_severity", [(_severity_or_raw(s, lang), n) for s, n in stats.by_severity]),
        ("digest.by_status", _labelled("status", stats.by_status, lang)),
        ("digest.by_outcome", _labelled("outcome", stats.by_outcome, lang)),
        ("digest.by_source", _labelled("source", stats.by_source, lang)),
        ("digest.by_contact_channel", _labelled("contact_channel", stats.by_contact_channel, lang)),
    ]
    for title_key, rows in breakdowns:
        listed = "\n".join(f"• {name}: {count}" for name, count in rows) or t("common.none", lang)
        blocks.append(section(f"{t(title_key, lang)}\n{listed}"))
    if stats.purged_reports:
        blocks.append(context(t("digest.purged", lang, count=stats.purged_reports)))
    return capped(blocks, MESSAGE_BLOCKS_MAX, lang)


def _severity_or_raw(value: str, lang: str) -> str:
    try:
        return severity_text(value, lang)
    except ValueError:
        return escape(value)


def _labelled(kind: str, pairs: Iterable[tuple[Any, int]], lang: str) -> list[tuple[str, int]]:
    return [(escape(label(kind, value, lang)), count) for value, count in pairs]


def digest_summary(stats: DigestStats, bundle: PolicyBundle, lang: str, *, brief: bool = True) -> list[Block]:
    """The headline numbers as fields (and, briefly, the top categories for the Home tab)."""
    no_data = t("digest.no_data", lang)

    def minutes(value: float | None) -> str:
        return duration(value, lang) if value is not None else no_data

    facts = [
        t("digest.total", lang, count=stats.total_reports),
        t("digest.harassment", lang, count=stats.harassment_reports),
        t("digest.legitimate", lang, count=max(0, stats.total_reports - stats.harassment_reports)),
        t("digest.repeat_offenders", lang, count=stats.repeat_offenders),
        t("digest.acknowledge", lang, duration=minutes(stats.median_minutes_to_acknowledge)),
        t("digest.resolve", lang, duration=minutes(stats.median_minutes_to_resolve)),
    ]
    blocks = [fields_block(facts)]
    if brief and stats.by_category:
        top = join((f"{category_title(bundle.taxonomy, c, lang)} ×{n}" for c, n in stats.by_category[:5]), lang)
        blocks.append(context(f"{t('digest.by_category', lang)} {top}"))
    return blocks


def digest_text(stats: DigestStats, lang: str) -> str:
    """Notification text for the weekly digest."""
    return t("digest.fallback_text", lang, total=stats.total_reports, harassment=stats.harassment_reports)


# --- the HR digest of a week (bot.digest.WeeklyDigest) ----------------------------------------

Section = tuple[str, list[str]]  # (title, lines)


def local_time(moment: dt.datetime, zone: str) -> str:
    """A moment as "2026-12-01 14:05" in `zone` (not the reader's Slack zone: the digest's own)."""
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def week_line(digest: WeeklyDigest, lang: str) -> str:
    """ "Week of 2026-11-30 (Mon) to 2026-12-06 (Sun), Asia/Tokyo"."""
    first, last = digest.first_day, digest.last_day
    return t(
        "hr.week",
        lang,
        first=first.isoformat(),
        first_day=t(f"weekday.{first.weekday()}", lang),
        last=last.isoformat(),
        last_day=t(f"weekday.{last.weekday()}", lang),
        zone=digest.zone,
    )


def _change(now: float | None, before: float | None, lang: str, *, minutes: bool = False) -> str:
    delta = change(now, before)
    if delta is None:
        return ""
    if delta == 0:
        return t("hr.unchanged", lang)
    value = duration(abs(delta), lang) if minutes else f"{abs(delta):g}"
    return t("hr.change", lang, sign="+" if delta > 0 else "−", value=value)


def _minutes(value: float | None, lang: str) -> str:
    return duration(value, lang) if value is not None else t("hr.no_data", lang)


def weekly_digest_sections(digest: WeeklyDigest, lang: str, bundle: PolicyBundle, *, window_days: int) -> list[Section]:
    """The digest as titled groups of lines: the one place its wording is decided (tested line by line)."""
    if digest.empty:
        return [("", [t("hr.empty", lang)])]
    this, before = digest.this, digest.previous
    reminders = t("hr.reminders_untracked", lang) if digest.reminders_sent is None else t("hr.reminders", lang, count=digest.reminders_sent)
    summary = [
        t("hr.new", lang, count=this.new, change=_change(this.new, before.new, lang)),
        t("hr.open", lang, count=this.open, change=_change(this.open, before.open, lang)),
        t("hr.resolved", lang, count=this.resolved, change=_change(this.resolved, before.resolved, lang)),
        t(
            "hr.acknowledge",
            lang,
            duration=_minutes(this.median_minutes_to_acknowledge, lang),
            change=_change(this.median_minutes_to_acknowledge, before.median_minutes_to_acknowledge, lang, minutes=True),
        ),
        t(
            "hr.resolve",
            lang,
            duration=_minutes(this.median_minutes_to_resolve, lang),
            change=_change(this.median_minutes_to_resolve, before.median_minutes_to_resolve, lang, minutes=True),
        ),
        reminders,
        t("hr.care", lang, sent=digest.care.sent, all_right=digest.care.all_right, contact_hr=digest.care.contact_hr),
    ]
    before_category, before_severity = dict(before.by_category), dict(before.by_severity)
    categories = [
        t("hr.item", lang, name=category_title(bundle.taxonomy, c, lang), count=n, change=_change(n, before_category.get(c, 0), lang))
        for c, n in this.by_category
    ]
    severities = [
        t("hr.item", lang, name=_severity_or_raw(s, lang), count=n, change=_change(n, before_severity.get(s, 0), lang))
        for s, n in this.by_severity
    ]
    offenders = [t("hr.offender", lang, ref=escape(o.customer_ref), count=o.reports, days=window_days) for o in digest.repeat_offenders]
    overdue = [
        t(
            "hr.overdue_case",
            lang,
            ref=escape(o.ref),
            severity=label("severity", o.severity, lang),
            late=duration(o.minutes_overdue, lang),
            when=local_time(o.escalated_at, digest.zone),
        )
        for o in digest.overdue
    ]
    none = [t("common.none", lang)]
    sections: list[Section] = [
        (t("hr.summary", lang), summary),
        (t("hr.by_category", lang), categories or none),
        (t("hr.by_severity", lang), severities or none),
        (t("hr.offenders", lang), offenders or none),
        (t("hr.overdue", lang), overdue or none),
    ]
    if digest.purged_reports:
        sections.append(("", [t("hr.purged", lang, count=digest.purged_reports)]))
    return sections


def weekly_digest_blocks(
    digest: WeeklyDigest, lang: str, bundle: PolicyBundle, *, window_days: int, with_files: bool = False
) -> list[Block]:
    """The weekly HR digest message: header, the week in its zone, then one section per group."""
    blocks: list[Block] = [header(t("digest.header", lang)), context(escape(week_line(digest, lang)))]
    for title, lines in weekly_digest_sections(digest, lang, bundle, window_days=window_days):
        body = "\n".join(lines)
        blocks.append(section(f"{title}\n{body}" if title else body))
    if with_files and not digest.empty:
        blocks.append(context(t("hr.files", lang)))
    return capped(blocks, MESSAGE_BLOCKS_MAX, lang)


def weekly_digest_text(digest: WeeklyDigest, lang: str) -> str:
    """Notification text for the weekly digest."""
    if digest.empty:
        return f"{t('digest_title', lang)}: {t('hr.empty', lang)}"
    return t(
        "hr.fallback",
        lang,
        first=digest.first_day.isoformat(),
        last=digest.last_day.isoformat(),
        new=digest.this.new,
        open=digest.this.open,
        resolved=digest.this.resolved,
    )
