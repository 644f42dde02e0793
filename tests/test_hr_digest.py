"""The weekly HR digest: its arithmetic (pure), its figures from a real database, its lines and CSV rows."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import itertools
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.config import Settings
from bot.db.session import make_engine, make_session_factory
from bot.digest import (
    CSV_COLUMNS,
    CaseFacts,
    category_series,
    chart_weeks,
    counted,
    csv_text,
    customer_pseudonym,
    overdue_cases,
    week_figures,
)
from bot.ladder import LadderRules
from bot.lifecycle import CaseAction, Outcome, Surface
from bot.policy.loader import load_bundle
from bot.policy.model import PolicyBundle
from bot.services.cases import CaseService
from bot.services.digest import DigestReport, DigestService, acknowledgement_due
from bot.services.results import CaseView
from bot.slack.blocks.digest import weekly_digest_blocks, weekly_digest_sections
from bot.weeks import next_business_time, week_bounds
from tests.test_db_cases import ABUSE, COMPLAINT, KEY, PHONE, THREAT, report

UTC = dt.UTC
TOKYO = dt.timezone(dt.timedelta(hours=9))


def tokyo(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=TOKYO).astimezone(UTC)


# --- pure arithmetic ---------------------------------------------------------------------------


def facts(ref: str, created: dt.datetime, **fields: object) -> CaseFacts:
    values: dict[str, object] = {
        "ref": ref,
        "created_at": created,
        "severity": "medium",
        "status": "reported",
        "outcome": None,
        "harassment": True,
        "happening_now": False,
        "categories": ("verbal_abuse",),
        "escalated_at": None,
        "acknowledged_at": None,
        "resolved_at": None,
        "customer_ref": None,
    }
    values.update(fields)
    return CaseFacts(**values)  # type: ignore[arg-type]


def test_week_figures_median_and_ranking() -> None:
    t0 = dt.datetime(2026, 12, 1, tzinfo=UTC)
    cases = [
        facts("A", t0, categories=("verbal_abuse", "threats_intimidation"), severity="high"),
        facts("B", t0, categories=("verbal_abuse",)),
        facts("C", t0, categories=(), severity="none", harassment=False),
    ]
    minutes = dt.timedelta(minutes=1)
    categories, severities = counted(cases)
    figures = week_figures(
        new=len(cases),
        categories=categories,
        severities=severities,
        open_count=2,
        acknowledged=[(t0, t0 + 10 * minutes), (t0, t0 + 20 * minutes), (t0, t0 + 90 * minutes)],
        resolved=[(t0, t0 + 60 * minutes), (t0, t0 + 120 * minutes)],
        purged={"category": {"verbal_abuse": 1}, "harassment": {"yes": 1}, "severity": {"medium": 1}},
    )
    assert (figures.new, figures.open, figures.resolved) == (4, 2, 2)
    assert figures.by_category == (("verbal_abuse", 3), ("threats_intimidation", 1))
    assert figures.by_severity == (("medium", 2), ("high", 1), ("none", 1))
    assert figures.median_minutes_to_acknowledge == 20.0
    assert figures.median_minutes_to_resolve == 90.0


@pytest.mark.parametrize(
    ("severity", "happening_now", "escalated_minutes_before_end", "overdue_minutes"),
    [
        ("critical", False, 6, 1),
        ("critical", False, 4, None),
        ("high", False, 15, 0),
        ("high", False, 14, None),
        ("medium", False, 45, 15),
        ("low", False, 59, None),
        ("low", True, 59, 54),  # happening now: 5 minutes whatever the severity
        ("medium", "check", 45, 40),  # its reply asked to check for danger first: 5 minutes too
    ],
)
def test_overdue_uses_the_deadline_by_severity(
    severity: str, happening_now: bool | str, escalated_minutes_before_end: int, overdue_minutes: int | None
) -> None:
    end = dt.datetime(2026, 12, 6, 15, 0, tzinfo=UTC)
    escalated = end - dt.timedelta(minutes=escalated_minutes_before_end)
    case = facts("X", escalated, severity=severity, happening_now=happening_now is True, escalated_at=escalated)
    case = dataclasses.replace(case, danger_check=happening_now == "check")
    overdue = overdue_cases([case], end, lambda c: acknowledgement_due(c, LadderRules()))
    assert [o.minutes_overdue for o in overdue] == ([] if overdue_minutes is None else [overdue_minutes])


def test_chart_weeks_are_twelve_local_weeks_ending_with_this_one() -> None:
    start, _ = week_bounds(dt.date(2026, 12, 2), "Asia/Tokyo")
    weeks = chart_weeks(start, "Asia/Tokyo")
    assert len(weeks) == 12 and weeks[-1][0] == start
    assert weeks[0][0] == dt.datetime(2026, 9, 13, 15, 0, tzinfo=UTC)  # Monday 14 September, Tokyo
    assert all(a[1] == b[0] for a, b in itertools.pairwise(weeks))
    series = category_series([dt.date(2026, 11, 23), dt.date(2026, 11, 30)], [(1, "b", 2), (0, "a", 1), (1, "a", 1)])
    assert dict(series.counts) == {"a": (1, 1), "b": (0, 2)} and list(series.counts) == ["a", "b"]


@pytest.mark.parametrize(
    ("resolved_local", "business_days", "hour", "due_local"),
    [
        ((2026, 12, 3, 15, 0), 1, 10, (2026, 12, 4, 10, 0)),  # Thursday -> Friday 10:00
        ((2026, 12, 4, 15, 0), 1, 10, (2026, 12, 7, 10, 0)),  # Friday -> Monday
        ((2026, 12, 5, 11, 0), 1, 10, (2026, 12, 7, 10, 0)),  # Saturday -> Monday
        ((2026, 12, 7, 0, 30), 1, 10, (2026, 12, 8, 10, 0)),  # Monday 00:30 (Sunday in UTC) -> Tuesday
        ((2026, 12, 7, 8, 0), 0, 10, (2026, 12, 7, 10, 0)),  # same day while the hour is ahead
        ((2026, 12, 7, 11, 0), 0, 10, (2026, 12, 8, 10, 0)),
        ((2026, 12, 30, 9, 0), 2, 9, (2027, 1, 1, 9, 0)),  # across the year (holidays are not known)
    ],
)
def test_care_checkin_time_is_business_days_later_in_the_zone(
    resolved_local: tuple[int, ...], business_days: int, hour: int, due_local: tuple[int, ...]
) -> None:
    due = next_business_time(tokyo(*resolved_local), "Asia/Tokyo", business_days, hour)
    assert due == tokyo(*due_local)


def test_customer_pseudonym_is_stable_and_keyed() -> None:
    assert customer_pseudonym(7, b"k1") == customer_pseudonym(7, b"k1")
    assert customer_pseudonym(7, b"k1") != customer_pseudonym(7, b"k2") != customer_pseudonym(8, b"k2")
    assert customer_pseudonym(7, b"k1").startswith("CU-") and len(customer_pseudonym(7, b"k1")) == 11


def test_csv_defuses_spreadsheet_formulas() -> None:
    case = facts("=HYPERLINK(1)", dt.datetime(2026, 12, 1, tzinfo=UTC))
    rows = list(csv.reader(io.StringIO(csv_text([case], "Asia/Tokyo"))))
    assert rows[0] == list(CSV_COLUMNS) and rows[1][0] == "'=HYPERLINK(1)"


# --- a known week on a real database --------------------------------------------------------------

WEEK = dt.date(2026, 12, 2)  # Monday 30 November to Sunday 6 December 2026 in Tokyo: crosses a month


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(data_dir=tmp_path, database_url=db_url, repeat_offender_threshold=3, repeat_offender_window_days=90)


@pytest.fixture
def engine(db_url: str) -> pytest.FixtureDef[Engine]:  # type: ignore[type-var]
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def bundle() -> PolicyBundle:
    from bot.config import DEFAULT_POLICY_DIR

    return load_bundle(DEFAULT_POLICY_DIR, "general")


class KnownWeek:
    """Six cases around the week of 30 November 2026 (Tokyo), made through the case service."""

    def __init__(self, cases: CaseService) -> None:
        phone = (PHONE, "090-1234-5678")

        def reported(triage: object, at: dt.datetime, *ids: tuple[object, str]) -> CaseView:
            return cases.record_report(*report(*ids, triage=triage, occurred_at=at), at)  # type: ignore[arg-type]

        def escalated(case: CaseView, at: dt.datetime) -> None:
            cases.mark_escalated(case.id, "U0R", f"C0{case.id:04d}", ["U0MGR1"], Surface.BUTTON, at)

        minute = dt.timedelta(minutes=1)
        # The week before: one report by the same customer, never escalated.
        self.e = reported(ABUSE, tokyo(2026, 11, 25, 11, 0), phone)
        # Monday 10:00: a threat, acknowledged after 12 minutes, ended after 2 hours.
        self.a = reported(THREAT, tokyo(2026, 11, 30, 10, 0), phone)
        escalated(self.a, self.a.created_at)
        cases.apply_action(self.a.id, "U0MGR1", CaseAction.ACKNOWLEDGE, Surface.BUTTON, self.a.created_at + 12 * minute)
        cases.apply_action(
            self.a.id, "U0MGR1", CaseAction.RESOLVE, Surface.BUTTON, self.a.created_at + 120 * minute,
            outcome=Outcome.RESOLVED_WITH_CUSTOMER,
        )
        # Tuesday 14:00: abuse, acknowledged after 30 minutes, still open.
        self.b = reported(ABUSE, tokyo(2026, 12, 1, 14, 0), phone)
        escalated(self.b, self.b.created_at)
        cases.apply_action(self.b.id, "U0MGR1", CaseAction.ACKNOWLEDGE, Surface.BUTTON, self.b.created_at + 30 * minute)
        # Thursday: a legitimate complaint, no customer named.
        self.f = reported(COMPLAINT, tokyo(2026, 12, 3, 9, 15))
        # Sunday 23:20 (14:20 UTC): abuse, escalated, nobody acknowledges it (30-minute deadline).
        self.c = reported(ABUSE, tokyo(2026, 12, 6, 23, 20), phone)
        escalated(self.c, self.c.created_at)
        # Monday 08:00 in Tokyo is still Sunday in UTC: next week's.
        self.d = reported(ABUSE, tokyo(2026, 12, 7, 8, 0), phone)
        assert self.a.customer_id is not None
        self.customer_ref = customer_pseudonym(self.a.customer_id, KEY)


@pytest.fixture
def known(engine: Engine, settings: Settings) -> tuple[KnownWeek, DigestService]:
    sessions = make_session_factory(engine)
    week = KnownWeek(CaseService(sessions, KEY, settings))
    return week, DigestService(sessions, settings, KEY)


def test_known_week_line_by_line(known: tuple[KnownWeek, DigestService], bundle: PolicyBundle) -> None:
    week, digests = known
    result = digests.report(WEEK)
    digest = result.digest
    assert (digest.first_day, digest.last_day) == (dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    ref = week.customer_ref
    assert weekly_digest_sections(digest, "en", bundle, window_days=90) == [
        (
            "*This week*",
            [
                "New reports: 4 (+3 vs last week)",
                "Open at the week's end: 2 (+2 vs last week)",
                "Ended this week: 1 (+1 vs last week)",
                "Median time to acknowledge: 21 min",
                "Median time to end a case: 2 h 0 min",
                "Reminders sent: not tracked",
                "Check-ins with reporters: 0 sent, 0 all right, 0 asked HR to contact them",
            ],
        ),
        (
            "*By category*",
            [
                "• Verbal abuse: 2 (+1 vs last week)",
                "• Online defamation: 1 (+1 vs last week)",
                "• Violation of staff privacy: 1 (+1 vs last week)",
                "• Threats and intimidation: 1 (+1 vs last week)",
            ],
        ),
        (
            "*By severity*",
            [
                "• :large_yellow_circle: Medium: 2 (+1 vs last week)",
                "• :large_orange_circle: High: 1 (+1 vs last week)",
                "• :white_circle: None: 1 (+1 vs last week)",
            ],
        ),
        ("*Repeat offenders* (pseudonymous references)", [f"• {ref}: 4 harassment reports in 90 days"]),
        (
            "*Open past the acknowledgement deadline*",
            [f"• {week.c.ref} (Medium): 10 min past its deadline, escalated 2026-12-06 23:20"],
        ),
    ]
    ja = weekly_digest_sections(digest, "ja", bundle, window_days=90)
    assert ja[0][1][:3] == ["新規の報告: 4件（前週比 +3）", "週末時点で対応中: 2件（前週比 +2）", "今週終了: 1件（前週比 +1）"]
    assert ja[4][1] == [f"• {week.c.ref}（中）: 期限から10分超過、責任者に知らせた日時 2026-12-06 23:20"]
    blocks = weekly_digest_blocks(digest, "en", bundle, window_days=90)
    assert blocks[1]["elements"][0]["text"] == "Week of 2026-11-30 (Mon) to 2026-12-06 (Sun), Asia/Tokyo"
    text = str(blocks)
    for raw in ("090-1234-5678", "Yamada", "晒す"):
        assert raw not in text


def test_known_week_csv_row_by_row(known: tuple[KnownWeek, DigestService]) -> None:
    week, digests = known
    result = digests.report(WEEK)
    rows = list(csv.reader(io.StringIO(csv_text(result.cases, "Asia/Tokyo"))))
    ref = week.customer_ref
    assert rows == [
        list(CSV_COLUMNS),
        [week.a.ref, "2026-11-30T10:00+09:00", "2026-11-30T10:00+09:00", "2026-11-30T10:12+09:00",
         "2026-11-30T12:00+09:00", "threats_intimidation;online_defamation;privacy_violation", "high", "resolved",
         "resolved_with_customer", "12", "120", ref],
        [week.b.ref, "2026-12-01T14:00+09:00", "2026-12-01T14:00+09:00", "2026-12-01T14:30+09:00", "",
         "verbal_abuse", "medium", "acknowledged", "", "30", "", ref],
        [week.f.ref, "2026-12-03T09:15+09:00", "", "", "", "", "none", "reported", "", "", "", ""],
        [week.c.ref, "2026-12-06T23:20+09:00", "2026-12-06T23:20+09:00", "", "", "verbal_abuse", "medium",
         "escalated", "", "", "", ref],
    ]
    assert "090" not in str(rows) and "Yamada" not in str(rows)


def test_the_week_is_the_digest_zones_week(known: tuple[KnownWeek, DigestService], settings: Settings, engine: Engine) -> None:
    week, _ = known
    in_utc = DigestService(make_session_factory(engine), settings.with_overrides(digest_timezone="UTC"), KEY)
    result = in_utc.report(WEEK)  # Monday 30 November to Sunday 6 December in UTC
    assert [c.ref for c in result.cases] == [week.a.ref, week.b.ref, week.f.ref, week.c.ref, week.d.ref]
    assert result.digest.this.new == 5
    # At Monday 00:00 UTC case C (14:20 UTC, 30-minute deadline) is 9 h 10 min past its deadline.
    assert [(o.ref, o.minutes_overdue) for o in result.digest.overdue] == [(week.c.ref, 550)]
    assert result.digest.zone == "UTC"


def test_empty_week_is_one_line(known: tuple[KnownWeek, DigestService], bundle: PolicyBundle) -> None:
    _, digests = known
    result: DigestReport = digests.report(dt.date(2026, 10, 14))
    assert result.digest.empty and result.cases == ()
    assert weekly_digest_sections(result.digest, "en", bundle, window_days=90) == [
        ("", ["No cases this week: nothing reported, resolved, open or overdue."])
    ]
    blocks = weekly_digest_blocks(result.digest, "ja", bundle, window_days=90)
    assert [b["type"] for b in blocks] == ["header", "context", "section"]
    assert blocks[2]["text"]["text"] == "今週の案件はありません（報告・終了・対応中・期限超過とも0件）。"


def test_chart_series_counts_the_last_twelve_weeks(known: tuple[KnownWeek, DigestService]) -> None:
    _, digests = known
    series = digests.report(WEEK).series
    assert series.week_starts[-1] == dt.date(2026, 11, 30) and series.week_starts[-2] == dt.date(2026, 11, 23)
    assert dict(series.counts) == {
        "verbal_abuse": (0,) * 10 + (1, 2),
        "online_defamation": (0,) * 11 + (1,),
        "privacy_violation": (0,) * 11 + (1,),
        "threats_intimidation": (0,) * 11 + (1,),
    }


@pytest.mark.parametrize(
    ("overrides", "after", "fires"),
    [
        ({}, tokyo(2026, 12, 7, 8, 59), tokyo(2026, 12, 7, 9, 0)),  # Monday 09:00 Tokyo (Monday 00:00 UTC)
        ({}, tokyo(2026, 12, 7, 9, 1), tokyo(2026, 12, 14, 9, 0)),
        (
            {"digest_weekday": "fri", "digest_hour": 17, "digest_minute": 30, "digest_timezone": "Europe/London"},
            dt.datetime(2026, 12, 4, 0, 0, tzinfo=UTC),
            dt.datetime(2026, 12, 4, 17, 30, tzinfo=UTC),
        ),
    ],
)
def test_the_digest_fires_at_its_day_time_and_zone(overrides: dict[str, object], after: dt.datetime, fires: dt.datetime) -> None:
    from bot.scheduler import digest_trigger

    trigger = digest_trigger(Settings().with_overrides(**overrides))
    assert trigger.get_next_fire_time(None, after) == fires


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"DIGEST_TIMEZONE": "Mars/Olympus"}, "DIGEST_TIMEZONE"),
        ({"DIGEST_MINUTE": "60"}, "DIGEST_MINUTE"),
        ({"CARE_CHECKIN_HOUR": "24"}, "CARE_CHECKIN_HOUR"),
        ({"CARE_CHECKIN": "maybe"}, "CARE_CHECKIN"),
    ],
)
def test_digest_and_care_settings_are_checked(env: dict[str, str], named: str) -> None:
    from bot.config import ConfigError

    with pytest.raises(ConfigError, match=named):
        Settings.from_env(env)


def test_digest_zone_defaults_to_timezone() -> None:
    assert Settings.from_env({"TIMEZONE": "Europe/Paris"}).digest_zone == "Europe/Paris"
    assert Settings.from_env({"TIMEZONE": "Europe/Paris", "DIGEST_TIMEZONE": "UTC"}).digest_zone == "UTC"
    defaults = Settings.from_env({})
    assert (defaults.care_checkin, defaults.care_checkin_business_days, defaults.care_checkin_hour) == (True, 1, 10)
