"""Customers and their history: identifiers matched by keyed hash, reads audited.

Identifiers are normalised (`bot.identity`) and stored only as HMAC digests; the raw label a
manager reads lives on the case and is purged with the case's details.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.session import UnitOfWork, unit_of_work
from bot.identity import IdentifierKind, identifier_digest, normalise_identifier
from bot.lifecycle import Surface
from bot.services import audit
from bot.services.results import CaseSummary, CustomerHistory, CustomerNotFound, ranked
from bot.weeks import require_aware

IdentifierKey = tuple[IdentifierKind, str]  # (kind, digest)


def identifier_keys(hmac_key: bytes, identifiers: Iterable[tuple[IdentifierKind | str, str]]) -> list[IdentifierKey]:
    """The digests of normalised identifiers, each once, sorted (ValueError for one that cannot be normalised)."""
    keys = set()
    for given, raw in identifiers:
        kind = IdentifierKind(given)
        keys.add((kind, identifier_digest(hmac_key, kind, normalise_identifier(kind, raw))))
    return sorted(keys)


def resolve_customer(
    uow: UnitOfWork, keys: list[IdentifierKey], actor: str, surface: Surface, now: dt.datetime
) -> int | None:
    """The customer these identifiers belong to: found, created, or several merged into one."""
    if not keys:
        return None
    known = uow.customers.match(keys)
    customer_ids = sorted(set(known.values()))
    if not customer_ids:
        customer_id = uow.customers.create(now).id
        audit.record(
            uow, actor, "customer.create", ("customer", customer_id), surface, now,
            identifier_kinds=sorted({k.value for k, _ in keys}),
        )
    else:
        customer_id, others = customer_ids[0], customer_ids[1:]
        if others:
            uow.customers.merge(customer_id, others, now)
            audit.record(
                uow, actor, "customer.merge", ("customer", customer_id), surface, now,
                merged_customer_ids=others, reason="a report shared identifiers of both",
            )
    new_keys = [key for key in keys if key not in known]
    if new_keys:
        uow.customers.add_identifiers(customer_id, new_keys, now)
    return customer_id


def history_of(uow: UnitOfWork, settings: Settings, customer_id: int, now: dt.datetime, limit: int) -> CustomerHistory | None:
    """What is on record about a customer (read in the caller's transaction, not audited here)."""
    window_start = now - dt.timedelta(days=settings.repeat_offender_window_days)
    totals = uow.cases.customer_totals(customer_id, window_start)
    if totals is None:
        return None
    categories, outcomes = uow.cases.customer_breakdown(customer_id)
    recent = uow.cases.customer_recent(customer_id, limit)
    in_window = int(totals.in_window)
    return CustomerHistory(
        customer_id=customer_id,
        report_count=totals.reports,
        harassment_count=int(totals.harassment),
        categories=ranked(categories),
        first_occurred_at=totals.first,
        last_occurred_at=totals.last,
        outcomes=ranked(outcomes),
        service_refused=totals.service_refused_at is not None,
        service_refused_at=totals.service_refused_at,
        reports_in_window=in_window,
        window_days=settings.repeat_offender_window_days,
        threshold=settings.repeat_offender_threshold,
        repeat_offender=in_window >= settings.repeat_offender_threshold,
        recent_cases=tuple(
            CaseSummary(
                id=row.id,
                ref=row.ref,
                created_at=row.created_at,
                occurred_at=row.occurred_at,
                harassment=row.harassment,
                categories=row_categories,
                severity=row.severity,
                status=row.status,
                outcome=row.outcome,
            )
            for row, row_categories in recent
        ),
    )


class CustomerService:
    """Reads of the repeat-offender register, one transaction each; every read by a person is audited."""

    def __init__(self, session_factory: sessionmaker[Session], hmac_key: bytes, settings: Settings) -> None:
        if not hmac_key:
            raise ValueError("The customer HMAC key is empty.")
        self._sessions = session_factory
        self._key = hmac_key
        self._settings = settings

    def history(
        self, customer_id: int, actor: str, surface: Surface, now: dt.datetime, limit: int = 10
    ) -> CustomerHistory:
        """What is on record about a customer; the read itself goes into the audit log."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            found = history_of(uow, self._settings, customer_id, now, limit)
            if found is None:
                raise CustomerNotFound(f"No customer record {customer_id}; it may have been merged or purged.")
            audit.record(uow, actor, "customer.history_read", ("customer", customer_id), surface, now, via="customer_id")
            return found

    def standing(self, customer_id: int, now: dt.datetime, limit: int = 10) -> CustomerHistory | None:
        """The same facts for drawing a case card: not a person's read, so not audited."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            return history_of(uow, self._settings, customer_id, now, limit)

    def refusal_for_reporter(self, customer_id: int, actor: str, surface: Surface, now: dt.datetime) -> dt.datetime | None:
        """When service to the customer of a staff member's new report was refused, or None.

        Only that one fact, never the history: front-line staff need to know how to treat the
        customer now, not what is on record. Told to them, it is audited like any read.
        """
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            refused = uow.customers.service_refused_at(customer_id)
            if refused is not None:
                audit.record(uow, actor, "customer.refusal_shown", ("customer", customer_id), surface, now)
            return refused

    def history_for_identifier(
        self,
        kind: IdentifierKind,
        raw: str,
        actor: str,
        surface: Surface,
        now: dt.datetime,
        limit: int = 10,
    ) -> CustomerHistory | None:
        """The history of whoever this identifier belongs to, or None; audited either way."""
        require_aware(now)
        kind = IdentifierKind(kind)
        digest = identifier_digest(self._key, kind, normalise_identifier(kind, raw))
        with unit_of_work(self._sessions) as uow:
            customer_id = uow.customers.customer_for(kind, digest)
            found = None if customer_id is None else history_of(uow, self._settings, customer_id, now, limit)
            audit.record(
                uow, actor, "customer.history_read", ("customer", customer_id), surface, now,
                via=kind.value, found=customer_id is not None,
            )
            return found
