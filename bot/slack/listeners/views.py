"""Modal submissions: the report form and the resolve form."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import SQLAlchemyError

from bot.lifecycle import CaseAction, IllegalTransition, ReportSource, Surface, allowed_actions
from bot.services.results import CaseNotFound
from bot.slack import blocks, ids
from bot.slack.context import BotContext
from bot.slack.flows import EscalationNotWritten, ReportFlow, form_key
from bot.slack.followup import ACTION, REPORT, after_ack, progress
from bot.slack.i18n import t
from bot.slack.listeners import failure_reason
from bot.slack.payloads import PayloadError, Submission, parse_submission

logger = logging.getLogger(__name__)

# Set in Bolt's context by the report form's ack once the report is stored: {"ref": case ref,
# "owed": its escalation was requested in the database}.
# The ack runs before the work after it is started (process_before_response), and that work
# gets a copy of the context, so it knows what the ack stored without asking the database.
STORED = "kasuhara_report_stored"


def register(app: App, ctx: BotContext) -> None:
    """Attach the view submission listeners."""
    flow = ReportFlow(ctx)

    def check_report(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        """Refuse bad input, then store the report before the form closes; if the store fails, say so in the form."""
        try:
            submission = parse_submission(body)
        except PayloadError as exc:
            logger.warning("Ignoring a malformed report submission: %s", exc)
            ack()
            return
        lang = ctx.quick_language(submission.user_id)
        form = blocks.parse_report_submission(submission.values)
        errors = blocks.validate_report(form, lang, now=ctx.services.clock())
        if errors:
            ack(response_action="errors", errors=errors)
            return
        try:
            case = flow.record_form(submission, form)
        except EscalationNotWritten as exc:
            # Stored: never "not saved". The form stays open: Submit again passes it on (not stored twice).
            logger.error(
                "A report form was stored as case %s but its escalation could not be written (view %s): %s",
                exc.case.ref, submission.view_id, type(exc.__cause__).__name__,
            )
            ack(response_action="errors", errors={ids.BLOCK_TEXT: t("form.saved_not_escalated", lang, ref=exc.case.ref)})
            return
        except SQLAlchemyError:  # SQL parameters are hidden, so the traceback holds no report text
            logger.exception("A report form could not be stored (view %s); the form stays open", submission.view_id)
            ack(response_action="errors", errors={ids.BLOCK_TEXT: t("form.not_saved", lang)})
            return
        except Exception as exc:  # noqa: BLE001 - whatever the cause, the form must stay open with what was typed
            # Only the kind: a message could quote what was typed.
            logger.error("A report form could not be stored (view %s): %s", submission.view_id, type(exc).__name__)
            ack(response_action="errors", errors={ids.BLOCK_TEXT: t("form.not_saved", lang)})
            return
        owed = (form.escalate or form.happening_now) and CaseAction.ESCALATE in allowed_actions(case.status)
        context[STORED] = {"ref": case.ref, "owed": owed}
        ack()

    def follow_report(body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        stored = context.get(STORED)
        if not isinstance(stored, dict):
            return  # refused or not stored in the ack: the form told the person and is still open
        # Whatever fails from here, the report is saved (and its escalation, if asked, is owed).
        progress().stored_as(str(stored["ref"]), escalation_owed=bool(stored.get("owed")))
        submission = parse_submission(body)
        form = blocks.parse_report_submission(submission.values)
        case = ctx.services.cases.find_case_by_key(form_key(submission))
        if case is None:  # the ack stored it under this key: only a purge could remove it meanwhile
            logger.warning("Report %s, stored by the form's ack, is no longer found", stored["ref"])
            return
        from_shortcut = submission.metadata.get("src") == ReportSource.MESSAGE_SHORTCUT.value
        flow.follow_form(submission, form, case, _permalink(client, submission) if from_shortcut else None)

    def ack_resolve(ack: Ack) -> None:
        ack()

    def resolve_case(body: dict[str, Any]) -> None:
        submission = parse_submission(body)
        user_id = submission.user_id
        lang = ctx.language(user_id)
        meta = submission.metadata
        outcome, note = blocks.parse_resolve_submission(submission.values)
        if not ctx.directory.may_act_on_cases(user_id):
            ctx.publisher.tell_user(user_id, t("only_managers", lang))
            return
        case_id = meta.get("case")
        if not isinstance(case_id, int):
            ctx.publisher.tell_user(user_id, t("case_not_found", lang))
            return
        try:
            case = ctx.services.cases.apply_action(
                case_id, user_id, CaseAction.RESOLVE, Surface.MODAL, ctx.services.clock(), outcome=outcome, note=note or None
            )
        except CaseNotFound:
            ctx.publisher.tell_user(user_id, t("case_not_found", lang))
            return
        except IllegalTransition as exc:  # a status that forbids it
            ctx.publisher.tell_user(user_id, t("action_not_allowed", lang, reason=failure_reason(exc, lang)))
            return
        except ValueError:  # no outcome chosen
            ctx.publisher.tell_user(user_id, t("action_not_allowed", lang, reason=t("reason.outcome_needed", lang)))
            return
        if meta.get("ch") and meta.get("ts"):
            ctx.escalation.record_action(case, str(meta["ch"]), str(meta["ts"]))

    app.view(ids.VIEW_REPORT)(ack=check_report, lazy=[after_ack(ctx, REPORT)(follow_report)])
    app.view(ids.VIEW_RESOLVE)(ack=ack_resolve, lazy=[after_ack(ctx, ACTION)(resolve_case)])


def _permalink(client: WebClient, submission: Submission) -> str | None:
    meta = submission.metadata
    if not (meta.get("ch") and meta.get("ts")):
        return None
    try:
        return str(client.chat_getPermalink(channel=meta["ch"], message_ts=meta["ts"])["permalink"])
    except SlackApiError as exc:
        logger.warning("chat.getPermalink failed: %s", exc.response.get("error"))
        return None
