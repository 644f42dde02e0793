"""The urgent alert to managers (critical or happening-now cases) under Slack faults.

A transient error (internal_error, 429, no answer) is retried by the outbox, for the managers
not yet reached only; a manager Slack refuses for good is given up on; nobody reached at all
leaves the case stuck where operators look (`case list --stuck`, the failed-steps gauge).
Through the real HTTP endpoint against the emulator.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse
from sqlalchemy import update

from bot.db.health import outbox_counts
from bot.db.models import OutboxStep, StepState
from bot.emulator.workplace import MANAGER, MANAGER_2, STAFF, Workplace
from bot.services.outbox import ALERT_MANAGERS, CONFIRM, StepView
from bot.services.results import CaseView
from bot.slack import ids
from bot.slack.repair import stuck_cases
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_slack import ASSAULT, texts

ESCALATED = "Managers have been notified"


def escalate_assault(workplace: Workplace) -> tuple[CaseView, dict[str, Any]]:
    """`/harassment ASSAULT` (critical), Escalate; the case and what the reporter was told."""
    workplace.command(ASSAULT, user=STAFF)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    [told] = workplace.wait_for_response(pressed)
    [case] = workplace.cases.cases_for_reporter(STAFF)
    return case, told


def alerts(workplace: Workplace, manager: str, case: CaseView) -> list[dict[str, Any]]:
    return [m for m in workplace.dm(manager) if case.ref in (m.get("text") or "")]


def alert_step(workplace: Workplace, case: CaseView) -> StepView:
    return next(s for s in workplace.bot.services.outbox.steps(case.id) if s.kind == ALERT_MANAGERS)


def settled(workplace: Workplace, case: CaseView, timeout: float = 15) -> StepView:
    def done() -> StepView | None:
        step = alert_step(workplace, case)
        return step if step.state is not StepState.PENDING else None

    return workplace.slack.wait_until(done, timeout, "the urgent alert step settled")


def test_an_alert_both_managers_missed_on_internal_error_is_retried_once_each(workplace: Workplace) -> None:
    workplace.slack.fail_next("conversations.open", "internal_error", times=2)  # the tester's s11.py
    case, told = escalate_assault(workplace)

    step = settled(workplace, case)
    assert step.state is StepState.DONE and step.attempts >= 2
    assert sorted(step.result["reached"]) == sorted([MANAGER, MANAGER_2]) and step.result["sent"] == 2
    for manager in (MANAGER, MANAGER_2):
        assert len(alerts(workplace, manager, case)) == 1
    assert ESCALATED in texts(told["blocks"])


def test_a_manager_already_alerted_is_not_alerted_again_when_another_is_retried(workplace: Workplace) -> None:
    workplace.slack.fail_next("conversations.open", "internal_error", times=1)  # the first manager only
    case, _ = escalate_assault(workplace)

    step = settled(workplace, case)
    assert step.state is StepState.DONE and step.attempts == 2
    for manager in (MANAGER, MANAGER_2):
        assert len(alerts(workplace, manager, case)) == 1, manager
    dm_posts = [p for p in workplace.slack.calls_to("chat.postMessage") if p.get("channel", "").startswith("D")]
    assert len([p for p in dm_posts if case.ref in str(p.get("text"))]) == 2  # one each, nobody twice


def test_rate_limited_alerts_are_retried(workplace: Workplace) -> None:
    workplace.timeout = 20  # the client itself waits out some Retry-Afters before the reporter hears
    workplace.slack.rate_limit("conversations.open", times=4, retry_after=1)
    case, _ = escalate_assault(workplace)

    step = settled(workplace, case, timeout=20)
    assert step.state is StepState.DONE
    for manager in (MANAGER, MANAGER_2):
        assert len(alerts(workplace, manager, case)) == 1, manager


def stall_an_alert(workplace: Workplace, *, history_refused: bool = False) -> CaseView:
    """Escalate ASSAULT with the post of one alert landing unanswered; the case."""
    slack = workplace.slack
    # An alert lands, but its answer never arrives in time. Only an alert takes the stall (the card and
    # the reporter's confirmation are posted around it), set before the press so no timing decides it.
    slack.stall("chat.postMessage", 3, text_contains=ALERT_TEXT)
    workplace.command(ASSAULT, user=STAFF)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    if history_refused:  # a bot installed without im:history cannot read its DMs (the card's own look is done)
        slack.wait_until(
            lambda: [c for c in slack.calls_to("chat.postMessage") if ALERT_TEXT in str(c.get("text"))] or None,
            10,
            "the first alert posted",
        )
        slack.fail_next("conversations.history", "missing_scope")
    workplace.wait_for_response(pressed)
    [case] = workplace.cases.cases_for_reporter(STAFF)
    return case


ALERT_TEXT = "needs a manager now"  # the English alert's text (alert.fallback_text)


def test_an_alert_that_got_no_answer_but_landed_is_not_sent_twice(
    open_workplace: Callable[..., Workplace], error_log: ErrorLog
) -> None:
    workplace = open_workplace(slack_timeout_seconds=2)
    workplace.timeout = 20
    case = stall_an_alert(workplace)

    step = settled(workplace, case, timeout=25)
    assert step.state is StepState.DONE and step.attempts == 2
    for manager in (MANAGER, MANAGER_2):
        assert len(alerts(workplace, manager, case)) == 1, manager
    assert workplace.slack.calls_to("conversations.history")[-1]["channel"].startswith("D")  # looked before alerting again
    assert {r.getMessage() for r in error_log.take()} <= {"Failed to send a request to Slack API server: timed out"}


def test_an_alert_that_got_no_answer_is_sent_again_when_its_dm_cannot_be_read(
    open_workplace: Callable[..., Workplace], error_log: ErrorLog
) -> None:
    workplace = open_workplace(slack_timeout_seconds=2)
    workplace.timeout = 20
    case = stall_an_alert(workplace, history_refused=True)

    step = settled(workplace, case, timeout=25)
    assert step.state is StepState.DONE and sorted(step.result["reached"]) == sorted([MANAGER, MANAGER_2])
    assert sorted(len(alerts(workplace, m, case)) for m in (MANAGER, MANAGER_2)) == [1, 2]  # twice, not never
    assert {r.getMessage() for r in error_log.take()} <= {"Failed to send a request to Slack API server: timed out"}


def test_no_manager_reachable_for_good_fails_the_step_and_the_case_shows_as_stuck(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    workplace.slack.fail_next("conversations.open", "user_not_found", times=2)
    case, told = escalate_assault(workplace)

    step = settled(workplace, case)
    assert step.state is StepState.FAILED and step.attempts == 1  # a refusal for good is not retried
    assert step.result["refused"] == {MANAGER: "user_not_found", MANAGER_2: "user_not_found"}
    assert "urgent alert" in str(step.last_error)
    # The card is up and the managers are in the channel: the reporter is told so, and once.
    assert ESCALATED in texts(told["blocks"])
    # The confirmation is sent before its step is marked done: wait for the mark.
    workplace.slack.wait_until(
        lambda: next(s for s in workplace.bot.services.outbox.steps(case.id) if s.kind == CONFIRM).state is StepState.DONE
        or None,
        10,
        "the confirmation marked done",
    )
    services = workplace.bot.services
    stuck = {h.case.id: h for h in stuck_cases(services.cases, services.outbox, services.clock())}
    assert any(p.startswith("alert_managers failed") for p in stuck[case.id].problems)
    with services.engines[0].connect() as connection:  # what /metrics reads (kasuhara_outbox_failed)
        assert outbox_counts(connection).failed == 1
    logged = [r.getMessage() for r in error_log.take()]
    assert sum("Slack refused the urgent alert" in m for m in logged) == 2
    # The managers are in the case channel: the alert is said there, in the card's thread, once.
    [line] = [m for m in workplace.thread(case) if "urgent direct message could not be delivered" in m["text"]]
    assert f"<@{MANAGER}>" in line["text"] and f"<@{MANAGER_2}>" in line["text"] and "user_not_found" in line["text"]
    # The repair job tries again, and Slack refuses again: the thread is not told twice.
    opened = len(workplace.slack.calls_to("conversations.open"))
    workplace.slack.fail_next("conversations.open", "user_not_found", times=2)
    services.outbox.redo(case.id, [ALERT_MANAGERS], services.clock())

    def refused_again() -> bool | None:
        tried = len(workplace.slack.calls_to("conversations.open")) >= opened + 2
        return (tried and alert_step(workplace, case).state is StepState.FAILED) or None

    workplace.slack.wait_until(refused_again, 15, "the alert refused again")
    assert len([m for m in workplace.thread(case) if "urgent direct message" in m["text"]]) == 1
    assert sum("Slack refused the urgent alert" in r.getMessage() for r in error_log.take()) == 2


IN_THREAD = "urgent direct message could not be delivered"


def test_an_alert_that_runs_out_of_retries_is_said_once_in_the_thread(
    open_workplace: Callable[..., Workplace], error_log: ErrorLog
) -> None:
    workplace = open_workplace(outbox_max_attempts=2)
    workplace.slack.fail_next("conversations.open", "internal_error", times=50)  # Slack keeps failing, not refusing
    case, told = escalate_assault(workplace)

    step = settled(workplace, case)
    assert step.state is StepState.FAILED and step.attempts == 2 and step.result["reached"] == []
    assert ESCALATED in texts(told["blocks"])
    # Said where the managers are, mentioning each of them, once (not at each try).
    [line] = [m for m in workplace.thread(case) if IN_THREAD in m["text"]]
    assert f"<@{MANAGER}>" in line["text"] and f"<@{MANAGER_2}>" in line["text"] and "internal_error" in line["text"]
    assert step.result["told_in_thread"] is True

    # A repair tries again and runs out again: the thread is not told twice.
    services = workplace.bot.services
    opened = len(workplace.slack.calls_to("conversations.open"))
    services.outbox.redo(case.id, [ALERT_MANAGERS], services.clock())

    def failed_again() -> bool | None:
        tried = len(workplace.slack.calls_to("conversations.open")) >= opened + 4
        return (tried and alert_step(workplace, case).state is StepState.FAILED) or None

    workplace.slack.wait_until(failed_again, 15, "the alert failed again")
    assert len([m for m in workplace.thread(case) if IN_THREAD in m["text"]]) == 1


def test_an_alert_that_reached_one_manager_names_only_the_other_in_the_thread(
    open_workplace: Callable[..., Workplace], monkeypatch: pytest.MonkeyPatch
) -> None:
    workplace = open_workplace(outbox_max_attempts=2, language="ja")
    publisher = workplace.bot.ctx.publisher
    original = publisher.alert_manager

    def second_manager_unreachable(case: CaseView, channel_id: str, manager: str) -> None:
        if manager == MANAGER_2:  # Slack is down for this one, at every try
            data = {"ok": False, "error": "service_unavailable"}
            response = SlackResponse(
                client=None, http_verb="POST", api_url="", req_args={}, data=data, headers={}, status_code=503
            )
            raise SlackApiError("service_unavailable", response)
        original(case, channel_id, manager)

    monkeypatch.setattr(publisher, "alert_manager", second_manager_unreachable)
    case, _ = escalate_assault(workplace)

    step = settled(workplace, case)
    assert step.state is StepState.FAILED and step.result["reached"] == [MANAGER]
    assert len(alerts(workplace, MANAGER, case)) == 1 and alerts(workplace, MANAGER_2, case) == []
    [line] = [m for m in workplace.thread(case) if "緊急のダイレクトメッセージ" in m["text"]]
    assert f"<@{MANAGER_2}>" in line["text"] and f"<@{MANAGER}>" not in line["text"]


def test_an_alert_try_that_lost_its_lease_stops_sending(
    workplace: Workplace, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    publisher = workplace.bot.ctx.publisher
    original = publisher.alert_manager
    sent: list[str] = []

    def taken_over_after_the_first(case: CaseView, channel_id: str, manager: str) -> None:
        original(case, channel_id, manager)
        sent.append(manager)
        if len(sent) == 1:  # the try outlasted its lease: another worker claims the step meanwhile
            with workplace.bot.services.engines[0].begin() as connection:
                connection.execute(
                    update(OutboxStep)
                    .where(OutboxStep.case_id == case.id, OutboxStep.kind == ALERT_MANAGERS)
                    .values(lease_token="another-worker")
                )

    monkeypatch.setattr(publisher, "alert_manager", taken_over_after_the_first)
    caplog.set_level(logging.WARNING, logger="bot.slack.escalation")
    case, _ = escalate_assault(workplace)
    workplace.slack.wait_until(lambda: sent or None, 10, "the first alert sent")
    workplace.bot.wait_idle(15)  # the listener waits out its turn on the step the other worker holds

    # The first try sent one alert and stopped: the rest is the other worker's, so nobody gets two.
    assert sent == [MANAGER]
    assert any("lost its lease" in r.getMessage() for r in caplog.records)
    assert sum(len(alerts(workplace, m, case)) for m in (MANAGER, MANAGER_2)) == 1
    step = alert_step(workplace, case)
    assert step.state is StepState.PENDING  # not marked done by the try that lost it
