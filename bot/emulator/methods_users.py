"""auth.*, users.* and usergroups.* methods."""

from __future__ import annotations

from typing import Any

from bot.emulator.api import ApiError, Arguments
from bot.emulator.state import Workspace


def auth_test(ws: Workspace, args: Arguments) -> dict[str, Any]:
    return {
        "url": ws.url,
        "team": ws.team_name,
        "user": ws.users[ws.bot_user_id].name,
        "team_id": ws.team_id,
        "user_id": ws.bot_user_id,
        "bot_id": ws.bot_id,
        "is_enterprise_install": False,
    }


def users_info(ws: Workspace, args: Arguments) -> dict[str, Any]:
    user = ws.users.get(args.text("user") or "")
    if user is None:
        raise ApiError("user_not_found")
    return {"user": user.to_api(ws.team_id, include_locale=args.flag("include_locale"))}


def users_lookup_by_email(ws: Workspace, args: Arguments) -> dict[str, Any]:
    email = args.required("email")
    for user in ws.users.values():
        if user.email and user.email.lower() == email.lower():
            return {"user": user.to_api(ws.team_id)}
    raise ApiError("users_not_found")


def usergroups_list(ws: Workspace, args: Arguments) -> dict[str, Any]:
    include_users = args.flag("include_users")
    return {"usergroups": [g.to_api(ws.team_id, include_users=include_users) for g in ws.usergroups.values()]}


def usergroups_users_list(ws: Workspace, args: Arguments) -> dict[str, Any]:
    group = ws.usergroups.get(args.text("usergroup") or "")
    if group is None:
        raise ApiError("no_such_subteam")
    return {"users": list(group.user_ids)}


METHODS = {
    "auth.test": auth_test,
    "users.info": users_info,
    "users.lookupByEmail": users_lookup_by_email,
    "usergroups.list": usergroups_list,
    "usergroups.users.list": usergroups_users_list,
}
