"""The message shortcut "Report harassment": any message becomes a prefilled report form."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.lifecycle import ReportSource
from bot.slack import blocks, ids
from bot.slack.context import BotContext
from bot.slack.modals import ack_then_open, open_modal
from bot.slack.payloads import PayloadError, parse_shortcut

logger = logging.getLogger(__name__)


def message_text(message: Mapping[str, Any]) -> str:
    """The readable text of a shortcut's message, including attachment and file fallbacks."""
    parts = [message.get("text") or ""]
    for attachment in message.get("attachments") or ():
        parts.append(attachment.get("text") or attachment.get("fallback") or "")
    for file in message.get("files") or ():
        parts.append(file.get("preview") or file.get("title") or "")
    return "\n".join(p for p in parts if p).strip()


def register(app: App, ctx: BotContext) -> None:
    """Attach the shortcut listener."""

    def report_message(body: dict[str, Any], client: WebClient) -> None:
        try:
            typed = parse_shortcut(body)
        except PayloadError as exc:
            logger.warning("Ignoring a malformed shortcut: %s", exc)
            return
        lang = ctx.quick_language(typed.user_id)
        metadata = {"src": ReportSource.MESSAGE_SHORTCUT.value, "ch": typed.channel_id, "ts": typed.message_ts}
        view = blocks.report_modal(
            lang,
            text=message_text(typed.message),
            private_metadata=json.dumps(metadata),
            locations=ctx.settings.report_locations,
        )  # the permalink is fetched when the form is submitted
        open_modal(
            ctx, client, trigger_id=typed.trigger_id, view=view, user_id=typed.user_id, lang=lang,
            response_url=typed.response_url, channel_id=typed.channel_id,
        )

    # The form opens after the ack (a slow views.open must not hold it past 3 seconds), on the form threads.
    app.shortcut(ids.SHORTCUT_REPORT)(ack_then_open(ctx, report_message))
