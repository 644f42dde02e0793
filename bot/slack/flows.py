"""The report flow: triage, record, escalate when asked, and confirm, from any surface.

The report form, the triage reply's buttons and the App Home all go through here, so a
report is recorded, escalated and confirmed the same way whichever surface it came from. Runs
after the ack; the progress it notes (`bot.slack.followup`) lets a failure be told truthfully.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.lifecycle import ContactChannel, ReportSource, Surface
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


class ReportFlow:
    """Reports from the form and escalations from any surface."""

    def __init__(self, ctx: BotContext) -> None:
        self._ctx = ctx

    def submit_form(self, submission: Submission, form: ReportForm, permalink: str | None) -> CaseView:
        """Record a submitted report form; escalate it when asked (or happening now); confirm by DM."""
        ctx = self._ctx
        user_id = submission.user_id
        lang = ctx.language(user_id)
        meta = submission.metadata
        if meta.get("k"):
            # "Add details" on a triage reply whose report was recorded meanwhile (Escalate or
            # Log only was pressed): the form adds to that case instead of being dropped.
            recorded = ctx.services.cases.find_case_by_key(str(meta["k"]))
            if recorded is not None and recorded.reporter_user_id == user_id:
                return self._add_to_recorded(recorded, form, lang)
        from_shortcut = meta.get("src") == ReportSource.MESSAGE_SHORTCUT.value
        report = Report(
            reporter_user_id=user_id,
            team_id=submission.team_id,
            text=form.text,
            source=ReportSource.MESSAGE_SHORTCUT if from_shortcut else ReportSource.MODAL,
            # From "Add details" on a triage reply: the reply's key, so its buttons find this case.
            idempotency_key=str(meta.get("k") or f"view:{submission.view_id}"),
            contact_channel=form.contact_channel,
            occurred_at=form.occurred_at,
            happening_now=form.happening_now,
            location=form.location,
            permalink=permalink,
        ).with_customer(form.customer())
        result = ctx.services.reports.triage(form.text)
        case = ctx.services.reports.record(report, result)
        progress().saved(case)
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
            draft = drafts.encode(drafts.Draft(key=report.idempotency_key, text=None, channel_id=dm))
            to_dm(
                blocks.triage_reply(result, ctx.bundle, lang, draft=draft, details=False),
                blocks.triage_reply_text(result, ctx.bundle, lang),
            )
            return case
        self.escalate(case, user_id, Surface.MODAL, reply=to_dm)
        return case

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
            self.escalate(case, user_id, Surface.MODAL, reply=to_dm)
        return case

    def escalate(
        self, case: CaseView, actor: str, surface: Surface, *, reply: Reply, problem: Reply | None = None
    ) -> Escalation | None:
        """Escalate a recorded case and confirm to the actor (and to the reporter when someone else acted).

        When Slack refuses, the actor is told why and what to do (by `problem`, else `reply`),
        and None is returned.
        """
        ctx = self._ctx
        lang = ctx.language(actor)
        try:
            escalation = ctx.escalation.escalate(case.id, actor, surface)
        except (EscalationError, SlackApiError) as exc:
            logger.exception("Escalation failed")
            text = t("escalation_failed", lang, reason=failure_reason(exc, lang))
            (problem or reply)([blocks.plain_notice(text)], text)
            return None
        progress().escalated(escalation.case)
        desk = ctx.settings.consultation_desk
        confirmed = escalation.case
        if case.reporter_user_id == actor:
            reply(
                blocks.escalation_confirmation(confirmed, escalation.channel_id, ctx.bundle, lang, desk),
                t("escalated_title", lang, ref=confirmed.ref),
            )
            return escalation
        # Someone else escalated the reporter's case: the actor learns where it went, and the
        # reporter gets the confirmation and the support it carries.
        reply([blocks.plain_notice(t("escalated_title", lang, ref=confirmed.ref))], t("escalated_title", lang, ref=confirmed.ref))
        reporter_lang = ctx.language(case.reporter_user_id)
        ctx.publisher.tell_user(
            case.reporter_user_id,
            t("escalated_title", reporter_lang, ref=confirmed.ref),
            blocks.escalation_confirmation(confirmed, escalation.channel_id, ctx.bundle, reporter_lang, desk),
        )
        return escalation
