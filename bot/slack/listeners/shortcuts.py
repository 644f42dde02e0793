"""The message shortcut "Report harassment": any message becomes a prefilled report form."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.lifecycle import ReportSource
from bot.slack import blocks, ids
from bot.slack.context import BotContext


def message_text(message: dict[str, Any]) -> str:
    """The readable text of a shortcut's message, including attachment and file fallbacks."""
    parts = [message.get("text") or ""]
    for attachment in message.get("attachments") or ():
        parts.append(attachment.get("text") or attachment.get("fallback") or "")
    for file in message.get("files") or ():
        parts.append(file.get("preview") or file.get("title") or "")
    return "\n".join(p for p in parts if p).strip()


def register(app: App, ctx: BotContext) -> None:
    """Attach the shortcut listener."""

    def report_message(ack: Ack, shortcut: dict[str, Any], client: WebClient) -> None:
        ack()  # the form opens at once; the permalink is fetched when it is submitted
        message = shortcut.get("message") or {}
        metadata = {
            "src": ReportSource.MESSAGE_SHORTCUT.value,
            "ch": (shortcut.get("channel") or {}).get("id", ""),
            "ts": message.get("ts") or shortcut.get("message_ts", ""),
        }
        client.views_open(
            trigger_id=shortcut["trigger_id"],
            view=blocks.report_modal(
                ctx.quick_language(shortcut["user"]["id"]),
                text=message_text(message),
                private_metadata=json.dumps(metadata),
            ),
        )

    app.shortcut(ids.SHORTCUT_REPORT)(report_message)
