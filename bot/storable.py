"""Text that can always be stored and sent: what Slack delivers is not always valid Unicode.

A forwarded message can carry a lone surrogate (half of an emoji cut in two), and a NUL
character cannot be stored in PostgreSQL text. Neither can be encoded as UTF-8 or stored, so
both are replaced by U+FFFD, visibly, wherever text enters the bot.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

REPLACEMENT = "\ufffd"
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def storable(text: str) -> str:
    """`text` with lone surrogates and NUL characters replaced by U+FFFD (valid pairs are kept)."""
    if not _UNSTORABLE.search(text):
        return text
    # A valid surrogate pair (from JSON's "\\ud83d\\ude00") becomes its character first.
    joined = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return _UNSTORABLE.sub(REPLACEMENT, joined)


def storable_tree(value: Any) -> Any:
    """`storable` applied to every string in a JSON-like value (dict keys included)."""
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, Mapping):
        return {storable_tree(k): storable_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [storable_tree(v) for v in value]
    return value
