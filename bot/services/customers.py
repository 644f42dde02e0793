"""Customers and their history: identifiers matched by keyed hash, links made and corrected, reads audited.

Identifiers are normalised (`bot.identity`) and matched only as HMAC digests. Each case keeps
the identifiers given on it (`case_identifiers`: digest, and the raw value until retention);
a customer record holds the digests of customer number, e-mail, phone and social handle, which
link cases exactly. A name never links anything by itself: two customers can share one. A case
whose name matches earlier unlinked cases shows "possible match by name", and a manager decides.
When identifiers given on one case belong to two records, the case joins one and a manager is
asked to confirm the merge; nothing is merged unasked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.models import Case, CaseEvent
from bot.db.session import UnitOfWork, unit_of_work
from bot.identity import IdentifierKind, identifier_digest, normalise_identifier
from bot.lifecycle import Surface
from bot.services import audit
from bot.services.concurrency import retrying
from bot.services.reports import CUSTOMER_LABEL_MAX, CustomerDetails
from bot.services.results import (
    CaseNotFound,
    CaseSummary,
    CaseView,
    CustomerChange,
    CustomerHistory,
    CustomerNotFound,
    RegisterStanding,
    case_view,
    ranked,
)
from bot.weeks import require_aware

IdentifierKey = tuple[IdentifierKind, str]  # (kind, digest)
NAME = IdentifierKind.NAME
RAW_MAX = 200  # case_identifiers.raw

# Case events the register writes (shown in the card's activity log and thread).
EVENT_CUSTOMER = "customer"
EVENT_MERGE = "customer_merge"
EVENT_NAME_LINK = "customer_name_link"
EVENT_UNLINK = "customer_unlink"


class NothingToDo(ValueError):
    """The register action does not apply to this case now (the message says why, in English;
    `code` names the i18n `reason.<code>` a person reads in their language)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code
        self.fields: dict[str, str] = {}


@dataclass(frozen=True)
class GivenIdentifier:
    """One identifier as typed, normalised and hashed."""

    kind: IdentifierKind
    digest: str
    raw: str

    @property
    def key(self) -> IdentifierKey:
        return (self.kind, self.digest)


def given_identifiers(hmac_key: bytes, identifiers: Iterable[tuple[IdentifierKind | str, str]]) -> list[GivenIdentifier]:
    """Normalise and hash what was typed, each identifier once (ValueError for one that cannot be normalised)."""
    found: dict[IdentifierKey, GivenIdentifier] = {}
    for given, raw in identifiers:
        kind = IdentifierKind(given)
        text = raw.strip()
        digest = identifier_digest(hmac_key, kind, normalise_identifier(kind, text))
        found.setdefault((kind, digest), GivenIdentifier(kind, digest, text[:RAW_MAX]))
    return [found[key] for key in sorted(found)]


def identifier_keys(hmac_key: bytes, identifiers: Iterable[tuple[IdentifierKind | str, str]]) -> list[IdentifierKey]:
    """The digests of normalised identifiers, each once, sorted (ValueError for one that cannot be normalised)."""
    return [g.key for g in given_identifiers(hmac_key, identifiers)]


@dataclass(frozen=True)
class Attachment:
    """Where `attach` left a case."""

    customer_id: int | None
    created: bool
    joined: bool
    merge_candidates: tuple[int, ...]


def attach(
    uow: UnitOfWork, case: Case, given: list[GivenIdentifier], actor: str, surface: Surface, now: dt.datetime
) -> Attachment:
    """Make the case's identifiers exactly `given` and link it to the customer they identify.

    Exact identifiers (number, e-mail, phone, handle) link; a name is only kept on the case.
    Identifiers removed by a correction leave the customer unless another case gave them too.
    """
    previous = {(ci.kind, ci.digest) for ci in uow.customers.case_identifiers(case.id)}
    wanted = {g.key for g in given}
    current = case.customer_id
    if current is not None:
        dropped = [k for k in previous - wanted if k[0] is not NAME]
        kept_elsewhere = uow.customers.given_on_other_cases(current, case.id, dropped)
        uow.customers.remove_identifiers(current, [k for k in dropped if k not in kept_elsewhere])
    uow.customers.set_case_identifiers(case.id, [(g.kind, g.digest, g.raw) for g in given], now)

    strong = sorted(k for k in wanted if k[0] is not NAME)
    known = uow.customers.match(strong)
    owners = sorted(set(known.values()))
    created = joined = False
    target: int | None = current
    others = [o for o in owners if o != current]
    if others:
        if current is None:
            target, joined = others[0], True
        elif uow.customers.case_count(current) <= 1:
            # The case's own record holds nothing but this case: it simply joins the existing one.
            target, joined = others[0], True
            uow.customers.merge(target, [current], now)
            audit.record(
                uow, actor, "customer.merge", ("customer", target), surface, now,
                merged_customer_ids=[current], reason="the record held only this case", case_id=case.id,
            )
        # else: two records with history each; the case stays and a manager confirms any merge.
    if target is None and strong:
        target = uow.customers.create(now).id
        created = True
        audit.record(
            uow, actor, "customer.create", ("customer", target), surface, now,
            identifier_kinds=sorted({k.value for k, _ in strong}), case_id=case.id,
        )
    if target is not None:
        new_keys = [k for k in strong if k not in known]
        if new_keys:
            uow.customers.add_identifiers(target, new_keys, now)
    case.customer_id = target
    candidates = tuple(o for o in owners if o not in (target, current if joined else None))
    return Attachment(target, created, joined, candidates)


def resolve_customer(
    uow: UnitOfWork, keys: list[IdentifierKey], actor: str, surface: Surface, now: dt.datetime
) -> int | None:
    """The customer exact identifiers belong to (found or created); names and merges are left out."""
    strong = [k for k in keys if k[0] is not NAME]
    if not strong:
        return None
    known = uow.customers.match(strong)
    owners = sorted(set(known.values()))
    if owners:
        customer_id = owners[0]
    else:
        customer_id = uow.customers.create(now).id
        audit.record(
            uow, actor, "customer.create", ("customer", customer_id), surface, now,
            identifier_kinds=sorted({k.value for k, _ in strong}),
        )
    new_keys = [key for key in strong if key not in known]
    if new_keys:
        uow.customers.add_identifiers(customer_id, new_keys, now)
    return customer_id


class CaseLink(Protocol):
    """What the register needs of a case to place it: its id and its customer (a Case row has both)."""

    @property
    def id(self) -> int: ...

    @property
    def customer_id(self) -> int | None: ...


@dataclass(frozen=True)
class LinkOnly:
    """A case's id and customer without loading the case (drawing a card)."""

    id: int
    customer_id: int | None


def name_matches(uow: UnitOfWork, case: CaseLink) -> list[int]:
    """Ids of other cases given the same name and not linked to this case's customer."""
    found: set[int] = set()
    for ci in uow.customers.case_identifiers(case.id):
        if ci.kind is not NAME:
            continue
        for other_id, customer_id in uow.customers.cases_with(ci.kind, ci.digest):
            if other_id != case.id and (customer_id is None or customer_id != case.customer_id):
                found.add(other_id)
    return sorted(found)


def merge_candidates(uow: UnitOfWork, case: CaseLink) -> tuple[int, ...]:
    """Other customer records that hold exact identifiers given on this case (only for a linked case)."""
    if case.customer_id is None:
        return ()
    strong = [(ci.kind, ci.digest) for ci in uow.customers.case_identifiers(case.id) if ci.kind is not NAME]
    return tuple(sorted({c for c in uow.customers.match(strong).values() if c != case.customer_id}))


def standing_of(uow: UnitOfWork, settings: Settings, case: CaseLink, now: dt.datetime) -> RegisterStanding:
    """The flag and counts the case card shows every member."""
    window_start = now - dt.timedelta(days=settings.repeat_offender_window_days)
    totals = uow.cases.customer_totals(case.customer_id, window_start) if case.customer_id is not None else None
    reports = int(totals.reports) if totals is not None else 0
    in_window = int(totals.in_window) if totals is not None else 0
    return RegisterStanding(
        customer_id=case.customer_id if totals is not None else None,
        earlier_cases=max(0, reports - 1),
        repeat_offender=in_window >= settings.repeat_offender_threshold,
        reports_in_window=in_window,
        window_days=settings.repeat_offender_window_days,
        threshold=settings.repeat_offender_threshold,
        name_matches=len(name_matches(uow, case)),
        merge_candidates=merge_candidates(uow, case),
    )


def record_event(case: Case, actor: str, action: str, surface: Surface, now: dt.datetime, note: str | None = None) -> None:
    """A register step in the case history (the status does not change)."""
    case.events.append(
        CaseEvent(at=now, actor=actor, action=action, from_status=case.status, to_status=case.status, surface=surface, note=note)
    )
    case.updated_at = now


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
    """The repeat-offender register, one transaction per call: every read by a person and every change is audited.

    The earlier cases themselves are only returned by the audited reads (`history`,
    `history_for_identifier`, `history_for_case`); a card gets the flag and counts (`standing_for_case`).
    """

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

    def cases_given_name(self, raw: str) -> int:
        """How many cases were given this name: a possible match only, never a record (not audited here)."""
        digest = identifier_digest(self._key, NAME, normalise_identifier(NAME, raw))
        with unit_of_work(self._sessions) as uow:
            return len(uow.customers.cases_with(NAME, digest))

    # --- the case card and its buttons ---------------------------------------------------

    def standing_for_case(self, case_id: int, now: dt.datetime) -> RegisterStanding:
        """The flag and counts a case card shows (drawing a card is not a person's read: not audited)."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            link = uow.cases.link_of(case_id)
            if link is None:
                raise CaseNotFound(f"No case {case_id}; it may have been purged after the retention period.")
            return standing_of(uow, self._settings, LinkOnly(*link), now)

    def history_for_case(
        self, case_id: int, actor: str, surface: Surface, now: dt.datetime, limit: int = 10
    ) -> tuple[CustomerHistory | None, RegisterStanding]:
        """The earlier cases of the case's customer, for a manager or HR on request; the read is audited."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id)
            standing = standing_of(uow, self._settings, case, now)
            found = None if case.customer_id is None else history_of(uow, self._settings, case.customer_id, now, limit)
            audit.record(
                uow, actor, "customer.history_read", ("customer", case.customer_id), surface, now,
                via="case", case_id=case.id, found=found is not None, name_matches=standing.name_matches,
            )
            return found, standing

    def details_of(self, case_id: int) -> CustomerDetails:
        """The identifiers given on a case, as typed (empty once retention removed them)."""
        with unit_of_work(self._sessions) as uow:
            _get_case(uow, case_id)
            raw = {ci.kind: ci.raw or "" for ci in uow.customers.case_identifiers(case_id)}
            return CustomerDetails(
                customer_number=raw.get(IdentifierKind.CUSTOMER_NUMBER, ""),
                name=raw.get(NAME, ""),
                email=raw.get(IdentifierKind.EMAIL, ""),
                phone=raw.get(IdentifierKind.PHONE, ""),
                social_handle=raw.get(IdentifierKind.SOCIAL_HANDLE, ""),
            )

    def set_customer(
        self, case_id: int, details: CustomerDetails, actor: str, surface: Surface, now: dt.datetime
    ) -> CustomerChange:
        """Add or correct the customer of a case: link history, re-check the flag, audit it.

        ValueError (with a clear message) when an identifier cannot be read or the details are too long.
        """
        require_aware(now)
        given = given_identifiers(self._key, details.identifiers())
        label = details.label()
        if label and len(label) > CUSTOMER_LABEL_MAX:
            raise ValueError(f"The customer details are longer than {CUSTOMER_LABEL_MAX} characters together.")
        return retrying(lambda: self._set_customer(case_id, given, label, actor, surface, now))

    def _set_customer(
        self, case_id: int, given: list[GivenIdentifier], label: str | None, actor: str, surface: Surface, now: dt.datetime
    ) -> CustomerChange:
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            before = case.customer_id
            attached = attach(uow, case, given, actor, surface, now)
            case.customer_label = label
            case.details_purged_at = None
            record_event(case, actor, EVENT_CUSTOMER, surface, now)
            uow.flush()
            standing = standing_of(uow, self._settings, case, now)
            audit.record(
                uow, actor, "case.customer_set", ("case", case.id), surface, now,
                identifier_kinds=sorted({g.kind.value for g in given}),
                customer_id=attached.customer_id, previous_customer_id=before, created=attached.created,
                joined=attached.joined, merge_candidates=list(attached.merge_candidates),
                name_matches=standing.name_matches, repeat_offender=standing.repeat_offender,
            )
            if attached.merge_candidates:
                audit.record(
                    uow, actor, "customer.merge_proposed", ("customer", attached.customer_id), surface, now,
                    case_id=case.id, other_customer_ids=list(attached.merge_candidates),
                )
            return CustomerChange(
                case=case_view(case),
                customer_id=attached.customer_id,
                created=attached.created,
                joined=attached.joined,
                merge_candidates=attached.merge_candidates,
                name_matches=standing.name_matches,
            )

    def confirm_merge(self, case_id: int, actor: str, surface: Surface, now: dt.datetime) -> CaseView:
        """A manager confirms that the records sharing this case's identifiers are one customer."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            others = list(merge_candidates(uow, case))
            if case.customer_id is None or not others:
                raise NothingToDo("There is nothing to merge: no other customer record holds these details now.", "nothing_to_merge")
            survivor = case.customer_id
            uow.customers.merge(survivor, others, now)
            case = _get_case(uow, case_id)
            record_event(case, actor, EVENT_MERGE, surface, now)
            audit.record(
                uow, actor, "customer.merge", ("customer", survivor), surface, now,
                merged_customer_ids=others, case_id=case.id, reason="confirmed by a manager",
            )
            uow.flush()
            return case_view(case)

    def link_by_name(self, case_id: int, actor: str, surface: Surface, now: dt.datetime) -> CaseView:
        """A manager confirms that the earlier cases under the same name are this customer."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            matches = name_matches(uow, case)
            if not matches:
                raise NothingToDo("No earlier case under this name is left to link.", "nothing_to_link")
            linked = [uow.cases.get(i) for i in matches]
            records = sorted({c.customer_id for c in linked if c is not None and c.customer_id is not None})
            survivor = case.customer_id if case.customer_id is not None else (records[0] if records else None)
            created = survivor is None
            if survivor is None:
                survivor = uow.customers.create(now).id
            others = [r for r in records if r != survivor]
            if others:
                uow.customers.merge(survivor, others, now)
            uow.customers.link_cases([case.id, *matches], survivor)
            case = _get_case(uow, case_id)
            record_event(case, actor, EVENT_NAME_LINK, surface, now)
            audit.record(
                uow, actor, "customer.link_by_name", ("customer", survivor), surface, now,
                case_id=case.id, linked_case_ids=matches, merged_customer_ids=others, created=created,
            )
            uow.flush()
            return case_view(case)

    def unlink(self, case_id: int, actor: str, surface: Surface, now: dt.datetime) -> CaseView:
        """Take a wrongly linked case off its customer record; identifiers only it gave go with it."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            customer_id = case.customer_id
            if customer_id is None:
                raise NothingToDo("This case is not linked to a customer record.", "not_linked")
            own = [(ci.kind, ci.digest) for ci in uow.customers.case_identifiers(case.id) if ci.kind is not NAME]
            elsewhere = uow.customers.given_on_other_cases(customer_id, case.id, own)
            uow.customers.remove_identifiers(customer_id, [k for k in own if k not in elsewhere])
            case.customer_id = None
            record_event(case, actor, EVENT_UNLINK, surface, now)
            uow.flush()
            emptied = uow.customers.case_count(customer_id) == 0
            if emptied:
                uow.customers.delete(customer_id)
                case = _get_case(uow, case_id)
            audit.record(
                uow, actor, "customer.unlink", ("case", case.id), surface, now,
                customer_id=customer_id, record_deleted=emptied,
            )
            return case_view(case)


def _get_case(uow: UnitOfWork, case_id: int, *, for_update: bool = False) -> Case:
    case = uow.cases.get(case_id, for_update=for_update)
    if case is None:
        raise CaseNotFound(f"No case {case_id}; it may have been purged after the retention period.")
    return case
