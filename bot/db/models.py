"""The database schema as typed SQLAlchemy 2.0 ORM classes; `migrations/` mirrors it exactly.

Every timestamp is a timezone-aware UTC datetime, on SQLite too (see `UTCDateTime`).
Enums are stored as their string values with a CHECK constraint (no native PostgreSQL enum
types, so adding a value is an ordinary migration on both databases).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from bot.identity import IdentifierKind
from bot.lifecycle import CaseStatus, ContactChannel, Outcome, ReportSource, Surface
from bot.policy.model import Severity

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Slack ids are short ("U012ABCDEF", "C012ABCDEF"); leave room for enterprise-grid ids.
SLACK_ID = 32
CATEGORY_ID = 40
LOCATION_MAX = 200  # a place from REPORT_LOCATIONS and the reporter's own words


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A datetime stored in UTC and always returned timezone-aware, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass timezone-aware datetimes (UTC)")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def _enum(cls: type[Enum], name: str) -> SAEnum:
    """A string column limited by CHECK to the enum's values (not a native PostgreSQL enum)."""
    return SAEnum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


# SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Customer(Base):
    """A customer known only through hashed identifiers; raw details live on cases."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    service_refused_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    identifiers: Mapped[list[CustomerIdentifier]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", passive_deletes=True
    )


class CustomerIdentifier(Base):
    """One keyed hash of a normalised identifier; never the identifier itself."""

    __tablename__ = "customer_identifiers"
    __table_args__ = (UniqueConstraint("kind", "digest"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[IdentifierKind] = mapped_column(_enum(IdentifierKind, "identifier_kind"))
    digest: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    customer: Mapped[Customer] = relationship(back_populates="identifiers")


class CaseIdentifier(Base):
    """An identifier as given on one case: its keyed hash for matching, and the raw value until retention.

    Names live only here (never in `customer_identifiers`): two customers can share a name, so a
    name may suggest a link to a manager but never makes one by itself.
    """

    __tablename__ = "case_identifiers"
    __table_args__ = (
        UniqueConstraint("case_id", "kind", "digest"),
        Index("ix_case_identifiers_kind_digest", "kind", "digest"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[IdentifierKind] = mapped_column(_enum(IdentifierKind, "identifier_kind"))
    digest: Mapped[str] = mapped_column(String(64))
    raw: Mapped[str | None] = mapped_column(String(200))  # None once retention (or erasure) removed it
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Case(Base):
    """One report and everything that happened to it."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("ref_day", "ref_seq"),
        Index("ix_cases_customer_occurred", "customer_id", "occurred_at"),
        Index("ix_cases_status_created", "status", "created_at"),
        Index("ix_cases_reporter_created", "reporter_user_id", "created_at"),
        # For the weekly digest: cases open, or open and unacknowledged, as at a week's end, and
        # those acknowledged or resolved in a week, each found by a range scan, never a table scan.
        Index("ix_cases_resolved_escalated", "resolved_at", "escalated_at"),
        Index("ix_cases_acknowledged_resolved_escalated", "acknowledged_at", "resolved_at", "escalated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True)  # "2026-1122-0042"
    ref_day: Mapped[dt.date] = mapped_column(Date)
    ref_seq: Mapped[int] = mapped_column(Integer)
    reporter_user_id: Mapped[str] = mapped_column(String(SLACK_ID))
    team_id: Mapped[str] = mapped_column(String(SLACK_ID))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[ReportSource] = mapped_column(_enum(ReportSource, "report_source"))
    permalink: Mapped[str | None] = mapped_column(String(500))
    contact_channel: Mapped[ContactChannel] = mapped_column(_enum(ContactChannel, "contact_channel"))
    location: Mapped[str | None] = mapped_column(String(LOCATION_MAX))  # where it happened: store, branch, site
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    happening_now: Mapped[bool] = mapped_column(Boolean)
    harassment: Mapped[bool] = mapped_column(Boolean)
    severity: Mapped[Severity] = mapped_column(_enum(Severity, "severity"))
    primary_category: Mapped[str | None] = mapped_column(String(CATEGORY_ID))
    policy_id: Mapped[str] = mapped_column(String(80))
    policy_version: Mapped[str] = mapped_column(String(40))
    clauses: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    triage: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus, "case_status"))
    outcome: Mapped[Outcome | None] = mapped_column(_enum(Outcome, "outcome"))
    escalation_channel_id: Mapped[str | None] = mapped_column(String(SLACK_ID), index=True)
    card_channel_id: Mapped[str | None] = mapped_column(String(SLACK_ID))  # where the case card is
    card_ts: Mapped[str | None] = mapped_column(String(SLACK_ID))
    handler_user_id: Mapped[str | None] = mapped_column(String(SLACK_ID))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    customer_label: Mapped[str | None] = mapped_column(String(300))
    details_purged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    escalated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    categories: Mapped[list[CaseCategory]] = relationship(
        order_by="CaseCategory.rank", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    managers: Mapped[list[CaseManager]] = relationship(
        order_by="CaseManager.added_at", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    events: Mapped[list[CaseEvent]] = relationship(
        order_by="CaseEvent.id", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    reminders: Mapped[list[Reminder]] = relationship(
        order_by="Reminder.id", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )


class CaseCategory(Base):
    """A category the triage found, ranked (0 = primary); the digest aggregates over these."""

    __tablename__ = "case_categories"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[str] = mapped_column(String(CATEGORY_ID), primary_key=True)
    rank: Mapped[int] = mapped_column(Integer)


class CaseManager(Base):
    """A manager involved in a case: notified at escalation, or who acknowledged or took it over."""

    __tablename__ = "case_managers"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(SLACK_ID), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # notified, acknowledged, handling
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class CaseEvent(Base):
    """One step in a case's history: who did what, from which surface, when."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(SLACK_ID))
    action: Mapped[str] = mapped_column(String(32))  # "report" or a CaseAction value
    from_status: Mapped[CaseStatus | None] = mapped_column(_enum(CaseStatus, "from_status"))
    to_status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus, "to_status"))
    surface: Mapped[Surface] = mapped_column(_enum(Surface, "surface"))
    outcome: Mapped[Outcome | None] = mapped_column(_enum(Outcome, "outcome"))
    note: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """An append-only record of an action on, or a read of, a case or customer record.

    Triggers (created by the migration) refuse UPDATE and DELETE. Details hold ids and kinds,
    never raw customer details, so the log can outlive the cases it mentions.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_target", "target_type", "target_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(SLACK_ID))
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(20))  # case, customer, retention
    target_id: Mapped[str | None] = mapped_column(String(64))
    surface: Mapped[Surface] = mapped_column(_enum(Surface, "surface"))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)


class DigestAggregate(Base):
    """Anonymous daily counts of purged cases (per dimension value), so old digests still add up."""

    __tablename__ = "digest_aggregates"
    __table_args__ = (UniqueConstraint("day", "dimension", "value"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)  # local date in the configured time zone
    dimension: Mapped[str] = mapped_column(String(32))  # category, severity, status, ...
    value: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)


class StepState(str, Enum):
    """Where an outbox step stands."""

    PENDING = "pending"  # to run (again) once due; may be leased by a worker right now
    DONE = "done"
    FAILED = "failed"  # Slack refused it for good, or it ran out of attempts; repair resets it


class OutboxStep(Base):
    """One Slack side effect owed for a case (create its channel, invite, post the card, ...).

    Written in the same breath as the decision that needs it, then carried out by any worker:
    claimed with a lease (`lease_token`, `lease_until`), retried with backoff until done. Steps
    of one case run in `seq` order; a step with seq 0 (the fallback alert) waits for nobody.
    """

    __tablename__ = "outbox_steps"
    __table_args__ = (UniqueConstraint("case_id", "kind"), Index("ix_outbox_steps_state_due", "state", "due_at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    state: Mapped[StepState] = mapped_column(_enum(StepState, "step_state"))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    attempts: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    lease_token: Mapped[str | None] = mapped_column(String(32))
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class Delivery(Base):
    """A request from Slack already taken in (event id, action, view submission), shared by every worker.

    Kept until `expires_at`, longer than Slack's five-minute signature window, so a retry or a
    replay of the same signed request is recognised whichever worker it reaches.
    """

    __tablename__ = "deliveries"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class Reminder(Base):
    """One step of a case's reminder ladder (bot.ladder): due, claimed by a sender, sent or cancelled.

    (case, ladder, step) is unique, so a step is planned once; a sender claims the row before it
    posts, so a step is sent once. `ladder` counts from 1 and grows when a reopened or
    re-escalated case starts a fresh ladder.
    """

    __tablename__ = "reminders"
    __table_args__ = (UniqueConstraint("case_id", "ladder", "step"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    ladder: Mapped[int] = mapped_column(Integer)
    step: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # a bot.ladder.StepKind value
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    claimed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    reached: Mapped[list[str]] = mapped_column(JSON)  # Slack user ids the step reached


class SchedulerLease(Base):
    """Who may run the scheduled jobs: one row per lease, held until `expires_at` unless renewed."""

    __tablename__ = "scheduler_leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str] = mapped_column(String(80))
    acquired_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
class CareCheckin(Base):
    """The private check-in with the reporter after a case is resolved, and their answer (HR only).

    One row per case, inserted (claimed) before the message is sent, so a check-in goes out once
    however many schedulers run and however often they restart. Never joined to a customer record.
    """

    __tablename__ = "care_checkins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    reporter_user_id: Mapped[str] = mapped_column(String(SLACK_ID))
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    channel_id: Mapped[str | None] = mapped_column(String(SLACK_ID))
    message_ts: Mapped[str | None] = mapped_column(String(SLACK_ID))
    answer: Mapped[str | None] = mapped_column(String(20))  # "all_right" or "contact_hr"
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
