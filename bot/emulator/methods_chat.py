"""chat.* methods: posting, updating and deleting messages, ephemeral messages, permalinks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.emulator import blockkit
from bot.emulator.api import ApiError, Arguments, problems_error
from bot.emulator.methods_conversations import find_channel, visible_channel
from bot.emulator.state import Channel, EphemeralMessage, Workspace


@dataclass(frozen=True)
class MessageContent:
    text: str
    blocks: list[dict[str, Any]] | None
    attachments: list[dict[str, Any]] | None


def message_content(args: Arguments) -> MessageContent:
    """The text/blocks/attachments of a message, checked as Slack checks them."""
    text = args.text("text") or ""
    blocks = args.json("blocks", error="invalid_blocks_format")
    attachments = args.json("attachments", error="invalid_attachments")
    if blocks is not None:
        problems = blockkit.message_blocks_problems(blocks)
        if problems:
            raise problems_error("invalid_blocks", problems)
    if attachments is not None and not isinstance(attachments, list):
        raise ApiError("invalid_attachments")
    if not text and not blocks and not attachments:
        raise ApiError("no_text")
    if len(text) > blockkit.MESSAGE_TEXT_MAX:
        raise ApiError("msg_too_long")
    return MessageContent(text, blocks, attachments)


def post_target(ws: Workspace, reference: str | None) -> Channel:
    """Where chat.postMessage posts: a conversation, or the bot's DM when given a user id."""
    if reference in ws.users and reference != ws.bot_user_id:
        channel, _ = ws.open_conversation([reference])
        return channel
    return find_channel(ws, reference)


def chat_post_message(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = post_target(ws, args.text("channel"))
    if channel.is_archived:
        raise ApiError("is_archived")
    is_member = ws.bot_user_id in channel.members
    if not is_member and (channel.is_private or not ws.chat_write_public):
        raise ApiError("not_in_channel")
    content = message_content(args)
    thread_ts = args.text("thread_ts")
    if thread_ts:
        parent = ws.find_message(channel.id, thread_ts)
        if parent is None:
            raise ApiError("invalid_thread_ts")
        thread_ts = parent.thread_ts if parent.is_reply else parent.ts
    message = ws.add_message(
        channel.id,
        user=ws.bot_user_id,
        text=content.text,
        blocks=content.blocks,
        attachments=content.attachments,
        thread_ts=thread_ts,
    )
    ws.record_output(
        "chat.postMessage",
        channel=channel.id,
        ts=message.ts,
        text=message.text,
        blocks=message.blocks,
        attachments=message.attachments,
    )
    return {"channel": channel.id, "ts": message.ts, "message": ws.message_to_api(message)}


def chat_update(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = find_channel(ws, args.text("channel"))
    message = ws.find_message(channel.id, args.text("ts"))
    if message is None:
        raise ApiError("message_not_found")
    if message.user != ws.bot_user_id:
        raise ApiError("cant_update_message")
    content = message_content(args)
    # Fields left out of chat.update keep their previous value.
    if "text" in args:
        message.text = content.text
    if "blocks" in args:
        message.blocks = blockkit.with_generated_ids(content.blocks) if content.blocks is not None else None
    if "attachments" in args:
        message.attachments = content.attachments
    message.edited = {"user": ws.bot_user_id, "ts": ws.next_ts()}
    ws.record_output(
        "chat.update",
        channel=channel.id,
        ts=message.ts,
        text=message.text,
        blocks=message.blocks,
        attachments=message.attachments,
    )
    return {"channel": channel.id, "ts": message.ts, "text": message.text, "message": ws.message_to_api(message)}


def chat_delete(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = find_channel(ws, args.text("channel"))
    message = ws.find_message(channel.id, args.text("ts"))
    if message is None:
        raise ApiError("message_not_found")
    if message.user != ws.bot_user_id:
        raise ApiError("cant_delete_message")
    ws.delete_message(message)
    return {"channel": channel.id, "ts": message.ts}


def chat_post_ephemeral(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = visible_channel(ws, args.text("channel"))
    user_id = args.text("user") or ""
    if user_id not in ws.users:
        raise ApiError("user_not_found")
    if user_id not in channel.members:
        raise ApiError("user_not_in_channel")
    content = message_content(args)
    ephemeral = EphemeralMessage(
        channel=channel.id,
        user=user_id,
        ts=ws.next_ts(),
        text=content.text,
        blocks=blockkit.with_generated_ids(content.blocks) if content.blocks is not None else None,
        thread_ts=args.text("thread_ts"),
    )
    ws.ephemeral.append(ephemeral)
    ws.record_output(
        "chat.postEphemeral",
        channel=channel.id,
        user=user_id,
        ts=ephemeral.ts,
        text=ephemeral.text,
        blocks=ephemeral.blocks,
        attachments=content.attachments,
    )
    return {"message_ts": ephemeral.ts}


def chat_get_permalink(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = visible_channel(ws, args.text("channel"))
    message = ws.find_message(channel.id, args.text("message_ts"))
    if message is None:
        raise ApiError("message_not_found")
    return {"channel": channel.id, "permalink": ws.permalink(message)}


METHODS = {
    "chat.postMessage": chat_post_message,
    "chat.update": chat_update,
    "chat.delete": chat_delete,
    "chat.postEphemeral": chat_post_ephemeral,
    "chat.getPermalink": chat_get_permalink,
}
