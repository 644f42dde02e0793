"""Finding broadcast mentions (<!channel>, <!here>, <!everyone>) in content the app posted.

A broadcast mention in mrkdwn pings a whole channel. The app must never produce one from
user-supplied text, so tests scan everything it posted. Only places Slack renders as mrkdwn are
scanned: a message's top-level `text`, mrkdwn text objects in blocks, attachment text, and
rich_text `broadcast` elements. plain_text objects are shown literally and never ping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

BROADCAST_MENTION = re.compile(r"<!(?:channel|here|everyone)(?:\|[^>]*)?>")
_ATTACHMENT_MRKDWN_KEYS = ("text", "pretext", "fallback")


def broadcast_mentions(text: Any, blocks: Any = None, attachments: Any = None) -> list[str]:
    """Every broadcast mention found in a message's text, blocks and attachments."""
    found: list[str] = []
    for mrkdwn in _mrkdwn_strings(text, blocks, attachments):
        found.extend(BROADCAST_MENTION.findall(mrkdwn))
    found.extend(_rich_text_broadcasts(blocks))
    return found


def _mrkdwn_strings(text: Any, blocks: Any, attachments: Any) -> Iterator[str]:
    if isinstance(text, str):
        yield text
    yield from _mrkdwn_text_objects(blocks)
    for attachment in attachments if isinstance(attachments, list) else []:
        if isinstance(attachment, dict):
            for key in _ATTACHMENT_MRKDWN_KEYS:
                if isinstance(attachment.get(key), str):
                    yield attachment[key]
            yield from _mrkdwn_text_objects(attachment.get("blocks"))


def _mrkdwn_text_objects(node: Any) -> Iterator[str]:
    if isinstance(node, list):
        for item in node:
            yield from _mrkdwn_text_objects(item)
    elif isinstance(node, dict):
        if node.get("type") == "mrkdwn" and isinstance(node.get("text"), str):
            yield node["text"]
        for value in node.values():
            if isinstance(value, (dict, list)):
                yield from _mrkdwn_text_objects(value)


def _rich_text_broadcasts(node: Any) -> Iterator[str]:
    if isinstance(node, list):
        for item in node:
            yield from _rich_text_broadcasts(item)
    elif isinstance(node, dict):
        if node.get("type") == "broadcast":
            yield f"<!{node.get('range', 'channel')}>"
        for value in node.values():
            if isinstance(value, (dict, list)):
                yield from _rich_text_broadcasts(value)
