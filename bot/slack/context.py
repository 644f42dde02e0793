"""What every listener is handed: the services and the few decisions shared between surfaces."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from slack_sdk import WebClient

from bot.config import Settings
from bot.lifecycle import ReportSource
from bot.policy.model import PolicyBundle
from bot.runtime import Services
from bot.services.reports import Report
from bot.services.results import CaseView
from bot.slack.directory import Directory
from bot.slack.drafts import Draft
from bot.slack.escalation import EscalationService
from bot.slack.i18n import language_for
from bot.slack.modals import FormOpener
from bot.slack.publisher import Publisher

logger = logging.getLogger(__name__)


class DraftPending(LookupError):
    """A button refers to a long report not recorded yet: the work after the command's ack is
    still storing it (or failed to, and said so to the person). Pressing again in a moment works."""


@dataclass(frozen=True)
class BotContext:
    """Services plus Slack-facing helpers, built once by `bot.slack.app.build_bot`."""

    services: Services
    directory: Directory
    publisher: Publisher
    escalation: EscalationService
    client: WebClient
    forms: FormOpener = field(default_factory=FormOpener)  # the threads that open forms after an ack
    # How long a button on the triage reply waits for its long report to be recorded by the work
    # after the command's ack (about 4 s under load were seen); the press is itself after its ack.
    draft_wait_seconds: float = 10.0
    draft_poll_seconds: float = 0.2

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def bundle(self) -> PolicyBundle:
        return self.services.bundle

    def quick_language(self, user_id: str, text_language: str | None = None) -> str:
        """The language for a reply on the ack path: no Slack call, so no delay."""
        locale = self.directory.cached_locale(user_id)
        if locale:
            return language_for(locale, self.settings.language)
        if text_language in ("ja", "mixed"):
            return "ja"
        if text_language == "en":
            return "en"
        return self.settings.language

    def language(self, user_id: str) -> str:
        """The user's language from their Slack locale (looked up after the ack), else LANGUAGE."""
        return language_for(self.directory.locale(user_id), self.settings.language)

    def case_for_draft(self, draft: Draft, user_id: str, team_id: str) -> CaseView:
        """The case a triage-reply button acts on: recorded now, or found by its key.

        A description too long for the button is recorded by the work after the command's ack,
        which may still be running: waited for (`draft_wait_seconds`), then DraftPending.
        """
        if draft.text is not None:
            return self.services.reports.record(
                Report(
                    reporter_user_id=user_id,
                    team_id=team_id,
                    text=draft.text,
                    source=ReportSource.SLASH_COMMAND,
                    idempotency_key=draft.key,
                )
            )
        deadline = time.monotonic() + self.draft_wait_seconds
        while True:
            case = self.services.cases.find_case_by_key(draft.key)
            if case is not None:
                return case
            if time.monotonic() >= deadline:
                raise DraftPending(draft.key)
            time.sleep(self.draft_poll_seconds)

    def open_dm(self, user_id: str) -> str:
        """The id of the bot's direct-message channel with a user."""
        return self.publisher.open_dm(user_id)
