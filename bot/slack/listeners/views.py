"""Modal submissions: the report form and the resolve form."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.lifecycle import CaseAction, IllegalTransition, ReportSource, Surface
from bot.services.results import CaseNotFound
from bot.slack.escalation import EscalationError
from bot.services.reports import CustomerDetails, Report
from bot.slack import blocks, drafts, ids, mrkdwn
from bot.slack.context import BotContext
from bot.slack.i18n import t
from bot.slack.listeners import failure_reason, logged

logger = logging.getLogger(__name__)


def _metadata(view: dict[str, Any]) -> dict[str, Any]:
    try:
        value = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def register(app: App, ctx: BotContext) -> None:
    """Attach the view submission listeners."""

    def check_report(ack: Ack, body: dict[str, Any], view: dict[str, Any]) -> None:
        lang = ctx.quick_language(body["user"]["id"])
        form = blocks.parse_report_submission(view["state"]["values"])
        errors = blocks.validate_report(form, lang, now=ctx.services.clock())
        if errors:
            ack(response_action="errors", errors=errors)
        else:
            ack()

    def record_report(body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        form = blocks.parse_report_submission(view["state"]["values"])
        if blocks.validate_report(form, "en", now=ctx.services.clock()):
            return  # refused in the ack; nothing to record
        user_id = body["user"]["id"]
        lang = ctx.language(user_id)
        meta = _metadata(view)
        source = ReportSource.MESSAGE_SHORTCUT if meta.get("src") == ReportSource.MESSAGE_SHORTCUT.value else ReportSource.MODAL
        report = Report(
            reporter_user_id=user_id,
            team_id=str((body.get("team") or {}).get("id") or ""),
            text=form.text,
            source=source,
            # From "Add details" on a triage reply: the reply's key, so its buttons find this case.
            idempotency_key=str(meta.get("k") or f"view:{view['id']}"),
            contact_channel=form.contact_channel,
            occurred_at=form.occurred_at,
            happening_now=form.happening_now,
            permalink=_permalink(client, meta) if source is ReportSource.MESSAGE_SHORTCUT else None,
        ).with_customer(
            CustomerDetails(  # the form gives None for an empty field
                customer_number=form.customer_number or "",
                name=form.customer_name or "",
                email=form.customer_email or "",
                phone=form.customer_phone or "",
                social_handle=form.customer_handle or "",
            )
        )
        result = ctx.services.reports.triage(form.text)
        case = ctx.services.reports.record(report, result)
        dm = ctx.open_dm(user_id)
        draft = drafts.encode(drafts.Draft(key=report.idempotency_key, text=None, channel_id=dm))
        if not (form.escalate or form.happening_now):
            client.chat_postMessage(
                channel=dm, blocks=blocks.triage_reply(result, ctx.bundle, lang, draft=draft, details=False),
                text=blocks.triage_reply_text(result, ctx.bundle, lang),
            )
            return
        try:
            escalation = ctx.escalation.escalate(case.id, user_id, Surface.MODAL)
        except (EscalationError, SlackApiError) as exc:
            logger.exception("Escalation from the report form failed")
            client.chat_postMessage(channel=dm, text=t("escalation_failed", lang, reason=failure_reason(exc)))
            return
        client.chat_postMessage(
            channel=dm,
            blocks=blocks.escalation_confirmation(escalation.case, escalation.channel_id, ctx.bundle, lang),
            text=t("escalated_title", lang, ref=escalation.case.ref),
        )

    def ack_resolve(ack: Ack) -> None:
        ack()

    def resolve_case(body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = ctx.language(user_id)
        meta = _metadata(view)
        outcome, note = blocks.parse_resolve_submission(view["state"]["values"])
        if not ctx.directory.may_act_on_cases(user_id):
            client.chat_postMessage(channel=ctx.open_dm(user_id), text=t("only_managers", lang))
            return
        try:
            case = ctx.services.cases.apply_action(
                int(meta["case"]), user_id, CaseAction.RESOLVE, Surface.MODAL, ctx.services.clock(),
                outcome=outcome, note=note or None,
            )
        except (IllegalTransition, CaseNotFound, KeyError, ValueError) as exc:
            client.chat_postMessage(channel=ctx.open_dm(user_id), text=t("action_not_allowed", lang, reason=mrkdwn.escape(str(exc))))
            return
        if meta.get("ch") and meta.get("ts"):
            ctx.escalation.record_action(case, meta["ch"], meta["ts"])

    app.view(ids.VIEW_REPORT)(ack=check_report, lazy=[logged(record_report)])
    app.view(ids.VIEW_RESOLVE)(ack=ack_resolve, lazy=[logged(resolve_case)])


def _permalink(client: WebClient, meta: dict[str, Any]) -> str | None:
    if not (meta.get("ch") and meta.get("ts")):
        return None
    try:
        return str(client.chat_getPermalink(channel=meta["ch"], message_ts=meta["ts"])["permalink"])
    except SlackApiError as exc:
        logger.warning("chat.getPermalink failed: %s", exc.response.get("error"))
        return None
