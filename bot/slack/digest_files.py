"""The files that go with the HR digest: the week's cases as CSV and the 12-week chart as PNG.

Both are uploaded with Slack's external upload flow (files.getUploadURLExternal, the bytes to
the URL it hands out, files.completeUploadExternal), which slack_sdk's files_upload_v2 drives.
"""

from __future__ import annotations

from typing import Any

from bot.chart import ChartText, japanese_font, render_category_chart
from bot.digest import csv_text
from bot.policy.model import PolicyBundle
from bot.services.digest import DigestReport
from bot.slack.i18n import t


def chart_language(lang: str) -> str:
    """Japanese only where an installed font draws it; otherwise English, never tofu boxes."""
    return "ja" if lang == "ja" and japanese_font() else "en"


def chart_text(lang: str, bundle: PolicyBundle) -> ChartText:
    """The chart's words in `lang` (call with chart_language(...))."""
    names = {c.id: c.title.get(lang) for c in bundle.taxonomy.categories}
    return ChartText(
        title=t("hr.chart_title", lang),
        x_label=t("hr.chart_week", lang),
        y_label=t("hr.chart_cases", lang),
        other={"en": "Other", "ja": "その他"}[lang],
        names=names,
    )


def digest_file_uploads(report: DigestReport, lang: str, bundle: PolicyBundle) -> list[dict[str, Any]]:
    """files_upload_v2 `file_uploads`: the CSV when the week has cases, the chart when the 12 weeks do."""
    digest = report.digest
    first, last = digest.first_day.isoformat(), digest.last_day.isoformat()
    uploads: list[dict[str, Any]] = []
    if report.cases:
        uploads.append(
            {
                "content": csv_text(report.cases, digest.zone).encode("utf-8-sig"),  # BOM: Excel reads it as UTF-8
                "filename": f"kasuhara-cases-{first}.csv",
                "title": t("hr.csv_title", lang, first=first, last=last),
            }
        )
    if report.series.total:
        chart_lang = chart_language(lang)
        font = japanese_font() if chart_lang == "ja" else None
        uploads.append(
            {
                "content": render_category_chart(report.series, chart_text(chart_lang, bundle), font=font),
                "filename": f"kasuhara-categories-12-weeks-to-{last}.png",
                "title": t("hr.chart_title", lang),
                "alt_txt": t("hr.chart_alt", lang, last=last),
            }
        )
    return uploads
