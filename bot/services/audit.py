"""The audit trail: one way to write an entry, and the reads managers and operators need."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import UnitOfWork, unit_of_work
from bot.lifecycle import Surface
from bot.services.results import AuditRecord, audit_record


def record(
    uow: UnitOfWork,
    actor: str,
    action: str,
    target: tuple[str, int | str | None],
    surface: Surface,
    now: dt.datetime,
    **detail: Any,
) -> None:
    """Append one entry in the unit of work's transaction: who did what to which case or customer."""
    target_type, target_id = target
    uow.audit.append(
        actor=actor, action=action, target_type=target_type, target_id=target_id, surface=surface, at=now, detail=detail
    )


class AuditLog:
    """Reads of the append-only audit log, one transaction each."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def trail(self, target_type: str, target_id: int | str, limit: int = 200) -> list[AuditRecord]:
        """Entries about one case or customer, oldest first."""
        with unit_of_work(self._sessions) as uow:
            return [audit_record(e) for e in uow.audit.for_target(target_type, target_id, limit)]

    def recent(self, limit: int = 50) -> list[AuditRecord]:
        """The latest entries, newest first."""
        with unit_of_work(self._sessions) as uow:
            return [audit_record(e) for e in uow.audit.recent(limit)]
