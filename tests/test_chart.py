"""The digest's chart: a PNG whatever fonts the machine has, Japanese only where a font draws it."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from bot.chart import ChartText, japanese_font, render_category_chart
from bot.config import DEFAULT_POLICY_DIR
from bot.digest import CategorySeries
from bot.policy.loader import load_bundle
from bot.policy.model import PolicyBundle
from bot.slack import digest_files
from bot.slack.digest_files import chart_language, chart_text

WEEKS = tuple(dt.date(2026, 9, 14) + dt.timedelta(days=7 * i) for i in range(12))


@pytest.fixture(scope="module")
def bundle() -> PolicyBundle:
    return load_bundle(DEFAULT_POLICY_DIR, "general")


def series(bundle: PolicyBundle, categories: int) -> CategorySeries:
    ids = [c.id for c in bundle.taxonomy.categories][:categories]
    return CategorySeries(WEEKS, {c: tuple((i + w) % 4 for w in range(12)) for i, c in enumerate(ids)})


def draw(data: CategorySeries, text: ChartText, font: str | None) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a glyph missing from the font would be a tofu box: fail
        return render_category_chart(data, text, font=font)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_chart_never_draws_tofu(bundle: PolicyBundle, lang: str) -> None:
    drawn_in = chart_language(lang)
    assert drawn_in == ("ja" if lang == "ja" and japanese_font() else "en")
    png = draw(series(bundle, 12), chart_text(drawn_in, bundle), japanese_font() if drawn_in == "ja" else None)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000


def test_japanese_labels_without_a_japanese_font_would_be_tofu(bundle: PolicyBundle) -> None:
    """The check above can fail: drawing Japanese with the default font warns of missing glyphs."""
    with pytest.raises(UserWarning, match="missing from font"):
        draw(series(bundle, 3), chart_text("ja", bundle), None)


def test_without_a_japanese_font_japanese_readers_get_english_labels(
    bundle: PolicyBundle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(digest_files, "japanese_font", lambda: None)
    assert chart_language("ja") == "en"
    assert chart_text("en", bundle).names["verbal_abuse"] == "Verbal abuse"


def test_an_empty_series_still_draws(bundle: PolicyBundle) -> None:
    assert draw(CategorySeries(WEEKS, {}), chart_text("en", bundle), None).startswith(b"\x89PNG")
