"""The case life cycle as a table: every status against every action."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.lifecycle import (
    ROLE_ACKNOWLEDGED,
    ROLE_HANDLING,
    ROLE_NOTIFIED,
    CaseAction,
    CaseState,
    CaseStatus,
    IllegalTransition,
    Outcome,
    Transition,
    acknowledges,
    allowed_actions,
    apply,
    check_outcome,
    next_status,
)

S = CaseStatus
A = CaseAction

HANDS_ON = (A.TAKE_OVER, A.WARN_CUSTOMER, A.REFUSE_SERVICE, A.REFER_LEGAL, A.REFER_POLICE)

# The whole table; any pair not listed must be refused.
LEGAL = {
    (S.REPORTED, A.ESCALATE): S.ESCALATED,
    (S.REPORTED, A.LOG_ONLY): S.LOGGED_ONLY,
    (S.LOGGED_ONLY, A.ESCALATE): S.ESCALATED,
    (S.ESCALATED, A.ACKNOWLEDGE): S.ACKNOWLEDGED,
    (S.ESCALATED, A.RESOLVE): S.RESOLVED,
    (S.ACKNOWLEDGED, A.RESOLVE): S.RESOLVED,
    (S.IN_PROGRESS, A.RESOLVE): S.RESOLVED,
    (S.RESOLVED, A.REOPEN): S.IN_PROGRESS,
    **{
        (status, action): S.IN_PROGRESS
        for status in (S.ESCALATED, S.ACKNOWLEDGED, S.IN_PROGRESS)
        for action in HANDS_ON
    },
}

ALL_PAIRS = [(status, action) for status in CaseStatus for action in CaseAction]


@pytest.mark.parametrize(("status", "action"), [p for p in ALL_PAIRS if p in LEGAL])
def test_legal_transition(status: CaseStatus, action: CaseAction) -> None:
    assert next_status(status, action) is LEGAL[(status, action)]


@pytest.mark.parametrize(("status", "action"), [p for p in ALL_PAIRS if p not in LEGAL])
def test_illegal_transition_is_refused(status: CaseStatus, action: CaseAction) -> None:
    with pytest.raises(IllegalTransition) as error:
        next_status(status, action)
    assert error.value.status is status and error.value.action is action
    assert action.value in str(error.value)


@pytest.mark.parametrize(
    ("status", "action", "message_part"),
    [
        (S.REPORTED, A.ACKNOWLEDGE, "reported cannot be given 'acknowledge'; allowed now: escalate, log_only"),
        (S.RESOLVED, A.RESOLVE, "allowed now: reopen"),
        (S.ESCALATED, A.REOPEN, "escalated cannot"),
        (S.ACKNOWLEDGED, A.ACKNOWLEDGE, "acknowledged cannot be given 'acknowledge'"),
        (S.IN_PROGRESS, A.LOG_ONLY, "in progress cannot"),
    ],
)
def test_illegal_transition_message_says_what_is_allowed(
    status: CaseStatus, action: CaseAction, message_part: str
) -> None:
    with pytest.raises(IllegalTransition, match=message_part):
        next_status(status, action)


def test_string_values_are_accepted() -> None:
    assert next_status("reported", "escalate") is S.ESCALATED


@pytest.mark.parametrize("status", list(CaseStatus))
def test_allowed_actions_match_the_table(status: CaseStatus) -> None:
    assert set(allowed_actions(status)) == {a for (s, a) in LEGAL if s is status}


@pytest.mark.parametrize(
    ("status", "is_open"),
    [
        (S.REPORTED, False),
        (S.LOGGED_ONLY, False),
        (S.ESCALATED, True),
        (S.ACKNOWLEDGED, True),
        (S.IN_PROGRESS, True),
        (S.RESOLVED, False),
    ],
)
def test_open_statuses(status: CaseStatus, is_open: bool) -> None:
    assert status.is_open is is_open


def test_resolving_needs_an_outcome() -> None:
    with pytest.raises(ValueError, match="needs an outcome"):
        check_outcome(A.RESOLVE, None)
    assert check_outcome(A.RESOLVE, "service_refused") is Outcome.SERVICE_REFUSED


@pytest.mark.parametrize("action", [a for a in CaseAction if a is not A.RESOLVE])
def test_outcome_only_with_resolve(action: CaseAction) -> None:
    assert check_outcome(action, None) is None
    with pytest.raises(ValueError, match="only when resolving"):
        check_outcome(action, Outcome.NO_FURTHER_ACTION)


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        (A.ACKNOWLEDGE, True),
        (A.TAKE_OVER, True),
        (A.WARN_CUSTOMER, True),
        (A.REFUSE_SERVICE, True),
        (A.REFER_POLICE, True),
        (A.RESOLVE, True),
        (A.ESCALATE, False),
        (A.LOG_ONLY, False),
        (A.REOPEN, False),
    ],
)
def test_which_actions_count_as_acknowledgement(action: CaseAction, expected: bool) -> None:
    assert acknowledges(action) is expected


# --- what an action does to a case (bot.lifecycle.apply), table-driven, no database --------------

T0 = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
T1 = T0 + dt.timedelta(minutes=7)
ESCALATED = CaseState(CaseStatus.ESCALATED, escalated_at=T0, roles={"M1": ROLE_NOTIFIED, "M2": ROLE_NOTIFIED})
ACKED = CaseState(CaseStatus.ACKNOWLEDGED, escalated_at=T0, acknowledged_at=T0, roles={"M1": ROLE_ACKNOWLEDGED})
IN_PROGRESS = CaseState(CaseStatus.IN_PROGRESS, escalated_at=T0, acknowledged_at=T0, roles={"M1": ROLE_HANDLING})
RESOLVED = CaseState(CaseStatus.RESOLVED, escalated_at=T0, acknowledged_at=T0, roles={"M1": ROLE_HANDLING})

APPLY_TABLE = [
    # state, action, actor, outcome, expected fields of the transition
    (CaseState(CaseStatus.REPORTED), CaseAction.LOG_ONLY, "U1", None,
     dict(to_status=CaseStatus.LOGGED_ONLY, roles=(), sets_acknowledged=False, handler=None)),
    (ESCALATED, CaseAction.ACKNOWLEDGE, "M1", None,
     dict(to_status=CaseStatus.ACKNOWLEDGED, sets_acknowledged=True, roles=(("M1", ROLE_ACKNOWLEDGED),))),
    (ESCALATED, CaseAction.TAKE_OVER, "M2", None,
     dict(to_status=CaseStatus.IN_PROGRESS, sets_acknowledged=True, handler="M2", roles=(("M2", ROLE_HANDLING),))),
    (ESCALATED, CaseAction.WARN_CUSTOMER, "M1", None,
     dict(to_status=CaseStatus.IN_PROGRESS, sets_acknowledged=True, refuses_service=False)),
    (ACKED, CaseAction.REFUSE_SERVICE, "M1", None,
     dict(to_status=CaseStatus.IN_PROGRESS, sets_acknowledged=False, refuses_service=True, roles=())),
    (ACKED, CaseAction.TAKE_OVER, "M1", None,
     dict(handler="M1", roles=(("M1", ROLE_HANDLING),))),
    (IN_PROGRESS, CaseAction.REFER_POLICE, "M1", None,
     dict(to_status=CaseStatus.IN_PROGRESS, roles=())),  # a handler stays the handler
    (IN_PROGRESS, CaseAction.RESOLVE, "M1", Outcome.SERVICE_REFUSED,
     dict(to_status=CaseStatus.RESOLVED, sets_resolved=True, outcome=Outcome.SERVICE_REFUSED, refuses_service=True)),
    (ESCALATED, CaseAction.RESOLVE, "M3", Outcome.NOT_HARASSMENT,
     dict(to_status=CaseStatus.RESOLVED, sets_acknowledged=True, outcome=Outcome.NOT_HARASSMENT, roles=(("M3", ROLE_ACKNOWLEDGED),))),
    (RESOLVED, CaseAction.REOPEN, "M1", None,
     dict(to_status=CaseStatus.IN_PROGRESS, clears_resolution=True, sets_resolved=False)),
]


@pytest.mark.parametrize(("state", "action", "actor", "outcome", "expected"), APPLY_TABLE)
def test_apply(state: CaseState, action: CaseAction, actor: str, outcome: Outcome | None, expected: dict) -> None:
    transition = apply(state, action, actor, T1, outcome=outcome)
    assert isinstance(transition, Transition)
    assert transition.from_status is state.status and transition.at == T1 and transition.actor == actor
    for field_name, value in expected.items():
        assert getattr(transition, field_name) == value, field_name


def test_escalation_notifies_the_managers_once_and_not_the_ones_already_involved() -> None:
    transition = apply(CaseState(CaseStatus.LOGGED_ONLY, roles={"M1": ROLE_HANDLING}), CaseAction.ESCALATE, "U1", T1,
                       notify=["M1", "M2", "M2", "M3"])
    assert transition.to_status is CaseStatus.ESCALATED and transition.sets_escalated
    assert transition.roles == (("M2", ROLE_NOTIFIED), ("M3", ROLE_NOTIFIED))
    assert not transition.sets_acknowledged


@pytest.mark.parametrize(
    ("state", "action", "outcome", "error"),
    [
        (RESOLVED, CaseAction.ACKNOWLEDGE, None, IllegalTransition),
        (CaseState(CaseStatus.REPORTED), CaseAction.RESOLVE, Outcome.NOT_HARASSMENT, IllegalTransition),
        (ACKED, CaseAction.RESOLVE, None, ValueError),  # resolving needs an outcome
        (ACKED, CaseAction.WARN_CUSTOMER, Outcome.NOT_HARASSMENT, ValueError),  # only a resolve takes one
    ],
)
def test_apply_refuses(state: CaseState, action: CaseAction, outcome: Outcome | None, error: type[Exception]) -> None:
    with pytest.raises(error):
        apply(state, action, "M1", T1, outcome=outcome)


def test_audit_detail_names_the_change() -> None:
    resolve = apply(IN_PROGRESS, CaseAction.RESOLVE, "M1", T1, outcome=Outcome.REFERRED_POLICE)
    assert resolve.audit_detail() == {"from": "in_progress", "to": "resolved", "outcome": "referred_police"}
    assert apply(ESCALATED, CaseAction.ACKNOWLEDGE, "M1", T1).audit_detail() == {"from": "escalated", "to": "acknowledged"}
