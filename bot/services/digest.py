"""The weekly numbers for HR, and the retention purge that keeps only anonymous daily counts."""

from __future__ import annotations

import datetime as dt
import logging
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.session import UnitOfWork, unit_of_work
from bot.digest import (
    CareCounts,
    CaseFacts,
    CategorySeries,
    WeekFigures,
    WeeklyDigest,
    category_series,
    chart_weeks,
    counted,
    customer_pseudonym,
    overdue_cases,
    repeat_offenders,
    week_figures,
)
from bot.ladder import LadderRules, ack_deadline_minutes, plan
from bot.lifecycle import Surface
from bot.services import audit
from bot.services.concurrency import retrying
from bot.services.reminders import ladder_rules
from bot.services.results import DigestStats, PurgeResult, ranked, value_of
from bot.weeks import local_date, require_aware, week_bounds

logger = logging.getLogger(__name__)

SYSTEM_ACTOR = "system"
PURGE_BATCH = 1000
def acknowledgement_due(case: CaseFacts, rules: LadderRules) -> dt.datetime:
    """When an escalated case was due to be acknowledged: its ladder's first reminder (the same
    deadlines, business hours and urgency as the ladder that chases it)."""
    if case.escalated_at is None:
        raise ValueError(f"case {case.ref} was never escalated")
    steps = plan(case.escalated_at, case.severity, case.happening_now, rules, danger_check=case.danger_check)
    if steps:
        return steps[0].due
    minutes = ack_deadline_minutes(case.severity, case.happening_now, rules, danger_check=case.danger_check)
    return case.escalated_at + dt.timedelta(minutes=minutes)  # a ladder of no reminders: the deadline alone


def reminders_sent(uow: UnitOfWork, start: dt.datetime, end: dt.datetime) -> int | None:
    """Reminders sent in [start, end); None while this database keeps no record of them."""
    return None


@dataclass(frozen=True)
class DigestReport:
    """Everything HR gets for a week: the digest, its cases (for the CSV), the last weeks (for the chart)."""

    digest: WeeklyDigest
    cases: tuple[CaseFacts, ...]
    series: CategorySeries


DIMENSIONS = ("harassment", "severity", "status", "outcome", "source", "contact_channel", "category")


def count_dimensions(rows: Iterable[Any], categories: Mapping[int, tuple[str, ...]]) -> dict[str, Counter[str]]:
    """Count cases per value of every digest dimension (categories only for the ids given)."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in DIMENSIONS}
    for row in rows:
        counts["harassment"]["yes" if row.harassment else "no"] += 1
        counts["severity"][value_of(row.severity)] += 1
        counts["status"][value_of(row.status)] += 1
        if row.outcome is not None:
            counts["outcome"][value_of(row.outcome)] += 1
        counts["source"][value_of(row.source)] += 1
        counts["contact_channel"][value_of(row.contact_channel)] += 1
        for category in categories.get(row.id, ()):
            counts["category"][category] += 1
    return counts


def median_minutes(pairs: Iterable[tuple[dt.datetime | None, dt.datetime | None]]) -> float | None:
    """The median of end minus start in minutes, over the pairs that have both."""
    minutes = [(end - start).total_seconds() / 60 for start, end in pairs if start and end]
    return round(statistics.median(minutes), 1) if minutes else None


class DigestService:
    """The digest and the purge, one transaction per step."""

    def __init__(self, session_factory: sessionmaker[Session], settings: Settings, customer_key: bytes = b"") -> None:
        self._sessions = session_factory
        self._settings = settings
        self._customer_key = customer_key
        self._rules = ladder_rules(settings)

    # --- the HR digest -------------------------------------------------------------------

    def report(self, day: dt.date) -> DigestReport:
        """The digest, CSV rows and chart series of the local week (DIGEST_TIMEZONE) containing `day`."""
        zone = self._settings.digest_zone
        start, end = week_bounds(day, zone)
        previous_start = week_bounds(day - dt.timedelta(days=7), zone)[0]
        with unit_of_work(self._sessions) as uow:
            cases = self._facts(
                uow.cases.digest_rows_created_between(start, end), uow.cases.categories_created_between(start, end)
            )
            this = self._figures(uow, start, end, len(cases), *counted(cases))
            previous = self._figures(
                uow,
                previous_start,
                start,
                uow.cases.count_created_between(previous_start, start),
                dict(uow.cases.category_counts_between(previous_start, start)),
                dict(uow.cases.severity_counts_between(previous_start, start)),
            )
            window_start = end - dt.timedelta(days=self._settings.repeat_offender_window_days)
            offenders = uow.cases.repeat_offenders(start, end, window_start, self._settings.repeat_offender_threshold)
            unacknowledged = self._facts(uow.cases.unacknowledged_rows_at(end), {})
            bounds = chart_weeks(start, zone)
            cells = uow.cases.category_week_counts(bounds)
            for index, (week_start, week_end) in enumerate(bounds):
                for dimension, value, count in self._purged_totals(uow, week_start, week_end):
                    if dimension == "category":
                        cells.append((index, value, count))
            digest = WeeklyDigest(
                week_start=start,
                week_end=end,
                zone=zone,
                this=this,
                previous=previous,
                repeat_offenders=repeat_offenders((customer_pseudonym(customer_id, self._customer_key), n) for customer_id, n in offenders),
                overdue=overdue_cases(unacknowledged, end, lambda case: acknowledgement_due(case, self._rules)),
                reminders_sent=reminders_sent(uow, start, end),
                purged_reports=this.new - len(cases),
                care=CareCounts.of(uow.checkins.counts_sent_between(start, end)),
            )
            mondays = [local_date(week_start, zone) for week_start, _ in bounds]
        return DigestReport(digest, tuple(cases), category_series(mondays, cells))

    def _figures(
        self,
        uow: UnitOfWork,
        start: dt.datetime,
        end: dt.datetime,
        new: int,
        categories: Mapping[str, int],
        severities: Mapping[str, int],
    ) -> WeekFigures:
        purged: dict[str, Counter[str]] = {}
        for dimension, value, count in self._purged_totals(uow, start, end):
            purged.setdefault(dimension, Counter())[value] += count
        return week_figures(
            new=new,
            categories=categories,
            severities=severities,
            open_count=uow.cases.open_count_at(end),
            acknowledged=uow.cases.acknowledged_between(start, end),
            resolved=uow.cases.resolved_between(start, end),
            purged=purged,
        )

    def _purged_totals(self, uow: UnitOfWork, start: dt.datetime, end: dt.datetime) -> list[tuple[str, str, int]]:
        """Anonymous daily counts of purged cases for the local days of [start, end) (aggregates are by TIMEZONE day)."""
        zone = self._settings.timezone
        return uow.digests.totals(local_date(start, zone), local_date(end, zone))

    def _facts(self, rows: Sequence[Any], categories: Mapping[int, tuple[str, ...]]) -> list[CaseFacts]:
        key = self._customer_key
        return [
            CaseFacts(
                ref=r.ref,
                created_at=r.created_at,
                severity=value_of(r.severity),
                status=value_of(r.status),
                outcome=value_of(r.outcome) if r.outcome is not None else None,
                harassment=bool(r.harassment),
                happening_now=bool(r.happening_now),
                categories=categories.get(r.id, ()),
                escalated_at=r.escalated_at,
                acknowledged_at=r.acknowledged_at,
                resolved_at=r.resolved_at,
                customer_ref=customer_pseudonym(r.customer_id, key) if r.customer_id is not None else None,
                danger_check=bool(r.danger_check),
            )
            for r in rows
        ]


    def week_of(self, day: dt.date) -> DigestStats:
        """The numbers for the local week (Monday to Monday, TIMEZONE) containing `day`."""
        return self.weekly_digest(*week_bounds(day, self._settings.timezone))

    def weekly_digest(self, week_start: dt.datetime, week_end: dt.datetime) -> DigestStats:
        """Counts for cases created in [week_start, end); purged days come from the aggregates.

        Repeat offenders and median times exist only for cases not yet purged.
        """
        require_aware(week_start)
        require_aware(week_end)
        settings = self._settings
        with unit_of_work(self._sessions) as uow:
            rows = uow.cases.created_between(week_start, week_end)
            counts = count_dimensions(rows, {})
            counts["category"] = Counter(dict(uow.cases.category_counts_between(week_start, week_end)))
            first_day = local_date(week_start, settings.timezone)
            end_day = max(local_date(week_end, settings.timezone), first_day + dt.timedelta(days=1))
            purged = 0
            for dimension, value, count in uow.digests.totals(first_day, end_day):
                counts.setdefault(dimension, Counter())[value] += count
                if dimension == "harassment":
                    purged += count
            window_start = week_end - dt.timedelta(days=settings.repeat_offender_window_days)
            offenders = uow.cases.repeat_offender_count(
                week_start, week_end, window_start, settings.repeat_offender_threshold
            )
        return DigestStats(
            week_start=week_start,
            week_end=week_end,
            total_reports=sum(counts.get("harassment", Counter()).values()),
            harassment_reports=counts.get("harassment", Counter())["yes"],
            by_category=ranked(counts.get("category", Counter()).items()),
            by_severity=ranked(counts.get("severity", Counter()).items()),
            by_status=ranked(counts.get("status", Counter()).items()),
            by_outcome=ranked(counts.get("outcome", Counter()).items()),
            by_source=ranked(counts.get("source", Counter()).items()),
            by_contact_channel=ranked(counts.get("contact_channel", Counter()).items()),
            repeat_offenders=offenders,
            median_minutes_to_acknowledge=median_minutes((r.escalated_at, r.acknowledged_at) for r in rows),
            median_minutes_to_resolve=median_minutes((r.created_at, r.resolved_at) for r in rows),
            purged_reports=purged,
        )

    def purge(self, now: dt.datetime, actor: str = SYSTEM_ACTOR, surface: Surface = Surface.SCHEDULER) -> PurgeResult:
        """Delete cases past retention (kept as anonymous daily counts), raw details past theirs."""
        require_aware(now)
        settings = self._settings
        case_cutoff = now - dt.timedelta(days=settings.case_retention_days)
        detail_cutoff = now - dt.timedelta(days=settings.customer_detail_retention_days)
        deleted = aggregate_rows = 0
        while True:  # one transaction per batch: counted and deleted together, or neither
            batch_deleted, batch_rows = retrying(lambda: self._purge_batch(case_cutoff))
            if batch_deleted is None:
                break
            deleted += batch_deleted
            aggregate_rows += batch_rows
        with unit_of_work(self._sessions) as uow:
            labels = uow.cases.clear_customer_labels(detail_cutoff, now)
            customers = uow.customers.delete_without_cases()
            result = PurgeResult(deleted, labels, customers, aggregate_rows)
            audit.record(
                uow, actor, "retention.purge", ("retention", None), surface, now,
                case_cutoff=case_cutoff.isoformat(),
                detail_cutoff=detail_cutoff.isoformat(),
                cases_deleted=deleted,
                labels_cleared=labels,
                customers_deleted=customers,
            )
        logger.info("retention purge: %s", result)
        return result

    def _purge_batch(self, case_cutoff: dt.datetime) -> tuple[int | None, int]:
        """Delete one batch of expired cases and add what this transaction deleted to the daily counts.

        Returns (cases deleted, aggregate rows touched); (None, 0) when nothing is left. Safe when two
        purges run at once: the rows are locked and only the DELETE's own RETURNING rows are counted.
        """
        with unit_of_work(self._sessions) as uow:
            rows = uow.cases.created_before(case_cutoff, PURGE_BATCH)
            if not rows:
                return None, 0
            categories = uow.cases.categories_for(r.id for r in rows)
            deleted = uow.cases.delete_counted([r.id for r in rows])
            return len(deleted), uow.digests.add(self._daily_counts(deleted, categories))

    def _daily_counts(
        self, rows: Sequence[Any], categories: Mapping[int, tuple[str, ...]]
    ) -> dict[tuple[dt.date, str, str], int]:
        by_day: dict[dt.date, list[Any]] = {}
        for row in rows:
            by_day.setdefault(local_date(row.created_at, self._settings.timezone), []).append(row)
        counts: dict[tuple[dt.date, str, str], int] = {}
        for day, day_rows in by_day.items():
            for dimension, counter in count_dimensions(day_rows, categories).items():
                for value, count in counter.items():
                    counts[(day, dimension, value)] = count
        return counts
