"""Digest arithmetic for HR: a week's figures, the change against the week before, the CSV rows.

Pure: the service hands in what the database holds (frozen rows, counts), in UTC; nothing here
reads a clock or a setting. Weeks are local weeks (Monday 00:00 to Monday 00:00) in the zone
the caller names, so a case reported on Monday 08:00 in Tokyo (Sunday 23:00 UTC) belongs to the
Tokyo week that starts that Monday.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.weeks import require_aware, week_bounds

CHART_WEEKS = 12

Pairs = tuple[tuple[str, int], ...]
Deadline = Callable[["CaseFacts"], dt.datetime]  # an escalated case -> when it was due to be acknowledged


def ranked(counts: Mapping[str, int]) -> Pairs:
    """(value, count) pairs, most frequent first, ties by value; zero counts left out."""
    return tuple(sorted(((k, v) for k, v in counts.items() if v), key=lambda kv: (-kv[1], kv[0])))


def customer_pseudonym(customer_id: int, key: bytes) -> str:
    """A stable reference for a customer that names nobody: "CU-" and 8 hex digits of a keyed hash."""
    digest = hmac.new(key, f"customer-ref:{customer_id}".encode(), hashlib.sha256).hexdigest()
    return f"CU-{digest[:8].upper()}"


@dataclass(frozen=True)
class CaseFacts:
    """What the digest and its CSV know of one case: no report text, no customer identifier."""

    ref: str
    created_at: dt.datetime
    severity: str
    status: str
    outcome: str | None
    harassment: bool
    happening_now: bool
    categories: tuple[str, ...]
    escalated_at: dt.datetime | None
    acknowledged_at: dt.datetime | None
    resolved_at: dt.datetime | None
    customer_ref: str | None  # customer_pseudonym(...), never a name, email or phone
    danger_check: bool = False  # its reply asked staff to check for danger first (chased as urgent)


@dataclass(frozen=True)
class WeekFigures:
    """The comparable numbers of one week."""

    new: int  # cases reported in the week
    open: int  # escalated cases not resolved at the week's end
    resolved: int  # cases resolved in the week
    by_category: Pairs
    by_severity: Pairs
    median_minutes_to_acknowledge: float | None  # over cases acknowledged in the week
    median_minutes_to_resolve: float | None  # over cases resolved in the week, from the report


@dataclass(frozen=True)
class RepeatOffender:
    """A customer over the repeat threshold, by pseudonymous reference only."""

    customer_ref: str
    reports: int  # harassment reports in the repeat-offender window


@dataclass(frozen=True)
class OverdueCase:
    """An open case nobody had acknowledged by its deadline, as at the week's end."""

    ref: str
    severity: str
    escalated_at: dt.datetime
    minutes_overdue: int


@dataclass(frozen=True)
class CareCounts:
    """The week's care check-ins with reporters, counted (never who answered what)."""

    sent: int = 0
    all_right: int = 0
    contact_hr: int = 0

    @classmethod
    def of(cls, by_answer: Mapping[str, int]) -> CareCounts:
        """From counts keyed by answer ("all_right", "contact_hr", "" for no answer yet)."""
        return cls(sum(by_answer.values()), by_answer.get("all_right", 0), by_answer.get("contact_hr", 0))


@dataclass(frozen=True)
class WeeklyDigest:
    """A week for HR: its figures, last week's for comparison, and what needs attention."""

    week_start: dt.datetime  # UTC, inclusive
    week_end: dt.datetime  # UTC, exclusive
    zone: str
    this: WeekFigures
    previous: WeekFigures
    repeat_offenders: tuple[RepeatOffender, ...]
    overdue: tuple[OverdueCase, ...]
    reminders_sent: int | None  # None: reminders are not tracked in this database
    purged_reports: int = 0  # reports counted from anonymous aggregates (cases past retention)
    care: CareCounts = CareCounts()

    @property
    def empty(self) -> bool:
        """Nothing reported, resolved, open or overdue: the digest says so in one line."""
        figures = self.this
        return not (figures.new or figures.open or figures.resolved or self.overdue)

    @property
    def first_day(self) -> dt.date:
        """The week's Monday in its zone."""
        return self.week_start.astimezone(ZoneInfo(self.zone)).date()

    @property
    def last_day(self) -> dt.date:
        """The week's Sunday in its zone."""
        return (self.week_end.astimezone(ZoneInfo(self.zone)) - dt.timedelta(microseconds=1)).date()


def change(now: float | None, before: float | None) -> float | None:
    """now - before, or None when either is unknown."""
    if now is None or before is None:
        return None
    return round(now - before, 1)


def minutes_between(start: dt.datetime | None, end: dt.datetime | None) -> float | None:
    """end - start in minutes (one decimal), or None when either is missing."""
    if start is None or end is None:
        return None
    return round((end - start).total_seconds() / 60, 1)


def median_minutes(pairs: Iterable[tuple[dt.datetime | None, dt.datetime | None]]) -> float | None:
    """The median of end - start in minutes over the pairs that have both ends."""
    minutes = [m for start, end in pairs if (m := minutes_between(start, end)) is not None]
    return round(statistics.median(minutes), 1) if minutes else None


def week_figures(
    *,
    new: int,
    categories: Mapping[str, int],
    severities: Mapping[str, int],
    open_count: int,
    acknowledged: Iterable[tuple[dt.datetime | None, dt.datetime | None]],
    resolved: Sequence[tuple[dt.datetime | None, dt.datetime | None]],
    purged: Mapping[str, Mapping[str, int]] | None = None,
) -> WeekFigures:
    """One week's figures from its counts, its acknowledgement and resolution times and the open count.

    `purged` holds anonymous daily counts (dimension -> value -> count) of cases already deleted.
    """
    by_category: Counter[str] = Counter(categories)
    by_severity: Counter[str] = Counter(severities)
    for dimension, counts in (purged or {}).items():
        if dimension == "category":
            by_category.update(counts)
        elif dimension == "severity":
            by_severity.update(counts)
        elif dimension == "harassment":
            new += sum(counts.values())
    return WeekFigures(
        new=new,
        open=open_count,
        resolved=len(resolved),
        by_category=ranked(by_category),
        by_severity=ranked(by_severity),
        median_minutes_to_acknowledge=median_minutes(acknowledged),
        median_minutes_to_resolve=median_minutes(resolved),
    )


def counted(cases: Sequence[CaseFacts]) -> tuple[Counter[str], Counter[str]]:
    """(cases per category, cases per severity) of the given cases."""
    return Counter(c for case in cases for c in case.categories), Counter(case.severity for case in cases)


def overdue_cases(unacknowledged: Iterable[CaseFacts], week_end: dt.datetime, deadline: Deadline) -> tuple[OverdueCase, ...]:
    """Cases still open and unacknowledged at the week's end past their deadline, longest overdue first."""
    require_aware(week_end)
    overdue = []
    for case in unacknowledged:
        if case.escalated_at is None:
            continue
        due = deadline(case)
        if due <= week_end:
            minutes = int((week_end - due).total_seconds() // 60)
            overdue.append(OverdueCase(case.ref, case.severity, case.escalated_at, minutes))
    return tuple(sorted(overdue, key=lambda o: (-o.minutes_overdue, o.ref)))


def repeat_offenders(counts: Iterable[tuple[str, int]]) -> tuple[RepeatOffender, ...]:
    """Pseudonymous references with their report counts, most reports first."""
    return tuple(RepeatOffender(ref, n) for ref, n in sorted(counts, key=lambda rc: (-rc[1], rc[0])))


THIS_WEEK_WORDS = {"", "this", "今週"}
LAST_WEEK_WORDS = {"last", "先週"}


def digest_day(word: str, today: dt.date) -> dt.date:
    """A day in the week asked for: this week, last week, or the week containing a date (ValueError otherwise)."""
    word = word.strip().lower()
    if word in THIS_WEEK_WORDS:
        return today
    if word in LAST_WEEK_WORDS:
        return today - dt.timedelta(days=7)
    return dt.date.fromisoformat(word)


# --- the last weeks, for the chart --------------------------------------------------------------


def chart_weeks(week_start: dt.datetime, zone: str, weeks: int = CHART_WEEKS) -> list[tuple[dt.datetime, dt.datetime]]:
    """The bounds (UTC) of `weeks` local weeks ending with the week that starts at `week_start`, oldest first."""
    require_aware(week_start)
    monday = week_start.astimezone(ZoneInfo(zone)).date()
    return [week_bounds(monday - dt.timedelta(days=7 * back), zone) for back in range(weeks - 1, -1, -1)]


@dataclass(frozen=True)
class CategorySeries:
    """Counts per category for consecutive weeks (oldest first), for the chart."""

    week_starts: tuple[dt.date, ...]  # local Mondays
    counts: Mapping[str, tuple[int, ...]]  # category -> one count per week

    @property
    def total(self) -> int:
        return sum(sum(v) for v in self.counts.values())


def category_series(week_starts: Sequence[dt.date], cells: Iterable[tuple[int, str, int]]) -> CategorySeries:
    """Build the series from (week index, category, count) cells; categories ordered by their total."""
    grid: dict[str, list[int]] = {}
    for index, category, count in cells:
        grid.setdefault(category, [0] * len(week_starts))[index] += count
    order = sorted(grid, key=lambda c: (-sum(grid[c]), c))
    return CategorySeries(tuple(week_starts), {c: tuple(grid[c]) for c in order})


# --- CSV -------------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "reference",
    "reported_at",
    "escalated_at",
    "acknowledged_at",
    "resolved_at",
    "categories",
    "severity",
    "status",
    "outcome",
    "minutes_to_acknowledge",
    "minutes_to_resolve",
    "customer_ref",
)


def csv_rows(cases: Iterable[CaseFacts], zone: str) -> list[list[str]]:
    """One row per case, times in `zone` (ISO 8601 with offset), oldest report first."""
    tz = ZoneInfo(zone)

    def when(moment: dt.datetime | None) -> str:
        return moment.astimezone(tz).isoformat(timespec="minutes") if moment else ""

    def number(value: float | None) -> str:
        return "" if value is None else f"{value:g}"

    rows = []
    for case in sorted(cases, key=lambda c: (c.created_at, c.ref)):
        rows.append(
            [
                case.ref,
                when(case.created_at),
                when(case.escalated_at),
                when(case.acknowledged_at),
                when(case.resolved_at),
                ";".join(case.categories),
                case.severity,
                case.status,
                case.outcome or "",
                number(minutes_between(case.escalated_at, case.acknowledged_at)),
                number(minutes_between(case.created_at, case.resolved_at)),
                case.customer_ref or "",
            ]
        )
    return rows


def csv_text(cases: Iterable[CaseFacts], zone: str) -> str:
    """The week's cases as CSV (header first, RFC 4180 quoting, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_defused(row) for row in csv_rows(cases, zone))
    return buffer.getvalue()


def _defused(row: list[str]) -> list[str]:
    """Cells a spreadsheet would run as a formula get a leading apostrophe (CSV injection)."""
    return ["'" + cell if cell[:1] in ("=", "+", "@") else cell for cell in row]
