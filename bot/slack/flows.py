"""The report flow: triage, record, escalate when asked, and confirm, from any surface.

The report form, the triage reply's buttons and the App Home all go through here, so a
report is recorded, escalated and confirmed the same way whichever surface it came from. Runs
after the ack; the progress it notes (`bot.slack.followup`) lets a failure be told truthfully.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.lifecycle import ContactChannel, IllegalTransition, ReportSource, Surface
from bot.services.outbox import reached_managers
from bot.services.reports import Report
from bot.services.results import CaseView
from bot.slack import blocks, drafts, mrkdwn
from bot.slack.blocks import Block, ReportForm
from bot.slack.escalation import Escalation, EscalationError
from bot.slack.followup import progress
from bot.slack.i18n import t
from bot.slack.listeners import failure_reason
from bot.slack.payloads import Submission
from bot.slack.register import CustomerFlow

if TYPE_CHECKING:
    from bot.slack.context import BotContext

logger = logging.getLogger(__name__)

# Where a confirmation goes: a function taking blocks and the notification text.
Reply = Callable[[list[Block], str], None]


class EscalationNotWritten(RuntimeError):
    """The report is stored as `case`, but its escalation could not be written (the database failed)."""

    def __init__(self, case: CaseView) -> None:
        super().__init__(f"case {case.ref} is stored; its escalation could not be written")
        self.case = case


class ReportFlow:
    """Reports from the form and escalations from any surface."""

    def __init__(self, ctx: BotContext) -> None:
        self._ctx = ctx

    def record_form(self, submission: Submission, form: ReportForm) -> CaseView:
        """Store a submitted report form before the form closes (runs on the ack path: no Slack call).

        EscalationNotWritten when the report is stored but the escalation it asks for could not
        be written: the report must not be called unsaved, nor the escalation owed.
        """
        meta = submission.metadata
        recorded = self.recorded_meanwhile(submission)
        if recorded is not None:
            # The form's details are added after the ack (follow_form); an escalation asked for
            # is owed now, like any other.
            if (form.escalate or form.happening_now) and not recorded.escalation_channel_id:
                # A case that may no longer be escalated: the follow-up says so, and the form closes.
                with contextlib.suppress(IllegalTransition):
                    self._owe_before_ack(recorded, submission.user_id)
            return recorded
        from_shortcut = meta.get("src") == ReportSource.MESSAGE_SHORTCUT.value
        report = Report(
            reporter_user_id=submission.user_id,
            team_id=submission.team_id,
            text=form.text,
            source=ReportSource.MESSAGE_SHORTCUT if from_shortcut else ReportSource.MODAL,
            idempotency_key=form_key(submission),
            contact_channel=form.contact_channel,
            occurred_at=form.occurred_at,
            happening_now=form.happening_now,
            location=form.location,
        ).with_customer(form.customer())
        case = self._ctx.services.reports.record(report, before_ack=True)
        if form.escalate or form.happening_now:
            # Owed in the database before the form closes: if this worker dies, another escalates.
            self._owe_before_ack(case, submission.user_id)
        return case

    def _owe_before_ack(self, case: CaseView, user_id: str) -> None:
        """Write a stored report's escalation before the form closes; EscalationNotWritten if that fails."""
        try:
            self._ctx.escalation.request(case, user_id, Surface.MODAL, before_ack=True)
        except IllegalTransition:
            raise
        except Exception as exc:
            raise EscalationNotWritten(case) from exc

    def follow_form(self, submission: Submission, form: ReportForm, case: CaseView, permalink: str | None) -> CaseView:
        """After the form closed on a stored report: escalate it when asked (or happening now), else DM the triage."""
        ctx = self._ctx
        user_id = submission.user_id
        lang = ctx.language(user_id)
        if self.recorded_meanwhile(submission) is not None:
            return self._add_to_recorded(case, form, lang)
        progress().saved(case)
        if permalink and not case.permalink:
            case = ctx.services.cases.set_permalink(case.id, permalink)
            if case.card_location is not None:  # the outbox worker posted the card first: add the link to it
                case = ctx.escalation.refresh_card(case.id)
        dm = ctx.open_dm(user_id)
        refused = None
        if case.customer_id is not None:
            refused = ctx.services.customers.refusal_for_reporter(
                case.customer_id, user_id, Surface.MODAL, ctx.services.clock()
            )
        notice = blocks.service_refused_notice(refused, ctx.bundle, lang) if refused is not None else []

        def to_dm(content: list[Block], text: str) -> None:
            # A customer refused service: said first, whatever else the reply holds.
            ctx.client.chat_postMessage(channel=dm, blocks=[*notice, *content][: blocks.MESSAGE_BLOCKS_MAX], text=text)

        if not (form.escalate or form.happening_now):
            result = ctx.services.reports.triage(case.text)
            draft = drafts.encode(drafts.Draft(key=form_key(submission), text=None, channel_id=dm, user_id=user_id))
            to_dm(
                blocks.triage_reply(result, ctx.bundle, lang, draft=draft, details=False),
                blocks.triage_reply_text(result, ctx.bundle, lang),
            )
            return case
        self.escalate(case, user_id, Surface.MODAL, reply=to_dm)
        return case

    def recorded_meanwhile(self, submission: Submission) -> CaseView | None:
        """The case of "Add details" on a triage reply whose report was recorded meanwhile (Escalate or
        Log only pressed): the form adds to it instead of being dropped. None for the form's own case."""
        key = submission.metadata.get("k")
        if not key:
            return None
        recorded = self._ctx.services.cases.find_case_by_key(str(key))
        if recorded is None or recorded.reporter_user_id != submission.user_id:
            return None
        # The triage reply records as a typed report; a case this form stored itself is a form's.
        return recorded if recorded.source is ReportSource.SLASH_COMMAND else None

    def _add_to_recorded(self, case: CaseView, form: ReportForm, lang: str) -> CaseView:
        """Put the form's customer on an already recorded case; say plainly what could not change."""
        ctx = self._ctx
        user_id = case.reporter_user_id
        progress().saved(case)
        dm = ctx.open_dm(user_id)

        def to_dm(content: list[Block], text: str) -> None:
            ctx.client.chat_postMessage(channel=dm, blocks=content, text=text)

        notes = []
        details = form.customer()
        if details.identifiers():
            case = CustomerFlow(ctx).save(case.id, details, user_id, Surface.MODAL).case
            saved = t("customer.saved", lang, ref=mrkdwn.escape(case.ref))
            notes.append(saved + (" " + t("customer.saved_card", lang) if case.card_location else ""))
        changed = (
            form.text != case.text
            or form.occurred_at is not None
            or form.contact_channel is not ContactChannel.OTHER
            or not details.identifiers()
        )
        if changed:
            notes.append(t("customer.unchanged_fields", lang, ref=mrkdwn.escape(case.ref)))
        text = "\n".join(notes)
        to_dm([blocks.plain_notice(text)], text)
        if (form.escalate or form.happening_now) and not case.escalation_channel_id:
            try:
                self.escalate(case, user_id, Surface.MODAL, reply=to_dm)
            except IllegalTransition as exc:  # closed meanwhile: say why nothing was escalated
                refused = t("action_not_allowed", lang, reason=failure_reason(exc, lang))
                to_dm([blocks.plain_notice(refused)], refused)
        return case

    def escalate(
        self, case: CaseView, actor: str, surface: Surface, *, reply: Reply, problem: Reply | None = None
    ) -> Escalation | None:
        """Escalate a recorded case and tell the actor (and the reporter when someone else acted) the truth.

        "Escalated" only once a manager is in the channel and the card is posted; while Slack is
        slow, "recorded, still reaching a manager" (a worker finishes it and confirms by DM);
        when Slack refuses for good, why, and what to do (by `problem`, else `reply`).
        """
        ctx = self._ctx
        lang = ctx.language(actor)
        confirmed: list[tuple[CaseView, str]] = []

        def confirm(escalated: CaseView, channel_id: str) -> None:
            self._confirm(escalated, channel_id, actor, lang, reply)
            confirmed.append((escalated, channel_id))

        try:
            # Once its steps are written, a failure here (the database, say) is not "not escalated":
            # the outbox finishes it and confirms.
            escalation = ctx.escalation.escalate(case.id, actor, surface, confirm=confirm, owed=progress().owe_escalation)
        except (EscalationError, SlackApiError) as exc:
            logger.error("Escalation failed (case %s): %s", case.id, type(exc).__name__)
            text = t("escalation_failed", lang, reason=failure_reason(exc, lang))
            (problem or reply)([blocks.plain_notice(text)], text)
            return None
        if escalation.reached_managers:
            progress().escalated(escalation.case)
            if not confirmed:  # already with managers and confirmed earlier: say so again
                self._confirm(escalation.case, str(escalation.channel_id), actor, lang, reply)
            return escalation
        failure = escalation.failure()
        if failure is not None:
            logger.error("Escalation failed (case %s): %s", case.id, escalation.problem)
            text = t("escalation_failed", lang, reason=failure_reason(failure, lang))
            (problem or reply)([blocks.plain_notice(text)], text)
            return escalation
        text = t("escalation.pending", lang, ref=mrkdwn.escape(case.ref), minutes=ctx.settings.escalation_alert_minutes)
        (problem or reply)([blocks.plain_notice(text)], text)
        return escalation

    def tell_escalated(self, case: CaseView, actor: str, *, reply: Reply, pending: Reply) -> None:
        """Tell `actor` where a case stands that Escalate reached first (so Log only left it alone).

        With managers: the escalation's confirmation, by `reply` (no second DM to the reporter).
        Still on its way (or waiting for a retry): a note by `pending`, leaving the escalation's
        own answer to say how it went.
        """
        ctx = self._ctx
        lang = ctx.language(actor)
        channel_id = case.escalation_channel_id
        if channel_id and reached_managers(ctx.services.outbox.steps(case.id)):
            title = t("escalated_title", lang, ref=case.ref)
            if case.reporter_user_id == actor:
                desk = ctx.settings.consultation_desk
                reply(blocks.escalation_confirmation(case, channel_id, ctx.bundle, lang, desk), title)
            else:
                reply([blocks.plain_notice(title)], title)
            return
        text = t("log_only.escalating", lang, ref=mrkdwn.escape(case.ref))
        pending([blocks.plain_notice(text)], text)

    def _confirm(self, case: CaseView, channel_id: str, actor: str, lang: str, reply: Reply) -> None:
        ctx = self._ctx
        desk = ctx.settings.consultation_desk
        if case.reporter_user_id == actor:
            reply(
                blocks.escalation_confirmation(case, channel_id, ctx.bundle, lang, desk),
                t("escalated_title", lang, ref=case.ref),
            )
            return
        # Someone else escalated the reporter's case: the actor learns where it went, and the
        # reporter gets the confirmation and the support it carries.
        reply([blocks.plain_notice(t("escalated_title", lang, ref=case.ref))], t("escalated_title", lang, ref=case.ref))
        reporter_lang = ctx.language(case.reporter_user_id)
        ctx.publisher.tell_user(
            case.reporter_user_id,
            t("escalated_title", reporter_lang, ref=case.ref),
            blocks.escalation_confirmation(case, channel_id, ctx.bundle, reporter_lang, desk),
        )


def form_key(submission: Submission) -> str:
    """The idempotency key of a report form: the triage reply's key ("Add details"), else the view's id."""
    return str(submission.metadata.get("k") or f"view:{submission.view_id}")
