"""Escalation: a private channel per case, the right people in it, and the case card.

This service talks to the Slack Web API (the listeners never orchestrate several calls
themselves). It runs after the ack (lazy listeners, the scheduler), so slack_sdk's retry
handlers may sleep on a 429 here.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import Settings
from bot.lifecycle import CaseAction, Surface
from bot.policy.model import PolicyBundle, Severity
from bot.services.cases import CaseService, CaseView, CustomerHistory, CustomerNotFound
from bot.services.directory import Directory
from bot.slack import blocks
from bot.slack.i18n import language_for

logger = logging.getLogger(__name__)

MAX_NAME_ATTEMPTS = 20
SYSTEM_ACTOR = "system"


class EscalationError(RuntimeError):
    """Slack refused something escalation needs; the message says what and what to do."""


@dataclass(frozen=True)
class Escalation:
    """The result of escalating: the case as it now stands and its channel."""

    case: CaseView
    channel_id: str
    created: bool  # False when the case had already been escalated (a repeated click)


class EscalationService:
    """Creates case channels, invites reporter and managers, posts and updates case cards."""

    def __init__(
        self,
        cases: CaseService,
        client: WebClient,
        directory: Directory,
        settings: Settings,
        bundle: PolicyBundle,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._cases = cases
        self._client = client
        self._directory = directory
        self._settings = settings
        self._bundle = bundle
        self._clock = clock
        self._locks: dict[int, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._bot_user_id: str | None = None

    def escalate(self, case_id: int, actor: str, surface: Surface) -> Escalation:
        """Open the case's private channel, invite everyone, post the card; repeat calls are harmless."""
        with self._case_lock(case_id):
            case = self._cases.get_case(case_id)
            if case.escalation_channel_id:
                if self._cases.card_location(case.id) is None:
                    # The channel exists but its card never arrived (Slack failed mid-way): post it now.
                    self.post_card(case, actor=actor, surface=surface)
                return Escalation(case, case.escalation_channel_id, created=False)
            managers = [m for m in self._directory.managers() if m != self.bot_user_id()]
            if not managers:
                raise EscalationError("No manager is configured (MANAGER_USER_IDS / MANAGER_USERGROUP_ID).")
            channel_id = self._create_channel(case.ref)
            self._invite(channel_id, [case.reporter_user_id, *managers])
            now = self._clock()
            case = self._cases.mark_escalated(case.id, actor, channel_id, managers, surface, now)
            if case.escalation_channel_id != channel_id:
                # Another process escalated the same case at the same moment; its channel stands.
                logger.warning("Case %s was escalated elsewhere; channel %s is left unused", case.ref, channel_id)
                return Escalation(case, str(case.escalation_channel_id), created=False)
            self.post_card(case, actor=actor, surface=surface)
            if case.happening_now or case.severity is Severity.CRITICAL:
                self._alert_managers(case, channel_id, managers)
            return Escalation(case, channel_id, created=True)

    def post_card(self, case: CaseView, *, actor: str, surface: Surface) -> str:
        """Post the case card in the case channel; returns the message ts."""
        lang = self._settings.language
        response = self._client.chat_postMessage(
            channel=case.escalation_channel_id,
            blocks=blocks.case_card(case, self._history(case, actor, surface), self._bundle, lang),
            text=blocks.case_card_text(case, lang, self._bundle),
            unfurl_links=False,
            unfurl_media=False,
        )
        ts = str(response["ts"])
        self._cases.record_card(case.id, str(case.escalation_channel_id), ts, actor, surface, self._clock())
        return ts

    def record_action(
        self, case: CaseView, channel_id: str, message_ts: str, actor: str, surface: Surface
    ) -> None:
        """After a manager's action: update the card in place and add a line to its thread."""
        lang = self._settings.language
        with self._case_lock(case.id):
            # Re-read under the lock: of two quick clicks, the card must end in the later state.
            latest = self._cases.get_case(case.id)
            self._client.chat_update(
                channel=channel_id,
                ts=message_ts,
                blocks=blocks.case_card(latest, self._history(latest, actor, surface), self._bundle, lang),
                text=blocks.case_card_text(latest, lang, self._bundle),
            )
        if case.events:
            self._client.chat_postMessage(
                channel=channel_id,
                thread_ts=message_ts,
                text=blocks.case_action_line(case.events[-1], lang),
                unfurl_links=False,
            )

    def chase(self, case: CaseView, minutes: int) -> None:
        """Remind managers in the case channel that nobody has acknowledged the case yet."""
        if not case.escalation_channel_id:
            return
        lang = self._settings.language
        self._client.chat_postMessage(
            channel=case.escalation_channel_id,
            text=blocks.reminder_text(case, minutes, lang),
            unfurl_links=False,
        )

    def bot_user_id(self) -> str:
        """The bot's own user id (auth.test, once)."""
        if self._bot_user_id is None:
            self._bot_user_id = str(self._client.auth_test()["user_id"])
        return self._bot_user_id

    def channel_name(self, ref: str, attempt: int) -> str:
        """Opaque channel name from the case ref: no customer or staff detail in it."""
        base = f"{self._settings.escalation_channel_prefix}-{ref}".lower()
        name = base if attempt == 0 else f"{base}-{attempt + 1}"
        return name[:80]

    def _create_channel(self, ref: str) -> str:
        for attempt in range(MAX_NAME_ATTEMPTS):
            name = self.channel_name(ref, attempt)
            try:
                response = self._client.conversations_create(name=name, is_private=True)
                return str(response["channel"]["id"])
            except SlackApiError as exc:
                if exc.response.get("error") == "name_taken":
                    continue
                raise EscalationError(f"Slack refused to create channel #{name}: {exc.response.get('error')}") from exc
        raise EscalationError(f"Every channel name for case {ref} is taken; archive old case channels.")

    def _invite(self, channel_id: str, user_ids: list[str]) -> None:
        wanted = [u for u in dict.fromkeys(user_ids) if u and u != self.bot_user_id()]
        if not wanted:
            return
        try:
            self._client.conversations_invite(channel=channel_id, users=",".join(wanted))
            return
        except SlackApiError as exc:
            if exc.response.get("error") == "already_in_channel":
                return
            logger.warning("Inviting %s together failed (%s); inviting one by one", wanted, exc.response.get("error"))
        for user_id in wanted:  # one bad id must not keep the others out
            try:
                self._client.conversations_invite(channel=channel_id, users=user_id)
            except SlackApiError as exc:
                if exc.response.get("error") != "already_in_channel":
                    logger.error("Could not invite %s to %s: %s", user_id, channel_id, exc.response.get("error"))

    def _alert_managers(self, case: CaseView, channel_id: str, managers: list[str]) -> None:
        for manager in managers:
            lang = language_for(self._directory.locale(manager), self._settings.language)  # a DM: their own language
            try:
                dm = self._client.conversations_open(users=manager)
                self._client.chat_postMessage(
                    channel=dm["channel"]["id"],
                    blocks=blocks.manager_alert(case, channel_id, lang, self._bundle),
                    text=blocks.manager_alert_text(case, lang),
                )
            except SlackApiError as exc:
                logger.error("Urgent alert to %s failed: %s", manager, exc.response.get("error"))

    def _history(self, case: CaseView, actor: str, surface: Surface) -> CustomerHistory | None:
        if case.customer_id is None:
            return None
        try:
            return self._cases.customer_history(case.customer_id, actor, surface, self._clock())
        except CustomerNotFound:
            return None

    def _case_lock(self, case_id: int) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(case_id, threading.Lock())


def action_for(action_id: str) -> CaseAction:
    """The case action a card button stands for."""
    from bot.slack import ids

    return {
        ids.ACTION_CASE_ACKNOWLEDGE: CaseAction.ACKNOWLEDGE,
        ids.ACTION_CASE_TAKE_OVER: CaseAction.TAKE_OVER,
        ids.ACTION_CASE_WARN: CaseAction.WARN_CUSTOMER,
        ids.ACTION_CASE_REFUSE: CaseAction.REFUSE_SERVICE,
        ids.ACTION_CASE_LEGAL: CaseAction.REFER_LEGAL,
        ids.ACTION_CASE_POLICE: CaseAction.REFER_POLICE,
        ids.ACTION_CASE_RESOLVE: CaseAction.RESOLVE,
    }[action_id]
