"""A durable outbox for Slack side effects, and the deliveries every worker has taken in.

Revision ID: 0003
Revises: 0007
Create Date: 2026-12-07

outbox_steps: one row per Slack side effect owed for a case, claimed with a lease by any
worker and retried until done. deliveries: keys of requests already processed, with a time to
live, so a retried or replayed request changes nothing whichever worker it reaches.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STEP_STATES = ("pending", "done", "failed")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    allowed = ", ".join(f"'{v}'" for v in STEP_STATES)
    op.create_table(
        "outbox_steps",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("state", sa.Enum(*STEP_STATES, name="step_state", native_enum=False, length=24), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("due_at", _utc(), nullable=False),
        sa.Column("lease_token", sa.String(32), nullable=True),
        sa.Column("lease_until", _utc(), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.Column("done_at", _utc(), nullable=True),
        sa.CheckConstraint(f"state IN ({allowed})", name=op.f("ck_outbox_steps_step_state")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_outbox_steps_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_steps")),
        sa.UniqueConstraint("case_id", "kind", name=op.f("uq_outbox_steps_case_id_kind")),
    )
    op.create_index("ix_outbox_steps_state_due", "outbox_steps", ["state", "due_at"], unique=False)
    op.create_table(
        "deliveries",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("seen_at", _utc(), nullable=False),
        sa.Column("expires_at", _utc(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_deliveries")),
    )
    op.create_index(op.f("ix_deliveries_expires_at"), "deliveries", ["expires_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_deliveries_expires_at"), table_name="deliveries")
    op.drop_table("deliveries")
    op.drop_index("ix_outbox_steps_state_due", table_name="outbox_steps")
    op.drop_table("outbox_steps")
