"""What the services return: frozen values, never ORM objects, so Slack code holds no session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.db.models import AuditEntry, Case
from bot.lifecycle import CaseStatus, ContactChannel, Outcome, ReportSource, Surface
from bot.policy.model import Severity


class CaseNotFound(LookupError):
    """No case has this id."""


class RepeatedAction(ValueError):
    """The same person's same action on the same card was already recorded (a double click, a retry)."""


class CustomerNotFound(LookupError):
    """No customer record has this id (it may have been merged or purged)."""


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
class ReminderView:
    """One step of a case's reminder ladder (bot.ladder) and what became of it."""

    ladder: int
    step: int
    kind: str  # a bot.ladder.StepKind value
    due_at: dt.datetime
    sent_at: dt.datetime | None
    cancelled_at: dt.datetime | None
    reached: tuple[str, ...]  # Slack user ids


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
    card_channel_id: str | None = None  # where the case card was posted (None: not yet)
    card_ts: str | None = None
    location: str | None = None  # where it happened, as the reporter gave it
    reminders: tuple[ReminderView, ...] = ()  # every ladder's steps, oldest first

    @property
    def sent_reminders(self) -> tuple[ReminderView, ...]:
        """The reminder steps that went out, in the order they were sent."""
        sent = [r for r in self.reminders if r.sent_at is not None]
        return tuple(sorted(sent, key=lambda r: (r.sent_at or r.due_at, r.ladder, r.step)))

    @property
    def primary_category(self) -> str | None:
        return self.categories[0] if self.categories else None

    @property
    def card_location(self) -> tuple[str, str] | None:
        """(channel id, message ts) of the case card, or None if none was posted."""
        return (self.card_channel_id, self.card_ts) if self.card_channel_id and self.card_ts else None


@dataclass(frozen=True)
class LogOnly:
    """What Log only did: the case as it now stands, and whether it withdrew a failed escalation."""

    case: CaseView
    withdrew_failed_escalation: bool = False  # Escalate had failed for good; its steps are no longer owed


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
class RegisterStanding:
    """What a case card shows every member about the case's customer: the flag and counts, no case details."""

    customer_id: int | None
    earlier_cases: int  # other cases linked to the same customer
    repeat_offender: bool
    reports_in_window: int
    window_days: int
    threshold: int
    name_matches: int = 0  # other cases given the same name, not linked: only a possible match
    merge_candidates: tuple[int, ...] = ()  # other records holding identifiers given on this case


@dataclass(frozen=True)
class CustomerChange:
    """What adding or correcting a case's customer did."""

    case: CaseView
    customer_id: int | None
    created: bool  # a new customer record was made
    joined: bool  # the case joined a record that already had other cases
    merge_candidates: tuple[int, ...]  # other records the identifiers also belong to (a manager confirms)
    name_matches: int


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



# --- from rows ----------------------------------------------------------------------------


def case_view(case: Case) -> CaseView:
    """The frozen view of a case row (its categories, managers and events loaded)."""
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
        card_channel_id=case.card_channel_id,
        card_ts=case.card_ts,
        location=case.location,
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
        reminders=tuple(
            ReminderView(
                ladder=r.ladder,
                step=r.step,
                kind=r.kind,
                due_at=r.due_at,
                sent_at=r.sent_at,
                cancelled_at=r.cancelled_at,
                reached=tuple(r.reached or ()),
            )
            for r in case.reminders
        ),
    )


def audit_record(entry: AuditEntry) -> AuditRecord:
    """The frozen view of an audit row."""
    return AuditRecord(
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        target_type=entry.target_type,
        target_id=entry.target_id,
        surface=entry.surface,
        detail=dict(entry.detail or {}),
    )


def ranked(pairs: Iterable[tuple[Any, int]]) -> tuple[tuple[Any, int], ...]:
    """(value, count) pairs with a count, most frequent first, ties by value."""
    return tuple(sorted(((k, v) for k, v in pairs if v), key=lambda p: (-p[1], value_of(p[0]))))


def value_of(member: Any) -> str:
    """An enum member's value, or the thing itself as text."""
    return str(member.value) if hasattr(member, "value") else str(member)
