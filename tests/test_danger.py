"""The danger reader: a learned net under the safety floor that only adds caution."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import DEFAULT_POLICY_DIR
from bot.policy.loader import load_bundle
from bot.policy.model import PolicyBundle, Severity
from bot.slack import blocks
from bot.slack.i18n import t
from bot.triage import danger, training
from bot.triage.engine import triage
from bot.triage.text import normalise

DATA = Path(__file__).parent / "data"

# Dangers in words the floor's phrases do not name (checked below: the floor is silent on them).
UNNAMED = [
    "Customer said next time he comes in he won't be the one leaving in an ambulance.",
    "「次来るときはお前が救急車で運ばれる番や」と言われました。",
]
FAIR = [
    "I want a refund for the knife set, one of the knives arrived with a broken handle.",
    "The heater you installed caught fire in our living room last night. I need someone out today.",
    "購入した包丁セットの柄が割れていたので交換をお願いします。",
    "設置してもらったストーブから火が出ました。すぐに点検に来てください。",
]


@pytest.fixture(scope="module")
def bundle() -> PolicyBundle:
    return load_bundle(DEFAULT_POLICY_DIR, "general")


@pytest.mark.parametrize("text", UNNAMED)
def test_a_danger_the_floor_does_not_name_leads_with_the_check(text: str, bundle: PolicyBundle) -> None:
    result = triage(text, bundle)
    assert result.safety is None  # the floor is silent: this is the reader's catch
    assert result.danger is not None and result.danger.check and result.safety_check
    assert result.danger.passages and result.danger.passages[0] in text  # quoted as written
    assert result.to_dict()["danger"]["check"] is True
    reply = blocks.triage_reply(result, bundle, "en", draft="{}")
    first = next(b for b in reply if b.get("type") == "section")["text"]["text"]
    # The banner when the reading turned critical, the check otherwise: safety first either way.
    assert first == t("triage.safety", "en") if result.severity is Severity.CRITICAL else first.startswith(":warning:")


@pytest.mark.parametrize("text", FAIR)
def test_a_fair_complaint_with_danger_words_gets_no_check(text: str, bundle: PolicyBundle) -> None:
    result = triage(text, bundle)
    assert not result.harassment and not result.safety_check
    assert result.danger is not None and not result.danger.check and result.danger.passages == ()


def test_the_reader_never_speaks_where_the_floor_decided(bundle: PolicyBundle) -> None:
    result = triage("He has a gun", bundle)
    assert result.safety is not None and result.danger is None and not result.safety_check
    assert result.to_dict()["danger"] is None


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_legitimate_reading_with_the_readers_check_keeps_its_reading(lang: str, bundle: PolicyBundle) -> None:
    reader = danger.load()
    assert reader is not None
    text = "The exam was cancelled and I would like a refund, please."
    result = triage(text, bundle)
    assert not result.harassment and result.danger is not None and not result.danger.check
    # The same complaint, as the reader would flag it: the check comes first, the reading stays.
    flagged = danger.DangerReading(reader.check_at, True, False, ("The exam was cancelled",))
    shown = blocks.triage_reply(replace(result, danger=flagged, safety_check=True), bundle, lang, draft="{}")
    first = shown[0]["text"]["text"]
    assert first.startswith(":warning:") and "The exam was cancelled" in first
    assert t("triage.legitimate_header", lang) in shown[1]["text"]["text"]
    # A quoted passage is the user's own text: escaped, it pings nobody and breaks no markup.
    hostile = danger.DangerReading(reader.check_at, True, False, ("<!channel> *he* <https://x.example|waits> `outside`",))
    shown = blocks.triage_reply(replace(result, danger=hostile, safety_check=True), bundle, lang, draft="{}")
    assert "<!channel>" not in shown[0]["text"]["text"] and "&lt;!channel&gt;" in shown[0]["text"]["text"]
    assert "<https://" not in json.dumps(shown)


def test_a_strong_reading_makes_harassment_critical_but_never_a_complaint_harassment(
    monkeypatch: pytest.MonkeyPatch, bundle: PolicyBundle
) -> None:
    # The shipped reader: the plainer English wording reads strong, and is critical.
    result = triage(UNNAMED[0], bundle)
    assert result.danger is not None and result.danger.strong
    assert result.harassment and result.severity is Severity.CRITICAL
    # The rule itself, whatever the weights: a reader whose strong threshold every text passes
    # makes harassment critical, and leaves a fair complaint a fair complaint.
    shipped = danger.load()
    assert shipped is not None
    eager = replace(shipped, strong_at=-math.inf, stretch_strong_at=-math.inf)
    monkeypatch.setattr(danger, "load", lambda *_args, **_kwargs: eager)
    for text in UNNAMED:
        result = triage(text, bundle)
        assert result.danger is not None and result.danger.strong
        assert result.harassment and result.severity is Severity.CRITICAL
    for text in FAIR:
        result = triage(text, bundle)
        assert not result.harassment and result.severity is not Severity.CRITICAL


def test_without_its_weights_the_floor_works_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture, bundle: PolicyBundle
) -> None:
    assert danger.load(tmp_path / "missing.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text('{"kind": "danger_logistic", "bias": "x"}', encoding="utf-8")
    assert danger.load(broken) is None
    assert "cannot be used" in caplog.text
    monkeypatch.setattr(danger, "load", lambda *_args: None)
    assert triage("He has a gun", bundle).severity is Severity.CRITICAL
    alone = triage(UNNAMED[0], bundle)
    assert alone.danger is None and alone.to_dict()["danger"] is None


def test_the_shipped_reader_rarely_checks_a_legitimate_complaint(bundle: PolicyBundle) -> None:
    # Its threshold is set so that 1 % of legitimate complaints scored out of fold reach it; the
    # genre held-out sets' legitimate complaints were never trained on (measured: 0 of 524).
    reader = danger.load()
    assert reader is not None
    legitimate = [
        json.loads(line)["text"]
        for path in [*sorted((DATA / "genre_holdout").glob("*.jsonl")), DATA / "triage_holdout.jsonl", DATA / "triage_holdout2.jsonl"]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not json.loads(line)["harassment"]
    ]
    assert len(legitimate) >= 500
    checked = sum(reader.read(normalise(text)).check for text in legitimate)
    assert checked <= 3


def test_one_dangerous_sentence_in_a_long_account_is_read_in_its_stretch() -> None:
    # A reader that knows one word: the whole text's score is diluted by twenty ordinary sentences,
    # the stretch of three sentences around the word is not.
    reader = danger.DangerReader({"machete": 8.0}, -2.0, 0.0, 9.0, stretch_check_at=-1.0, stretch_strong_at=9.0)
    ordinary = [f"Then customer number {n} asked about parcel {n} and the tracking page for order {n * 7}." for n in range(20)]
    text = " ".join([*ordinary[:12], "He showed me a machete under his coat.", *ordinary[12:]])
    normalised = normalise(text)
    assert reader.score(danger.features(normalised)) < reader.check_at  # diluted
    sentences = danger.split(normalised)
    assert len(sentences) == 21
    best = reader.best_stretch(sentences)
    assert best is not None and best.at in (10, 11, 12)  # a stretch that holds the machete
    reading = reader.read(normalised, text)
    assert reading.check and not reading.strong and reading.stretch is not None and reading.stretch >= -1.0
    assert reading.passages == ("He showed me a machete under his coat.",)
    assert reading.to_dict()["stretch"] == reading.stretch
    # Without the word, no stretch reaches the check; a reader without stretch thresholds reads the whole.
    assert not reader.read(normalise(" ".join(ordinary))).check
    assert not replace(reader, stretch_check_at=math.inf).read(normalised).check
    # A text of WINDOW sentences or fewer is one stretch, read whole: no stretch score of its own.
    short = reader.read(normalise("He showed me a machete. I left."))
    assert short.check and short.stretch is None and reader.best_stretch(danger.split(normalise("One. Two. Three."))) is None


# A long counter account: ten ordinary sentences and, at the start or in the middle, an unnamed threat.
LONG_ACCOUNT = {
    "en": (
        [
            "I was on the parcel counter from nine until two.",
            "A man came in at ten to collect a parcel that had gone back to the depot.",
            "I explained that nobody had signed for it and that he could book a new delivery online.",
            "He said he had taken the day off for it and asked for a manager.",
            "My manager explained the same thing and printed the tracking page for him.",
            "He filled in the redelivery form at the counter and paid for the next-day option.",
            "The queue behind him was quite long by then, so Priya opened the second window.",
            "We also had the card reader drop out twice before lunch, which IT fixed remotely.",
            "The rest of the morning was the usual pension collections and passport checks.",
            "I have logged the parcel number in the returns book for tomorrow's shift.",
        ],
        "On his way out he said next time he comes in he won't be the one leaving in an ambulance.",
    ),
    "ja": (
        [
            "今日は午前中、郵便局の窓口を担当しました。",
            "十時ごろ男性のお客様が不在票を持って来られました。",
            "荷物はすでに差出人に戻っていたため、その旨をお伝えしました。",
            "お客様は仕事を休んで来たのにと不満そうでした。",
            "局長が代わって同じ内容をご説明しました。",
            "お客様は再配達の用紙に記入されました。",
            "その後は年金の受け取りの方が続き、列が長くなりました。",
            "昼前にはカードの読み取り機が二回止まりました。",
            "システム担当が遠隔で直してくれました。",
            "返送の件は明日の担当に引き継ぎます。",
        ],
        "帰り際に「次来るときはお前が救急車で運ばれる番や」と言われました。",
    ),
}


@pytest.mark.parametrize("at", [0, 5])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_an_unnamed_threat_inside_a_long_account_leads_with_the_check(lang: str, at: int, bundle: PolicyBundle) -> None:
    reader = danger.load()
    assert reader is not None
    ordinary, threat = LONG_ACCOUNT[lang]
    glue = " " if lang == "en" else ""
    result = triage(glue.join([*ordinary[:at], threat, *ordinary[at:]]), bundle)
    assert result.safety is None and result.safety_check and result.danger is not None
    # Its best stretch reaches the check by itself (here the whole text's score does too).
    assert result.danger.stretch is not None and result.danger.stretch >= reader.stretch_check_at
    assert result.danger.passages == (threat,)
    calm = triage(glue.join(ordinary), bundle)
    assert not calm.safety_check and calm.danger is not None and not calm.danger.check


def test_a_stretch_scores_as_its_sentences_together_would(bundle: PolicyBundle) -> None:
    reader = danger.load()
    assert reader is not None
    for lang, (ordinary, threat) in LONG_ACCOUNT.items():
        sentences = danger.split(normalise((" " if lang == "en" else "").join([*ordinary, threat])))
        best = reader.best_stretch(sentences)
        assert best is not None
        unions = [
            frozenset().union(*(s.grams for s in sentences[at : at + danger.WINDOW]))
            for at in range(len(sentences) - danger.WINDOW + 1)
        ]
        assert best.score == max(map(reader.score, unions)) and best.grams == unions[best.at]


def test_a_stretch_far_into_a_long_text_is_the_one_quoted(bundle: PolicyBundle) -> None:
    # Past the first 4,000 characters: the check comes from the stretch, and so does the quote.
    ordinary, threat = LONG_ACCOUNT["en"]
    shifts = [f"Shift {n}: " + " ".join(ordinary) for n in range(6)]
    text = " ".join([*shifts, "Later that day a man came back to the counter.", threat, *ordinary[:3]])
    assert text.index(threat) > 4000
    result = triage(text, bundle)
    assert result.danger is not None and result.danger.check
    assert result.danger.passages == (threat,)


def test_turns_and_paragraphs_without_full_stops_still_make_stretches() -> None:
    # A Japanese chat log whose turns have no 。: each customer turn is a sentence of its own.
    log = "\n".join(f"客:{n}回目の連絡です 返金の件どうなってますか" if n % 2 else f"店員:確認いたします {n}" for n in range(12))
    assert len(danger.split(normalise(log))) >= 6
    # A paragraph with no full stop at all is read in pieces of SENTENCE_CHARS.
    paragraph = " ".join(["the parcel went back to the depot and nobody told me"] * 30)
    assert len(danger.split(normalise(paragraph))) >= len(paragraph) // danger.SENTENCE_CHARS


def test_a_weights_file_with_a_strong_threshold_below_its_check_is_refused(tmp_path: Path) -> None:
    shipped = danger.load()
    assert shipped is not None
    reversed_file = tmp_path / "reversed.json"
    danger.save(replace(shipped, stretch_strong_at=shipped.stretch_check_at - 1), reversed_file)
    assert danger.load(reversed_file) is None


def test_training_is_deterministic_and_separates_the_two_sides() -> None:
    texts = [
        ("He pulled a knife on me at the counter", True),
        ("He said he would stab the pharmacist", True),
        ("The customer waved a blade and threatened to cut me", True),
        ("I would like a refund for the broken kettle", False),
        ("Please send me a written explanation of the charge", False),
        ("The delivery was late and the box was damaged", False),
    ] * 3
    examples = [
        danger.Example(
            danger.features(normalise(text)),
            harmful,
            f"w{i % 3}",
            innocent=not harmful,
            legitimate=not harmful,
            sentences=danger.split(normalise(text)),
        )
        for i, (text, harmful) in enumerate(texts)
    ]
    first, second = danger.fit(examples), danger.fit(examples)
    assert first == second
    reader = danger.DangerReader(first[0], first[1], 0.0, 1.0)
    assert reader.score(danger.features(normalise("he had a knife and said he would stab me"))) > reader.score(
        danger.features(normalise("a refund for the late delivery please"))
    )


def test_the_training_texts_leave_the_held_out_set_out() -> None:
    names = {p.name for p in training.safety_sets(DATA)}
    assert names and not names & training.DANGER_HELD_OUT
    assert "safety_floor.jsonl" in names and "safety_floor_legit_w70.jsonl" in names


def test_the_shipped_reader_is_trained_on_the_current_data() -> None:
    """`python -m bot model danger` must have been run after the last change to the data or the floor."""
    shipped = danger.load()
    assert shipped is not None
    cases = [json.loads(line) for line in (DATA / "triage_dev.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    weights, bias = danger.fit(training.danger_examples(cases, training.safety_sets(DATA)))
    # Equal up to the last rounded digit: NumPy's exp may differ by an ulp from one CPU to another.
    assert abs(bias - shipped.bias) <= 2e-4
    edge = danger.PRUNE_BELOW + 1e-3  # a weight this close to the pruning line may fall either side
    assert all(abs(w) < edge for f, w in {**weights, **shipped.weights}.items() if (f in weights) != (f in shipped.weights))
    assert all(abs(w - shipped.weights[f]) <= 2e-4 for f, w in weights.items() if f in shipped.weights)
    assert shipped.check_at < shipped.strong_at
    assert shipped.stretch_check_at < shipped.stretch_strong_at < math.inf


# Set 9 (tests/data/safety_floor_set9.jsonl) is kept out of the reader's training
# (training.DANGER_HELD_OUT) and its texts were never read. Measured once with the round's first
# engine (floor and the reading's check) and once with this one: replies leading with safety rose
# from 81/100 to 95/100 (English) and 80/100 to 97/100 (Japanese); look-alikes and legitimate complaints
# led with safety 6/40 -> 7/40 and 5/40 -> 4/40. Retraining the reader with a second writer of
# legitimate complaints in danger words (safety_floor_legit_w2.jsonl) then cost one English danger
# (95 -> 94); it was kept, not chosen by this set. The next round's retraining (the floor's eighth
# pass changes which development threats count as dangers; a writer of long accounts joined) cost one
# more (94 -> 93); kept for the same reason; retrained again with the ninth pass's writers, 94. The
# next round's retraining (three Japanese triage writers, the floor's tenth pass, training writers J
# and K) raised Japanese 97 -> 98.
# Dangers: floors that may only rise but for a retraining said here; innocent texts led with safety:
# ceilings that may only fall.
SET9_LEADS = {"en": 94, "ja": 98}
SET9_INNOCENT_LEADS = {"en": 7, "ja": 4}

# Set 10 (tests/data/safety_floor_set10.jsonl): two more blind writers of LONG accounts (900-2,500
# characters English, 500-1,500 Japanese; the danger one or two sentences inside; 50 dangers, 10
# legitimate complaints, 10 look-alikes, 10 non-violent harassment texts per language), kept out of the
# reader's training, texts never read. Measured with the round's first engine, after the reader read
# stretches, after the floor's eighth pass, and after its ninth (counts only): replies leading with safety
# 43 -> 48 -> 48 -> 50/50 English, 39 -> 45 -> 45 -> 45/50 Japanese (with the eighth pass's weights and
# no stretches: 45 and 43). Its look-alikes and legitimate complaints led with safety 12/20 and 9/20
# after the eighth pass (the stretches added two English complaints), 10/20 and 9/20 at the end.
# The next round's retraining (its check threshold fell from 0.075 to 0.018 as training writers J and K
# brought 80 look-alikes full of danger words) led Japanese dangers 45 -> 46/50 and one more English
# innocent text with safety (10 -> 11/20): kept, not chosen by this set.
SET10_LEADS = {"en": 50, "ja": 46}
SET10_INNOCENT_LEADS = {"en": 11, "ja": 9}

# Set 11 (tests/data/safety_floor_set11.jsonl): four more blind writers, two per language, short and
# long texts (50 dangers, 20 legitimate complaints, 30 look-alikes, 20 non-violent harassment texts per
# language); kept out of the reader's training, texts never read. Counted at the round's start and
# end (counts only): replies leading with safety 50/50 English, 49/50 Japanese both times; look-alikes
# and legitimate complaints led with safety 17 -> 16/50 and 15 -> 16/50 (none of the 40 legitimate
# complaints; the floor's tenth pass left its look-alike false alarms at 14/30 and 11/30).
SET11_LEADS = {"en": 50, "ja": 49}
SET11_INNOCENT_LEADS = {"en": 16, "ja": 16}
HELD_OUT_SETS = {
    "safety_floor_set9.jsonl": (100, SET9_LEADS, 40, SET9_INNOCENT_LEADS),
    "safety_floor_set10.jsonl": (50, SET10_LEADS, 20, SET10_INNOCENT_LEADS),
    "safety_floor_set11.jsonl": (50, SET11_LEADS, 50, SET11_INNOCENT_LEADS),
}


@pytest.mark.parametrize("name", sorted(HELD_OUT_SETS))
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_held_out_writers_dangers_lead_with_safety(name: str, lang: str, bundle: PolicyBundle) -> None:
    dangers, leads_at_least, innocents, innocent_leads_at_most = HELD_OUT_SETS[name]
    assert name in training.DANGER_HELD_OUT
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [r for r in rows if r["lang"] == lang]
    assert sum(r["kind"] != "none" for r in cases) == dangers

    def leads(text: str) -> bool:
        result = triage(text, bundle)
        return result.safety is not None or result.severity is Severity.CRITICAL or result.safety_check

    assert sum(leads(r["text"]) for r in cases if r["kind"] != "none") >= leads_at_least[lang]
    innocent = [r for r in cases if r["kind"] == "none" and r["subtype"] in ("lookalike", "legitimate")]
    assert len(innocent) == innocents
    assert sum(leads(r["text"]) for r in innocent) <= innocent_leads_at_most[lang]


def test_a_passage_is_kept_short_whatever_the_text(bundle: PolicyBundle) -> None:
    reader = danger.load()
    assert reader is not None
    endless = "he would bring the knife and wait for her " * 80  # one "sentence" of 3,360 characters
    [passage] = reader.passages(endless)
    assert len(passage) <= danger.PASSAGE_CHARS + 2 and passage.endswith("…")  # a stretch of it, "…" where cut
    assert passage.strip("…") in endless
    for empty in ("", "   ", "\n\n", "。。。!!!"):
        assert reader.passages(empty) == ()
        assert not triage(empty, bundle).safety_check


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_critical_call_by_the_reader_quotes_it_and_gives_a_threats_steps(lang: str, bundle: PolicyBundle) -> None:
    reading = triage("He complained about the wait, then said people like you end up getting hurt, you know that?", bundle)
    assert reading.harassment and reading.safety is None
    passage = "people like you end up getting hurt, you know that?"
    sure = replace(
        reading,
        categories=tuple(c for c in reading.categories if c.category == "discrimination") or reading.categories[:1],
        severity=Severity.CRITICAL,
        danger=danger.DangerReading(9.0, True, True, (passage,)),
        safety_check=True,
    )
    shown = blocks.triage_reply(sure, bundle, lang, draft="{}")
    sections = [b["text"]["text"] for b in shown if b.get("type") == "section"]
    assert sections[0] == t("triage.safety", lang)
    assert passage in sections[1] and sections[1].startswith(":warning:")
    threat_steps = bundle.taxonomy.category("threats_intimidation").handling
    assert threat_steps[0].get(lang) in sections[2]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_check_without_a_passage_does_not_call_a_complaint_a_threat(lang: str, bundle: PolicyBundle) -> None:
    complaint = triage("The exam was cancelled and I would like a refund, please.", bundle)
    flagged = replace(complaint, danger=danger.DangerReading(0.5, True, False, ()), safety_check=True)
    first = blocks.triage_reply(flagged, bundle, lang, draft="{}")[0]["text"]["text"]
    assert first == t("triage.safety_check_reader", lang)
