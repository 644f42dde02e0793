"""Indexes for the weekly digest, and the care check-in with the reporter after a case is resolved.

Revision ID: 0007
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_cases_resolved_escalated", "cases", ["resolved_at", "escalated_at"])
    op.create_index("ix_cases_acknowledged_resolved_escalated", "cases", ["acknowledged_at", "resolved_at", "escalated_at"])
    op.create_table(
        "care_checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reporter_user_id", sa.String(32), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("channel_id", sa.String(32), nullable=True),
        sa.Column("message_ts", sa.String(32), nullable=True),
        sa.Column("answer", sa.String(20), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_care_checkins_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_checkins")),
        sa.UniqueConstraint("case_id", name=op.f("uq_care_checkins_case_id")),
    )


def downgrade() -> None:
    op.drop_table("care_checkins")
    op.drop_index("ix_cases_acknowledged_resolved_escalated", table_name="cases")
    op.drop_index("ix_cases_resolved_escalated", table_name="cases")
