"""The reminder ladder's rows: planned when a case goes to managers, claimed and sent once, stopped by a manager.

The rules (deadlines, business hours, steps) are the pure `bot.ladder`; this service keeps each
step as a row so that a restart loses none and two schedulers repeat none:

- `start_ladder` / `stop_ladder` run inside the case service's own transaction, so an
  acknowledgement and the end of its ladder are one commit ("at once"), and a reopened or
  re-escalated case gets a fresh ladder with a higher number.
- A sender `claim`s a due step (one conditional UPDATE, after locking the case row as every
  case action does), posts, then `mark_sent`s it with who was reached. A claim older than
  `CLAIM_TIMEOUT` is taken as its sender's death and may be claimed again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.models import Case, Reminder
from bot.db.session import UnitOfWork, unit_of_work
from bot.ladder import BusinessHours, LadderRules, StepKind, asked_to_check, parse_days, parse_hours, plan
from bot.lifecycle import CaseStatus, Surface
from bot.policy.model import Severity
from bot.services import audit
from bot.services.results import CaseView, case_view
from bot.weeks import require_aware

CLAIM_TIMEOUT = dt.timedelta(minutes=5)  # longer than any send (a few Slack calls, 429 retries included)
SYSTEM_ACTOR = "system"
# Statuses in which a ladder keeps running; any other status cancels what is left of it.
CHASED_STATUSES = frozenset({CaseStatus.ESCALATED, CaseStatus.IN_PROGRESS})


def ladder_rules(settings: Settings) -> LadderRules:
    """The ladder's rules from the settings."""
    hours = parse_hours(settings.business_hours)
    return LadderRules(
        deadlines={
            Severity.CRITICAL: settings.ack_deadline_critical_minutes,
            Severity.HIGH: settings.ack_deadline_high_minutes,
            Severity.MEDIUM: settings.ack_deadline_medium_minutes,
            Severity.LOW: settings.ack_deadline_low_minutes,
        },
        repeat_minutes=settings.reminder_repeat_minutes,
        max_reminders=settings.reminder_max,
        hours=BusinessHours(
            timezone=settings.timezone,
            opens=hours[0] if hours else None,
            closes=hours[1] if hours else None,
            days=parse_days(settings.business_days),
        ),
    )


def start_ladder(uow: UnitOfWork, case: Case, now: dt.datetime, rules: LadderRules) -> int:
    """Cancel what is left of the case's ladder and plan a fresh one from `now`; returns its number."""
    uow.flush()
    uow.reminders.cancel_pending(case.id, now)
    ladder = uow.reminders.current_ladder(case.id) + 1
    steps = plan(now, case.severity, case.happening_now, rules, danger_check=asked_to_check(case.triage))
    uow.reminders.add_steps(case.id, ladder, steps)
    _reload_reminders(uow, case)
    return ladder


def stop_ladder(uow: UnitOfWork, case: Case, now: dt.datetime) -> int:
    """Cancel every step of the case's ladder not yet sent; returns how many."""
    uow.flush()
    cancelled = uow.reminders.cancel_pending(case.id, now)
    if cancelled:
        _reload_reminders(uow, case)
    return cancelled


def _reload_reminders(uow: UnitOfWork, case: Case) -> None:
    """Make `case.reminders` show the rows as stored (bulk UPDATEs bypass the loaded objects)."""
    for loaded in list(uow.session.identity_map.values()):
        if isinstance(loaded, Reminder):
            uow.session.expire(loaded)
    uow.session.expire(case, ["reminders"])


@dataclass(frozen=True)
class ReminderClaim:
    """A due step this sender now holds: send it, then `mark_sent` (or `release` on failure)."""

    reminder_id: int
    holder: str
    case: CaseView
    ladder: int
    step: int
    total_steps: int
    kind: StepKind
    due_at: dt.datetime
    waited_minutes: float  # since the ladder started, wall clock
    earlier_reached: tuple[str, ...]  # whom this ladder's earlier steps reached


class ReminderService:
    """Due steps, claims and sends, one transaction each."""

    def __init__(self, session_factory: sessionmaker[Session], settings: Settings) -> None:
        self._sessions = session_factory
        self.rules = ladder_rules(settings)

    def due(self, now: dt.datetime, limit: int = 200) -> list[int]:
        """Ids of the steps due by `now` that nobody is sending (oldest due first)."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            return uow.reminders.due_ids(now, now - CLAIM_TIMEOUT, limit)

    def claim(self, reminder_id: int, holder: str, now: dt.datetime) -> ReminderClaim | None:
        """Take a due step for sending; None if it is sent, cancelled, claimed elsewhere or no longer wanted."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            reminder = uow.reminders.get(reminder_id)
            if reminder is None:
                return None  # purged with its case
            # The case row first, as every case action locks it. If it is locked now (an
            # acknowledgement in flight, or another sender claiming one of its steps), leave the
            # step to the next run instead of queueing behind it: the acknowledgement cancels it,
            # or the other sender has it.
            case = uow.reminders.lock_case(reminder.case_id)
            if case is None:
                return None
            if not uow.reminders.claim(reminder_id, holder, now, now - CLAIM_TIMEOUT):
                return None
            if case.status not in CHASED_STATUSES or not case.escalation_channel_id:
                # Nothing to chase any more (a path that did not stop the ladder): stop it now.
                uow.reminders.cancel_pending(case.id, now)
                return None
            uow.session.refresh(reminder)
            total = sum(1 for r in case.reminders if r.ladder == reminder.ladder)
            first_due = min(r.due_at for r in case.reminders if r.ladder == reminder.ladder)
            started = _ladder_start(case, reminder.ladder, first_due)
            return ReminderClaim(
                reminder_id=reminder.id,
                holder=holder,
                case=case_view(case),
                ladder=reminder.ladder,
                step=reminder.step,
                total_steps=total,
                kind=StepKind(reminder.kind),
                due_at=reminder.due_at,
                waited_minutes=max(0.0, (now - started).total_seconds() / 60),
                earlier_reached=tuple(uow.reminders.reached_in_ladder(case.id, reminder.ladder)),
            )

    def mark_sent(self, claim: ReminderClaim, reached: Sequence[str], now: dt.datetime) -> bool:
        """Record that the step went out and whom it reached (audited).

        False when the claim was lost meanwhile (it outlived CLAIM_TIMEOUT and another sender took it).
        """
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            if not uow.reminders.mark_sent(claim.reminder_id, claim.holder, reached, now):
                return False
            audit.record(
                uow, SYSTEM_ACTOR, "case.reminder", ("case", claim.case.id), Surface.SCHEDULER, now,
                ref=claim.case.ref, ladder=claim.ladder, step=claim.step, kind=claim.kind.value, reached=list(reached),
            )
            return True

    def adopt_unplanned(self, now: dt.datetime, limit: int = 200) -> int:
        """Give a ladder, from their escalation, to escalated cases that have none (escalated before ladders existed)."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            cases = uow.reminders.escalated_without_ladder(limit)
            for case in cases:
                start_ladder(uow, case, case.escalated_at or now, self.rules)
            return len(cases)

    def release(self, claim: ReminderClaim) -> None:
        """Give the step back after a failed send, so the next run tries it again."""
        with unit_of_work(self._sessions) as uow:
            uow.reminders.release(claim.reminder_id, claim.holder)


def _ladder_start(case: Case, ladder: int, first_due: dt.datetime) -> dt.datetime:
    """When ladder number `ladder` started: its escalation, or the reopening that began it."""
    starts = [e.at for e in case.events if e.action in ("escalate", "reopen")]
    if 0 < ladder <= len(starts):
        return starts[ladder - 1]
    return case.escalated_at or first_due
