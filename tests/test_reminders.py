"""The reminder ladder's rows on a real database: planned, claimed once, stopped, restarted; the lease; the purge.

A controllable clock throughout (no sleeping). Concurrency tests run real threads against one
database: on PostgreSQL when TEST_DATABASE_URL is set, and on SQLite.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import Engine, func, select

from bot.config import Settings
from bot.db.models import AuditEntry, Case, DigestAggregate, Reminder
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.ladder import StepKind
from bot.lease import Lease
from bot.lifecycle import CaseAction, Outcome, Surface
from bot.services.cases import CaseService
from bot.services.digest import DigestService
from bot.services.reminders import CLAIM_TIMEOUT, ReminderService
from bot.services.results import CaseView
from tests.test_db_cases import ABUSE, COMPLAINT, KEY, THREAT, report

T = TypeVar("T")
START = dt.datetime(2026, 12, 8, 1, 0, tzinfo=dt.UTC)  # Tuesday 10:00 in Tokyo
MANAGER = "U0MANAGER1"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


class Process:
    """One bot process's services over the shared database (its own engine, as a real process has)."""

    def __init__(self, db_url: str, settings: Settings, clock: Clock, name: str) -> None:
        self.engine: Engine = make_engine(db_url)
        sessions = make_session_factory(self.engine)
        self.sessions = sessions
        self.cases = CaseService(sessions, KEY, settings)
        self.reminders = ReminderService(sessions, settings)
        self.digests = DigestService(sessions, settings)
        self.lease = Lease(sessions, clock, holder=name)
        self.clock = clock
        self.name = name

    def send_due(self) -> list[tuple[int, int]]:
        """Claim and 'send' every due step, as the Slack sender does; (case id, step) of each sent."""
        sent = []
        for reminder_id in self.reminders.due(self.clock()):
            claim = self.reminders.claim(reminder_id, self.name, self.clock())
            if claim is None:
                continue
            if self.reminders.mark_sent(claim, [MANAGER], self.clock()):
                sent.append((claim.case.id, claim.step))
        return sent

    def close(self) -> None:
        self.engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(data_dir=tmp_path, database_url=db_url, reminder_repeat_minutes=30, reminder_max=4)


@pytest.fixture
def processes(db_url: str, settings: Settings, clock: Clock) -> Iterator[Callable[..., Process]]:
    started: list[Process] = []

    def start(name: str = "host-a:1", **overrides: object) -> Process:
        process = Process(db_url, settings.with_overrides(**overrides), clock, name)
        started.append(process)
        return process

    yield start
    for process in started:
        process.close()


def escalate(process: Process, now: dt.datetime, *, happening_now: bool = False, triage: object = THREAT) -> CaseView:
    """Record a report and escalate it at `now` (happening now or not)."""
    rep, tri = report(triage=triage, occurred_at=None if happening_now else now - dt.timedelta(minutes=5))  # type: ignore[arg-type]
    case = process.cases.record_report(rep, tri, now)
    return process.cases.mark_escalated(case.id, "U0STAFF01", "C0CASE0001", [MANAGER], Surface.BUTTON, now)


def steps_of(process: Process, case_id: int) -> list[Reminder]:
    with unit_of_work(process.sessions) as uow:
        rows = uow.session.scalars(select(Reminder).where(Reminder.case_id == case_id).order_by(Reminder.id)).all()
        uow.session.expunge_all()
        return list(rows)


def run_together(*jobs: Callable[[], T]) -> list[T]:
    """Run the jobs on threads released at the same moment; their results in order."""
    barrier = threading.Barrier(len(jobs))
    results: list[T | None] = [None] * len(jobs)
    errors: list[BaseException] = []

    def runner(index: int, job: Callable[[], T]) -> None:
        barrier.wait()
        try:
            results[index] = job()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=runner, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    if errors:
        raise errors[0]
    return [r for r in results if r is not None]  # type: ignore[misc]


# A reply that asked staff to check for danger first (the danger reader, not the floor's phrases):
# on an abuse reading and on a legitimate complaint.
CHECKED_ABUSE = dataclasses.replace(ABUSE, result={"safety_check": True, "language": "en"})
CHECKED_COMPLAINT = dataclasses.replace(COMPLAINT, result={"safety_check": True, "language": "en"})


# --- the ladder as rows -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("triage", "happening_now", "deadline"),
    [
        (THREAT, False, 15),  # high
        (ABUSE, False, 30),  # medium
        (ABUSE, True, 5),  # happening now
        (CHECKED_ABUSE, False, 5),  # asked to check for danger first: chased like a critical case
        (CHECKED_COMPLAINT, False, 5),
    ],
)
def test_escalation_plans_the_ladder_from_the_deadline_of_its_severity(
    processes: Callable[..., Process], clock: Clock, triage: object, happening_now: bool, deadline: int
) -> None:
    bot = processes()
    case = escalate(bot, clock(), happening_now=happening_now, triage=triage)
    rows = steps_of(bot, case.id)
    minutes = [int((r.due_at - START).total_seconds() // 60) for r in rows]
    assert minutes == [deadline, 2 * deadline, 2 * deadline + 30, 2 * deadline + 60]
    assert [r.kind for r in rows] == [StepKind.REMIND, StepKind.BACKUP, StepKind.REPEAT, StepKind.REPEAT]
    assert {r.ladder for r in rows} == {1} and all(r.sent_at is None for r in rows)

    clock.advance(minutes=deadline - 1)
    assert bot.send_due() == []
    clock.advance(minutes=1)
    assert bot.send_due() == [(case.id, 1)]
    assert bot.send_due() == []  # sent once
    view = bot.cases.get_case(case.id)
    assert [(r.step, r.reached) for r in view.sent_reminders] == [(1, (MANAGER,))]


def test_business_hours_across_a_weekend_move_the_rows(processes: Callable[..., Process], clock: Clock) -> None:
    bot = processes(business_hours="09:00-18:00", business_days="mon-fri")
    friday_evening = dt.datetime(2026, 12, 11, 8, 45, tzinfo=dt.UTC)  # Friday 17:45 in Tokyo
    clock.now = friday_evening
    case = escalate(bot, friday_evening)  # high: 15 minutes, all of them on Friday
    urgent = escalate(bot, friday_evening, happening_now=True)
    checked = escalate(bot, friday_evening, triage=CHECKED_ABUSE)  # asked to check for danger first
    due = [r.due_at for r in steps_of(bot, case.id)]
    assert due[0] == dt.datetime(2026, 12, 11, 9, 0, tzinfo=dt.UTC)  # Friday 18:00
    assert due[1] == dt.datetime(2026, 12, 14, 0, 15, tzinfo=dt.UTC)  # Monday 09:15
    for fast in (urgent, checked):
        assert [r.due_at for r in steps_of(bot, fast.id)][:2] == [
            friday_evening + dt.timedelta(minutes=5),
            friday_evening + dt.timedelta(minutes=10),
        ]

    clock.advance(hours=12)  # Saturday morning in Tokyo: the urgent ladders run, the other waits
    assert sorted(bot.send_due()) == sorted(
        [(case.id, 1)] + [(fast.id, step) for fast in (urgent, checked) for step in (1, 2, 3, 4)]
    )
    clock.now = dt.datetime(2026, 12, 14, 0, 14, tzinfo=dt.UTC)
    assert bot.send_due() == []
    clock.advance(minutes=1)
    assert bot.send_due() == [(case.id, 2)]


@pytest.mark.parametrize("action", [CaseAction.ACKNOWLEDGE, CaseAction.TAKE_OVER, CaseAction.RESOLVE])
def test_a_manager_acting_stops_the_ladder_at_once(
    processes: Callable[..., Process], clock: Clock, action: CaseAction
) -> None:
    bot = processes()
    case = escalate(bot, clock())
    clock.advance(minutes=15)
    due = bot.reminders.due(clock())
    assert len(due) == 1
    outcome = Outcome.RESOLVED_WITH_CUSTOMER if action is CaseAction.RESOLVE else None
    bot.cases.apply_action(case.id, MANAGER, action, Surface.BUTTON, clock(), outcome=outcome)
    # A sender that listed the step before the acknowledgement cannot claim it after.
    assert bot.reminders.claim(due[0], "host-a:1", clock()) is None
    clock.advance(hours=5)
    assert bot.send_due() == []
    rows = steps_of(bot, case.id)
    assert all(r.cancelled_at == START + dt.timedelta(minutes=15) and r.sent_at is None for r in rows)


def test_reopening_starts_a_fresh_ladder(processes: Callable[..., Process], clock: Clock) -> None:
    bot = processes()
    case = escalate(bot, clock())
    clock.advance(minutes=15)
    assert bot.send_due() == [(case.id, 1)]
    bot.cases.apply_action(case.id, MANAGER, CaseAction.RESOLVE, Surface.BUTTON, clock(), outcome=Outcome.NO_FURTHER_ACTION)
    clock.advance(hours=1)
    reopened_at = clock()
    bot.cases.apply_action(case.id, MANAGER, CaseAction.REOPEN, Surface.BUTTON, reopened_at)
    rows = steps_of(bot, case.id)
    fresh = [r for r in rows if r.ladder == 2]
    assert [r.step for r in fresh] == [1, 2, 3, 4] and fresh[0].due_at == reopened_at + dt.timedelta(minutes=15)
    assert [r.sent_at is not None for r in rows if r.ladder == 1] == [True, False, False, False]
    clock.advance(minutes=15)
    [sent] = bot.send_due()
    assert sent == (case.id, 1)
    assert [(r.ladder, r.step) for r in bot.cases.get_case(case.id).sent_reminders] == [(1, 1), (2, 1)]
    bot.cases.apply_action(case.id, MANAGER, CaseAction.TAKE_OVER, Surface.BUTTON, clock())
    clock.advance(hours=3)
    assert bot.send_due() == []


def test_a_restart_between_due_and_sent_loses_none_and_repeats_none(
    processes: Callable[..., Process], clock: Clock
) -> None:
    first = processes("host-a:1")
    case = escalate(first, clock())
    other = escalate(first, clock())
    clock.advance(minutes=15)
    # The first process claims one step, then dies before posting; the other step it never reached.
    [claimed_id, unclaimed_id] = first.reminders.due(clock())
    assert first.reminders.claim(claimed_id, first.name, clock()) is not None
    first.close()

    second = processes("host-b:1")
    assert second.send_due() == [(other.id, 1)]  # the unclaimed one at once
    assert second.send_due() == []  # the claimed one waits: its sender may still be posting
    clock.advance(seconds=CLAIM_TIMEOUT.total_seconds() + 1)
    assert second.send_due() == [(case.id, 1)]  # the dead sender's claim expired: sent, once
    assert second.send_due() == []
    sent = [(r.case_id, r.step) for r in [*steps_of(second, case.id), *steps_of(second, other.id)] if r.sent_at]
    assert sorted(sent) == sorted([(case.id, 1), (other.id, 1)])
    assert unclaimed_id != claimed_id


def test_a_claim_lost_to_a_timeout_is_not_recorded_twice(processes: Callable[..., Process], clock: Clock) -> None:
    slow, quick = processes("host-a:1"), processes("host-b:1")
    case = escalate(slow, clock())
    clock.advance(minutes=15)
    [reminder_id] = slow.reminders.due(clock())
    stalled = slow.reminders.claim(reminder_id, slow.name, clock())
    assert stalled is not None
    clock.advance(seconds=CLAIM_TIMEOUT.total_seconds() + 1)
    assert quick.send_due() == [(case.id, 1)]
    assert not slow.reminders.mark_sent(stalled, [MANAGER], clock())
    with unit_of_work(quick.sessions) as uow:
        audited = uow.session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "case.reminder"))
    assert audited == 1


def test_two_schedulers_at_once_send_each_step_once(processes: Callable[..., Process], clock: Clock) -> None:
    a, b = processes("host-a:1"), processes("host-b:1")
    cases = [escalate(a, clock(), happening_now=i % 2 == 0) for i in range(12)]
    clock.advance(hours=3)  # every step of every ladder is due
    sent_a, sent_b = run_together(a.send_due, b.send_due)
    # A step whose case row the other sender held at that moment is left to the next run.
    leftovers = run_together(a.send_due, b.send_due)
    everything = sorted([*sent_a, *sent_b, *(step for run in leftovers for step in run)])
    assert everything == sorted((c.id, step) for c in cases for step in (1, 2, 3, 4))
    assert len(set(everything)) == len(everything)


def test_cases_escalated_before_the_ladder_existed_get_one(processes: Callable[..., Process], clock: Clock) -> None:
    bot = processes()
    case = escalate(bot, clock())
    with unit_of_work(bot.sessions) as uow:
        uow.session.query(Reminder).delete()
    assert bot.reminders.adopt_unplanned(clock()) == 1
    assert bot.reminders.adopt_unplanned(clock()) == 0
    assert steps_of(bot, case.id)[0].due_at == START + dt.timedelta(minutes=15)


# --- the lease ----------------------------------------------------------------------------------


def test_one_lease_holder_and_a_takeover_when_it_dies(processes: Callable[..., Process], clock: Clock) -> None:
    a, b = processes("host-a:1"), processes("host-b:1")
    assert a.lease.acquire() and a.lease.held()
    assert not b.lease.acquire() and not b.lease.held()
    clock.advance(seconds=15)
    assert a.lease.acquire()  # renewed
    clock.advance(seconds=30)
    assert not b.lease.acquire()  # 45 s after it was taken, but 30 s after its renewal
    assert b.lease.current_holder() == "host-a:1"
    # a dies: no more renewals. Within a minute of its last renewal b holds the lease.
    clock.advance(seconds=11)
    assert b.lease.acquire() and b.lease.current_holder() == "host-b:1"
    assert not a.lease.held()
    assert not a.lease.acquire()  # back from the dead, it does not get it back


def test_a_clean_shutdown_hands_the_lease_on_at_once(processes: Callable[..., Process], clock: Clock) -> None:
    a, b = processes("host-a:1"), processes("host-b:1")
    assert a.lease.acquire()
    a.lease.release()
    assert b.lease.acquire()


def test_processes_starting_together_elect_one_holder(processes: Callable[..., Process]) -> None:
    contenders = [processes(f"host-{i}:1") for i in range(4)]
    held = run_together(*(p.lease.acquire for p in contenders))
    assert held.count(True) == 1


# --- the purge ----------------------------------------------------------------------------------


def test_two_purges_at_once_count_each_case_once(processes: Callable[..., Process], clock: Clock) -> None:
    a, b = processes("host-a:1"), processes("host-b:1")
    old = START - dt.timedelta(days=1200)

    def record(count: int, prefix: str) -> None:
        for i in range(count):
            rep, tri = report(triage=THREAT if i % 3 else ABUSE, occurred_at=old, key=f"{prefix}-{i}")
            a.cases.record_report(rep, tri, old + dt.timedelta(minutes=i))

    record(10, "earlier")
    assert a.digests.purge(clock()).cases_deleted == 10  # the day's aggregate rows exist from now on
    record(30, "later")
    first, second = run_together(lambda: a.digests.purge(clock()), lambda: b.digests.purge(clock()))
    assert first.cases_deleted + second.cases_deleted == 30
    with unit_of_work(a.sessions) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Case)) == 0
        totals = dict(
            uow.session.execute(
                select(DigestAggregate.dimension, func.sum(DigestAggregate.count)).group_by(DigestAggregate.dimension)
            ).all()
        )
        purges = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == "retention.purge")).all()
    assert totals["harassment"] == 40 and totals["severity"] == 40  # never double counted
    assert sorted(p.detail["cases_deleted"] for p in purges) == sorted([10, first.cases_deleted, second.cases_deleted])
    assert all(set(p.detail) >= {"cases_deleted", "labels_cleared", "customers_deleted"} for p in purges)


def test_the_digest_counts_a_case_overdue_from_its_ladders_first_reminder(
    processes: Callable[..., Process], clock: Clock
) -> None:
    # The HR digest's "overdue" reads the same deadline as the ladder: 5 minutes for a case whose reply
    # asked to check for danger first, 30 for the same reading without it (read from the stored triage).
    bot = processes()
    checked = escalate(bot, clock(), triage=CHECKED_ABUSE)
    plain = escalate(bot, clock(), triage=ABUSE)
    report = bot.digests.report(clock().date())
    overdue = {o.ref: o.minutes_overdue for o in report.digest.overdue}
    assert overdue[checked.ref] - overdue[plain.ref] == 25
    assert checked.ref in [c.ref for c in report.cases]
