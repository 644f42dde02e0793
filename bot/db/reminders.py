"""Queries on reminder ladder rows and the scheduler lease. Services call these inside a unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from bot.db.models import Case, Reminder, SchedulerLease
from bot.db.repositories import _rowcount
from bot.ladder import Step
from bot.lifecycle import CaseStatus


class ReminderRepository:
    """The steps of each case's reminder ladder; every state change is one conditional UPDATE."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def current_ladder(self, case_id: int) -> int:
        """The number of the case's newest ladder (0 when it never had one)."""
        return int(self.session.scalar(select(func.max(Reminder.ladder)).where(Reminder.case_id == case_id)) or 0)

    def add_steps(self, case_id: int, ladder: int, steps: Iterable[Step]) -> None:
        """Plan the steps of a new ladder (unique on case, ladder, step)."""
        for step in steps:
            self.session.add(
                Reminder(case_id=case_id, ladder=ladder, step=step.number, kind=step.kind.value, due_at=step.due, reached=[])
            )
        self.session.flush()

    def cancel_pending(self, case_id: int, now: dt.datetime) -> int:
        """Cancel every step of the case not yet sent; returns how many."""
        result = self.session.execute(
            update(Reminder)
            .where(Reminder.case_id == case_id, Reminder.sent_at.is_(None), Reminder.cancelled_at.is_(None))
            .values(cancelled_at=now)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(result)

    def due_ids(self, now: dt.datetime, stale_before: dt.datetime, limit: int) -> list[int]:
        """Steps due by `now`, unsent and uncancelled, unclaimed or claimed before `stale_before`."""
        query = (
            select(Reminder.id)
            .where(Reminder.due_at <= now, *_claimable(stale_before))
            .order_by(Reminder.due_at, Reminder.id)
            .limit(limit)
        )
        return list(self.session.scalars(query))

    def get(self, reminder_id: int) -> Reminder | None:
        return self.session.get(Reminder, reminder_id)

    def claim(self, reminder_id: int, holder: str, now: dt.datetime, stale_before: dt.datetime) -> bool:
        """Take the step for sending; False when it is sent, cancelled or claimed by a live sender.

        One conditional UPDATE: of two senders, the second finds the row already claimed
        (PostgreSQL re-checks the WHERE clause after waiting for the first one's row lock).
        """
        result = self.session.execute(
            update(Reminder)
            .where(Reminder.id == reminder_id, *_claimable(stale_before))
            .values(claimed_at=now, claimed_by=holder)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(result) == 1

    def mark_sent(self, reminder_id: int, holder: str, reached: Sequence[str], now: dt.datetime) -> bool:
        """Record the step as sent to `reached`; False unless `holder` still has it claimed."""
        result = self.session.execute(
            update(Reminder)
            .where(Reminder.id == reminder_id, Reminder.claimed_by == holder, Reminder.sent_at.is_(None))
            .values(sent_at=now, reached=list(reached))
            .execution_options(synchronize_session=False)
        )
        return _rowcount(result) == 1

    def release(self, reminder_id: int, holder: str) -> bool:
        """Give a claimed, unsent step back so the next run tries again."""
        result = self.session.execute(
            update(Reminder)
            .where(Reminder.id == reminder_id, Reminder.claimed_by == holder, Reminder.sent_at.is_(None))
            .values(claimed_at=None, claimed_by=None)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(result) == 1

    def reached_in_ladder(self, case_id: int, ladder: int) -> list[str]:
        """Everyone the ladder's sent steps reached, in the order first reached."""
        query = (
            select(Reminder.reached)
            .where(Reminder.case_id == case_id, Reminder.ladder == ladder, Reminder.sent_at.is_not(None))
            .order_by(Reminder.step)
        )
        return list(dict.fromkeys(user for reached in self.session.scalars(query) for user in reached or ()))


    def lock_case(self, case_id: int) -> Case | None:
        """The case, locked until the transaction ends; None if it is gone or locked by someone else.

        PostgreSQL skips a row another transaction holds (SKIP LOCKED); SQLite admits one writer
        at a time anyway (BEGIN IMMEDIATE), so there the row is simply read.
        """
        query = select(Case).where(Case.id == case_id).with_for_update(of=Case, skip_locked=True)
        return self.session.scalars(query).one_or_none()

    def escalated_without_ladder(self, limit: int) -> Sequence[Case]:
        """Escalated cases that have no reminder rows at all, oldest first."""
        has_ladder = exists().where(Reminder.case_id == Case.id)
        query = (
            select(Case)
            .where(Case.status == CaseStatus.ESCALATED, ~has_ladder)
            .order_by(Case.escalated_at, Case.id)
            .limit(limit)
            .with_for_update(of=Case)
        )
        return self.session.scalars(query).all()


def _claimable(stale_before: dt.datetime) -> tuple[ColumnElement[bool], ...]:
    """Unsent, uncancelled, and unclaimed or claimed by a sender presumed dead."""
    return (
        Reminder.sent_at.is_(None),
        Reminder.cancelled_at.is_(None),
        or_(Reminder.claimed_at.is_(None), Reminder.claimed_at < stale_before),
    )


class LeaseRepository:
    """The lease rows: who holds which lease until when."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def locked(self, name: str) -> SchedulerLease | None:
        """The lease row, locked until the transaction ends (PostgreSQL; SQLite has one writer anyway)."""
        return self.session.scalars(
            select(SchedulerLease).where(SchedulerLease.name == name).with_for_update()
        ).one_or_none()

    def add(self, name: str, holder: str, now: dt.datetime, expires_at: dt.datetime) -> None:
        """Create the lease row (a unique-key error when another process created it first)."""
        self.session.add(SchedulerLease(name=name, holder=holder, acquired_at=now, expires_at=expires_at))
        self.session.flush()

    def get(self, name: str) -> SchedulerLease | None:
        return self.session.get(SchedulerLease, name)
