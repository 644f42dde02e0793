"""Repositories: every query the bot runs. Services call these inside a unit of work."""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Integer,
    Result,
    Row,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    tuple_,
    union_all,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter, ColumnElement

from bot.db.models import (
    AuditEntry,
    CareCheckin,
    Case,
    CaseCategory,
    CaseIdentifier,
    Customer,
    CustomerIdentifier,
    Delivery,
    DigestAggregate,
    OutboxStep,
    StepState,
)
from bot.identity import IdentifierKind
from bot.lifecycle import OPEN_STATUSES, CaseStatus, Outcome, Surface

IdentifierKey = tuple[IdentifierKind, str]  # (kind, digest)

_REF_LOCK_KEY = 74_061  # PostgreSQL advisory lock class for numbering case refs

# Columns the digest and the purge count over; kept in one place so both agree.
_COUNTED_COLUMNS = (
    Case.id,
    Case.created_at,
    Case.harassment,
    Case.severity,
    Case.status,
    Case.outcome,
    Case.source,
    Case.contact_channel,
    Case.escalated_at,
    Case.acknowledged_at,
    Case.resolved_at,
)


# What the digest and its CSV read of a case: never the report text or a customer detail.
_DIGEST_COLUMNS = (
    Case.id,
    Case.ref,
    Case.created_at,
    Case.severity,
    Case.status,
    Case.outcome,
    Case.harassment,
    Case.happening_now,
    Case.escalated_at,
    Case.acknowledged_at,
    Case.resolved_at,
    Case.customer_id,
    # Only the reply's "check for danger first" flag of the stored triage, never its text or quotes.
    Case.triage["safety_check"].as_boolean().label("danger_check"),
)


def value_of_enum(member: Any) -> str:
    """An enum column's value as text."""
    return str(member.value) if hasattr(member, "value") else str(member)


def counts_as_harassment() -> ColumnElement[bool]:
    """Reports that count against a customer: triaged as harassment and not later overturned."""
    return and_(
        Case.harassment.is_(True),
        or_(Case.outcome.is_(None), Case.outcome != Outcome.NOT_HARASSMENT),
    )


class CaseRepository:
    """Queries on cases and their categories, managers and events."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, case: Case) -> Case:
        """Insert a new case (with its categories and events) and assign its id."""
        self.session.add(case)
        self.session.flush()
        return case

    def get(self, case_id: int, *, for_update: bool = False) -> Case | None:
        """The case, locked against concurrent changes when `for_update` (PostgreSQL)."""
        query = select(Case).where(Case.id == case_id)
        if for_update:
            query = query.with_for_update(of=Case)
        return self.session.scalars(query).one_or_none()

    def link_of(self, case_id: int) -> tuple[int, int | None] | None:
        """(case id, customer id) without loading the case and its history."""
        row = self.session.execute(select(Case.id, Case.customer_id).where(Case.id == case_id)).one_or_none()
        return None if row is None else (row[0], row[1])

    def by_idempotency_key(self, key: str) -> Case | None:
        return self.session.scalars(select(Case).where(Case.idempotency_key == key)).one_or_none()

    def by_ref(self, ref: str) -> Case | None:
        return self.session.scalars(select(Case).where(Case.ref == ref)).one_or_none()

    def by_channel(self, channel_id: str) -> Case | None:
        """The case whose escalation channel this is (the newest, should a channel be reused)."""
        query = (
            select(Case)
            .where(Case.escalation_channel_id == channel_id)
            .order_by(Case.created_at.desc(), Case.id.desc())
            .limit(1)
        )
        return self.session.scalars(query).first()

    def next_ref_seq(self, day: dt.date) -> int:
        """The next daily sequence number for a public ref; call it last in the transaction."""
        if self.session.get_bind().dialect.name == "postgresql":
            # Concurrent reports queue here until commit instead of colliding on the ref and
            # retrying. SQLite needs nothing: BEGIN IMMEDIATE already admits one writer at a time.
            self.session.execute(select(func.pg_advisory_xact_lock(_REF_LOCK_KEY, day.toordinal())))
        last = self.session.scalar(select(func.max(Case.ref_seq)).where(Case.ref_day == day))
        return (last or 0) + 1

    def for_reporter(self, user_id: str, limit: int) -> Sequence[Case]:
        """A reporter's cases, newest first."""
        query = (
            select(Case)
            .where(Case.reporter_user_id == user_id)
            .order_by(Case.created_at.desc(), Case.id.desc())
            .limit(limit)
        )
        return self.session.scalars(query).all()

    def open_cases(self, limit: int) -> Sequence[Case]:
        """Escalated, acknowledged or in-progress cases, oldest first."""
        query = (
            select(Case).where(Case.status.in_(sorted(OPEN_STATUSES))).order_by(Case.created_at, Case.id).limit(limit)
        )
        return self.session.scalars(query).all()

    def logged_only(self, limit: int) -> Sequence[Case]:
        """Cases kept on record without escalation, oldest first."""
        query = (
            select(Case).where(Case.status == CaseStatus.LOGGED_ONLY).order_by(Case.created_at, Case.id).limit(limit)
        )
        return self.session.scalars(query).all()

    def unacknowledged_since(self, cutoff: dt.datetime) -> Sequence[Case]:
        """Cases escalated at or before `cutoff` that nobody has acknowledged yet, oldest first."""
        query = (
            select(Case)
            .where(Case.status == CaseStatus.ESCALATED, Case.escalated_at <= cutoff)
            .order_by(Case.escalated_at, Case.id)
        )
        return self.session.scalars(query).all()

    # --- a customer's history (three statements, whatever the number of cases) -------

    def customer_totals(self, customer_id: int, window_start: dt.datetime) -> Row[Any] | None:
        """Service refusal, reports, harassment reports, first/last occurrence, reports in the window.

        None when there is no such customer.
        """
        params = {"customer_id": customer_id, "window_start": window_start}
        return self.session.execute(_CUSTOMER_TOTALS, params).one_or_none()

    def customer_breakdown(self, customer_id: int) -> tuple[list[tuple[str, int]], list[tuple[Outcome, int]]]:
        """Category counts over a customer's harassment reports, and outcome counts, in one query."""
        by_category: list[tuple[str, int]] = []
        by_outcome: list[tuple[Outcome, int]] = []
        for dimension, value, count in self.session.execute(_CUSTOMER_BREAKDOWN, {"customer_id": customer_id}):
            if dimension == "category":
                by_category.append((value, count))
            else:
                by_outcome.append((Outcome(value), count))
        return by_category, by_outcome

    def customer_recent(self, customer_id: int, limit: int) -> list[tuple[Row[Any], tuple[str, ...]]]:
        """A customer's latest cases (summary columns) with their ranked categories, newest first."""
        cases: dict[int, tuple[Row[Any], list[str]]] = {}
        for row in self.session.execute(_CUSTOMER_RECENT, {"customer_id": customer_id, "limit": limit}):
            entry = cases.setdefault(row.id, (row, []))
            if row.category is not None:
                entry[1].append(row.category)
        return [(row, tuple(categories)) for row, categories in cases.values()]

    def categories_for(self, case_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
        """Ranked categories of the given cases."""
        ids = list(case_ids)
        if not ids:
            return {}
        result: dict[int, list[str]] = {}
        for start in range(0, len(ids), 1000):
            query = (
                select(CaseCategory.case_id, CaseCategory.category)
                .where(CaseCategory.case_id.in_(ids[start : start + 1000]))
                .order_by(CaseCategory.case_id, CaseCategory.rank)
            )
            for case_id, category in self.session.execute(query):
                result.setdefault(case_id, []).append(category)
        return {case_id: tuple(categories) for case_id, categories in result.items()}

    # --- digest --------------------------------------------------------------------

    def created_between(self, start: dt.datetime, end: dt.datetime) -> Sequence[Row[Any]]:
        """Counting columns of the cases created in [start, end)."""
        query = select(*_COUNTED_COLUMNS).where(Case.created_at >= start, Case.created_at < end)
        return self.session.execute(query).all()

    def category_counts_between(self, start: dt.datetime, end: dt.datetime) -> list[tuple[str, int]]:
        """Categories of the cases created in [start, end), counted."""
        in_range = and_(Case.created_at >= start, Case.created_at < end)
        ids = self._id_range(in_range)
        if ids is None:
            return []
        query = (
            select(CaseCategory.category, func.count())
            .join(Case, Case.id == CaseCategory.case_id)
            .where(in_range, CaseCategory.case_id.between(*ids))
            .group_by(CaseCategory.category)
        )
        return [(category, count) for category, count in self.session.execute(query)]

    def categories_created_between(self, start: dt.datetime, end: dt.datetime) -> dict[int, tuple[str, ...]]:
        """Ranked categories of the cases created in [start, end), in one query."""
        in_range = and_(Case.created_at >= start, Case.created_at < end)
        ids = self._id_range(in_range)
        if ids is None:
            return {}
        query = (
            select(CaseCategory.case_id, CaseCategory.category)
            .join(Case, Case.id == CaseCategory.case_id)
            .where(in_range, CaseCategory.case_id.between(*ids))
            .order_by(CaseCategory.case_id, CaseCategory.rank)
        )
        result: dict[int, list[str]] = {}
        for case_id, category in self.session.execute(query):
            result.setdefault(case_id, []).append(category)
        return {case_id: tuple(categories) for case_id, categories in result.items()}

    def _id_range(self, condition: ColumnElement[bool]) -> tuple[int, int] | None:
        """The lowest and highest id of the cases meeting `condition`, or None when there are none.

        Case ids grow with time, so a time range of cases is a narrow id range: bounding
        case_categories by it lets the database read a slice of its primary key instead of all
        of it (only a narrowing; the join still decides). count() keeps the planner on the
        condition's index rather than walking the primary key for min and max.
        """
        first, last, count = self.session.execute(
            select(func.min(Case.id), func.max(Case.id), func.count()).where(condition)
        ).one()
        return (int(first), int(last)) if count else None

    def repeat_offender_count(
        self, start: dt.datetime, end: dt.datetime, window_start: dt.datetime, threshold: int
    ) -> int:
        """Customers reported in [start, end) with at least `threshold` reports in [window_start, end)."""
        offenders = _repeat_offenders_query(start, end, window_start, threshold)
        return self.session.scalar(select(func.count()).select_from(offenders.subquery())) or 0

    # --- the HR digest (bot.digest does the arithmetic) ---------------------------------

    def digest_rows_created_between(self, start: dt.datetime, end: dt.datetime) -> Sequence[Row[Any]]:
        """The digest's columns (no report text, no customer detail) of cases created in [start, end)."""
        query = select(*_DIGEST_COLUMNS).where(Case.created_at >= start, Case.created_at < end)
        return self.session.execute(query).all()

    def count_created_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """How many cases were created in [start, end)."""
        return int(self.session.scalar(select(func.count()).where(Case.created_at >= start, Case.created_at < end)) or 0)

    def severity_counts_between(self, start: dt.datetime, end: dt.datetime) -> list[tuple[str, int]]:
        """Severities of the cases created in [start, end), counted."""
        query = (
            select(Case.severity, func.count())
            .where(Case.created_at >= start, Case.created_at < end)
            .group_by(Case.severity)
        )
        return [(value_of_enum(severity), int(count)) for severity, count in self.session.execute(query)]

    def acknowledged_between(self, start: dt.datetime, end: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
        """(escalated, acknowledged) of the cases acknowledged in [start, end)."""
        query = select(Case.escalated_at, Case.acknowledged_at).where(Case.acknowledged_at >= start, Case.acknowledged_at < end)
        return [(escalated, acknowledged) for escalated, acknowledged in self.session.execute(query)]

    def resolved_between(self, start: dt.datetime, end: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
        """(reported, resolved) of the cases resolved in [start, end)."""
        query = select(Case.created_at, Case.resolved_at).where(Case.resolved_at >= start, Case.resolved_at < end)
        return [(created, resolved) for created, resolved in self.session.execute(query)]

    def open_count_at(self, moment: dt.datetime) -> int:
        """Cases escalated before `moment` and not resolved by then.

        Two range scans of ix_cases_resolved_escalated (never resolved; resolved later), not one
        scan of every case ever escalated.
        """
        before = Case.escalated_at < moment
        never = select(func.count()).where(Case.resolved_at.is_(None), before).scalar_subquery()
        later = select(func.count()).where(Case.resolved_at >= moment, before).scalar_subquery()
        return int(self.session.scalar(select(never + later)) or 0)

    def unacknowledged_rows_at(self, moment: dt.datetime) -> Sequence[Row[Any]]:
        """The digest's columns of cases open and not acknowledged at `moment`.

        Three range scans of ix_cases_acknowledged_resolved_escalated: neither acknowledged nor
        resolved; resolved only later; acknowledged only later.
        """
        before = Case.escalated_at < moment
        unresolved_then = or_(Case.resolved_at.is_(None), Case.resolved_at >= moment)
        query = union_all(
            select(*_DIGEST_COLUMNS).where(Case.acknowledged_at.is_(None), Case.resolved_at.is_(None), before),
            select(*_DIGEST_COLUMNS).where(Case.acknowledged_at.is_(None), Case.resolved_at >= moment, before),
            select(*_DIGEST_COLUMNS).where(Case.acknowledged_at >= moment, unresolved_then, before),
        )
        return self.session.execute(query).all()

    def repeat_offenders(self, start: dt.datetime, end: dt.datetime, window_start: dt.datetime, threshold: int) -> list[tuple[int, int]]:
        """(customer id, harassment reports in [window_start, end)) of customers reported in [start, end) over the threshold."""
        query = _repeat_offenders_query(start, end, window_start, threshold)
        return [(int(customer_id), int(count)) for customer_id, count in self.session.execute(query)]

    def category_week_counts(self, bounds: Sequence[tuple[dt.datetime, dt.datetime]]) -> list[tuple[int, str, int]]:
        """(week index, category, cases) for consecutive weeks given as [start, end) bounds, in one query."""
        if not bounds:
            return []
        in_range = and_(Case.created_at >= bounds[0][0], Case.created_at < bounds[-1][1])
        ids = self._id_range(in_range)
        if ids is None:
            return []
        week = case(*((Case.created_at < end, index) for index, (_, end) in enumerate(bounds)), else_=-1)
        query = (
            select(week.label("week"), CaseCategory.category, func.count())
            .join(Case, Case.id == CaseCategory.case_id)
            .where(in_range, CaseCategory.case_id.between(*ids))
            .group_by(week, CaseCategory.category)
        )
        return [(int(index), category, int(count)) for index, category, count in self.session.execute(query)]

    # --- care check-ins -------------------------------------------------------------

    def resolved_without_checkin(self, since: dt.datetime, until: dt.datetime) -> Sequence[Row[Any]]:
        """(id, ref, reporter, resolved_at) of cases now resolved, resolved in [since, until), with no check-in yet."""
        query = (
            select(Case.id, Case.ref, Case.reporter_user_id, Case.resolved_at)
            .where(
                Case.status == CaseStatus.RESOLVED,
                Case.resolved_at >= since,
                Case.resolved_at < until,
                ~exists().where(CareCheckin.case_id == Case.id),
            )
            .order_by(Case.resolved_at, Case.id)
        )
        return self.session.execute(query).all()

    # --- retention -----------------------------------------------------------------

    def created_before(self, cutoff: dt.datetime, limit: int) -> Sequence[Row[Any]]:
        """Counting columns of up to `limit` closed cases created before `cutoff`, oldest first, locked.

        A case a manager is still working on is never deleted, however old. The rows stay locked
        until the transaction ends (PostgreSQL), so a concurrent purge waits and then skips them.
        """
        query = (
            select(*_COUNTED_COLUMNS)
            .where(Case.created_at < cutoff, Case.status.not_in(OPEN_STATUSES))
            .order_by(Case.id)
            .limit(limit)
            .with_for_update(of=Case)
        )
        return self.session.execute(query).all()

    def delete_counted(self, case_ids: Sequence[int]) -> Sequence[Row[Any]]:
        """Delete cases and return the counting columns of those this statement itself deleted.

        Counting what DELETE ... RETURNING gives back, not what was selected, means a case another
        purge deleted first is never counted twice.
        """
        if not case_ids:
            return []
        statement = (
            delete(Case)
            .where(Case.id.in_(case_ids))
            .returning(*_COUNTED_COLUMNS)
            .execution_options(synchronize_session=False)
        )
        return self.session.execute(statement).all()

    def delete(self, case_ids: Sequence[int]) -> int:
        """Delete cases; their categories, managers and events go with them (ON DELETE CASCADE)."""
        if not case_ids:
            return 0
        result = self.session.execute(
            delete(Case).where(Case.id.in_(case_ids)).execution_options(synchronize_session=False)
        )
        return _rowcount(result)

    def clear_customer_labels(self, cutoff: dt.datetime, now: dt.datetime) -> int:
        """Remove the raw customer label (and raw identifiers) from cases created before `cutoff`."""
        old_cases = select(Case.id).where(Case.created_at < cutoff)
        self.session.execute(
            update(CaseIdentifier)
            .where(CaseIdentifier.case_id.in_(old_cases), CaseIdentifier.raw.is_not(None))
            .values(raw=None)
            .execution_options(synchronize_session=False)
        )
        result = self.session.execute(
            update(Case)
            .where(Case.created_at < cutoff, Case.customer_label.is_not(None))
            .values(customer_label=None, details_purged_at=now)
            .execution_options(synchronize_session=False)
        )
        return _rowcount(result)


class CustomerRepository:
    """Queries on customers and their hashed identifiers."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, customer_id: int) -> Customer | None:
        return self.session.get(Customer, customer_id)

    def match(self, keys: Iterable[IdentifierKey]) -> dict[IdentifierKey, int]:
        """The customer id each known (kind, digest) belongs to."""
        wanted = sorted({(IdentifierKind(kind), digest) for kind, digest in keys})
        if not wanted:
            return {}
        query = select(CustomerIdentifier.kind, CustomerIdentifier.digest, CustomerIdentifier.customer_id).where(
            tuple_(CustomerIdentifier.kind, CustomerIdentifier.digest).in_(wanted)
        )
        return {(kind, digest): customer_id for kind, digest, customer_id in self.session.execute(query)}

    def customer_for(self, kind: IdentifierKind, digest: str) -> int | None:
        """The customer id of one identifier, if known."""
        return self.session.scalar(_CUSTOMER_FOR, {"kind": kind, "digest": digest})

    def create(self, now: dt.datetime) -> Customer:
        """A new customer record, with its id assigned."""
        customer = Customer(created_at=now, updated_at=now)
        self.session.add(customer)
        self.session.flush()
        return customer

    def add_identifiers(self, customer_id: int, keys: Iterable[IdentifierKey], now: dt.datetime) -> None:
        """Attach identifiers, in a fixed order so concurrent writers lock them in the same order."""
        for kind, digest in sorted(set(keys)):
            self.session.add(CustomerIdentifier(customer_id=customer_id, kind=kind, digest=digest, created_at=now))
        self.session.flush()

    def merge(self, survivor_id: int, other_ids: Sequence[int], now: dt.datetime) -> None:
        """Fold other customers into the survivor: identifiers, cases, earliest service refusal."""
        if not other_ids:
            return
        survivor = self.session.get(Customer, survivor_id, with_for_update=True)
        assert survivor is not None
        refused = self.session.scalar(
            select(func.min(Customer.service_refused_at)).where(Customer.id.in_([survivor_id, *other_ids]))
        )
        self.session.execute(
            update(CustomerIdentifier)
            .where(CustomerIdentifier.customer_id.in_(other_ids))
            .values(customer_id=survivor_id)
            .execution_options(synchronize_session=False)
        )
        self.session.execute(
            update(Case)
            .where(Case.customer_id.in_(other_ids))
            .values(customer_id=survivor_id)
            .execution_options(synchronize_session=False)
        )
        self.session.execute(
            delete(Customer).where(Customer.id.in_(other_ids)).execution_options(synchronize_session=False)
        )
        survivor.service_refused_at = refused
        survivor.updated_at = now
        self.session.flush()
        self.session.expire_all()  # bulk updates bypassed the identity map

    def service_refused_at(self, customer_id: int) -> dt.datetime | None:
        """When service to the customer was refused, or None."""
        customer = self.session.get(Customer, customer_id)
        return customer.service_refused_at if customer is not None else None

    def mark_service_refused(self, customer_id: int, now: dt.datetime) -> bool:
        """Record that service was refused; False if it already was."""
        customer = self.session.get(Customer, customer_id, with_for_update=True)
        if customer is None or customer.service_refused_at is not None:
            return False
        customer.service_refused_at = now
        customer.updated_at = now
        self.session.flush()
        return True

    # --- identifiers as given on cases ------------------------------------------------

    def case_identifiers(self, case_id: int) -> Sequence[CaseIdentifier]:
        """The identifiers given on one case, in a stable order."""
        query = select(CaseIdentifier).where(CaseIdentifier.case_id == case_id).order_by(CaseIdentifier.id)
        return self.session.scalars(query).all()

    def set_case_identifiers(
        self, case_id: int, given: Sequence[tuple[IdentifierKind, str, str | None]], now: dt.datetime
    ) -> None:
        """Make the case's identifiers exactly `given` ((kind, digest, raw) each): removed ones go, raw values refresh."""
        current = {(ci.kind, ci.digest): ci for ci in self.case_identifiers(case_id)}
        wanted = {(IdentifierKind(kind), digest): raw for kind, digest, raw in given}
        for key, row in current.items():
            if key not in wanted:
                self.session.delete(row)
            elif wanted[key] is not None:
                row.raw = wanted[key]
        for (kind, digest), raw in sorted(wanted.items(), key=lambda item: item[0]):
            if (kind, digest) not in current:
                self.session.add(CaseIdentifier(case_id=case_id, kind=kind, digest=digest, raw=raw, created_at=now))
        self.session.flush()

    def cases_with(self, kind: IdentifierKind, digest: str) -> list[tuple[int, int | None]]:
        """(case id, customer id) of every case on which this identifier was given."""
        query = (
            select(Case.id, Case.customer_id)
            .join(CaseIdentifier, CaseIdentifier.case_id == Case.id)
            .where(CaseIdentifier.kind == kind, CaseIdentifier.digest == digest)
            .order_by(Case.id)
        )
        return [(case_id, customer_id) for case_id, customer_id in self.session.execute(query)]

    def given_on_other_cases(self, customer_id: int, case_id: int, keys: Iterable[IdentifierKey]) -> set[IdentifierKey]:
        """Which of `keys` were also given on another case of this customer."""
        wanted = sorted(set(keys))
        if not wanted:
            return set()
        query = (
            select(CaseIdentifier.kind, CaseIdentifier.digest)
            .join(Case, Case.id == CaseIdentifier.case_id)
            .where(
                Case.customer_id == customer_id,
                Case.id != case_id,
                tuple_(CaseIdentifier.kind, CaseIdentifier.digest).in_(wanted),
            )
        )
        return {(kind, digest) for kind, digest in self.session.execute(query)}

    def remove_identifiers(self, customer_id: int, keys: Iterable[IdentifierKey]) -> int:
        """Take identifiers off a customer (a correction or an unlink)."""
        wanted = sorted(set(keys))
        if not wanted:
            return 0
        result = self.session.execute(
            delete(CustomerIdentifier)
            .where(
                CustomerIdentifier.customer_id == customer_id,
                tuple_(CustomerIdentifier.kind, CustomerIdentifier.digest).in_(wanted),
            )
            .execution_options(synchronize_session=False)
        )
        return _rowcount(result)

    def identifiers_of(self, customer_id: int) -> Sequence[CustomerIdentifier]:
        """A customer's hashed identifiers."""
        query = select(CustomerIdentifier).where(CustomerIdentifier.customer_id == customer_id).order_by(CustomerIdentifier.id)
        return self.session.scalars(query).all()

    def cases_of(self, customer_id: int) -> Sequence[Case]:
        """A customer's cases, oldest first."""
        query = select(Case).where(Case.customer_id == customer_id).order_by(Case.occurred_at, Case.id)
        return self.session.scalars(query).all()

    def case_count(self, customer_id: int) -> int:
        """How many cases are linked to the customer."""
        return int(self.session.scalar(select(func.count()).where(Case.customer_id == customer_id)) or 0)

    def link_cases(self, case_ids: Sequence[int], customer_id: int | None) -> None:
        """Point cases at a customer (or at none)."""
        if case_ids:
            self.session.execute(
                update(Case)
                .where(Case.id.in_(list(case_ids)))
                .values(customer_id=customer_id)
                .execution_options(synchronize_session=False)
            )
            self.session.expire_all()

    def delete(self, customer_id: int) -> None:
        """Delete one customer record (its identifiers go by cascade); its cases must be unlinked first."""
        self.session.execute(
            delete(CustomerIdentifier)
            .where(CustomerIdentifier.customer_id == customer_id)
            .execution_options(synchronize_session=False)
        )
        self.session.execute(
            delete(Customer).where(Customer.id == customer_id).execution_options(synchronize_session=False)
        )
        self.session.expire_all()

    def all_identifiers(self) -> Sequence[CustomerIdentifier]:
        """Every customer identifier (for a key rotation)."""
        return self.session.scalars(select(CustomerIdentifier).order_by(CustomerIdentifier.id)).all()

    def all_case_identifiers(self) -> Sequence[CaseIdentifier]:
        """Every identifier given on a case (for a key rotation)."""
        return self.session.scalars(select(CaseIdentifier).order_by(CaseIdentifier.id)).all()

    def delete_without_cases(self) -> int:
        """Delete customers no case refers to any more (their identifiers go by cascade)."""
        has_case = exists().where(Case.customer_id == Customer.id)
        result = self.session.execute(delete(Customer).where(~has_case).execution_options(synchronize_session=False))
        return _rowcount(result)


class OutboxRepository:
    """The outbox: Slack side effects owed for cases, claimed by workers with a lease."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def for_case(self, case_id: int, *, for_update: bool = False) -> Sequence[OutboxStep]:
        """A case's steps in the order they run."""
        query = select(OutboxStep).where(OutboxStep.case_id == case_id).order_by(OutboxStep.seq, OutboxStep.id)
        if for_update:
            query = query.with_for_update()
        return self.session.scalars(query).all()

    def add_all(self, steps: Sequence[OutboxStep]) -> None:
        """Insert steps (one round trip where the driver allows)."""
        self.session.add_all(steps)
        self.session.flush()

    def delete(self, steps: Sequence[OutboxStep]) -> None:
        """Remove steps no longer owed (an escalation withdrawn)."""
        for step in steps:
            self.session.delete(step)
        self.session.flush()

    def get(self, step_id: int, *, for_update: bool = False) -> OutboxStep | None:
        query = select(OutboxStep).where(OutboxStep.id == step_id)
        if for_update:
            query = query.with_for_update()
        return self.session.scalars(query).one_or_none()

    def claimable(
        self, now: dt.datetime, limit: int, *, case_id: int | None = None, due_for: Sequence[str] = ()
    ) -> Sequence[OutboxStep]:
        """Pending steps that are due (or of a kind in `due_for`), not leased, and not waiting on an earlier step.

        Locked FOR UPDATE SKIP LOCKED on PostgreSQL, so concurrent workers take different rows
        without waiting; SQLite admits one writer at a time anyway.
        """
        earlier = OutboxStep.__table__.alias("earlier")
        blocked = (
            exists()
            .where(earlier.c.case_id == OutboxStep.case_id, earlier.c.seq < OutboxStep.seq, earlier.c.seq > 0)
            .where(earlier.c.state != StepState.DONE.value)
        )
        due = OutboxStep.due_at <= now
        if due_for:
            due = or_(due, OutboxStep.kind.in_(list(due_for)))
        query = (
            select(OutboxStep)
            .where(
                OutboxStep.state == StepState.PENDING,
                due,
                or_(OutboxStep.lease_until.is_(None), OutboxStep.lease_until < now),
                ~blocked,
            )
            .order_by(OutboxStep.due_at, OutboxStep.id)
            .limit(limit)
        )
        if case_id is not None:
            query = query.where(OutboxStep.case_id == case_id)
        if self.session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True, of=OutboxStep)
        return self.session.scalars(query).all()

    def backlog(self, now: dt.datetime) -> dict[str, int]:
        """Counts of steps pending (due now or later) and failed."""
        query = select(OutboxStep.state, func.count()).where(OutboxStep.state != StepState.DONE).group_by(OutboxStep.state)
        return {StepState(state).value: count for state, count in self.session.execute(query)}

    def unfinished_case_ids(self, *, due_before: dt.datetime | None = None) -> list[int]:
        """Cases with a step not done (failed, or pending since before `due_before`), oldest first."""
        query = select(OutboxStep.case_id).where(OutboxStep.state != StepState.DONE, OutboxStep.seq > 0)
        if due_before is not None:
            query = query.where(or_(OutboxStep.state == StepState.FAILED, OutboxStep.due_at < due_before))
        return sorted(set(self.session.scalars(query)))


class DeliveryRepository:
    """Keys of Slack requests already taken in, with a time to live."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def take(self, key: str, kind: str, now: dt.datetime, expires_at: dt.datetime) -> bool:
        """Remember a key; False when it is already there and not expired (one INSERT in the usual case)."""
        values = {"key": key, "kind": kind, "seen_at": now, "expires_at": expires_at}
        try:
            with self.session.begin_nested():
                self.session.execute(insert(Delivery).values(**values))
            return True
        except IntegrityError:
            pass
        replaced = self.session.execute(
            update(Delivery).where(Delivery.key == key, Delivery.expires_at <= now).values(**values)
        )
        return _rowcount(replaced) == 1

    def forget_expired(self, now: dt.datetime) -> int:
        result = self.session.execute(
            delete(Delivery).where(Delivery.expires_at <= now).execution_options(synchronize_session=False)
        )
        return _rowcount(result)


class AuditRepository:
    """The append-only audit log: entries are added and read, never changed."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def append(
        self,
        *,
        actor: str,
        action: str,
        target_type: str,
        target_id: int | str | None,
        surface: Surface,
        at: dt.datetime,
        detail: Mapping[str, Any] | None = None,
    ) -> None:
        """Add one entry (written at once, not at the next flush)."""
        self.session.execute(
            _AUDIT_INSERT,
            {
                "at": at,
                "actor": actor,
                "action": action,
                "target_type": target_type,
                "target_id": None if target_id is None else str(target_id),
                "surface": surface,
                "detail": dict(detail or {}),
            },
        )

    def for_target(self, target_type: str, target_id: int | str, limit: int) -> Sequence[AuditEntry]:
        """Entries about one case or customer, oldest first."""
        query = (
            select(AuditEntry)
            .where(AuditEntry.target_type == target_type, AuditEntry.target_id == str(target_id))
            .order_by(AuditEntry.id)
            .limit(limit)
        )
        return self.session.scalars(query).all()

    def recent(self, limit: int) -> Sequence[AuditEntry]:
        """The latest entries, newest first."""
        return self.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).all()


class CareCheckinRepository:
    """Check-ins with reporters after a case is resolved: claimed, sent, answered."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def claim(self, case_id: int, reporter_user_id: str, due_at: dt.datetime, now: dt.datetime) -> int | None:
        """Insert the case's check-in row and return its id; None if another process already claimed it."""
        row = CareCheckin(case_id=case_id, reporter_user_id=reporter_user_id, due_at=due_at, claimed_at=now)
        try:
            with self.session.begin_nested():
                self.session.add(row)
        except IntegrityError:
            return None
        return row.id

    def mark_sent(self, checkin_id: int, channel_id: str, message_ts: str, now: dt.datetime) -> None:
        """Where the check-in was posted, so its buttons can find it."""
        self.session.execute(
            update(CareCheckin)
            .where(CareCheckin.id == checkin_id)
            .values(sent_at=now, channel_id=channel_id, message_ts=message_ts)
            .execution_options(synchronize_session=False)
        )

    def counts_sent_between(self, start: dt.datetime, end: dt.datetime) -> dict[str, int]:
        """Check-ins sent in [start, end) by answer ("" for none yet): counts only, for the digest."""
        query = (
            select(CareCheckin.answer, func.count())
            .where(CareCheckin.sent_at >= start, CareCheckin.sent_at < end)
            .group_by(CareCheckin.answer)
        )
        return {answer or "": int(count) for answer, count in self.session.execute(query)}

    def for_case(self, case_id: int, *, for_update: bool = False) -> CareCheckin | None:
        query = select(CareCheckin).where(CareCheckin.case_id == case_id)
        if for_update:
            query = query.with_for_update()
        return self.session.scalars(query).one_or_none()


class DigestAggregateRepository:
    """Anonymous daily counts kept after cases are purged."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, counts: Mapping[tuple[dt.date, str, str], int]) -> int:
        """Add counts to the (day, dimension, value) rows, creating missing ones; rows touched."""
        if not counts:
            return 0
        days = sorted({day for day, _, _ in counts})
        existing = {
            (row.day, row.dimension, row.value): row
            for row in self.session.scalars(
                select(DigestAggregate).where(DigestAggregate.day.in_(days)).with_for_update()
            )
        }
        for key, count in counts.items():
            row = existing.get(key)
            if row is None:
                day, dimension, value = key
                self.session.add(DigestAggregate(day=day, dimension=dimension, value=value, count=count))
            else:
                row.count += count
        self.session.flush()
        return len(counts)

    def totals(self, first_day: dt.date, end_day: dt.date) -> list[tuple[str, str, int]]:
        """(dimension, value, count) summed over days in [first_day, end_day)."""
        query = (
            select(DigestAggregate.dimension, DigestAggregate.value, func.sum(DigestAggregate.count))
            .where(DigestAggregate.day >= first_day, DigestAggregate.day < end_day)
            .group_by(DigestAggregate.dimension, DigestAggregate.value)
        )
        return [(dimension, value, int(count)) for dimension, value, count in self.session.execute(query)]


# --- statements on the hot path -----------------------------------------------------------
# Built once: constructing a statement costs several times more than PostgreSQL takes to run
# these index lookups, and a repeat-offender lookup must stay within a few milliseconds.

_CUSTOMER_FOR = select(CustomerIdentifier.customer_id).where(
    CustomerIdentifier.kind == bindparam("kind"), CustomerIdentifier.digest == bindparam("digest")
)


def _customer_totals_statement() -> Select[Any]:
    harassment = counts_as_harassment()
    in_window = and_(harassment, Case.occurred_at >= bindparam("window_start"))
    return (
        select(
            Customer.service_refused_at,
            func.count(Case.id).label("reports"),
            func.coalesce(func.sum(case((harassment, 1), else_=0)), 0).label("harassment"),
            func.min(Case.occurred_at).label("first"),
            func.max(Case.occurred_at).label("last"),
            func.coalesce(func.sum(case((in_window, 1), else_=0)), 0).label("in_window"),
        )
        .select_from(Customer)
        .outerjoin(Case, Case.customer_id == Customer.id)
        .where(Customer.id == bindparam("customer_id"))
        .group_by(Customer.id, Customer.service_refused_at)
    )


def _customer_breakdown_statement() -> CompoundSelect[Any]:
    customer_id: BindParameter[int] = bindparam("customer_id", type_=Integer)
    categories = (
        select(literal("category").label("dimension"), CaseCategory.category.label("value"), func.count().label("n"))
        .join(Case, Case.id == CaseCategory.case_id)
        .where(Case.customer_id == customer_id, counts_as_harassment())
        .group_by(CaseCategory.category)
    )
    outcomes = (
        select(literal("outcome"), cast(Case.outcome, String), func.count())
        .where(Case.customer_id == customer_id, Case.outcome.is_not(None))
        .group_by(Case.outcome)
    )
    return union_all(categories, outcomes)


def _customer_recent_statement() -> Select[Any]:
    recent = (
        select(
            Case.id,
            Case.ref,
            Case.created_at,
            Case.occurred_at,
            Case.harassment,
            Case.severity,
            Case.status,
            Case.outcome,
        )
        .where(Case.customer_id == bindparam("customer_id"))
        .order_by(Case.occurred_at.desc(), Case.id.desc())
        .limit(bindparam("limit", type_=Integer))
        .subquery()
    )
    return (
        select(recent, CaseCategory.category)
        .outerjoin(CaseCategory, CaseCategory.case_id == recent.c.id)
        .order_by(recent.c.occurred_at.desc(), recent.c.id.desc(), CaseCategory.rank)
    )


_AUDIT_INSERT = insert(typing.cast(Table, AuditEntry.__table__))  # core insert: many rows in one statement
_CUSTOMER_TOTALS = _customer_totals_statement()
_CUSTOMER_BREAKDOWN = _customer_breakdown_statement()
_CUSTOMER_RECENT = _customer_recent_statement()


def _rowcount(result: Result[Any]) -> int:
    """Rows a DELETE or UPDATE touched (its result is a CursorResult, which has the count)."""
    return int(getattr(result, "rowcount", 0) or 0)


def _repeat_offenders_query(
    start: dt.datetime, end: dt.datetime, window_start: dt.datetime, threshold: int
) -> Select[tuple[int | None, int]]:
    """(customer id, harassment reports in [window_start, end)) of customers reported in [start, end) with at least `threshold`."""
    reported = select(Case.customer_id).where(Case.created_at >= start, Case.created_at < end, Case.customer_id.is_not(None)).distinct()
    return (
        select(Case.customer_id, func.count())
        .where(
            Case.customer_id.in_(reported),
            Case.occurred_at >= window_start,
            Case.occurred_at < end,
            counts_as_harassment(),
        )
        .group_by(Case.customer_id)
        .having(func.count() >= threshold)
    )
