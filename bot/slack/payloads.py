"""Slack payloads parsed once into typed values, so listeners never dig through dicts.

Each `parse_*` takes the request body Bolt hands a listener and returns a frozen value, or
raises `PayloadError` naming what is missing. A listener parses first and works on the value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.storable import storable, storable_tree


class PayloadError(ValueError):
    """A payload that is not shaped as Slack sends it (forged, truncated or from another app)."""


@dataclass(frozen=True)
class SlashCommand:
    """`/harassment ...` as typed by a user."""

    user_id: str
    team_id: str
    channel_id: str
    trigger_id: str
    text: str
    response_url: str = ""


@dataclass(frozen=True)
class ButtonPress:
    """A button pressed in a message, an ephemeral reply, or the App Home."""

    user_id: str
    team_id: str
    action_id: str
    value: str
    trigger_id: str = ""
    response_url: str = ""
    channel_id: str = ""  # where the message is ("" in the App Home)
    message_ts: str = ""

    def case_id(self) -> int:
        """The case id a card or App Home button carries as its value ("42", or "42:7" on a card)."""
        try:
            return int(self.value.split(":", 1)[0])
        except ValueError:
            raise PayloadError(f"button {self.action_id!r} carries no case id") from None

    def card_version(self) -> int | None:
        """The number of case events when the card was drawn ("42:7" -> 7), None if not given."""
        _, sep, version = self.value.partition(":")
        if not sep:
            return None
        try:
            return int(version)
        except ValueError:
            raise PayloadError(f"button {self.action_id!r} carries a malformed card version") from None


@dataclass(frozen=True)
class Submission:
    """A modal's submission: its inputs, and what the bot stored in the view when opening it."""

    user_id: str
    team_id: str
    view_id: str
    callback_id: str
    values: Mapping[str, Any]
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MessageShortcut:
    """The "Report harassment" shortcut on a message."""

    user_id: str
    team_id: str
    trigger_id: str
    channel_id: str
    message_ts: str
    message: Mapping[str, Any]
    response_url: str = ""


@dataclass(frozen=True)
class HomeOpened:
    """A user opened one of the bot's tabs."""

    user_id: str
    tab: str


def parse_command(body: Mapping[str, Any]) -> SlashCommand:
    """A slash command payload."""
    return SlashCommand(
        user_id=_required(body, "user_id"),
        team_id=_text(body.get("team_id")),
        channel_id=_text(body.get("channel_id")),
        trigger_id=_required(body, "trigger_id"),
        text=_text(body.get("text")),
        response_url=_text(body.get("response_url")),
    )


def parse_button(body: Mapping[str, Any]) -> ButtonPress:
    """A block_actions payload with one action."""
    actions = body.get("actions")
    if not isinstance(actions, list) or not actions or not isinstance(actions[0], dict):
        raise PayloadError("block_actions without an action")
    action = actions[0]
    user = _mapping(body, "user")
    channel = _object(body, "channel")
    container = _object(body, "container")
    message = _object(body, "message")
    return ButtonPress(
        user_id=_required(user, "id"),
        team_id=_team(body, user),
        action_id=_required(action, "action_id"),
        value=_text(action.get("value") or action.get("selected_date")),  # a datepicker's choice
        trigger_id=_text(body.get("trigger_id")),
        response_url=_text(body.get("response_url")),
        channel_id=_text(channel.get("id") or container.get("channel_id")),
        message_ts=_text(container.get("message_ts") or message.get("ts")),
    )


def parse_submission(body: Mapping[str, Any]) -> Submission:
    """A view_submission payload; private metadata that is not a JSON object reads as empty."""
    user = _mapping(body, "user")
    view = _mapping(body, "view")
    state = _object(view, "state")
    values = _object(state, "values")
    return Submission(
        user_id=_required(user, "id"),
        team_id=_team(body, user),
        view_id=_required(view, "id"),
        callback_id=_text(view.get("callback_id")),
        values=storable_tree(values),
        metadata=storable_tree(_metadata(view.get("private_metadata"))),
    )


def parse_shortcut(body: Mapping[str, Any]) -> MessageShortcut:
    """A message_action payload."""
    user = _mapping(body, "user")
    channel = _object(body, "channel")
    message = _object(body, "message")
    return MessageShortcut(
        user_id=_required(user, "id"),
        team_id=_team(body, user),
        trigger_id=_required(body, "trigger_id"),
        channel_id=_text(channel.get("id")),
        message_ts=_text(message.get("ts") or body.get("message_ts")),
        message=storable_tree(message),
        response_url=_text(body.get("response_url")),
    )


def parse_home_opened(event: Mapping[str, Any]) -> HomeOpened:
    """An app_home_opened event."""
    return HomeOpened(user_id=_required(event, "user"), tab=_text(event.get("tab")) or "home")


def _metadata(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, str) or not raw:
        return {}
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def _mapping(body: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = body.get(key)
    if not isinstance(value, dict):
        raise PayloadError(f"payload without {key!r}")
    return value


def _required(body: Mapping[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise PayloadError(f"payload without {key!r}")
    return storable(value)


def _text(value: Any) -> str:
    """A string field as text that can be stored (lone surrogates replaced), "" when absent."""
    return storable(value) if isinstance(value, str) else ""


def _object(body: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """body[key] when it is an object, else an empty one."""
    value = body.get(key)
    return value if isinstance(value, dict) else {}


def _team(body: Mapping[str, Any], user: Mapping[str, Any]) -> str:
    team = _object(body, "team")
    return _text(team.get("id")) or _text(user.get("team_id"))


def delivery_key(body: Mapping[str, Any]) -> tuple[str, str] | None:
    """(kind, key) identifying one delivery of a request, the same for its retries and replays; None if none.

    Events carry their event_id; commands and interactive payloads a trigger_id that Slack
    mints afresh for each use (each click, each submission), so a double click is two
    deliveries and a replayed request is one.
    """
    kind = body.get("type")
    team = _text(_object(body, "team").get("id")) or _text(body.get("team_id"))
    if kind == "event_callback":
        event_id = _text(body.get("event_id"))
        return ("event", f"event:{team}:{event_id}") if event_id else None
    trigger_id = _text(body.get("trigger_id"))
    if not trigger_id:
        return None
    if isinstance(body.get("command"), str):
        return "command", f"command:{team}:{trigger_id}"
    if isinstance(kind, str) and kind:
        return kind[:20], f"{kind}:{team}:{trigger_id}"
    return None


# --- the envelope, checked before Bolt routes a request ------------------------------------------

# Fields that Slack always sends as objects when it sends them; Bolt reads into them unguarded.
_OBJECT_FIELDS = ("team", "enterprise", "channel", "container", "view", "message", "event", "state", "previous_message")
# What each kind of interactive payload or event envelope must carry for routing.
_REQUIRED: dict[str, tuple[str, ...]] = {
    "block_actions": ("user", "actions"),
    "block_suggestion": ("user", "action_id"),
    "view_submission": ("user", "view"),
    "view_closed": ("user", "view"),
    "message_action": ("user", "callback_id", "message"),
    "shortcut": ("user", "callback_id"),
    "event_callback": ("event",),
    "url_verification": ("challenge",),
}


def envelope_problem(body: Mapping[str, Any]) -> str | None:
    """What makes a JSON payload unfit to route (a short reason, no content), or None.

    Slack's own payloads always pass. A payload that fails would otherwise reach the framework,
    which indexes into it without checks and answers 500.
    """
    kind = body.get("type")
    if kind is not None and not isinstance(kind, str):
        return "type is not a string"
    for key in _REQUIRED.get(kind or "", ()):
        if body.get(key) in (None, "", [], {}):
            return f"{kind} without {key}"
    user = body.get("user")
    if user is not None and not (isinstance(user, str) or (isinstance(user, dict) and isinstance(user.get("id"), str))):
        return "user is neither an id nor an object with one"
    for key in _OBJECT_FIELDS:
        if body.get(key) is not None and not isinstance(body[key], dict):
            return f"{key} is not an object"
    for key in ("callback_id", "action_id", "challenge", "trigger_id", "response_url"):
        if body.get(key) is not None and not isinstance(body[key], str):
            return f"{key} is not a string"
    actions = body.get("actions")
    if actions is not None and not (
        isinstance(actions, list) and all(isinstance(a, dict) and isinstance(a.get("action_id"), str) for a in actions)
    ):
        return "actions are not a list of actions"
    authorizations = body.get("authorizations")
    if authorizations is not None and not (isinstance(authorizations, list) and all(isinstance(a, dict) for a in authorizations)):
        return "authorizations are not a list of objects"
    view = body.get("view")
    if isinstance(view, dict):
        if kind in ("view_submission", "view_closed") and not (isinstance(view.get("type"), str) and isinstance(view.get("id"), str)):
            return "view without its type and id"
        state = view.get("state")
        if state is not None and not (isinstance(state, dict) and isinstance(state.get("values", {}), dict)):
            return "view state is not an object of values"
    event = body.get("event")
    if isinstance(event, dict) and not isinstance(event.get("type"), str):
        return "event without a type"
    return None
