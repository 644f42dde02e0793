"""One vocabulary in the Japanese that users read: every JA string of the catalogue, the taxonomy
and the default policy, and what the Japanese demo shows, scanned for the words the product left.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import DEFAULT_POLICY_DIR, Settings
from bot.demo import run_demo
from bot.policy.loader import load_bundle
from bot.policy.model import Text
from bot.slack.i18n import MESSAGES

# word -> what to write instead
FORBIDDEN = {
    "上長": "責任者",
    "管理者": "責任者",
    "上司": "責任者",
    "エスカレーション": "責任者に知らせる",
    "クレーム": "正当なお申し出 (or お申し出)",
    "解決": "終了",
    "のほう": "(no filler)",
}
# The MHLW manual's legal definition says 「クレーム・言動」; quoted as the law's term, it stays.
QUOTED_TERMS = ("クレーム・言動",)


def offences(text: str) -> list[str]:
    for term in QUOTED_TERMS:
        text = text.replace(term, "")
    return [word for word in FORBIDDEN if word in text]


def taxonomy_and_default_policy() -> list[tuple[str, str]]:
    bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
    found: list[tuple[str, str]] = []

    def add(where: str, text: Text) -> None:
        found.append((where, text.ja))

    tax = bundle.taxonomy
    for category in tax.categories:
        for text in (category.title, category.definition, category.script, *category.handling, *category.laws):
            add(f"category {category.id}", text)
    for guidance in tax.safety:
        for text in (guidance.title, guidance.script, *guidance.handling):
            add(f"safety {guidance.kind}", text)
    for text in (*tax.legitimate, tax.legitimate_script, *(c.title for c in tax.consequences)):
        add("taxonomy", text)
    policy = bundle.policy
    for text in (policy.title, policy.definition, policy.stance, policy.support, *(c.text for c in policy.clauses)):
        add("general policy", text)
    return found


def test_the_catalogue_uses_one_vocabulary() -> None:
    bad = {key: offences(texts["ja"]) for key, texts in MESSAGES.items() if offences(texts.get("ja", ""))}
    assert bad == {}, {key: [f"{w} -> {FORBIDDEN[w]}" for w in words] for key, words in bad.items()}


def test_every_message_has_a_japanese_text() -> None:
    assert [key for key, texts in MESSAGES.items() if not texts.get("ja", "").strip()] == []


def test_the_taxonomy_and_default_policy_use_one_vocabulary() -> None:
    bad = [(where, text) for where, text in taxonomy_and_default_policy() if offences(text)]
    assert bad == []


@pytest.mark.parametrize("text", ["上長に報告", "エスカレーションする", "正当なクレーム", "解決済み", "ご用件のほうに"])
def test_the_scan_finds_each_word(text: str) -> None:
    assert offences(text)


def test_the_japanese_demo_shows_only_the_one_vocabulary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_demo(Settings(data_dir=tmp_path, language="ja")) == 0
    shown = [line for line in capsys.readouterr().out.splitlines() if "│" in line]
    assert shown
    assert [line for line in shown if offences(line)] == []
    # A script said aloud to a nitpicking customer has no 〜のほう filler either.
    assert not re.search("のほう", load_bundle(DEFAULT_POLICY_DIR, "general").taxonomy.category("language_nitpicking").script.ja)
