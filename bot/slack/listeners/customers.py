"""The customer register's buttons and form: add or correct a customer, private history, merge, link, unlink."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.lifecycle import Surface
from bot.services.customers import NothingToDo
from bot.services.results import CaseNotFound, CaseView
from bot.slack import ids, mrkdwn
from bot.slack.blocks.customer import customer_modal, parse_customer_submission, private_history, validate_customer
from bot.slack.context import BotContext
from bot.slack.followup import ACTION, after_ack
from bot.slack.i18n import t
from bot.slack.listeners import failure_reason
from bot.slack.modals import OTHER_FORM, ack_then_open, open_modal
from bot.slack.payloads import ButtonPress, PayloadError, parse_button, parse_submission
from bot.slack.register import CustomerFlow

logger = logging.getLogger(__name__)

SOURCE_CARD = "card"
SOURCE_CONFIRMATION = "confirmation"


def register(app: App, ctx: BotContext) -> None:
    """Attach the register's listeners."""
    flow = CustomerFlow(ctx)

    def ack_only(ack: Ack) -> None:
        ack()

    # --- the customer form ---------------------------------------------------------------
    def open_form(body: dict[str, Any], client: WebClient) -> None:
        try:
            press = parse_button(body)
            case_id = press.case_id()
        except PayloadError as exc:
            logger.warning("Ignoring a malformed customer button: %s", exc)
            return
        lang = ctx.quick_language(press.user_id)
        on_card = press.action_id == ids.ACTION_CASE_CUSTOMER
        try:
            case = ctx.services.cases.get_case(case_id)
        except CaseNotFound:
            _tell(ctx, client, press, t("case_not_found", lang))
            return
        # The trigger_id lives 3 seconds: no Slack look-up before views.open. Someone surely
        # neither the reporter nor a manager is refused now; the rest is checked on submission.
        if press.user_id != case.reporter_user_id and ctx.directory.surely_not_lead(press.user_id):
            _tell(ctx, client, press, t("customer.not_allowed", lang))
            return
        metadata = {"case": case.id, "src": SOURCE_CARD if on_card else SOURCE_CONFIRMATION}
        if on_card:
            metadata |= {"ch": press.channel_id}
        details = ctx.services.customers.details_of(case.id)
        open_modal(
            ctx, client, trigger_id=press.trigger_id, view=customer_modal(lang, case.ref, details, json.dumps(metadata)),
            user_id=press.user_id, lang=lang, form=OTHER_FORM, response_url=press.response_url, channel_id=press.channel_id,
        )

    def check_form(ack: Ack, body: dict[str, Any]) -> None:
        try:
            submission = parse_submission(body)
        except PayloadError as exc:
            logger.warning("Ignoring a malformed customer form: %s", exc)
            ack()
            return
        errors = validate_customer(parse_customer_submission(submission.values), ctx.quick_language(submission.user_id))
        if errors:
            ack(response_action="errors", errors=errors)
        else:
            ack()

    def save_form(body: dict[str, Any], client: WebClient) -> None:
        submission = parse_submission(body)
        user_id = submission.user_id
        lang = ctx.language(user_id)
        meta = submission.metadata
        details = parse_customer_submission(submission.values)
        if validate_customer(details, lang):
            return  # refused in the ack
        case_id = meta.get("case")
        channel = str(meta.get("ch") or "")

        def tell(text: str) -> None:
            if channel:
                try:
                    client.chat_postEphemeral(channel=channel, user=user_id, text=text)
                    return
                except SlackApiError as exc:
                    logger.warning("Ephemeral note to %s failed: %s", user_id, exc.response.get("error"))
            ctx.publisher.tell_user(user_id, text)

        try:
            case = ctx.services.cases.get_case(int(case_id)) if isinstance(case_id, int) else None
        except CaseNotFound:
            case = None
        if case is None:
            tell(t("case_not_found", lang))
            return
        if not flow.may_change(case, user_id):
            tell(t("customer.not_allowed", lang))
            return
        try:
            change = flow.save(case.id, details, user_id, Surface.MODAL)
        except ValueError as exc:
            tell(t("customer.not_saved", lang, reason=failure_reason(exc, lang)))
            return
        key = "customer.saved" if details.identifiers() else "customer.cleared"
        text = t(key, lang, ref=mrkdwn.escape(change.case.ref))
        if change.case.card_location is not None:
            text += " " + t("customer.saved_card", lang)
        tell(text)

    # The form opens after the ack (a slow views.open must not hold it past 3 seconds), on the form
    # threads: never queued behind the long waits of the work after other acks.
    app.action(ids.ACTION_ADD_CUSTOMER)(ack_then_open(ctx, open_form))
    app.action(ids.ACTION_CASE_CUSTOMER)(ack_then_open(ctx, open_form))
    app.view(ids.VIEW_CUSTOMER)(ack=check_form, lazy=[after_ack(ctx, ACTION)(save_form)])

    # --- the earlier cases, privately ----------------------------------------------------
    def show_history(body: dict[str, Any], client: WebClient) -> None:
        press = parse_button(body)
        lang = ctx.language(press.user_id)
        if not ctx.directory.may_act_on_cases(press.user_id):
            _tell(ctx, client, press, t("history_not_allowed", lang))
            return
        try:
            case = ctx.services.cases.get_case(press.case_id())
            history, standing = ctx.services.customers.history_for_case(
                case.id, press.user_id, Surface.BUTTON, ctx.services.clock()
            )
        except CaseNotFound:
            _tell(ctx, client, press, t("case_not_found", lang))
            return
        content = private_history(case, history, standing, ctx.bundle, lang)
        client.chat_postEphemeral(
            channel=press.channel_id, user=press.user_id, blocks=content, text=t("history.header", lang)
        )

    app.action(ids.ACTION_CASE_HISTORY)(ack=ack_only, lazy=[after_ack(ctx, ACTION)(show_history)])

    # --- corrections by a manager or HR ----------------------------------------------------
    def correction(
        operation: Callable[[int, str, Surface, dt.datetime], CaseView], done_key: str
    ) -> Callable[..., None]:
        def run(body: dict[str, Any], client: WebClient) -> None:
            press = parse_button(body)
            lang = ctx.language(press.user_id)
            if not ctx.directory.may_act_on_cases(press.user_id):
                _tell(ctx, client, press, t("only_managers", lang))
                return
            try:
                case = operation(press.case_id(), press.user_id, Surface.BUTTON, ctx.services.clock())
            except CaseNotFound:
                _tell(ctx, client, press, t("case_not_found", lang))
                return
            except NothingToDo as exc:
                _tell(ctx, client, press, t("register.nothing_to_do", lang, reason=failure_reason(exc, lang)))
                return
            flow.redraw(case)
            _tell(ctx, client, press, t(done_key, lang))

        run.__name__ = f"customer_{done_key.rsplit('_', 1)[-1]}"
        return run

    customers = ctx.services.customers
    for action_id, operation, done_key in (
        (ids.ACTION_CASE_MERGE, customers.confirm_merge, "register.done_merge"),
        (ids.ACTION_CASE_NAME_LINK, customers.link_by_name, "register.done_name_link"),
        (ids.ACTION_CASE_UNLINK, customers.unlink, "register.done_unlink"),
    ):
        app.action(action_id)(ack=ack_only, lazy=[after_ack(ctx, ACTION)(correction(operation, done_key))])


def _tell(ctx: BotContext, client: WebClient, press: ButtonPress, text: str) -> None:
    """A private note to the person who pressed, where they pressed (else by DM)."""
    try:
        if press.channel_id:
            client.chat_postEphemeral(channel=press.channel_id, user=press.user_id, text=text)
            return
    except SlackApiError as exc:
        logger.warning("Ephemeral note to %s failed: %s", press.user_id, exc.response.get("error"))
    ctx.publisher.tell_user(press.user_id, text)
