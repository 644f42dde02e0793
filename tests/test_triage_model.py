"""The statistical half of triage, its shipped files, and how the engine combines it with the cues."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import DEFAULT_POLICY_DIR
from bot.policy.loader import load_bundle
from bot.policy.model import CATEGORY_IDS, Severity
from bot.triage import cues, engine, genre, model, prefilter
from bot.triage.engine import triage
from bot.triage.text import normalise

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def bundle():
    return load_bundle(DEFAULT_POLICY_DIR, "general")


def load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_shipped_weights_are_trained_on_the_current_dev_set_and_lexicon():
    """`python -m bot model train` must have been run after the last change to the cues or the data."""
    shipped = model.load()
    assert shipped is not None
    cases = load("triage_dev.jsonl")
    fresh = engine.train(cases)
    assert fresh.classes == shipped.classes == ("_legitimate", *sorted(CATEGORY_IDS))
    assert fresh.heads == shipped.heads == {"demand": ("reasonable", "unclear", "unreasonable"), "manner": ("acceptable", "unacceptable")}
    assert set(fresh.rows) == set(shipped.rows)
    assert all(tuple(fresh.row(f)) == tuple(shipped.row(f)) for f in fresh.rows)
    reader = genre.train(cases)
    shipped_reader = genre._load()
    assert shipped_reader is not None and reader.classes == shipped_reader.classes
    assert all(tuple(reader.row(f)) == tuple(shipped_reader.row(f)) for f in reader.rows)


def test_shipped_cue_index_matches_the_lexicon():
    """Every cue is in the index with its openings; its requirement sets are the analysed ones
    less those holding a literal too common to gate anything (see `cues.write_index`)."""
    index = cues._read_index()
    sources = [(japanese, source) for japanese, _, _, source in cues._sources()]
    assert {source for _, source in sources} == set(index)
    for japanese, source in sources:
        openings, requirements = cues.analyse(source, japanese)
        saved_openings, saved_requirements = index[source]
        assert saved_openings == openings, source
        assert saved_requirements is None or set(saved_requirements) <= set(requirements or ()), source


def test_a_missing_cue_index_only_costs_time(monkeypatch, tmp_path):
    texts = [normalise(c["text"]) for c in load("triage_dev.jsonl")[::25]]
    texts.append(" ".join(texts[:30]))  # a long text of many sentences
    expected = [[(c.source, m.span()) for c, m in cues.matches(text)] for text in texts]
    monkeypatch.setattr(cues, "INDEX_FILE", tmp_path / "missing.json")
    cues.clear_caches()
    try:
        assert [[(c.source, m.span()) for c, m in cues.matches(text)] for text in texts] == expected
    finally:
        cues.clear_caches()


def test_every_cue_compiles():
    engine.warm_up()
    assert all(cue.regex.pattern == cue.source for cue in cues.compiled_cues())


def test_required_literals_are_in_every_match():
    texts = [normalise(c["text"]) for c in load("triage_dev.jsonl")[::8]]
    checked = 0
    for cue in cues.compiled_cues():
        for text in texts:
            for match in cue.regex.finditer(text):
                found = match.group(0)
                if cue.openings is not None:
                    assert found.startswith(cue.openings), (cue.source, found)
                for requirement in cue.requirements or ():
                    checked += 1
                    assert any(literal in found for literal in requirement), (cue.source, found)
    assert checked > 200


def test_a_justification_is_searched_only_in_texts_holding_its_required_literals():
    """`engine._apply_justified` skips the search when a required literal set has none in the text."""
    texts = [normalise(c["text"]) for c in load("triage_dev.jsonl")]
    checked = 0
    for _, regex, _, needs, _ in engine._justified_patterns():
        for text in texts:
            for match in regex.finditer(text):
                checked += 1
                assert all(any(literal in match.group(0) for literal in need) for need in needs), (regex.pattern[:60], match.group(0))
    assert checked > 100 and sum(bool(needs) for _, _, _, needs, _ in engine._justified_patterns()) >= 8


def test_english_cues_start_only_at_words():
    """The literal gate tries an English cue only where an opening begins a word (`cues._gate`):
    that holds because every English expression begins with `(?<!\\w)` outside any alternative."""
    english = [cue.source for cue in cues.compiled_cues() if not cue.japanese]
    assert english and all(prefilter.starts_at_words(source) for source in english)


def test_a_cue_searched_over_the_whole_text_needs_its_literals_anywhere_in_it():
    """A cue with neither openings nor requirements in the index is searched only in a text holding
    a literal of each set `prefilter.requirements` finds (`cues._gate`): every match holds one."""
    texts = [normalise(c["text"]) for c in load("triage_dev.jsonl")[::4]]
    anywhere = [cue for cue in cues.compiled_cues() if cue.openings is None and cue.requirements is None]
    checked = 0
    for cue in anywhere:
        needs = prefilter.requirements(cue.source) or ()
        for text in texts:
            for match in cue.regex.finditer(text):
                checked += 1
                assert all(any(literal in match.group(0) for literal in need) for need in needs), (cue.source, match.group(0))
    assert len(anywhere) >= 20 and checked > 100


def test_skipping_cues_by_their_literals_changes_no_result(monkeypatch):
    cases = load("triage_dev.jsonl")[::5]
    texts = [normalise(c["text"]) for c in cases]
    texts.append(normalise(" ".join(c["text"] for c in cases[:12])[:2000]))

    def reading(text: str) -> tuple:
        tallies, discounted = engine._lexicon(text)
        return {k: (t.raw(), [e.phrase for e in t.evidence]) for k, t in tallies.items()}, [e.phrase for e in discounted]

    with_gate = [reading(t) for t in texts]
    every_cue_everywhere = prefilter.LiteralGate([None] * len(cues.compiled_cues()))
    monkeypatch.setattr(cues, "_gate", lambda: every_cue_everywhere)
    assert [reading(t) for t in texts] == with_gate


def test_a_category_the_cues_find_clearly_always_counts(bundle):
    result = triage("土下座しろと言われ、殴られた", bundle)
    assert {"coerced_apology", "physical_assault"} <= set(result.category_ids)
    assert result.severity is Severity.CRITICAL


def test_possible_categories_complete_the_ranking_but_do_not_count(bundle):
    result = triage("The customer called me an idiot and kept shouting abuse at me for ten minutes", bundle)
    assert result.harassment and result.category_ids[0] == "verbal_abuse"
    assert len(result.ranked_ids) == engine.RANKED_CATEGORIES
    possible = {c.category for c in result.possible}
    assert possible and not possible & set(result.category_ids)
    assert not possible & {c for m in result.clauses for c in m.categories}
    assert result.severity is Severity.MEDIUM  # a merely possible physical_assault would make it critical
    data = result.to_dict()
    assert data["categories"] == list(result.ranked_ids)
    assert data["possible"] == [c.category for c in result.possible]
    assert set(data["scores"]) == set(result.ranked_ids)


def test_legitimate_complaints_list_no_categories(bundle):
    result = triage("The parcel arrived two weeks late and the box was crushed. I want a refund, please.", bundle)
    assert not result.harassment
    assert result.ranked_ids == () and result.to_dict()["categories"] == []


def test_without_weights_the_lexicon_decides_alone(bundle, monkeypatch):
    monkeypatch.setattr(model, "load", lambda: None)
    assault = triage("He punched me in the face and threw a chair at my colleague", bundle)
    assert assault.harassment and assault.category_ids[0] == "physical_assault"
    assert assault.possible == ()
    complaint = triage("The parcel arrived two weeks late and the box was crushed. I want a refund, please.", bundle)
    assert not complaint.harassment


def test_the_model_weighs_the_lexicon_and_explains_with_words():
    trained = model.load()
    assert trained is not None
    assert all(trained.row(model.LEXICON_PREFIX + cat) is not None for cat in CATEGORY_IDS)
    text = normalise("He kept ringing back every ten minutes asking the same question about his refund")
    with_cues = trained.assess(text, engine.lexicon_features(text))
    without = trained.assess(text, {})
    assert with_cues.scores != without.scores
    assert with_cues.known_features > without.known_features
    best = with_cues.ranked()[0]
    assert trained.explain(text, best)  # the n-grams behind the best class


def test_packed_rows_score_exactly_as_summing_the_rows(monkeypatch):
    """`ComplementNB.assess` sums a text's rows packed into integers: the same integer sums,
    so the same scores, as adding up each column (what it does when a row cannot be packed)."""
    assert model._unpack(sum(filter(None, (model._pack((-3, 4)), model._pack((2, -9))))), 2) == ([-1, -5], 2)
    assert model._pack((1 << 20, 0)) is None  # too large to pack: the columns are summed instead
    opinion = model.load()
    assert opinion is not None
    cases = load("triage_dev.jsonl")[::6]
    texts = [normalise(c["text"]) for c in cases] + [normalise(" ".join(c["text"] for c in cases[:15]))]
    readings = [(text, engine.lexicon_features(text)) for text in texts]
    packed = [opinion.assess(text, lexicon) for text, lexicon in readings]
    unpacked_model = model.ComplementNB(opinion.classes, opinion.rows, opinion.heads)
    monkeypatch.setattr(model, "_pack", lambda row: None)
    unpacked = [unpacked_model.assess(text, lexicon) for text, lexicon in readings]
    assert packed == unpacked


def test_training_is_deterministic():
    cases = load("triage_dev.jsonl")[:300]
    first = model.train(cases, engine.lexicon_features)
    second = model.train(list(reversed(cases)), engine.lexicon_features)
    assert first.rows == second.rows


@pytest.mark.parametrize("name", ["triage_holdout.jsonl", "triage_holdout2.jsonl"])
def test_training_refuses_the_held_out_cases(name):
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "model", "train", "--data", str(DATA / name)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "held-out" in proc.stderr


def test_held_out_cases_share_no_text_with_the_dev_cases():
    dev = {normalise(c["text"]) for c in load("triage_dev.jsonl")}
    for name in ("triage_holdout.jsonl", "triage_holdout2.jsonl"):
        held = {normalise(c["text"]) for c in load(name)}
        assert not dev & held, name


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("He punched me", "physical_assault"),
        ("She bit me", "physical_assault"),
        ("Kill you", "threats_intimidation"),
        ("殺すぞ", "threats_intimidation"),
        ("ぶっ殺す", "threats_intimidation"),
    ],
)
def test_texts_too_short_for_the_model_are_decided_by_the_cues(bundle, text, category):
    result = triage(text, bundle)
    assert result.harassment and result.category_ids[0] == category
    assert result.severity is Severity.CRITICAL


def test_a_japanese_name_does_not_make_an_english_complaint_harassment(bundle):
    base = "The kettle I bought last week leaks from the base. I want a replacement or a refund, please."
    for text in (base, base + " (customer: 田中様)", base + " 田中"):
        result = triage(text, bundle)
        assert not result.harassment, text


def test_jsonl_keeps_answering_after_a_lone_surrogate():
    lines = '{"id": "\\ud800", "text": "hi"}\n{"id": 2, "text": "He punched me"}\n'
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "triage", "--jsonl"],
        input=lines.encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in out] == ["\ud800", 2]
    assert out[1]["harassment"] is True


def test_malformed_shipped_files_degrade_with_a_log_not_an_error(bundle, monkeypatch, tmp_path, caplog):
    index = tmp_path / "cue_index.json"
    index.write_text('{"x": null, "y": [1, 2]}', encoding="utf-8")
    monkeypatch.setattr(cues, "INDEX_FILE", index)
    cues.clear_caches()
    weights = tmp_path / "weights.json"
    weights.write_text("{not json", encoding="utf-8")
    broken = model.load.__wrapped__(weights)
    assert broken is None and "cannot be used" in caplog.text
    try:
        assert triage("He punched me in the face", bundle).category_ids[0] == "physical_assault"
    finally:
        cues.clear_caches()
    short_row = model.ComplementNB(("a", "b"), {"word": "1"})
    assert short_row.row("word") is None and "malformed" in caplog.text


# --- a call or chat log: the model reads the customer ---------------------------------------------


def test_a_log_without_staff_turns_keeps_the_customer_and_the_text_around_it() -> None:
    from bot.triage.safety import without_staff_turns

    text = normalise("通話記録\n客：ふざけんな、土下座しろ。\nオペレーター：大変申し訳ございません。\n客：謝って済むか")
    cut = without_staff_turns(text)
    assert "土下座しろ" in cut and "謝って済むか" in cut and "通話記録" in cut
    assert "申し訳ございません" not in cut
    english = normalise("Customer: you are useless.\nAgent: I am so sorry, I understand.\nCustomer: Sorry does not cut it.")
    assert "so sorry" not in without_staff_turns(english) and "useless" in without_staff_turns(english)


@pytest.mark.parametrize(
    "text",
    [
        "The caller said he was sorry and asked for a refund. Time: 10:30",  # one label, no sides
        "客：商品が届きません。\n客：まだですか。",  # only the customer speaks
        "担当：確認します。\n係員：承知しました。",  # only staff speak
        "会議は10:30から11:00まで。",  # clock times are not labels
    ],
)
def test_text_that_is_not_a_two_sided_log_is_unchanged(text: str) -> None:
    from bot.triage.safety import without_staff_turns

    assert without_staff_turns(normalise(text)) == normalise(text)


def test_the_model_reads_a_japanese_log_without_the_staff_turns_and_an_english_one_whole() -> None:
    japanese = normalise("客：ふざけんな、土下座しろ。\nオペレーター：大変申し訳ございません。")
    assert not any("申し訳" in gram for gram in model.text_features(japanese))
    assert any("土下座" in gram for gram in model.text_features(japanese))
    english = normalise("Customer: you are useless.\nAgent: I am so sorry, I understand.")
    assert "sorry" in model.text_features(english)
