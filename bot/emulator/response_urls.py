"""Posting to a response_url: at most 5 uses within 30 minutes, blocks validated, state updated.

A response_url is bound to where the interaction happened. Its JSON body may:
- `delete_original`: delete the message the interaction came from;
- `replace_original`: replace that message's text and blocks;
- `response_type: "in_channel"`: post a new message in the channel (no membership needed);
- otherwise: show an ephemeral message to the user who interacted.
Slack answers "ok" as text, or an error word with a 4xx status.
"""

from __future__ import annotations

import copy
from typing import Any

from bot.emulator import blockkit
from bot.emulator.state import EphemeralMessage, ResponseUrl, Workspace

RESPONSE_URL_MAX_USES = 5
RESPONSE_URL_LIFETIME_SECONDS = 30 * 60


class ResponseUrlError(Exception):
    """A post the response_url refused; `error` is Slack's one-word body."""

    def __init__(self, status: int, error: str, details: list[str] | None = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.details = details or []


def deliver(
    ws: Workspace, hook: ResponseUrl, body: Any, *, counts_as_use: bool = True, via: str = "response_url"
) -> None:
    """Apply one post to `hook`; raises ResponseUrlError the way Slack refuses it."""
    if counts_as_use:
        if ws.clock.now() - hook.issued_at > RESPONSE_URL_LIFETIME_SECONDS:
            raise ResponseUrlError(404, "expired_url")
        if hook.uses >= RESPONSE_URL_MAX_USES:
            raise ResponseUrlError(404, "used_url")
    if not isinstance(body, dict):
        raise ResponseUrlError(400, "invalid_payload", ["the body must be a JSON object"])
    original = ws.find_message(hook.channel_id, hook.message_ts) if hook.channel_id else None

    if _truthy(body.get("delete_original")):
        if original is not None:
            ws.delete_message(original)
    else:
        text, blocks = _checked_content(body)
        if _truthy(body.get("replace_original")) and original is not None:
            original.text = text
            original.blocks = blockkit.with_generated_ids(blocks) if blocks is not None else None
            where = {"channel": original.channel, "ts": original.ts}
        elif body.get("response_type") == "in_channel" and hook.channel_id:
            posted = ws.add_message(
                hook.channel_id,
                user=ws.bot_user_id,
                text=text,
                blocks=blocks,
                thread_ts=body.get("thread_ts"),
            )
            where = {"channel": posted.channel, "ts": posted.ts}
        else:
            where = _post_ephemeral(ws, hook, text, blocks, via)
        ws.record_output(via, **where, text=text, blocks=blocks, attachments=body.get("attachments"))

    if counts_as_use:
        hook.uses += 1
    hook.posts.append(copy.deepcopy(body))


def _checked_content(body: dict[str, Any]) -> tuple[str, list[dict[str, Any]] | None]:
    text = body.get("text") or ""
    blocks = body.get("blocks")
    if blocks is not None:
        problems = blockkit.message_blocks_problems(blocks)
        if problems:
            raise ResponseUrlError(400, "invalid_blocks", [str(p) for p in problems])
    if not text and not blocks and not body.get("attachments"):
        raise ResponseUrlError(400, "no_text")
    return text, blocks


def _post_ephemeral(
    ws: Workspace, hook: ResponseUrl, text: str, blocks: list[dict[str, Any]] | None, via: str
) -> dict[str, Any]:
    if not (hook.channel_id and hook.user_id):
        return {}
    ephemeral = EphemeralMessage(
        channel=hook.channel_id,
        user=hook.user_id,
        ts=ws.next_ts(),
        text=text,
        blocks=blockkit.with_generated_ids(blocks) if blocks is not None else None,
        via=via,
    )
    ws.ephemeral.append(ephemeral)
    return {"channel": hook.channel_id, "user": hook.user_id, "ts": ephemeral.ts}


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() == "true"
