"""Running a unit of work again when a concurrent writer won a race (unique key, deadlock)."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError

logger = logging.getLogger(__name__)

T = TypeVar("T")

MAX_ATTEMPTS = 6
_RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock detected
_UNIQUE_VIOLATION = "23505"


def retrying(operation: Callable[[], T]) -> T:
    """Run `operation`; on a lost race, wait a moment and run it again (a few times at most)."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return operation()
        except DBAPIError as exc:
            if attempt == MAX_ATTEMPTS or not is_race(exc):
                raise
            logger.info("concurrent write, retrying (attempt %d): %s", attempt, type(exc.orig).__name__)
            time.sleep(random.uniform(0, 0.01 * attempt))
    raise AssertionError("unreachable")


def is_race(exc: DBAPIError) -> bool:
    """A unique key another transaction took first, or a PostgreSQL deadlock/serialization failure."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if isinstance(exc, IntegrityError):
        return sqlstate == _UNIQUE_VIOLATION or "UNIQUE constraint failed" in str(exc.orig)
    return sqlstate in _RETRYABLE_SQLSTATES
