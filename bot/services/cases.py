"""Cases: record reports, move cases through their life cycle, read them.

Every public method is one unit of work (one transaction) and returns frozen values
(`bot.services.results`), never ORM objects, so Slack code never holds a database session.
`now` is always passed in. What an action does to a case is decided by the pure rules in
`bot.lifecycle.apply`; this service applies the transition and records it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.models import LOCATION_MAX, Case, CaseCategory, CaseEvent, CaseManager, StepState
from bot.db.session import UnitOfWork, unit_of_work
from bot.lifecycle import (
    CaseAction,
    CaseState,
    CaseStatus,
    Outcome,
    ReportSource,
    Surface,
    Transition,
    acknowledges,
    apply,
)
from bot.policy.model import CATEGORY_IDS
from bot.services import audit
from bot.services.concurrency import retrying
from bot.services.customers import GivenIdentifier, given_identifiers, resolve_customer
from bot.services.outbox import AFTERWARDS, stopped_for_good
from bot.services.reminders import ladder_rules, start_ladder, stop_ladder
from bot.services.reports import CUSTOMER_LABEL_MAX, Report
from bot.services.results import CaseNotFound, CaseView, LogOnly, RepeatedAction, TriageSummary, case_view
from bot.weeks import local_date, require_aware

SOURCE_SURFACE = {
    ReportSource.SLASH_COMMAND: Surface.SLASH_COMMAND,
    ReportSource.MESSAGE_SHORTCUT: Surface.SHORTCUT,
    ReportSource.MODAL: Surface.MODAL,
}
IDEMPOTENCY_KEY_MAX = 200
PERMALINK_MAX = 500


class CaseService:
    """Reports and the life cycle of cases, one transaction per call."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        hmac_key: bytes,
        settings: Settings,
        *,
        ack_session_factory: sessionmaker[Session] | None = None,
    ) -> None:
        if not hmac_key:
            raise ValueError("The customer HMAC key is empty.")
        self._sessions = session_factory
        # Sessions whose lock waits are short: for stores made before an ack (the report form).
        self._ack_sessions = ack_session_factory or session_factory
        self._key = hmac_key
        self._settings = settings
        self._ladder = ladder_rules(settings)

    # --- reporting -------------------------------------------------------------------

    def record_report(
        self, report: Report, triage: TriageSummary, now: dt.datetime, *, before_ack: bool = False
    ) -> CaseView:
        """Store a report as a new case; the same idempotency key returns the existing case.

        `before_ack`: the store runs before Slack's 3-second ack, so it waits for locks only
        briefly and raises (sqlalchemy's DBAPIError) instead of making Slack give up.
        """
        require_aware(now)
        check_report(report, triage)
        given = given_identifiers(self._key, report.customer_identifiers)
        sessions = self._ack_sessions if before_ack else self._sessions
        return retrying(lambda: self._record(sessions, report, triage, given, now))

    def _record(
        self,
        sessions: sessionmaker[Session],
        report: Report,
        triage: TriageSummary,
        given: list[GivenIdentifier],
        now: dt.datetime,
    ) -> CaseView:
        keys = [g.key for g in given]
        surface = SOURCE_SURFACE[report.source]
        with unit_of_work(sessions) as uow:
            if report.idempotency_key:
                existing = uow.cases.by_idempotency_key(report.idempotency_key)
                if existing is not None:
                    return case_view(existing)
            customer_id = resolve_customer(uow, keys, report.reporter_user_id, surface, now)
            day = local_date(now, self._settings.timezone)
            seq = uow.cases.next_ref_seq(day)
            case = Case(
                ref=f"{day:%Y}-{day:%m%d}-{seq:04d}",
                ref_day=day,
                ref_seq=seq,
                reporter_user_id=report.reporter_user_id,
                team_id=report.team_id,
                text=report.text,
                source=report.source,
                permalink=report.permalink,
                contact_channel=report.contact_channel,
                location=(report.location or "").strip()[:LOCATION_MAX] or None,
                occurred_at=report.occurred_at or now,
                happening_now=report.happening_now,
                harassment=triage.harassment,
                severity=triage.severity,
                primary_category=triage.categories[0] if triage.categories else None,
                policy_id=triage.policy_id,
                policy_version=triage.policy_version,
                clauses=[{"policy": c.policy, "clause_id": c.clause_id, "score": c.score} for c in triage.clauses],
                triage=dict(triage.result),
                status=CaseStatus.REPORTED,
                customer_id=customer_id,
                customer_label=(report.customer_label or "").strip() or None,
                idempotency_key=report.idempotency_key or None,
                created_at=now,
                updated_at=now,
            )
            case.categories = [CaseCategory(category=c, rank=i) for i, c in enumerate(triage.categories)]
            case.events = [
                CaseEvent(
                    at=now,
                    actor=report.reporter_user_id,
                    action="report",
                    from_status=None,
                    to_status=CaseStatus.REPORTED,
                    surface=surface,
                )
            ]
            uow.cases.add(case)
            uow.customers.set_case_identifiers(case.id, [(g.kind, g.digest, g.raw) for g in given], now)
            audit.record(
                uow, report.reporter_user_id, "case.report", ("case", case.id), surface, now,
                ref=case.ref, customer_id=customer_id, identifier_kinds=sorted({k.value for k, _ in keys}),
            )
            return case_view(case)

    # --- life cycle --------------------------------------------------------------------

    def mark_escalated(
        self,
        case_id: int,
        actor: str,
        channel_id: str,
        manager_ids: Sequence[str],
        surface: Surface,
        now: dt.datetime,
    ) -> CaseView:
        """Record that the case went to managers in `channel_id`; repeating the same call is harmless."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            if case.escalation_channel_id:
                # Already escalated (a repeat, or another process got there first): the first
                # channel stands and the caller sees which one it is.
                return case_view(case)
            transition = apply(_state(case), CaseAction.ESCALATE, actor, now, notify=manager_ids)
            case.escalation_channel_id = channel_id
            _apply(uow, case, transition, surface)
            start_ladder(uow, case, now, self._ladder)  # the reminder ladder runs until a manager acts
            audit.record(
                uow, actor, "case.escalate", ("case", case.id), surface, now,
                **{"from": transition.from_status.value, "channel_id": channel_id, "manager_ids": list(dict.fromkeys(manager_ids))},
            )
            uow.flush()
            return case_view(case)

    def apply_action(
        self,
        case_id: int,
        actor: str,
        action: CaseAction,
        surface: Surface,
        now: dt.datetime,
        outcome: Outcome | None = None,
        note: str | None = None,
        seen_events: int | None = None,
    ) -> CaseView:
        """Apply a manager's (or the reporter's) action; IllegalTransition if the status forbids it.

        `seen_events`: how many events the case had when the actor saw it (the card's version).
        If since then the same actor already did the same action (a double click, a retry
        reaching another worker), RepeatedAction: it is recorded once.
        """
        require_aware(now)
        action = CaseAction(action)
        if action is CaseAction.ESCALATE:
            raise ValueError("Escalate with mark_escalated(), which records the channel and managers.")
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            if seen_events is not None and any(
                e.actor == actor and e.action == action.value for e in case.events[max(0, seen_events) :]
            ):
                raise RepeatedAction(f"{action.value} by {actor} is already recorded on case {case.ref}")
            transition = apply(_state(case), action, actor, now, outcome=outcome)
            _apply(uow, case, transition, surface, note=note)
            if action is CaseAction.REOPEN:
                start_ladder(uow, case, now, self._ladder)  # a reopened case is chased afresh
            elif acknowledges(action):
                stop_ladder(uow, case, now)  # a manager has it: no more reminders
            audit.record(uow, actor, f"case.{action.value}", ("case", case.id), surface, now, **transition.audit_detail())
            if (
                transition.refuses_service
                and case.customer_id is not None
                and uow.customers.mark_service_refused(case.customer_id, now)
            ):
                audit.record(
                    uow, actor, "customer.service_refused", ("customer", case.customer_id), surface, now,
                    case_id=case.id, ref=case.ref,
                )
            uow.flush()
            return case_view(case)

    def log_only(self, case_id: int, actor: str, surface: Surface, now: dt.datetime) -> LogOnly:
        """Keep a reported case on record without a channel; the case as it stands otherwise.

        Unless Escalate came first: a case whose escalation is owed (its outbox steps are written,
        under the same row lock, before its status changes) or done is left as it is. An
        escalation that failed for good (nothing of it running, it waits for a repair) is
        withdrawn: its steps are no longer owed (kept in the audit log), and the case is logged.
        """
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            if case.status is not CaseStatus.REPORTED:
                return LogOnly(case_view(case))
            steps = uow.outbox.for_case(case_id, for_update=True)
            if steps and not stopped_for_good(steps, now):
                return LogOnly(case_view(case))  # on its way to a manager (or being retried)
            transition = apply(_state(case), CaseAction.LOG_ONLY, actor, now)
            if steps:
                failed = [s for s in steps if s.state == StepState.FAILED and s.kind not in AFTERWARDS]
                audit.record(
                    uow, actor, "case.escalation_withdrawn", ("case", case.id), surface, now,
                    failed={s.kind: s.last_error or "" for s in failed},
                )
                uow.outbox.delete(steps)
            _apply(uow, case, transition, surface)
            audit.record(uow, actor, f"case.{CaseAction.LOG_ONLY.value}", ("case", case.id), surface, now, **transition.audit_detail())
            uow.flush()
            return LogOnly(case_view(case), withdrew_failed_escalation=bool(steps))

    def move_to_channel(self, case_id: int, channel_id: str, now: dt.datetime) -> CaseView:
        """The case's channel was lost (archived, deleted): record its new one; the card must be posted again."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            old = case.escalation_channel_id
            if old == channel_id:
                return case_view(case)
            case.escalation_channel_id = channel_id
            case.card_channel_id = case.card_ts = None
            case.updated_at = now
            audit.record(
                uow, "system", "case.channel_moved", ("case", case.id), Surface.SCHEDULER, now,
                old_channel_id=old, channel_id=channel_id,
            )
            return case_view(case)

    def set_permalink(self, case_id: int, permalink: str) -> CaseView:
        """Keep the link to the Slack message a report was made from (found after the ack)."""
        if len(permalink) > PERMALINK_MAX:
            raise ValueError(f"The permalink is longer than {PERMALINK_MAX} characters.")
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            case.permalink = permalink
            return case_view(case)

    def record_card(self, case_id: int, channel_id: str, message_ts: str) -> CaseView:
        """Keep where the case card was posted (its location is state, not history)."""
        with unit_of_work(self._sessions) as uow:
            case = _get_case(uow, case_id, for_update=True)
            case.card_channel_id, case.card_ts = channel_id, message_ts
            return case_view(case)

    # --- reading cases -------------------------------------------------------------------

    def get_case(self, case_id: int) -> CaseView:
        """The case; CaseNotFound if there is none."""
        with unit_of_work(self._sessions) as uow:
            return case_view(_get_case(uow, case_id))

    def find_case_by_ref(self, ref: str) -> CaseView | None:
        """The case with this public ref, e.g. "2026-1122-0042"."""
        with unit_of_work(self._sessions) as uow:
            case = uow.cases.by_ref(ref.strip())
            return case_view(case) if case else None

    def find_case_by_key(self, key: str) -> CaseView | None:
        """The case recorded under this idempotency key (e.g. a slash command's trigger), if any."""
        with unit_of_work(self._sessions) as uow:
            case = uow.cases.by_idempotency_key(key)
            return case_view(case) if case else None

    def find_case_by_channel(self, channel_id: str) -> CaseView | None:
        """The case escalated into this channel, if any."""
        with unit_of_work(self._sessions) as uow:
            case = uow.cases.by_channel(channel_id)
            return case_view(case) if case else None

    def cases_for_reporter(self, user_id: str, limit: int = 20) -> list[CaseView]:
        """A reporter's own cases, newest first."""
        with unit_of_work(self._sessions) as uow:
            return [case_view(c) for c in uow.cases.for_reporter(user_id, limit)]

    def open_cases(self, limit: int = 50) -> list[CaseView]:
        """Cases waiting on managers (escalated, acknowledged, in progress), oldest first."""
        with unit_of_work(self._sessions) as uow:
            return [case_view(c) for c in uow.cases.open_cases(limit)]

    def logged_cases(self, limit: int = 50) -> list[CaseView]:
        """Cases logged without escalation (they may still be escalated), oldest first."""
        with unit_of_work(self._sessions) as uow:
            return [case_view(c) for c in uow.cases.logged_only(limit)]

    def unacknowledged_since(self, cutoff: dt.datetime) -> list[CaseView]:
        """Escalated cases nobody acknowledged, escalated at or before `cutoff` (for reminders)."""
        require_aware(cutoff)
        with unit_of_work(self._sessions) as uow:
            return [case_view(c) for c in uow.cases.unacknowledged_since(cutoff)]


def check_report(report: Report, triage: TriageSummary) -> None:
    """ValueError naming what is wrong with a report before anything is stored."""
    unknown = [c for c in triage.categories if c not in CATEGORY_IDS]
    if unknown:
        raise ValueError(f"Unknown category ids {unknown}; use the ids of bot.policy.model.CATEGORY_IDS.")
    if len(set(triage.categories)) != len(triage.categories):
        raise ValueError("A category is listed twice in the triage result.")
    if not report.text.strip():
        raise ValueError("The report has no text.")
    if report.occurred_at is not None:
        require_aware(report.occurred_at)
    label = (report.customer_label or "").strip()
    if len(label) > CUSTOMER_LABEL_MAX:
        raise ValueError(f"The customer details are longer than {CUSTOMER_LABEL_MAX} characters together.")
    if report.idempotency_key and len(report.idempotency_key) > IDEMPOTENCY_KEY_MAX:
        raise ValueError(f"The idempotency key is longer than {IDEMPOTENCY_KEY_MAX} characters.")
    if report.permalink and len(report.permalink) > PERMALINK_MAX:
        raise ValueError(f"The permalink is longer than {PERMALINK_MAX} characters.")


def _get_case(uow: UnitOfWork, case_id: int, *, for_update: bool = False) -> Case:
    case = uow.cases.get(case_id, for_update=for_update)
    if case is None:
        raise CaseNotFound(f"No case {case_id}; it may have been purged after the retention period.")
    return case


def _state(case: Case) -> CaseState:
    return CaseState(
        status=case.status,
        escalated_at=case.escalated_at,
        acknowledged_at=case.acknowledged_at,
        roles={m.user_id: m.role for m in case.managers},
    )


def _apply(uow: UnitOfWork, case: Case, transition: Transition, surface: Surface, note: str | None = None) -> None:
    """Write a transition onto the case row, with its event in the case history."""
    now = transition.at
    case.events.append(
        CaseEvent(
            at=now,
            actor=transition.actor,
            action=transition.action.value,
            from_status=transition.from_status,
            to_status=transition.to_status,
            surface=surface,
            outcome=transition.outcome,
            note=note,
        )
    )
    case.status = transition.to_status
    case.updated_at = now
    if transition.sets_escalated:
        case.escalated_at = now
    if transition.sets_acknowledged:
        case.acknowledged_at = now
    if transition.sets_resolved:
        case.outcome = transition.outcome
        case.resolved_at = now
    if transition.clears_resolution:
        case.outcome = None
        case.resolved_at = None
    if transition.handler:
        case.handler_user_id = transition.handler
    current = {m.user_id: m for m in case.managers}
    for user_id, role in transition.roles:
        if user_id in current:
            current[user_id].role = role
        else:
            case.managers.append(CaseManager(user_id=user_id, role=role, added_at=now))
