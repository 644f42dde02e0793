"""The database's side of the health checks and metrics: plain counts, no personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, inspect, select, text

from bot.db.models import Case, OutboxStep, StepState

# The durable outbox (bot.services.outbox) keeps its rows in this table.
OUTBOX_TABLE = OutboxStep.__tablename__


@dataclass(frozen=True)
class OutboxCounts:
    """Side effects waiting in the outbox, and those that gave up after their retries."""

    backlog: int = 0
    failed: int = 0


def schema_revision(connection: Connection) -> str | None:
    """The Alembic revision the database is at (None when it was never migrated)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def stuck_escalations(connection: Connection, cutoff: dt.datetime) -> int:
    """Cases escalated to a channel before `cutoff` whose case card was never posted."""
    query = (
        select(func.count())
        .select_from(Case)
        .where(Case.escalation_channel_id.is_not(None), Case.card_ts.is_(None), Case.escalated_at < cutoff)
    )
    return int(connection.execute(query).scalar_one())


def outbox_counts(connection: Connection) -> OutboxCounts:
    """The durable outbox's backlog (steps pending) and failures (steps refused or out of retries) for /metrics.

    Zero while no outbox table exists (a database not yet migrated).
    """
    if not inspect(connection).has_table(OUTBOX_TABLE):
        return OutboxCounts()
    query = select(OutboxStep.state, func.count()).group_by(OutboxStep.state)
    counts = {StepState(state): int(n) for state, n in connection.execute(query).all()}
    return OutboxCounts(backlog=counts.get(StepState.PENDING, 0), failed=counts.get(StepState.FAILED, 0))
