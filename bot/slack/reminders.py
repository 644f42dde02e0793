"""Sending the reminder ladder's due steps: the case channel, backup managers invited and messaged, the card updated.

The scheduler's job calls `send_due_reminders`. Each step is claimed in the database before
anything is posted (`ReminderService.claim`), so two schedulers never send it twice and a
sender that died mid-way leaves a claim that expires and is picked up again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.ladder import StepKind
from bot.services.reminders import ReminderClaim
from bot.slack import blocks

if TYPE_CHECKING:
    from bot.slack.context import BotContext

logger = logging.getLogger(__name__)


def send_due_reminders(ctx: BotContext, holder: str) -> int:
    """Send every due step nobody else is sending; returns how many went out."""
    services = ctx.services
    services.reminders.adopt_unplanned(services.clock())
    sent = 0
    for reminder_id in services.reminders.due(services.clock()):
        claim = services.reminders.claim(reminder_id, holder, services.clock())
        if claim is None:
            continue  # sent, cancelled or being sent by another process
        try:
            reached = _send(ctx, claim)
        except SlackApiError as exc:
            logger.error("Reminder %d of case %s failed: %s", claim.step, claim.case.ref, exc.response.get("error"))
            services.reminders.release(claim)
            continue
        except Exception:
            logger.exception("Reminder %d of case %s failed", claim.step, claim.case.ref)
            services.reminders.release(claim)
            continue
        if not services.reminders.mark_sent(claim, reached, services.clock()):
            logger.warning("Reminder %d of case %s was sent after its claim expired", claim.step, claim.case.ref)
            continue
        sent += 1
        _show_on_card(ctx, claim, reached)
    return sent


def _send(ctx: BotContext, claim: ReminderClaim) -> list[str]:
    """Post one step; returns the user ids it reached."""
    case, lang, minutes = claim.case, ctx.settings.language, claim.waited_minutes
    bot_id = ctx.escalation.bot_user_id()
    managers = [m for m in case.manager_ids if m != bot_id]
    if claim.kind is StepKind.BACKUP:
        backups = [b for b in ctx.directory.backup_managers() if b not in managers and b != bot_id]
        if backups:
            ctx.escalation.invite(str(case.escalation_channel_id), backups)
        ctx.publisher.post_reminder(case, blocks.backup_reminder_text(case, minutes, managers, backups, lang))
        for backup in backups:
            try:  # one unreachable person must not keep the DM from the others
                ctx.publisher.tell_user(backup, blocks.backup_dm_text(case, minutes, ctx.publisher.language_of(backup)))
            except SlackApiError as exc:
                logger.error("Backup reminder DM to %s failed: %s", backup, exc.response.get("error"))
        return backups or managers
    people = managers if claim.kind is StepKind.REMIND else list(dict.fromkeys([*managers, *claim.earlier_reached]))
    ctx.publisher.post_reminder(case, blocks.channel_reminder_text(case, minutes, people, lang))
    return people


def _show_on_card(ctx: BotContext, claim: ReminderClaim, reached: list[str]) -> None:
    """The card lists the reminder and its thread says who was reached; a failure here is only logged."""
    try:
        case = ctx.escalation.refresh_card(claim.case.id)
        line = blocks.reminder_thread_line(claim.step, claim.total_steps, claim.kind.value, reached, ctx.settings.language)
        ctx.publisher.post_card_thread_line(case, line)
    except SlackApiError as exc:
        logger.error("Showing reminder %d on the card of %s failed: %s", claim.step, claim.case.ref, exc.response.get("error"))
