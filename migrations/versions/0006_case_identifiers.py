"""Identifiers as given on each case; names no longer identify a customer record.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

`case_identifiers` keeps, per case, the keyed hash of each identifier the reporter or a
manager gave (and the raw value until CUSTOMER_DETAIL_RETENTION_DAYS). Name hashes move
here from `customer_identifiers`: a name shared by two customers must never join their
records. Each existing name hash is copied onto every case of the customer that held it
(raw value unknown), then removed from the customer.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

IDENTIFIER_KINDS = ("customer_number", "email", "phone", "name", "social_handle")


def upgrade() -> None:
    allowed = ", ".join(f"'{v}'" for v in IDENTIFIER_KINDS)
    op.create_table(
        "case_identifiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("raw", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"kind IN ({allowed})", name=op.f("ck_case_identifiers_identifier_kind")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_identifiers_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_identifiers")),
        sa.UniqueConstraint("case_id", "kind", "digest", name=op.f("uq_case_identifiers_case_id_kind_digest")),
    )
    op.create_index(op.f("ix_case_identifiers_case_id"), "case_identifiers", ["case_id"], unique=False)
    op.create_index("ix_case_identifiers_kind_digest", "case_identifiers", ["kind", "digest"], unique=False)
    op.execute(
        "INSERT INTO case_identifiers (case_id, kind, digest, raw, created_at) "
        "SELECT cases.id, customer_identifiers.kind, customer_identifiers.digest, NULL, customer_identifiers.created_at "
        "FROM customer_identifiers JOIN cases ON cases.customer_id = customer_identifiers.customer_id "
        "WHERE customer_identifiers.kind = 'name'"
    )
    op.execute("DELETE FROM customer_identifiers WHERE kind = 'name'")


def downgrade() -> None:
    # Name hashes are not put back on customers: that would join namesakes again.
    op.drop_index("ix_case_identifiers_kind_digest", table_name="case_identifiers")
    op.drop_index(op.f("ix_case_identifiers_case_id"), table_name="case_identifiers")
    op.drop_table("case_identifiers")
