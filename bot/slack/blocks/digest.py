"""The weekly digest for HR."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

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
