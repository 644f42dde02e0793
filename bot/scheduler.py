"""Background jobs: chase unacknowledged cases, the weekly HR digest, the retention purge.

APScheduler 3 must run in exactly one process (every process that starts a scheduler
repeats every job), so `app.py` starts it only when RUN_SCHEDULER is true: set it false
on all but one instance. The jobs call the same services the listeners call.
"""

from __future__ import annotations

import datetime as dt
import logging

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from slack_sdk.errors import SlackApiError

from bot.config import Settings
from bot.slack.context import BotContext
from bot.weeks import local_date

logger = logging.getLogger(__name__)

CHASE_EVERY_MINUTES = 5
CARE_EVERY_MINUTES = 5


def chase_unacknowledged(ctx: BotContext) -> int:
    """Remind managers of escalated cases nobody has acknowledged; returns how many were chased.

    A case is chased once each time its wait crosses another multiple of ACK_REMINDER_MINUTES,
    so a job that runs every few minutes reminds at 30, 60, 90... minutes, not every run.
    """
    now = ctx.services.clock()
    interval = dt.timedelta(minutes=ctx.settings.ack_reminder_minutes)
    window = dt.timedelta(minutes=CHASE_EVERY_MINUTES)
    chased = 0
    for case in ctx.services.cases.unacknowledged_since(now - interval):
        if case.escalated_at is None:
            continue
        waited = now - case.escalated_at
        if waited % interval >= window:
            continue
        try:
            ctx.publisher.remind(case, int(waited.total_seconds() // 60))
            chased += 1
        except SlackApiError as exc:
            logger.error("Chasing case %s failed: %s", case.ref, exc.response.get("error"))
    return chased


def post_weekly_digest(ctx: BotContext) -> bool:
    """Post the digest of the week just ended (DIGEST_TIMEZONE) to HR_CHANNEL_ID, or by DM to every HR reader."""
    today = local_date(ctx.services.clock(), ctx.settings.digest_zone)
    report = ctx.services.digests.report(today - dt.timedelta(days=7))
    if ctx.settings.hr_channel_id:
        return ctx.publisher.post_weekly_digest(report, [ctx.settings.hr_channel_id], to_channel=True) > 0
    return ctx.publisher.post_weekly_digest(report, list(ctx.directory.hr()), to_channel=False) > 0


def send_care_checkins(ctx: BotContext) -> int:
    """Check in privately with each reporter whose case ended a set time ago; returns how many were sent.

    Each check-in is claimed in the database before it is sent, so it goes out once across
    restarts and however many schedulers run.
    """
    care, sent = ctx.services.care, 0
    for due in care.due(ctx.services.clock()):
        checkin_id = care.claim(due, ctx.services.clock())
        if checkin_id is None:
            continue  # another scheduler has it
        try:
            channel, ts = ctx.publisher.send_care_checkin(due.case_id, due.ref, due.reporter_user_id)
        except SlackApiError as exc:
            logger.error("Care check-in for case %s failed: %s", due.ref, exc.response.get("error"))
            continue
        care.mark_sent(checkin_id, channel, ts, ctx.services.clock())
        sent += 1
    return sent


def purge_expired(ctx: BotContext) -> None:
    """Delete what is past retention (keeps anonymous aggregates)."""
    result = ctx.services.digests.purge(ctx.services.clock())
    logger.info("Retention purge: %s", result)


def digest_trigger(settings: Settings) -> CronTrigger:
    """DIGEST_WEEKDAY at DIGEST_HOUR:DIGEST_MINUTE in DIGEST_TIMEZONE (default Monday 09:00, TIMEZONE)."""
    return CronTrigger(
        day_of_week=settings.digest_weekday,
        hour=settings.digest_hour,
        minute=settings.digest_minute,
        timezone=settings.digest_zone,
    )


def start_scheduler(ctx: BotContext) -> BackgroundScheduler:
    """Start the jobs in this process (only one process may do this)."""
    settings = ctx.settings
    scheduler = BackgroundScheduler(timezone=settings.timezone)
    scheduler.add_job(chase_unacknowledged, "interval", minutes=CHASE_EVERY_MINUTES, args=[ctx], id="chase", coalesce=True)
    scheduler.add_job(post_weekly_digest, digest_trigger(settings), args=[ctx], id="digest", coalesce=True)
    scheduler.add_job(send_care_checkins, "interval", minutes=CARE_EVERY_MINUTES, args=[ctx], id="care", coalesce=True)
    scheduler.add_job(purge_expired, "cron", hour=3, minute=17, args=[ctx], id="purge", coalesce=True)
    scheduler.start()
    logger.info(
        "Scheduler started: chase every %d min, digest %s %02d:00, purge daily",
        CHASE_EVERY_MINUTES,
        settings.digest_weekday,
        settings.digest_hour,
    )
    return scheduler
