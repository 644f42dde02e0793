"""The reminder ladder: when an unacknowledged case is chased, and whom each step reaches.

Pure: deadlines by severity, business hours in a time zone, and the steps of one ladder, all
computed from a start time that is passed in. Nothing here reads a clock, Slack or the database.

    step 1  the acknowledgement deadline: a reminder in the case channel to the responsible managers
    step 2  a second deadline later: the backup managers are invited to the channel and each gets a DM
    step 3+ a reminder every `repeat_minutes`, up to `max_reminders` steps in all

Critical and happening-now cases run on the wall clock; every other case's clock stops outside
business hours (when they are set; by default every day is open all day).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from bot.policy.model import Severity
from bot.weeks import require_aware

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_DEADLINES: Mapping[Severity, int] = {
    Severity.CRITICAL: 5,
    Severity.HIGH: 15,
    Severity.MEDIUM: 30,
    Severity.LOW: 60,
}
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
_MAX_DAYS_SEARCHED = 400  # a deadline never waits more than a year for business hours


class StepKind(str, Enum):
    """What a step of the ladder does."""

    REMIND = "remind"  # the case channel, mentioning the responsible managers
    BACKUP = "backup"  # backup managers invited to the channel and sent a DM
    REPEAT = "repeat"  # the case channel again, mentioning managers and backups


@dataclass(frozen=True)
class BusinessHours:
    """When the clock runs for non-urgent cases: opening hours on some weekdays, in a time zone.

    `opens`/`closes` None means all day; `closes` of midnight means the end of the day.
    """

    timezone: str = "Asia/Tokyo"
    opens: dt.time | None = None
    closes: dt.time | None = None
    days: frozenset[int] = frozenset(range(7))  # Monday = 0

    def __post_init__(self) -> None:
        ZoneInfo(self.timezone)  # unknown zones fail here, not at the first deadline
        if (self.opens is None) != (self.closes is None):
            raise ValueError("Business hours need both an opening and a closing time.")
        if self.opens is not None and self.closes is not None and self.closes != dt.time(0) and self.closes <= self.opens:
            raise ValueError("Business hours must close after they open (e.g. 09:00-18:00).")
        if not self.days or not self.days <= set(range(7)):
            raise ValueError("Business days must be some of Monday (0) to Sunday (6).")

    @property
    def always_open(self) -> bool:
        """True when every day is open all day: business time is wall-clock time."""
        return self.opens is None and len(self.days) == 7

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
        """The open interval of a local calendar day, as UTC instants; None on a closed day."""
        if day.weekday() not in self.days:
            return None
        tz = ZoneInfo(self.timezone)
        opens = self.opens or dt.time(0)
        start = dt.datetime.combine(day, opens, tzinfo=tz)
        if self.closes is None or self.closes == dt.time(0):
            end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
        else:
            end = dt.datetime.combine(day, self.closes, tzinfo=tz)
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)

    def is_open(self, at: dt.datetime) -> bool:
        """True when `at` falls within business hours."""
        window = self.window(at.astimezone(ZoneInfo(self.timezone)).date())
        return window is not None and window[0] <= at < window[1]

    def add(self, start: dt.datetime, minutes: float) -> dt.datetime:
        """The instant `minutes` of business time after `start` (UTC); the clock stops while closed."""
        require_aware(start)
        remaining = dt.timedelta(minutes=minutes)
        start = start.astimezone(dt.UTC)
        if self.always_open or remaining <= dt.timedelta(0):
            return start + remaining
        tz = ZoneInfo(self.timezone)
        cursor = start
        day = start.astimezone(tz).date()
        for _ in range(_MAX_DAYS_SEARCHED):
            window = self.window(day)
            if window is not None:
                begin = max(cursor, window[0])
                if begin < window[1]:
                    available = window[1] - begin
                    if remaining <= available:
                        return begin + remaining
                    remaining -= available
            day += dt.timedelta(days=1)
        raise ValueError("No business hours within a year; check BUSINESS_HOURS and BUSINESS_DAYS.")


@dataclass(frozen=True)
class LadderRules:
    """The settings a ladder is computed from."""

    deadlines: Mapping[Severity, int] = field(default_factory=lambda: dict(DEFAULT_DEADLINES))  # minutes
    repeat_minutes: int = 30
    max_reminders: int = 4
    hours: BusinessHours = BusinessHours()

    def __post_init__(self) -> None:
        missing = [s.value for s in DEFAULT_DEADLINES if self.deadlines.get(s, 0) <= 0]
        if missing:
            raise ValueError(f"No acknowledgement deadline for severity {', '.join(missing)}.")
        if self.repeat_minutes <= 0 or self.max_reminders < 1:
            raise ValueError("Reminders need a positive cadence and at least one step.")


@dataclass(frozen=True)
class Step:
    """One planned reminder: its number in the ladder (from 1), what it does, and when it is due."""

    number: int
    kind: StepKind
    due: dt.datetime


def asked_to_check(triage: Mapping[str, Any] | None) -> bool:
    """True when a case's stored triage asked staff to check for danger first (the reply's
    `safety_check`); a case stored before the check existed has none."""
    return bool((triage or {}).get("safety_check"))


def is_urgent(severity: Severity | str, happening_now: bool, *, danger_check: bool = False) -> bool:
    """Critical and happening-now cases never wait for business hours, nor does a case whose reply
    asked staff to check for danger first (`danger_check`: the floor's phrases did not name a
    danger, but the reading or the danger reader found one may be there)."""
    return happening_now or danger_check or Severity(severity) is Severity.CRITICAL


def ack_deadline_minutes(
    severity: Severity | str, happening_now: bool, rules: LadderRules, *, danger_check: bool = False
) -> int:
    """Minutes a case may wait for acknowledgement: the critical deadline when it is happening now
    or its reply asked to check for danger first.

    A case escalated although triage found no harassment (severity none) waits as long as a low one.
    """
    severity = Severity.CRITICAL if happening_now or danger_check else Severity(severity)
    return rules.deadlines[Severity.LOW if severity is Severity.NONE else severity]


def step_kind(number: int) -> StepKind:
    """What step `number` of a ladder does."""
    if number == 1:
        return StepKind.REMIND
    if number == 2:
        return StepKind.BACKUP
    return StepKind.REPEAT


def plan(
    started_at: dt.datetime,
    severity: Severity | str,
    happening_now: bool,
    rules: LadderRules,
    *,
    danger_check: bool = False,
) -> tuple[Step, ...]:
    """Every step of a ladder that starts at `started_at` (escalation, reopening or re-escalation)."""
    require_aware(started_at)
    urgent = is_urgent(severity, happening_now, danger_check=danger_check)
    clock = BusinessHours(timezone=rules.hours.timezone) if urgent else rules.hours
    deadline = ack_deadline_minutes(severity, happening_now, rules, danger_check=danger_check)
    steps: list[Step] = []
    due = started_at.astimezone(dt.UTC)
    for number in range(1, rules.max_reminders + 1):
        due = clock.add(due, deadline if number <= 2 else rules.repeat_minutes)
        steps.append(Step(number, step_kind(number), due))
    return tuple(steps)


# --- reading the settings' text forms ------------------------------------------------------------


def parse_hours(text: str) -> tuple[dt.time, dt.time] | None:
    """"09:00-18:00" -> (09:00, 18:00); "" -> None (all day); "24:00" closes at midnight. ValueError if malformed."""
    text = text.strip()
    if not text:
        return None
    match = _HOURS.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a time range like 09:00-18:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h2 == 24 and m2 == 0:
        h2 = 0
    try:
        opens, closes = dt.time(h1, m1), dt.time(h2, m2)
    except ValueError:
        raise ValueError(f"{text!r} is not a time range like 09:00-18:00") from None
    if closes != dt.time(0) and closes <= opens:
        raise ValueError(f"{text!r} closes before it opens")
    return opens, closes


def parse_days(text: str) -> frozenset[int]:
    """"mon-fri" or "mon,tue,sat" -> weekday numbers (Monday 0); "" -> every day. ValueError if malformed."""
    text = text.strip().lower()
    if not text:
        return frozenset(range(7))
    days: set[int] = set()
    for part in (p.strip() for p in text.split(",") if p.strip()):
        first, _, last = part.partition("-")
        if first not in WEEKDAYS or (last and last not in WEEKDAYS):
            raise ValueError(f"{part!r} is not a weekday or range such as mon-fri")
        a, b = WEEKDAYS.index(first), WEEKDAYS.index(last or first)
        if b < a:
            raise ValueError(f"{part!r} runs backwards; write e.g. mon-fri")
        days.update(range(a, b + 1))
    return frozenset(days)

