"""Care for the reporter: a private check-in a set time after their case ends, and their answer.

The answer is kept on the check-in row, with the case and for HR only: never on the customer
record, never in the case's audit trail or card. A check-in row is claimed (inserted, unique per
case) before the message is sent, so however many schedulers run and however often they
restart, a reporter is asked once; a crash between claim and send loses that one check-in rather
than risk sending it twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from enum import Enum

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.session import unit_of_work
from bot.weeks import next_business_time, require_aware

logger = logging.getLogger(__name__)

# Cases that ended longer ago than this get no check-in (e.g. when the feature is first switched on).
CHECKIN_LOOKBACK = dt.timedelta(days=14)


class CareAnswer(str, Enum):
    """What the reporter answered."""

    ALL_RIGHT = "all_right"
    CONTACT_HR = "contact_hr"


class NotTheReporter(PermissionError):
    """Someone other than the reporter pressed a check-in button."""


class CheckinNotFound(LookupError):
    """No check-in was sent for this case."""


@dataclass(frozen=True)
class DueCheckin:
    """A check-in whose time has come."""

    case_id: int
    ref: str
    reporter_user_id: str
    due_at: dt.datetime


@dataclass(frozen=True)
class RecordedAnswer:
    """An answer as recorded, and where the check-in message is (to update it)."""

    case_id: int
    ref: str
    answer: CareAnswer
    previous: CareAnswer | None
    channel_id: str | None
    message_ts: str | None


def checkin_time(resolved_at: dt.datetime, settings: Settings) -> dt.datetime:
    """When a case resolved at `resolved_at` gets its check-in (CARE_CHECKIN_* in TIMEZONE)."""
    return next_business_time(resolved_at, settings.timezone, settings.care_checkin_business_days, settings.care_checkin_hour)


class CareService:
    """Finds check-ins that are due, claims them once, records the answers."""

    def __init__(self, session_factory: sessionmaker[Session], settings: Settings) -> None:
        self._sessions = session_factory
        self._settings = settings

    def due(self, now: dt.datetime) -> list[DueCheckin]:
        """Ended cases whose check-in time has come and that have none yet, oldest first."""
        require_aware(now)
        if not self._settings.care_checkin:
            return []
        with unit_of_work(self._sessions) as uow:
            rows = uow.cases.resolved_without_checkin(now - CHECKIN_LOOKBACK, now)
        due = [DueCheckin(r.id, r.ref, r.reporter_user_id, checkin_time(r.resolved_at, self._settings)) for r in rows]
        return [d for d in due if d.due_at <= now]

    def claim(self, checkin: DueCheckin, now: dt.datetime) -> int | None:
        """Take the check-in for this process: its row id, or None when another process already has."""
        with unit_of_work(self._sessions) as uow:
            return uow.checkins.claim(checkin.case_id, checkin.reporter_user_id, checkin.due_at, now)

    def mark_sent(self, checkin_id: int, channel_id: str, message_ts: str, now: dt.datetime) -> None:
        """Record where the check-in went, so its buttons can update it."""
        with unit_of_work(self._sessions) as uow:
            uow.checkins.mark_sent(checkin_id, channel_id, message_ts, now)

    def record_answer(self, case_id: int, user_id: str, answer: CareAnswer, now: dt.datetime) -> RecordedAnswer:
        """Keep the reporter's answer (the latest counts); only the reporter may answer."""
        with unit_of_work(self._sessions) as uow:
            row = uow.checkins.for_case(case_id, for_update=True)
            case = uow.cases.get(case_id)
            if row is None or case is None:
                raise CheckinNotFound(case_id)
            if row.reporter_user_id != user_id:
                raise NotTheReporter(case_id)
            previous = CareAnswer(row.answer) if row.answer else None
            row.answer, row.answered_at = answer.value, now
            return RecordedAnswer(case_id, case.ref, answer, previous, row.channel_id, row.message_ts)

    def answer_of(self, case_id: int) -> CareAnswer | None:
        """The reporter's answer for HR, if any."""
        with unit_of_work(self._sessions) as uow:
            row = uow.checkins.for_case(case_id)
            return CareAnswer(row.answer) if row is not None and row.answer else None
