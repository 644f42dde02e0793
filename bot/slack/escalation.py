"""Escalation: a private channel per case, the right people in it, and the case card.

Slack-side orchestration of several Web API calls (the listeners never do this themselves).
It runs after the ack (lazy listeners, the scheduler), so slack_sdk's retry handlers may sleep
on a 429 here. What the bot posts goes through the shared `Publisher`.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import Settings
from bot.lifecycle import Surface
from bot.policy.model import Severity
from bot.services.cases import CaseService
from bot.services.customers import CustomerService
from bot.services.results import CaseView, RegisterStanding
from bot.slack.directory import Directory
from bot.slack.publisher import Publisher

logger = logging.getLogger(__name__)

MAX_NAME_ATTEMPTS = 20
LOCK_STRIPES = 64  # per-case serialisation in this process, in a fixed number of locks


class EscalationError(RuntimeError):
    """Slack refused something escalation needs; the message says what and what to do.

    `code` names the reason for the person who asked (an i18n `reason.<code>` message), `fields`
    fill it in.
    """

    def __init__(self, message: str, code: str = "", **fields: str) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields


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
        customers: CustomerService,
        publisher: Publisher,
        directory: Directory,
        settings: Settings,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._cases = cases
        self._customers = customers
        self._publisher = publisher
        self._client: WebClient = publisher.client
        self._directory = directory
        self._settings = settings
        self._clock = clock
        self._locks = tuple(threading.Lock() for _ in range(LOCK_STRIPES))
        self._bot_user_id: str | None = None

    def escalate(self, case_id: int, actor: str, surface: Surface) -> Escalation:
        """Open the case's private channel, invite everyone, post the card; repeat calls are harmless."""
        with self._case_lock(case_id):
            case = self._cases.get_case(case_id)
            if channel := case.escalation_channel_id:
                if case.card_location is None:
                    # The channel exists but its card never arrived (Slack failed mid-way): post it now.
                    case = self.post_card(case)
                return Escalation(case, channel, created=False)
            managers = [m for m in self._directory.managers() if m != self.bot_user_id()]
            if not managers:
                raise EscalationError(
                    "No manager is configured (MANAGER_USER_IDS / MANAGER_USERGROUP_ID).", code="no_manager"
                )
            channel_id = self._create_channel(case.ref)
            self._invite(channel_id, [case.reporter_user_id, *managers])
            case = self._cases.mark_escalated(case.id, actor, channel_id, managers, surface, self._clock())
            if case.escalation_channel_id != channel_id:
                # Another process escalated the same case at the same moment; its channel stands.
                logger.warning("Case %s was escalated elsewhere; channel %s is left unused", case.ref, channel_id)
                return Escalation(case, str(case.escalation_channel_id), created=False)
            case = self.post_card(case)
            if case.happening_now or case.severity is Severity.CRITICAL:
                self._publisher.alert_managers(case, channel_id, managers)
            return Escalation(case, channel_id, created=True)

    def post_card(self, case: CaseView) -> CaseView:
        """Post the case card in the case channel and keep where it went."""
        ts = self._publisher.post_case_card(case, self._standing(case))
        return self._cases.record_card(case.id, str(case.escalation_channel_id), ts)

    def record_action(self, case: CaseView, channel_id: str, message_ts: str) -> None:
        """After a manager's action: update the card in place and add a line to its thread."""
        with self._case_lock(case.id):
            # Re-read under the lock: of two quick clicks, the card must end in the later state.
            latest = self._cases.get_case(case.id)
            self._publisher.update_case_card(latest, self._standing(latest), channel_id, message_ts)
        if case.events:
            self._publisher.post_action_line(case.events[-1], channel_id, message_ts)

    def refresh_card(self, case_id: int) -> CaseView:
        """Redraw the case card as the case now stands (after a reminder, say); the case as read."""
        with self._case_lock(case_id):
            latest = self._cases.get_case(case_id)
            if latest.card_location is not None:
                channel_id, ts = latest.card_location
                self._publisher.update_case_card(latest, self._standing(latest), channel_id, ts)
            return latest

    def invite(self, channel_id: str, user_ids: list[str]) -> None:
        """Add people to a case channel (those already in it, and the bot itself, are skipped)."""
        self._invite(channel_id, user_ids)

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
                raise EscalationError(
                    f"Slack refused to create channel #{name}: {exc.response.get('error')}",
                    code="channel_refused",
                    name=name,
                    error=str(exc.response.get("error")),
                ) from exc
        raise EscalationError(
            f"Every channel name for case {ref} is taken; archive old case channels.", code="names_taken", ref=ref
        )

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
            logger.warning("Inviting %d people together failed (%s); inviting one by one", len(wanted), exc.response.get("error"))
        for user_id in wanted:  # one bad id must not keep the others out
            try:
                self._client.conversations_invite(channel=channel_id, users=user_id)
            except SlackApiError as exc:
                if exc.response.get("error") != "already_in_channel":
                    logger.error("Could not invite %s to %s: %s", user_id, channel_id, exc.response.get("error"))

    def _standing(self, case: CaseView) -> RegisterStanding:
        """The customer's flag and counts as the card shows them (drawing a card is not a person's read)."""
        return self._customers.standing_for_case(case.id, self._clock())

    def _case_lock(self, case_id: int) -> threading.Lock:
        return self._locks[zlib.crc32(str(case_id).encode()) % LOCK_STRIPES]
