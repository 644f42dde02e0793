"""The HR digest's chart: cases per week by category as stacked bars, drawn to PNG bytes.

matplotlib with the Agg backend (no display, no pyplot state: safe in a worker thread). Japanese
labels need a font with Japanese glyphs; `japanese_font()` finds one among the fonts installed
(e.g. Debian's fonts-noto-cjk). Without one the caller draws English labels, never tofu boxes.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Mapping
from dataclasses import dataclass

from bot.digest import CategorySeries

# Enough categories to read; the rest are summed as one "other" band.
CHART_CATEGORIES = 8
_JAPANESE_PROBE = "類型別案件数週"


@dataclass(frozen=True)
class ChartText:
    """Every word the chart shows, in one language the font can draw."""

    title: str
    x_label: str
    y_label: str
    other: str
    names: Mapping[str, str]  # category id -> title


@functools.cache
def japanese_font() -> str | None:
    """The family name of an installed font that draws Japanese, or None.

    Looks in matplotlib's font list first, then at system font files installed since that list
    was cached (adding the one found, so the chart can name it).
    """
    from matplotlib import font_manager

    known = {entry.fname for entry in font_manager.fontManager.ttflist}
    for entry in sorted(font_manager.fontManager.ttflist, key=lambda f: f.name):
        if _draws_japanese(entry.fname, entry.name):
            return str(entry.name)
    for path in sorted(set(font_manager.findSystemFonts()) - known):
        if _draws_japanese(path, path):
            font_manager.fontManager.addfont(path)
            return str(font_manager.FontProperties(fname=path).get_name())
    return None


def _draws_japanese(path: str, name: str) -> bool:
    from matplotlib import ft2font

    if "last resort" in name.lower():  # maps every character to a placeholder box
        return False
    try:
        charmap = ft2font.FT2Font(path).get_charmap()
    except (OSError, RuntimeError, ValueError):
        return False
    return all(ord(ch) in charmap for ch in _JAPANESE_PROBE)


def render_category_chart(series: CategorySeries, text: ChartText, *, font: str | None = None) -> bytes:
    """A PNG of `series`: one stacked bar per week, one band per category (biggest first)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    families = [font, "DejaVu Sans"] if font else ["DejaVu Sans"]
    figure = Figure(figsize=(10, 5.2), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    weeks = [f"{day:%m-%d}" for day in series.week_starts]
    positions = list(range(len(weeks)))
    bottom = [0] * len(weeks)
    bands = list(series.counts.items())
    shown, rest = bands[:CHART_CATEGORIES], bands[CHART_CATEGORIES:]
    if rest:
        other = tuple(sum(counts[i] for _, counts in rest) for i in range(len(weeks)))
        shown.append(("", other))
    for index, (category, counts) in enumerate(shown):
        label = text.names.get(category, category.replace("_", " ")) if category else text.other
        axes.bar(positions, counts, bottom=bottom, label=label, color=f"C{index % 10}", width=0.7)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    axes.set_xticks(positions, weeks, fontfamily=families)
    axes.set_title(text.title, fontfamily=families)
    axes.set_xlabel(text.x_label, fontfamily=families)
    axes.set_ylabel(text.y_label, fontfamily=families)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    if shown:
        handles, labels = axes.get_legend_handles_labels()  # top band first, as stacked
        axes.legend(
            handles[::-1], labels[::-1], loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
            prop={"family": families, "size": 9},
        )
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
