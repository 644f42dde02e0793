"""`/harassment`: triage in the ack itself; help, the report form, history and digest."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.customer_query import parse_customer_query
from bot.digest import digest_day
from bot.identity import IdentifierKind
from bot.lifecycle import ReportSource, Surface
from bot.services.reports import MAX_REPORT_CHARS, Report
from bot.slack import blocks, drafts, ids, mrkdwn
from bot.slack.blocks.digest import weekly_digest_blocks, weekly_digest_text
from bot.slack.blocks.primitives import context
from bot.slack.context import BotContext
from bot.slack.followup import ACTION, REPORT, after_ack, progress
from bot.slack.i18n import t
from bot.slack.modals import open_modal
from bot.slack.payloads import PayloadError, SlashCommand, parse_command
from bot.weeks import local_date

logger = logging.getLogger(__name__)

HELP_WORDS = {"", "help", "ヘルプ", "使い方", "?"}
REPORT_WORDS = {"report", "報告", "フォーム"}
HISTORY_WORDS = {"history", "履歴"}
DIGEST_WORDS = {"digest", "集計", "週報"}


def split_command(text: str) -> tuple[str, str]:
    """The subcommand (help, report, history, digest, or "" for a description) and the rest."""
    stripped = text.strip()
    first, _, rest = stripped.partition(" ")
    word = first.lower()
    if word in HELP_WORDS and not rest:
        return "help", ""
    if word in REPORT_WORDS and not rest:
        return "report", ""
    if word in HISTORY_WORDS:
        return "history", rest.strip()
    if word in DIGEST_WORDS:  # "digest", "digest last", "digest 2026-11-23": never a report to triage
        return "digest", rest.strip()
    return "", stripped


def register(app: App, ctx: BotContext) -> None:
    """Attach the slash command listeners."""

    def answer(ack: Ack, command: dict[str, Any], client: WebClient) -> None:
        try:
            typed = parse_command(command)
        except PayloadError as exc:
            logger.warning("Ignoring a malformed slash command: %s", exc)
            ack()
            return
        sub, rest = split_command(typed.text)
        if sub == "help":
            lang = ctx.quick_language(typed.user_id)
            help_blocks = blocks.help_blocks(lang, ids.COMMAND, ctx.settings.consultation_desk)
            ack(response_type="ephemeral", blocks=help_blocks, text=t("help_title", lang))
        elif sub == "report":
            ack()  # a slow views.open must not hold the ack past 3 seconds: the form opens on the form threads
            ctx.forms.start(open_report_form, body=command, client=client)
        elif sub in ("history", "digest"):
            ack()  # answered by `follow_up` after a permission check and a database read
        else:
            ack(**_triage_answer(ctx, typed, rest))

    @after_ack(ctx, ACTION)
    def open_report_form(body: dict[str, Any], client: WebClient) -> None:
        _open_report_form(ctx, parse_command(body), client)

    def follow_up(command: dict[str, Any], body: dict[str, Any], respond: Respond) -> None:
        typed = parse_command(command)
        sub, rest = split_command(typed.text)
        if sub == "history":
            _history(ctx, typed.user_id, rest, respond)
        elif sub == "digest":
            _digest(ctx, typed.user_id, rest, respond)
        elif sub == "":
            if _is_long_report(rest, _draft_key(typed), typed.channel_id):
                progress().kind = REPORT  # a report is being recorded: a failure must say so
                progress().expect(_draft_key(typed))
                _record_long_report(ctx, typed, rest)
            ctx.directory.locale(typed.user_id)  # warm the cache so the next ack speaks the user's language

    def needs_follow_up(command: dict[str, Any]) -> bool:
        """History, digest, a report to record now, or a user whose language is not known yet
        (the report form opens on the form threads, not in a lazy listener).

        Most commands need nothing after the ack; sparing them a lazy listener (Bolt deep-copies
        the request for each) takes about a third off the ack path's CPU time.
        """
        try:
            typed = parse_command(command)
        except PayloadError:
            return False
        sub, rest = split_command(typed.text)
        if sub in ("history", "digest"):
            return True
        return sub == "" and (_is_long_report(rest, _draft_key(typed), typed.channel_id) or not ctx.directory.knows_locale(typed.user_id))

    app.command(ids.COMMAND, matchers=[needs_follow_up])(ack=answer, lazy=[after_ack(ctx, ACTION)(follow_up)])
    app.command(ids.COMMAND)(answer)


def _open_report_form(ctx: BotContext, command: SlashCommand, client: WebClient) -> None:
    """The report form (if Slack will not open it, the person is told so by the command's response_url)."""
    lang = ctx.quick_language(command.user_id)
    metadata = json.dumps({"src": ReportSource.SLASH_COMMAND.value, "ch": command.channel_id})
    view = blocks.report_modal(lang, private_metadata=metadata, locations=ctx.settings.report_locations)
    open_modal(
        ctx, client, trigger_id=command.trigger_id, view=view, user_id=command.user_id, lang=lang,
        response_url=command.response_url, channel_id=command.channel_id,
    )


def _triage_answer(ctx: BotContext, command: SlashCommand, text: str) -> dict[str, Any]:
    if len(text) > MAX_REPORT_CHARS:
        lang = ctx.quick_language(command.user_id)
        return {"response_type": "ephemeral", "text": t("text_too_long", lang, limit=MAX_REPORT_CHARS, length=len(text))}
    result = ctx.services.reports.triage(text)
    lang = ctx.quick_language(command.user_id, result.language)
    key = _draft_key(command)
    draft = drafts.Draft(key=key, text=text, channel_id=command.channel_id, user_id=command.user_id)
    return {
        "response_type": "ephemeral",
        # A text too long for the buttons is recorded at once; its details cannot be added by form.
        "blocks": blocks.triage_reply(
            result, ctx.bundle, lang, draft=drafts.encode(draft), details=drafts.fits(text, key, command.channel_id)
        ),
        "text": blocks.triage_reply_text(result, ctx.bundle, lang),
    }


def _draft_key(command: SlashCommand) -> str:
    return f"cmd:{command.team_id}:{command.trigger_id}"


def _is_long_report(text: str, key: str, channel_id: str) -> bool:
    """True for a description too long to ride in the buttons (with this key) but within the command's limit."""
    return bool(text) and len(text) <= MAX_REPORT_CHARS and not drafts.fits(text, key, channel_id)


def _record_long_report(ctx: BotContext, command: SlashCommand, text: str) -> None:
    """A description too long for the buttons is recorded now, so the buttons can find it."""
    key = _draft_key(command)
    if not _is_long_report(text, key, command.channel_id):
        return
    case = ctx.services.reports.record(
        Report(
            reporter_user_id=command.user_id,
            team_id=command.team_id,
            text=text,
            source=ReportSource.SLASH_COMMAND,
            idempotency_key=key,
        )
    )
    progress().saved(case)


def _history(ctx: BotContext, user_id: str, query: str, respond: Respond) -> None:
    lang = ctx.language(user_id)
    if not ctx.directory.may_act_on_cases(user_id):
        respond(response_type="ephemeral", text=t("history_not_allowed", lang))
        return
    try:
        kind, value = parse_customer_query(query)
    except ValueError:
        respond(response_type="ephemeral", text=t("history_usage", lang, command=ids.COMMAND))
        return
    try:
        history = ctx.services.customers.history_for_identifier(kind, value, user_id, Surface.SLASH_COMMAND, ctx.services.clock())
        by_name = ctx.services.customers.cases_given_name(value) if kind is IdentifierKind.NAME else 0
    except ValueError as exc:  # an identifier that cannot be normalised, e.g. "phone:12"
        reason = mrkdwn.escape(str(exc)) if lang == "en" else t(f"reason.identifier.{kind.value}", lang)
        respond(response_type="ephemeral", text=t("identifier_invalid", lang, reason=reason))
        return
    respond(
        response_type="ephemeral",
        blocks=blocks.history_blocks(history, f"{kind.value}: {value}", lang, ctx.bundle, name_matches=by_name),
        text=t("history_title", lang),
    )


def _digest(ctx: BotContext, user_id: str, week: str, respond: Respond) -> None:
    """HR only: the digest of a week, privately here, and its CSV and chart in the requester's DM."""
    lang = ctx.language(user_id)
    if not ctx.directory.is_hr(user_id):
        respond(response_type="ephemeral", text=t("digest_not_allowed", lang))
        return
    try:
        day = digest_day(week, local_date(ctx.services.clock(), ctx.settings.digest_zone))
    except ValueError:
        respond(response_type="ephemeral", text=t("hr.digest_usage", lang, command=ids.COMMAND))
        return
    report = ctx.services.digests.report(day)
    window = ctx.settings.repeat_offender_window_days
    try:
        uploads = ctx.publisher.send_digest_files(report, user_id, lang)
    except SlackApiError as exc:  # the numbers are still worth showing
        logger.error("Uploading the digest's files to %s failed: %s", user_id, exc.response.get("error"))
        uploads = 0
    content = weekly_digest_blocks(report.digest, lang, ctx.bundle, window_days=window)
    if uploads:
        first, last = report.digest.first_day.isoformat(), report.digest.last_day.isoformat()
        content.append(context(t("hr.digest_sent", lang, first=first, last=last)))
    respond(response_type="ephemeral", blocks=content, text=weekly_digest_text(report.digest, lang))
