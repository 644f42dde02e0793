"""Where a case's card was posted is kept on the case, not found by reading the audit log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07

Existing cards are copied from their latest "case.card_posted" audit entry.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE on both databases: no table rebuild, so no cascade can fire on SQLite.
    op.add_column("cases", sa.Column("card_channel_id", sa.String(32), nullable=True))
    op.add_column("cases", sa.Column("card_ts", sa.String(32), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT target_id, detail FROM audit_log WHERE action = 'case.card_posted' AND target_type = 'case' "
            "ORDER BY id"
        )
    ).fetchall()
    latest: dict[str, tuple[str, str]] = {}
    for target_id, detail in rows:
        data = json.loads(detail) if isinstance(detail, str) else (detail or {})
        if data.get("channel_id") and data.get("ts"):
            latest[str(target_id)] = (str(data["channel_id"]), str(data["ts"]))
    for target_id, (channel_id, ts) in latest.items():
        connection.execute(
            sa.text("UPDATE cases SET card_channel_id = :channel, card_ts = :ts WHERE id = :id"),
            {"channel": channel_id, "ts": ts, "id": int(target_id)},
        )


def downgrade() -> None:
    op.drop_column("cases", "card_ts")
    op.drop_column("cases", "card_channel_id")
