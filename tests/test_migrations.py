"""Migrations: a fresh database reaches the newest revision, and it matches the models."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool
from sqlalchemy.schema import CreateTable

from bot.config import Settings
from bot.db.migrate import alembic_config, current_revision, head_revision, upgrade
from bot.db.models import Base
from bot.db.session import make_engine


def test_upgrade_brings_an_empty_database_to_the_newest_revision(db_url: str) -> None:
    assert current_revision(db_url) == head_revision()
    upgrade(db_url)  # a second run has nothing to do
    assert current_revision(db_url) == head_revision()
    engine = make_engine(db_url)
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_models_and_newest_migration_agree(db_url: str) -> None:
    engine = make_engine(db_url, poolclass=NullPool)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_check_constraints_have_the_names_the_models_give_them(db_url: str) -> None:
    """Autogenerate does not compare CHECK constraints, so compare their names here."""
    engine = make_engine(db_url, poolclass=NullPool)
    seen: set[str] = set()
    with engine.connect() as connection:
        inspector = inspect(connection)
        for table in Base.metadata.sorted_tables:
            ddl = str(CreateTable(table).compile(dialect=connection.dialect))
            expected = set(re.findall(r"CONSTRAINT (\w+) CHECK", ddl))
            actual = {c["name"] for c in inspector.get_check_constraints(table.name)}
            assert actual == expected, table.name
            seen |= actual
    engine.dispose()
    assert {"ck_cases_case_status", "ck_audit_log_surface", "ck_customer_identifiers_identifier_kind"} <= seen


def test_downgrade_to_nothing_and_back(db_url: str) -> None:
    engine = make_engine(db_url, foreign_keys=False, poolclass=NullPool)
    with engine.begin() as connection:
        config = alembic_config(db_url)
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    assert current_revision(db_url) is None
    upgrade(db_url)
    assert current_revision(db_url) == head_revision()


def test_default_database_is_a_sqlite_file_in_a_new_data_folder(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "fresh" / "data")
    url = settings.resolved_database_url
    upgrade(url)
    assert (tmp_path / "fresh" / "data" / "kasuhara.db").is_file()
    assert current_revision(url) == head_revision()

    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()


def test_sqlite_enforces_foreign_keys(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fk.db'}"
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as connection, pytest.raises(IntegrityError, match="FOREIGN KEY"):
        connection.exec_driver_sql(
            "INSERT INTO customer_identifiers (customer_id, kind, digest, created_at) "
            "VALUES (42, 'email', 'x', '2026-01-01 00:00:00')"
        )
    engine.dispose()
