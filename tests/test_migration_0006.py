"""Migration 0006 on a database with data: name hashes move from customers onto their cases."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text
from sqlalchemy.pool import NullPool

from bot.db.migrate import alembic_config, current_revision, head_revision
from bot.db.session import make_engine

AT = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def test_name_hashes_leave_customers_and_stay_on_their_cases(db_url: str) -> None:
    engine = make_engine(db_url, foreign_keys=False, poolclass=NullPool)
    with engine.begin() as connection:
        config = alembic_config(db_url)
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO customers (id, created_at, updated_at) VALUES (1, :at, :at)"), {"at": AT})
        for kind, digest in (("name", "n" * 64), ("email", "e" * 64)):
            connection.execute(
                text("INSERT INTO customer_identifiers (customer_id, kind, digest, created_at) VALUES (1, :k, :d, :at)"),
                {"k": kind, "d": digest, "at": AT},
            )
        for case_id in (1, 2):
            connection.execute(
                text(
                    "INSERT INTO cases (id, ref, ref_day, ref_seq, reporter_user_id, team_id, text, source, contact_channel, "
                    "occurred_at, happening_now, harassment, severity, policy_id, policy_version, clauses, triage, status, "
                    "customer_id, created_at, updated_at) VALUES (:id, :ref, :day, :id, 'U1', 'T1', 'x', 'modal', 'phone', "
                    ":at, false, true, 'medium', 'general', 'v', '[]', '{}', 'logged_only', 1, :at, :at)"
                ),
                {"id": case_id, "ref": f"2026-1101-000{case_id}", "day": AT.date(), "at": AT},
            )
    with engine.begin() as connection:
        config = alembic_config(db_url)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert current_revision(db_url) == head_revision()
    with engine.connect() as connection:
        kinds = [row[0] for row in connection.execute(text("SELECT kind FROM customer_identifiers"))]
        moved = connection.execute(text("SELECT case_id, kind, digest, raw FROM case_identifiers ORDER BY case_id")).all()
    engine.dispose()
    assert kinds == ["email"]  # a name no longer identifies the customer record
    assert [tuple(row) for row in moved] == [(1, "name", "n" * 64, None), (2, "name", "n" * 64, None)]
