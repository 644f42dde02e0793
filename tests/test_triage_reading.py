"""The two-axis reading, the calibrated confidence and the close-call reply, the genre reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.config import DEFAULT_POLICY_DIR
from bot.policy.loader import load_bundle
from bot.policy.model import CATEGORY_IDS, PolicyBundle
from bot.slack import blocks
from bot.slack.i18n import t
from bot.triage import axes, confidence, genre
from bot.triage.axes import Verdict
from bot.triage.engine import triage

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def bundle() -> PolicyBundle:
    return load_bundle(DEFAULT_POLICY_DIR, "general")


def no_head(_head: str, _verdict: str) -> list[str]:
    return []


# --- the axes, from categories and heads (pure) --------------------------------------------------


def test_every_category_belongs_to_an_axis() -> None:
    assert set(CATEGORY_IDS) == axes.DEMAND_CATEGORIES | axes.MANNER_CATEGORIES


@pytest.mark.parametrize(
    ("counted", "complaint", "demand_head", "manner_head", "demand", "manner"),
    [
        # a kneeling demand: both axes beyond the line, from the categories' phrases
        ([("coerced_apology", ["kneel"])], [], {}, {}, Verdict.UNREASONABLE, Verdict.UNACCEPTABLE),
        # abuse over a real fault: the demand may be fine, the manner is not
        ([("verbal_abuse", ["idiot"])], [], {"reasonable": 0.8, "unclear": 0.1, "unreasonable": 0.1}, {},
         Verdict.REASONABLE, Verdict.UNACCEPTABLE),
        # a polite but outrageous demand: unreasonable, acceptable manner
        ([("unreasonable_demands", ["free for life"])], [], {}, {"acceptable": 0.9, "unacceptable": 0.1},
         Verdict.UNREASONABLE, Verdict.ACCEPTABLE),
        # a legitimate complaint: complaint words show the demand; nothing beyond the line
        ([], ["refund", "broken"], {"reasonable": 0.7, "unclear": 0.2, "unreasonable": 0.1}, {"acceptable": 0.8, "unacceptable": 0.2},
         Verdict.REASONABLE, Verdict.ACCEPTABLE),
        # no category, but the words lean to an unreasonable demand and a bad manner: doubts, not findings
        ([], [], {"reasonable": 0.1, "unclear": 0.1, "unreasonable": 0.8}, {"acceptable": 0.2, "unacceptable": 0.8},
         Verdict.UNCLEAR, Verdict.UNCLEAR),
        # nothing at all to go on
        ([], [], {}, {}, Verdict.UNCLEAR, Verdict.ACCEPTABLE),
    ],
)
def test_axes_read(counted, complaint, demand_head, manner_head, demand, manner) -> None:
    reading = axes.read(counted, complaint, demand_head, manner_head, no_head)
    assert (reading.demand.verdict, reading.manner.verdict) == (demand, manner)
    assert reading.harassment == (demand.beyond_the_line or manner.beyond_the_line)


def test_axis_evidence_is_the_categories_phrases_without_repeats() -> None:
    reading = axes.read(
        [("sexual_harassment", ["wait for her after work", "wait for her after"]), ("verbal_abuse", ["stupid"])],
        [], {}, {}, no_head,
    )
    assert reading.manner.evidence == ("wait for her after work", "stupid")
    assert reading.manner.source == "categories"


def test_training_labels_follow_the_axes_or_the_categories() -> None:
    labelled = {"text": "x", "harassment": True, "categories": ["verbal_abuse"], "axes": {"demand": "reasonable", "manner": "unacceptable"}}
    inferred = {"text": "x", "harassment": True, "categories": ["unreasonable_demands"]}
    legit = {"text": "x", "harassment": False, "categories": []}
    assert axes.demand_label(labelled) == ["reasonable"] and axes.manner_label(labelled) == ["unacceptable"]
    assert axes.demand_label(inferred) == ["unreasonable"] and axes.manner_label(inferred) == ["acceptable"]
    assert axes.demand_label(legit) == ["reasonable"] and axes.manner_label(legit) == ["acceptable"]
    assert axes.manner_label({**labelled, "axes": {"demand": "unclear", "manner": "unclear"}}) == []


# --- the axes through the engine ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "demand", "manner"),
    [
        ("She asked politely for a refund because her exam was cancelled by us.", Verdict.REASONABLE, Verdict.ACCEPTABLE),
        ("He demanded I get down on my knees and apologise, screaming that I was useless.", Verdict.UNREASONABLE, Verdict.UNACCEPTABLE),
        ("届いた商品が壊れていたので、交換してほしいとのご連絡でした。", Verdict.REASONABLE, Verdict.ACCEPTABLE),
        ("土下座しろと怒鳴られ、馬鹿と罵られた。", Verdict.UNREASONABLE, Verdict.UNACCEPTABLE),
    ],
)
def test_engine_reads_both_axes(bundle: PolicyBundle, text: str, demand: Verdict, manner: Verdict) -> None:
    result = triage(text, bundle)
    assert result.axes is not None
    assert (result.axes.demand.verdict, result.axes.manner.verdict) == (demand, manner)
    beyond = [r for r in (result.axes.demand, result.axes.manner) if r.verdict.beyond_the_line]
    assert all(r.evidence for r in beyond), "a verdict beyond the line shows its words"


def test_result_json_keeps_its_fields_and_adds_the_new_ones(bundle: PolicyBundle) -> None:
    data = triage("He threatened to kill me", bundle).to_dict()
    old = {"harassment", "categories", "possible", "scores", "severity", "clauses", "evidence", "language", "policy", "truncated", "safety"}
    assert old <= set(data)
    assert {"axes", "confidence", "unsure", "genre", "reporter", "alternatives"} <= set(data)
    assert set(data["axes"]) == {"demand", "manner"}
    assert {"verdict", "evidence", "source"} == set(data["axes"]["manner"])
    assert data["confidence"] == 1.0 and data["unsure"] is False  # the safety floor leaves no doubt
    json.dumps(data)


# --- confidence --------------------------------------------------------------------------------


def test_isotonic_fit_is_monotone_and_shrinks_small_blocks() -> None:
    points = [(-3.0, False)] * 30 + [(-1.0, False)] * 8 + [(-1.0, True)] * 2 + [(0.5, True)] * 5 + [(0.5, False)] * 5 + [(2.0, True)] * 40
    xs, ps = confidence.fit(points)
    assert list(xs) == sorted(xs) and list(ps) == sorted(ps)
    assert 0 < ps[0] < 0.05 and 0.95 < ps[-1] < 1
    assert confidence.probability("nowhere", 0.0) == 0.5  # an unknown route: the plain curve's middle


def test_shipped_calibration_is_monotone_for_every_route() -> None:
    curves = confidence._curves()
    assert {confidence.ROUTE_MODEL_EN, confidence.ROUTE_MODEL_JA} <= set(curves) <= set(confidence.ROUTES)
    for xs, ps in curves.values():
        assert list(xs) == sorted(xs) and list(ps) == sorted(ps) and 0 <= ps[0] <= ps[-1] <= 1


def test_confidence_of_a_call_is_the_side_it_took() -> None:
    assert confidence.of_call(True, 0.8) == 0.8
    assert confidence.of_call(False, 0.8) == pytest.approx(0.2)


def test_a_broken_calibration_file_falls_back_to_the_plain_curve(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "calibration.json"
    broken.write_text('{"model_en": {"scores": [1, 0], "p": [0.1, 0.9]}}', encoding="utf-8")
    assert confidence._curves.__wrapped__(broken) == {}
    assert "cannot be used" in caplog.text


# --- the close-call reply ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_unsure_reply_shows_both_readings_and_the_two_questions(bundle: PolicyBundle, lang: str) -> None:
    base = triage("The customer raised his voice twice and asked for the manager after we lost his parcel again.", bundle)
    from dataclasses import replace

    from bot.triage.result import CategoryScore

    legit = replace(base, harassment=False, categories=(), possible=(), clauses=(), confidence=0.62, unsure=True,
                    alternatives=(CategoryScore("verbal_abuse", 0.4, ()),))
    reply = blocks.triage_reply(legit, bundle, lang, draft="{}")
    text = json.dumps(reply, ensure_ascii=False)
    assert t("triage.unsure", lang, percent=62) in text
    assert bundle.taxonomy.category("verbal_abuse").title.get(lang) in text  # the other reading, named
    assert t("triage.unsure.as_legitimate", lang).split("*")[1] in text
    questions = t("triage.unsure.questions", lang).split("\n")
    assert all(json.dumps(line, ensure_ascii=False)[1:-1] in text for line in questions)
    sure = blocks.triage_reply(replace(legit, unsure=False, confidence=0.95), bundle, lang, draft="{}")
    assert t("triage.unsure", lang, percent=95) not in json.dumps(sure, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_reply_shows_one_line_per_axis(bundle: PolicyBundle, lang: str) -> None:
    result = triage("She asked politely for a refund because her exam was cancelled by us.", bundle)
    text = json.dumps(blocks.triage_reply(result, bundle, lang, draft="{}"), ensure_ascii=False)
    assert t("triage.manner.acceptable", lang) in text
    assert t("triage.demand.reasonable", lang, evidence="").rstrip("。.") in text
    assert t("triage.axes.legitimate", lang) in text


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_colleague_reporting_gets_steps_for_their_role(bundle: PolicyBundle, lang: str) -> None:
    from dataclasses import replace

    result = replace(triage("The customer called my colleague a useless idiot for ten minutes.", bundle), reporter="on_behalf")
    text = json.dumps(blocks.triage_reply(result, bundle, lang, draft="{}"), ensure_ascii=False)
    assert json.dumps(t("triage.role.on_behalf", lang), ensure_ascii=False)[1:-1] in text
    forwarded = replace(result, reporter="forwarded")
    text = json.dumps(blocks.triage_reply(forwarded, bundle, lang, draft="{}"), ensure_ascii=False)
    assert json.dumps(t("triage.role.forwarded", lang), ensure_ascii=False)[1:-1] in text


# --- the genre reader --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agent: Thank you for calling, how can I help?\nCaller: My bill is wrong again.\nAgent: Let me check.", "transcript"),
        ("Dear Sir or Madam,\n\nI am writing to complain about my order, which arrived broken.\n\nKind regards,\nTom", "customer_message"),
        ("Case 12: A customer demanded that the staff member kneel. The store refused and called the police.", "guidance_case"),
        ("【事例5】お客様が窓口で職員に土下座を求めた。施設は要求を断り、対応を記録した。", "guidance_case"),
    ],
)
def test_genre_reader(text: str, expected: str) -> None:
    assert genre.infer(text)[0] == expected


def test_every_labelled_case_has_a_genre() -> None:
    splits = [DATA / "triage_dev.jsonl", DATA / "triage_holdout.jsonl", DATA / "triage_holdout2.jsonl"]
    for path in [*splits, *sorted((DATA / "genre_holdout").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            assert case["genre"] in genre.GENRES, (path.name, case["id"])
    assert len(list((DATA / "genre_holdout").glob("*.jsonl"))) == 10
