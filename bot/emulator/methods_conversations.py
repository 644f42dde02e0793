"""conversations.* methods, with Slack's channel naming and membership rules.

Visibility: a private channel the bot is not in does not exist for read methods
(conversations.info/members/history/replies answer channel_not_found), while chat.postMessage
and conversations.invite answer not_in_channel for it.
"""

from __future__ import annotations

import re
from typing import Any

from bot.emulator.api import ApiError, Arguments, paginate
from bot.emulator.state import Channel, Workspace

CHANNEL_NAME_MAX = 80
_CHANNEL_NAME = re.compile(r"[a-z0-9_-]+")
_MPIM_USERS_MAX = 8


def channel_name_error(name: str | None) -> str | None:
    """The Slack error for an unacceptable channel name, or None when the name is fine."""
    if not name:
        return "invalid_name_required"
    if len(name) > CHANNEL_NAME_MAX:
        return "invalid_name_maxlength"
    if not _CHANNEL_NAME.fullmatch(name):
        return "invalid_name_specials"
    if set(name) <= {"-", "_"}:
        return "invalid_name_punctuation"
    return None


def find_channel(ws: Workspace, reference: str | None) -> Channel:
    """A conversation by id, or by name ("general" or "#general"); else channel_not_found."""
    if reference:
        channel = ws.channels.get(reference) or ws.channel_named(reference.removeprefix("#"))
        if channel is not None:
            return channel
    raise ApiError("channel_not_found")


def visible_channel(ws: Workspace, reference: str | None) -> Channel:
    """A conversation the bot can see: private ones only when it is a member."""
    channel = find_channel(ws, reference)
    if channel.is_private and ws.bot_user_id not in channel.members:
        raise ApiError("channel_not_found")
    return channel


def readable_channel(ws: Workspace, reference: str | None) -> Channel:
    """A conversation whose messages the bot may read: it must be a member."""
    channel = visible_channel(ws, reference)
    if ws.bot_user_id not in channel.members:
        raise ApiError("not_in_channel")
    return channel


def conversations_create(ws: Workspace, args: Arguments) -> dict[str, Any]:
    name = args.text("name")
    error = channel_name_error(name)
    if error or name is None:
        raise ApiError(error or "invalid_name_required")
    if ws.channel_named(name) is not None:
        raise ApiError("name_taken")
    channel = ws.add_channel(name, is_private=args.flag("is_private"), creator=ws.bot_user_id, members=[ws.bot_user_id])
    return {"channel": channel.to_api(ws.bot_user_id)}


def conversations_info(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = visible_channel(ws, args.text("channel"))
    info = channel.to_api(ws.bot_user_id)
    if args.flag("include_num_members"):
        info["num_members"] = len(channel.members)
    return {"channel": info}


def conversations_members(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = visible_channel(ws, args.text("channel"))
    members, next_cursor = paginate(channel.members, args)
    return {"members": members, "response_metadata": {"next_cursor": next_cursor}}


def conversations_list(ws: Workspace, args: Arguments) -> dict[str, Any]:
    types = set(args.id_list("types") or ["public_channel"])
    bot = ws.bot_user_id

    def listed(channel: Channel) -> bool:
        if channel.is_im:
            return "im" in types and bot in channel.members
        if channel.is_mpim:
            return "mpim" in types and bot in channel.members
        if channel.is_private:
            return "private_channel" in types and bot in channel.members
        return "public_channel" in types

    channels = [c.to_api(bot) for c in ws.channels.values() if listed(c)]
    page, next_cursor = paginate(channels, args)
    return {"channels": page, "response_metadata": {"next_cursor": next_cursor}}


def conversations_invite(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = find_channel(ws, args.text("channel"))
    if channel.is_conversation_with_users:
        raise ApiError("method_not_supported_for_channel_type")
    if channel.is_archived:
        raise ApiError("is_archived")
    if ws.bot_user_id not in channel.members:
        raise ApiError("not_in_channel")
    user_ids = args.id_list("users")
    if not user_ids:
        raise ApiError("no_user")
    per_user_errors: list[dict[str, Any]] = []
    for user_id in user_ids:
        if user_id == ws.bot_user_id:
            per_user_errors.append({"user": user_id, "ok": False, "error": "cant_invite_self"})
        elif user_id not in ws.users:
            per_user_errors.append({"user": user_id, "ok": False, "error": "user_not_found"})
    if per_user_errors:
        raise ApiError(str(per_user_errors[0]["error"]), errors=per_user_errors)
    newcomers = [u for u in dict.fromkeys(user_ids) if u not in channel.members]
    if not newcomers:
        # Slack answers already_in_channel only when every invitee is already a member.
        raise ApiError(
            "already_in_channel",
            errors=[{"user": u, "ok": False, "error": "already_in_channel"} for u in user_ids],
        )
    channel.members.extend(newcomers)
    return {"channel": channel.to_api(ws.bot_user_id)}


def conversations_archive(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = visible_channel(ws, args.text("channel"))
    if channel.is_conversation_with_users:
        raise ApiError("method_not_supported_for_channel_type")
    if channel.is_archived:
        raise ApiError("already_archived")
    if ws.bot_user_id not in channel.members:
        raise ApiError("not_in_channel")
    channel.is_archived = True
    return {}


def conversations_join(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = find_channel(ws, args.text("channel"))
    if channel.is_private or channel.is_conversation_with_users:
        raise ApiError("method_not_supported_for_channel_type")
    if ws.bot_user_id in channel.members:
        return {
            "channel": channel.to_api(ws.bot_user_id),
            "warning": "already_in_channel",
            "response_metadata": {"warnings": ["already_in_channel"]},
        }
    channel.members.append(ws.bot_user_id)
    return {"channel": channel.to_api(ws.bot_user_id)}


def conversations_open(ws: Workspace, args: Arguments) -> dict[str, Any]:
    if args.text("channel"):
        channel = visible_channel(ws, args.text("channel"))
        if not channel.is_conversation_with_users:
            raise ApiError("method_not_supported_for_channel_type")
        existed = True
    else:
        user_ids = [u for u in dict.fromkeys(args.id_list("users")) if u != ws.bot_user_id]
        if not user_ids:
            raise ApiError("users_list_not_supplied")
        if len(user_ids) > _MPIM_USERS_MAX:
            raise ApiError("too_many_users")
        if any(u not in ws.users for u in user_ids):
            raise ApiError("user_not_found")
        channel, existed = ws.open_conversation(user_ids)
    body: dict[str, Any] = {"channel": channel.to_api(ws.bot_user_id) if args.flag("return_im") else {"id": channel.id}}
    if existed:
        body.update(no_op=True, already_open=True)
    return body


def conversations_history(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = readable_channel(ws, args.text("channel"))
    oldest = float(args.text("oldest") or 0)
    latest = float(args.text("latest") or "inf")
    inclusive = args.flag("inclusive")

    def in_range(ts: str) -> bool:
        t = float(ts)
        return (oldest <= t <= latest) if inclusive else (oldest < t < latest)

    top_level = [m for m in ws.messages[channel.id] if not m.is_reply and in_range(m.ts)]
    newest_first = [ws.message_to_api(m) for m in reversed(top_level)]
    page, next_cursor = paginate(newest_first, args)
    return {
        "messages": page,
        "has_more": bool(next_cursor),
        "pin_count": 0,
        "response_metadata": {"next_cursor": next_cursor},
    }


def conversations_replies(ws: Workspace, args: Arguments) -> dict[str, Any]:
    channel = readable_channel(ws, args.text("channel"))
    message = ws.find_message(channel.id, args.required("ts"))
    if message is None:
        raise ApiError("thread_not_found")
    parent = ws.find_message(channel.id, message.thread_ts) if message.is_reply else message
    if parent is None:
        raise ApiError("thread_not_found")
    thread = [parent, *(ws.find_message(channel.id, ts) for ts in parent.reply_ts)]
    page, next_cursor = paginate([ws.message_to_api(m) for m in thread if m is not None], args)
    return {"messages": page, "has_more": bool(next_cursor), "response_metadata": {"next_cursor": next_cursor}}


METHODS = {
    "conversations.create": conversations_create,
    "conversations.info": conversations_info,
    "conversations.members": conversations_members,
    "conversations.list": conversations_list,
    "conversations.invite": conversations_invite,
    "conversations.archive": conversations_archive,
    "conversations.join": conversations_join,
    "conversations.open": conversations_open,
    "conversations.history": conversations_history,
    "conversations.replies": conversations_replies,
}
