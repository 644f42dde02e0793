"""Slack's request payload shapes (Slack -> app), as pure functions.

Shapes follow Slack's reference for slash commands, message shortcuts (message_action),
block_actions, view_submission, Events API envelopes (event_callback) and url_verification.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Where an element's chosen value goes in a block_actions action, by element type.
_SELECTED_VALUE_FIELD = {
    "users_select": "selected_user",
    "conversations_select": "selected_conversation",
    "channels_select": "selected_channel",
    "datepicker": "selected_date",
    "timepicker": "selected_time",
    "plain_text_input": "value",
    "email_text_input": "value",
    "url_text_input": "value",
    "number_input": "value",
}
_OPTION_ELEMENTS = frozenset({"static_select", "overflow", "radio_buttons"})


@dataclass(frozen=True)
class Installation:
    """Who the requests come from and whom they are for: the workspace and the app."""

    team_id: str
    team_domain: str
    api_app_id: str
    bot_user_id: str
    verification_token: str


@dataclass(frozen=True)
class Person:
    id: str
    name: str


@dataclass(frozen=True)
class Place:
    id: str
    name: str


def slash_command_form(
    app: Installation,
    *,
    command: str,
    text: str,
    user: Person,
    channel: Place,
    response_url: str,
    trigger_id: str,
) -> dict[str, str]:
    """The form fields of a slash command request."""
    return {
        "token": app.verification_token,
        "team_id": app.team_id,
        "team_domain": app.team_domain,
        "channel_id": channel.id,
        "channel_name": channel.name,
        "user_id": user.id,
        "user_name": user.name,
        "command": command,
        "text": text,
        "api_app_id": app.api_app_id,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id,
    }


def message_shortcut_payload(
    app: Installation,
    *,
    callback_id: str,
    message: dict[str, Any],
    user: Person,
    channel: Place,
    trigger_id: str,
    response_url: str,
    action_ts: str,
) -> dict[str, Any]:
    """A message shortcut (type message_action)."""
    return {
        "type": "message_action",
        "token": app.verification_token,
        "action_ts": action_ts,
        "team": _team(app),
        "user": _user(app, user),
        "channel": {"id": channel.id, "name": channel.name},
        "is_enterprise_install": False,
        "enterprise": None,
        "callback_id": callback_id,
        "trigger_id": trigger_id,
        "response_url": response_url,
        "message_ts": message["ts"],
        "message": message,
    }


def block_actions_payload(
    app: Installation,
    *,
    user: Person,
    action: dict[str, Any],
    trigger_id: str,
    container: dict[str, Any],
    channel: Place | None = None,
    message: dict[str, Any] | None = None,
    view: dict[str, Any] | None = None,
    response_url: str | None = None,
) -> dict[str, Any]:
    """A click or selection on an interactive element (type block_actions)."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(app, user),
        "api_app_id": app.api_app_id,
        "token": app.verification_token,
        "container": container,
        "trigger_id": trigger_id,
        "team": _team(app),
        "enterprise": None,
        "is_enterprise_install": False,
        "actions": [action],
    }
    if channel is not None:
        payload["channel"] = {"id": channel.id, "name": channel.name}
    if message is not None:
        payload["message"] = message
        payload["state"] = {"values": {}}
    if view is not None:
        payload["view"] = view
    if response_url is not None:
        payload["response_url"] = response_url
    return payload


def element_action(block: dict[str, Any], element: dict[str, Any], *, value: Any, action_ts: str) -> dict[str, Any]:
    """The `actions[0]` entry Slack sends when `element` in `block` is used, choosing `value`."""
    element_type = element["type"]
    action: dict[str, Any] = {
        "type": element_type,
        "action_id": element["action_id"],
        "block_id": block["block_id"],
        "action_ts": action_ts,
    }
    if element_type == "button":
        action["text"] = element["text"]
        chosen = value if value is not None else element.get("value")
        if chosen is not None:
            action["value"] = chosen
        if "style" in element:
            action["style"] = element["style"]
    elif element_type in _OPTION_ELEMENTS and value is not None:
        action["selected_option"] = _option_with_value(element, value)
    elif element_type in _SELECTED_VALUE_FIELD and value is not None:
        action[_SELECTED_VALUE_FIELD[element_type]] = value
    return action


def state_value(element: dict[str, Any], value: Any) -> dict[str, Any]:
    """One view.state.values entry for `element`; `value` may be a full entry or just the choice.

    Shorthands: a string for text inputs, pickers and user/channel selects, an option value for
    static selects and radio buttons, a list of option values for checkboxes and multi-selects.
    """
    element_type = element["type"]
    if isinstance(value, dict):
        return {"type": element_type, **value}
    if element_type in _OPTION_ELEMENTS:
        return {"type": element_type, "selected_option": _option_with_value(element, value)}
    if element_type in ("checkboxes", "multi_static_select"):
        return {"type": element_type, "selected_options": [_option_with_value(element, v) for v in value]}
    if element_type == "multi_users_select":
        return {"type": element_type, "selected_users": list(value)}
    if element_type in ("multi_conversations_select", "multi_channels_select"):
        field = "selected_conversations" if "conversations" in element_type else "selected_channels"
        return {"type": element_type, field: list(value)}
    return {"type": element_type, _SELECTED_VALUE_FIELD.get(element_type, "value"): value}


def view_submission_payload(
    app: Installation, *, user: Person, view: dict[str, Any], trigger_id: str
) -> dict[str, Any]:
    """A modal submitted by the user (type view_submission); `view` includes state.values."""
    return {
        "type": "view_submission",
        "team": _team(app),
        "user": _user(app, user),
        "api_app_id": app.api_app_id,
        "token": app.verification_token,
        "trigger_id": trigger_id,
        "view": view,
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }


def event_callback(app: Installation, *, event: dict[str, Any], event_id: str, event_time: int) -> dict[str, Any]:
    """The Events API envelope around one event."""
    return {
        "token": app.verification_token,
        "team_id": app.team_id,
        "context_team_id": app.team_id,
        "context_enterprise_id": None,
        "api_app_id": app.api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": event_time,
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": app.team_id,
                "user_id": app.bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": f"4-{event_id}",
    }


def app_home_opened_event(
    *, user_id: str, channel_id: str, event_ts: str, view: dict[str, Any] | None
) -> dict[str, Any]:
    """The app_home_opened event (with the published Home tab, if any)."""
    event: dict[str, Any] = {
        "type": "app_home_opened",
        "user": user_id,
        "channel": channel_id,
        "tab": "home",
        "event_ts": event_ts,
    }
    if view is not None:
        event["view"] = view
    return event


def url_verification(app: Installation, challenge: str) -> dict[str, Any]:
    """The challenge Slack sends when the Events API request URL is configured."""
    return {"token": app.verification_token, "challenge": challenge, "type": "url_verification"}


def _team(app: Installation) -> dict[str, Any]:
    return {"id": app.team_id, "domain": app.team_domain}


def _user(app: Installation, user: Person) -> dict[str, Any]:
    return {"id": user.id, "username": user.name, "name": user.name, "team_id": app.team_id}


def _option_with_value(element: dict[str, Any], value: Any) -> dict[str, Any]:
    options = list(element.get("options", []))
    for group in element.get("option_groups", []):
        options.extend(group.get("options", []))
    for option in options:
        if option.get("value") == value:
            return dict(option)
    offered = [o.get("value") for o in options]
    raise LookupError(f"{element['type']} {element['action_id']!r} has no option {value!r}; it offers {offered}")
