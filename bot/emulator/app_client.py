"""SlackClientSim: what Slack's servers send to the app, over real HTTP, signed like Slack.

Each method builds Slack's real payload for one user interaction, signs it with the app's
signing secret and POSTs it to the app's endpoint. trigger_ids and response_urls come from the
emulator, so the app's follow-up calls (views.open, respond()) are checked against them. When
the app's acknowledgement carries content (a slash command's message, a view_submission's
response_action), the emulator applies it the way Slack would.
"""

from __future__ import annotations

import itertools
import json
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from bot.emulator import blockkit, payloads
from bot.emulator.payloads import Installation, Person, Place
from bot.emulator.server import SlackEmulator
from bot.emulator.signing import Forgery, forged_headers, signed_headers

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
# Fields emulator.view() adds for tests that are not part of Slack's view object.
_EMULATOR_VIEW_FIELDS = ("user_id", "is_open")


@dataclass(frozen=True)
class AppResponse:
    """The app's HTTP answer to one request, with what was sent."""

    status: int
    headers: Mapping[str, str]
    body: bytes
    sent: dict[str, Any]
    request_body: bytes
    request_content_type: str
    trigger_id: str | None = None
    response_url: str | None = None

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def json(self) -> Any:
        """The body parsed as JSON, or None when it is empty or not JSON."""
        try:
            return json.loads(self.body) if self.body.strip() else None
        except json.JSONDecodeError:
            return None


class SlackClientSim:
    """Sends Slack's requests (commands, shortcuts, actions, submissions, events) into the app."""

    def __init__(
        self,
        app_url: str,
        signing_secret: str,
        emulator: SlackEmulator,
        *,
        verification_token: str = "emulated-verification-token",
        timeout: float = 10.0,
        socket_mode: bool = False,
    ) -> None:
        """`socket_mode`: deliver everything as envelopes on the app's Socket Mode connection instead
        of signed POSTs to `app_url`; the ack's payload becomes the response body."""
        self.app_url = app_url
        self.socket_mode = socket_mode
        self.signing_secret = signing_secret
        self.emulator = emulator
        self.timeout = timeout
        self._installation = Installation(
            team_id=emulator.team_id,
            team_domain=emulator.team_domain,
            api_app_id=emulator.app_id,
            bot_user_id=emulator.bot_user_id,
            verification_token=verification_token,
        )
        self._event_serial = itertools.count(1)
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    # ------------------------------------------------------------------ interactions

    def slash_command(
        self, command: str, text: str = "", *, user_id: str, channel_id: str, forge: Forgery | None = None
    ) -> AppResponse:
        """A user runs `command text` in a channel."""
        user, channel = self._person(user_id), self._place(channel_id, member=user_id)
        trigger_id = self.emulator.new_trigger_id(user_id)
        response_url = self.emulator.new_response_url(channel_id=channel_id, user_id=user_id)
        form = payloads.slash_command_form(
            self._installation,
            command=command,
            text=text,
            user=user,
            channel=channel,
            response_url=response_url,
            trigger_id=trigger_id,
        )
        response = self._post(urlencode(form).encode(), FORM, form, forge, trigger_id, response_url)
        message = _command_ack_message(response)
        if message is not None:
            self.emulator.apply_command_ack(response_url, message)
        return response

    def message_shortcut(
        self,
        callback_id: str,
        *,
        user_id: str,
        channel_id: str,
        message_ts: str | None = None,
        message: dict[str, Any] | None = None,
        forge: Forgery | None = None,
    ) -> AppResponse:
        """A user runs a message shortcut on a stored message (message_ts) or on `message`."""
        user, channel = self._person(user_id), self._place(channel_id, member=user_id)
        if message_ts is not None:
            target = self._stored_message(channel_id, message_ts)
        elif message is not None:
            target = {"type": "message", **message}
        else:
            raise ValueError("give message_ts (a stored message) or message (a message dict)")
        trigger_id = self.emulator.new_trigger_id(user_id)
        response_url = self.emulator.new_response_url(channel_id=channel_id, user_id=user_id)
        payload = payloads.message_shortcut_payload(
            self._installation,
            callback_id=callback_id,
            message=target,
            user=user,
            channel=channel,
            trigger_id=trigger_id,
            response_url=response_url,
            action_ts=_now_ts(),
        )
        return self._post_interaction(payload, forge, trigger_id, response_url)

    def block_action(
        self,
        action_id: str,
        *,
        user_id: str,
        value: Any = None,
        channel_id: str | None = None,
        message_ts: str | None = None,
        ephemeral_message: dict[str, Any] | None = None,
        view_id: str | None = None,
        block_id: str | None = None,
        forge: Forgery | None = None,
    ) -> AppResponse:
        """A user uses the element `action_id` in a view, a stored message or an ephemeral message.

        Give view_id, or channel_id with message_ts (a stored message) or ephemeral_message (as
        emulator.ephemeral_messages() returns it). The element must exist there; the action
        carries its real block_id and, for buttons, its value unless `value` is given (for
        selects, `value` picks one of the element's options).
        """
        if view_id is not None:
            return self._view_block_action(action_id, user_id, value, view_id, block_id, forge)
        if channel_id is None:
            raise ValueError("give view_id, or channel_id with message_ts or ephemeral_message")
        if message_ts is not None:
            message, is_ephemeral = self._stored_message(channel_id, message_ts), False
        elif ephemeral_message is not None:
            message, is_ephemeral = ephemeral_message, True
        else:
            raise ValueError("give message_ts or ephemeral_message with channel_id")
        return self._message_block_action(action_id, user_id, value, channel_id, message, is_ephemeral, block_id, forge)

    def _view_block_action(
        self, action_id: str, user_id: str, value: Any, view_id: str, block_id: str | None, forge: Forgery | None
    ) -> AppResponse:
        user, view = self._person(user_id), self._slack_view(view_id)
        owner = self.emulator.existing_view(view_id)["user_id"]
        if owner and owner != user_id:
            raise LookupError(f"view {view_id} belongs to {owner}, not {user_id}")
        block, element = _find_element(view["blocks"], action_id, block_id, where=f"view {view_id}")
        trigger_id = self.emulator.new_trigger_id(user_id, view_id=view_id)
        payload = payloads.block_actions_payload(
            self._installation,
            user=user,
            action=payloads.element_action(block, element, value=value, action_ts=_now_ts()),
            trigger_id=trigger_id,
            container={"type": "view", "view_id": view_id},
            view=view,
        )
        return self._post_interaction(payload, forge, trigger_id, None)

    def _message_block_action(
        self,
        action_id: str,
        user_id: str,
        value: Any,
        channel_id: str,
        message: dict[str, Any],
        is_ephemeral: bool,
        block_id: str | None,
        forge: Forgery | None,
    ) -> AppResponse:
        user, channel = self._person(user_id), self._place(channel_id, member=user_id)
        where = f"message {message['ts']}"
        block, element = _find_element(message.get("blocks") or [], action_id, block_id, where=where)
        trigger_id = self.emulator.new_trigger_id(user_id)
        response_url = self.emulator.new_response_url(
            channel_id=channel_id, user_id=user_id, message_ts=None if is_ephemeral else message["ts"]
        )
        payload = payloads.block_actions_payload(
            self._installation,
            user=user,
            action=payloads.element_action(block, element, value=value, action_ts=_now_ts()),
            trigger_id=trigger_id,
            container={
                "type": "message",
                "message_ts": message["ts"],
                "channel_id": channel_id,
                "is_ephemeral": is_ephemeral,
            },
            channel=channel,
            message=None if is_ephemeral else message,
            response_url=response_url,
        )
        return self._post_interaction(payload, forge, trigger_id, response_url)

    def view_submission(
        self, view_id: str, values: dict[str, dict[str, Any]], *, user_id: str, forge: Forgery | None = None
    ) -> AppResponse:
        """A user submits an open modal with `values` ({block_id: {action_id: value}}).

        Values may be full state entries or shorthands (see payloads.state_value); every
        block_id/action_id must exist in the modal. The app's ack is then applied (close,
        errors, update, push, clear).
        """
        view = self._slack_view(view_id)
        if view["type"] != "modal" or not self.emulator.existing_view(view_id)["is_open"]:
            raise LookupError(f"view {view_id} is not an open modal")
        state_values = _state_values(view["blocks"], values, view_id)
        self.emulator.record_view_state(view_id, state_values)
        trigger_id = self.emulator.new_trigger_id(user_id, view_id=view_id)
        payload = payloads.view_submission_payload(
            self._installation, user=self._person(user_id), view=self._slack_view(view_id), trigger_id=trigger_id
        )
        response = self._post_interaction(payload, forge, trigger_id, None)
        if response.status == 200:
            self.emulator.apply_view_submission_ack(view_id, _view_submission_ack(response))
        return response

    # ------------------------------------------------------------------ Events API

    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        retry_num: int | None = None,
        retry_reason: str = "http_timeout",
        forge: Forgery | None = None,
    ) -> AppResponse:
        """Deliver one event in an event_callback envelope (retry_num: a redelivery)."""
        event = {"event_ts": _now_ts(), **event}
        envelope = payloads.event_callback(
            self._installation,
            event=event,
            event_id=event_id or f"Ev{next(self._event_serial):09d}",
            event_time=int(time.time()),
        )
        body = json.dumps(envelope).encode()
        return self._post(body, JSON, envelope, forge, headers=_retry_headers(retry_num, retry_reason))

    def redeliver(
        self,
        delivery: AppResponse,
        *,
        retry_num: int = 1,
        retry_reason: str = "http_timeout",
        forge: Forgery | None = None,
    ) -> AppResponse:
        """Send the same event delivery again, as Slack retries it (same event_id, fresh signature)."""
        return self._post(
            delivery.request_body,
            delivery.request_content_type,
            delivery.sent,
            forge,
            headers=_retry_headers(retry_num, retry_reason),
        )

    def replay(self, delivery: AppResponse, *, app_url: str | None = None) -> AppResponse:
        """Send a request already sent once again, byte for byte and freshly signed (a replay, a retry,
        or the same delivery reaching another worker at `app_url`)."""
        target = self if app_url is None else SlackClientSim(app_url, self.signing_secret, self.emulator)
        return target._post(
            delivery.request_body,
            delivery.request_content_type,
            delivery.sent,
            None,
            delivery.trigger_id,
            delivery.response_url,
        )

    def app_home_opened(self, user_id: str, *, forge: Forgery | None = None) -> AppResponse:
        """A user opens the app's Home tab."""
        home = self.emulator.home_view(user_id)
        event = payloads.app_home_opened_event(
            user_id=user_id,
            channel_id=self.emulator.dm_channel_id(user_id),
            event_ts=_now_ts(),
            view=_without_emulator_fields(home) if home else None,
        )
        return self.event(event, forge=forge)

    def url_verification(self, challenge: str = "emulated-challenge", *, forge: Forgery | None = None) -> AppResponse:
        """Slack checking the Events API request URL."""
        payload = payloads.url_verification(self._installation, challenge)
        return self._post(json.dumps(payload).encode(), JSON, payload, forge)

    # ------------------------------------------------------------------ raw requests

    def post(
        self,
        body: bytes,
        content_type: str = FORM,
        *,
        headers: Mapping[str, str] | None = None,
        forge: Forgery | None = None,
    ) -> AppResponse:
        """POST any body, signed (or forged) like Slack, for tests of odd requests."""
        return self._post(body, content_type, {}, forge, headers=headers)

    def _post_interaction(
        self, payload: dict[str, Any], forge: Forgery | None, trigger_id: str | None, response_url: str | None
    ) -> AppResponse:
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self._post(body, FORM, payload, forge, trigger_id, response_url)

    def _post(
        self,
        body: bytes,
        content_type: str,
        sent: dict[str, Any],
        forge: Forgery | None,
        trigger_id: str | None = None,
        response_url: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> AppResponse:
        if self.socket_mode:
            return self._deliver_envelope(body, content_type, sent, forge, trigger_id, response_url, headers or {})
        signing = (
            forged_headers(self.signing_secret, body, forge) if forge else signed_headers(self.signing_secret, body)
        )
        request = urllib.request.Request(
            self.app_url,
            data=body,
            method="POST",
            headers={
                "Content-Type": content_type,
                "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                **signing,
                **(headers or {}),
            },
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as answer:
                status, answer_headers, answer_body = answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as error:
            status, answer_headers, answer_body = error.code, error.headers, error.read()
        return AppResponse(
            status=status,
            headers=answer_headers,
            body=answer_body,
            sent=sent,
            request_body=body,
            request_content_type=content_type,
            trigger_id=trigger_id,
            response_url=response_url,
        )

    def _deliver_envelope(
        self,
        body: bytes,
        content_type: str,
        sent: dict[str, Any],
        forge: Forgery | None,
        trigger_id: str | None,
        response_url: str | None,
        headers: Mapping[str, str],
    ) -> AppResponse:
        """The same request as a Socket Mode envelope; waits for the app's ack on the socket."""
        if forge is not None:
            raise ValueError("forged signatures are an HTTP matter: Socket Mode envelopes are not signed")
        if content_type == JSON and sent.get("type") == "event_callback":
            retry = headers.get("X-Slack-Retry-Num")
            ack = self.emulator.socket_mode.deliver(
                "events_api",
                sent,
                accepts_response_payload=False,
                retry_attempt=int(retry) if retry else 0,
                retry_reason=headers.get("X-Slack-Retry-Reason", "") if retry else "",
                timeout=self.timeout,
            )
        elif content_type == FORM and "command" in sent:
            ack = self.emulator.socket_mode.deliver("slash_commands", sent, accepts_response_payload=True, timeout=self.timeout)
        elif content_type == FORM and sent.get("type"):
            accepts = sent["type"] in ("view_submission", "block_suggestion")
            ack = self.emulator.socket_mode.deliver("interactive", sent, accepts_response_payload=accepts, timeout=self.timeout)
        else:
            raise ValueError("Socket Mode carries commands, interactions and events only")
        return AppResponse(
            status=200,
            headers={},
            body=json.dumps(ack.payload).encode() if ack.payload else b"",
            sent=sent,
            request_body=body,
            request_content_type=content_type,
            trigger_id=trigger_id,
            response_url=response_url,
        )

    # ------------------------------------------------------------------ lookups

    def _person(self, user_id: str) -> Person:
        user = self.emulator.user(user_id)
        if user is None:
            raise LookupError(f"unknown user {user_id}; add it with emulator.add_user() first")
        return Person(user_id, user["name"])

    def _place(self, channel_id: str, *, member: str) -> Place:
        """The channel where `member` interacts; Slack only lets members use apps in a channel."""
        channel = self.emulator.channel(channel_id)
        if channel is None:
            raise LookupError(f"unknown channel {channel_id}; add it with emulator.add_channel() first")
        if member not in channel["members"]:
            raise LookupError(f"user {member} is not a member of {channel_id}; add them to the channel first")
        return Place(channel_id, "directmessage" if channel.get("is_im") else channel["name"])

    def _stored_message(self, channel_id: str, ts: str) -> dict[str, Any]:
        message = self.emulator.message(channel_id, ts)
        if message is None:
            raise LookupError(f"no message {ts} in {channel_id}")
        return message

    def _slack_view(self, view_id: str) -> dict[str, Any]:
        view = self.emulator.view(view_id)
        if view is None:
            raise LookupError(f"no view {view_id}")
        return _without_emulator_fields(view)


def _command_ack_message(response: AppResponse) -> dict[str, Any] | None:
    """The message a slash command's ack shows, if any (Bolt answers JSON or plain text)."""
    if response.status != 200 or not response.body.strip():
        return None
    parsed = response.json
    return parsed if isinstance(parsed, dict) else {"text": response.text}


def _view_submission_ack(response: AppResponse) -> Any:
    """None for an empty ack (close the modal), else the parsed JSON (or the raw text, an error)."""
    if not response.body.strip():
        return None
    parsed = response.json
    return parsed if parsed is not None else response.text


def _find_element(
    blocks: list[dict[str, Any]], action_id: str, block_id: str | None, *, where: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    found = blockkit.find_action(blocks, action_id, block_id)
    if found is None:
        available = [(b.get("block_id"), e.get("action_id")) for b in blocks for e in blockkit.block_elements(b)]
        raise LookupError(f"no element {action_id!r} in {where}; (block_id, action_id) there: {available}")
    return found


def _state_values(blocks: list[dict[str, Any]], values: dict[str, dict[str, Any]], view_id: str) -> dict[str, Any]:
    state: dict[str, Any] = {}
    for block_id, by_action in values.items():
        state[block_id] = {}
        for action_id, value in by_action.items():
            _, element = _find_element(blocks, action_id, block_id, where=f"view {view_id}")
            state[block_id][action_id] = payloads.state_value(element, value)
    return state


def _without_emulator_fields(view: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in view.items() if k not in _EMULATOR_VIEW_FIELDS}


def _retry_headers(retry_num: int | None, retry_reason: str) -> dict[str, str]:
    if retry_num is None:
        return {}
    return {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": retry_reason}


def _now_ts() -> str:
    return f"{time.time():.6f}"
