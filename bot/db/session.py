"""Engines, sessions and the unit of work: one transaction per service operation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from bot.db.reminders import LeaseRepository, ReminderRepository
from bot.db.repositories import (
    AuditRepository,
    CareCheckinRepository,
    CaseRepository,
    CustomerRepository,
    DeliveryRepository,
    DigestAggregateRepository,
    OutboxRepository,
)

SQLITE_BUSY_TIMEOUT_SECONDS = 30
# How long a store on the ack path (the report form) may wait for a lock before it gives up and
# the form says so: Slack closes a form whose ack takes more than 3 seconds.
ACK_PATH_LOCK_TIMEOUT_SECONDS = 1.5


def make_engine(
    url: str, *, foreign_keys: bool = True, lock_timeout_seconds: float | None = None, **kwargs: Any
) -> Engine:
    """An engine for `url`. SQLite: folder created, WAL, foreign keys, one writer at a time.

    `lock_timeout_seconds` bounds how long a statement waits for a lock (default: SQLite's 30 s
    busy timeout; no limit on PostgreSQL). SQL parameters never appear in errors or logs
    (`hide_parameters`): they hold report text and customer details.
    """
    parsed = make_url(url)
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() != "sqlite":
        kwargs.setdefault("pool_pre_ping", True)
        if "poolclass" not in kwargs:
            kwargs.setdefault("pool_size", 10)
            kwargs.setdefault("max_overflow", 10)
        engine = create_engine(url, **kwargs)
        if lock_timeout_seconds is not None:
            milliseconds = int(lock_timeout_seconds * 1000)

            @event.listens_for(engine, "begin")
            def _limit_waits(connection: Any) -> None:
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = {milliseconds}")
                connection.exec_driver_sql(f"SET LOCAL statement_timeout = {milliseconds * 2}")

        return engine

    database = parsed.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    if not in_memory:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("check_same_thread", False)  # pooled connections move between threads
    busy_seconds = SQLITE_BUSY_TIMEOUT_SECONDS if lock_timeout_seconds is None else lock_timeout_seconds
    connect_args.setdefault("timeout", busy_seconds)
    engine = create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            # No fsync per commit: an app crash loses nothing, a power cut may lose the last commits.
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_seconds * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # BEGIN IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout
        # instead of one failing with "database is locked" when it upgrades a read lock.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions whose objects stay readable after commit (services return plain values anyway)."""
    return sessionmaker(engine, expire_on_commit=False)


class UnitOfWork:
    """The repositories of one transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cases = CaseRepository(session)
        self.customers = CustomerRepository(session)
        self.audit = AuditRepository(session)
        self.digests = DigestAggregateRepository(session)
        self.outbox = OutboxRepository(session)
        self.deliveries = DeliveryRepository(session)
        self.reminders = ReminderRepository(session)
        self.leases = LeaseRepository(session)
        self.checkins = CareCheckinRepository(session)

    def flush(self) -> None:
        """Send pending changes now (to get ids, or to hit constraints early)."""
        self.session.flush()


@contextmanager
def unit_of_work(session_factory: sessionmaker[Session]) -> Iterator[UnitOfWork]:
    """One transaction: commit when the block ends normally, roll back when it raises."""
    with session_factory() as session, session.begin():
        yield UnitOfWork(session)
