"""Text preparation for triage: normalisation, language detection, clause boundaries.

Japanese is handled without a tokenizer. Customer-harassment phrases in Japanese are short,
distinctive character sequences whose stems survive conjugation (居座 in 居座る/居座られた,
土下座 in 土下座しろ/土下座させられた), so the engine matches regular expressions over
NFKC-normalised characters. That needs no dictionary download, is deterministic, runs in
microseconds, and is robust to the unusual spellings (カタカナ/ひらがな variants, full-width
digits, half-width kana) that a morphological analyser's dictionary would split badly.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.triage import prefilter

MAX_ANALYSED_CHARS = 20_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\u3000]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[a-z]{2,}")

# English contractions expanded so that negation and cue patterns see one spelling. One
# alternation, one pass: a 2,000-character text is scanned once, not once per contraction.
_CONTRACTION_WORDS = {
    "won't": "will not", "wont": "will not", "can't": "can not", "cant": "can not", "cannot": "can not",
    "shan't": "shall not", "ain't": "is not", "aint": "is not", "i'm": "i am",
}
_NOT_VERBS = "do|does|did|is|are|was|were|has|have|had|would|could|should|must|need"
_CONTRACTION = re.compile(
    r"\b(?:(?P<word>won'?t|can'?t|cannot|shan't|ain'?t|i'm)"
    rf"|(?P<verb>{_NOT_VERBS})n'?t"
    r"|(?P<are>you|we|they)'re|(?P<is>he|she|it|that|there)'s|(?P<will>i|you|he|she|we|they)'ll"
    r"|(?P<would>i|you|he|she|we|they)'d|(?P<have>i|you|we|they)'ve)\b"
)
_SUFFIX = {"verb": " not", "are": " are", "is": " is", "will": " will", "would": " would", "have": " have"}


def _expand(match: re.Match[str]) -> str:
    if match.group("word"):
        return _CONTRACTION_WORDS.get(match.group("word"), match.group("word"))
    kind = match.lastgroup or ""
    return match.group(kind) + _SUFFIX[kind]


def normalise(text: str) -> str:
    """NFKC, lower case, straight quotes, expanded contractions, collapsed spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    text = text.lower()
    text = _expand_contractions(text)
    text = _SPACES_TO_COLLAPSE.sub(" ", text)  # what _SPACES.sub(" ", text) gives
    return text.strip()


# A run of spaces other than one plain space: the runs `_SPACES.sub(" ", ...)` changes (a lone
# space stays as it is). It opens with a class, which the regex engine scans for quickly.
_SPACES_TO_COLLAPSE = re.compile(r"[ \t\u3000](?:(?<=[\t\u3000])|[ \t\u3000])[ \t\u3000]*")


def _expand_contractions(text: str) -> str:
    """`_CONTRACTION.sub(_expand, text)`, its matches found with a scout (`prefilter.finditer`)."""
    pieces: list[str] = []
    last = 0
    for match in prefilter.finditer(_CONTRACTION, _contraction_scout(), text, 0, len(text)):
        pieces += (text[last : match.start()], _expand(match))
        last = match.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


@lru_cache(maxsize=1)
def _contraction_scout() -> re.Pattern[str] | None:
    return prefilter.scout(_CONTRACTION.pattern)


def detect_language(normalised: str) -> str:
    """'ja', 'en' or 'mixed' by the share of Japanese characters and Latin words."""
    cjk = len(_CJK.findall(normalised))
    latin_words = len(_LATIN_WORD.findall(normalised))
    if cjk == 0:
        return "en"
    if latin_words == 0:
        return "ja"
    # Japanese text often carries a few Latin words (SNS, LINE, OK); only call it mixed
    # when English carries real weight.
    if latin_words * 3 >= cjk:
        return "mixed"
    return "ja"


def has_japanese(normalised: str) -> bool:
    """True when the text contains any kana or kanji."""
    return _CJK.search(normalised) is not None


def has_english(normalised: str) -> bool:
    """True when the text contains Latin words."""
    return _LATIN_WORD.search(normalised) is not None
