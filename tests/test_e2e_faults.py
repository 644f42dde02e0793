"""Slack failing under the bot: nothing lost, nothing done twice, and the reporter told the truth.

Through the real HTTP endpoint against the emulator, with faults injected per Web API method
(429 with Retry-After, 5xx, stalled answers the client times out on, name_taken,
already_in_channel, user_not_found, is_archived), a restart in the middle of an escalation,
and two bot instances over one database receiving the same Escalate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.db.models import StepState
from bot.emulator.workplace import MANAGER, MANAGER_2, STAFF, STAFF_JA, BotUnderTest, Workplace, start_bot
from bot.lifecycle import CaseStatus
from bot.services.outbox import CONFIRM, CREATE_CHANNEL, FALLBACK_ALERT, INVITE, POST_CARD
from bot.services.results import CaseView
from bot.slack import ids
from bot.slack.i18n import t
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_slack import ABUSE, ABUSE_JA, ASSAULT, texts

ESCALATED = "Managers have been notified"
STILL_REACHING = "still reaching a manager"


def press_escalate(workplace: Workplace, *, user: str = STAFF) -> tuple[Any, dict[str, Any]]:
    """`/harassment ABUSE`, then Escalate on the reply; returns the press and the reply it was on."""
    workplace.command(ABUSE, user=user)
    reply = workplace.last_ephemeral(user, via="slash_command.ack")
    return workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=user), reply


def only_case(workplace: Workplace) -> CaseView:
    [case] = workplace.cases.cases_for_reporter(STAFF)
    return case


def cards(workplace: Workplace, channel: str) -> list[dict[str, Any]]:
    return [m for m in workplace.slack.messages(channel) if m.get("blocks") and not m.get("thread_ts")]


def steps(workplace: Workplace, case: CaseView) -> dict[str, StepState]:
    return {s.kind: s.state for s in workplace.bot.services.outbox.steps(case.id)}


def test_invites_all_failing_is_not_called_escalated_and_escalate_again_reinvites(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    slack = workplace.slack
    slack.fail_next("conversations.invite", "user_not_found", times=4)  # together, then each of three
    pressed, reply = press_escalate(workplace)
    [told] = workplace.wait_for_response(pressed)

    case = only_case(workplace)
    channel = slack.channel(case.escalation_channel_id)
    assert set(channel["members"]) == {slack.bot_user_id}  # nobody could be added
    assert ESCALATED not in told["text"] and "could not be escalated" in told["text"]
    assert "no responsible manager could be added" in told["text"]  # the reason, in the reader's language
    assert cards(workplace, channel["id"]) == []
    assert steps(workplace, case)[INVITE] is StepState.FAILED
    [logged] = error_log.take()
    assert logged.getMessage().startswith(f"Escalation failed (case {case.id}): No responsible manager")

    again = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    [confirmed] = workplace.wait_for_response(again)

    channel = slack.channel(case.escalation_channel_id)
    assert {MANAGER, MANAGER_2, STAFF} <= set(channel["members"])
    assert ESCALATED in texts(confirmed["blocks"])
    assert len(cards(workplace, channel["id"])) == 1
    assert len(slack.calls_to("conversations.create")) == 1  # the same channel, now with its people


def sdk_timeouts_only(error_log: ErrorLog) -> None:
    """slack_sdk logs each timed-out call at ERROR; those (and nothing else) were expected."""
    assert {r.getMessage() for r in error_log.take()} == {"Failed to send a request to Slack API server: timed out"}


def test_429_then_5xx_then_a_stalled_card_are_retried_to_one_channel_one_card(
    open_workplace: Callable[..., Workplace], error_log: ErrorLog
) -> None:
    # The listener sees it through (about 8 s here); the bot gives up on a call after 2 s.
    workplace = open_workplace(escalation_wait_seconds=20, slack_timeout_seconds=2)
    slack = workplace.slack
    workplace.timeout = 15
    slack.rate_limit("conversations.create", times=3, retry_after=1)  # two retried by the client, one by the outbox
    slack.fail_next("conversations.invite", "internal_error", status=503)
    slack.stall("chat.postMessage", 3)  # the card is posted, but the answer never arrives in time

    pressed, _ = press_escalate(workplace)
    [confirmed] = workplace.wait_for_response(pressed)

    case = only_case(workplace)
    assert ESCALATED in texts(confirmed["blocks"])
    assert case.status is CaseStatus.ESCALATED
    assert len(slack.calls_to("conversations.create")) == 4
    [card] = cards(workplace, str(case.escalation_channel_id))  # found after the timeout, not posted again
    assert workplace.cases.get_case(case.id).card_ts == card["ts"]
    assert {MANAGER, MANAGER_2, STAFF} <= set(slack.channel(case.escalation_channel_id)["members"])
    # The confirmation is sent before its step is marked done: wait for the mark, not just the reply.
    slack.wait_until(
        lambda: all(state is StepState.DONE for kind, state in steps(workplace, case).items() if kind != FALLBACK_ALERT)
        or None,
        10,
        "every step marked done",
    )
    sdk_timeouts_only(error_log)


def test_a_channel_made_but_never_answered_is_adopted_not_made_twice(
    open_workplace: Callable[..., Workplace], error_log: ErrorLog
) -> None:
    workplace = open_workplace(slack_timeout_seconds=2)
    slack = workplace.slack
    workplace.timeout = 15
    slack.stall("conversations.create", 3)  # made, then the client times out: the retry hears name_taken

    pressed, _ = press_escalate(workplace)
    [confirmed] = workplace.wait_for_response(pressed)

    case = only_case(workplace)
    assert ESCALATED in texts(confirmed["blocks"])
    made = [c for c in slack.calls_to("conversations.create")]
    assert len(made) == 2 and {c["name"] for c in made} == {f"kasuhara-{case.ref}"}
    assert slack.channel(case.escalation_channel_id)["name"] == f"kasuhara-{case.ref}"
    assert [f.error for f in slack.failed_calls()] == ["name_taken"]
    sdk_timeouts_only(error_log)


def test_already_in_channel_counts_as_invited(workplace: Workplace) -> None:
    slack = workplace.slack
    slack.fail_next("conversations.invite", "already_in_channel")

    pressed, _ = press_escalate(workplace)
    [told] = workplace.wait_for_response(pressed)

    case = only_case(workplace)
    # Slack said everyone was in; the bot checks the members, and invites who is really missing.
    assert ESCALATED in texts(told["blocks"])
    assert {MANAGER, MANAGER_2, STAFF} <= set(slack.channel(case.escalation_channel_id)["members"])


def test_slack_down_the_reporter_hears_still_reaching_then_the_worker_finishes(open_workplace: Callable[..., Workplace]) -> None:
    workplace = open_workplace(escalation_wait_seconds=1)
    workplace.timeout = 15
    slack = workplace.slack
    slack.fail_next("chat.postMessage", "service_unavailable", times=2, status=503)

    pressed, _ = press_escalate(workplace)
    [told] = workplace.wait_for_response(pressed)

    assert STILL_REACHING in told["text"] and ESCALATED not in told["text"]
    case = only_case(workplace)
    confirmation = slack.wait_until(
        lambda: next((m for m in workplace.dm(STAFF) if case.ref in m.get("text", "")), None), 15, "the confirmation DM"
    )
    assert ESCALATED in texts(confirmation["blocks"])
    assert len(cards(workplace, str(case.escalation_channel_id))) == 1


def test_a_case_not_with_a_manager_in_time_alerts_managers_and_hr_directly(open_workplace: Callable[..., Workplace]) -> None:
    workplace = open_workplace(escalation_wait_seconds=0)
    slack = workplace.slack
    slack.fail_next("conversations.create", "internal_error", status=500, times=1000)
    pressed, _ = press_escalate(workplace)
    workplace.wait_for_response(pressed)
    case = only_case(workplace)
    outbox = workplace.bot.services.outbox
    fallback = next(s for s in outbox.steps(case.id) if s.kind == FALLBACK_ALERT)
    assert fallback.state is StepState.PENDING  # not yet: ESCALATION_ALERT_MINUTES has not passed
    outbox.redo(case.id, [FALLBACK_ALERT], workplace.bot.services.clock())  # time passes

    for person in (MANAGER, MANAGER_2, "U0HRLEAD01"):
        alert = slack.wait_until(lambda p=person: next((m for m in workplace.dm(p) if case.ref in m["text"]), None), 10)
        assert "has not reached a manager" in alert["text"] or "まだ責任者に届いていません" in alert["text"]
        assert "idiot" not in alert["text"]  # no report text in an alert sent by another route
    slack.clear_faults()


def test_an_archived_case_channel_is_replaced_when_escalate_is_pressed_again(workplace: Workplace) -> None:
    slack = workplace.slack
    pressed, reply = press_escalate(workplace)
    workplace.wait_for_response(pressed)
    first = only_case(workplace)
    slack.archive(str(first.escalation_channel_id))

    again = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    [confirmed] = workplace.wait_for_response(again)

    case = only_case(workplace)
    assert case.escalation_channel_id != first.escalation_channel_id
    assert ESCALATED in texts(confirmed["blocks"])
    assert slack.channel(case.escalation_channel_id)["name"] == f"kasuhara-{case.ref}-2"
    assert len(cards(workplace, str(case.escalation_channel_id))) == 1
    assert slack.channel(str(first.escalation_channel_id))["is_archived"]


def test_a_refusal_the_outbox_keeps_is_told_in_the_reporters_language(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    slack = workplace.slack
    slack.fail_next("conversations.invite", "user_not_found", times=4)  # together, then each of three
    workplace.command(ABUSE_JA, user=STAFF_JA)
    reply = workplace.last_ephemeral(STAFF_JA, via="slash_command.ack")
    [told] = workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF_JA))

    [case] = workplace.cases.cases_for_reporter(STAFF_JA)
    [step] = [s for s in workplace.bot.services.outbox.steps(case.id) if s.kind == INVITE]
    assert step.state is StepState.FAILED
    assert (step.result or {})["reason"]["code"] == "managers_not_added"  # the code outlives the worker that failed
    reason = t("reason.managers_not_added", "ja", detail="")[:20]
    assert reason in told["text"] and t("escalation_failed", "ja", reason="")[:10] in told["text"]
    assert "No responsible manager" not in told["text"] and "could not be escalated" not in told["text"]
    [logged] = error_log.take()  # the log keeps the operator's English
    assert "No responsible manager could be added" in logged.getMessage()


def test_a_restart_in_the_middle_of_an_escalation_is_resumed_by_the_new_instance(
    open_workplace: Callable[..., Workplace],
) -> None:
    workplace = open_workplace(escalation_wait_seconds=1)
    slack = workplace.slack
    slack.fail_next("chat.postMessage", "internal_error", status=500, times=1000)  # the card never gets through
    pressed, _ = press_escalate(workplace)
    [told] = workplace.wait_for_response(pressed)
    assert STILL_REACHING in told["text"]
    case = only_case(workplace)
    assert steps(workplace, case)[POST_CARD] is StepState.PENDING
    workplace.bot.stop()  # the process dies; Slack recovers while it is down
    slack.clear_faults()

    restarted: BotUnderTest = start_bot(slack, workplace.bot.services.settings)
    try:
        card = slack.wait_until(lambda: cards(workplace, str(case.escalation_channel_id)) or None, 15, "the card")
        confirmation = slack.wait_until(
            lambda: next((m for m in workplace.dm(STAFF) if case.ref in m.get("text", "")), None), 15, "the confirmation"
        )
        assert len(card) == 1 and ESCALATED in texts(confirmation["blocks"])
        assert len(slack.calls_to("conversations.create")) == 1
        # The confirmation is sent before its step is marked done: wait for the mark, not just the DM.
        def confirm_done() -> dict[str, StepState] | None:
            resumed = {s.kind: s.state for s in restarted.services.outbox.steps(case.id)}
            return resumed if resumed[CONFIRM] is StepState.DONE else None

        resumed = slack.wait_until(confirm_done, 15, "the confirmation step marked done")
        assert resumed[CREATE_CHANNEL] is resumed[POST_CARD] is resumed[CONFIRM] is StepState.DONE
    finally:
        restarted.stop()


def test_critical_case_alerts_are_sent_once_the_card_is_up(workplace: Workplace) -> None:
    case = workplace.escalate_text(ASSAULT)
    for manager in (MANAGER, MANAGER_2):
        slack_dms = workplace.slack.wait_until(lambda m=manager: workplace.dm(m), what=f"an alert to {manager}")
        assert len(slack_dms) == 1 and case.ref in slack_dms[0]["text"]


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_still_reaching_message_exists_in_both_languages(language: str) -> None:
    text = t("escalation.pending", language, ref="2026-1207-0001", minutes=10)
    assert "2026-1207-0001" in text and "10" in text
    if language == "ja":
        assert "責任者" in text and "エスカレーション" not in text


def test_two_instances_over_one_database_pressed_at_once_make_one_channel(
    open_workplace: Callable[..., Workplace],
) -> None:
    workplace = open_workplace()
    slack = workplace.slack
    other = start_bot(slack, workplace.bot.services.settings)  # a second worker process over the same database
    try:
        slack.set_latency(0.15)  # Slack's realistic pace: the race window is wide open
        workplace.command(ABUSE)
        reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
        first = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
        second = other.sim.block_action(ids.ACTION_ESCALATE, user_id=STAFF, channel_id=reply["channel"], ephemeral_message=reply)
        workplace.timeout = 15
        workplace.wait_for_response(first)
        workplace.wait_for_response(second)
        other.wait_idle(15)
        workplace.bot.wait_idle(15)

        case = only_case(workplace)
        assert len(slack.calls_to("conversations.create")) == 1
        assert slack.calls_to("conversations.archive") == []
        assert len(cards(workplace, str(case.escalation_channel_id))) == 1
        assert [e.action for e in workplace.cases.get_case(case.id).events].count("escalate") == 1
    finally:
        slack.clear_faults()
        other.stop()
