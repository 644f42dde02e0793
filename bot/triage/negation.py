"""Is a phrase negated or denied where it stands? ("he did not threaten me", 「暴力はなかった」)

Pure functions over normalised text (see `bot.triage.text.normalise`), shared by the cue
lexicon and the safety floor. English negators come shortly before a phrase, in the same
clause; Japanese negative endings come shortly after it, in the same clause.
"""

from __future__ import annotations

import re

# English: a negator shortly before the phrase, inside the same clause.
_EN_CLAUSE_BREAK = re.compile(
    r"[.!?;:,\n]| but | however| although| though| yet | whereas| and | or | so | until | till | unless | because | if | then "
)
_EN_CLAUSE_OPENER = re.compile(r"(until|till|unless|because|if|or|and) ")
_EN_NEGATOR = re.compile(
    r"\b(not|never|no|nobody|none|nothing|neither|nor|without|hardly|barely)\b(?! (only|just|longer|doubt|matter|one but|sooner)\b)"
)
EN_NEGATION_WINDOW_WORDS = 4

# Japanese: a negative ending shortly after the phrase, inside the same clause.
_JA_CLAUSE_BREAK = re.compile(r"[。！？!?\n、,]|けど|けれど|ものの|が、")
# A bare ない after a verb stem is usually the phrase itself (従わない, 帰らない), so a plain
# negative counts only after a particle (暴力はなかった, 脅しもない) or in a fixed negative form.
_JA_NEGATED_TAIL = re.compile(
    r"^[^。！？!?\n]{0,8}?(?:"
    r"(?:は|も|こそ|など|なんて|とかは|までは)(?:一切|全く|まったく|全然|特に|別に|決して)?"
    r"(?:なかった|なく|ない|ありません|ございません|無かった|無い|無く|なし|無し)"
    r"|ていない|てない|てはいない|てはない|ていません|てはいません|ておりません|てはおりません"
    r"|ませんでした|わけではな|訳ではな|ことはな|事はな|ではな|じゃな|なし(?!に)|無し(?!に))"
)
JA_NEGATION_TAIL_CHARS = 16


def english_clause_before(text: str, start: int, *, reach: int = 60) -> str:
    """The words of the phrase's own clause that come before `start` (at most `reach` chars)."""
    before = text[max(0, start - reach): start]
    breaks = list(_EN_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    return before


def is_negated_en(text: str, start: int, phrase: str, *, window: int = EN_NEGATION_WINDOW_WORDS) -> bool:
    """True when a negator stands within `window` words before the phrase, in its clause."""
    if _EN_CLAUSE_OPENER.match(phrase):
        return False  # the phrase opens its own clause ("until I apologised")
    words = english_clause_before(text, start).split()[-window:]
    return _EN_NEGATOR.search(" ".join(words)) is not None


def is_negated_ja(text: str, end: int, *, tail_chars: int = JA_NEGATION_TAIL_CHARS) -> bool:
    """True when a negative ending follows the phrase that ends at `end`, in its clause."""
    tail = text[end: end + tail_chars]
    cut = _JA_CLAUSE_BREAK.search(tail)
    if cut:
        tail = tail[: cut.start()] + "。"
    return _JA_NEGATED_TAIL.match(tail) is not None
