"""The safety floor: a weapon or a threat to life is never missed, and never invented.

`tests/data/safety_floor.jsonl` was written by four writers who never saw the floor's rules
(two for English, two for Japanese): for each of the five kinds of danger many wordings in every
genre, very short and very long, and look-alikes that use the same words without any danger.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.config import DEFAULT_POLICY_DIR
from bot.policy.loader import load_bundle
from bot.policy.model import SAFETY_KINDS, PolicyBundle, Severity
from bot.slack import blocks, ids
from bot.slack.i18n import t
from bot.triage import safety
from bot.triage.engine import triage
from bot.triage.text import normalise

DATA = Path(__file__).parent / "data" / "safety_floor.jsonl"
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
DANGERS = [c for c in CASES if c["kind"] != "none"]
LOOKALIKES = [c for c in CASES if c["kind"] == "none"]
# Warnings that wait for the conduct to go on: never beside the safety banner.
WAIT_AND_SEE = ("if this continues", "if it continues", "if you continue", "続くようでしたら", "続けられる場合", "このままでしたら")


@pytest.fixture(scope="module")
def bundle() -> PolicyBundle:
    return load_bundle(DEFAULT_POLICY_DIR, "general")


def test_the_data_covers_every_kind_in_both_languages_and_every_genre() -> None:
    counts = Counter((c["lang"], c["kind"]) for c in CASES)
    for lang in ("en", "ja"):
        for kind in SAFETY_KINDS:
            assert counts[(lang, kind)] >= 50, (lang, kind)
        assert counts[(lang, "none")] >= 100
    genres = Counter(c["genre"] for c in DANGERS)
    assert set(genres) == {"first_person", "third_person", "customer_message", "transcript", "guidance_case"}
    assert len({c["writer"] for c in CASES}) == 4


def test_floor_kinds_are_the_policy_safety_kinds() -> None:
    assert tuple(k.value for k in safety.SafetyKind) == SAFETY_KINDS


@pytest.mark.parametrize("case", DANGERS, ids=[c["id"] for c in DANGERS])
def test_every_danger_is_harassment_at_critical_severity(case: dict, bundle: PolicyBundle) -> None:
    result = triage(case["text"], bundle)
    assert result.safety is not None, case["text"]
    assert result.harassment
    assert result.severity is Severity.CRITICAL
    assert set(result.safety.categories) <= set(result.category_ids)  # counted; the text's central one may lead
    assert result.to_dict()["safety"]["kinds"]


def test_no_lookalike_is_caught_by_the_floor() -> None:
    caught = [c["id"] for c in LOOKALIKES if safety.assess(normalise(c["text"])) is not None]
    assert caught == [], f"{len(caught)} of {len(LOOKALIKES)} look-alikes caught: {caught}"


def test_no_legitimate_development_case_is_caught_by_the_floor() -> None:
    path = Path(__file__).parent / "data" / "triage_dev.jsonl"
    legit = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    legit = [c for c in legit if not c["harassment"]]
    caught = [c["id"] for c in legit if safety.assess(normalise(c["text"])) is not None]
    assert caught == [], caught


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He has a gun", "weapon"),
        ("客が銃を持っている", "weapon"),
        ("The customer said he will kill the doctor", "threat_to_life"),
        ("次来たらkill youマジで", "threat_to_life"),  # English inside Japanese: no word edge at the kana
        ("ｺﾛｽ", "threat_to_life"),  # half-width katakana, folded
        ("オマエ　コロス", "threat_to_life"),
        ("there's a bomb in the car park", "bomb_arson"),
        ("店に火ぃつけたるからな", "bomb_arson"),
        ("She is bleeding from her head after he threw the till drawer at her", "injury_attack"),
        ("退勤後、従業員通用口の前で昨日の客が待っていた", "followed_waited"),
        ("he followed me home after my shift", "followed_waited"),
    ],
)
def test_named_kinds(text: str, kind: str) -> None:
    finding = safety.assess(normalise(text))
    assert finding is not None and safety.SafetyKind(kind) in finding.kinds, finding


@pytest.mark.parametrize(
    "text",
    [
        "the gun shop was closed",
        "he threatened to cancel his subscription",
        "He did not have a weapon, he was just loud.",
        "凶器は持っておらず、カウンターを叩いて怒鳴っただけで帰りました。",
        "A customer told security another shopper had a gun. It was a phone in a black case.",
        "「刃物を持った男がいる」という噂が広まったが、確認した結果、事実無根だった。",
        "My kitchen knives arrived blunt. I'd like a refund.",
        "The wait is killing me, can someone call me back?",
        "このカレー辛すぎ！殺す気か（笑）",
        "採血で何回も針を刺されて痛かったです。",
        "Can I have your name and staff ID for my complaint?",
        "Thought the guy at the counter had a knife in his hand but it was his phone.",
    ],
)
def test_lookalikes_and_denials(text: str) -> None:
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "The instructor showed us how a dull blade slips more than a sharp one.",
        "Formal complaint: razor blade in my tuna sandwich from your Leeds store.",
        "The exterminator said the hornets get angry, and to come back once they are dead.",
        "In the ranked match the enemy player killed me with a shotgun through a wall. The kill cam showed him elsewhere.",
        "Her new novel opens with a night porter found stabbed in a hotel lift.",
        "Please pull the guard back before you clean the slicer.",
        "The apprentice wears a chain-mail glove before he picks up the boning knife.",
    ],
)
def test_lessons_food_pests_games_and_fiction_are_not_dangers(text: str) -> None:
    # Families from the training writer F's look-alikes (a knife class, a foreign object in food, pest
    # control, a video game, a crime novelist's talk, a butcher's induction), in other words.
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "答案に×がつけられていたので、理由を聞きたいです。",
        "後ろに並んでいたお客様をお待たせしてしまいました。",
        "お客様：元夫にナイフを向けられたことがあって、怖いんです。住所を教えないでください。",
        "【防犯訓練の報告】\n犯人役の警察官が包丁を持ってロビーに入り、窓口係は非常ボタンを押した。",
        "講座では、包丁を持ったまま振り向かないといった安全のルールも教わりました。",
        "読書会の課題本では、一人、また一人と殺されていく。",
    ],
)
def test_marks_queues_a_victims_own_words_drills_and_classes_are_not_dangers(text: str) -> None:
    # Families from the training writer G's look-alikes, in other words.
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Maybe someone should leave a little present in your lobby and see how your staff like waiting then.", "bomb_arson"),
        ("It would be a real pity if a lighter found its way into your bins one night.", "bomb_arson"),
        ("He said he would be back with a petrol can and we would see how good our sprinklers are.", "bomb_arson"),
        ("Cars that block my drive get torched round here.", "bomb_arson"),
        ("Tell your manager someone there is leaving in a body bag.", "threat_to_life"),
        ("I will make sure he learns what it feels like to go under and not wake up.", "threat_to_life"),
        ("Nurse waited for at the staff car park after a complaint about her manner.", "followed_waited"),
        ("I'll be waiting round the back after your shift so we can talk properly.", "followed_waited"),
        ("You finish at nine, right? You walk to the station and you take the 9.20.", "followed_waited"),
        ("客は店員の腕をつかんで強く引っ張り、店員の腕には指の跡が残った。", "injury_attack"),
        ("こんな店、燃えたらええのにな。わしがやったろか。", "bomb_arson"),
        ("あんたの葬式の準備もしといたるわ。", "threat_to_life"),
        ("お客様：あの子の家は駅の裏のアパートやな。", "followed_waited"),
        ("営業が終わった後に裏口で待っていましたよ。", "followed_waited"),
    ],
)
def test_veiled_dangers_inside_long_accounts(text: str, kind: str) -> None:
    # Families from training writers F and G's misses (a veiled bomb, arson or death, staff waited for
    # or their routine recited, a wrist grabbed and pulled), in other words.
    finding = safety.assess(normalise(text))
    assert finding is not None and safety.SafetyKind(kind) in finding.kinds, finding


@pytest.mark.parametrize(
    "text",
    [
        "Fire drill, 3 March\nThe drill went fine. Afterwards a customer who had been kept outside said he would come back "
        "and burn the place down.",
        "After the class a man who had been refused a refund at reception pulled a knife on the receptionist.",
        "防犯訓練の報告\n訓練の終了後、窓口に来た男性客が返金を断られて激高し、カバンから包丁を取り出して職員に向けました。",
        "講習会の記録\n講習の後、受講者の一人が受付の職員に「殺すぞ」と怒鳴り、警察を呼びました。",
    ],
)
def test_a_real_incident_under_a_drill_or_class_title_or_after_one_is_a_danger(text: str) -> None:
    # A drill or a class frames its own sentence; what happened after it, or elsewhere in a text
    # titled after it, is real.
    assert safety.assess(normalise(text)) is not None


def test_a_post_held_is_not_a_part_played() -> None:
    # 助役 (an assistant stationmaster) is a post, not a role in a play: the threat beside it stands.
    finding = safety.assess(normalise("助役の山本が駆けつけたところ、男は「駅ごと吹き飛ばしたるぞ」と叫んだ。"))
    assert finding is not None and safety.SafetyKind.BOMB_ARSON in finding.kinds


def test_a_denied_phrase_does_not_hide_another() -> None:
    finding = safety.assess(normalise("Nobody was hurt, but he pulled a knife on the cashier."))
    assert finding is not None and finding.kinds == (safety.SafetyKind.WEAPON,)


def test_strengthening_negators_keep_the_threat() -> None:
    assert safety.assess(normalise("Don't make me kill you.")) is not None
    assert safety.assess(normalise("Nobody will stop me killing you")) is not None


def test_kana_folding_keeps_offsets() -> None:
    text = "アイウ漢字カタカナ"
    assert len(safety.fold_kana(text)) == len(text)
    assert safety.fold_kana(text) == "あいう漢字かたかな"


def test_a_reading_of_threat_or_attack_asks_to_check_for_danger_when_the_floor_is_silent(bundle: PolicyBundle) -> None:
    threat = triage("He said people like me have a way of getting hurt and that I should watch myself.", bundle)
    assert threat.safety is None and threat.harassment and threat.safety_check
    assert threat.to_dict()["safety_check"] is True
    floor = triage("He has a gun", bundle)
    assert floor.safety is not None and not floor.safety_check  # the floor's banner, not the check
    complaint = triage("The exam was cancelled and I would like a refund, please.", bundle)
    assert not complaint.harassment and not complaint.safety_check
    insult = triage("The customer called me an idiot and a moron.", bundle)
    assert insult.harassment and not insult.safety_check


def test_the_model_cannot_override_the_floor(bundle: PolicyBundle) -> None:
    # A short text the statistics read as an ordinary complaint.
    result = triage("He has a gun", bundle)
    assert result.harassment and result.severity is Severity.CRITICAL
    assert result.categories[0].evidence[0].source == "safety"
    assert result.legitimate_signals == ()


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("case", DANGERS[::9], ids=[c["id"] for c in DANGERS[::9]])
def test_safety_reply_leads_with_the_steps_and_drops_what_does_not_help(case: dict, lang: str, bundle: PolicyBundle) -> None:
    result = triage(case["text"], bundle)
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    texts = [b["text"]["text"] for b in reply if b.get("type") == "section"]
    assert texts[0] == t("triage.safety", lang)
    assert texts[1].startswith(t("triage.what_now", lang))
    first_kind = bundle.taxonomy.safety_guidance(result.safety.kinds[0].value)
    assert first_kind.handling[0].get(lang) in texts[1]
    everything = json.dumps(reply, ensure_ascii=False)
    assert t("triage.penal_code", lang, articles="").split("{")[0].strip("* ") not in everything
    assert not any(phrase in everything.lower() for phrase in WAIT_AND_SEE)
    buttons = [e["action_id"] for e in reply[-1]["elements"]]
    assert ids.ACTION_LOG_ONLY not in buttons and buttons[0] == ids.ACTION_ESCALATE


def test_the_prefilter_changes_nothing_but_speed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule tried everywhere finds exactly what the literal gate lets it find."""
    from bot.triage.prefilter import LiteralGate

    dev = Path(__file__).parent / "data" / "triage_dev.jsonl"
    texts = [c["text"] for c in CASES]
    texts += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines()[::7] if line.strip()]
    gated = [safety.assess(normalise(text)) for text in texts]
    ungated_gate = LiteralGate([None] * len(safety._rules()))
    monkeypatch.setattr(safety, "_gate", lambda: ungated_gate)
    ungated = [safety.assess(normalise(text)) for text in texts]
    differ = [
        text[:80]
        for text, a, b in zip(texts, gated, ungated, strict=True)
        if (a.to_dict() if a else None) != (b.to_dict() if b else None)
    ]
    assert differ == []


def test_the_shipped_safety_index_is_the_rules_analysis() -> None:
    """`safety_index.json` spares start-up parsing every rule; it must say what parsing would."""
    saved = safety._read_index()
    rules = [rule for rule in safety._rules() if not rule.unfolded]
    assert {rule.source for rule in rules} <= set(saved)
    for rule in rules:
        assert saved[rule.source] == safety.analyse(rule), rule.source[:80]


def test_a_missing_safety_index_only_costs_time(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    texts = [c["text"] for c in CASES[::3]]
    expected = [safety.assess(normalise(text)) for text in texts]
    monkeypatch.setattr(safety, "INDEX_FILE", tmp_path / "missing.json")
    safety._gate.cache_clear()
    try:
        again = [safety.assess(normalise(text)) for text in texts]
    finally:
        safety._gate.cache_clear()
    assert [(a.to_dict() if a else None) for a in again] == [(e.to_dict() if e else None) for e in expected]


# Later writers' sets, each written blind to the floor (`safety_floor_set4.jsonl`, `_set5`, `_set6`):
# before the floor saw them it caught 57/80 English and 58/80 Japanese dangers of set 4,
# 53/70 and 52/70 of set 5, and 41/70 and 48/70 of set 6. Their misses showed whole families of wording the rules lacked, which
# were added in general form; the sets are now development data, and these floors may only rise.
# Two training writers (`safety_floor_train_a.jsonl`, `_b`) wrote for the fourth and fifth passes: before
# them the floor caught 73/110 and 79/110 of A, 62/90 and 50/90 of B; writing A's families in raised B by
# only 0 and 3, which is why a reading of threat or attack now also asks staff to check for danger
# (`TriageResult.safety_check`). Set 7 was written blind and measured before and after those passes
# without its texts being read: the floor caught 55/70 and 50/70 before, 56/70 and 52/70 after; with
# the danger check or a critical reading, 64/70 and 61/70 replies lead with safety. It is kept
# untouched as a floor. Set 8 (another blind writer; its 50 non-dangers per language are 25 harmless
# texts and 25 legitimate complaints) was measured once with the engine of the round's start and once
# at its end: the floor caught 40/70 and 44/70 dangers, then 42/70 and 44/70; replies leading with
# safety rose from 45 and 50 to 59 and 58; the floor's false alarms stayed 10/50 and 7/50.
# Three more training writers for the sixth pass (`safety_floor_train_cd.jsonl`: C English, D Japanese;
# `safety_floor_train_e.jsonl`: E in both): before them the floor caught 79/120 of C, 87/120 of D, 25/60 and
# 35/60 of E, and raised a false alarm on 5/80, 4/80, 3/40 and 2/40 of their non-dangers; their families of
# wording were written in general form (all four now caught in full, no false alarm), which also raised
# set 8 to 44/70 and 46/70 without its texts being read.
# Three more training writers (C, D, E) wrote for the sixth pass: before it the floor caught C 79/120,
# D 87/120, E 25/60 and 35/60. Set 9 (one blind writer per language: 100 dangers, 20 look-alikes, 20
# legitimate complaints and 20 non-violent harassment texts each) was measured once before this round's
# work and once after it, its texts never read: the floor caught 63/100 and 60/100, then 69/100 and 61/100;
# its false alarms went 4/60 -> 4/60 and 3/60 -> 2/60. It is also the danger reader's held-out set
# (tests/test_danger.py).
# Two training writers of long texts for the seventh pass (`safety_floor_train_fg.jsonl`: F English, G
# Japanese; the danger one or two sentences inside an ordinary account): before them the floor caught 40/50
# and 44/50 dangers and raised a false alarm on 7/30 and 11/30 non-dangers (a knife class, a bank's robbery
# drill, a crime novelist's talk, pests, a video game, marks on a test, a queue, a victim's own words); their
# families were written in general form: after, 49/50 and 50/50 caught, 0/30 and 2/30 false alarms (a rule
# that read a text titled as a drill or class as an exercise throughout took Japanese to 0/30, and was
# dropped: it hid a real incident reported under such a title).
LATER_SETS = {
    "safety_floor_set4.jsonl": ({"en": 74, "ja": 77}, {"en": 1, "ja": 4}, 80),
    "safety_floor_set5.jsonl": ({"en": 68, "ja": 68}, {"en": 2, "ja": 0}, 70),
    "safety_floor_set6.jsonl": ({"en": 60, "ja": 62}, {"en": 0, "ja": 4}, 70),
    "safety_floor_set7.jsonl": ({"en": 56, "ja": 54}, {"en": 3, "ja": 1}, 70),
    "safety_floor_set8.jsonl": ({"en": 44, "ja": 46}, {"en": 10, "ja": 7}, 70),
    "safety_floor_train_a.jsonl": ({"en": 109, "ja": 110}, {"en": 2, "ja": 1}, 110),
    "safety_floor_train_b.jsonl": ({"en": 90, "ja": 89}, {"en": 2, "ja": 4}, 90),
    "safety_floor_train_cd.jsonl": ({"en": 120, "ja": 120}, {"en": 0, "ja": 0}, 120),
    "safety_floor_train_e.jsonl": ({"en": 60, "ja": 60}, {"en": 0, "ja": 0}, 60),
    "safety_floor_set9.jsonl": ({"en": 69, "ja": 61}, {"en": 4, "ja": 2}, 100),
    "safety_floor_train_fg.jsonl": ({"en": 49, "ja": 50}, {"en": 0, "ja": 2}, 50),
    # Set 10: blind long accounts (tests/test_danger.py), texts never read. The eighth pass took the floor
    # from 38/50 to 38/50 English and 33/50 to 34/50 Japanese; false alarms 8/30 -> 8/30, 10/30 -> 9/30
    # (7 of each language's 10 look-alikes: the families of a writer who never saw the floor still differ).
    "safety_floor_set10.jsonl": ({"en": 38, "ja": 34}, {"en": 8, "ja": 9}, 50),
    # Long texts full of danger words by two training writers (30 legitimate complaints, 30 look-alikes and
    # 20 dangers in the same settings each; English `train_h`, Japanese `train_i`). The ninth pass took
    # train_h from 15/20 caught, false alarms 31/60 (12 complaints, 19 look-alikes) to 15/20, 16/60 (3, 13);
    # train_i from 15/20, 25/60 (8, 17) to 15/20, 19/60 (3, 16). The tenth pass (a reading of sentences that
    # describe no conduct) took train_h's look-alike false alarms 13 -> 9 (16/60 -> 12/60), train_i's stayed 16.
    "safety_floor_train_h.jsonl": ({"en": 15}, {"en": 12}, 20),
    "safety_floor_train_i.jsonl": ({"ja": 15}, {"ja": 19}, 20),
    # Two training writers of look-alikes (40 look-alikes, 20 legitimate complaints, 10 non-violent harassment
    # texts and 40 dangers each; English `train_j`, Japanese `train_k`), counted before their texts were read:
    # the tenth pass's start caught 28/40 of J and 32/40 of K, false alarms 25/70 (21 look-alikes, 3 complaints,
    # 1 non-violent) and 16/70 (16 look-alikes); the floor with the reading of sentences that describe no
    # conduct (when they arrived) caught the same, false alarms 24/70 (20, 3, 1) and 16/70 (16, 0, 0).
    # After the pass: J 28/40 caught, 21/70 false alarms (17 look-alikes); K 32/40, 16/70 (16: a likeness,
    # 「まるで爆弾ですね」, is no frame, as 「包丁の柄みたいなの」 is how a real weapon looks to whoever saw it).
    "safety_floor_train_j.jsonl": ({"en": 28}, {"en": 21}, 40),
    "safety_floor_train_k.jsonl": ({"ja": 32}, {"ja": 16}, 40),
    # Set 11: four blind writers, short and long (tests/test_danger.py), texts never read; counted at the
    # start and end of the tenth pass's round: caught 39/50 and 40/50 both times, false alarms 16/70 (14
    # look-alikes, 2 non-violent) and 11/70 (11 look-alikes) both times, none on the 40 legitimate
    # complaints. The pass's reading did not reach this new writer's look-alikes.
    "safety_floor_set11.jsonl": ({"en": 39, "ja": 40}, {"en": 16, "ja": 11}, 50),
}


@pytest.mark.parametrize("name", sorted(LATER_SETS))
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_later_writers_sets_stay_caught(name: str, lang: str) -> None:
    at_least, at_most, dangers = LATER_SETS[name]
    if lang not in at_least:
        pytest.skip(f"{name} has no {lang} texts")
    rows = [json.loads(line) for line in (DATA.parent / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = [c for c in rows if c["lang"] == lang]
    # One writer per language, or one set's parts written side by side ("safety-set11-en-a", "-b").
    writers = {c["writer"].removesuffix("-a").removesuffix("-b") for c in cases}
    assert sum(c["kind"] != "none" for c in cases) == dangers and len(writers) == 1
    caught = sum(safety.assess(normalise(c["text"])) is not None for c in cases if c["kind"] != "none")
    false_alarms = sum(safety.assess(normalise(c["text"])) is not None for c in cases if c["kind"] == "none")
    assert caught >= at_least[lang]
    assert false_alarms <= at_most[lang]


# Legitimate complaints that use danger-looking words (a razor that cut a customer, a door that knocked
# someone down, a customer asking staff to walk her to her car because another man followed her,
# 「銀行に殺されるわ」), by a writer who never saw the floor: before the floor saw them it raised a false
# alarm on 16 of 100 English and 12 of 100 Japanese; the families were set aside in general form
# (the last two English ones when the set joined the development cases: a woman followed by another
# man into "our" shop, a chainsaw that "kicked back on him").
#
# A second writer of non-dangers that use danger words (`safety_floor_legit_w2.jsonl`: 40 look-alikes and
# 80 legitimate complaints per language, never shown the floor). Before the floor saw them it fired on 18/120
# English (8 look-alikes, 10 complaints) and 17/120 Japanese (10, 7); families set aside in general form
# (a product that burns or cuts, an object that fell on someone, a customer's own cut, hyperbole, a book's
# title, self-defence and crime-prevention classes, a quoted film line, a cookery class, a customer asking
# staff to keep an eye out, a business's debt agency, a report of a stranger checked and found to be staff,
# a blow struck by equipment that failed, a history lesson's Gunpowder Plot).
@pytest.mark.parametrize(("name", "per_language"), [("safety_floor_legit_w70.jsonl", 100), ("safety_floor_legit_w2.jsonl", 120)])
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_legitimate_complaints_with_danger_words_raise_no_alarm(name: str, per_language: int, lang: str) -> None:
    rows = [json.loads(line) for line in (DATA.parent / name).read_text(encoding="utf-8").splitlines()]
    cases = [c for c in rows if c["lang"] == lang]
    assert len(cases) == per_language and all(c["kind"] == "none" for c in cases)
    false_alarms = [c["id"] for c in cases if safety.assess(normalise(c["text"])) is not None]
    assert false_alarms == [], false_alarms



@pytest.mark.parametrize(
    "text",
    [
        "本社への報告：カスタマーセンターに『支店のATMコーナーに爆発物を仕掛けた。正午に爆発する』との電話あり。警察の捜索の結果、不審物は発見されず。",
        "A caller said there was a bomb in the lobby and it would go off at noon. Police searched the building; nothing was found.",
    ],
)
def test_a_bomb_threat_stands_when_the_search_finds_nothing(text: str) -> None:
    # The threat was made; finding no device does not make it a rumour found false.
    finding = safety.assess(normalise(text))
    assert finding is not None and safety.SafetyKind.BOMB_ARSON in finding.kinds


@pytest.mark.parametrize(
    "text",
    [
        'A reported "bomb threat" turned out to be a customer telling a shop assistant the dress looked "da bomb".',
        "Someone said a man had a knife at the till, but it turned out to be his phone.",
    ],
)
def test_a_rumour_found_false_is_still_set_aside(text: str) -> None:
    assert safety.assess(normalise(text)) is None


# Long legitimate complaints by a training writer (`safety_floor_train_h.jsonl`): a fall in which someone hit
# their own body, water that scalded from a shower, a thing knocked over, the minor injuries unit, a home
# someone could not live in, news footage of a shooting elsewhere. Set aside in general form; the same
# words beside a blow or a threat still count.
@pytest.mark.parametrize(
    "text",
    [
        "Our father lost his footing on the wet ramp outside your store and hit his head on the kerb; please fix the ramp.",
        "The tiles by the pool were loose. My aunt tripped on one, falling sideways and banging her knee on the bench. "
        "A lifeguard gave first aid.",
        "The hotel tap suddenly ran scalding hot. The water had hit her hands before she could pull them away. "
        "We had to ask for first aid.",
        "The delivery lorry clipped the corner and our fence was knocked down; the children were playing nearby.",
        "We drove my son to the minor injuries clinic and the nurse dressed the burn from the faulty toaster.",
        "Compensation is owed for the eight nights he could not live in the house while the damp was treated.",
        "The waiting room television kept playing news coverage of a school shooting overseas, which upset my daughter.",
    ],
)
def test_long_complaints_with_accident_and_news_words_raise_no_alarm(text: str) -> None:
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "The man barged into our cashier so hard that she lost her footing and hit her head on the till.",
        "He shoved the lifeguard. The lifeguard fell and struck his head on the bench, and was bleeding.",
        "He threw the scalding water from the kettle at the receptionist.",
        "He kicked our porter to the floor; the porter went to the minor injuries unit with a broken wrist.",
        "He told the housing officer she would not live to see the new year if the repair was not done.",
        "After the news about a mass shooting came on, the caller said he would shoot up this branch.",
    ],
)
def test_the_same_settings_with_a_blow_or_threat_still_count(text: str) -> None:
    assert safety.assess(normalise(text)) is not None


# Long Japanese complaints (`safety_floor_train_i.jsonl`): an edge "sharp as a blade", a child holding on to a
# rail who fell. Set aside in general form; a blade-like thing held or shown, and a grab, still count.
@pytest.mark.parametrize(
    "text",
    [
        "客室の洗面台の金具が欠けていて、刃物のように鋭くなっており、息子が手のひらを切って3針縫いました。点検をお願いします。",
        "駅の階段で手すりにつかまっていた母が、手すりごと外れて転落し、額を打って救急搬送されました。設備の点検を求めます。",
    ],
)
def test_long_japanese_complaints_with_blade_similes_and_falls_raise_no_alarm(text: str) -> None:
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "客が刃物のように尖ったものを取り出して、窓口の職員に向けました。",
        "客に腕をつかまれて振り回され、職員が転倒して額を切り、救急搬送されました。",
        "男が刃のようなものを見せて、金を出せと言った。",
    ],
)
def test_the_same_japanese_settings_with_a_weapon_or_grab_still_count(text: str) -> None:
    assert safety.assess(normalise(text)) is not None


# A customer disclosing abuse by her or his own (former) partner asks for help: the partner's threat to
# "her" is not a threat to staff. Staff named in the sentence, or "you", "me" or "us" threatened, still count.
@pytest.mark.parametrize(
    "text",
    [
        "The guest told the night manager that her estranged husband kept texting that he would kill her, and asked to change rooms.",
        "When his turn came he whispered that his ex-wife had said she would hurt him if he kept the flat, so he wants his address hidden.",
    ],
)
def test_a_customers_partner_threatening_the_customer_is_no_alarm(text: str) -> None:
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Her ex-husband rang the branch and told the receptionist he would kill her if she helped his wife again.",
        "The woman's ex-partner came to the desk and said he would kill us all for hiding her.",
    ],
)
def test_a_partner_threatening_staff_still_counts(text: str) -> None:
    assert safety.assess(normalise(text)) is not None


# Look-alikes in long English texts (`safety_floor_train_h.jsonl`): an animal found dead, glass smashed in a
# door by burglars, a finger cut on a blade, knives left in the sink, mud tracked through rooms, a bird struck
# by a van's mirror, a guest who twisted an ankle. Beside a threat, a weapon used or a person followed, still counted.
@pytest.mark.parametrize(
    "text",
    [
        "We found our cat dead by the gate one morning; the vet thinks she was hit by a car. Thank you for the kind card.",
        "Burglars smashed a pane in the patio door while we were away and took the television; we need the claim settled.",
        "My daughter cut her thumb on the bread knife at home, so I could not come to the appointment.",
        "House rules for the shared kitchen: no knives in the sink, and wipe the hob after use.",
        "The fitters left mud tracked across the hall carpet and into the lounge; please arrange cleaning.",
        "The pigeon had been clipped by a bus's wing mirror, and the rescue centre set its wing.",
        "A runner twisted an ankle on the loose paving near the finish, and first aid was given by the marshals.",
    ],
)
def test_long_lookalikes_with_pets_burglary_and_kitchen_words_raise_no_alarm(text: str) -> None:
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "He told the vet nurse she would find her cat dead if she did not refund him.",
        "He smashed the glass in the door, then came at the cashier with a knife.",
        "He grabbed a knife from the sink and pointed it at the chef.",
        "A man has been following our receptionist home after her shift, and last night he waited by her car.",
        "He twisted her arm behind her back until she cried, and first aid had to be given.",
    ],
)
def test_the_same_lookalike_settings_with_a_danger_still_count(text: str) -> None:
    assert safety.assess(normalise(text)) is not None


# Japanese look-alikes (`safety_floor_train_i.jsonl`): water thrown on a cooking fire, quarry blasting and a
# demolition explained, a needle that pricks. A threat to blow up or burn a place, or a needle brandished, still counts.
@pytest.mark.parametrize(
    "text",
    [
        "揚げ物の最中に鍋から炎が上がり、慌てて火に水をかけてしまい、台所の壁が焦げました。保険の手続きを教えてください。",
        "採石場では毎週、雷管を使って岩盤を崩しています。振動の苦情への対応を教えてください。",
        "近所の方から「ビルは爆破して解体するんですか」と聞かれましたが、重機で少しずつ壊す工法です。",
        "看護師さんが「刺すときにちくっとしますよ」と声をかけてくれて、安心して採血を受けられました。",
    ],
)
def test_japanese_lookalikes_with_fire_blasting_and_needles_raise_no_alarm(text: str) -> None:
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "解体工事の事務所に「現場ごと爆破してやる」と電話があった。",
        "客が灯油をまいて、火をつけるぞと窓口で叫んだ。",
        "患者が注射器を取り出して「これで刺したろか」と薬剤師に向けた。",
    ],
)
def test_the_same_japanese_lookalike_settings_with_a_danger_still_count(text: str) -> None:
    assert safety.assess(normalise(text)) is not None


# A customer's own former partner in Japanese: stalking or past blows the customer discloses are no alarm;
# the partner who strikes or waits for staff, or a writer struck, still counts.
@pytest.mark.parametrize(
    "text",
    [
        "お話を伺ったところ、別れた夫からのつきまといがまだ続いているそうで、住所を伏せてほしいとのご依頼でした。",
        "お客様は、元交際相手に殺すと脅されたことがあると話され、面談室での対応を希望されました。",
    ],
)
def test_a_customers_former_partner_in_japanese_is_no_alarm(text: str) -> None:
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "お客様の元夫が来店し、受付の職員を殴った。",
        "元夫のことで相談に来られた方が帰った後、その元夫が私を駐車場で待ち伏せしていた。",
    ],
)
def test_a_former_partner_harming_staff_in_japanese_still_counts(text: str) -> None:
    assert safety.assess(normalise(text)) is not None


# Japanese complaints: a bill that "will kill" the payer, a robbery with a knife seen in the news. A customer who
# threatens over a bill, or a knife at the counter after the news, still counts.
@pytest.mark.parametrize(
    "text",
    [
        "年金だけの暮らしなのに、今月の電気代で殺されそうです。検針の確認をお願いします。",
        "隣の市で、男が包丁を突きつけてレジの金を奪う強盗事件が連日報道され、夜間の一人勤務が不安だと従業員から相談があった。",
        "テレビで、検針員を名乗る男がナイフで脅したと知り、訪問時は社員証を見せてほしいとお願いしました。",
    ],
)
def test_japanese_bills_and_news_of_crimes_elsewhere_raise_no_alarm(text: str) -> None:
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "料金のことで怒った客に「殺すぞ」と言われた。",
        "強盗のニュースが流れた翌日、客が包丁を突きつけてレジを開けろと言った。",
    ],
)
def test_japanese_bill_and_news_settings_with_a_danger_still_count(text: str) -> None:
    assert safety.assess(normalise(text)) is not None


# The tenth pass's reading of a sentence that describes no conduct toward anyone here (`safety._no_conduct`):
# a weapon, threat, bomb or injury word in a sentence about a thing as merchandise or a topic, a demonstration,
# a story, animals or a rule is set aside, unless the sentence (or one beside it) shows conduct. The same
# frames with a thing turned on someone, a threat told to staff or a blow must still count; so must a lesson,
# exhibit or errand (`_in_play`, `_ordinary_object`) in which a thing is turned on a person here.
@pytest.mark.parametrize(
    "text",
    [
        "For deer you will need a firearm certificate from the police, and a shotgun certificate as well if you are "
        "doing pigeons with a shotgun.",
        "Photos of replica handguns seized across the county were shown to branch staff during the talk on armed robbery.",
        "The collector wanted to know whether the ceremonial sword with a curved blade could be sold on, since it was an antique.",
        "The valuer noted that the antique revolver on the display stand had been deactivated, and priced it for the spring auction.",
        "At the stage combat workshop the actors rehearsed the scene in which the villain shoots the inspector with a cap gun.",
        "He asked whether it is legal to sell a decorative sword with a curved blade, since it is an antique.",
        "The workshop on stage combat covered how to fake a stab with a retractable knife.",
        "ネズミを確実に殺したいと相談されたので、粘着シートと殺鼠剤の違いを説明した。",
        "市の窓口で、一匹残らず殺したいのでどの薬が一番強いかと尋ねられた。",
        "町内に熊が出たので、猟友会が熊を撃ち殺すことになったと回覧板で知りました。",
        "刀の手入れ方法について、講座で刀剣店の方に教わりました。",
        "ドラマの第3話で、犯人が爆弾を仕掛けた倉庫として使われたのが、うちの店の裏の倉庫です。",
    ],
)
def test_a_sentence_about_a_thing_or_a_topic_is_no_danger(text: str) -> None:
    assert safety.assess(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "We were going through the refund form for the antique bayonet he had bought at our auction when he pulled a "
        "box cutter out of his bag.",
        "The firearms licensing counter was busy; the applicant told the clerk he would bring his shotgun in and shoot "
        "her if his certificate was refused.",
        "At the museum's exhibition of medieval weapons a visitor said he would burn the gallery down if the exhibits "
        "were not returned to his family.",
        "In the tattoo studio, while we were going over his design, the client grabbed my wrist and punched me in the face.",
        "The valuer had priced the sword for the spring auction, and the seller drew it from the scabbard and held it "
        "to the valuer's throat.",
        "For deer you will need a firearm certificate from the police, he said, and then he told the clerk he would "
        "come back with a shotgun.",
        "During the talk on armed robbery a man at the back pulled a handgun out of his jacket and pointed it at the speaker.",
        "The collector wanted to know what the ceremonial sword was worth, and when I named a price he swung it at me.",
        "研ぎ直しの説明をしていたら、客がその包丁をこちらに向けて『お前で試してやろうか』と言った。",
        "刀剣の鑑定をお願いされた男性が、査定額に納得せず、刀を抜いて店員に突きつけた。",
        "展示中の火縄銃の前で、来館者の男性が「こんな展示を続けるなら、この建物ごと燃やしたる」と職員に言った。",
        "料理教室の最中、受講者の男性が講師に包丁を向け、「殺すぞ」と怒鳴った。",
        "質屋のカウンターで、日本刀の買取価格を伝えたところ、客が刀を振りかざして迫ってきた。",
        "魚のさばき方の実演の後、参加者の男が出刃包丁を持ったまま受付に来て、「返金せんと刺すぞ」と言った。",
        "ネズミの駆除の相談に来た男性が、説明の途中で「お前から殺したろか」と言った。",
        "ドラマのロケ地を見に来た男性が、店員に「この店に爆弾を仕掛けたからな」と言って帰った。",
        "熊の駆除の件で来庁した男性が、窓口で「猟銃ならあるぞ、撃ち殺したろか」と職員に言った。",
        # A weapon carried, or what one looked like: no likeness or antique makes it a topic.
        "At the vintage fair a man with an imitation pistol in his waistband kept walking past the stall.",
        "骨董市の会場で、上着の内ポケットに包丁の柄みたいなのが見えてた男がいた。",
        # Short reports set at an auction, a workshop or an exhibit: the place is a setting, not the topic,
        # and someone here brought, kept, left or said something (an earlier form of the reading hid these).
        "At the antiques auction a bidder who lost stood by the door with a knife.",
        "During the pottery workshop a student kept a machete on the table next to him the whole time.",
        "He brought a gun to the valuation day.",
        "A collector came to the counter armed with a sword.",
        "The customer at the pawn counter put a loaded handgun on the glass and left his hand on it.",
        "The bidder said the auctioneer would not live to see the next sale.",
        "At the tattoo convention a man set fire to the stall next to ours.",
        "Someone at the fireworks stall said the shop would go up in flames tonight with the staff inside.",
        "The seller at the auction left a bomb under the stage.",
        "The tattoo client wanted a revolver design, then said he would shoot me if it came out wrong.",
        "The documentary's subject rang to say the director would end up in a body bag.",
        "A man at the back of the lecture kept a hand on the pistol under his coat the whole hour.",
        "演武の後、観客の男が模擬刀で係員を殴った。",
        "江戸時代の刀を査定に来た客が、その刀を振り回した。",
        "刃物の手入れ方法を聞きに来た男が、帰り際に『次はこれで刺す』と言った。",
    ],
)
def test_a_danger_told_inside_a_trade_class_or_exhibit_still_counts(text: str) -> None:
    assert safety.assess(normalise(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "He screamed kill at me three times",
        "He kept saying he wants to kill",
        "He kept saying kill kill kill",
        "The man was shouting \"kill\" at the cashier before he left",
        "he yelled KILL at me and slammed the door",
        "The customer said he wanted to kill someone today",
        "The caller kept muttering that he is going to kill somebody",
        "She kept whispering kill, kill while staring at the nurse",
    ],
)
def test_the_word_kill_thrown_at_staff_or_an_intent_to_kill_is_a_threat(text: str) -> None:
    # A tester's finding: these came back as legitimate complaints (no victim named after "kill").
    finding = safety.assess(normalise(text))
    assert finding is not None and safety.SafetyKind.THREAT_TO_LIFE in finding.kinds


@pytest.mark.parametrize(
    "text",
    [
        "She said she wants to kill time before her appointment",
        "He said he wants to kill his subscription",
        "The kids were shouting kill the zombie at the screen",
        "He said he wants to kill the weeds and asked for the strongest spray",
        "He was shouting kill the lights at the end of the show",
        "The toddler kept screaming kill at the cartoon villain on the tablet",
        "The kids were chanting kill kill during the dodgeball game",
    ],
)
def test_kill_the_lights_kill_time_and_a_childs_game_are_no_threat(text: str) -> None:
    assert safety.assess(normalise(text)) is None


HOSTILE_LONG = [
    ("he pulled a knife and said he would stab me " * 500)[:20000],
    ("包丁を持った客が殺すぞと叫んだ" * 1400)[:20000],
    ("客が怒鳴った he said I was useless バカ野郎 kill 殺すぞ 😡 " * 300)[:10000],
    ("kill time " * 2000)[:20000],
]


@pytest.mark.parametrize("text", HOSTILE_LONG, ids=["en-repeated", "ja-unpunctuated", "mixed", "lookalike-repeated"])
def test_a_huge_repeated_or_unpunctuated_text_is_read_in_time(text: str, bundle: PolicyBundle) -> None:
    # A message pasted or repeated a thousand times, with no full stop, made the floor look around every
    # match across the whole text: 14 to 64 seconds for 20,000 characters, past Slack's 3-second ack and
    # holding the worker. Each look now reaches SENTENCE_REACH characters, and a rule stops once it has
    # found its kind a few times. Generous bound: about 0.1 s on this machine.
    import time

    start = time.perf_counter()
    result = triage(text, bundle)
    assert time.perf_counter() - start < 3.0
    found = safety.assess(normalise(text[:20000]))
    if "kill time" in text:
        assert found is None
    else:
        assert found is not None and result.severity is Severity.CRITICAL
        # Hundreds of matches before; now a few per rule that fired (15, 20 and 10 here).
        assert len(found.signals) <= 40


def test_a_rule_keeps_a_few_phrases_and_the_same_kinds() -> None:
    text = normalise("He said he would stab me. " * 40 + "Then he followed me home.")
    found = safety.assess(text)
    assert found is not None
    assert set(found.kinds) >= {safety.SafetyKind.THREAT_TO_LIFE, safety.SafetyKind.FOLLOWED_WAITED}
    # 40 threats matched by two rules: five phrases each are kept (80 before).
    assert sum(s.kind is safety.SafetyKind.THREAT_TO_LIFE for s in found.signals) == 2 * safety._SIGNALS_PER_RULE
