"""The reminder ladder's pure core: deadlines by severity, business hours, the steps of a ladder."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.ladder import (
    BusinessHours,
    LadderRules,
    StepKind,
    ack_deadline_minutes,
    is_urgent,
    parse_days,
    parse_hours,
    plan,
)
from bot.policy.model import Severity

TOKYO = ZoneInfo("Asia/Tokyo")


def tokyo(*args: int) -> dt.datetime:
    """A Tokyo wall-clock time as an aware UTC instant."""
    return dt.datetime(*args, tzinfo=TOKYO).astimezone(dt.UTC)


# Monday 7 to Friday 11 December 2026 are weekdays; 12 and 13 are the weekend.
OFFICE = BusinessHours("Asia/Tokyo", dt.time(9), dt.time(18), parse_days("mon-fri"))


@pytest.mark.parametrize(
    ("severity", "now", "minutes"),
    [
        (Severity.CRITICAL, False, 5),
        (Severity.HIGH, False, 15),
        (Severity.MEDIUM, False, 30),
        (Severity.LOW, False, 60),
        (Severity.NONE, False, 60),  # escalated although not harassment: as long as low
        (Severity.LOW, True, 5),  # happening now: the critical deadline, whatever the severity
        (Severity.MEDIUM, True, 5),
        (Severity.HIGH, True, 5),
    ],
)
def test_default_deadline_by_severity_and_happening_now(severity: Severity, now: bool, minutes: int) -> None:
    rules = LadderRules()
    assert ack_deadline_minutes(severity, now, rules) == minutes
    start = tokyo(2026, 12, 8, 10, 0)
    assert plan(start, severity, now, rules)[0].due == start + dt.timedelta(minutes=minutes)


def test_deadlines_come_from_the_rules() -> None:
    rules = LadderRules(deadlines={Severity.CRITICAL: 2, Severity.HIGH: 7, Severity.MEDIUM: 11, Severity.LOW: 13})
    assert [ack_deadline_minutes(s, False, rules) for s in Severity] == [13, 13, 11, 7, 2]
    with pytest.raises(ValueError, match="medium"):
        LadderRules(deadlines={Severity.CRITICAL: 2, Severity.HIGH: 7, Severity.LOW: 13})


def test_the_ladder_steps_cadence_and_maximum() -> None:
    start = tokyo(2026, 12, 8, 10, 0)
    steps = plan(start, Severity.HIGH, False, LadderRules(repeat_minutes=20, max_reminders=5))
    assert [s.number for s in steps] == [1, 2, 3, 4, 5]
    assert [s.kind for s in steps] == [StepKind.REMIND, StepKind.BACKUP, StepKind.REPEAT, StepKind.REPEAT, StepKind.REPEAT]
    assert [int((s.due - start).total_seconds() // 60) for s in steps] == [15, 30, 50, 70, 90]
    assert len(plan(start, Severity.HIGH, False, LadderRules(max_reminders=1))) == 1
    assert all(s.due.tzinfo is dt.UTC for s in steps)


@pytest.mark.parametrize(
    ("start", "severity", "now", "first_due", "second_due"),
    [
        # Within the day: the clock runs as on the wall.
        (tokyo(2026, 12, 8, 10, 0), Severity.MEDIUM, False, tokyo(2026, 12, 8, 10, 30), tokyo(2026, 12, 8, 11, 0)),
        # Near closing: 20 minutes on Tuesday, the other 10 on Wednesday morning.
        (tokyo(2026, 12, 8, 17, 40), Severity.MEDIUM, False, tokyo(2026, 12, 9, 9, 10), tokyo(2026, 12, 9, 9, 40)),
        # Friday evening across the weekend to Monday morning.
        (tokyo(2026, 12, 11, 17, 50), Severity.MEDIUM, False, tokyo(2026, 12, 14, 9, 20), tokyo(2026, 12, 14, 9, 50)),
        # An hour before closing: due at closing, the second deadline an hour into Monday.
        (tokyo(2026, 12, 11, 17, 0), Severity.LOW, False, tokyo(2026, 12, 11, 18, 0), tokyo(2026, 12, 14, 10, 0)),
        # Reported on Saturday: the clock starts at Monday's opening.
        (tokyo(2026, 12, 12, 14, 0), Severity.HIGH, False, tokyo(2026, 12, 14, 9, 15), tokyo(2026, 12, 14, 9, 30)),
        # Before opening on a weekday.
        (tokyo(2026, 12, 9, 6, 30), Severity.HIGH, False, tokyo(2026, 12, 9, 9, 15), tokyo(2026, 12, 9, 9, 30)),
        # Critical and happening-now cases never wait for business hours.
        (tokyo(2026, 12, 12, 14, 0), Severity.CRITICAL, False, tokyo(2026, 12, 12, 14, 5), tokyo(2026, 12, 12, 14, 10)),
        (tokyo(2026, 12, 11, 23, 58), Severity.LOW, True, tokyo(2026, 12, 12, 0, 3), tokyo(2026, 12, 12, 0, 8)),
    ],
)
def test_business_hours_pause_the_clock_except_for_urgent_cases(
    start: dt.datetime, severity: Severity, now: bool, first_due: dt.datetime, second_due: dt.datetime
) -> None:
    steps = plan(start, severity, now, LadderRules(hours=OFFICE))
    assert (steps[0].due, steps[1].due) == (first_due, second_due)
    assert is_urgent(severity, now) == (now or severity is Severity.CRITICAL)


def test_a_case_whose_reply_asked_to_check_for_danger_is_chased_like_a_critical_one() -> None:
    saturday = tokyo(2026, 12, 12, 14, 0)
    rules = LadderRules(hours=OFFICE)
    assert is_urgent(Severity.MEDIUM, False, danger_check=True)
    assert ack_deadline_minutes(Severity.NONE, False, rules, danger_check=True) == 5
    steps = plan(saturday, Severity.MEDIUM, False, rules, danger_check=True)
    assert (steps[0].due, steps[1].due) == (tokyo(2026, 12, 12, 14, 5), tokyo(2026, 12, 12, 14, 10))
    # The same case without the check waits for Monday's opening.
    assert plan(saturday, Severity.MEDIUM, False, rules)[0].due == tokyo(2026, 12, 14, 9, 30)


def test_without_business_hours_every_day_is_open_all_day() -> None:
    hours = BusinessHours("Asia/Tokyo")
    assert hours.always_open
    saturday_night = tokyo(2026, 12, 12, 23, 50)
    assert hours.add(saturday_night, 30) == saturday_night + dt.timedelta(minutes=30)
    assert hours.is_open(saturday_night)


def test_business_hours_in_another_time_zone_and_across_a_daylight_saving_change() -> None:
    # New York falls back on Sunday 1 November 2026; open every day 00:00-24:00 except the hours.
    hours = BusinessHours("America/New_York", dt.time(9), dt.time(17), parse_days("mon-fri"))
    friday = dt.datetime(2026, 10, 30, 16, 30, tzinfo=ZoneInfo("America/New_York"))
    due = hours.add(friday, 60)
    assert due == dt.datetime(2026, 11, 2, 9, 30, tzinfo=ZoneInfo("America/New_York")).astimezone(dt.UTC)
    assert hours.is_open(due) and not hours.is_open(dt.datetime(2026, 10, 31, 12, tzinfo=dt.UTC))


def test_opening_hours_until_midnight_and_odd_days() -> None:
    hours = BusinessHours("Asia/Tokyo", *parse_hours("18:00-24:00") or (), days=parse_days("sat,sun"))
    friday = tokyo(2026, 12, 11, 20, 0)
    assert hours.add(friday, 90) == tokyo(2026, 12, 12, 19, 30)
    assert hours.add(tokyo(2026, 12, 12, 23, 30), 60) == tokyo(2026, 12, 13, 18, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("09:00-18:00", (dt.time(9), dt.time(18))),
        ("9:30 - 17:45", (dt.time(9, 30), dt.time(17, 45))),
        ("18:00-24:00", (dt.time(18), dt.time(0))),
    ],
)
def test_parse_hours(text: str, expected: tuple[dt.time, dt.time] | None) -> None:
    assert parse_hours(text) == expected


@pytest.mark.parametrize("text", ["9-18", "18:00-09:00", "25:00-26:00", "09:00", "nine to five"])
def test_parse_hours_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_hours(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", set(range(7))), ("mon-fri", {0, 1, 2, 3, 4}), ("Sat, sun", {5, 6}), ("mon,wed-thu", {0, 2, 3})],
)
def test_parse_days(text: str, expected: set[int]) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize("text", ["fri-mon", "monday", "mon-xyz"])
def test_parse_days_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError):
        parse_days(text)


def test_naive_times_and_impossible_hours_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        plan(dt.datetime(2026, 12, 8, 10), Severity.LOW, False, LadderRules())
    with pytest.raises(ValueError):
        BusinessHours("Asia/Tokyo", dt.time(18), dt.time(9))
    with pytest.raises(ValueError):
        BusinessHours("Asia/Tokyo", dt.time(9), None)
    with pytest.raises(ValueError):
        LadderRules(max_reminders=0)
