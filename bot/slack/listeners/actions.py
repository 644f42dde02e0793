"""Buttons: on the private triage reply, on the case card, and in the App Home."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.lifecycle import IllegalTransition, ReportSource, Surface
from bot.services.results import CaseNotFound
from bot.slack.escalation import EscalationError
from bot.slack import blocks, drafts, ids, mrkdwn
from bot.slack.context import BotContext, DraftLost
from bot.slack.i18n import t
from bot.slack.listeners import failure_reason, logged
from bot.slack.listeners.events import publish_home

logger = logging.getLogger(__name__)

_CASE_ACTION = re.compile("^(" + "|".join(re.escape(a) for a in ids.CASE_ACTIONS if a != ids.ACTION_CASE_RESOLVE) + ")$")


def register(app: App, ctx: BotContext) -> None:
    """Attach the button listeners."""

    def ack_only(ack: Ack) -> None:
        ack()

    # --- the triage reply -------------------------------------------------------------
    def escalate(body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        user_id, team_id = body["user"]["id"], _team(body)
        lang = ctx.language(user_id)
        try:
            case = ctx.case_for_draft(drafts.decode(action["value"]), user_id, team_id)
            escalation = ctx.escalation.escalate(case.id, user_id, Surface.BUTTON)
        except (ValueError, DraftLost):
            respond(response_type="ephemeral", replace_original=False, text=t("draft_unreadable", lang, command=ids.COMMAND))
            return
        except (EscalationError, SlackApiError) as exc:
            logger.exception("Escalation failed")
            respond(response_type="ephemeral", replace_original=False, text=t("escalation_failed", lang, reason=failure_reason(exc)))
            return
        respond(
            replace_original=True,
            blocks=blocks.escalation_confirmation(escalation.case, escalation.channel_id, ctx.bundle, lang),
            text=t("escalated_title", lang, ref=escalation.case.ref),
        )

    def log_only(body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        user_id = body["user"]["id"]
        lang = ctx.language(user_id)
        try:
            case = ctx.case_for_draft(drafts.decode(action["value"]), user_id, _team(body))
        except (ValueError, DraftLost):
            respond(response_type="ephemeral", replace_original=False, text=t("draft_unreadable", lang, command=ids.COMMAND))
            return
        case = ctx.services.reports.log_only(case, user_id, Surface.BUTTON)
        respond(replace_original=True, blocks=blocks.logged_confirmation(case, lang), text=t("logged_title", lang, ref=case.ref))

    def show_policy(body: dict[str, Any], respond: Respond) -> None:
        lang = ctx.language(body["user"]["id"])
        respond(response_type="ephemeral", replace_original=False, blocks=blocks.policy_blocks(ctx.bundle, lang), text=ctx.bundle.policy.title.get(lang))

    def open_report(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        user_id = body["user"]["id"]
        text, metadata = "", {"src": ReportSource.SLASH_COMMAND.value}
        if action.get("action_id") == ids.ACTION_OPEN_REPORT:
            try:
                draft = drafts.decode(action["value"])
                text, metadata = draft.text or "", {**metadata, "ch": draft.channel_id, "k": draft.key}
            except ValueError:
                pass
        client.views_open(
            trigger_id=body["trigger_id"],
            view=blocks.report_modal(ctx.quick_language(user_id), text=text, private_metadata=json.dumps(metadata)),
        )

    app.action(ids.ACTION_ESCALATE)(ack=ack_only, lazy=[logged(escalate)])
    app.action(ids.ACTION_LOG_ONLY)(ack=ack_only, lazy=[logged(log_only)])
    app.action(ids.ACTION_SHOW_POLICY)(ack=ack_only, lazy=[logged(show_policy)])
    app.action(ids.ACTION_OPEN_REPORT)(open_report)
    app.action(ids.ACTION_HOME_REPORT)(open_report)

    # --- the case card ----------------------------------------------------------------
    def case_action(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        user_id = body["user"]["id"]
        channel_id, message_ts = body["channel"]["id"], body["container"]["message_ts"]
        lang = ctx.language(user_id)
        if not ctx.directory.may_act_on_cases(user_id):
            _tell(client, channel_id, user_id, t("only_managers", lang))
            return
        try:
            case = ctx.services.cases.apply_action(
                int(action["value"]), user_id, ids.CASE_BUTTONS[action["action_id"]], Surface.BUTTON, ctx.services.clock()
            )
        except IllegalTransition as exc:
            _tell(client, channel_id, user_id, t("action_not_allowed", lang, reason=mrkdwn.escape(str(exc))))
            return
        except (CaseNotFound, ValueError):
            _tell(client, channel_id, user_id, t("case_not_found", lang))
            return
        ctx.escalation.record_action(case, channel_id, message_ts)

    def resolve(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        user_id = body["user"]["id"]
        channel_id, message_ts = body["channel"]["id"], body["container"]["message_ts"]
        lang = ctx.quick_language(user_id)
        # The trigger_id lives 3 seconds: no Slack look-up before views.open. A user surely not
        # a manager is refused now; an unsure one is checked when the form is submitted.
        if ctx.directory.surely_not_lead(user_id):
            _tell(client, channel_id, user_id, t("only_managers", lang))
            return
        try:
            case = ctx.services.cases.get_case(int(action["value"]))
        except (CaseNotFound, ValueError):
            _tell(client, channel_id, user_id, t("case_not_found", lang))
            return
        metadata = json.dumps({"case": case.id, "ch": channel_id, "ts": message_ts})
        client.views_open(trigger_id=body["trigger_id"], view=blocks.resolve_modal(lang, case.ref, metadata))

    app.action(_CASE_ACTION)(ack=ack_only, lazy=[logged(case_action)])
    app.action(ids.ACTION_CASE_RESOLVE)(resolve)

    # --- the App Home -----------------------------------------------------------------
    def home_escalate(body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        user_id = body["user"]["id"]
        lang = ctx.language(user_id)
        if not ctx.directory.may_act_on_cases(user_id):
            client.chat_postMessage(channel=ctx.open_dm(user_id), text=t("only_managers", lang))
            return
        try:
            escalation = ctx.escalation.escalate(int(action["value"]), user_id, Surface.APP_HOME)
        except (EscalationError, SlackApiError, CaseNotFound, IllegalTransition, ValueError) as exc:
            logger.exception("Escalation from the App Home failed")
            client.chat_postMessage(channel=ctx.open_dm(user_id), text=t("escalation_failed", lang, reason=failure_reason(exc)))
            return
        case = escalation.case
        # The manager learns where the case went; the reporter gets the confirmation and the
        # line about support, since the case they logged is now with managers.
        client.chat_postMessage(channel=ctx.open_dm(user_id), text=t("escalated_title", lang, ref=case.ref))
        if case.reporter_user_id != user_id:
            reporter_lang = ctx.language(case.reporter_user_id)
            client.chat_postMessage(
                channel=ctx.open_dm(case.reporter_user_id),
                text=t("escalated_title", reporter_lang, ref=case.ref),
                blocks=blocks.escalation_confirmation(case, escalation.channel_id, ctx.bundle, reporter_lang),
            )
        publish_home(ctx, client, user_id)

    app.action(ids.ACTION_HOME_ESCALATE)(ack=ack_only, lazy=[logged(home_escalate)])


def _team(body: dict[str, Any]) -> str:
    return str((body.get("team") or {}).get("id") or body.get("user", {}).get("team_id") or "")


def _tell(client: WebClient, channel_id: str, user_id: str, text: str) -> None:
    """A private note to one person in a channel."""
    try:
        client.chat_postEphemeral(channel=channel_id, user=user_id, text=text)
    except SlackApiError as exc:
        logger.warning("Ephemeral note to %s failed: %s", user_id, exc.response.get("error"))

