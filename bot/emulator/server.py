"""SlackEmulator: a stateful Slack Web API and response_url server on 127.0.0.1 for tests.

Point the app's slack_sdk WebClient at `emulator.api_url`; the emulator answers like Slack
(HTTP 200 with {"ok": false, "error": ...} for API errors, 429 with Retry-After when rate
limited) and keeps the workspace state so tests can assert on what the app did.
"""

from __future__ import annotations

import copy
import json
import logging
import random
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from bot.emulator import methods_chat, methods_conversations, methods_files, methods_users, methods_views
from bot.emulator.api import ApiError, Arguments
from bot.emulator.mentions import broadcast_mentions
from bot.emulator.methods_conversations import channel_name_error
from bot.emulator.response_urls import ResponseUrlError, deliver
from bot.emulator.socket_mode import SocketModeHub
from bot.emulator.state import Clock, ResponseUrl, UserGroup, View, Workspace

T = TypeVar("T")

logger = logging.getLogger(__name__)

DEFAULT_BOT_TOKEN = "xoxb-emulator-bot-token"
DEFAULT_APP_TOKEN = "xapp-1-A0APP0001-emulator-app-token"
APPS_CONNECTIONS_OPEN = "apps.connections.open"  # Socket Mode: answered with the app-level token only

WEB_API_METHODS: dict[str, Callable[[Workspace, Arguments], dict[str, Any]]] = {
    **methods_users.METHODS,
    **methods_conversations.METHODS,
    **methods_chat.METHODS,
    **methods_views.METHODS,
    **methods_files.METHODS,
}


# (HTTP status, extra response headers, JSON body) of one Web API answer.
ApiAnswer = tuple[int, dict[str, str], dict[str, Any]]


@dataclass(frozen=True)
class FailedCall:
    """A Web API call, response_url post or interaction ack that Slack would have refused."""

    method: str
    params: dict[str, Any]
    error: str
    messages: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Fault:
    status: int
    error: str
    retry_after: int | None = None
    stall_seconds: float = 0.0  # > 0: carry the call out, then answer this late (the client times out)
    # A stall only for calls whose text contains this (None: the next call, whatever it is). Calls it does
    # not fit are answered normally and leave it waiting.
    text_contains: str | None = None


def _fits(fault: _Fault, params: dict[str, Any]) -> bool:
    """Whether a stall applies to this call (its text filter, if any)."""
    return fault.text_contains is None or fault.text_contains in str(params.get("text") or "")


class SlackEmulator:
    """A stateful Slack workspace served over real HTTP; use as a context manager."""

    def __init__(
        self,
        *,
        bot_token: str = DEFAULT_BOT_TOKEN,
        team_id: str = "T0001",
        team_domain: str = "emulated-workspace",
        team_name: str = "Emulated Workspace",
        bot_user_id: str = "U0BOT0001",
        bot_id: str = "B0BOT0001",
        bot_name: str = "kasuhara-bot",
        app_id: str = "A0APP0001",
        chat_write_public: bool = True,
        app_token: str = DEFAULT_APP_TOKEN,
    ) -> None:
        self.bot_token = bot_token
        self.app_token = app_token
        self.socket_mode = SocketModeHub(app_token, app_id)
        self.clock = Clock()
        self.workspace = Workspace(
            team_id=team_id,
            team_domain=team_domain,
            team_name=team_name,
            bot_user_id=bot_user_id,
            bot_id=bot_id,
            bot_name=bot_name,
            app_id=app_id,
            chat_write_public=chat_write_public,
            clock=self.clock,
        )
        self._lock = self.workspace.lock
        self._calls: list[tuple[str, dict[str, Any]]] = []
        self._failed: list[FailedCall] = []
        self._faults: dict[str, deque[_Fault]] = {}
        self._latency: dict[str, float] = {}  # method ("*" for all) -> seconds before each answer
        self._fault_rate: tuple[float, float, frozenset[str], random.Random] | None = None
        self._delays: dict[str, deque[float]] = {}
        self._http: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> SlackEmulator:
        """Serve on 127.0.0.1 at an ephemeral port in a background thread."""
        if self._http is not None:
            raise RuntimeError("the emulator is already running")
        self._http = _EmulatorHTTPServer(("127.0.0.1", 0), _RequestHandler, self)
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, name="slack-emulator", daemon=True
        )
        self._thread.start()
        with self._lock:
            self.workspace.upload_base_url = self.base_url
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._http is None:
            return
        self.socket_mode.close_connections()
        self._http.shutdown()
        self._http.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._http = None
        self._thread = None

    def __enter__(self) -> SlackEmulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        if self._http is None:
            raise RuntimeError("the emulator is not running; call start() or use it as a context manager")
        host, port = self._http.server_address[:2]
        return f"http://{host.decode() if isinstance(host, bytes) else host}:{port}"

    @property
    def ws_base_url(self) -> str:
        """ws://127.0.0.1:PORT (Socket Mode connections)"""
        return "ws" + self.base_url.removeprefix("http")

    @property
    def api_url(self) -> str:
        """The WebClient base_url: http://127.0.0.1:PORT/api/"""
        return f"{self.base_url}/api/"

    # ------------------------------------------------------------------ workspace identity

    @property
    def team_id(self) -> str:
        return self.workspace.team_id

    @property
    def team_domain(self) -> str:
        return self.workspace.team_domain

    @property
    def bot_user_id(self) -> str:
        return self.workspace.bot_user_id

    @property
    def bot_id(self) -> str:
        return self.workspace.bot_id

    @property
    def app_id(self) -> str:
        return self.workspace.app_id

    # ------------------------------------------------------------------ seeding

    def add_user(
        self,
        user_id: str,
        name: str,
        locale: str = "en-US",
        is_bot: bool = False,
        *,
        email: str | None = None,
        real_name: str | None = None,
        tz: str = "Asia/Tokyo",
    ) -> None:
        """Add a workspace member."""
        with self._lock:
            self.workspace.add_user(
                user_id, name, locale=locale, is_bot=is_bot, email=email, real_name=real_name, tz=tz
            )

    def add_usergroup(self, usergroup_id: str, handle: str, user_ids: list[str]) -> None:
        """Add a user group (@handle) with its members."""
        with self._lock:
            self._require_users(user_ids)
            self.workspace.usergroups[usergroup_id] = UserGroup(usergroup_id, handle, list(user_ids))

    def add_channel(
        self,
        name: str,
        *,
        is_private: bool = False,
        members: list[str] | tuple[str, ...] = (),
        bot_member: bool = False,
        channel_id: str | None = None,
    ) -> str:
        """Add a channel (Slack's naming rules apply) and return its id."""
        with self._lock:
            error = channel_name_error(name)
            if error:
                raise ValueError(f"cannot add channel {name!r}: {error}")
            if self.workspace.channel_named(name) is not None:
                raise ValueError(f"cannot add channel {name!r}: name_taken")
            member_ids = [*([self.bot_user_id] if bot_member else []), *members]
            self._require_users(member_ids)
            creator = member_ids[0] if member_ids else self.bot_user_id
            channel = self.workspace.add_channel(
                name, is_private=is_private, creator=creator, members=member_ids, channel_id=channel_id
            )
            return channel.id

    def add_message(
        self,
        channel_id: str,
        text: str,
        *,
        user: str,
        blocks: list[dict[str, Any]] | None = None,
        thread_ts: str | None = None,
    ) -> str:
        """Add a message written by a person (e.g. the target of a message shortcut); returns its ts."""
        with self._lock:
            self._require_users([user])
            if channel_id not in self.workspace.channels:
                raise LookupError(f"no channel {channel_id}")
            message = self.workspace.add_message(channel_id, user=user, text=text, blocks=blocks, thread_ts=thread_ts)
            return message.ts

    def new_trigger_id(self, user_id: str | None = None, *, view_id: str | None = None) -> str:
        """Mint a trigger_id usable once within 3 seconds (view_id: it came from that modal)."""
        with self._lock:
            return self.workspace.issue_trigger(user_id, view_id=view_id)

    def new_response_url(
        self, *, channel_id: str | None = None, user_id: str | None = None, message_ts: str | None = None
    ) -> str:
        """Mint a response_url (5 uses, 30 minutes) bound to a channel, user and message."""
        with self._lock:
            hook = self.workspace.issue_response_url(
                self.base_url, channel_id=channel_id, user_id=user_id, message_ts=message_ts
            )
            return hook.url

    def advance_time(self, seconds: float) -> None:
        """Move the emulator's clock forward (expires trigger_ids and response_urls)."""
        with self._lock:
            self.clock.advance(seconds)

    # ------------------------------------------------------------------ fault injection

    def rate_limit(self, method: str, times: int = 1, retry_after: int = 1) -> None:
        """Make the next `times` calls of `method` answer HTTP 429 with Retry-After."""
        self._inject(method, times, _Fault(429, "ratelimited", retry_after))

    def fail_next(self, method: str, error: str = "internal_error", times: int = 1, *, status: int = 200) -> None:
        """Make the next `times` calls of `method` answer {"ok": false, "error": error} (HTTP `status`, e.g. 500 or 503)."""
        self._inject(method, times, _Fault(status, error))

    def stall(self, method: str, seconds: float, times: int = 1, *, text_contains: str | None = None) -> None:
        """The next `times` calls of `method` are carried out, but answered only after `seconds` (a client timeout).

        What the app asked for happened; it just never heard so (as when Slack's answer is lost).
        `text_contains`: only calls whose `text` contains it (another message posted meanwhile is answered
        at once), so a test can stall one message among several sent side by side.
        """
        self._inject(method, times, _Fault(200, "", stall_seconds=seconds, text_contains=text_contains))

    def set_latency(self, seconds: float, method: str = "*") -> None:
        """Answer every call of `method` (every method with "*") after `seconds`, as a real network does."""
        with self._lock:
            self._latency[method] = seconds

    def set_fault_rate(
        self, rate_limited: float, server_errors: float, methods: frozenset[str] | None = None, *, seed: int = 0
    ) -> None:
        """Answer a share of calls with 429 (Retry-After 1) and another share with HTTP 503, at random (seeded)."""
        with self._lock:
            chosen = frozenset(methods) if methods is not None else frozenset(WEB_API_METHODS)
            self._fault_rate = (rate_limited, server_errors, chosen, random.Random(seed))

    def clear_faults(self) -> None:
        """Forget every fault, fault rate and latency still pending (Slack is healthy again)."""
        with self._lock:
            self._faults.clear()
            self._delays.clear()
            self._latency.clear()
            self._fault_rate = None

    def archive(self, channel_id: str) -> None:
        """Someone archives a channel (posting and inviting there then answer is_archived)."""
        with self._lock:
            self.workspace.channels[channel_id].is_archived = True

    def delay(self, method: str, seconds: float, times: int = 1) -> None:
        """Make the next `times` calls of `method` wait `seconds` before answering (a slow Slack)."""
        if method not in WEB_API_METHODS:
            raise ValueError(f"the emulator does not implement {method!r}; known: {sorted(WEB_API_METHODS)}")
        with self._lock:
            self._delays.setdefault(method, deque()).extend([seconds] * times)

    def _wait_if_delayed(self, method: str) -> None:
        with self._lock:
            pending = self._delays.get(method)
            seconds = pending.popleft() if pending else 0.0
        if seconds:
            time.sleep(seconds)  # outside the lock: other calls go on meanwhile

    def _inject(self, method: str, times: int, fault: _Fault) -> None:
        if method not in WEB_API_METHODS and method != APPS_CONNECTIONS_OPEN:
            raise ValueError(f"the emulator does not implement {method!r}; known: {sorted(WEB_API_METHODS)}")
        with self._lock:
            self._faults.setdefault(method, deque()).extend([fault] * times)

    # ------------------------------------------------------------------ observing the app

    @property
    def calls(self) -> list[tuple[str, dict[str, Any]]]:
        """Every Web API call received, in order, as (method, params)."""
        with self._lock:
            return copy.deepcopy(self._calls)

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        """The params of every call to `method`, in order."""
        return [params for name, params in self.calls if name == method]

    def failed_calls(self) -> list[FailedCall]:
        """Calls, response_url posts and acks Slack would have refused, with its explanations."""
        with self._lock:
            return list(self._failed)

    def wait_for_calls(self, method: str, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Wait until `method` was called `count` times (for work done after the ack)."""
        self.wait_until(lambda: len(self.calls_to(method)) >= count or None, timeout, f"{count} call(s) to {method}")
        return self.calls_to(method)

    def wait_until(self, condition: Callable[[], T | None], timeout: float = 5.0, what: str = "condition") -> T:
        """Poll `condition` until it is truthy and return that; AssertionError after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            result = condition()
            if result:
                return result
            if time.monotonic() >= deadline:
                methods = [method for method, _ in self.calls]
                raise AssertionError(f"timed out after {timeout}s waiting for {what}; calls so far: {methods}")
            time.sleep(0.01)

    def user(self, user_id: str) -> dict[str, Any] | None:
        """A member as users.info(include_locale=True) returns it."""
        with self._lock:
            user = self.workspace.users.get(user_id)
            return user.to_api(self.team_id, include_locale=True) if user else None

    def channel(self, channel_id: str) -> dict[str, Any] | None:
        """A conversation as conversations.info returns it, plus its `members`."""
        with self._lock:
            channel = self.workspace.channels.get(channel_id)
            if channel is None:
                return None
            return {**channel.to_api(self.bot_user_id), "members": list(channel.members)}

    def private_channel_ids(self) -> list[str]:
        """Ids of every private channel (not DMs), oldest first."""
        with self._lock:
            return [c.id for c in self.workspace.channels.values() if c.is_private and not c.is_conversation_with_users]

    def channel_named(self, name: str) -> dict[str, Any] | None:
        """A channel by name (without '#'), like channel()."""
        with self._lock:
            channel = self.workspace.channel_named(name)
            return self.channel(channel.id) if channel else None

    def dm_channel_id(self, user_id: str) -> str:
        """The id of the bot's DM with a user (opened if needed), as app_home_opened carries it."""
        with self._lock:
            self._require_users([user_id])
            channel, _ = self.workspace.open_conversation([user_id])
            return channel.id

    def messages(self, channel_id: str) -> list[dict[str, Any]]:
        """Every message in a conversation, thread replies included, oldest first."""
        with self._lock:
            return [self.workspace.message_to_api(m) for m in self.workspace.messages.get(channel_id, [])]

    def message(self, channel_id: str, ts: str) -> dict[str, Any] | None:
        """One message, or None."""
        with self._lock:
            message = self.workspace.find_message(channel_id, ts)
            return self.workspace.message_to_api(message) if message else None

    def ephemeral_messages(self, *, channel_id: str | None = None, user_id: str | None = None) -> list[dict[str, Any]]:
        """Ephemeral messages shown (chat.postEphemeral, response_url, command acks)."""
        with self._lock:
            return [
                e.to_dict()
                for e in self.workspace.ephemeral
                if (channel_id is None or e.channel == channel_id) and (user_id is None or e.user == user_id)
            ]

    def view(self, view_id: str) -> dict[str, Any] | None:
        """A modal or Home tab as the views API returns it, plus `user_id` and `is_open`."""
        with self._lock:
            view = self.workspace.views.get(view_id)
            return None if view is None else self._view_dict(view)

    def existing_view(self, view_id: str) -> dict[str, Any]:
        """Like view(), for a view that must exist (LookupError otherwise)."""
        found = self.view(view_id)
        if found is None:
            raise LookupError(f"no view {view_id}")
        return found

    def _view_dict(self, view: View) -> dict[str, Any]:
        return {**self.workspace.view_to_api(view), "user_id": view.user_id, "is_open": view.is_open}

    def open_views(self, user_id: str | None = None) -> list[dict[str, Any]]:
        """The modals currently open (for one user), oldest first."""
        with self._lock:
            return [
                self._view_dict(v)
                for v in self.workspace.views.values()
                if v.type == "modal" and v.is_open and (user_id is None or v.user_id == user_id)
            ]

    def home_view(self, user_id: str) -> dict[str, Any] | None:
        """The Home tab published for a user, or None."""
        with self._lock:
            view_id = self.workspace.home_view_ids.get(user_id)
            return self.view(view_id) if view_id else None

    def responses(self, response_url: str) -> list[dict[str, Any]]:
        """The accepted posts to a response_url (given as URL or id), in order."""
        with self._lock:
            return copy.deepcopy(self._hook(response_url).posts)

    def posted(self) -> list[dict[str, Any]]:
        """Everything the app made visible (messages, ephemerals, hook posts, views), in order."""
        with self._lock:
            return copy.deepcopy(self.workspace.outbox)

    def broadcast_mentions(self) -> list[dict[str, Any]]:
        """Posted content containing <!channel>, <!here> or <!everyone>, with `mentions` listed."""
        offending = []
        for entry in self.posted():
            found = broadcast_mentions(entry.get("text"), entry.get("blocks"), entry.get("attachments"))
            if found:
                offending.append({**entry, "mentions": found})
        return offending

    # ------------------------------------------------------------------ interactions (used by SlackClientSim)

    def record_view_state(self, view_id: str, values: dict[str, Any]) -> None:
        """Store what the user entered in a modal (view.state.values)."""
        with self._lock:
            self.workspace.views[view_id].state_values = copy.deepcopy(values)

    def apply_view_submission_ack(self, view_id: str, ack: Any) -> None:
        """Do what Slack does with the app's answer to a view_submission (None: empty ack)."""
        with self._lock:
            ws = self.workspace
            view = ws.views[view_id]
            if ack is not None and not isinstance(ack, dict):
                self._record_failure("view_submission.ack", {"body": ack}, "invalid_ack_body", [])
                return
            action = (ack or {}).get("response_action")
            try:
                if action is None:
                    view.is_open = False
                elif action == "clear":
                    for stacked in ws.view_stack(view.root_view_id):
                        stacked.is_open = False
                elif action == "update" and ack is not None:
                    definition = methods_views.validated_view(ws, ack.get("view"), replacing=view)
                    methods_views.replace_view(ws, view, definition, via="response_action")
                elif action == "push" and ack is not None:
                    definition = methods_views.validated_view(ws, ack.get("view"))
                    methods_views.store_pushed_view(ws, definition, below=view)
                elif action != "errors":
                    raise ApiError("invalid_response_action", response_metadata={"messages": [repr(action)]})
            except ApiError as error:
                self._record_failure("view_submission.ack", ack or {}, error.error, _explanations(error.body()))

    def apply_command_ack(self, response_url: str, ack: dict[str, Any]) -> None:
        """Show the message a slash command's ack carried (not counted as a response_url use)."""
        with self._lock:
            hook = self._hook(response_url)
            try:
                deliver(self.workspace, hook, ack, counts_as_use=False, via="slash_command.ack")
            except ResponseUrlError as rejected:
                self._record_failure("slash_command.ack", ack, rejected.error, rejected.details)

    # ------------------------------------------------------------------ HTTP entry points

    def handle_web_api(self, method: str, token: str | None, params: dict[str, Any]) -> ApiAnswer:
        """Answer one Web API call (after any delay, latency or stall asked for, outside the lock)."""
        self._wait_if_delayed(method)
        args = Arguments(params)
        with self._lock:
            self._calls.append((method, args.logged()))
            delay = self._latency.get(method, self._latency.get("*", 0.0))
            faults = self._faults.get(method)
            stall = 0.0
            if faults and faults[0].stall_seconds and _fits(faults[0], params):
                stall = faults.popleft().stall_seconds
            status, headers, body = self._answer(method, token, args)
            if not body.get("ok"):
                self._record_failure(method, args.logged(), body["error"], _explanations(body))
        if delay or stall:
            time.sleep(delay + stall)
        return status, headers, body

    def handle_file_upload(self, file_id: str, raw_body: bytes) -> tuple[int, str]:
        """Answer one POST of a file's bytes to the URL files.getUploadURLExternal handed out."""
        with self._lock:
            self._calls.append(("upload", {"file_id": file_id, "bytes": len(raw_body)}))
            return methods_files.receive_upload(self.workspace, file_id, raw_body)

    def files(self, channel_id: str | None = None) -> list[dict[str, Any]]:
        """Files shared so far (all, or those shared in one conversation), with their bytes as "content"."""
        with self._lock:
            found = []
            for upload in self.workspace.files.values():
                if upload.completed and (channel_id is None or channel_id in upload.channels):
                    found.append({**upload.to_api(), "content": upload.content})
            return found

    def handle_response_url_post(self, hook_id: str, raw_body: bytes) -> tuple[int, str]:
        """Answer one POST to a response_url: (HTTP status, text body)."""
        with self._lock:
            hook = self.workspace.response_urls.get(hook_id)
            if hook is None:
                return 404, "no_service"
            try:
                body = json.loads(raw_body or b"null")
            except json.JSONDecodeError:
                body = raw_body.decode(errors="replace")
            try:
                deliver(self.workspace, hook, body)
            except ResponseUrlError as rejected:
                params = {"url": hook.url, **(body if isinstance(body, dict) else {"body": body})}
                self._record_failure("response_url", params, rejected.error, rejected.details)
                return rejected.status, rejected.error
            return 200, "ok"

    def _answer(self, method: str, token: str | None, args: Arguments) -> ApiAnswer:
        handler = WEB_API_METHODS.get(method)
        if handler is None and method != APPS_CONNECTIONS_OPEN:
            return 200, {}, {"ok": False, "error": "unknown_method", "req_method": method}
        if not token:
            return 200, {}, {"ok": False, "error": "not_authed"}
        expected = self.app_token if method == APPS_CONNECTIONS_OPEN else self.bot_token
        if token != expected:
            wrong_kind = token in (self.bot_token, self.app_token)
            return 200, {}, {"ok": False, "error": "not_allowed_token_type" if wrong_kind else "invalid_auth"}
        faults = self._faults.get(method)
        if faults and not faults[0].stall_seconds:  # a stall left waiting for its call is no error
            fault = faults.popleft()
            headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            return fault.status, headers, {"ok": False, "error": fault.error}
        if self._fault_rate is not None and method in self._fault_rate[2]:
            rate_limited, server_errors, _, dice = self._fault_rate
            roll = dice.random()
            if roll < rate_limited:
                return 429, {"Retry-After": "1"}, {"ok": False, "error": "ratelimited"}
            if roll < rate_limited + server_errors:
                return 503, {}, {"ok": False, "error": "service_unavailable"}
        if handler is None:
            return 200, {}, {"ok": True, "url": self.socket_mode.issue_url(self.ws_base_url)}
        try:
            return 200, {}, {"ok": True, **handler(self.workspace, args)}
        except ApiError as error:
            return 200, {}, error.body()
        except Exception:  # an emulator bug must fail the test loudly, not look like a Slack error
            logger.exception("emulator bug in %s", method)
            return 500, {}, {"ok": False, "error": "emulator_bug", "detail": traceback.format_exc()}

    def _record_failure(self, method: str, params: dict[str, Any], error: str, messages: list[str]) -> None:
        self._failed.append(FailedCall(method, copy.deepcopy(params), error, list(messages)))

    def _hook(self, response_url: str) -> ResponseUrl:
        hook_id = response_url.rstrip("/").rsplit("/", 1)[-1]
        hook = self.workspace.response_urls.get(hook_id)
        if hook is None:
            raise LookupError(f"no response_url {response_url!r} was minted by this emulator")
        return hook

    def _require_users(self, user_ids: list[str]) -> None:
        unknown = [u for u in user_ids if u not in self.workspace.users]
        if unknown:
            raise LookupError(f"unknown users {unknown}; add them with add_user() first")


class _EmulatorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type, emulator: SlackEmulator) -> None:
        super().__init__(address, handler)
        self.emulator = emulator


class _RequestHandler(BaseHTTPRequestHandler):
    server: _EmulatorHTTPServer
    server_version = "SlackEmulator/1.0"

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        if url.path.startswith("/link/") and self.headers.get("Upgrade", "").lower() == "websocket":
            self._socket_mode(url.query)
            return
        raw_body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        emulator = self.server.emulator
        if url.path.startswith("/api/"):
            try:
                params = _request_params(url.query, self.headers.get("Content-Type", ""), raw_body)
            except ValueError as error:
                self._send_json(200, {}, {"ok": False, "error": "invalid_form_data", "detail": str(error)})
                return
            token = _bearer_token(self.headers.get("Authorization")) or params.pop("token", None)
            status, headers, body = emulator.handle_web_api(url.path.removeprefix("/api/"), token, params)
            self._send_json(status, headers, body)
        elif url.path.startswith("/upload/v1/") and self.command == "POST":
            status, text = emulator.handle_file_upload(url.path.removeprefix("/upload/v1/"), raw_body)
            self._send(status, {}, text.encode(), "text/plain; charset=utf-8")
        elif url.path.startswith("/response/") and self.command == "POST":
            status, text = emulator.handle_response_url_post(url.path.removeprefix("/response/"), raw_body)
            self._send(status, {}, text.encode(), "text/plain; charset=utf-8")
        else:
            self._send(404, {}, b"not found", "text/plain; charset=utf-8")

    def _socket_mode(self, query: str) -> None:
        """Upgrade to a WebSocket for a ticket from apps.connections.open, then serve it until it closes."""
        hub = self.server.emulator.socket_mode
        ticket = dict(parse_qsl(query)).get("ticket", "")
        key = self.headers.get("Sec-WebSocket-Key", "")
        if not key or not hub.redeem(ticket):
            self._send(401, {}, b"invalid or used ticket", "text/plain; charset=utf-8")
            return
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", hub.accept_key(key))
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        hub.serve(self.connection)

    def _send_json(self, status: int, headers: dict[str, str], body: dict[str, Any]) -> None:
        self._send(status, headers, json.dumps(body, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def _send(self, status: int, headers: dict[str, str], body: bytes, content_type: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a stalled answer): as with Slack, the call still happened

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s " + format, self.address_string(), *args)


def _explanations(body: dict[str, Any]) -> list[str]:
    """Slack's explanations in an error body (response_metadata.messages), or the bug detail."""
    messages = body.get("response_metadata", {}).get("messages", [])
    return messages or ([body["detail"]] if "detail" in body else [])


def _request_params(query: str, content_type: str, raw_body: bytes) -> dict[str, Any]:
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    if not raw_body:
        return params
    if content_type.startswith("application/json"):
        decoded = json.loads(raw_body)
        if not isinstance(decoded, dict):
            raise ValueError("a JSON body must be an object")
        params.update(decoded)
    else:
        params.update(parse_qsl(raw_body.decode("utf-8"), keep_blank_values=True))
    return params


def _bearer_token(authorization: str | None) -> str | None:
    if authorization and authorization.startswith("Bearer "):
        return authorization.removeprefix("Bearer ").strip() or None
    return None
