"""The data subject's rights over the repeat-offender register, and the key behind its hashes.

- `export`: everything held about one customer, as JSON-ready data, for HR to answer a request.
- `erase`: identifiers and raw labels go; cases stay without the link; anonymous aggregates
  stay; the erasure is audited without the identifier. An open case stays open.
- `rotate_key`: every digest recomputed under a new CUSTOMER_HMAC_KEY from the raw values
  still held on cases, in one transaction. A digest whose value is no longer held (removed
  by retention) cannot be recomputed and is removed: it could only ever be matched with
  the old key. The customer's cases stay linked to the record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.models import Case
from bot.db.session import UnitOfWork, unit_of_work
from bot.identity import IdentifierKind, identifier_digest, normalise_identifier
from bot.lifecycle import OPEN_STATUSES, Surface
from bot.services import audit
from bot.services.customers import NAME, IdentifierKey
from bot.weeks import require_aware


class NotErasableByName(ValueError):
    """A name alone does not identify one customer, so it cannot select what to erase."""


class WrongKey(ValueError):
    """The key given as the current one did not make the stored digests."""


KEY_TARGET = ("register", "hmac_key")  # audit target of key rotations


def key_fingerprint(key: bytes) -> str:
    """A one-way fingerprint of a key, to tell which key is in use without storing it."""
    return hmac.new(key, b"kasuhara register key fingerprint", hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class Erasure:
    """What an erasure removed (counts only: the log must not hold the identifier)."""

    customer_id: int | None
    cases_unlinked: int
    open_cases: tuple[str, ...]  # refs of cases still being handled (they stay open, without the customer)
    identifiers_removed: int
    case_ids: tuple[int, ...]


@dataclass(frozen=True)
class Rotation:
    """What a key rotation did."""

    customer_identifiers_rekeyed: int
    customer_identifiers_removed: int
    case_identifiers_rekeyed: int
    case_identifiers_removed: int


class RegisterRights:
    """Export, erasure and key rotation, one transaction each, every one audited."""

    def __init__(self, session_factory: sessionmaker[Session], hmac_key: bytes, settings: Settings) -> None:
        if not hmac_key:
            raise ValueError("The customer HMAC key is empty.")
        self._sessions = session_factory
        self._key = hmac_key
        self._settings = settings

    def _digest(self, kind: IdentifierKind, raw: str) -> str:
        return identifier_digest(self._key, kind, normalise_identifier(kind, raw))

    # --- export ----------------------------------------------------------------------------

    def export(self, kind: IdentifierKind, raw: str, actor: str, now: dt.datetime) -> dict[str, Any]:
        """Everything held about whoever this identifier belongs to (a name: the cases it was given on)."""
        require_aware(now)
        kind = IdentifierKind(kind)
        digest = self._digest(kind, raw)
        with unit_of_work(self._sessions) as uow:
            customer_id = None if kind is NAME else uow.customers.customer_for(kind, digest)
            cases = _cases_about(uow, customer_id, kind, digest)
            data: dict[str, Any] = {
                "exported_at": now.isoformat(),
                "purpose": "Repeat-offender register kept only to protect staff from customer harassment.",
                "looked_up_by": kind.value,
                "customer": None,
                "cases": [_case_export(uow, case, customer_id) for case in cases],
                "audit": [],
            }
            if customer_id is not None:
                customer = uow.customers.get(customer_id)
                assert customer is not None
                data["customer"] = {
                    "id": customer.id,
                    "created_at": customer.created_at.isoformat(),
                    "updated_at": customer.updated_at.isoformat(),
                    "service_refused_at": customer.service_refused_at.isoformat() if customer.service_refused_at else None,
                    "identifiers": [
                        {"kind": i.kind.value, "hmac_sha256": i.digest, "created_at": i.created_at.isoformat()}
                        for i in uow.customers.identifiers_of(customer_id)
                    ],
                }
                data["audit"] = [
                    {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "surface": e.surface.value, "detail": e.detail}
                    for e in uow.audit.for_target("customer", customer_id, 10_000)
                ]
            audit.record(
                uow, actor, "customer.export", ("customer", customer_id), Surface.CLI, now,
                via=kind.value, found=customer_id is not None or bool(cases), cases=len(cases),
            )
            return data

    # --- erasure ---------------------------------------------------------------------------

    def erase(self, kind: IdentifierKind, raw: str, actor: str, now: dt.datetime) -> Erasure:
        """Erase a customer on request: identifiers and raw labels go, cases stay unlinked, audited without the identifier."""
        require_aware(now)
        kind = IdentifierKind(kind)
        if kind is NAME:
            raise NotErasableByName(
                "A name alone can belong to several customers: erase by customer number, e-mail, phone or handle."
            )
        digest = self._digest(kind, raw)
        with unit_of_work(self._sessions) as uow:
            customer_id = uow.customers.customer_for(kind, digest)
            cases = _cases_about(uow, customer_id, kind, digest)
            removed = len(uow.customers.identifiers_of(customer_id)) if customer_id is not None else 0
            open_refs = tuple(c.ref for c in cases if c.status in OPEN_STATUSES)
            case_ids = tuple(c.id for c in cases)
            for case in cases:
                removed += len(uow.customers.case_identifiers(case.id))
                uow.customers.set_case_identifiers(case.id, [], now)
                case.customer_label = None
                case.details_purged_at = now
                case.updated_at = now
            uow.flush()
            uow.customers.link_cases(list(case_ids), None)
            if customer_id is not None:
                uow.customers.delete(customer_id)
            audit.record(
                uow, actor, "customer.erase", ("customer", customer_id), Surface.CLI, now,
                found=customer_id is not None or bool(cases), cases_unlinked=len(case_ids),
                case_ids=list(case_ids), open_cases=len(open_refs), identifiers_removed=removed,
            )
            return Erasure(customer_id, len(case_ids), open_refs, removed, case_ids)

    # --- key rotation ------------------------------------------------------------------------

    def check_key(self) -> None:
        """WrongKey when the configured key is not the one the last rotation put in place."""
        with unit_of_work(self._sessions) as uow:
            rotations = uow.audit.for_target(*KEY_TARGET, limit=10_000)
        if rotations and rotations[-1].detail.get("key_fingerprint") != key_fingerprint(self._key):
            raise WrongKey(
                f"CUSTOMER_HMAC_KEY is not the key put in place by the rotation of {rotations[-1].at:%Y-%m-%d %H:%M} UTC: "
                "set the new key (see README, Rotating CUSTOMER_HMAC_KEY)."
            )

    def rotate_key(self, new_key: bytes, actor: str, now: dt.datetime) -> Rotation:
        """Recompute every digest under `new_key` from the raw values still held; one transaction."""
        require_aware(now)
        if not new_key:
            raise ValueError("The new key is empty.")
        if new_key == self._key:
            raise ValueError("The new key is the current key.")
        with unit_of_work(self._sessions) as uow:
            held = [ci for ci in uow.customers.all_case_identifiers()]
            remapped: dict[IdentifierKey, str] = {}
            verified = unverified = 0
            for ci in held:
                if ci.raw is None:
                    continue
                normalised = normalise_identifier(ci.kind, ci.raw)
                if identifier_digest(self._key, ci.kind, normalised) == ci.digest:
                    verified += 1
                else:
                    unverified += 1
                remapped[(ci.kind, ci.digest)] = identifier_digest(new_key, ci.kind, normalised)
            if unverified and not verified:
                raise WrongKey(
                    "None of the stored digests were made with the current CUSTOMER_HMAC_KEY: nothing was changed."
                )
            case_rekeyed, case_removed = _rekey(uow, held, remapped)
            customer_rekeyed, customer_removed = _rekey(uow, uow.customers.all_identifiers(), remapped)
            audit.record(
                uow, actor, "customer.key_rotated", KEY_TARGET, Surface.CLI, now,
                key_fingerprint=key_fingerprint(new_key), previous_key_fingerprint=key_fingerprint(self._key),
                customer_identifiers_rekeyed=customer_rekeyed, customer_identifiers_removed=customer_removed,
                case_identifiers_rekeyed=case_rekeyed, case_identifiers_removed=case_removed,
            )
            return Rotation(customer_rekeyed, customer_removed, case_rekeyed, case_removed)


def _cases_about(uow: UnitOfWork, customer_id: int | None, kind: IdentifierKind, digest: str) -> list[Case]:
    """The customer's cases and every case on which this identifier was given, oldest first."""
    ids = {case_id for case_id, _ in uow.customers.cases_with(kind, digest)}
    found = {c.id: c for c in uow.customers.cases_of(customer_id)} if customer_id is not None else {}
    for case_id in ids - found.keys():
        case = uow.cases.get(case_id)
        if case is not None:
            found[case.id] = case
    return sorted(found.values(), key=lambda c: (c.occurred_at, c.id))


def _case_export(uow: UnitOfWork, case: Case, customer_id: int | None) -> dict[str, Any]:
    return {
        "ref": case.ref,
        "linked_to_customer": customer_id is not None and case.customer_id == customer_id,
        "created_at": case.created_at.isoformat(),
        "occurred_at": case.occurred_at.isoformat(),
        "contact_channel": case.contact_channel.value,
        "description": case.text,
        "harassment": case.harassment,
        "severity": case.severity.value,
        "categories": [c.category for c in sorted(case.categories, key=lambda c: c.rank)],
        "status": case.status.value,
        "outcome": case.outcome.value if case.outcome else None,
        "customer_as_given": case.customer_label,
        "identifiers_given": [
            {"kind": ci.kind.value, "value": ci.raw} for ci in uow.customers.case_identifiers(case.id) if ci.raw
        ],
        "history": [
            {"at": e.at.isoformat(), "action": e.action, "outcome": e.outcome.value if e.outcome else None, "note": e.note}
            for e in case.events
        ],
    }


def _rekey(uow: UnitOfWork, rows: Iterable[Any], remapped: dict[IdentifierKey, str]) -> tuple[int, int]:
    """Give each row its new digest, or delete it when its value is no longer known."""
    rekeyed = removed = 0
    for row in rows:
        new = remapped.get((row.kind, row.digest))
        if new is None:
            uow.session.delete(row)
            removed += 1
        else:
            row.digest = new
            rekeyed += 1
    uow.flush()
    return rekeyed, removed
