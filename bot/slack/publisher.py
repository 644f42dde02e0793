"""Everything the bot posts on its own: case cards, action lines, alerts, reminders, digests.

One Slack-side object shared by the listeners and the scheduler's jobs, so a reminder sent by
a job and a card updated after a button press are built and sent the same way. Runs after acks
only (slack_sdk's retry handlers may sleep on a 429 here).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import Settings
from bot.policy.model import PolicyBundle
from bot.services.digest import DigestReport
from bot.services.results import CaseEventView, CaseView, RegisterStanding
from bot.slack import blocks
from bot.slack.blocks.care import care_answered_blocks, care_checkin_blocks
from bot.slack.blocks.digest import weekly_digest_blocks, weekly_digest_text
from bot.slack.digest_files import digest_file_uploads
from bot.slack.directory import Directory
from bot.slack.i18n import language_for, t

logger = logging.getLogger(__name__)


class Publisher:
    """Posts and updates the bot's own messages."""

    def __init__(
        self,
        client: WebClient,
        directory: Directory,
        settings: Settings,
        bundle: PolicyBundle,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._client = client
        self._directory = directory
        self._settings = settings
        self._bundle = bundle
        self._clock = clock

    @property
    def client(self) -> WebClient:
        return self._client

    @property
    def bundle(self) -> PolicyBundle:
        return self._bundle

    def open_dm(self, user_id: str) -> str:
        """The id of the bot's direct-message channel with a user."""
        return str(self._client.conversations_open(users=user_id)["channel"]["id"])

    def language_of(self, user_id: str) -> str:
        """The user's language from their Slack locale, else LANGUAGE."""
        return language_for(self._directory.locale(user_id), self._settings.language)

    # --- case channel -----------------------------------------------------------------

    def post_case_card(self, case: CaseView, history: RegisterStanding | None) -> str:
        """Post the card in the case channel; returns its message ts."""
        lang = self._settings.language
        response = self._client.chat_postMessage(
            channel=str(case.escalation_channel_id),
            blocks=blocks.case_card(case, history, self._bundle, lang),
            text=blocks.case_card_text(case, lang, self._bundle),
            unfurl_links=False,
            unfurl_media=False,
        )
        return str(response["ts"])

    def update_case_card(self, case: CaseView, history: RegisterStanding | None, channel_id: str, ts: str) -> None:
        """Redraw the card in place."""
        lang = self._settings.language
        self._client.chat_update(
            channel=channel_id,
            ts=ts,
            blocks=blocks.case_card(case, history, self._bundle, lang),
            text=blocks.case_card_text(case, lang, self._bundle),
        )

    def post_action_line(self, event: CaseEventView, channel_id: str, thread_ts: str) -> None:
        """One line in the card's thread: who did what."""
        self._client.chat_postMessage(
            channel=channel_id,
            thread_ts=thread_ts,
            text=blocks.case_action_line(event, self._settings.language),
            unfurl_links=False,
        )

    def post_reminder(self, case: CaseView, text: str) -> None:
        """A reminder in the case channel (its text mentions whom it reminds)."""
        self._client.chat_postMessage(channel=str(case.escalation_channel_id), text=text, unfurl_links=False)

    def post_card_thread_line(self, case: CaseView, text: str) -> None:
        """One line in the case card's thread (nothing when the card was never posted)."""
        if case.card_location is None:
            return
        channel_id, ts = case.card_location
        self._client.chat_postMessage(channel=channel_id, thread_ts=ts, text=text, unfurl_links=False)

    # --- people ------------------------------------------------------------------------

    def alert_manager(self, case: CaseView, channel_id: str, manager: str) -> None:
        """The urgent DM to one manager, in their own language (SlackApiError when it did not go)."""
        lang = self.language_of(manager)
        self._client.chat_postMessage(
            channel=self.open_dm(manager),
            blocks=blocks.manager_alert(case, channel_id, lang, self._bundle),
            text=blocks.manager_alert_text(case, lang),
        )

    def manager_alert_landed(self, case: CaseView, manager: str) -> bool:
        """True when the manager's DM already holds this case's urgent alert (a try that got no answer)."""
        wanted = blocks.manager_alert_text(case, self.language_of(manager))
        history = self._client.conversations_history(channel=self.open_dm(manager), limit=50)
        return any(m.get("text") == wanted for m in history.get("messages") or [])

    def tell_user(self, user_id: str, text: str, blocks_: list[blocks.Block] | None = None) -> None:
        """A direct message to one person."""
        self._client.chat_postMessage(channel=self.open_dm(user_id), text=text, blocks=blocks_)

    # --- HR ----------------------------------------------------------------------------

    def send_weekly_digest(self, report: DigestReport, target: str, *, to_channel: bool, lang: str | None = None) -> None:
        """The week's digest to a channel or a person's DM, then its CSV and chart (external upload flow)."""
        lang = lang or (self._settings.language if to_channel else self.language_of(target))
        channel = target if to_channel else self.open_dm(target)
        uploads = digest_file_uploads(report, lang, self._bundle)
        self._client.chat_postMessage(
            channel=channel,
            blocks=weekly_digest_blocks(
                report.digest, lang, self._bundle, window_days=self._settings.repeat_offender_window_days,
                with_files=bool(uploads),
            ),
            text=weekly_digest_text(report.digest, lang),
            unfurl_links=False,
        )
        if uploads:
            self._client.files_upload_v2(file_uploads=uploads, channel=channel)

    def send_digest_files(self, report: DigestReport, user_id: str, lang: str) -> int:
        """The week's CSV and chart to a person's DM (the digest itself is shown to them elsewhere); returns the file count."""
        uploads = digest_file_uploads(report, lang, self._bundle)
        if uploads:
            self._client.files_upload_v2(
                file_uploads=uploads, channel=self.open_dm(user_id), initial_comment=weekly_digest_text(report.digest, lang)
            )
        return len(uploads)

    def post_weekly_digest(self, report: DigestReport, targets: list[str], *, to_channel: bool) -> int:
        """The digest to each channel or HR reader; returns how many got it (one failure spares the others)."""
        sent = 0
        for target in targets:
            try:
                self.send_weekly_digest(report, target, to_channel=to_channel)
                sent += 1
            except SlackApiError as exc:
                logger.error("Sending the digest to %s failed: %s", target, exc.response.get("error"))
        return sent

    # --- care for the reporter -----------------------------------------------------------

    def send_care_checkin(self, case_id: int, ref: str, reporter_user_id: str) -> tuple[str, str]:
        """The private check-in to the reporter, in their language; returns (channel, ts)."""
        lang = self.language_of(reporter_user_id)
        desk = self._settings.consultation_desk
        channel = self.open_dm(reporter_user_id)
        response = self._client.chat_postMessage(
            channel=channel,
            blocks=care_checkin_blocks(case_id, ref, lang, self._bundle, desk),
            text=t("care.title", lang),
            unfurl_links=False,
        )
        return channel, str(response["ts"])

    def close_care_checkin(self, channel_id: str, ts: str, lang: str, thanks: str, case_id: int, ref: str) -> None:
        """Replace the check-in's buttons with the thanks."""
        desk = self._settings.consultation_desk
        content = care_answered_blocks(care_checkin_blocks(case_id, ref, lang, self._bundle, desk), thanks)
        self._client.chat_update(channel=channel_id, ts=ts, blocks=content, text=thanks)

    def ask_hr_to_contact(self, reporter_user_id: str, ref: str, hr_readers: list[str]) -> int:
        """A private note to each HR reader (or the HR channel when none is named); returns how many went out."""
        sent = 0
        targets = [(reader, False) for reader in hr_readers] or (
            [(self._settings.hr_channel_id, True)] if self._settings.hr_channel_id else []
        )
        for target, is_channel in targets:
            lang = self._settings.language if is_channel else self.language_of(target)
            text = t("care.hr_notice", lang, reporter=f"<@{reporter_user_id}>", ref=ref)
            try:
                self._client.chat_postMessage(channel=target if is_channel else self.open_dm(target), text=text)
                sent += 1
            except SlackApiError as exc:
                logger.error("Telling HR (%s) of a contact request failed: %s", target, exc.response.get("error"))
        if not sent:
            logger.error("A reporter asked HR to contact them (case %s) but no HR reader could be reached", ref)
        return sent
