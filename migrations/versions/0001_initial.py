"""Initial schema: cases, customers and hashed identifiers, audit log, digest aggregates.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Enum columns are strings with named CHECK constraints (values frozen here, as a migration
must be). The audit log gets triggers that refuse UPDATE and DELETE.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SURFACES = ("slash_command", "shortcut", "button", "modal", "app_home", "scheduler", "cli")
SOURCES = ("slash_command", "message_shortcut", "modal")
CONTACT_CHANNELS = ("phone", "in_person", "email", "chat", "social_media", "other")
SEVERITIES = ("none", "low", "medium", "high", "critical")
STATUSES = ("reported", "logged_only", "escalated", "acknowledged", "in_progress", "resolved")
OUTCOMES = (
    "resolved_with_customer",
    "service_refused",
    "referred_police",
    "referred_legal",
    "no_further_action",
    "not_harassment",
)
IDENTIFIER_KINDS = ("customer_number", "email", "phone", "name", "social_handle")

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _utc() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def _choice(table: str, column: str, name: str, values: Sequence[str]) -> sa.CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values)
    return sa.CheckConstraint(f"{column} IN ({allowed})", name=op.f(f"ck_{table}_{name}"))


def upgrade() -> None:
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.Column("service_refused_at", _utc(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    op.create_table(
        "customer_identifiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        _choice("customer_identifiers", "kind", "identifier_kind", IDENTIFIER_KINDS),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_identifiers_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_identifiers")),
        sa.UniqueConstraint("kind", "digest", name=op.f("uq_customer_identifiers_kind_digest")),
    )
    op.create_index(op.f("ix_customer_identifiers_customer_id"), "customer_identifiers", ["customer_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=20), nullable=False),
        sa.Column("ref_day", sa.Date(), nullable=False),
        sa.Column("ref_seq", sa.Integer(), nullable=False),
        sa.Column("reporter_user_id", sa.String(length=32), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("permalink", sa.String(length=500), nullable=True),
        sa.Column("contact_channel", sa.String(length=24), nullable=False),
        sa.Column("occurred_at", _utc(), nullable=False),
        sa.Column("happening_now", sa.Boolean(), nullable=False),
        sa.Column("harassment", sa.Boolean(), nullable=False),
        sa.Column("severity", sa.String(length=24), nullable=False),
        sa.Column("primary_category", sa.String(length=40), nullable=True),
        sa.Column("policy_id", sa.String(length=80), nullable=False),
        sa.Column("policy_version", sa.String(length=40), nullable=False),
        sa.Column("clauses", sa.JSON(), nullable=False),
        sa.Column("triage", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("escalation_channel_id", sa.String(length=32), nullable=True),
        sa.Column("handler_user_id", sa.String(length=32), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("customer_label", sa.String(length=300), nullable=True),
        sa.Column("details_purged_at", _utc(), nullable=True),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("updated_at", _utc(), nullable=False),
        sa.Column("escalated_at", _utc(), nullable=True),
        sa.Column("acknowledged_at", _utc(), nullable=True),
        sa.Column("resolved_at", _utc(), nullable=True),
        _choice("cases", "source", "report_source", SOURCES),
        _choice("cases", "contact_channel", "contact_channel", CONTACT_CHANNELS),
        _choice("cases", "severity", "severity", SEVERITIES),
        _choice("cases", "status", "case_status", STATUSES),
        _choice("cases", "outcome", "outcome", OUTCOMES),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], name=op.f("fk_cases_customer_id_customers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_cases_idempotency_key")),
        sa.UniqueConstraint("ref", name=op.f("uq_cases_ref")),
        sa.UniqueConstraint("ref_day", "ref_seq", name=op.f("uq_cases_ref_day_ref_seq")),
    )
    op.create_index(op.f("ix_cases_created_at"), "cases", ["created_at"], unique=False)
    op.create_index("ix_cases_customer_occurred", "cases", ["customer_id", "occurred_at"], unique=False)
    op.create_index(op.f("ix_cases_escalation_channel_id"), "cases", ["escalation_channel_id"], unique=False)
    op.create_index("ix_cases_reporter_created", "cases", ["reporter_user_id", "created_at"], unique=False)
    op.create_index("ix_cases_status_created", "cases", ["status", "created_at"], unique=False)

    op.create_table(
        "case_categories",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_categories_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "category", name=op.f("pk_case_categories")),
    )
    op.create_table(
        "case_managers",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("added_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_managers_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "user_id", name=op.f("pk_case_managers")),
    )
    op.create_table(
        "case_events",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("actor", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=True),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("surface", sa.String(length=24), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        _choice("case_events", "from_status", "from_status", STATUSES),
        _choice("case_events", "to_status", "to_status", STATUSES),
        _choice("case_events", "surface", "surface", SURFACES),
        _choice("case_events", "outcome", "outcome", OUTCOMES),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    op.create_index(op.f("ix_case_events_case_id"), "case_events", ["case_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("actor", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target_type", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=True),
        sa.Column("surface", sa.String(length=24), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        _choice("audit_log", "surface", "surface", SURFACES),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)
    op.create_index("ix_audit_log_target", "audit_log", ["target_type", "target_id"], unique=False)
    _create_audit_triggers()

    op.create_table(
        "digest_aggregates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("dimension", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_digest_aggregates")),
        sa.UniqueConstraint("day", "dimension", "value", name=op.f("uq_digest_aggregates_day_dimension_value")),
    )


def downgrade() -> None:
    _drop_audit_triggers()
    op.drop_table("digest_aggregates")
    op.drop_index("ix_audit_log_target", table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_at"), table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index(op.f("ix_case_events_case_id"), table_name="case_events")
    op.drop_table("case_events")
    op.drop_table("case_managers")
    op.drop_table("case_categories")
    op.drop_index("ix_cases_status_created", table_name="cases")
    op.drop_index("ix_cases_reporter_created", table_name="cases")
    op.drop_index(op.f("ix_cases_escalation_channel_id"), table_name="cases")
    op.drop_index("ix_cases_customer_occurred", table_name="cases")
    op.drop_index(op.f("ix_cases_created_at"), table_name="cases")
    op.drop_table("cases")
    op.drop_index(op.f("ix_customer_identifiers_customer_id"), table_name="customer_identifiers")
    op.drop_table("customer_identifiers")
    op.drop_table("customers")


def _create_audit_triggers() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            """
            CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
            END
            $$
            """
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )
    else:
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{operation.lower()} BEFORE {operation} ON audit_log "
                f"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: {operation} is not allowed'); END"
            )


def _drop_audit_triggers() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
