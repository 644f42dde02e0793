"""Where an incident happened (a store, branch or site, or the reporter's words) is kept on the case.

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE on both databases: no table rebuild, so no cascade can fire on SQLite.
    op.add_column("cases", sa.Column("location", sa.String(200), nullable=True))


def downgrade() -> None:
    op.drop_column("cases", "location")
