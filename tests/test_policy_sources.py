"""The seed companies' policies against their own published texts, and what triage may cite from them.

The English of every seed-derived text is compared, sentence by sentence, with the company's
published English (policy_content/sources/*.en.txt); the Japanese that the file says is the
company's own is compared with the company's Japanese page (policy_content/sources/*.ja.txt).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from bot.config import DEFAULT_POLICY_DIR
from bot.policy.loader import load_bundle
from bot.policy.model import CATEGORY_IDS, CITED_NEVER, Policy, PolicyBundle
from bot.slack.blocks.triage import policy_blocks, triage_reply
from bot.slack.i18n import t
from bot.triage.engine import triage

SOURCES = Path(DEFAULT_POLICY_DIR) / "sources"
SEEDED = ("media_opus_plus", "prometric_japan")


def normalised(text: str) -> str:
    """NFKC, one kind of quote and apostrophe, no bullets, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "•": " "}))
    return re.sub(r"\s+", " ", text).strip()


def normalised_ja(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"(])", normalised(text)) if s]


def policy(name: str) -> Policy:
    return load_bundle(DEFAULT_POLICY_DIR, name).policy


def english_texts(p: Policy) -> list[tuple[str, str]]:
    texts = [("definition", p.definition.en), ("stance", p.stance.en), ("support", p.support.en)]
    return texts + [(clause.id, clause.text.en) for clause in p.clauses]


@pytest.mark.parametrize("name", SEEDED)
def test_every_seed_derived_english_sentence_is_the_companys_own(name: str) -> None:
    seed = normalised((SOURCES / f"{name}.en.txt").read_text(encoding="utf-8"))
    for where, text in english_texts(policy(name)):
        for sentence in sentences(text):
            # A sentence quoted without its leading connective ("Therefore, we define") starts upper-case.
            found = sentence in seed or sentence[:1].lower() + sentence[1:] in seed
            assert found, f"{name} {where}: not in the company's text: {sentence!r}"


def test_the_english_sources_are_the_seeds_as_given() -> None:
    seeds = Path("/work/shared/seeds")
    if not seeds.is_dir():
        pytest.skip("the shared seed folder is not on this machine")
    for name in SEEDED:
        given = (seeds / f"{name}_policy.txt").read_text(encoding="utf-8")
        assert normalised((SOURCES / f"{name}.en.txt").read_text(encoding="utf-8")) == normalised(given)


# The Japanese texts each file says are the company's own, exactly (clauses) or from its opening.
COMPANY_JA_CLAUSES = {
    "media_opus_plus": [f"MOP-{n:02d}" for n in range(1, 13)],
    "prometric_japan": [],
}
COMPANY_JA_OPENINGS = {
    ("media_opus_plus", "definition"): None,  # the whole text
    ("prometric_japan", "title"): None,
    ("prometric_japan", "definition"): "スタッフに対する受験者様からのクレーム・言動のう",
    ("prometric_japan", "support"): None,
}


@pytest.mark.parametrize("name", SEEDED)
def test_japanese_marked_as_the_companys_follows_its_own_page(name: str) -> None:
    page = normalised_ja((SOURCES / f"{name}.ja.txt").read_text(encoding="utf-8"))
    p = policy(name)
    for clause_id in COMPANY_JA_CLAUSES[name]:
        clause = p.clause(clause_id)
        assert clause is not None
        assert normalised_ja(clause.text.ja) in page, clause_id
    for (policy_name, field), until in COMPANY_JA_OPENINGS.items():
        if policy_name != name:
            continue
        text = normalised_ja(getattr(p, field).ja)
        if until is None:
            assert text.removesuffix("。") in page, field
        else:
            quoted = text[: text.index(normalised_ja(until)) + len(normalised_ja(until))]
            start = quoted[: len(quoted)]
            assert start in page or quoted.removeprefix("プロメトリックは、") in page, field


def test_media_opus_plus_keeps_the_companys_words() -> None:
    p = policy("media_opus_plus")
    every_ja = [p.definition.ja, p.stance.ja, p.support.ja, *(c.text.ja for c in p.clauses)]
    assert all("お客様" not in text for text in every_ja)  # the company writes お客さま
    assert "お客さま" in p.definition.ja
    assert "害されるもの" in p.definition.ja and "おそれ" not in p.definition.ja
    constraint = p.clause("MOP-04")
    assert constraint is not None and "居座り" in constraint.text.ja


def test_prometric_uses_its_own_terms_and_the_mhlw_type_names() -> None:
    p = policy("prometric_japan")
    summary = p.clause("PJ-01")
    assert summary is not None
    assert "権威的な要求" in summary.text.ja and "威圧的な要求" not in summary.text.ja
    every_ja = [p.definition.ja, p.stance.ja, *(c.text.ja for c in p.clauses)]
    assert all("お客様" not in text for text in every_ja)  # 受験者様 and スタッフ, as the company writes
    assert "受験者様" in p.definition.ja and "受験者様" in p.stance.ja


@pytest.mark.parametrize("name", SEEDED)
def test_consequences_are_the_companys_one_stance_not_per_clause(name: str) -> None:
    p = policy(name)
    assert all(clause.consequences == () for clause in p.clauses)
    assert p.stance.en and p.note.en and p.note.ja


@pytest.mark.parametrize("name", SEEDED)
def test_the_policy_view_marks_our_translation_and_shows_the_stance_once(name: str) -> None:
    bundle = load_bundle(DEFAULT_POLICY_DIR, name)
    for lang in ("en", "ja"):
        text = str(policy_blocks(bundle, lang))
        assert bundle.policy.note.get(lang) in text
        assert text.count(t("policy.stance", lang)) == 1
        assert t("policy.consequences", lang, consequences="").split("{")[0][:6] not in text


# --- what triage may cite -----------------------------------------------------------------------


def test_a_summary_is_cited_only_where_no_clause_names_the_category() -> None:
    p = policy("prometric_japan")
    for category in CATEGORY_IDS:
        cited = [c.id for c in p.clauses_for(category)]
        if "PJ-01" in cited:
            assert cited == ["PJ-01"], category
            others = [c for c in p.clauses if category in c.categories and c.id != "PJ-01" and c.cited != CITED_NEVER]
            assert others == [], category
    assert [c.id for c in p.clauses_for("verbal_abuse")] == ["PJ-02"]
    assert [c.id for c in p.clauses_for("language_nitpicking")] == ["PJ-01"]


def test_a_conditional_clause_is_never_cited_but_is_shown_with_its_condition() -> None:
    bundle = load_bundle(DEFAULT_POLICY_DIR, "prometric_japan")
    met = bundle.policy.clause("PJ-11")
    assert met is not None and met.cited == CITED_NEVER and met.condition.ja
    assert all("PJ-11" not in [c.id for c in bundle.policy.clauses_for(cat)] for cat in CATEGORY_IDS)
    assert "PJ-11" in str(policy_blocks(bundle, "en")) and met.condition.ja in str(policy_blocks(bundle, "ja"))


def _dev_texts() -> list[str]:
    import json

    path = Path(__file__).parent / "data" / "triage_dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row["text"] for row in rows if row.get("harassment")][::25]


@pytest.mark.parametrize("name", SEEDED)
def test_over_real_reports_no_summary_leads_and_no_conditional_clause_is_attached(name: str) -> None:
    bundle = load_bundle(DEFAULT_POLICY_DIR, name)
    texts = _dev_texts()
    assert len(texts) > 100
    for text in texts:
        result = triage(text, bundle)
        cited = [m.clause_id for m in result.clauses]
        assert "PJ-11" not in cited, text
        if cited and cited[0] == "PJ-01":
            first = result.clauses[0].categories
            assert all(not bundle.policy.clauses_for(c) or bundle.policy.clauses_for(c)[0].id == "PJ-01" for c in first)


# Each clause's categories, checked against its own words (why, in the comment).
MAPPINGS = {
    "MOP-01": {"physical_assault", "verbal_abuse", "threats_intimidation"},  # violence, threat, insult
    "MOP-02": {"threats_intimidation"},
    "MOP-03": {"coerced_apology"},  # kneeling
    "MOP-04": {"constraint_prolonged", "repetitive_demands"},  # refusal to leave, same explanation again
    "MOP-05": {"language_nitpicking"},
    "MOP-06": {"punishment_demands"},
    "MOP-07": {"out_of_hours_demands"},
    "MOP-08": {"trespass_noncompliance"},
    "MOP-09": {"unauthorized_recording"},
    "MOP-10": {"discrimination", "sexual_harassment"},  # the Japanese adds 性的な言動
    "MOP-11": {"verbal_abuse", "privacy_violation"},  # attacks on, and demands aimed at, one employee
    "MOP-12": {"online_defamation"},
    "MOP-13": {"privacy_violation"},  # posting personal information: not a demand for a name
    "MOP-14": {"unreasonable_demands", "coerced_apology"},  # apologies without justification
    "PJ-02": {"physical_assault", "verbal_abuse", "threats_intimidation"},
    "PJ-03": {"sexual_harassment", "discrimination"},
    "PJ-04": {"constraint_prolonged", "repetitive_demands"},
    "PJ-05": {"privacy_violation"},  # asks for the name, or posts it
    "PJ-06": {"unauthorized_recording"},
    "PJ-07": {"online_defamation"},  # damaging credibility
    "PJ-08": {"trespass_noncompliance"},
    "PJ-09": {"out_of_hours_demands"},  # face-to-face without reason
    "PJ-10": {"coerced_apology", "punishment_demands"},
}


@pytest.mark.parametrize(("clause_id", "categories"), sorted(MAPPINGS.items()))
def test_clause_mapping_matches_its_text(clause_id: str, categories: set[str]) -> None:
    name = "media_opus_plus" if clause_id.startswith("MOP") else "prometric_japan"
    clause = policy(name).clause(clause_id)
    assert clause is not None and set(clause.categories) == categories


@pytest.mark.parametrize(
    ("name", "text", "first_clause"),
    [
        ("media_opus_plus", "He demanded my full name and said he would find me", "MOP-11"),
        ("media_opus_plus", "客に名前を教えろと何度も要求された", "MOP-11"),
        ("prometric_japan", "He demanded my full name and said he would find me", "PJ-05"),
        ("media_opus_plus", "The customer called me an idiot for 40 minutes", "MOP-01"),
        ("prometric_japan", "The customer called me an idiot for 40 minutes", "PJ-02"),
    ],
)
def test_the_clause_cited_first_fits_the_incident(name: str, text: str, first_clause: str) -> None:
    bundle = load_bundle(DEFAULT_POLICY_DIR, name)
    result = triage(text, bundle)
    privacy = [m.clause_id for m in result.clauses if "privacy_violation" in m.categories]
    cited = privacy or [m.clause_id for m in result.clauses]
    assert cited[0] == first_clause


def _reply_text(bundle: PolicyBundle, text: str, lang: str) -> str:
    return str(triage_reply(triage(text, bundle), bundle, lang, draft=text))


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_stalking_names_the_stalker_regulation_act(lang: str) -> None:
    bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
    reply = _reply_text(bundle, "He keeps asking me out and phoned the shop ten times asking when my shift ends", lang)
    assert ("Stalker Regulation Act" if lang == "en" else "ストーカー規制法") in reply
    assert t("triage.laws", lang) in reply
    # Indecency is named only for touching, never as the penal-code line of a stalking report.
    assert t("triage.penal_code", lang, articles=t("triage.article", lang, number="176")) not in reply


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_reply_marks_the_handling_as_ours_and_quotes_the_stance(lang: str) -> None:
    bundle = load_bundle(DEFAULT_POLICY_DIR, "media_opus_plus")
    reply = _reply_text(bundle, "The customer called me an idiot for 40 minutes", lang)
    assert t("triage.handling_ours", lang) in reply
    assert bundle.policy.stance.get(lang) in reply
