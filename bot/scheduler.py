"""Background jobs: the reminder ladder, the weekly HR digest, the retention purge.

The scheduler may run in every process (`python app.py --role all|scheduler`); only the holder
of the database lease (`bot.lease`) runs the jobs, and a process that finds the holder gone
takes over within a minute. The jobs are themselves safe to run twice at once (reminders are
claimed row by row, the purge counts only what it deleted), so the lease decides who does the
work, not whether the work is right. The jobs call the same services the listeners call.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from slack_sdk.errors import SlackApiError

from bot.config import Settings
from bot.lease import RENEW_SECONDS, Lease
from bot.slack.context import BotContext
from bot.slack.reminders import send_due_reminders
from bot.slack.repair import run_reconciliation
from bot.weeks import local_date

logger = logging.getLogger(__name__)

REMINDER_CHECK_SECONDS = 30
CARE_EVERY_MINUTES = 5
RECONCILE_EVERY_MINUTES = 5


def send_reminders(ctx: BotContext) -> int:
    """Send the reminder steps that are due (each once, whichever process runs this)."""
    return send_due_reminders(ctx, ctx.services.lease.holder)


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


def reconcile(ctx: BotContext) -> None:
    """Finish half-done escalations (no card, managers missing, failed or overdue steps)."""
    run_reconciliation(ctx)


def purge_expired(ctx: BotContext) -> None:
    """Delete what is past retention (keeps anonymous aggregates); the audit log records the counts."""
    result = ctx.services.digests.purge(ctx.services.clock())
    logger.info("Retention purge: %s", result)


def under_lease(lease: Lease, job: Callable[[BotContext], object], ctx: BotContext) -> Callable[[], None]:
    """The job, run only while this process holds the lease (renewed first), never raising into the scheduler."""

    def run() -> None:
        if not lease.acquire():
            return
        try:
            job(ctx)
        except Exception:
            logger.exception("Scheduled job %s failed", getattr(job, "__name__", job))

    run.__name__ = getattr(job, "__name__", "job")
    return run


def digest_trigger(settings: Settings) -> CronTrigger:
    """DIGEST_WEEKDAY at DIGEST_HOUR:DIGEST_MINUTE in DIGEST_TIMEZONE (default Monday 09:00, TIMEZONE)."""
    return CronTrigger(
        day_of_week=settings.digest_weekday,
        hour=settings.digest_hour,
        minute=settings.digest_minute,
        timezone=settings.digest_zone,
    )


def start_scheduler(ctx: BotContext) -> BackgroundScheduler:
    """Start the jobs in this process; they run only while it holds the scheduler lease."""
    settings, lease = ctx.settings, ctx.services.lease
    scheduler = BackgroundScheduler(timezone=settings.timezone)
    scheduler.add_job(lease.acquire, "interval", seconds=RENEW_SECONDS, id="lease", coalesce=True, max_instances=1)
    scheduler.add_job(
        under_lease(lease, send_reminders, ctx), "interval", seconds=REMINDER_CHECK_SECONDS, id="reminders",
        coalesce=True, max_instances=1,
    )
    scheduler.add_job(under_lease(lease, post_weekly_digest, ctx), digest_trigger(settings), id="digest", coalesce=True)
    scheduler.add_job(
        under_lease(lease, send_care_checkins, ctx), "interval", minutes=CARE_EVERY_MINUTES, id="care",
        coalesce=True, max_instances=1,
    )
    scheduler.add_job(
        under_lease(lease, reconcile, ctx), "interval", minutes=RECONCILE_EVERY_MINUTES, id="reconcile",
        coalesce=True, max_instances=1,
    )
    scheduler.add_job(under_lease(lease, purge_expired, ctx), "cron", hour=3, minute=17, id="purge", coalesce=True)
    lease.acquire()
    scheduler.start()
    logger.info(
        "Scheduler started as %s (lease %s): reminders every %d s, digest %s %02d:00, purge daily",
        lease.holder,
        "held" if lease.held() else "held elsewhere",
        REMINDER_CHECK_SECONDS,
        settings.digest_weekday,
        settings.digest_hour,
    )
    return scheduler


def stop_scheduler(scheduler: BackgroundScheduler, ctx: BotContext) -> None:
    """Stop the jobs and hand the lease on at once."""
    scheduler.shutdown(wait=False)
    try:
        ctx.services.lease.release()
    except Exception:
        logger.exception("Releasing the scheduler lease failed; another process takes it over when it expires")
