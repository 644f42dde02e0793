"""The composition root: settings in, wired services out. Nothing else builds services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from bot.config import ConfigError, Settings, customer_hmac_key
from bot.db.migrate import require_current_schema, upgrade
from bot.db.session import ACK_PATH_LOCK_TIMEOUT_SECONDS, make_engine, make_session_factory
from bot.lease import Lease
from bot.policy.loader import load_bundle
from bot.policy.model import PolicyBundle
from bot.services.audit import AuditLog
from bot.services.care import CareService
from bot.services.cases import CaseService
from bot.services.customers import CustomerService
from bot.services.deliveries import DeliveryService
from bot.services.digest import DigestService
from bot.services.outbox import OutboxService
from bot.services.register import RegisterRights, WrongKey
from bot.services.reminders import ReminderService
from bot.services.reports import ReportService
from bot.services.results import DigestStats
from bot.weeks import local_date

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time, timezone-aware UTC."""
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Services:
    """Everything that does not need Slack."""

    settings: Settings
    bundle: PolicyBundle
    cases: CaseService
    customers: CustomerService
    digests: DigestService
    audit: AuditLog
    reports: ReportService
    outbox: OutboxService
    deliveries: DeliveryService
    clock: Clock
    register: RegisterRights  # export, erasure, key rotation (operators and HR, from the command line)
    reminders: ReminderService
    lease: Lease  # the scheduler lease as this process sees it
    care: CareService
    engines: tuple[Engine, ...] = ()  # the connection pools behind the sessions, closed by `close`

    def close(self) -> None:
        """Close every pooled database connection (a test's bot, or a process that is ending)."""
        for engine in self.engines:
            engine.dispose()

    def today(self) -> dt.date:
        """Today's date in TIMEZONE."""
        return local_date(self.clock(), self.settings.timezone)

    def digest(self, day: dt.date | None = None) -> DigestStats:
        """This week's (or `day`'s week's) numbers for HR, weeks in TIMEZONE."""
        return self.digests.week_of(day or self.today())


def engine_options(settings: Settings) -> dict[str, Any]:
    """Connection pool settings for a server database (SQLite keeps its own defaults)."""
    if settings.local_database:
        return {}
    return {
        "pool_size": settings.db_pool_size,
        "max_overflow": settings.db_max_overflow,
        "pool_recycle": settings.db_pool_recycle_seconds,
    }


def build_services(settings: Settings, *, clock: Clock = utc_now, migrate: bool = True) -> Services:
    """Load the policy, bring the database to the newest migration and wire the services.

    With `migrate` False the schema must already be at the newest migration (SchemaBehindError).
    """
    bundle = load_bundle(settings.policy_dir, settings.policy)
    key = customer_hmac_key(settings)  # before the database is touched: a missing key stops start-up
    url = settings.resolved_database_url
    if migrate:
        upgrade(url)
    else:
        require_current_schema(url)
    engine = make_engine(url, **engine_options(settings))
    sessions = make_session_factory(engine)
    register = RegisterRights(sessions, key, settings)
    try:
        register.check_key()  # a key from before a rotation would silently never match anyone
    except WrongKey as exc:
        raise ConfigError(str(exc)) from None
    finally:
        # Nothing pooled at start-up: gunicorn --preload forks this process, and forked workers
        # must not share a connection.
        engine.dispose()
    ack_engine = make_engine(url, lock_timeout_seconds=ACK_PATH_LOCK_TIMEOUT_SECONDS, **_ack_path_pool(settings))
    ack_sessions = make_session_factory(ack_engine)
    cases = CaseService(sessions, key, settings, ack_session_factory=ack_sessions)
    return Services(
        settings=settings,
        bundle=bundle,
        cases=cases,
        customers=CustomerService(sessions, key, settings),
        digests=DigestService(sessions, settings, key),
        audit=AuditLog(sessions),
        reports=ReportService(cases, bundle, clock),
        outbox=OutboxService(sessions, settings, ack_session_factory=ack_sessions),
        deliveries=DeliveryService(ack_sessions),  # taken in before the ack: short lock waits
        clock=clock,
        register=register,
        reminders=ReminderService(sessions, settings),
        lease=Lease(sessions, clock),
        care=CareService(sessions, settings),
        engines=(engine, ack_engine),
    )


def _ack_path_pool(settings: Settings) -> dict[str, Any]:
    """The pool of the second engine (stores before an ack): the configured one, at most 4 + 4 connections."""
    options = engine_options(settings)
    if not options:  # SQLite takes no pool sizes
        return {}
    return {**options, "pool_size": min(4, options["pool_size"]), "max_overflow": min(4, options["max_overflow"])}
