"""The life cycle of a case and the vocabulary a case is recorded with.

Pure: a transition table, enums, and `apply`, which says what an action does to a case
snapshot (statuses, timestamps, handler, managers' roles, service refused) without touching a
database. The case service applies the returned `Transition` and records it.

    reported      escalate -> escalated, log_only -> logged_only
    logged_only   escalate -> escalated
    escalated     acknowledge -> acknowledged; take_over, warn_customer, refuse_service,
                  refer_legal, refer_police -> in_progress; resolve -> resolved
    acknowledged  take_over, warn_customer, refuse_service, refer_* -> in_progress; resolve -> resolved
    in_progress   take_over, warn_customer, refuse_service, refer_* -> in_progress; resolve -> resolved
    resolved      reopen -> in_progress
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class CaseStatus(str, Enum):
    """Where a case is in its life cycle."""

    REPORTED = "reported"
    LOGGED_ONLY = "logged_only"
    ESCALATED = "escalated"
    ACKNOWLEDGED = "acknowledged"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"

    @property
    def is_open(self) -> bool:
        """True while a manager still has to act: escalated, acknowledged or in progress."""
        return self in OPEN_STATUSES


OPEN_STATUSES = frozenset({CaseStatus.ESCALATED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS})


class CaseAction(str, Enum):
    """Something a person does to a case."""

    ESCALATE = "escalate"
    LOG_ONLY = "log_only"
    ACKNOWLEDGE = "acknowledge"
    TAKE_OVER = "take_over"
    WARN_CUSTOMER = "warn_customer"
    REFUSE_SERVICE = "refuse_service"
    REFER_LEGAL = "refer_legal"
    REFER_POLICE = "refer_police"
    RESOLVE = "resolve"
    REOPEN = "reopen"


class Outcome(str, Enum):
    """How a resolved case ended."""

    RESOLVED_WITH_CUSTOMER = "resolved_with_customer"
    SERVICE_REFUSED = "service_refused"
    REFERRED_POLICE = "referred_police"
    REFERRED_LEGAL = "referred_legal"
    NO_FURTHER_ACTION = "no_further_action"
    NOT_HARASSMENT = "not_harassment"


class ReportSource(str, Enum):
    """How a report reached the bot."""

    SLASH_COMMAND = "slash_command"
    MESSAGE_SHORTCUT = "message_shortcut"
    MODAL = "modal"


class ContactChannel(str, Enum):
    """How the customer was in contact when the incident happened."""

    PHONE = "phone"
    IN_PERSON = "in_person"
    EMAIL = "email"
    CHAT = "chat"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class Surface(str, Enum):
    """Where an action came from: a Slack surface, the scheduler or the command line."""

    SLASH_COMMAND = "slash_command"
    SHORTCUT = "shortcut"
    BUTTON = "button"
    MODAL = "modal"
    APP_HOME = "app_home"
    SCHEDULER = "scheduler"
    CLI = "cli"


class IllegalTransition(Exception):
    """An action that the case's current status does not allow."""

    def __init__(self, status: CaseStatus, action: CaseAction) -> None:
        self.status = status
        self.action = action
        allowed = ", ".join(a.value for a in allowed_actions(status)) or "none"
        super().__init__(
            f"A case that is {status.value.replace('_', ' ')} cannot be given '{action.value}'; allowed now: {allowed}."
        )


_MANAGER_ACTIONS = (
    CaseAction.TAKE_OVER,
    CaseAction.WARN_CUSTOMER,
    CaseAction.REFUSE_SERVICE,
    CaseAction.REFER_LEGAL,
    CaseAction.REFER_POLICE,
)

# Any hands-on action by a manager moves the case to "in progress"; the action itself is
# recorded as an event, so warning, refusing service and referring do not need own statuses.
TRANSITIONS: dict[CaseStatus, dict[CaseAction, CaseStatus]] = {
    CaseStatus.REPORTED: {
        CaseAction.ESCALATE: CaseStatus.ESCALATED,
        CaseAction.LOG_ONLY: CaseStatus.LOGGED_ONLY,
    },
    CaseStatus.LOGGED_ONLY: {
        CaseAction.ESCALATE: CaseStatus.ESCALATED,
    },
    CaseStatus.ESCALATED: {
        CaseAction.ACKNOWLEDGE: CaseStatus.ACKNOWLEDGED,
        **{a: CaseStatus.IN_PROGRESS for a in _MANAGER_ACTIONS},
        CaseAction.RESOLVE: CaseStatus.RESOLVED,
    },
    CaseStatus.ACKNOWLEDGED: {
        **{a: CaseStatus.IN_PROGRESS for a in _MANAGER_ACTIONS},
        CaseAction.RESOLVE: CaseStatus.RESOLVED,
    },
    CaseStatus.IN_PROGRESS: {
        **{a: CaseStatus.IN_PROGRESS for a in _MANAGER_ACTIONS},
        CaseAction.RESOLVE: CaseStatus.RESOLVED,
    },
    CaseStatus.RESOLVED: {
        CaseAction.REOPEN: CaseStatus.IN_PROGRESS,
    },
}


def next_status(status: CaseStatus | str, action: CaseAction | str) -> CaseStatus:
    """The status after `action`; IllegalTransition if the current status does not allow it."""
    status, action = CaseStatus(status), CaseAction(action)
    try:
        return TRANSITIONS[status][action]
    except KeyError:
        raise IllegalTransition(status, action) from None


def allowed_actions(status: CaseStatus | str) -> tuple[CaseAction, ...]:
    """Actions the status allows, in the order of `CaseAction` (for showing only valid buttons)."""
    allowed = TRANSITIONS[CaseStatus(status)]
    return tuple(a for a in CaseAction if a in allowed)


def check_outcome(action: CaseAction | str, outcome: Outcome | str | None) -> Outcome | None:
    """The outcome to record: required when resolving, refused with any other action."""
    action = CaseAction(action)
    if action is CaseAction.RESOLVE:
        if outcome is None:
            raise ValueError("Resolving a case needs an outcome, e.g. resolved_with_customer.")
        return Outcome(outcome)
    if outcome is not None:
        raise ValueError(f"An outcome is recorded only when resolving, not with '{action.value}'.")
    return None


def acknowledges(action: CaseAction | str) -> bool:
    """True when the action shows a manager has picked the case up (for time-to-acknowledge)."""
    action = CaseAction(action)
    return action is CaseAction.ACKNOWLEDGE or action in _MANAGER_ACTIONS or action is CaseAction.RESOLVE


# --- what an action does to a case ---------------------------------------------------------

# The role a person takes in a case by an action; a stronger role replaces a weaker one.
ROLE_NOTIFIED = "notified"
ROLE_ACKNOWLEDGED = "acknowledged"
ROLE_HANDLING = "handling"
_ROLE_OF_ACTION = {CaseAction.TAKE_OVER: ROLE_HANDLING}
_ROLE_RANK = {ROLE_NOTIFIED: 0, ROLE_ACKNOWLEDGED: 1, ROLE_HANDLING: 2}


@dataclass(frozen=True)
class CaseState:
    """What the rules need to know about a case: a snapshot, no database row."""

    status: CaseStatus
    escalated_at: dt.datetime | None = None
    acknowledged_at: dt.datetime | None = None
    roles: Mapping[str, str] = field(default_factory=dict)  # user id -> role


@dataclass(frozen=True)
class Transition:
    """The change an action makes; the case service applies it and records it."""

    action: CaseAction
    actor: str
    at: dt.datetime
    from_status: CaseStatus
    to_status: CaseStatus
    outcome: Outcome | None = None  # recorded with a resolve
    sets_acknowledged: bool = False  # the first acknowledgement of an escalated case
    sets_escalated: bool = False
    sets_resolved: bool = False
    clears_resolution: bool = False  # a reopen: outcome and resolved time go
    handler: str | None = None  # who now handles the case (take over)
    roles: tuple[tuple[str, str], ...] = ()  # (user id, new role) for people whose role changes
    refuses_service: bool = False  # the customer is marked "service refused"

    def audit_detail(self) -> dict[str, Any]:
        """What the audit log keeps of the change."""
        detail: dict[str, Any] = {"from": self.from_status.value, "to": self.to_status.value}
        if self.action is CaseAction.RESOLVE:
            detail["outcome"] = self.outcome.value if self.outcome else None
        return detail


def apply(
    state: CaseState,
    action: CaseAction | str,
    actor: str,
    now: dt.datetime,
    *,
    outcome: Outcome | str | None = None,
    notify: Sequence[str] = (),
) -> Transition:
    """The transition `action` makes on a case in `state`; IllegalTransition or ValueError if not allowed.

    `notify` lists the managers an escalation reaches (they become "notified").
    """
    action = CaseAction(action)
    checked = check_outcome(action, outcome)
    to_status = next_status(state.status, action)
    roles: list[tuple[str, str]] = []
    if action is CaseAction.ESCALATE:
        roles = [(m, ROLE_NOTIFIED) for m in dict.fromkeys(notify) if m not in state.roles]
    elif action is not CaseAction.LOG_ONLY:
        role = _ROLE_OF_ACTION.get(action, ROLE_ACKNOWLEDGED)
        current = state.roles.get(actor)
        if current is None or _ROLE_RANK[role] > _ROLE_RANK.get(current, -1):
            roles = [(actor, role)]
    return Transition(
        action=action,
        actor=actor,
        at=now,
        from_status=state.status,
        to_status=to_status,
        outcome=checked,
        sets_acknowledged=acknowledges(action) and state.escalated_at is not None and state.acknowledged_at is None,
        sets_escalated=action is CaseAction.ESCALATE,
        sets_resolved=action is CaseAction.RESOLVE,
        clears_resolution=action is CaseAction.REOPEN,
        handler=actor if action is CaseAction.TAKE_OVER else None,
        roles=tuple(roles),
        refuses_service=action is CaseAction.REFUSE_SERVICE or checked is Outcome.SERVICE_REFUSED,
    )
