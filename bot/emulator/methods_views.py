"""views.* methods: modals (open, push, update) and Home tabs (publish)."""

from __future__ import annotations

import json
from typing import Any

from bot.emulator import blockkit
from bot.emulator.api import ApiError, Arguments, invalid_arguments, problems_error
from bot.emulator.state import Trigger, View, Workspace

TRIGGER_LIFETIME_SECONDS = 3.0
VIEW_STACK_MAX = 3


def views_open(ws: Workspace, args: Arguments) -> dict[str, Any]:
    trigger = _usable_trigger(ws, args)
    definition = _view_argument(ws, args)
    if definition["type"] != "modal":
        raise invalid_arguments(f"views.open opens modal views only (got type {definition['type']!r})")
    trigger.exchanged = True
    view = _store_new_view(ws, definition, user_id=trigger.user_id, previous=None)
    return {"view": ws.view_to_api(view)}


def views_push(ws: Workspace, args: Arguments) -> dict[str, Any]:
    trigger = _usable_trigger(ws, args)
    definition = _view_argument(ws, args)
    below = ws.views.get(trigger.view_id or "")
    if below is None or not below.is_open or below.type != "modal":
        raise invalid_arguments("views.push needs a trigger_id from an interaction inside an open modal")
    if definition["type"] != "modal":
        raise invalid_arguments(f"views.push pushes modal views only (got type {definition['type']!r})")
    stack = ws.view_stack(below.root_view_id)
    if len(stack) >= VIEW_STACK_MAX:
        raise ApiError("push_limit_reached")
    trigger.exchanged = True
    view = _store_new_view(ws, definition, user_id=trigger.user_id, previous=stack[-1])
    return {"view": ws.view_to_api(view)}


def views_update(ws: Workspace, args: Arguments) -> dict[str, Any]:
    view_id, external_id = args.text("view_id"), args.text("external_id")
    if not view_id and not external_id:
        raise invalid_arguments("either view_id or external_id is required")
    view = ws.views.get(view_id) if view_id else ws.find_view_by_external_id(external_id or "")
    if view is None or not view.is_open:
        raise ApiError("not_found")
    expected_hash = args.text("hash")
    if expected_hash and expected_hash != view.hash:
        raise ApiError("hash_conflict")
    definition = _view_argument(ws, args, replacing=view)
    if definition["type"] != view.type:
        raise invalid_arguments(f"cannot change a {view.type} view into a {definition['type']} view")
    replace_view(ws, view, definition, via="views.update")
    return {"view": ws.view_to_api(view)}


def views_publish(ws: Workspace, args: Arguments) -> dict[str, Any]:
    user_id = args.required("user_id")
    if user_id not in ws.users:
        raise ApiError("user_not_found")
    existing = ws.views.get(ws.home_view_ids.get(user_id, ""))
    expected_hash = args.text("hash")
    if existing is not None and expected_hash and expected_hash != existing.hash:
        raise ApiError("hash_conflict")
    definition = _view_argument(ws, args, replacing=existing)
    if definition["type"] != "home":
        raise invalid_arguments(f"views.publish publishes home views only (got type {definition['type']!r})")
    if existing is None:
        view = _store_new_view(ws, definition, user_id=user_id, previous=None, via="views.publish")
        ws.home_view_ids[user_id] = view.id
    else:
        view = existing
        replace_view(ws, view, definition, via="views.publish")
    return {"view": ws.view_to_api(view)}


def validated_view(ws: Workspace, view: Any, *, replacing: View | None = None) -> dict[str, Any]:
    """A view definition checked as Slack checks it, with Slack-generated block/action ids."""
    if view is None:
        raise invalid_arguments("missing required field: view")
    if len(json.dumps(view, ensure_ascii=False).encode()) > blockkit.VIEW_PAYLOAD_MAX_BYTES:
        raise ApiError("view_too_large")
    problems = blockkit.view_problems(view)
    if problems:
        raise problems_error("invalid_arguments", problems)
    external_id = view.get("external_id")
    holder = ws.find_view_by_external_id(external_id) if external_id else None
    if holder is not None and holder is not replacing:
        raise ApiError("duplicate_external_id")
    return {**view, "blocks": blockkit.with_generated_ids(view["blocks"])}


def store_pushed_view(ws: Workspace, definition: dict[str, Any], *, below: View) -> View:
    """Push an already validated modal on top of `below`'s stack (response_action: push)."""
    stack = ws.view_stack(below.root_view_id)
    if len(stack) >= VIEW_STACK_MAX:
        raise ApiError("push_limit_reached")
    return _store_new_view(ws, definition, user_id=below.user_id, previous=stack[-1], via="response_action")


def replace_view(ws: Workspace, view: View, definition: dict[str, Any], *, via: str) -> None:
    """Swap in an already validated definition, keeping input values of surviving blocks."""
    surviving = {b.get("block_id") for b in definition["blocks"]}
    view.state_values = {k: v for k, v in view.state_values.items() if k in surviving}
    view.definition = definition
    view.hash = ws.new_view_hash()
    _record(ws, view, via)


def _usable_trigger(ws: Workspace, args: Arguments) -> Trigger:
    trigger_id = args.text("trigger_id") or args.text("interactivity_pointer")
    if not trigger_id:
        raise invalid_arguments("missing required field: trigger_id")
    trigger = ws.triggers.get(trigger_id)
    if trigger is None:
        raise ApiError("invalid_trigger_id")
    if trigger.exchanged:
        raise ApiError("exchanged_trigger_id")
    if ws.clock.now() - trigger.issued_at > TRIGGER_LIFETIME_SECONDS:
        raise ApiError("expired_trigger_id")
    return trigger


def _view_argument(ws: Workspace, args: Arguments, *, replacing: View | None = None) -> dict[str, Any]:
    return validated_view(ws, args.json("view", error="invalid_arguments"), replacing=replacing)


def _store_new_view(
    ws: Workspace, definition: dict[str, Any], *, user_id: str | None, previous: View | None, via: str | None = None
) -> View:
    view_id = ws.new_id("V")
    view = View(
        id=view_id,
        user_id=user_id or "",
        definition=definition,
        hash=ws.new_view_hash(),
        root_view_id=previous.root_view_id if previous else view_id,
        previous_view_id=previous.id if previous else None,
    )
    ws.views[view_id] = view
    _record(ws, view, via or ("views.push" if previous else "views.open"))
    return view


def _record(ws: Workspace, view: View, via: str) -> None:
    ws.record_output(via, view_id=view.id, user=view.user_id, text=None, blocks=view.definition["blocks"])


METHODS = {
    "views.open": views_open,
    "views.push": views_push,
    "views.update": views_update,
    "views.publish": views_publish,
}
