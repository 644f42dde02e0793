"""The outbox: every Slack side effect owed for a case, stored before anyone tries it.

Deciding to escalate writes the steps (create the channel, invite, post the card, alert,
confirm, and a fallback alert for later) in one transaction that also claims the case: a second
worker deciding the same finds the steps there and only re-runs what is missing. Any worker
then claims due steps with a lease, carries them out on Slack and marks them done; a step that
fails is retried with backoff, and one Slack refuses for good is marked failed until repaired.
Nothing here speaks Slack: `bot.slack.outbox` carries the steps out.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.models import OutboxStep, StepState
from bot.db.session import unit_of_work
from bot.lifecycle import CaseAction, Surface, next_status
from bot.services.concurrency import retrying
from bot.services.results import CaseNotFound
from bot.weeks import require_aware

CREATE_CHANNEL = "create_channel"
INVITE = "invite"
POST_CARD = "post_card"
ALERT_MANAGERS = "alert_managers"
CONFIRM = "confirm"
FALLBACK_ALERT = "fallback_alert"
SWEEP_CARDS = "sweep_cards"  # owed only after a card post got no answer: a late first card is deleted

# The order steps of one case run in; 0 waits for nobody (the fallback alert runs even when
# an earlier step is stuck, which is its whole point). The urgent alert and the confirmation
# share a place: both wait for the card, neither for the other (an alert still being retried,
# or refused by every manager, must not keep the reporter from hearing the case is with managers).
STEP_SEQ = {CREATE_CHANNEL: 1, INVITE: 2, POST_CARD: 3, ALERT_MANAGERS: 4, CONFIRM: 4, FALLBACK_ALERT: 0, SWEEP_CARDS: 0}
# Steps off the escalation's path (seq 0): nobody waits for them, and they are no reason to call it stuck.
AFTERWARDS = (FALLBACK_ALERT, SWEEP_CARDS)
# The steps that put a case in front of a manager; the reporter hears "escalated" only after them.
REACHING_MANAGERS = (CREATE_CHANNEL, INVITE, POST_CARD)
CONFIRM_GRACE_SECONDS = 2  # past the listener's own wait: the listener that asked confirms itself if in time
LEASE_SECONDS = 120
MAX_BACKOFF_SECONDS = 300
ERROR_MAX = 200
REASON = "reason"  # kept in a failed step's result: the failure's i18n code and fields


@dataclass(frozen=True)
class StepView:
    """One outbox step as a worker sees it; `lease_token` is the worker's claim on it."""

    id: int
    case_id: int
    kind: str
    state: StepState
    payload: Mapping[str, Any] = field(compare=False)
    result: Mapping[str, Any] | None = field(compare=False)
    attempts: int
    due_at: dt.datetime
    last_error: str | None
    done_at: dt.datetime | None
    lease_token: str | None = None


def _view(step: OutboxStep, token: str | None = None) -> StepView:
    return StepView(
        id=step.id,
        case_id=step.case_id,
        kind=step.kind,
        state=StepState(step.state),
        payload=dict(step.payload or {}),
        result=dict(step.result) if step.result is not None else None,
        attempts=step.attempts,
        due_at=step.due_at,
        last_error=step.last_error,
        done_at=step.done_at,
        lease_token=token,
    )


def backoff_seconds(attempts: int) -> float:
    """Wait before the next try after `attempts` failures: 1, 2, 4 ... seconds, at most five minutes."""
    return float(min(MAX_BACKOFF_SECONDS, 2 ** max(0, attempts - 1)))


class OutboxService:
    """Writing, claiming and settling outbox steps; one transaction per call."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        settings: Settings,
        *,
        ack_session_factory: sessionmaker[Session] | None = None,
    ) -> None:
        self._sessions = session_factory
        self._ack_sessions = ack_session_factory or session_factory
        self._settings = settings

    # --- deciding ------------------------------------------------------------------------

    def request_escalation(
        self,
        case_id: int,
        actor: str,
        surface: Surface,
        now: dt.datetime,
        *,
        urgent: bool,
        before_ack: bool = False,
    ) -> bool:
        """Owe the case's escalation; True when this call claimed it, False when it was already owed.

        The case row is locked while deciding, so of two workers escalating the same case at
        once exactly one writes the steps. A repeated request re-runs what is missing: failed
        steps, the invitations (checked against the channel's members) and the confirmation.
        """
        require_aware(now)
        sessions = self._ack_sessions if before_ack else self._sessions
        return retrying(lambda: self._request(sessions, case_id, actor, surface, now, urgent))

    def _request(
        self, sessions: sessionmaker[Session], case_id: int, actor: str, surface: Surface, now: dt.datetime, urgent: bool
    ) -> bool:
        with unit_of_work(sessions) as uow:
            case = uow.cases.get(case_id, for_update=True)
            if case is None:
                raise CaseNotFound(f"No case {case_id}; it may have been purged after the retention period.")
            steps = {s.kind: s for s in uow.outbox.for_case(case_id, for_update=True)}
            confirm_payload = {"actor": actor, "reporter": case.reporter_user_id}
            grace = dt.timedelta(seconds=self._settings.escalation_wait_seconds + CONFIRM_GRACE_SECONDS)
            if not steps:
                if not case.escalation_channel_id:
                    next_status(case.status, CaseAction.ESCALATE)  # IllegalTransition now, not in a worker later
                alert_minutes = self._settings.escalation_alert_minutes
                plan: list[tuple[str, dict[str, Any], dt.datetime]] = [
                    (CREATE_CHANNEL, {"actor": actor, "surface": surface.value}, now),
                    (INVITE, {}, now),
                    (POST_CARD, {}, now),
                    *([(ALERT_MANAGERS, {}, now)] if urgent else []),
                    (CONFIRM, confirm_payload, now + grace),
                    (FALLBACK_ALERT, {}, now + dt.timedelta(minutes=alert_minutes)),
                ]
                uow.outbox.add_all([_new_step(case_id, kind, payload, due, now) for kind, payload, due in plan])
                return True
            for kind, step in steps.items():
                if _leased(step, now):
                    continue  # a worker is carrying it out right now: let it finish (it is idempotent anyway)
                rerun = step.state == StepState.FAILED
                if kind == INVITE and step.state == StepState.DONE:
                    rerun = True  # someone may have left or never been added: check the members again
                if kind == POST_CARD and case.card_ts is None:
                    rerun = True
                if kind == CONFIRM:
                    step.payload = confirm_payload
                    rerun = True
                if rerun:
                    _reset(step, now, due=now + grace if kind == CONFIRM else now)
            return False

    def redo(
        self, case_id: int, kinds: Sequence[str], now: dt.datetime, *, results: Mapping[str, dict[str, Any]] | None = None
    ) -> int:
        """Make the given steps of a case pending again (repair, a lost channel); returns how many.

        `results` replaces the kept result of some steps (e.g. telling channel creation that the
        case's channel was lost, so it makes a new one instead of adopting the old).
        """
        with unit_of_work(self._sessions) as uow:
            count = 0
            for step in uow.outbox.for_case(case_id, for_update=True):
                if step.kind in kinds and not _leased(step, now):
                    _reset(step, now, due=now)
                    if results is not None and step.kind in results:
                        step.result = dict(results[step.kind])
                    count += 1
            return count

    def owe(self, case_id: int, kind: str, due: dt.datetime, now: dt.datetime) -> None:
        """Owe one more step of a case, due at `due` (made pending again if the case has it already)."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            existing = next((s for s in uow.outbox.for_case(case_id, for_update=True) if s.kind == kind), None)
            if existing is None:
                uow.outbox.add_all([_new_step(case_id, kind, {}, due, now)])
            elif not _leased(existing, now):
                _reset(existing, now, due=due)

    # --- working -------------------------------------------------------------------------

    def claim(
        self,
        now: dt.datetime,
        *,
        limit: int = 10,
        case_id: int | None = None,
        due_for: Sequence[str] = (),
        lease_seconds: int = LEASE_SECONDS,
    ) -> list[StepView]:
        """Lease up to `limit` due steps to the caller (each with its own token)."""
        require_aware(now)
        with unit_of_work(self._sessions) as uow:
            claimed = []
            for step in uow.outbox.claimable(now, limit, case_id=case_id, due_for=due_for):
                token = secrets.token_hex(8)
                step.lease_token, step.lease_until = token, now + dt.timedelta(seconds=lease_seconds)
                step.attempts += 1
                step.updated_at = now
                claimed.append(_view(step, token))
            return claimed

    def complete(self, step: StepView, now: dt.datetime, result: Mapping[str, Any] | None = None) -> bool:
        """Mark a leased step done; False when the lease was lost (another worker took the step over)."""
        with unit_of_work(self._sessions) as uow:
            row = uow.outbox.get(step.id, for_update=True)
            if row is None or row.lease_token != step.lease_token or row.state != StepState.PENDING:
                return False
            row.state, row.result, row.done_at, row.updated_at = StepState.DONE, dict(result or {}), now, now
            row.lease_token = row.lease_until = None
            row.last_error = None
            return True

    def note_progress(self, step: StepView, progress: Mapping[str, Any]) -> bool:
        """Keep part of a leased step's result before it is done (whom an alert reached, say).

        A later try of the step reads it from its `result`, so what was done is not done again;
        False when the lease was lost (nothing is written).
        """
        with unit_of_work(self._sessions) as uow:
            row = uow.outbox.get(step.id, for_update=True)
            if row is None or row.lease_token != step.lease_token or row.state != StepState.PENDING:
                return False
            row.result = {**(row.result or {}), **dict(progress)}
            return True

    def postpone(
        self,
        step: StepView,
        error: str,
        now: dt.datetime,
        *,
        after_seconds: float | None = None,
        reason: Mapping[str, str] | None = None,
    ) -> StepState:
        """A try failed for now: due again after `after_seconds` (Retry-After) or a backoff; failed once out of attempts.

        `reason`: the failure as an i18n code and its fields ({"code": ..., ...}), for the reader's language.
        """
        with unit_of_work(self._sessions) as uow:
            row = uow.outbox.get(step.id, for_update=True)
            if row is None or row.lease_token != step.lease_token:
                return StepState.PENDING
            row.last_error = error[:ERROR_MAX]
            row.result = _with_reason(row.result, reason)
            row.lease_token = row.lease_until = None
            row.updated_at = now
            if row.attempts >= self._settings.outbox_max_attempts:
                row.state = StepState.FAILED
            else:
                wait = after_seconds if after_seconds is not None else backoff_seconds(row.attempts)
                row.due_at = now + dt.timedelta(seconds=wait)
            return StepState(row.state)

    def fail(self, step: StepView, error: str, now: dt.datetime, *, reason: Mapping[str, str] | None = None) -> None:
        """Slack refused the step for good: it waits for a repair (or Escalate pressed again)."""
        with unit_of_work(self._sessions) as uow:
            row = uow.outbox.get(step.id, for_update=True)
            if row is None or row.lease_token != step.lease_token:
                return
            row.state, row.last_error, row.updated_at = StepState.FAILED, error[:ERROR_MAX], now
            row.result = _with_reason(row.result, reason)
            row.lease_token = row.lease_until = None

    def fail_kind(
        self, case_id: int, kind: str, error: str, now: dt.datetime, *, reason: Mapping[str, str] | None = None
    ) -> None:
        """Mark a case's step of `kind` failed whoever holds it (a refusal found outside the step itself)."""
        with unit_of_work(self._sessions) as uow:
            for row in uow.outbox.for_case(case_id, for_update=True):
                if row.kind == kind:
                    row.state, row.last_error, row.updated_at = StepState.FAILED, error[:ERROR_MAX], now
                    row.result = _with_reason(row.result, reason)
                    row.lease_token = row.lease_until = None

    # --- reading -------------------------------------------------------------------------

    def steps(self, case_id: int) -> list[StepView]:
        """A case's steps in the order they run."""
        with unit_of_work(self._sessions) as uow:
            return [_view(s) for s in uow.outbox.for_case(case_id)]

    def backlog(self, now: dt.datetime) -> dict[str, int]:
        """How many steps are pending and failed."""
        with unit_of_work(self._sessions) as uow:
            return uow.outbox.backlog(now)

    def unfinished_cases(self, now: dt.datetime, *, older_than_seconds: float = 0) -> list[int]:
        """Cases whose escalation has a failed step, or a step pending for longer than `older_than_seconds`."""
        with unit_of_work(self._sessions) as uow:
            return uow.outbox.unfinished_case_ids(due_before=now - dt.timedelta(seconds=older_than_seconds))


def failure_reason_of(step: StepView) -> tuple[str, dict[str, str]]:
    """Why a step failed as an i18n code and its fields ("" when only the message says)."""
    reason = dict((step.result or {}).get(REASON) or {})
    code = str(reason.pop("code", "") or "")
    return code, {str(k): str(v) for k, v in reason.items()}


def _with_reason(result: Mapping[str, Any] | None, reason: Mapping[str, str] | None) -> dict[str, Any]:
    kept = {k: v for k, v in (result or {}).items() if k != REASON}
    if reason:
        kept[REASON] = {str(k): str(v)[:ERROR_MAX] for k, v in reason.items()}
    return kept


def reached_managers(steps: Sequence[StepView]) -> bool:
    """True when the channel exists, a manager is in it and the card is posted."""
    done = {s.kind for s in steps if s.state is StepState.DONE}
    return bool(steps) and all(kind in done for kind in REACHING_MANAGERS)


def stopped_for_good(steps: Sequence[OutboxStep], now: dt.datetime) -> bool:
    """True when an escalation stopped on a step that failed for good and none of its steps is running.

    Such an escalation waits for a repair or another Escalate; until then nothing of it is on
    its way (the steps behind the failed one wait for it).
    """
    on_path = [s for s in steps if s.kind not in AFTERWARDS]
    return any(s.state == StepState.FAILED for s in on_path) and not any(_leased(s, now) for s in on_path)


def _new_step(case_id: int, kind: str, payload: dict[str, Any], due: dt.datetime, now: dt.datetime) -> OutboxStep:
    return OutboxStep(
        case_id=case_id,
        kind=kind,
        seq=STEP_SEQ[kind],
        state=StepState.PENDING,
        payload=payload,
        attempts=0,
        due_at=due,
        created_at=now,
        updated_at=now,
    )


def _leased(step: OutboxStep, now: dt.datetime) -> bool:
    """True while a worker holds the step (its lease has not run out)."""
    return step.state == StepState.PENDING and step.lease_until is not None and step.lease_until > now


def _reset(step: OutboxStep, now: dt.datetime, *, due: dt.datetime) -> None:
    step.state = StepState.PENDING
    step.attempts = 0
    step.due_at = due
    step.lease_token = step.lease_until = None
    step.done_at = None
    step.updated_at = now
