"""The outbox service on a real database: claiming with leases, backoff, failure, re-runs; no Slack."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.db.models import StepState
from bot.db.session import make_engine, make_session_factory
from bot.lifecycle import CaseAction, IllegalTransition, Surface
from bot.services.cases import CaseService
from bot.services.outbox import (
    CONFIRM,
    CREATE_CHANNEL,
    FALLBACK_ALERT,
    INVITE,
    POST_CARD,
    OutboxService,
    backoff_seconds,
    reached_managers,
)
from tests.test_db_cases import KEY, NOW, report

UTC = dt.UTC


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(db_url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(data_dir=tmp_path, database_url=db_url, outbox_max_attempts=3, escalation_alert_minutes=10)


@pytest.fixture
def cases(sessions: sessionmaker[Session], settings: Settings) -> CaseService:
    return CaseService(sessions, KEY, settings)


@pytest.fixture
def outbox(sessions: sessionmaker[Session], settings: Settings) -> OutboxService:
    return OutboxService(sessions, settings)


def _case(cases: CaseService, n: int = 0) -> int:
    return cases.record_report(*report(key=f"k{n}"), NOW).id


def test_requesting_an_escalation_claims_the_case_once(cases: CaseService, outbox: OutboxService) -> None:
    case_id = _case(cases)
    assert outbox.request_escalation(case_id, "U1", Surface.BUTTON, NOW, urgent=True) is True
    assert outbox.request_escalation(case_id, "U2", Surface.BUTTON, NOW, urgent=True) is False
    kinds = [s.kind for s in outbox.steps(case_id)]
    assert kinds == [FALLBACK_ALERT, CREATE_CHANNEL, INVITE, POST_CARD, "alert_managers", CONFIRM]
    fallback = outbox.steps(case_id)[0]
    assert fallback.due_at == NOW + dt.timedelta(minutes=10)


def test_steps_run_in_order_and_a_lease_keeps_others_off(cases: CaseService, outbox: OutboxService) -> None:
    case_id = _case(cases)
    outbox.request_escalation(case_id, "U1", Surface.BUTTON, NOW, urgent=False)
    [first] = outbox.claim(NOW)
    assert first.kind == CREATE_CHANNEL and first.lease_token
    assert outbox.claim(NOW) == []  # the next step waits for the first; the first is leased
    assert outbox.claim(NOW + dt.timedelta(minutes=5)) != []  # a lease that ran out: another worker takes over
    assert outbox.complete(first, NOW, {"channel_id": "C1"}) is False  # ... and the first worker's lease is gone


def test_postpone_backs_off_honours_retry_after_and_fails_after_the_last_attempt(
    cases: CaseService, outbox: OutboxService
) -> None:
    case_id = _case(cases)
    outbox.request_escalation(case_id, "U1", Surface.BUTTON, NOW, urgent=False)
    [step] = outbox.claim(NOW)
    assert outbox.postpone(step, "Slack answered ratelimited", NOW, after_seconds=7) is StepState.PENDING
    assert outbox.claim(NOW + dt.timedelta(seconds=6)) == []
    [step] = outbox.claim(NOW + dt.timedelta(seconds=7))
    assert outbox.postpone(step, "Slack answered internal_error", NOW) is StepState.PENDING
    [step] = outbox.claim(NOW + dt.timedelta(seconds=backoff_seconds(2)))
    assert outbox.postpone(step, "Slack answered internal_error", NOW) is StepState.FAILED  # third of three
    [failed] = [s for s in outbox.steps(case_id) if s.kind == CREATE_CHANNEL]
    assert failed.state is StepState.FAILED and failed.last_error == "Slack answered internal_error"
    assert outbox.unfinished_cases(NOW) == [case_id]

    assert outbox.request_escalation(case_id, "U1", Surface.BUTTON, NOW, urgent=False) is False  # pressed again
    [again] = outbox.claim(NOW)
    assert again.kind == CREATE_CHANNEL and again.attempts == 1


def test_reached_managers_needs_channel_invites_and_card(cases: CaseService, outbox: OutboxService) -> None:
    case_id = _case(cases)
    outbox.request_escalation(case_id, "U1", Surface.BUTTON, NOW, urgent=False)
    for _ in range(3):
        [step] = outbox.claim(NOW)
        assert not reached_managers(outbox.steps(case_id))
        assert outbox.complete(step, NOW)
    assert reached_managers(outbox.steps(case_id))


def test_a_resolved_case_cannot_be_asked_to_escalate(cases: CaseService, outbox: OutboxService) -> None:
    case_id = _case(cases)
    cases.apply_action(case_id, "U1", CaseAction.LOG_ONLY, Surface.BUTTON, NOW)
    assert outbox.request_escalation(case_id, "U1", Surface.BUTTON, NOW, urgent=False)  # logged-only may escalate
    with pytest.raises(IllegalTransition):
        outbox.request_escalation(_resolved_without_channel(cases), "U1", Surface.BUTTON, NOW, urgent=False)


def _resolved_without_channel(cases: CaseService) -> int:
    case_id = _case(cases, 2)
    cases.apply_action(case_id, "U1", CaseAction.LOG_ONLY, Surface.BUTTON, NOW)
    cases.mark_escalated(case_id, "U1", "", ["U0M"], Surface.BUTTON, NOW)  # no channel kept (an old record)
    cases.apply_action(case_id, "U0M", CaseAction.RESOLVE, Surface.BUTTON, NOW, outcome="no_further_action")
    return case_id


def test_concurrent_workers_claim_different_steps(cases: CaseService, outbox: OutboxService) -> None:
    ids = [_case(cases, n) for n in range(12)]
    for case_id in ids:
        outbox.request_escalation(case_id, "U1", Surface.BUTTON, NOW, urgent=False)
    claimed: list[list[int]] = [[] for _ in range(4)]

    def work(slot: int) -> None:
        for _ in range(5):
            claimed[slot] += [s.id for s in outbox.claim(NOW, limit=2)]

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [step for slot in claimed for step in slot]
    assert len(everything) == len(set(everything)) == 12  # each case's first step, each by one worker only
