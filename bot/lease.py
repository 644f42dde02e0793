"""The scheduler lease: of all the processes running the scheduler, only the lease holder runs jobs.

A row per lease (`scheduler_leases`: name, holder, expiry), taken or renewed in a transaction that
locks it, so it works alike on SQLite and PostgreSQL. The holder renews it every
`RENEW_SECONDS`; a holder that dies stops renewing, and once the lease has expired
(`LEASE_SECONDS`) the next process to ask takes it over: within a minute in all.

Times come from the caller's clock: hosts sharing a database must keep their clocks in step
(NTP), as they must for everything else they timestamp.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import unit_of_work
from bot.services.concurrency import retrying

logger = logging.getLogger(__name__)

SCHEDULER_LEASE = "scheduler"
LEASE_SECONDS = 40
RENEW_SECONDS = 15  # a dead holder's lease is taken over at most LEASE + RENEW = 55 s after its last renewal


def process_identity() -> str:
    """A name for this process, unique across hosts and restarts (leases and reminder claims record it)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Lease:
    """One named lease as seen by one process."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Callable[[], dt.datetime],
        *,
        name: str = SCHEDULER_LEASE,
        holder: str | None = None,
        seconds: float = LEASE_SECONDS,
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self.name = name
        self.holder = holder or process_identity()
        self.duration = dt.timedelta(seconds=seconds)
        self._held_until: dt.datetime | None = None
        self._lock = threading.Lock()

    def acquire(self) -> bool:
        """Take the lease if it is free or expired, renew it if this process holds it; True when held."""
        with self._lock:
            now = self._clock()
            try:
                held = retrying(lambda: self._take(now))
            except DBAPIError:
                logger.exception("The %s lease could not be checked; not running jobs until it can", self.name)
                held = False
            was_held = self._held_until is not None and now < self._held_until
            self._held_until = now + self.duration if held else None
            if held and not was_held:
                logger.info("Holding the %s lease as %s", self.name, self.holder)
            elif was_held and not held:
                logger.warning("Lost the %s lease (%s)", self.name, self.holder)
            return held

    def held(self) -> bool:
        """True while this process's last renewal has not expired (no database call)."""
        until = self._held_until
        return until is not None and self._clock() < until

    def release(self) -> None:
        """Give the lease up at once (on a clean shutdown), so another process need not wait for it to expire."""
        with self._lock:
            now = self._clock()
            with unit_of_work(self._sessions) as uow:
                row = uow.leases.locked(self.name)
                if row is not None and row.holder == self.holder:
                    row.expires_at = now
            self._held_until = None

    def current_holder(self) -> str | None:
        """Who holds the lease now (None when nobody does)."""
        now = self._clock()
        with unit_of_work(self._sessions) as uow:
            row = uow.leases.get(self.name)
            return row.holder if row is not None and row.expires_at > now else None

    def _take(self, now: dt.datetime) -> bool:
        with unit_of_work(self._sessions) as uow:
            row = uow.leases.locked(self.name)
            if row is None:
                # Two first-comers: the second hits the primary key, and `retrying` runs this again.
                uow.leases.add(self.name, self.holder, now, now + self.duration)
                return True
            if row.holder != self.holder and row.expires_at > now:
                return False
            if row.holder != self.holder:
                logger.info("Taking over the %s lease from %s (expired %s)", self.name, row.holder, row.expires_at)
                row.holder, row.acquired_at = self.holder, now
            row.expires_at = now + self.duration
            return True
