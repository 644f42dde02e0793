"""The shipped taxonomy and policies, the loader's validation, fallback resolution and the check CLI."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_POLICY_DIR
from bot.policy.cli import check_command
from bot.policy.loader import (
    PolicyError,
    available_policies,
    check_files,
    clauses_for_category,
    file_label,
    load_bundle,
    load_policy,
    load_taxonomy,
)
from bot.policy.model import CATEGORY_IDS, LANGUAGES, Severity, Text

SHIPPED = ("general", "media_opus_plus", "prometric_japan")
CLAUSE_PREFIX = {"general": "GEN-", "media_opus_plus": "MOP-", "prometric_japan": "PJ-"}


# --- the shipped content ------------------------------------------------------------------------


def test_available_policies_lists_the_three_shipped() -> None:
    assert available_policies(DEFAULT_POLICY_DIR) == list(SHIPPED)


def test_every_shipped_file_passes_check() -> None:
    assert check_files(None, DEFAULT_POLICY_DIR) == []


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_policy_loads_with_both_languages(name: str) -> None:
    bundle = load_bundle(DEFAULT_POLICY_DIR, name)
    policy = bundle.policy
    assert policy.id == name
    assert policy.languages == ("en", "ja")
    for text in (policy.company, policy.title, policy.definition, policy.stance, policy.support):
        assert text.has("en") and text.has("ja")
    assert policy.clauses
    for clause in policy.clauses:
        assert clause.id.startswith(CLAUSE_PREFIX[name])
        assert clause.text.has("en") and clause.text.has("ja")
        assert clause.categories
        assert set(clause.consequences) <= set(policy.consequences)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_category_is_answered_by_each_policy(name: str) -> None:
    bundle = load_bundle(DEFAULT_POLICY_DIR, name)
    for category_id in CATEGORY_IDS:
        answering, clauses = clauses_for_category(bundle, category_id)
        assert clauses, f"{name} does not answer {category_id}"
        assert answering is bundle.policy, f"{name} answers {category_id} only by fallback"


def test_taxonomy_has_every_category_with_bilingual_guidance() -> None:
    taxonomy = load_taxonomy(DEFAULT_POLICY_DIR)
    assert tuple(c.id for c in taxonomy.categories) == CATEGORY_IDS
    for category in taxonomy.categories:
        assert 3 <= len(category.handling) <= 6, category.id
        texts: list[Text] = [category.title, category.definition, category.script, *category.handling]
        for text in texts:
            for language in LANGUAGES:
                assert text.has(language), f"{category.id}: {text.en!r} lacks {language}"


@pytest.mark.parametrize(
    ("category_id", "severity"),
    [
        ("physical_assault", Severity.CRITICAL),
        ("verbal_abuse", Severity.MEDIUM),
        ("threats_intimidation", Severity.HIGH),
        ("coerced_apology", Severity.HIGH),
        ("constraint_prolonged", Severity.MEDIUM),
        ("repetitive_demands", Severity.MEDIUM),
        ("punishment_demands", Severity.MEDIUM),
        ("language_nitpicking", Severity.LOW),
        ("out_of_hours_demands", Severity.MEDIUM),
        ("trespass_noncompliance", Severity.HIGH),
        ("unauthorized_recording", Severity.MEDIUM),
        ("discrimination", Severity.HIGH),
        ("sexual_harassment", Severity.HIGH),
        ("online_defamation", Severity.HIGH),
        ("privacy_violation", Severity.HIGH),
        ("unreasonable_demands", Severity.MEDIUM),
    ],
)
def test_default_severities_follow_the_domain_table(category_id: str, severity: Severity) -> None:
    assert load_taxonomy(DEFAULT_POLICY_DIR).category(category_id).default_severity is severity


@pytest.mark.parametrize(
    ("category_id", "articles"),
    [
        ("physical_assault", {"204", "208", "261"}),
        ("threats_intimidation", {"222", "223"}),
        ("verbal_abuse", {"230", "231"}),
        ("trespass_noncompliance", {"130"}),
        ("unreasonable_demands", {"249"}),
        ("repetitive_demands", {"233", "234"}),
    ],
)
def test_penal_code_articles(category_id: str, articles: set[str]) -> None:
    assert articles <= set(load_taxonomy(DEFAULT_POLICY_DIR).category(category_id).penal_code)


def test_scripts_and_police_guidance() -> None:
    taxonomy = load_taxonomy(DEFAULT_POLICY_DIR)
    call = taxonomy.category("constraint_prolonged").script
    assert call.en == "We are unable to continue this call. If this continues, I will end the call."
    assert call.ja == "これ以上このお電話を続けることはできません。このままでしたら、お電話を切らせていただきます。"
    for category_id in ("physical_assault", "threats_intimidation"):
        steps = taxonomy.category(category_id).handling
        assert any("110" in step.en and "110" in step.ja for step in steps[:2]), category_id


def test_consequence_vocabulary_and_legitimate_guidance() -> None:
    taxonomy = load_taxonomy(DEFAULT_POLICY_DIR)
    ids = {c.id for c in taxonomy.consequences}
    assert {"warning", "end_contact", "refuse_service", "refuse_test", "ban_from_premises"} <= ids
    assert {"police", "legal_action"} <= ids
    assert all(c.title.has("en") and c.title.has("ja") for c in taxonomy.consequences)
    assert len(taxonomy.legitimate) >= 3
    assert all(step.has("en") and step.has("ja") for step in taxonomy.legitimate)
    assert taxonomy.legitimate_script.has("en") and taxonomy.legitimate_script.has("ja")


def test_seed_policies_keep_their_companies_stance() -> None:
    taxonomy = load_taxonomy(DEFAULT_POLICY_DIR)
    mop = load_policy("media_opus_plus", DEFAULT_POLICY_DIR, taxonomy)
    prometric = load_policy("prometric_japan", DEFAULT_POLICY_DIR, taxonomy)
    assert set(mop.consequences) == {"refuse_service", "police", "legal_action"}
    assert "refuse_test" in prometric.consequences and "refuse_test" not in mop.consequences
    detention = prometric.clause("PJ-04")
    assert detention is not None
    assert {"constraint_prolonged", "repetitive_demands"} <= set(detention.categories)
    assert [c.id for c in mop.clauses_for("coerced_apology")] == ["MOP-03", "MOP-14"]


# --- broken files -------------------------------------------------------------------------------

VALID_POLICY = """\
version = "2026-01-01"
languages = ["en", "ja"]
consequences = ["warning", "police"]
fallback = "general"
company = { en = "Acme Co.", ja = "アクメ株式会社" }
title = { en = "Customer harassment policy", ja = "カスタマーハラスメント方針" }
definition = { en = "Harassment is ...", ja = "カスタマーハラスメントとは…" }
stance = { en = "We respond firmly.", ja = "毅然と対応します。" }
support = { en = "We care for staff.", ja = "従業員をケアします。" }

[[clause]]
id = "ACME-01"
categories = ["verbal_abuse"]
consequences = ["warning"]
text = { en = "Verbal abuse of staff", ja = "従業員への暴言" }

[[clause]]
id = "ACME-02"
categories = ["physical_assault", "threats_intimidation"]
consequences = ["police"]
text = { en = "Violence or threats", ja = "暴力や脅迫" }
"""


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    """A policy directory holding the shipped taxonomy and general policy."""
    root = tmp_path / "policy_content"
    (root / "policies").mkdir(parents=True)
    shutil.copy(DEFAULT_POLICY_DIR / "categories.toml", root / "categories.toml")
    shutil.copy(DEFAULT_POLICY_DIR / "policies" / "general.toml", root / "policies" / "general.toml")
    return root


def write_policy(policy_dir: Path, text: str, name: str = "acme") -> Path:
    path = policy_dir / "policies" / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(policy_dir: Path, text: str) -> list[str]:
    write_policy(policy_dir, text)
    taxonomy = load_taxonomy(policy_dir)
    with pytest.raises(PolicyError) as caught:
        load_policy("acme", policy_dir, taxonomy)
    assert str(caught.value) == "\n".join(caught.value.problems)
    return caught.value.problems


def test_a_valid_company_file_loads_without_code_changes(policy_dir: Path) -> None:
    write_policy(policy_dir, VALID_POLICY)
    assert available_policies(policy_dir) == ["acme", "general"]
    assert check_files(None, policy_dir) == []
    policy = load_bundle(policy_dir, "acme").policy
    assert [c.id for c in policy.clauses] == ["ACME-01", "ACME-02"]
    assert policy.fallback == "general"


@pytest.mark.parametrize(
    ("case", "old", "new", "expected"),
    [
        (
            "unknown category",
            '["verbal_abuse"]',
            '["verbal_abuses"]',
            "clause ACME-01: unknown category 'verbal_abuses'; did you mean 'verbal_abuse'?",
        ),
        ("duplicate id", 'id = "ACME-02"', 'id = "ACME-01"', "clause ACME-01: duplicate clause id"),
        (
            "missing ja text",
            'text = { en = "Verbal abuse of staff", ja = "従業員への暴言" }',
            'text = { en = "Verbal abuse of staff" }',
            "clause ACME-01: missing ja text for 'text'",
        ),
        (
            "empty ja text",
            'ja = "従業員への暴言"',
            'ja = "  "',
            "clause ACME-01: missing ja text for 'text'",
        ),
        (
            "covers nothing",
            'categories = ["verbal_abuse"]',
            "categories = []",
            "clause ACME-01: the clause covers no category",
        ),
        (
            "unknown consequence",
            'consequences = ["warning"]',
            'consequences = ["jail"]',
            "clause ACME-01: unknown consequence 'jail'",
        ),
        (
            "consequence the policy does not state",
            'consequences = ["warning"]',
            'consequences = ["legal_action"]',
            "clause ACME-01: consequence 'legal_action' is not among the policy's consequences",
        ),
        (
            "missing clause key",
            'text = { en = "Violence or threats", ja = "暴力や脅迫" }\n',
            "",
            "clause ACME-02: missing required key 'text'",
        ),
        ("missing policy key", 'version = "2026-01-01"\n', "", "acme.toml: missing required key 'version'"),
        (
            "missing policy-level ja text",
            'stance = { en = "We respond firmly.", ja = "毅然と対応します。" }',
            'stance = { en = "We respond firmly." }',
            "acme.toml: missing ja text for 'stance'",
        ),
        ("misspelt key", "consequences =", "consequnces =", "unknown key 'consequnces'; did you mean 'consequences'?"),
        ("unknown language", '["en", "ja"]', '["en", "fr"]', "unknown language 'fr'"),
        ("no english", '["en", "ja"]', '["ja"]', "'languages' must include 'en'"),
        ("fallback to a missing policy", '"general"', '"nope"', "fallback 'nope' names no policy"),
        ("fallback to itself", '"general"', '"acme"', "fallback names the policy itself"),
        ("wrong type", '["verbal_abuse"]', '"verbal_abuse"', "clause ACME-01: 'categories' must be a list of strings"),
    ],
)
def test_broken_policy_is_refused_naming_file_clause_and_problem(
    policy_dir: Path, case: str, old: str, new: str, expected: str
) -> None:
    assert old in VALID_POLICY, case
    problems = problems_of(policy_dir, VALID_POLICY.replace(old, new, 1))
    label = file_label(policy_dir / "policies" / "acme.toml", policy_dir)
    assert label.endswith("policy_content/policies/acme.toml")
    assert all(p.startswith(f"{label}: ") for p in problems), problems
    assert any(expected in p for p in problems), problems


def test_duplicate_id_message_is_exactly_file_clause_problem(policy_dir: Path) -> None:
    problems = problems_of(policy_dir, VALID_POLICY.replace('id = "ACME-02"', 'id = "ACME-01"'))
    assert problems == ["policy_content/policies/acme.toml: clause ACME-01: duplicate clause id"]


def test_several_problems_are_reported_together(policy_dir: Path) -> None:
    broken = VALID_POLICY.replace('["verbal_abuse"]', '["nope"]').replace('ja = "暴力や脅迫"', 'jp = "x"')
    problems = problems_of(policy_dir, broken)
    assert any("clause ACME-01: unknown category 'nope'" in p for p in problems)
    assert any("clause ACME-02: unknown language 'jp'" in p for p in problems)
    assert any("clause ACME-02: missing ja text" in p for p in problems)


def test_toml_syntax_error_gives_the_line(policy_dir: Path) -> None:
    problems = problems_of(policy_dir, VALID_POLICY.replace('id = "ACME-02"', 'id = "ACME-02'))
    assert len(problems) == 1
    assert problems[0].startswith("policy_content/policies/acme.toml: invalid TOML:")
    line = VALID_POLICY.splitlines().index('id = "ACME-02"') + 1
    assert re.search(rf"at line {line}, column \d+", problems[0]), problems[0]


def test_unknown_policy_name_lists_the_available_ones(policy_dir: Path) -> None:
    with pytest.raises(PolicyError, match=r"no such policy file .*available policies: general"):
        load_policy("nope", policy_dir, load_taxonomy(policy_dir))


# --- broken taxonomy ----------------------------------------------------------------------------


def break_taxonomy(policy_dir: Path, old: str, new: str) -> list[str]:
    path = policy_dir / "categories.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_taxonomy(policy_dir)
    return caught.value.problems


def test_taxonomy_with_unknown_and_missing_category_is_refused(policy_dir: Path) -> None:
    problems = break_taxonomy(policy_dir, 'id = "verbal_abuse"', 'id = "verbal_attack"')
    assert (
        "policy_content/categories.toml: category verbal_attack: unknown category id; did you mean 'verbal_abuse'?"
        in problems
    )
    assert "policy_content/categories.toml: missing categories: verbal_abuse" in problems


def test_taxonomy_with_unknown_severity_is_refused(policy_dir: Path) -> None:
    problems = break_taxonomy(policy_dir, 'default_severity = "low"', 'default_severity = "severe"')
    assert problems == [
        "policy_content/categories.toml: category language_nitpicking: unknown severity 'severe'; "
        "use low, medium, high or critical"
    ]


def test_taxonomy_with_missing_script_translation_is_refused(policy_dir: Path) -> None:
    problems = break_taxonomy(
        policy_dir,
        'script.ja = "これ以上このお電話を続けることはできません。このままでしたら、お電話を切らせていただきます。"\n',
        "",
    )
    assert problems == ["policy_content/categories.toml: category constraint_prolonged: missing ja text for 'script'"]


def test_taxonomy_with_duplicate_category_is_refused(policy_dir: Path) -> None:
    problems = break_taxonomy(policy_dir, 'id = "verbal_abuse"', 'id = "physical_assault"')
    assert "policy_content/categories.toml: category physical_assault: duplicate category id" in problems


def test_taxonomy_with_malformed_consequence_is_refused(policy_dir: Path) -> None:
    problems = break_taxonomy(policy_dir, 'id = "legal_action"', 'id = "Legal-Action"')
    assert problems == [
        "policy_content/categories.toml: consequence Legal-Action: consequence id must be lowercase letters, "
        "digits and '_'"
    ]


def test_taxonomy_toml_error_is_reported_with_its_line(policy_dir: Path) -> None:
    problems = break_taxonomy(policy_dir, "[[consequence]]", "[[consequence]")
    assert len(problems) == 1 and problems[0].startswith("policy_content/categories.toml: invalid TOML:")
    assert "line" in problems[0]


def test_policies_are_not_checked_against_a_broken_taxonomy(policy_dir: Path) -> None:
    break_taxonomy(policy_dir, 'default_severity = "low"', 'default_severity = "severe"')
    problems = check_files(None, policy_dir)
    assert any("unknown severity 'severe'" in p for p in problems)
    assert "policy_content/policies/general.toml: not checked: policy_content/categories.toml has problems" in problems


# --- fallback and caching -----------------------------------------------------------------------


def test_uncovered_categories_are_answered_by_the_fallback(policy_dir: Path) -> None:
    write_policy(policy_dir, VALID_POLICY)
    bundle = load_bundle(policy_dir, "acme")
    assert bundle.fallback is not None and bundle.fallback.id == "general"

    own, clauses = clauses_for_category(bundle, "verbal_abuse")
    assert own.id == "acme" and [c.id for c in clauses] == ["ACME-01"]

    borrowed, clauses = clauses_for_category(bundle, "sexual_harassment")
    assert borrowed.id == "general" and [c.id for c in clauses] == ["GEN-13"]


def test_without_fallback_an_uncovered_category_has_no_clauses(policy_dir: Path) -> None:
    write_policy(policy_dir, VALID_POLICY.replace('fallback = "general"\n', ""))
    bundle = load_bundle(policy_dir, "acme")
    assert bundle.fallback is None
    policy, clauses = clauses_for_category(bundle, "sexual_harassment")
    assert policy.id == "acme" and clauses == ()


def test_bundle_is_cached_until_a_file_changes(policy_dir: Path) -> None:
    path = write_policy(policy_dir, VALID_POLICY)
    first = load_bundle(policy_dir, "acme")
    assert load_bundle(policy_dir, "acme") is first

    path.write_text(VALID_POLICY.replace("2026-01-01", "2026-02-01"), encoding="utf-8")
    later = path.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(later, later))
    second = load_bundle(policy_dir, "acme")
    assert second is not first and second.policy.version == "2026-02-01"


# --- the check command --------------------------------------------------------------------------


def test_check_command_passes_on_shipped_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_command([], DEFAULT_POLICY_DIR) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "OK policy_content/categories.toml",
        "OK policy_content/policies/general.toml",
        "OK policy_content/policies/media_opus_plus.toml",
        "OK policy_content/policies/prometric_japan.toml",
    ]


def test_check_command_reports_problems_and_fails(policy_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_policy(policy_dir, VALID_POLICY.replace('id = "ACME-02"', 'id = "ACME-01"'))
    assert check_command(["general", str(policy_dir / "policies" / "acme.toml")], policy_dir) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == ["OK policy_content/policies/general.toml"]
    assert "policy_content/policies/acme.toml: clause ACME-01: duplicate clause id" in captured.err


def test_check_command_checks_a_file_outside_the_policy_dir(
    policy_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.toml"
    draft.write_text(VALID_POLICY, encoding="utf-8")
    assert check_command([str(draft)], policy_dir) == 0
    assert capsys.readouterr().out.strip() == f"OK {draft}"
