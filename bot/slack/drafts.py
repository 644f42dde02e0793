"""The opaque value carried by the triage reply's buttons: which report they act on.

Nothing is stored when `/harassment <text>` is answered (the answer comes back in the ack
itself), so the buttons carry the report: an idempotency key and, when it fits in a button
value (2,000 characters), the text. Longer texts are recorded at once and found by key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

BUTTON_VALUE_LIMIT = 2000
TEXT_IN_VALUE_LIMIT = 1800
LONGEST_USER_ID = "W" * 32  # what `fits` assumes when not told the user: a text that fits then fits for anyone


@dataclass(frozen=True)
class Draft:
    """A report not yet (or just) recorded."""

    key: str
    text: str | None  # None: too long for a button; the case was recorded under `key`
    channel_id: str = ""
    user_id: str = ""  # whom the buttons were shown to: they act for nobody else


def encode(draft: Draft) -> str:
    """The button value for a draft (always within Slack's limit)."""
    payload = {"k": draft.key, "c": draft.channel_id}
    if draft.user_id:
        payload["u"] = draft.user_id
    if draft.text is not None and len(draft.text) <= TEXT_IN_VALUE_LIMIT:
        payload["t"] = draft.text
    value = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    if len(value) > BUTTON_VALUE_LIMIT:  # escaping can grow the text; drop it, the key remains
        payload.pop("t", None)
        value = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return value


def fits(text: str, key: str, channel_id: str = "", user_id: str = LONGEST_USER_ID) -> bool:
    """True when a description rides in the button value with this very key (and channel, and user)."""
    return "t" in json.loads(encode(Draft(key, text, channel_id, user_id)))


def decode(value: str) -> Draft:
    """Parse a button value; ValueError when it is not one of ours."""
    try:
        payload = json.loads(value)
        key = payload["k"]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ValueError("not a report draft") from exc
    if not isinstance(key, str) or not key:
        raise ValueError("not a report draft")
    text = payload.get("t")
    return Draft(
        key=key,
        text=text if isinstance(text, str) else None,
        channel_id=str(payload.get("c") or ""),
        user_id=str(payload.get("u") or ""),
    )


def shown_to_someone_else(draft: Draft, user_id: str) -> bool:
    """True when the buttons carrying `draft` were shown to another person than `user_id`."""
    return bool(draft.user_id) and draft.user_id != user_id
