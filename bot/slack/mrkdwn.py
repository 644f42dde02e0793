"""Safe Slack mrkdwn: escape user text, quote and cut it to Block Kit limits, format mentions and dates.

Everything a person typed goes through `escape` (or `quote`) before it is put into mrkdwn, so a
report containing `<!channel>` or `<https://evil|click>` is shown as text and never pings or links.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

ELLIPSIS = "…"
ZERO_WIDTH_JOINER = "\u200d"

SECTION_TEXT_MAX = 3000
BUTTON_TEXT_MAX = 75
HEADER_TEXT_MAX = 150
MODAL_TITLE_MAX = 24
OPTION_TEXT_MAX = 75

# Bare broadcast words: Slack does not ping them without angle brackets, but never rely on that.
_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,30}$")
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{2,30}$")
# A cut must not leave half an entity (`&am`) or half a Slack token (`<@U12`).
_OPEN_TAIL = re.compile(r"(&[a-z]{0,5}|<[^<>]*)$")

_DATE_TOKENS = {
    "datetime": "{date_short_pretty} {time}",
    "date": "{date_short_pretty}",
    "time": "{time}",
    "ago": "{ago}",
}
_FALLBACK_FORMATS = {
    "en": {"datetime": "%Y-%m-%d %H:%M", "date": "%Y-%m-%d", "time": "%H:%M", "ago": "%Y-%m-%d %H:%M"},
    "ja": {"datetime": "%Y年%m月%d日 %H:%M", "date": "%Y年%m月%d日", "time": "%H:%M", "ago": "%Y年%m月%d日 %H:%M"},
}


def escape(text: str) -> str:
    """User text made inert in mrkdwn: `& < >` escaped, bare @channel/@here/@everyone defused."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub(lambda m: "@" + ZERO_WIDTH_JOINER + m.group(1), escaped)


def clip(formatted: str, limit: int) -> str:
    """Already-formatted mrkdwn cut to `limit` characters with "…", never inside an entity or token."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(formatted) <= limit:
        return formatted
    head = formatted[: limit - len(ELLIPSIS)]
    head = _OPEN_TAIL.sub("", head)
    return head.rstrip() + ELLIPSIS


def split(formatted: str, limit: int) -> list[str]:
    """Formatted mrkdwn split at line, sentence or word breaks into pieces of at most `limit` characters."""
    pieces: list[str] = []
    while len(formatted) > limit:
        window = formatted[:limit]
        cut = max(window.rfind("\n"), window.rfind("。") + 1, window.rfind(". ") + 1, window.rfind(" "))
        if cut <= limit // 2:  # no natural break: cut anywhere outside an entity or token
            cut = len(_OPEN_TAIL.sub("", window)) or limit
        pieces.append(formatted[:cut].rstrip())
        formatted = formatted[cut:].lstrip()
    if formatted:
        pieces.append(formatted)
    return pieces


def quote(text: str, limit: int = SECTION_TEXT_MAX) -> str:
    """User text escaped and shown as a block quote ("> " on every line), cut to `limit` characters."""
    # Each input character yields at least one output character, so the tail beyond `limit`
    # can never be shown: drop it before escaping 100 kB of text.
    lines = text[: limit + 1].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    quoted = "\n".join("> " + escape(line) if line.strip() else ">" for line in lines)
    return clip(quoted, limit)


def truncate(text: str, limit: int) -> str:
    """Plain text cut to `limit` characters with "…" (plain_text fields are not mrkdwn: no escaping)."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return text
    return text[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS


def one_line(text: str) -> str:
    """Text with runs of whitespace (newlines included) collapsed to single spaces."""
    return " ".join(text.split())


def user(user_id: str) -> str:
    """A user mention `<@U…>` for a valid Slack user id, else the value as escaped text."""
    if _USER_ID.match(user_id or ""):
        return f"<@{user_id}>"
    return escape(user_id or "")


def channel(channel_id: str) -> str:
    """A channel link `<#C…>` for a valid Slack channel id, else the value as escaped text."""
    if _CHANNEL_ID.match(channel_id or ""):
        return f"<#{channel_id}>"
    return escape(channel_id or "")


def link(url: str, label: str) -> str:
    """A mrkdwn link for an https:// URL without spaces or brackets, else the escaped label alone."""
    if url.startswith("https://") and not re.search(r"[\s<>|]", url):
        return f"<{url.replace('&', '&amp;')}|{escape(label)}>"
    return escape(label)


# The zone of a date token's plain fallback: the TIMEZONE setting, set once when the app is built.
_FALLBACK_ZONE: dict[str, dt.tzinfo] = {"zone": dt.UTC}


def use_time_zone(name: str) -> None:
    """Write the plain fallback of date tokens in this zone (the TIMEZONE setting); Slack shows each reader theirs."""
    _FALLBACK_ZONE["zone"] = ZoneInfo(name)


def date(moment: dt.datetime, lang: str, *, style: str = "datetime") -> str:
    """A Slack date token shown in each reader's time zone, with a fallback in the configured zone.

    style: "datetime" (date and time), "date", "time" or "ago" ("3 hours ago").
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)  # the database stores UTC
    moment = moment.astimezone(_FALLBACK_ZONE["zone"])
    epoch = int(moment.timestamp())
    formats = _FALLBACK_FORMATS.get(lang, _FALLBACK_FORMATS["en"])
    fallback = f"{moment.strftime(formats[style])} {moment.tzname() or 'UTC'}"
    return f"<!date^{epoch}^{_DATE_TOKENS[style]}|{escape(fallback).replace('|', '/')}>"
