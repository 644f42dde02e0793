"""The composition root: settings in, wired services out. Nothing else builds services."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.config import Settings, customer_hmac_key
from bot.db.migrate import upgrade
from bot.db.session import make_engine, make_session_factory
from bot.policy.loader import load_bundle
from bot.policy.model import PolicyBundle
from bot.services.cases import CaseService, DigestStats
from bot.services.reports import ReportService

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time, timezone-aware UTC."""
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class Services:
    """Everything that does not need Slack."""

    settings: Settings
    bundle: PolicyBundle
    cases: CaseService
    reports: ReportService
    clock: Clock

    def week_bounds(self, day: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
        """Monday 00:00 to the next Monday 00:00 (local time zone) of the week containing `day`."""
        zone = ZoneInfo(self.settings.timezone)
        local_day = day or self.clock().astimezone(zone).date()
        monday = local_day - dt.timedelta(days=local_day.weekday())
        start = dt.datetime.combine(monday, dt.time(), tzinfo=zone)
        return start.astimezone(dt.timezone.utc), (start + dt.timedelta(days=7)).astimezone(dt.timezone.utc)

    def digest(self, day: dt.date | None = None) -> DigestStats:
        """This week's (or `day`'s week's) numbers for HR."""
        start, end = self.week_bounds(day)
        return self.cases.weekly_digest(start, end)


def build_services(settings: Settings, *, clock: Clock = utc_now, migrate: bool = True) -> Services:
    """Load the policy, bring the database to the newest migration and wire the services."""
    bundle = load_bundle(settings.policy_dir, settings.policy)
    url = settings.resolved_database_url
    if migrate:
        upgrade(url)
    sessions = make_session_factory(make_engine(url))
    cases = CaseService(sessions, customer_hmac_key(settings), settings)
    return Services(settings, bundle, cases, ReportService(cases, bundle, clock), clock)


def print_digest(services: Services, week_of: str | None) -> int:
    """`python -m bot digest`: the weekly numbers on the terminal."""
    try:
        day = dt.date.fromisoformat(week_of) if week_of else None
    except ValueError:
        print(f"--week-of {week_of!r} is not a date like 2026-11-23", file=sys.stderr)
        return 2
    stats = services.digest(day)
    print(f"Week {stats.week_start:%Y-%m-%d} to {stats.week_end:%Y-%m-%d} (UTC)")
    print(f"  reports: {stats.total_reports}   harassment: {stats.harassment_reports}   repeat offenders: {stats.repeat_offenders}")
    for title, pairs in (
        ("by category", stats.by_category),
        ("by severity", stats.by_severity),
        ("by outcome", stats.by_outcome),
        ("by source", stats.by_source),
        ("by contact channel", stats.by_contact_channel),
    ):
        if pairs:
            print(f"  {title}: " + ", ".join(f"{name} {count}" for name, count in pairs))
    if stats.median_minutes_to_acknowledge is not None:
        print(f"  median minutes to acknowledge: {stats.median_minutes_to_acknowledge:.0f}")
    if stats.median_minutes_to_resolve is not None:
        print(f"  median minutes to resolve: {stats.median_minutes_to_resolve:.0f}")
    return 0
