"""Buttons: on the private triage reply, on the case card, and in the App Home."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.digest import digest_day
from bot.lifecycle import CaseStatus, IllegalTransition, ReportSource, Surface
from bot.services.care import CareAnswer, CheckinNotFound, NotTheReporter
from bot.services.results import CaseNotFound, RepeatedAction
from bot.slack import blocks, drafts, ids
from bot.slack.blocks import Block
from bot.slack.context import BotContext, DraftPending
from bot.slack.flows import ReportFlow
from bot.slack.followup import ACTION, REPORT, after_ack, progress
from bot.slack.i18n import t
from bot.slack.listeners import failure_reason
from bot.slack.listeners.events import publish_home
from bot.slack.modals import OTHER_FORM, ack_then_open, open_modal
from bot.slack.payloads import ButtonPress, PayloadError, parse_button
from bot.weeks import local_date

logger = logging.getLogger(__name__)

_CASE_ACTION = re.compile("^(" + "|".join(re.escape(a) for a in ids.CASE_ACTIONS if a != ids.ACTION_CASE_RESOLVE) + ")$")


def register(app: App, ctx: BotContext) -> None:
    """Attach the button listeners."""
    flow = ReportFlow(ctx)

    def ack_only(ack: Ack) -> None:
        ack()

    # --- the triage reply -------------------------------------------------------------
    def not_theirs(respond: Respond, lang: str) -> None:
        respond(response_type="ephemeral", replace_original=False, text=t("buttons_not_yours", lang, command=ids.COMMAND))

    def escalate(body: dict[str, Any], respond: Respond) -> None:
        press = parse_button(body)
        lang = ctx.language(press.user_id)
        try:
            draft = drafts.decode(press.value)
            if drafts.shown_to_someone_else(draft, press.user_id):
                not_theirs(respond, lang)
                return
            progress().expect(draft.key)  # an earlier press (or the command) may have stored it
            case = ctx.case_for_draft(draft, press.user_id, press.team_id)
        except ValueError:  # not one of our button values
            respond(response_type="ephemeral", replace_original=False, text=t("draft_unreadable", lang, command=ids.COMMAND))
            return
        except DraftPending:  # the reply and its buttons stay: pressing again in a moment finds it
            respond(response_type="ephemeral", replace_original=False, text=t("draft_still_saving", lang, command=ids.COMMAND))
            return
        progress().saved(case)

        def replace_reply(content: list[Block], text: str) -> None:
            respond(replace_original=True, blocks=content, text=text)

        def note(content: list[Block], text: str) -> None:  # the reply and its buttons stay, to try again
            respond(response_type="ephemeral", replace_original=False, text=text)

        flow.escalate(case, press.user_id, Surface.BUTTON, reply=replace_reply, problem=note)

    def log_only(body: dict[str, Any], respond: Respond) -> None:
        press = parse_button(body)
        lang = ctx.language(press.user_id)
        try:
            draft = drafts.decode(press.value)
            if drafts.shown_to_someone_else(draft, press.user_id):
                not_theirs(respond, lang)
                return
            progress().expect(draft.key)  # an earlier press (or the command) may have stored it
            case = ctx.case_for_draft(draft, press.user_id, press.team_id)
        except ValueError:  # not one of our button values
            respond(response_type="ephemeral", replace_original=False, text=t("draft_unreadable", lang, command=ids.COMMAND))
            return
        except DraftPending:  # the reply and its buttons stay: pressing again in a moment finds it
            respond(response_type="ephemeral", replace_original=False, text=t("draft_still_saving", lang, command=ids.COMMAND))
            return
        progress().saved(case)
        logged = ctx.services.reports.log_only(case, press.user_id, Surface.BUTTON)
        case = logged.case
        if case.status is CaseStatus.LOGGED_ONLY:
            content = blocks.logged_confirmation(case, lang, after_failed_escalation=logged.withdrew_failed_escalation)
            respond(replace_original=True, blocks=content, text=t("logged_title", lang, ref=case.ref))
            return

        # Escalate came first (or at the same time): never "Logged"; where the case truly stands.
        def replace_reply(content: list[Block], text: str) -> None:
            respond(replace_original=True, blocks=content, text=text)

        def note(content: list[Block], text: str) -> None:  # the escalation's own answer will replace the reply
            respond(response_type="ephemeral", replace_original=False, text=text)

        flow.tell_escalated(case, press.user_id, reply=replace_reply, pending=note)

    def show_policy(body: dict[str, Any], respond: Respond) -> None:
        press = parse_button(body)
        lang = ctx.language(press.user_id)
        respond(
            response_type="ephemeral",
            replace_original=False,
            blocks=blocks.policy_blocks(ctx.bundle, lang),
            text=ctx.bundle.policy.title.get(lang),
        )

    def open_report(body: dict[str, Any], client: WebClient) -> None:
        press = _parse_or_none(body)
        if press is None:
            return
        text, metadata = "", {"src": ReportSource.SLASH_COMMAND.value}
        if press.action_id == ids.ACTION_OPEN_REPORT:
            try:
                draft = drafts.decode(press.value)
            except ValueError:
                draft = None
            if draft is not None and drafts.shown_to_someone_else(draft, press.user_id):
                lang = ctx.quick_language(press.user_id)
                _tell(client, press.channel_id, press.user_id, t("buttons_not_yours", lang, command=ids.COMMAND))
                return
            if draft is not None:
                text, metadata = draft.text or "", {**metadata, "ch": draft.channel_id, "k": draft.key}
        lang = ctx.quick_language(press.user_id)
        view = blocks.report_modal(
            lang, text=text, private_metadata=json.dumps(metadata), locations=ctx.settings.report_locations
        )
        open_modal(
            ctx, client, trigger_id=press.trigger_id, view=view, user_id=press.user_id, lang=lang,
            response_url=press.response_url, channel_id=press.channel_id,
        )

    app.action(ids.ACTION_ESCALATE)(ack=ack_only, lazy=[after_ack(ctx, REPORT)(escalate)])
    app.action(ids.ACTION_LOG_ONLY)(ack=ack_only, lazy=[after_ack(ctx, REPORT)(log_only)])
    app.action(ids.ACTION_SHOW_POLICY)(ack=ack_only, lazy=[after_ack(ctx, ACTION)(show_policy)])
    # Forms open after the ack (a slow views.open must not hold it past 3 seconds), on the form threads.
    app.action(ids.ACTION_OPEN_REPORT)(ack_then_open(ctx, open_report))
    app.action(ids.ACTION_HOME_REPORT)(ack_then_open(ctx, open_report))

    # --- the case card ----------------------------------------------------------------
    def case_action(body: dict[str, Any], client: WebClient) -> None:
        press = parse_button(body)
        lang = ctx.language(press.user_id)
        if not ctx.directory.may_act_on_cases(press.user_id):
            _tell(client, press.channel_id, press.user_id, t("only_managers", lang))
            return
        try:
            case = ctx.services.cases.apply_action(
                press.case_id(),
                press.user_id,
                ids.CASE_BUTTONS[press.action_id],
                Surface.BUTTON,
                ctx.services.clock(),
                seen_events=press.card_version(),
            )
        except RepeatedAction:
            _tell(client, press.channel_id, press.user_id, t("action_repeated", lang))
            return
        except IllegalTransition as exc:
            _tell(client, press.channel_id, press.user_id, t("action_not_allowed", lang, reason=failure_reason(exc, lang)))
            return
        except CaseNotFound:
            _tell(client, press.channel_id, press.user_id, t("case_not_found", lang))
            return
        ctx.escalation.record_action(case, press.channel_id, press.message_ts)

    def resolve(body: dict[str, Any], client: WebClient) -> None:
        press = _parse_or_none(body)
        if press is None:
            return
        lang = ctx.quick_language(press.user_id)
        # The trigger_id lives 3 seconds: no Slack look-up before views.open. A user surely not
        # a manager is refused now; an unsure one is checked when the form is submitted.
        if ctx.directory.surely_not_lead(press.user_id):
            _tell(client, press.channel_id, press.user_id, t("only_managers", lang))
            return
        try:
            case = ctx.services.cases.get_case(press.case_id())
        except (CaseNotFound, PayloadError):
            _tell(client, press.channel_id, press.user_id, t("case_not_found", lang))
            return
        metadata = json.dumps({"case": case.id, "ch": press.channel_id, "ts": press.message_ts})
        open_modal(
            ctx, client, trigger_id=press.trigger_id, view=blocks.resolve_modal(lang, case.ref, metadata),
            user_id=press.user_id, lang=lang, form=OTHER_FORM, response_url=press.response_url, channel_id=press.channel_id,
        )

    app.action(_CASE_ACTION)(ack=ack_only, lazy=[after_ack(ctx, ACTION)(case_action)])
    app.action(ids.ACTION_CASE_RESOLVE)(ack_then_open(ctx, resolve))

    # --- the App Home -----------------------------------------------------------------
    def escalate_recorded(
        press: ButtonPress,
        surface: Surface,
        reply: Callable[[list[Block], str], None],
        problem: Callable[[list[Block], str], None] | None = None,
    ) -> bool:
        """Escalate a case already recorded: its reporter may, and so may managers; True when done.

        `problem`: where a failure or a still-pending escalation is told (else by `reply`).
        """
        lang = ctx.language(press.user_id)
        try:
            case = ctx.services.cases.get_case(press.case_id())
        except CaseNotFound:
            ctx.publisher.tell_user(press.user_id, t("case_not_found", lang))
            return False
        if case.reporter_user_id != press.user_id and not ctx.directory.may_act_on_cases(press.user_id):
            ctx.publisher.tell_user(press.user_id, t("only_reporter_or_managers", lang))
            return False
        progress().saved(case)
        try:
            return flow.escalate(case, press.user_id, surface, reply=reply, problem=problem) is not None
        except IllegalTransition as exc:
            ctx.publisher.tell_user(press.user_id, t("action_not_allowed", lang, reason=failure_reason(exc, lang)))
            return False

    def home_escalate(body: dict[str, Any], client: WebClient) -> None:
        press = parse_button(body)

        def to_dm(content: list[Block], text: str) -> None:
            ctx.publisher.tell_user(press.user_id, text, content)

        if escalate_recorded(press, Surface.APP_HOME, to_dm):
            publish_home(ctx, client, press.user_id)

    def escalate_logged(body: dict[str, Any], respond: Respond) -> None:
        press = parse_button(body)

        def replace_reply(content: list[Block], text: str) -> None:
            respond(replace_original=True, blocks=content, text=text)

        def note(content: list[Block], text: str) -> None:  # the "Logged" reply and its Escalate button stay
            respond(response_type="ephemeral", replace_original=False, text=text)

        escalate_recorded(press, Surface.BUTTON, replace_reply, note)

    app.action(ids.ACTION_HOME_ESCALATE)(ack=ack_only, lazy=[after_ack(ctx, REPORT)(home_escalate)])
    app.action(ids.ACTION_ESCALATE_LOGGED)(ack=ack_only, lazy=[after_ack(ctx, REPORT)(escalate_logged)])

    def home_digest(body: dict[str, Any]) -> None:
        """HR picked a week in the App Home: its digest, CSV and chart go to their DM."""
        press = parse_button(body)
        lang = ctx.language(press.user_id)
        if not ctx.directory.is_hr(press.user_id):
            ctx.publisher.tell_user(press.user_id, t("digest_not_allowed", lang))
            return
        word = {ids.ACTION_HOME_DIGEST_THIS: "this", ids.ACTION_HOME_DIGEST_LAST: "last"}.get(press.action_id, press.value)
        try:
            day = digest_day(word, local_date(ctx.services.clock(), ctx.settings.digest_zone))
        except ValueError:
            ctx.publisher.tell_user(press.user_id, t("hr.digest_usage", lang, command=ids.COMMAND))
            return
        ctx.publisher.send_weekly_digest(ctx.services.digests.report(day), press.user_id, to_channel=False, lang=lang)

    for action_id in ids.HOME_DIGEST_ACTIONS:
        app.action(action_id)(ack=ack_only, lazy=[after_ack(ctx, ACTION)(home_digest)])

    # --- the care check-in ------------------------------------------------------------
    def care_answer(body: dict[str, Any]) -> None:
        """The reporter answered their check-in: recorded for HR, the buttons replaced, HR told if asked."""
        press = parse_button(body)
        lang = ctx.language(press.user_id)
        answer = CareAnswer.CONTACT_HR if press.action_id == ids.ACTION_CARE_CONTACT_HR else CareAnswer.ALL_RIGHT
        try:
            recorded = ctx.services.care.record_answer(press.case_id(), press.user_id, answer, ctx.services.clock())
        except (NotTheReporter, CheckinNotFound):
            ctx.publisher.tell_user(press.user_id, t("care.not_yours", lang))
            return
        thanks = t("care.thanks_contact" if answer is CareAnswer.CONTACT_HR else "care.thanks_all_right", lang)
        channel, ts = recorded.channel_id or press.channel_id, recorded.message_ts or press.message_ts
        ctx.publisher.close_care_checkin(channel, ts, lang, thanks, recorded.case_id, recorded.ref)
        if answer is CareAnswer.CONTACT_HR and recorded.previous is not CareAnswer.CONTACT_HR:
            ctx.publisher.ask_hr_to_contact(press.user_id, recorded.ref, list(ctx.directory.hr()))

    for action_id in (ids.ACTION_CARE_ALL_RIGHT, ids.ACTION_CARE_CONTACT_HR):
        app.action(action_id)(ack=ack_only, lazy=[after_ack(ctx, ACTION)(care_answer)])


def _parse_or_none(body: dict[str, Any]) -> ButtonPress | None:
    """Parse on the ack path, where a forged payload is logged in one line and left unanswered."""
    try:
        return parse_button(body)
    except PayloadError as exc:
        logger.warning("Ignoring a malformed button payload: %s", exc)
        return None


def _tell(client: WebClient, channel_id: str, user_id: str, text: str) -> None:
    """A private note to one person in a channel."""
    try:
        client.chat_postEphemeral(channel=channel_id, user=user_id, text=text)
    except SlackApiError as exc:
        logger.warning("Ephemeral note to %s failed: %s", user_id, exc.response.get("error"))
