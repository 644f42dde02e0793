"""What kind of text a report is, and so who is reporting: advice fits the person who asks.

Five genres: a staff member describing what happened to them (first_person), someone else's
account of it (third_person: a supervisor, a colleague, HR, a survey or a news report), the
customer's own words forwarded (customer_message: an email, chat, review or post), a call or
chat transcript (transcript), and a case as official guidance writes it (guidance_case).

Genre is a matter of style, not of content: who says "I", whom the text addresses, greetings
and sign-offs, speaker turns, case numbering, polite verb endings. A small complement naive
Bayes model over such style marks (`style`), trained on the labelled cases (`train`, saved as
`genre_weights.json`), reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from functools import lru_cache
from pathlib import Path

from bot.triage import model

GENRES = ("first_person", "third_person", "customer_message", "transcript", "guidance_case")
GENRE_LEAN = 0.5  # below this share of belief the genre is not stated
TEMPERATURE = 1.0  # style marks are few: their scores spread less than the main model's
WEIGHTS_FILE = Path(__file__).with_name("genre_weights.json")


class Reporter(str, Enum):
    """Who is most likely telling the bot, for the advice they get."""

    AFFECTED = "affected"  # the staff member it happened to
    ON_BEHALF = "on_behalf"  # a supervisor or colleague reporting for someone else
    FORWARDED = "forwarded"  # staff passing on the customer's own message


REPORTER_OF = {
    "first_person": Reporter.AFFECTED,
    "transcript": Reporter.AFFECTED,
    "third_person": Reporter.ON_BEHALF,
    "guidance_case": Reporter.ON_BEHALF,
    "customer_message": Reporter.FORWARDED,
}

_TURN = re.compile(
    r"^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?[^\s:：/]{1,24}(?:\s[^\s:：/]{1,24}){0,3}\s*(?:\([^)]{0,30}\)|（[^）]{0,30}）)?\s*[:：]\s*\S",
    re.MULTILINE,
)
_EN_MARKS = (
    "i", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "yours", "he", "she", "they", "him", "her",
    "his", "their", "them", "it", "customer", "customers", "client", "guest", "passenger", "patient", "staff",
    "colleague", "colleagues", "employee", "employees", "team", "manager", "supervisor", "agent", "caller",
    "dear", "hi", "hello", "regards", "sincerely", "thanks", "thank", "cheers", "please", "sir", "madam",
    "case", "scenario", "example", "reported", "report", "told", "said", "says", "asked", "was", "were", "is",
    "am", "are", "will", "would", "i'm", "i've", "i'd", "i'll", "you're", "wasn't", "didn't", "don't",
    "today", "yesterday", "last", "ago", "our store", "your store", "your company", "your staff",
)
_JA_MARKS = (
    "私", "僕", "自分", "わたし", "当店", "当社", "弊社", "当方", "御中", "様", "さま", "お客様", "お客さま", "客",
    "スタッフ", "店員", "従業員", "職員", "係員", "担当者", "担当", "行員", "社員", "同僚", "部下", "上司", "店長",
    "事例", "【", "】", "〇〇", "○○", "です", "ます", "でした", "ました", "ません", "ください", "いただ", "貴社",
    "御社", "おたく", "あなた", "お前", "てめえ", "と言われ", "られました", "と言った", "とのこと", "報告", "相談",
    "対応した", "対応しました", "求めた", "述べた", "と述べ", "求めている", "であった", "である", "た。", "だ。",
    "！", "？", "★", "☆", "「", "」", "w", "草",
)
_SIGN_OFF = re.compile(
    r"(?:^|\n)\s*(?:regards|kind regards|best regards|sincerely|thanks|many thanks|cheers|以上|よろしくお願い)", re.IGNORECASE
)
_CASE_NUMBER = re.compile(r"^\s*(?:case|scenario|example)\s*\d*\b|^\s*【?事例", re.IGNORECASE)
_EN_WORD = re.compile(r"[a-z][a-z']*")


def style(text: str) -> set[str]:
    """The style marks of a text (lower-cased): function words, greetings, turns, case numbers."""
    lowered = text.lower()
    words = set(_EN_WORD.findall(lowered[:1500]))
    marks = {f"w:{w}" for w in _EN_MARKS if (" " in w and w in lowered) or w in words}
    marks.update(f"j:{m}" for m in _JA_MARKS if m in text[:1500])
    first = _EN_WORD.match(lowered.lstrip()) or None
    marks.add(f"first:{first.group(0)}" if first else f"first:{text.lstrip()[:2]}")
    turns = len(_TURN.findall(text))
    marks.add(f"turns:{min(turns, 3)}")
    marks.add(f"lines:{min(text.count(chr(10)), 4)}")
    marks.add(f"quotes:{min(text.count(chr(34)) + text.count('「') + text.count('“'), 4)}")
    if _SIGN_OFF.search(text):
        marks.add("sign_off")
    if _CASE_NUMBER.search(text):
        marks.add("case_number")
    return marks


def infer(text: str) -> tuple[str | None, float]:
    """The genre of a text and the share of belief in it (None when it does not lean enough)."""
    reader = _load()
    if reader is None:
        return None, 0.0
    shares = model.shares(reader.score(style(text)), TEMPERATURE)
    best = max(shares, key=lambda g: shares[g], default=None)
    if best is None or shares[best] < GENRE_LEAN:
        return None, shares.get(best, 0.0) if best else 0.0
    return best, shares[best]


def reporter(genre: str | None) -> Reporter:
    """Who is likely reporting, from the genre (unknown: the affected staff member)."""
    return REPORTER_OF.get(genre or "", Reporter.AFFECTED)


def train(cases: Iterable[Mapping[str, object]]) -> model.ComplementNB:
    """The genre reader, fitted on labelled cases that have a genre."""
    docs: list[tuple[Mapping[str, float], Sequence[str]]] = []
    for case in cases:
        genre = case.get("genre")
        if isinstance(genre, str) and genre in GENRES:
            docs.append((dict.fromkeys(style(str(case["text"])), 1.0), [genre]))
    return model.fit(docs)


def save(reader: model.ComplementNB) -> None:
    """Write the genre reader beside the main model."""
    model.save(reader, WEIGHTS_FILE)
    _load.cache_clear()


@lru_cache(maxsize=1)
def _load() -> model.ComplementNB | None:
    return model.read(WEIGHTS_FILE)
