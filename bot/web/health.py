"""Liveness and readiness: is this worker warm, not shutting down, and is its database usable?"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.db.health import outbox_counts, schema_revision, stuck_escalations
from bot.db.migrate import head_revision
from bot.db.session import make_engine
from bot.web.metrics import STUCK_AFTER, DatabaseGauges

logger = logging.getLogger(__name__)

PROBE_TIMEOUT_SECONDS = 3


class DatabaseProbe:
    """One short transaction on a connection of its own: reachable, writable lock, schema at head."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._head = head_revision()
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    def problem(self) -> str | None:
        """None when the database accepts a transaction at the newest schema, else why not."""
        try:
            with self._connect().begin() as connection:
                revision = schema_revision(connection)
        except SQLAlchemyError as exc:
            return f"database unavailable ({type(getattr(exc, 'orig', None) or exc).__name__})"
        if revision != self._head:
            return f"database schema at {revision or 'none'}, this version needs {self._head}"
        return None

    def gauges(self, now: dt.datetime) -> DatabaseGauges | None:
        """Stuck escalations and the outbox, or None when the database does not answer."""
        try:
            with self._connect().begin() as connection:
                outbox = outbox_counts(connection)
                stuck = stuck_escalations(connection, now - STUCK_AFTER)
        except SQLAlchemyError:
            logger.warning("Metrics: the database did not answer")
            return None
        return DatabaseGauges(stuck_escalations=stuck, outbox_backlog=outbox.backlog, outbox_failed=outbox.failed)

    def _connect(self) -> Engine:
        with self._lock:
            if self._engine is None:
                self._engine = _probe_engine(self._url)
            return self._engine

    def dispose(self) -> None:
        """Close the probe's connection."""
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None


def _probe_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = make_engine(url, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _short_wait(dbapi_connection: Any, _record: Any) -> None:
            # A locked database makes the probe fail quickly rather than hang the load balancer.
            dbapi_connection.execute(f"PRAGMA busy_timeout={PROBE_TIMEOUT_SECONDS * 1000}")

        return engine
    connect_args = {"connect_timeout": PROBE_TIMEOUT_SECONDS} if make_url(url).get_backend_name() == "postgresql" else {}
    return make_engine(
        url, pool_size=1, max_overflow=1, pool_timeout=PROBE_TIMEOUT_SECONDS, connect_args=connect_args, hide_parameters=True
    )


class Readiness:
    """Whether this worker should get traffic: warmed up, not draining, database usable.

    The warm-up (compiling the triage cues, about 2 s) runs in a thread started lazily in the
    process that serves, never before a fork: a thread running while gunicorn forks its
    workers (--preload) leaves the children holding locks nobody will release.
    """

    def __init__(self, warm_up: Callable[[], None], database: Callable[[], str | None]) -> None:
        self._warm_up = warm_up
        self._database = database
        self._lock = threading.Lock()
        self._warm_pid: int | None = None
        self._warm = threading.Event()
        self._warm_error: str | None = None
        self._draining = threading.Event()
        self._checks: list[Callable[[], str | None]] = []

    def add_check(self, check: Callable[[], str | None]) -> None:
        """Another condition for readiness: `check()` returns None when fine, else the problem."""
        self._checks.append(check)

    def ensure_warming(self) -> None:
        """Start the warm-up in this process if it has not started here yet (cheap to call often)."""
        pid = os.getpid()
        if self._warm_pid == pid:
            return
        with self._lock:
            if self._warm_pid == pid:
                return
            self._warm_pid = pid
            self._warm = threading.Event()
            threading.Thread(target=self._run_warm_up, args=(self._warm,), name="triage-warm-up", daemon=True).start()

    def _run_warm_up(self, done: threading.Event) -> None:
        try:
            self._warm_up()
        except Exception as exc:
            logger.exception("Warm-up failed; triage will compile on first use")
            self._warm_error = type(exc).__name__
        finally:
            done.set()

    def wait_warm(self, timeout: float) -> bool:
        """Block until the warm-up has finished (True) or `timeout` seconds passed (False)."""
        self.ensure_warming()
        return self._warm.wait(timeout)

    @property
    def warm(self) -> bool:
        return self._warm_pid == os.getpid() and self._warm.is_set()

    def start_draining(self) -> None:
        """From now on /readyz fails: the process is about to stop accepting requests."""
        if not self._draining.is_set():
            logger.info("Shutting down: readiness now fails, in-flight requests finish")
        self._draining.set()

    @property
    def draining(self) -> bool:
        return self._draining.is_set()

    def problems(self) -> list[str]:
        """Why this worker should not get traffic now (empty: ready)."""
        self.ensure_warming()
        found = []
        if self.draining:
            found.append("shutting down")
        if not self.warm:
            found.append("warming up")
        for check in (self._database, *self._checks):
            problem = check()
            if problem:
                found.append(problem)
        return found
