"""In-memory state of the emulated Slack workspace: users, channels, messages, views, hooks."""

from __future__ import annotations

import copy
import itertools
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from bot.emulator import blockkit


class Clock:
    """Wall-clock time that tests can move forward (trigger and response_url expiry)."""

    def __init__(self) -> None:
        self._offset = 0.0

    def now(self) -> float:
        """Current emulated time in epoch seconds."""
        return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        """Move emulated time forward."""
        self._offset += seconds


@dataclass
class User:
    id: str
    name: str
    real_name: str
    locale: str
    is_bot: bool
    email: str | None
    tz: str

    def to_api(self, team_id: str, *, include_locale: bool = False) -> dict[str, Any]:
        """The user object as users.info returns it."""
        user: dict[str, Any] = {
            "id": self.id,
            "team_id": team_id,
            "name": self.name,
            "real_name": self.real_name,
            "deleted": False,
            "is_bot": self.is_bot,
            "is_app_user": False,
            "tz": self.tz,
            "profile": {
                "real_name": self.real_name,
                "display_name": self.name,
                "email": self.email,
            },
        }
        if include_locale:
            user["locale"] = self.locale
        return user


@dataclass
class UserGroup:
    id: str
    handle: str
    user_ids: list[str]

    def to_api(self, team_id: str, *, include_users: bool = False) -> dict[str, Any]:
        """The usergroup object as usergroups.list returns it."""
        group: dict[str, Any] = {
            "id": self.id,
            "team_id": team_id,
            "handle": self.handle,
            "name": self.handle,
            "is_usergroup": True,
            "user_count": len(self.user_ids),
        }
        if include_users:
            group["users"] = list(self.user_ids)
        return group


@dataclass
class Channel:
    id: str
    name: str
    is_private: bool
    created: int
    creator: str
    members: list[str]
    is_im: bool = False
    is_mpim: bool = False
    im_user: str | None = None
    is_archived: bool = False

    @property
    def is_conversation_with_users(self) -> bool:
        """True for DMs and group DMs, which conversations.invite/join do not support."""
        return self.is_im or self.is_mpim

    def to_api(self, viewer: str) -> dict[str, Any]:
        """The conversation object as conversations.info returns it to `viewer`."""
        if self.is_im:
            return {
                "id": self.id,
                "created": self.created,
                "is_im": True,
                "is_org_shared": False,
                "user": self.im_user,
                "is_user_deleted": False,
                "priority": 0,
            }
        return {
            "id": self.id,
            "name": self.name,
            "name_normalized": self.name,
            "is_channel": not self.is_mpim,
            "is_group": False,
            "is_im": False,
            "is_mpim": self.is_mpim,
            "is_private": self.is_private,
            "created": self.created,
            "creator": self.creator,
            "is_archived": self.is_archived,
            "is_general": False,
            "unlinked": 0,
            "is_shared": False,
            "is_ext_shared": False,
            "is_org_shared": False,
            "is_pending_ext_shared": False,
            "is_member": viewer in self.members,
            "topic": {"value": "", "creator": "", "last_set": 0},
            "purpose": {"value": "", "creator": "", "last_set": 0},
            "previous_names": [],
        }


@dataclass
class Message:
    channel: str
    ts: str
    user: str
    text: str
    blocks: list[dict[str, Any]] | None
    attachments: list[dict[str, Any]] | None = None
    thread_ts: str | None = None
    bot_id: str | None = None
    app_id: str | None = None
    reply_ts: list[str] = field(default_factory=list)
    edited: dict[str, str] | None = None
    files: list[dict[str, Any]] | None = None  # shared by files.completeUploadExternal

    @property
    def is_reply(self) -> bool:
        """True for a message inside a thread that is not the thread's parent."""
        return self.thread_ts is not None and self.thread_ts != self.ts

    def to_api(self, team_id: str, reply_users: list[str] | None = None) -> dict[str, Any]:
        """The message object as conversations.history returns it."""
        message: dict[str, Any] = {
            "type": "message",
            "user": self.user,
            "text": self.text,
            "ts": self.ts,
            "team": team_id,
        }
        if self.blocks is not None:
            message["blocks"] = copy.deepcopy(self.blocks)
        if self.attachments is not None:
            message["attachments"] = copy.deepcopy(self.attachments)
        if self.bot_id:
            message["bot_id"] = self.bot_id
            message["app_id"] = self.app_id
        if self.thread_ts:
            message["thread_ts"] = self.thread_ts
        if self.reply_ts:
            message["reply_count"] = len(self.reply_ts)
            message["reply_users"] = reply_users or []
            message["latest_reply"] = self.reply_ts[-1]
        if self.edited:
            message["edited"] = dict(self.edited)
        if self.files:
            message["files"] = copy.deepcopy(self.files)
            message["upload"] = True
        return message


@dataclass
class EphemeralMessage:
    channel: str
    user: str
    ts: str
    text: str
    blocks: list[dict[str, Any]] | None
    thread_ts: str | None = None
    via: str = "chat.postEphemeral"

    def to_dict(self) -> dict[str, Any]:
        """A plain snapshot for test assertions."""
        return {
            "channel": self.channel,
            "user": self.user,
            "ts": self.ts,
            "text": self.text,
            "blocks": copy.deepcopy(self.blocks),
            "thread_ts": self.thread_ts,
            "via": self.via,
        }


@dataclass
class View:
    """A modal or Home tab; `definition` is the view payload the app sent."""

    id: str
    user_id: str
    definition: dict[str, Any]
    hash: str
    root_view_id: str
    previous_view_id: str | None = None
    state_values: dict[str, Any] = field(default_factory=dict)
    is_open: bool = True

    @property
    def type(self) -> str:
        return str(self.definition["type"])

    @property
    def external_id(self) -> str:
        return str(self.definition.get("external_id", ""))

    def to_api(self, *, team_id: str, app_id: str, bot_id: str) -> dict[str, Any]:
        """The view object as views.open/update/publish return it."""
        d = self.definition
        return {
            "id": self.id,
            "team_id": team_id,
            "type": d["type"],
            "blocks": copy.deepcopy(d.get("blocks", [])),
            "private_metadata": d.get("private_metadata", ""),
            "callback_id": d.get("callback_id", ""),
            "state": {"values": copy.deepcopy(self.state_values)},
            "hash": self.hash,
            "title": copy.deepcopy(d.get("title")),
            "clear_on_close": bool(d.get("clear_on_close", False)),
            "notify_on_close": bool(d.get("notify_on_close", False)),
            "close": copy.deepcopy(d.get("close")),
            "submit": copy.deepcopy(d.get("submit")),
            "previous_view_id": self.previous_view_id,
            "root_view_id": self.root_view_id,
            "app_id": app_id,
            "external_id": d.get("external_id", ""),
            "app_installed_team_id": team_id,
            "bot_id": bot_id,
        }


@dataclass
class Trigger:
    """A trigger_id minted for one interaction; `view_id` is set when it came from a modal."""

    id: str
    issued_at: float
    user_id: str | None
    view_id: str | None = None
    exchanged: bool = False


@dataclass
class ResponseUrl:
    """A response_url minted for one interaction, bound to where the interaction happened."""

    id: str
    url: str
    issued_at: float
    channel_id: str | None
    user_id: str | None
    message_ts: str | None = None
    uses: int = 0
    posts: list[dict[str, Any]] = field(default_factory=list)


class Workspace:
    """The whole emulated workspace. Callers hold `lock` while reading or changing it."""

    def __init__(
        self,
        *,
        team_id: str,
        team_domain: str,
        team_name: str,
        bot_user_id: str,
        bot_id: str,
        bot_name: str,
        app_id: str,
        chat_write_public: bool,
        clock: Clock,
    ) -> None:
        self.lock = threading.RLock()
        self.team_id = team_id
        self.team_domain = team_domain
        self.team_name = team_name
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.app_id = app_id
        # With the chat:write.public scope a bot may post to public channels it has not joined.
        self.chat_write_public = chat_write_public
        self.clock = clock
        self.users: dict[str, User] = {}
        self.usergroups: dict[str, UserGroup] = {}
        self.channels: dict[str, Channel] = {}
        self.messages: dict[str, list[Message]] = {}
        self.ephemeral: list[EphemeralMessage] = []
        self.views: dict[str, View] = {}
        self.home_view_ids: dict[str, str] = {}
        self.triggers: dict[str, Trigger] = {}
        self.response_urls: dict[str, ResponseUrl] = {}
        self.files: dict[str, Any] = {}  # file id -> methods_files.UploadedFile
        self.upload_base_url = "http://127.0.0.1"  # the emulator's own address, set when it starts
        # Everything the app made visible (messages, ephemerals, views, hook posts), in order.
        self.outbox: list[dict[str, Any]] = []
        self._serial = itertools.count(1)
        self._last_ts = 0.0
        self.add_user(bot_user_id, bot_name, is_bot=True)

    @property
    def url(self) -> str:
        return f"https://{self.team_domain}.slack.com/"

    # ids and timestamps

    def new_id(self, prefix: str) -> str:
        """A fresh Slack-looking id such as C00000007."""
        return f"{prefix}{next(self._serial):08d}"

    def next_ts(self) -> str:
        """A fresh, strictly increasing message timestamp ("1700000000.000100")."""
        now = max(self.clock.now(), self._last_ts + 0.000001)
        self._last_ts = now
        return f"{now:.6f}"

    def now(self) -> int:
        return int(self.clock.now())

    # users and channels

    def add_user(
        self,
        user_id: str,
        name: str,
        *,
        locale: str = "en-US",
        is_bot: bool = False,
        email: str | None = None,
        real_name: str | None = None,
        tz: str = "Asia/Tokyo",
    ) -> User:
        if user_id in self.users:
            raise ValueError(f"user {user_id} already exists")
        user = User(user_id, name, real_name or name, locale, is_bot, email, tz)
        self.users[user_id] = user
        return user

    def add_channel(
        self, name: str, *, is_private: bool, creator: str, members: list[str], channel_id: str | None = None
    ) -> Channel:
        channel = Channel(
            id=channel_id or self.new_id("C"),
            name=name,
            is_private=is_private,
            created=self.now(),
            creator=creator,
            members=list(dict.fromkeys(members)),
        )
        self.channels[channel.id] = channel
        self.messages[channel.id] = []
        return channel

    def channel_named(self, name: str) -> Channel | None:
        for channel in self.channels.values():
            if not channel.is_im and channel.name == name:
                return channel
        return None

    def open_conversation(self, user_ids: list[str]) -> tuple[Channel, bool]:
        """The bot's DM (one user) or group DM (several) with users; True when it already existed."""
        members = [self.bot_user_id, *user_ids]
        is_im = len(user_ids) == 1
        for channel in self.channels.values():
            same_kind = channel.is_im if is_im else channel.is_mpim
            if same_kind and set(channel.members) == set(members):
                return channel, True
        if is_im:
            channel = Channel(
                id=self.new_id("D"),
                name=user_ids[0],
                is_private=True,
                created=self.now(),
                creator=self.bot_user_id,
                members=members,
                is_im=True,
                im_user=user_ids[0],
            )
        else:
            names = "--".join(self.users[u].name for u in members)
            channel = Channel(
                id=self.new_id("G"),
                name=f"mpdm-{names}-1",
                is_private=True,
                created=self.now(),
                creator=self.bot_user_id,
                members=members,
                is_mpim=True,
            )
        self.channels[channel.id] = channel
        self.messages[channel.id] = []
        return channel, False

    # messages

    def find_message(self, channel_id: str, ts: str | None) -> Message | None:
        for message in self.messages.get(channel_id, []):
            if message.ts == ts:
                return message
        return None

    def add_message(
        self,
        channel_id: str,
        *,
        user: str,
        text: str,
        blocks: list[dict[str, Any]] | None = None,
        attachments: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
        files: list[dict[str, Any]] | None = None,
    ) -> Message:
        """Store a new message; bot messages carry bot_id and Slack-generated block ids."""
        by_bot = user == self.bot_user_id
        message = Message(
            channel=channel_id,
            ts=self.next_ts(),
            user=user,
            text=text,
            blocks=blockkit.with_generated_ids(blocks) if blocks is not None else None,
            attachments=copy.deepcopy(attachments),
            thread_ts=thread_ts,
            bot_id=self.bot_id if by_bot else None,
            app_id=self.app_id if by_bot else None,
            files=copy.deepcopy(files),
        )
        if thread_ts is not None:
            parent = self.find_message(channel_id, thread_ts)
            if parent is not None:
                parent.thread_ts = parent.ts
                parent.reply_ts.append(message.ts)
        self.messages[channel_id].append(message)
        return message

    def delete_message(self, message: Message) -> None:
        self.messages[message.channel].remove(message)
        if message.is_reply:
            parent = self.find_message(message.channel, message.thread_ts)
            if parent is not None and message.ts in parent.reply_ts:
                parent.reply_ts.remove(message.ts)

    def message_to_api(self, message: Message) -> dict[str, Any]:
        replies = [self.find_message(message.channel, ts) for ts in message.reply_ts]
        reply_users = list(dict.fromkeys(r.user for r in replies if r is not None))
        return message.to_api(self.team_id, reply_users)

    def permalink(self, message: Message) -> str:
        link = f"https://{self.team_domain}.slack.com/archives/{message.channel}/p{message.ts.replace('.', '')}"
        if message.is_reply:
            link += f"?thread_ts={message.thread_ts}&cid={message.channel}"
        return link

    # views

    def view_to_api(self, view: View) -> dict[str, Any]:
        return view.to_api(team_id=self.team_id, app_id=self.app_id, bot_id=self.bot_id)

    def new_view_hash(self) -> str:
        return f"{self.now()}.{secrets.token_hex(4)}"

    def view_stack(self, root_view_id: str) -> list[View]:
        """The open views of one modal, bottom first."""
        return [v for v in self.views.values() if v.root_view_id == root_view_id and v.is_open]

    def find_view_by_external_id(self, external_id: str) -> View | None:
        for view in self.views.values():
            if external_id and view.external_id == external_id:
                return view
        return None

    # triggers and response_urls

    def issue_trigger(self, user_id: str | None, *, view_id: str | None = None) -> str:
        trigger_id = f"{next(self._serial)}.{self.now()}.{secrets.token_hex(16)}"
        self.triggers[trigger_id] = Trigger(trigger_id, self.clock.now(), user_id, view_id)
        return trigger_id

    def issue_response_url(
        self, base_url: str, *, channel_id: str | None, user_id: str | None, message_ts: str | None
    ) -> ResponseUrl:
        hook_id = f"{self.team_id}-{next(self._serial)}-{secrets.token_hex(8)}"
        hook = ResponseUrl(
            id=hook_id,
            url=f"{base_url}/response/{hook_id}",
            issued_at=self.clock.now(),
            channel_id=channel_id,
            user_id=user_id,
            message_ts=message_ts,
        )
        self.response_urls[hook_id] = hook
        return hook

    # what the app showed to people

    def record_output(self, via: str, **where_and_what: Any) -> None:
        """Log content the app made visible, for assertions such as broadcast_mentions()."""
        self.outbox.append({"via": via, **copy.deepcopy(where_and_what)})
