"""Deliveries: requests from Slack already taken in, remembered in the database by every worker.

Slack retries events (X-Slack-Retry-Num), a signed request can be replayed within its
five-minute window, and with several workers a retry may reach another process than the first
delivery. Each delivery's key is stored once (a primary key), with a time to live longer than
the signature window, so the second arrival anywhere is recognised and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import unit_of_work
from bot.weeks import require_aware

logger = logging.getLogger(__name__)

DELIVERY_TTL_SECONDS = 15 * 60  # Slack's signature window is 5 minutes; its event retries end sooner
KEY_MAX = 200
SWEEP_EVERY = 500


class DeliveryService:
    """Taking in a delivery exactly once, across every worker sharing the database."""

    def __init__(self, session_factory: sessionmaker[Session], ttl_seconds: int = DELIVERY_TTL_SECONDS) -> None:
        self._sessions = session_factory
        self._ttl = dt.timedelta(seconds=ttl_seconds)
        self._taken = 0  # deliveries taken in by this process; every SWEEP_EVERY, expired keys go

    def first_time(self, key: str, kind: str, now: dt.datetime) -> bool:
        """True the first time `key` is taken in (and remember it); False for a retry or replay."""
        require_aware(now)
        key = key[:KEY_MAX]
        try:
            with unit_of_work(self._sessions) as uow:
                first = uow.deliveries.take(key, kind[:20], now, now + self._ttl)
                self._taken += 1
                if first and self._taken % SWEEP_EVERY == 0:
                    uow.deliveries.forget_expired(now)
            return first
        except IntegrityError:  # another worker took the same delivery in at the same moment
            return False

    def forget_expired(self, now: dt.datetime) -> int:
        """Delete the keys whose time to live has passed; returns how many."""
        with unit_of_work(self._sessions) as uow:
            return uow.deliveries.forget_expired(now)
