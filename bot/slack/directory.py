"""Who is who in the workspace: managers, HR, each user's language. Cached Slack look-ups."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import Settings

logger = logging.getLogger(__name__)

CACHE_SECONDS = 300.0
LOCALE_CACHE_SECONDS = CACHE_SECONDS * 12  # a user's language rarely changes


class Directory:
    """Resolves roles from settings and user groups, and user locales, with a short cache."""

    def __init__(self, client: WebClient, settings: Settings, clock: Callable[[], float] = time.monotonic) -> None:
        self._client = client
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._groups: dict[str, tuple[float, frozenset[str]]] = {}
        self._locales: dict[str, tuple[float, str | None]] = {}

    def managers(self) -> tuple[str, ...]:
        """Every responsible manager: MANAGER_USER_IDS plus members of MANAGER_USERGROUP_ID."""
        members = self._group(self._settings.manager_usergroup_id)
        return tuple(dict.fromkeys([*self._settings.manager_user_ids, *sorted(members)]))

    def backup_managers(self) -> tuple[str, ...]:
        """Managers reached when a case stays unacknowledged: BACKUP_MANAGER_USER_IDS plus their group."""
        members = self._group(self._settings.backup_manager_usergroup_id)
        return tuple(dict.fromkeys([*self._settings.backup_manager_user_ids, *sorted(members)]))

    def hr(self) -> tuple[str, ...]:
        """Every HR reader: HR_USER_IDS plus members of HR_USERGROUP_ID."""
        members = self._group(self._settings.hr_usergroup_id)
        return tuple(dict.fromkeys([*self._settings.hr_user_ids, *sorted(members)]))

    def is_manager(self, user_id: str) -> bool:
        """Responsible and backup managers alike may act on a case."""
        return user_id in self.managers() or user_id in self.backup_managers()

    def is_hr(self, user_id: str) -> bool:
        return user_id in self.hr()

    def may_act_on_cases(self, user_id: str) -> bool:
        """Managers and HR may press case buttons and read customer history."""
        return self.is_manager(user_id) or self.is_hr(user_id)

    def surely_not_lead(self, user_id: str) -> bool:
        """True only when the user is known from settings and cached groups not to be a manager or HR.

        Never calls Slack, so it is safe before an ack; when a group is not cached the answer
        is False ("not sure") and the full check happens after the ack.
        """
        settings = self._settings
        if user_id in (*settings.manager_user_ids, *settings.hr_user_ids, *settings.backup_manager_user_ids):
            return False
        members: set[str] = set()
        for group_id in (settings.manager_usergroup_id, settings.hr_usergroup_id, settings.backup_manager_usergroup_id):
            if not group_id:
                continue
            cached = self._groups.get(group_id)
            if cached is None:
                return False
            members |= cached[1]
        return user_id not in members

    def cached_locale(self, user_id: str) -> str | None:
        """The user's Slack locale if already known (never calls Slack: safe on the ack path)."""
        entry = self._fresh_locale(user_id)
        return entry[1] if entry else None

    def knows_locale(self, user_id: str) -> bool:
        """True when the user's locale was looked up recently, even if Slack had none (no Slack call)."""
        return self._fresh_locale(user_id) is not None

    def locale(self, user_id: str) -> str | None:
        """The user's Slack locale (e.g. "ja-JP"), looked up and cached; None if unknown."""
        entry = self._fresh_locale(user_id)
        if entry:
            return entry[1]
        locale: str | None = None
        try:
            response = self._client.users_info(user=user_id, include_locale=True)
            locale = (response.get("user") or {}).get("locale")
        except SlackApiError as exc:
            logger.warning("users.info failed for %s: %s", user_id, exc.response.get("error"))
        with self._lock:
            self._locales[user_id] = (self._clock(), locale)
        return locale

    def _fresh_locale(self, user_id: str) -> tuple[float, str | None] | None:
        entry = self._locales.get(user_id)
        if entry and self._clock() - entry[0] < LOCALE_CACHE_SECONDS:
            return entry
        return None

    def _group(self, group_id: str) -> frozenset[str]:
        if not group_id:
            return frozenset()
        cached = self._groups.get(group_id)
        if cached and self._clock() - cached[0] < CACHE_SECONDS:
            return cached[1]
        try:
            response = self._client.usergroups_users_list(usergroup=group_id)
            members = frozenset(response.get("users") or ())
        except SlackApiError as exc:
            logger.error("usergroups.users.list failed for %s: %s", group_id, exc.response.get("error"))
            return cached[1] if cached else frozenset()
        with self._lock:
            self._groups[group_id] = (self._clock(), members)
        return members
