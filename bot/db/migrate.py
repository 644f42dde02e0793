"""Bring a database to the newest Alembic migration; used on start and by `python -m bot db upgrade`."""

from __future__ import annotations

import sys

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.pool import NullPool

from bot.config import PROJECT_ROOT

ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"
MIGRATIONS_DIR = PROJECT_ROOT / "migrations"
# Any constant works; it only has to be the same in every process that migrates.
_PG_MIGRATION_LOCK = 7_406_112_026


class MigrationError(RuntimeError):
    """The database could not be brought to the newest schema."""


def alembic_config(url: str | None = None) -> Config:
    """Alembic's configuration for this project, pointing at `url` when given."""
    config = Config(str(ALEMBIC_INI)) if ALEMBIC_INI.exists() else Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["configure_logging"] = False  # the app owns logging
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The newest migration's revision id."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise MigrationError(f"No migrations found in {MIGRATIONS_DIR}")
    return head


def upgrade(url: str) -> None:
    """Migrate the database at `url` to the newest revision (creating a SQLite file if needed)."""
    from bot.db.session import make_engine

    # SQLite: foreign keys off while migrating, or a batch table copy would cascade deletes.
    engine = make_engine(url, foreign_keys=False, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Two processes starting at once: the second waits, then finds nothing to do.
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
            config = alembic_config(url)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            _check_foreign_keys(connection)
    finally:
        engine.dispose()


def current_revision(url: str) -> str | None:
    """The revision the database at `url` is at, or None for an empty database."""
    from bot.db.session import make_engine

    engine = make_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def require_current_schema(url: str) -> None:
    """Raise SchemaBehindError unless the database at `url` is at the newest migration.

    A worker started with MIGRATE_ON_START=false calls this: migrations run once, as a release
    step (`python -m bot db upgrade`), and a worker never serves on a schema it does not know.
    """
    current, head = current_revision(url), head_revision()
    if current != head:
        raise SchemaBehindError(
            f"the database schema is at revision {current or 'none (empty database)'} but this version needs {head}: "
            "run `python -m bot db upgrade` (the release step) first, or set MIGRATE_ON_START=true"
        )


class SchemaBehindError(MigrationError):
    """The database is not at the newest migration and this process may not migrate it."""


def _check_foreign_keys(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise MigrationError(f"Migration left rows that break foreign keys: {problems[:5]}")


def main(argv: list[str] | None = None) -> int:
    """`python -m bot.db.migrate [upgrade|current]` against the configured database."""
    from bot.config import load_settings

    args = sys.argv[1:] if argv is None else argv
    action = args[0] if args else "upgrade"
    url = load_settings().resolved_database_url
    if action == "upgrade":
        upgrade(url)
        print(f"Database at revision {current_revision(url)} (newest: {head_revision()}).")
        return 0
    if action == "current":
        print(current_revision(url) or "empty (no migrations applied)")
        return 0
    print(f"Unknown action {action!r}; use 'upgrade' or 'current'.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
