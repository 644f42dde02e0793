"""Case service: record reports, move cases through their life cycle, read customer history.

Every public method is one unit of work (one transaction) and returns frozen dataclasses,
never ORM objects, so Slack code never holds a database session. `now` is always passed in.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.models import AuditEntry, Case, CaseCategory, CaseEvent, CaseManager
from bot.db.session import UnitOfWork, unit_of_work
from bot.identity import IdentifierKind, identifier_digest, normalise_identifier
from bot.lifecycle import (
    CaseAction,
    CaseStatus,
    ContactChannel,
    Outcome,
    ReportSource,
    Surface,
    acknowledges,
    check_outcome,
    next_status,
)
from bot.policy.model import CATEGORY_IDS, Severity

logger = logging.getLogger(__name__)

T = TypeVar("T")

SYSTEM_ACTOR = "system"
MAX_ATTEMPTS = 6
PURGE_BATCH = 1000
_RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock detected
_UNIQUE_VIOLATION = "23505"
_SOURCE_SURFACE = {
    ReportSource.SLASH_COMMAND: Surface.SLASH_COMMAND,
    ReportSource.MESSAGE_SHORTCUT: Surface.SHORTCUT,
    ReportSource.MODAL: Surface.MODAL,
}
_MANAGER_ROLE = {CaseAction.ACKNOWLEDGE: "acknowledged", CaseAction.TAKE_OVER: "handling"}


CARD_POSTED = "case.card_posted"


class CaseNotFound(LookupError):
    """No case has this id."""


class CustomerNotFound(LookupError):
    """No customer record has this id (it may have been merged or purged)."""


# --- inputs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ClauseRef:
    """A policy clause the triage matched, with its score."""

    policy: str
    clause_id: str
    score: float


@dataclass(frozen=True)
class TriageSummary:
    """What the case keeps of a triage: the searchable parts and the full result for the card."""

    harassment: bool
    severity: Severity
    categories: tuple[str, ...]  # ranked, primary first
    clauses: tuple[ClauseRef, ...]
    policy_id: str
    policy_version: str
    result: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class NewReport:
    """A staff member's report as the Slack layer parsed it."""

    reporter_user_id: str
    team_id: str
    text: str
    source: ReportSource
    contact_channel: ContactChannel
    triage: TriageSummary
    occurred_at: dt.datetime | None = None  # None: when it was reported
    happening_now: bool = False
    permalink: str | None = None
    customer_identifiers: tuple[tuple[IdentifierKind, str], ...] = ()
    customer_label: str | None = None  # what a manager reads, e.g. "Yamada T., member 12345"
    idempotency_key: str | None = None  # e.g. the Slack event id or trigger id


# --- outputs --------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseEventView:
    """One step of a case's history."""

    at: dt.datetime
    actor: str
    action: str  # "report" or a CaseAction value
    from_status: CaseStatus | None
    to_status: CaseStatus
    surface: Surface
    outcome: Outcome | None = None
    note: str | None = None


@dataclass(frozen=True)
class CaseView:
    """Everything a case card needs."""

    id: int
    ref: str
    reporter_user_id: str
    team_id: str
    text: str
    source: ReportSource
    permalink: str | None
    contact_channel: ContactChannel
    occurred_at: dt.datetime
    happening_now: bool
    harassment: bool
    severity: Severity
    categories: tuple[str, ...]
    clauses: tuple[ClauseRef, ...]
    triage: Mapping[str, Any] = field(compare=False)
    policy_id: str
    policy_version: str
    status: CaseStatus
    outcome: Outcome | None
    escalation_channel_id: str | None
    manager_ids: tuple[str, ...]
    handler_user_id: str | None
    customer_id: int | None
    customer_label: str | None  # None once removed by retention (see details_purged)
    events: tuple[CaseEventView, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    escalated_at: dt.datetime | None
    acknowledged_at: dt.datetime | None
    resolved_at: dt.datetime | None
    details_purged: bool

    @property
    def primary_category(self) -> str | None:
        return self.categories[0] if self.categories else None


@dataclass(frozen=True)
class CaseSummary:
    """One line of a customer's earlier cases."""

    id: int
    ref: str
    created_at: dt.datetime
    occurred_at: dt.datetime
    harassment: bool
    categories: tuple[str, ...]
    severity: Severity
    status: CaseStatus
    outcome: Outcome | None


@dataclass(frozen=True)
class CustomerHistory:
    """What is on record about one customer: facts and counts, not labels."""

    customer_id: int
    report_count: int
    harassment_count: int  # triaged as harassment and not later resolved as not harassment
    categories: tuple[tuple[str, int], ...]  # most frequent first
    first_occurred_at: dt.datetime | None
    last_occurred_at: dt.datetime | None
    outcomes: tuple[tuple[Outcome, int], ...]
    service_refused: bool
    service_refused_at: dt.datetime | None
    reports_in_window: int
    window_days: int
    threshold: int
    repeat_offender: bool
    recent_cases: tuple[CaseSummary, ...]  # newest first


@dataclass(frozen=True)
class DigestStats:
    """Counts for a weekly digest; pairs are (value, count), most frequent first."""

    week_start: dt.datetime
    week_end: dt.datetime
    total_reports: int
    harassment_reports: int
    by_category: tuple[tuple[str, int], ...]
    by_severity: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    by_outcome: tuple[tuple[str, int], ...]
    by_source: tuple[tuple[str, int], ...]
    by_contact_channel: tuple[tuple[str, int], ...]
    repeat_offenders: int  # customers reported this week who are over the threshold
    median_minutes_to_acknowledge: float | None
    median_minutes_to_resolve: float | None
    purged_reports: int  # reports counted from aggregates because their cases were purged


@dataclass(frozen=True)
class PurgeResult:
    """What a retention purge removed."""

    cases_deleted: int
    labels_cleared: int
    customers_deleted: int
    aggregate_rows: int


@dataclass(frozen=True)
class AuditRecord:
    """One audit log entry."""

    at: dt.datetime
    actor: str
    action: str
    target_type: str
    target_id: str | None
    surface: Surface
    detail: Mapping[str, Any] = field(compare=False)


# --- the service ----------------------------------------------------------------------


class CaseService:
    """Cases, customers and the audit trail, one transaction per call."""

    def __init__(self, session_factory: sessionmaker[Session], hmac_key: bytes, settings: Settings) -> None:
        if not hmac_key:
            raise ValueError("The customer HMAC key is empty.")
        self._sessions = session_factory
        self._key = hmac_key
        self._settings = settings
        self._zone = ZoneInfo(settings.timezone)

    # --- reporting -------------------------------------------------------------------

    def record_report(self, report: NewReport, now: dt.datetime) -> CaseView:
        """Store a report as a new case; the same idempotency key returns the existing case."""
        _require_aware(now)
        _validate(report)
        keys = self._identifier_keys(report.customer_identifiers)
        return self._retrying(lambda: self._record(report, keys, now))

    def _record(self, report: NewReport, keys: list[tuple[IdentifierKind, str]], now: dt.datetime) -> CaseView:
        surface = _SOURCE_SURFACE[report.source]
        with unit_of_work(self._sessions) as uow:
            if report.idempotency_key:
                existing = uow.cases.by_idempotency_key(report.idempotency_key)
                if existing is not None:
                    return _case_view(existing)
            customer_id = self._resolve_customer(uow, keys, report.reporter_user_id, surface, now)
            day = now.astimezone(self._zone).date()
            seq = uow.cases.next_ref_seq(day)
            triage = report.triage
            case = Case(
                ref=f"{day:%Y}-{day:%m%d}-{seq:04d}",
                ref_day=day,
                ref_seq=seq,
                reporter_user_id=report.reporter_user_id,
                team_id=report.team_id,
                text=report.text,
                source=report.source,
                permalink=report.permalink,
                contact_channel=report.contact_channel,
                occurred_at=report.occurred_at or now,
                happening_now=report.happening_now,
                harassment=triage.harassment,
                severity=triage.severity,
                primary_category=triage.categories[0] if triage.categories else None,
                policy_id=triage.policy_id,
                policy_version=triage.policy_version,
                clauses=[{"policy": c.policy, "clause_id": c.clause_id, "score": c.score} for c in triage.clauses],
                triage=dict(triage.result),
                status=CaseStatus.REPORTED,
                customer_id=customer_id,
                customer_label=(report.customer_label or "").strip() or None,
                idempotency_key=report.idempotency_key,
                created_at=now,
                updated_at=now,
            )
            case.categories = [CaseCategory(category=c, rank=i) for i, c in enumerate(triage.categories)]
            case.events = [
                CaseEvent(
                    at=now,
                    actor=report.reporter_user_id,
                    action="report",
                    from_status=None,
                    to_status=CaseStatus.REPORTED,
                    surface=surface,
                )
            ]
            uow.cases.add(case)
            uow.audit.append(
                actor=report.reporter_user_id,
                action="case.report",
                target_type="case",
                target_id=case.id,
                surface=surface,
                at=now,
                detail={
                    "ref": case.ref,
                    "customer_id": customer_id,
                    "identifier_kinds": sorted({k.value for k, _ in keys}),
                },
            )
            return _case_view(case)

    def _identifier_keys(
        self, identifiers: Iterable[tuple[IdentifierKind | str, str]]
    ) -> list[tuple[IdentifierKind, str]]:
        keys = set()
        for kind, raw in identifiers:
            kind = IdentifierKind(kind)
            keys.add((kind, identifier_digest(self._key, kind, normalise_identifier(kind, raw))))
        return sorted(keys)

    def _resolve_customer(
        self,
        uow: UnitOfWork,
        keys: list[tuple[IdentifierKind, str]],
        actor: str,
        surface: Surface,
        now: dt.datetime,
    ) -> int | None:
        """The customer these identifiers belong to: found, created, or several merged into one."""
        if not keys:
            return None
        known = uow.customers.match(keys)
        customer_ids = sorted(set(known.values()))
        if not customer_ids:
            customer_id = uow.customers.create(now).id
            uow.audit.append(
                actor=actor,
                action="customer.create",
                target_type="customer",
                target_id=customer_id,
                surface=surface,
                at=now,
                detail={"identifier_kinds": sorted({k.value for k, _ in keys})},
            )
        else:
            customer_id, others = customer_ids[0], customer_ids[1:]
            if others:
                uow.customers.merge(customer_id, others, now)
                uow.audit.append(
                    actor=actor,
                    action="customer.merge",
                    target_type="customer",
                    target_id=customer_id,
                    surface=surface,
                    at=now,
                    detail={"merged_customer_ids": others, "reason": "a report shared identifiers of both"},
                )
        new_keys = [key for key in keys if key not in known]
        if new_keys:
            uow.customers.add_identifiers(customer_id, new_keys, now)
        return customer_id

    # --- life cycle --------------------------------------------------------------------

    def mark_escalated(
        self,
        case_id: int,
        actor: str,
        channel_id: str,
        manager_ids: Sequence[str],
        surface: Surface,
        now: dt.datetime,
    ) -> CaseView:
        """Record that the case went to managers in `channel_id`; repeating the same call is harmless."""
        _require_aware(now)
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            if case.escalation_channel_id:
                # Already escalated (a repeat, or another process got there first): the first
                # channel stands and the caller sees which one it is.
                return _case_view(case)
            new_status = next_status(case.status, CaseAction.ESCALATE)
            event = _transition(case, actor, CaseAction.ESCALATE.value, new_status, surface, now)
            case.escalated_at = now
            case.escalation_channel_id = channel_id
            for manager_id in dict.fromkeys(manager_ids):
                _involve(case, manager_id, "notified", now)
            uow.audit.append(
                actor=actor,
                action="case.escalate",
                target_type="case",
                target_id=case.id,
                surface=surface,
                at=now,
                detail={
                    "from": event.from_status.value if event.from_status else None,
                    "channel_id": channel_id,
                    "manager_ids": list(dict.fromkeys(manager_ids)),
                },
            )
            uow.flush()
            return _case_view(case)

    def apply_action(
        self,
        case_id: int,
        actor: str,
        action: CaseAction,
        surface: Surface,
        now: dt.datetime,
        outcome: Outcome | None = None,
        note: str | None = None,
    ) -> CaseView:
        """Apply a manager's (or the reporter's) action; IllegalTransition if the status forbids it."""
        _require_aware(now)
        action = CaseAction(action)
        if action is CaseAction.ESCALATE:
            raise ValueError("Escalate with mark_escalated(), which records the channel and managers.")
        outcome = check_outcome(action, outcome)
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            new_status = next_status(case.status, action)
            event = _transition(case, actor, action.value, new_status, surface, now, note=note)
            detail: dict[str, Any] = {
                "from": event.from_status.value if event.from_status else None,
                "to": new_status.value,
            }
            if acknowledges(action) and case.escalated_at is not None and case.acknowledged_at is None:
                case.acknowledged_at = now
            if action is CaseAction.RESOLVE:
                case.outcome = event.outcome = outcome
                case.resolved_at = now
                detail["outcome"] = outcome.value if outcome else None
            elif action is CaseAction.REOPEN:
                case.outcome = None
                case.resolved_at = None
            if action is CaseAction.TAKE_OVER:
                case.handler_user_id = actor
            if action is not CaseAction.LOG_ONLY:
                _involve(case, actor, _MANAGER_ROLE.get(action, "acknowledged"), now)
            refused = action is CaseAction.REFUSE_SERVICE or outcome is Outcome.SERVICE_REFUSED
            uow.audit.append(
                actor=actor,
                action=f"case.{action.value}",
                target_type="case",
                target_id=case.id,
                surface=surface,
                at=now,
                detail=detail,
            )
            if refused and case.customer_id is not None and uow.customers.mark_service_refused(case.customer_id, now):
                uow.audit.append(
                    actor=actor,
                    action="customer.service_refused",
                    target_type="customer",
                    target_id=case.customer_id,
                    surface=surface,
                    at=now,
                    detail={"case_id": case.id, "ref": case.ref},
                )
            uow.flush()
            return _case_view(case)

    # --- reading cases -------------------------------------------------------------------

    def get_case(self, case_id: int) -> CaseView:
        """The case; CaseNotFound if there is none."""
        with unit_of_work(self._sessions) as uow:
            return _case_view(_get_case(uow, case_id))

    def find_case_by_ref(self, ref: str) -> CaseView | None:
        """The case with this public ref, e.g. "2026-1122-0042"."""
        with unit_of_work(self._sessions) as uow:
            case = uow.cases.by_ref(ref.strip())
            return _case_view(case) if case else None

    def find_case_by_key(self, key: str) -> CaseView | None:
        """The case recorded under this idempotency key (e.g. a slash command's trigger), if any."""
        with unit_of_work(self._sessions) as uow:
            case = uow.cases.by_idempotency_key(key)
            return _case_view(case) if case else None

    def find_case_by_channel(self, channel_id: str) -> CaseView | None:
        """The case escalated into this channel, if any."""
        with unit_of_work(self._sessions) as uow:
            case = uow.cases.by_channel(channel_id)
            return _case_view(case) if case else None

    def cases_for_reporter(self, user_id: str, limit: int = 20) -> list[CaseView]:
        """A reporter's own cases, newest first."""
        with unit_of_work(self._sessions) as uow:
            return [_case_view(c) for c in uow.cases.for_reporter(user_id, limit)]

    def open_cases(self, limit: int = 50) -> list[CaseView]:
        """Cases waiting on managers (escalated, acknowledged, in progress), oldest first."""
        with unit_of_work(self._sessions) as uow:
            return [_case_view(c) for c in uow.cases.open_cases(limit)]

    def logged_cases(self, limit: int = 50) -> list[CaseView]:
        """Cases logged without escalation (a manager may still escalate them), oldest first."""
        with unit_of_work(self._sessions) as uow:
            return [_case_view(c) for c in uow.cases.logged_only(limit)]

    def unacknowledged_since(self, cutoff: dt.datetime) -> list[CaseView]:
        """Escalated cases nobody acknowledged, escalated at or before `cutoff` (for reminders)."""
        _require_aware(cutoff)
        with unit_of_work(self._sessions) as uow:
            return [_case_view(c) for c in uow.cases.unacknowledged_since(cutoff)]

    # --- customer history ------------------------------------------------------------

    def customer_history(
        self, customer_id: int, actor: str, surface: Surface, now: dt.datetime, limit: int = 10
    ) -> CustomerHistory:
        """What is on record about a customer; the read itself goes into the audit log."""
        _require_aware(now)
        with unit_of_work(self._sessions) as uow:
            history = self._history(uow, customer_id, now, limit)
            if history is None:
                raise CustomerNotFound(f"No customer record {customer_id}; it may have been merged or purged.")
            uow.audit.append(
                actor=actor,
                action="customer.history_read",
                target_type="customer",
                target_id=customer_id,
                surface=surface,
                at=now,
                detail={"via": "customer_id"},
            )
            return history

    def history_for_identifier(
        self,
        kind: IdentifierKind,
        raw: str,
        actor: str,
        surface: Surface,
        now: dt.datetime,
        limit: int = 10,
    ) -> CustomerHistory | None:
        """The history of whoever this identifier belongs to, or None; audited either way."""
        _require_aware(now)
        kind = IdentifierKind(kind)
        digest = identifier_digest(self._key, kind, normalise_identifier(kind, raw))
        with unit_of_work(self._sessions) as uow:
            customer_id = uow.customers.customer_for(kind, digest)
            history = None if customer_id is None else self._history(uow, customer_id, now, limit)
            uow.audit.append(
                actor=actor,
                action="customer.history_read",
                target_type="customer",
                target_id=customer_id,
                surface=surface,
                at=now,
                detail={"via": kind.value, "found": customer_id is not None},
            )
            return history

    def _history(self, uow: UnitOfWork, customer_id: int, now: dt.datetime, limit: int) -> CustomerHistory | None:
        settings = self._settings
        window_start = now - dt.timedelta(days=settings.repeat_offender_window_days)
        totals = uow.cases.customer_totals(customer_id, window_start)
        if totals is None:
            return None
        categories, outcomes = uow.cases.customer_breakdown(customer_id)
        recent = uow.cases.customer_recent(customer_id, limit)
        in_window = int(totals.in_window)
        return CustomerHistory(
            customer_id=customer_id,
            report_count=totals.reports,
            harassment_count=int(totals.harassment),
            categories=_ranked(categories),
            first_occurred_at=totals.first,
            last_occurred_at=totals.last,
            outcomes=_ranked(outcomes),
            service_refused=totals.service_refused_at is not None,
            service_refused_at=totals.service_refused_at,
            reports_in_window=in_window,
            window_days=settings.repeat_offender_window_days,
            threshold=settings.repeat_offender_threshold,
            repeat_offender=in_window >= settings.repeat_offender_threshold,
            recent_cases=tuple(
                CaseSummary(
                    id=row.id,
                    ref=row.ref,
                    created_at=row.created_at,
                    occurred_at=row.occurred_at,
                    harassment=row.harassment,
                    categories=categories,
                    severity=row.severity,
                    status=row.status,
                    outcome=row.outcome,
                )
                for row, categories in recent
            ),
        )

    # --- digest ------------------------------------------------------------------------

    def weekly_digest(self, week_start: dt.datetime, week_end: dt.datetime) -> DigestStats:
        """Counts for cases created in [week_start, end); purged days come from the aggregates.

        Repeat offenders and median times exist only for cases not yet purged.
        """
        _require_aware(week_start)
        _require_aware(week_end)
        settings = self._settings
        with unit_of_work(self._sessions) as uow:
            rows = uow.cases.created_between(week_start, week_end)
            counts = count_dimensions(rows, {})
            counts["category"] = Counter(dict(uow.cases.category_counts_between(week_start, week_end)))
            first_day = week_start.astimezone(self._zone).date()
            end_day = max(week_end.astimezone(self._zone).date(), first_day + dt.timedelta(days=1))
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
            by_category=_ranked(counts.get("category", Counter()).items()),
            by_severity=_ranked(counts.get("severity", Counter()).items()),
            by_status=_ranked(counts.get("status", Counter()).items()),
            by_outcome=_ranked(counts.get("outcome", Counter()).items()),
            by_source=_ranked(counts.get("source", Counter()).items()),
            by_contact_channel=_ranked(counts.get("contact_channel", Counter()).items()),
            repeat_offenders=offenders,
            median_minutes_to_acknowledge=_median_minutes((r.escalated_at, r.acknowledged_at) for r in rows),
            median_minutes_to_resolve=_median_minutes((r.created_at, r.resolved_at) for r in rows),
            purged_reports=purged,
        )

    # --- retention ---------------------------------------------------------------------

    def purge(self, now: dt.datetime, actor: str = SYSTEM_ACTOR, surface: Surface = Surface.SCHEDULER) -> PurgeResult:
        """Delete cases past retention (kept as anonymous daily counts), raw details past theirs."""
        _require_aware(now)
        settings = self._settings
        case_cutoff = now - dt.timedelta(days=settings.case_retention_days)
        detail_cutoff = now - dt.timedelta(days=settings.customer_detail_retention_days)
        deleted = aggregate_rows = 0
        while True:  # one transaction per batch: counted and deleted together, or neither
            with unit_of_work(self._sessions) as uow:
                rows = uow.cases.created_before(case_cutoff, PURGE_BATCH)
                if not rows:
                    break
                categories = uow.cases.categories_for(r.id for r in rows)
                aggregate_rows += uow.digests.add(self._daily_counts(rows, categories))
                deleted += uow.cases.delete([r.id for r in rows])
        with unit_of_work(self._sessions) as uow:
            labels = uow.cases.clear_customer_labels(detail_cutoff, now)
            customers = uow.customers.delete_without_cases()
            result = PurgeResult(deleted, labels, customers, aggregate_rows)
            uow.audit.append(
                actor=actor,
                action="retention.purge",
                target_type="retention",
                target_id=None,
                surface=surface,
                at=now,
                detail={
                    "case_cutoff": case_cutoff.isoformat(),
                    "detail_cutoff": detail_cutoff.isoformat(),
                    "cases_deleted": deleted,
                    "labels_cleared": labels,
                    "customers_deleted": customers,
                },
            )
        logger.info("retention purge: %s", result)
        return result

    def _daily_counts(
        self, rows: Sequence[Any], categories: Mapping[int, tuple[str, ...]]
    ) -> dict[tuple[dt.date, str, str], int]:
        by_day: dict[dt.date, list[Any]] = {}
        for row in rows:
            by_day.setdefault(row.created_at.astimezone(self._zone).date(), []).append(row)
        counts: dict[tuple[dt.date, str, str], int] = {}
        for day, day_rows in by_day.items():
            for dimension, counter in count_dimensions(day_rows, categories).items():
                for value, count in counter.items():
                    counts[(day, dimension, value)] = count
        return counts

    # --- audit -------------------------------------------------------------------------

    def record_card(self, case_id: int, channel_id: str, message_ts: str, actor: str, surface: Surface, now: dt.datetime) -> None:
        """Note where the case card was posted (so a failed post can be detected and redone)."""
        _require_aware(now)
        with unit_of_work(self._sessions) as uow:
            uow.audit.append(
                actor=actor,
                action=CARD_POSTED,
                target_type="case",
                target_id=case_id,
                surface=surface,
                at=now,
                detail={"channel_id": channel_id, "ts": message_ts},
            )

    def card_location(self, case_id: int) -> tuple[str, str] | None:
        """(channel id, message ts) of the case's latest card, or None if none was posted."""
        posted = [r for r in self.audit_trail("case", case_id) if r.action == CARD_POSTED]
        if not posted:
            return None
        detail = posted[-1].detail
        return str(detail["channel_id"]), str(detail["ts"])

    def audit_trail(self, target_type: str, target_id: int | str, limit: int = 200) -> list[AuditRecord]:
        """Audit entries about one case or customer, oldest first."""
        with unit_of_work(self._sessions) as uow:
            return [_audit_record(e) for e in uow.audit.for_target(target_type, target_id, limit)]

    def recent_audit(self, limit: int = 50) -> list[AuditRecord]:
        """The latest audit entries, newest first."""
        with unit_of_work(self._sessions) as uow:
            return [_audit_record(e) for e in uow.audit.recent(limit)]

    # --- concurrency -------------------------------------------------------------------

    def _retrying(self, operation: Callable[[], T]) -> T:
        """Run a unit of work again when a concurrent writer won a race (unique key, deadlock)."""
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                return operation()
            except DBAPIError as exc:
                if attempt == MAX_ATTEMPTS or not _is_race(exc):
                    raise
                logger.info("concurrent write, retrying (attempt %d): %s", attempt, exc.orig)
                time.sleep(random.uniform(0, 0.01 * attempt))
        raise AssertionError("unreachable")


# --- pure helpers: digest arithmetic and views -----------------------------------------


def count_dimensions(rows: Iterable[Any], categories: Mapping[int, tuple[str, ...]]) -> dict[str, Counter[str]]:
    """Count cases per value of every digest dimension (categories only for the ids given)."""
    counts: dict[str, Counter[str]] = {
        name: Counter()
        for name in ("harassment", "severity", "status", "outcome", "source", "contact_channel", "category")
    }
    for row in rows:
        counts["harassment"]["yes" if row.harassment else "no"] += 1
        counts["severity"][_value(row.severity)] += 1
        counts["status"][_value(row.status)] += 1
        if row.outcome is not None:
            counts["outcome"][_value(row.outcome)] += 1
        counts["source"][_value(row.source)] += 1
        counts["contact_channel"][_value(row.contact_channel)] += 1
        for category in categories.get(row.id, ()):
            counts["category"][category] += 1
    return counts


def _value(member: Any) -> str:
    return member.value if hasattr(member, "value") else str(member)


def _ranked(pairs: Iterable[tuple[Any, int]]) -> tuple[tuple[Any, int], ...]:
    return tuple(sorted(((k, v) for k, v in pairs if v), key=lambda p: (-p[1], _value(p[0]))))


def _median_minutes(pairs: Iterable[tuple[dt.datetime | None, dt.datetime | None]]) -> float | None:
    minutes = [(end - start).total_seconds() / 60 for start, end in pairs if start and end]
    return round(statistics.median(minutes), 1) if minutes else None


def _require_aware(moment: dt.datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{moment!r} has no time zone; pass an aware datetime such as datetime.now(UTC).")


def _validate(report: NewReport) -> None:
    triage = report.triage
    unknown = [c for c in triage.categories if c not in CATEGORY_IDS]
    if unknown:
        raise ValueError(f"Unknown category ids {unknown}; use the ids of bot.policy.model.CATEGORY_IDS.")
    if len(set(triage.categories)) != len(triage.categories):
        raise ValueError("A category is listed twice in the triage result.")
    if not report.text.strip():
        raise ValueError("The report has no text.")
    if report.occurred_at is not None:
        _require_aware(report.occurred_at)
    if report.customer_label and len(report.customer_label.strip()) > 300:
        raise ValueError("The customer label is longer than 300 characters.")
    if report.idempotency_key and len(report.idempotency_key) > 200:
        raise ValueError("The idempotency key is longer than 200 characters.")
    if report.permalink and len(report.permalink) > 500:
        raise ValueError("The permalink is longer than 500 characters.")


def _is_race(exc: DBAPIError) -> bool:
    """A unique key another transaction took first, or a PostgreSQL deadlock/serialization failure."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if isinstance(exc, IntegrityError):
        return sqlstate == _UNIQUE_VIOLATION or "UNIQUE constraint failed" in str(exc.orig)
    return sqlstate in _RETRYABLE_SQLSTATES


def _get_case(uow: UnitOfWork, case_id: int, *, for_update: bool = False) -> Case:
    case = uow.cases.get(case_id, for_update=for_update)
    if case is None:
        raise CaseNotFound(f"No case {case_id}; it may have been purged after the retention period.")
    return case


def _transition(
    case: Case,
    actor: str,
    action: str,
    new_status: CaseStatus,
    surface: Surface,
    now: dt.datetime,
    note: str | None = None,
) -> CaseEvent:
    event = CaseEvent(
        at=now,
        actor=actor,
        action=action,
        from_status=case.status,
        to_status=new_status,
        surface=surface,
        note=note,
    )
    case.events.append(event)
    case.status = new_status
    case.updated_at = now
    return event


def _involve(case: Case, user_id: str, role: str, now: dt.datetime) -> None:
    for manager in case.managers:
        if manager.user_id == user_id:
            if role == "handling" or manager.role == "notified":
                manager.role = role
            return
    case.managers.append(CaseManager(user_id=user_id, role=role, added_at=now))


def _case_view(case: Case) -> CaseView:
    return CaseView(
        id=case.id,
        ref=case.ref,
        reporter_user_id=case.reporter_user_id,
        team_id=case.team_id,
        text=case.text,
        source=case.source,
        permalink=case.permalink,
        contact_channel=case.contact_channel,
        occurred_at=case.occurred_at,
        happening_now=case.happening_now,
        harassment=case.harassment,
        severity=case.severity,
        categories=tuple(c.category for c in sorted(case.categories, key=lambda c: c.rank)),
        clauses=tuple(ClauseRef(c["policy"], c["clause_id"], float(c["score"])) for c in case.clauses or ()),
        triage=dict(case.triage or {}),
        policy_id=case.policy_id,
        policy_version=case.policy_version,
        status=case.status,
        outcome=case.outcome,
        escalation_channel_id=case.escalation_channel_id,
        manager_ids=tuple(m.user_id for m in case.managers),
        handler_user_id=case.handler_user_id,
        customer_id=case.customer_id,
        customer_label=case.customer_label,
        events=tuple(
            CaseEventView(
                at=e.at,
                actor=e.actor,
                action=e.action,
                from_status=e.from_status,
                to_status=e.to_status,
                surface=e.surface,
                outcome=e.outcome,
                note=e.note,
            )
            for e in case.events
        ),
        created_at=case.created_at,
        updated_at=case.updated_at,
        escalated_at=case.escalated_at,
        acknowledged_at=case.acknowledged_at,
        resolved_at=case.resolved_at,
        details_purged=case.details_purged_at is not None,
    )


def _audit_record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        target_type=entry.target_type,
        target_id=entry.target_id,
        surface=entry.surface,
        detail=dict(entry.detail or {}),
    )
