"""The triage engine, its CLI contract and the labelled data set."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from bot.config import DEFAULT_POLICY_DIR
from bot.policy.loader import load_bundle
from bot.policy.model import CATEGORY_IDS, Severity
from bot.triage.engine import triage
from bot.triage.text import detect_language, normalise

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def bundle():
    return load_bundle(DEFAULT_POLICY_DIR, "general")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A caller kept me on the phone for 3 hours and would not let me hang up", "constraint_prolonged"),
        ("He won't leave the lobby, it's been two hours since closing", "constraint_prolonged"),
        ("電話を切らせてもらえない。もう2時間になる", "constraint_prolonged"),
        ("閉店後もカウンターに居座り続けている", "constraint_prolonged"),
        ("She demanded I get down on my knees and apologise", "coerced_apology"),
        ("誠意を見せろ。土下座しろ", "coerced_apology"),
        ("He punched my colleague in the face at the counter", "physical_assault"),
        ("お客様にペットボトルを投げつけられ、腕にあざができた", "physical_assault"),
        ("I know where you live. Watch your back.", "threats_intimidation"),
        ("覚えてろよ、ただじゃ済まさないからな", "threats_intimidation"),
        ("He filmed me on his phone and said he'd put it on YouTube", "unauthorized_recording"),
        ("I'll post your full name and photo on Twitter", "privacy_violation"),
        ("Fire that useless girl or I'll never shop here again", "punishment_demands"),
        ("外国人の店員じゃ話にならない、日本人を出せ", "discrimination"),
    ],
)
def test_paraphrases_find_the_category(bundle, text, category):
    result = triage(text, bundle)
    assert result.harassment
    assert category in result.category_ids[:3]
    assert result.categories[0].evidence, "every counted category carries the phrases behind it"


@pytest.mark.parametrize(
    "text",
    [
        "He did not threaten me, he was just upset about the refund",
        "The blender arrived broken. This is the third time, I'm fed up, please refund me.",
        "注文した商品が届いていません。至急確認して返金してください。",
        "Could I speak to a manager about the double charge on my card, please?",
    ],
)
def test_legitimate_complaints_are_not_harassment(bundle, text):
    result = triage(text, bundle)
    assert not result.harassment
    assert result.severity is Severity.NONE
    assert result.categories == () and result.clauses == ()


def test_negation_is_discounted_and_shown(bundle):
    result = triage("暴力はなかったが、3時間居座られた", bundle)
    assert result.category_ids[0] == "constraint_prolonged"
    assert "physical_assault" not in result.category_ids
    assert any(e.category == "physical_assault" for e in result.discounted)


def test_several_categories_and_clauses(bundle):
    result = triage("He said he would post my name online and make sure everyone knows where I live", bundle)
    assert {"online_defamation", "privacy_violation"} <= set(result.category_ids)
    covered = {c for m in result.clauses for c in m.categories}
    assert {"online_defamation", "privacy_violation"} <= covered
    assert all(m.policy == "general" for m in result.clauses)


def test_weapon_makes_it_critical(bundle):
    assert triage("He pulled out a knife at the counter", bundle).severity is Severity.CRITICAL


def test_company_policy_clauses_are_used(bundle):
    prometric = load_bundle(DEFAULT_POLICY_DIR, "prometric_japan")
    result = triage("The candidate filmed the test room with his phone", prometric)
    assert result.clauses and result.clauses[0].policy == "prometric_japan"


def test_deterministic(bundle):
    text = "You idiot, I'll sit here until you apologise on your knees"
    assert triage(text, bundle) == triage(text, bundle)


def test_huge_input_is_truncated_not_fatal(bundle):
    result = triage("He called me an idiot. " + "x" * 100_000, bundle)
    assert result.truncated and result.harassment


def test_normalise_and_language():
    assert normalise("He WON'T leave") == "he will not leave"
    assert normalise("３時間") == "3時間"
    assert detect_language(normalise("お客様に怒鳴られた")) == "ja"
    assert detect_language(normalise("He yelled")) == "en"


# --- the CLI contract -------------------------------------------------------------------


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=60,
        env={"PATH": "/usr/bin:/bin", "DATA_DIR": "/tmp/kasuhara-test-cli"},
    )


def test_cli_jsonl_contract_and_bad_lines():
    lines = [
        json.dumps({"id": 1, "text": "He threatened to kill me"}),
        "this is not json",
        json.dumps({"id": "x", "text": ""}),
        json.dumps({"id": 3}),
        json.dumps({"id": 4, "text": "居座られて帰ってくれない"}),
        json.dumps({"id": 5, "text": "big " * 25_000}),
    ]
    stdin = ("\n".join(lines) + "\n").encode() + b"\xff\xfe\x00garbage\n" + json.dumps({"id": 6, "text": "refund please"}).encode() + b"\n"
    done = run_cli("triage", "--jsonl", stdin=stdin)
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(out) == 8, done.stderr.decode()
    first = out[0]
    assert first["id"] == 1 and first["harassment"] is True
    assert first["categories"][0] == "threats_intimidation" and first["severity"] == "critical"
    assert {"policy", "clause_id", "score"} <= set(first["clauses"][0])
    assert first["evidence"]["threats_intimidation"]
    assert "invalid JSON" in out[1]["error"] and out[1]["line"] == 2
    assert "empty" in out[2]["error"] and out[2]["id"] == "x"
    assert "text" in out[3]["error"]
    assert out[4]["categories"][0] == "constraint_prolonged"
    assert out[5]["harassment"] is False and out[5]["truncated"] is True
    assert "UTF-8" in out[6]["error"]
    assert out[7]["id"] == 6 and out[7]["harassment"] is False
    assert done.returncode == 1  # some lines had errors; the others were answered


def test_cli_readable_and_policy_override():
    done = run_cli("triage", "--policy", "media_opus_plus", "He demanded I kneel and apologise")
    text = done.stdout.decode()
    assert done.returncode == 0
    assert "coerced_apology" in text and "media_opus_plus" in text


def test_cli_empty_text_and_unknown_policy():
    assert run_cli("triage", "   ").returncode == 2
    done = run_cli("triage", "--policy", "no_such_policy", "hello")
    assert done.returncode == 2 and b"no_such_policy" in done.stderr


# --- the labelled data set --------------------------------------------------------------


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_data_set_is_big_varied_and_well_formed():
    dev, holdout, holdout2 = load("triage_dev.jsonl"), load("triage_holdout.jsonl"), load("triage_holdout2.jsonl")
    cases = dev + holdout + holdout2
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    assert len(cases) >= 250
    assert sum(c["lang"] in ("ja", "mixed") for c in cases) >= 100
    assert sum(not c["harassment"] for c in cases) >= 40
    for case in cases:
        assert set(case["categories"]) <= set(CATEGORY_IDS)
        assert case["harassment"] == bool(case["categories"])
    for split in (dev, holdout, holdout2):
        first = Counter(c["categories"][0] for c in split if c["harassment"])
        assert all(first[cat] >= 4 for cat in CATEGORY_IDS), first
