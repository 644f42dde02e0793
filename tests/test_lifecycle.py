"""The case life cycle as a table: every status against every action."""

from __future__ import annotations

import pytest

from bot.lifecycle import (
    CaseAction,
    CaseStatus,
    IllegalTransition,
    Outcome,
    acknowledges,
    allowed_actions,
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
