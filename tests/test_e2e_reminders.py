"""End to end: the reminder ladder through the real HTTP endpoint against the Slack emulator.

Cases are escalated and acknowledged by signed requests to the bot; the scheduler's job is run
by hand with a clock the test moves (no sleeping). Two bots on one database stand for two
processes (on PostgreSQL when TEST_DATABASE_URL is set).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

from bot import scheduler
from bot.emulator.workplace import MANAGER, MANAGER_2, BotUnderTest, Workplace, start_bot
from bot.lease import LEASE_SECONDS
from bot.lifecycle import CaseStatus
from bot.services.reminders import CLAIM_TIMEOUT
from bot.services.results import CaseView
from bot.slack import ids
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_manager import MovableClock, wait_for_status
from tests.test_e2e_slack import ABUSE, ASSAULT, assert_clean, texts

BACKUP = "U0BACKUP01"
BACKUP_JA = "U0BACKUP02"
START = dt.datetime(2026, 12, 8, 1, 0, tzinfo=dt.UTC)  # Tuesday 10:00 in Tokyo
SHORT = {  # every deadline two minutes: the "short deadline setting"
    "ack_deadline_critical_minutes": 2,
    "ack_deadline_high_minutes": 2,
    "ack_deadline_medium_minutes": 2,
    "ack_deadline_low_minutes": 2,
    "reminder_repeat_minutes": 3,
    "reminder_max": 3,
    "backup_manager_user_ids": (BACKUP,),
    "backup_manager_usergroup_id": "S0BACKUPS",
}


def open_with_backups(open_workplace: Callable[..., Workplace], clock: MovableClock, **overrides: Any) -> Workplace:
    workplace = open_workplace(clock=clock, **{**SHORT, **overrides})
    workplace.slack.add_user(BACKUP, "kobayashi", locale="en-US")
    workplace.slack.add_user(BACKUP_JA, "yamamoto", locale="ja-JP")
    workplace.slack.add_usergroup("S0BACKUPS", "cs-backups", [BACKUP_JA])
    return workplace


def reminders_in_channel(workplace: Workplace, case: CaseView) -> list[dict[str, Any]]:
    """The reminders posted in the case channel (top-level messages other than the card)."""
    messages = workplace.slack.messages(workplace.channel_of(case))
    return [m for m in messages if not m.get("blocks") and m.get("thread_ts") in (None, m["ts"])]


def test_the_ladder_fires_reaches_backups_and_stops_at_acknowledgement(
    open_workplace: Callable[..., Workplace],
) -> None:
    clock = MovableClock(START)
    workplace = open_with_backups(open_workplace, clock)
    case = workplace.escalate_text(ABUSE)
    ctx = workplace.bot.ctx

    clock.advance(minutes=1, seconds=59)
    assert scheduler.send_reminders(ctx) == 0
    clock.advance(seconds=1)  # the deadline
    assert scheduler.send_reminders(ctx) == 1
    assert scheduler.send_reminders(ctx) == 0  # once

    [first] = reminders_in_channel(workplace, case)
    assert case.ref in first["text"] and "2 min" in first["text"]
    assert f"<@{MANAGER}>" in first["text"] and f"<@{MANAGER_2}>" in first["text"]
    [line] = workplace.thread(case)
    assert "Reminder 1 of 3 sent to" in line["text"] and f"<@{MANAGER}>" in line["text"]
    card = texts(workplace.card(case)["blocks"])
    assert "Reminders sent" in card and "1/3" in card

    # Step 2: the backup managers join the channel and each gets a direct message in their language.
    assert BACKUP not in workplace.slack.channel(workplace.channel_of(case))["members"]
    clock.advance(minutes=2)
    assert scheduler.send_reminders(ctx) == 1
    members = workplace.slack.channel(workplace.channel_of(case))["members"]
    assert BACKUP in members and BACKUP_JA in members
    [dm_en], [dm_ja] = workplace.dm(BACKUP), workplace.dm(BACKUP_JA)
    assert case.ref in dm_en["text"] and "backup manager" in dm_en["text"]
    assert case.ref in dm_ja["text"] and "予備の責任者" in dm_ja["text"] and "責任者" in dm_ja["text"]
    assert f"<#{workplace.channel_of(case)}>" in dm_en["text"]
    second = reminders_in_channel(workplace, case)[1]
    assert f"<@{BACKUP}>" in second["text"] and f"<@{BACKUP_JA}>" in second["text"]
    assert "Backup managers" in second["text"]
    thread = workplace.thread(case)
    assert "backup managers" in thread[-1]["text"] and f"<@{BACKUP}>" in thread[-1]["text"]
    after = workplace.cases.get_case(case.id)
    assert [r.reached for r in after.sent_reminders][1] == (BACKUP, BACKUP_JA)
    assert [a.action for a in workplace.audit.trail("case", case.id)].count("case.reminder") == 2

    # A backup manager acknowledges from the card: the ladder stops at once.
    workplace.press_on_card(ids.ACTION_CASE_ACKNOWLEDGE, case, user=BACKUP)
    wait_for_status(workplace, case, CaseStatus.ACKNOWLEDGED)
    workplace.bot.wait_idle()
    clock.advance(hours=2)
    assert scheduler.send_reminders(ctx) == 0
    assert len(reminders_in_channel(workplace, case)) == 2
    assert_clean(workplace)


def test_no_backup_managers_configured_says_so_in_the_channel(open_workplace: Callable[..., Workplace]) -> None:
    clock = MovableClock(START)
    workplace = open_workplace(clock=clock, **{**SHORT, "backup_manager_user_ids": (), "backup_manager_usergroup_id": ""})
    case = workplace.escalate_text(ABUSE)
    clock.advance(minutes=4)
    assert scheduler.send_reminders(workplace.bot.ctx) == 2
    second = reminders_in_channel(workplace, case)[1]
    assert "no backup managers are configured" in second["text"] and f"<@{MANAGER}>" in second["text"]
    assert_clean(workplace)


def second_bot(workplace: Workplace, clock: MovableClock) -> BotUnderTest:
    """Another process of the same bot: its own services, engine and lease, on the same database and workspace."""
    return start_bot(workplace.slack, workplace.bot.services.settings, clock=clock)


def test_two_schedulers_at_once_send_each_reminder_once(open_workplace: Callable[..., Workplace]) -> None:
    clock = MovableClock(START)
    workplace = open_with_backups(open_workplace, clock)
    cases = [workplace.escalate_text(text) for text in (ABUSE, ASSAULT, ABUSE)]
    other = second_bot(workplace, clock)
    try:
        clock.advance(minutes=20)  # all three steps of every ladder are due
        barrier = threading.Barrier(2)
        counts: list[int] = []

        def run(bot: BotUnderTest) -> None:
            barrier.wait()
            counts.append(scheduler.send_reminders(bot.ctx))

        for _ in range(2):  # a step whose case row the other sender held at that moment waits for the next run
            threads = [threading.Thread(target=run, args=(bot,)) for bot in (workplace.bot, other)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
        assert sum(counts) == 9
        for case in cases:
            assert len(reminders_in_channel(workplace, case)) == 3
        assert len(workplace.dm(BACKUP)) == 3  # one DM per case, not two
    finally:
        other.stop()
    assert_clean(workplace)


def test_a_restart_between_due_and_sent_loses_none_and_repeats_none(open_workplace: Callable[..., Workplace]) -> None:
    clock = MovableClock(START)
    ten = {f"ack_deadline_{s}_minutes": 10 for s in ("critical", "high", "medium", "low")}
    workplace = open_with_backups(open_workplace, clock, **ten)
    case = workplace.escalate_text(ABUSE)
    clock.advance(minutes=10)
    services = workplace.bot.services
    [due] = services.reminders.due(clock())
    assert services.reminders.claim(due, services.lease.holder, clock()) is not None  # claimed, then the process dies
    workplace.bot.stop()

    restarted = second_bot(workplace, clock)
    try:
        assert scheduler.send_reminders(restarted.ctx) == 0  # the claim may still be a live sender's
        clock.advance(seconds=CLAIM_TIMEOUT.total_seconds() + 1)
        assert scheduler.send_reminders(restarted.ctx) == 1
        assert scheduler.send_reminders(restarted.ctx) == 0
        assert len(reminders_in_channel(workplace, case)) == 1
    finally:
        restarted.stop()


def test_only_the_lease_holder_runs_jobs_and_another_takes_over_when_it_dies(
    open_workplace: Callable[..., Workplace],
) -> None:
    clock = MovableClock(START)
    workplace = open_with_backups(open_workplace, clock)
    case = workplace.escalate_text(ABUSE)
    other = second_bot(workplace, clock)
    try:
        first_job = scheduler.under_lease(workplace.bot.services.lease, scheduler.send_reminders, workplace.bot.ctx)
        other_job = scheduler.under_lease(other.services.lease, scheduler.send_reminders, other.ctx)
        first_job()  # takes the lease; nothing due yet
        for _ in range(8):  # two minutes of the holder's heartbeat: the step falls due meanwhile
            clock.advance(seconds=15)
            assert workplace.bot.services.lease.acquire()
            other_job()  # not the holder: does nothing
        assert reminders_in_channel(workplace, case) == []
        first_job()
        assert len(reminders_in_channel(workplace, case)) == 1

        workplace.bot.stop()  # the holder dies without releasing the lease
        clock.advance(seconds=LEASE_SECONDS - 1)
        other_job()
        assert len(reminders_in_channel(workplace, case)) == 1  # still the dead holder's lease
        clock.advance(seconds=2)  # ... expired: taken over, within a minute of the last renewal
        other_job()
        assert other.services.lease.current_holder() == other.services.lease.holder
        clock.advance(minutes=2)  # step 2 falls due: the new holder sends it
        other_job()
        assert len(reminders_in_channel(workplace, case)) == 2
        assert other.services.lease.held() and not workplace.bot.services.lease.held()
    finally:
        other.stop()
