"""The triage reply's buttons racing the bot's own work: each press told the case's true state.

Through the real HTTP endpoint against the emulator: Escalate pressed while a long report is
still being recorded after the ack, and Log only arriving with or after Escalate.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bot.emulator.workplace import STAFF, Workplace
from bot.lifecycle import CaseStatus
from bot.slack import ids
from bot.slack.i18n import t
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_slack import texts

ESCALATED = "Managers have been notified"
EXPIRED = "expired"
LONG = ("The customer shouted at me for an hour, called me worthless and said he would find where I live. " * 40)[:3000]


@contextmanager
def recording_held(workplace: Workplace) -> Iterator[threading.Event]:
    """Recording a report waits for the event (a loaded database or worker): the test sets it."""
    reports = workplace.bot.services.reports
    original = reports.record
    gate = threading.Event()

    def slow_record(*args: Any, **kwargs: Any) -> Any:
        gate.wait(10)
        return original(*args, **kwargs)

    object.__setattr__(reports, "record", slow_record)
    try:
        yield gate
    finally:
        gate.set()
        object.__delattr__(reports, "record")


def all_text(post: dict[str, Any]) -> str:
    return (post.get("text") or "") + " " + texts(post.get("blocks") or [])


def test_escalate_pressed_while_a_long_report_is_being_recorded_waits_for_it(workplace: Workplace) -> None:
    with recording_held(workplace) as gate:
        workplace.command(LONG)
        reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
        pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
        threading.Timer(1.0, gate.set).start()  # the recording finishes a second after the press
        [answer] = workplace.wait_for_response(pressed)
    workplace.bot.wait_idle()

    assert EXPIRED not in all_text(answer)
    assert ESCALATED in all_text(answer)
    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert case.status is CaseStatus.ESCALATED and case.text == LONG


def test_a_report_still_being_recorded_after_the_wait_is_said_so_and_a_second_press_escalates(
    workplace: Workplace,
) -> None:
    object.__setattr__(workplace.bot.ctx, "draft_wait_seconds", 0.5)
    with recording_held(workplace):  # held past the wait; released at the end of the block
        workplace.command(LONG)
        reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
        pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
        [answer] = workplace.wait_for_response(pressed)
        assert EXPIRED not in all_text(answer)
        assert answer["text"] == t("draft_still_saving", "en", command=ids.COMMAND)
        assert answer.get("replace_original") is False  # the reply and its buttons stay, to press again
        assert workplace.cases.cases_for_reporter(STAFF) == []
    workplace.bot.wait_idle()

    again = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    [confirmed] = workplace.wait_for_response(again)
    workplace.bot.wait_idle()
    assert ESCALATED in all_text(confirmed)
    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert case.status is CaseStatus.ESCALATED


ABUSE = "The customer screamed at me and called me an idiot"
LOGGED = "Logged as case"


def test_log_only_after_escalate_answers_with_the_escalation_not_logged(workplace: Workplace) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    escalated = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    workplace.wait_for_response(escalated)
    workplace.bot.wait_idle()

    late = workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF)  # a double click, or a slow Slack
    [answer] = workplace.wait_for_response(late)
    workplace.bot.wait_idle()

    # The last word on the reply (it replaces it): the escalation, as the case stands.
    assert answer.get("replace_original") is True
    assert LOGGED not in all_text(answer) and ESCALATED in all_text(answer)
    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert case.status is CaseStatus.ESCALATED


def test_log_only_with_escalate_still_running_leaves_the_reply_to_the_escalation(workplace: Workplace) -> None:
    slack = workplace.slack
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    slack.delay("conversations.create", 1.5)  # Escalate has claimed the case and is still making its channel
    escalated = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    [case] = slack.wait_until(lambda: workplace.cases.cases_for_reporter(STAFF) or None, 5, "the recorded case")
    outbox = workplace.bot.services.outbox
    slack.wait_until(lambda: outbox.steps(case.id) or None, 5, "the escalation owed")
    assert not slack.calls_to("chat.postMessage")  # its card is not posted yet
    logged = workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF)
    [note] = workplace.wait_for_response(logged)
    [confirmed] = workplace.wait_for_response(escalated)
    workplace.bot.wait_idle()

    # Log only only adds a note beside the reply; the escalation's answer replaces it.
    assert note.get("replace_original") is False
    assert note["text"] == t("log_only.escalating", "en", ref=case.ref)
    assert confirmed.get("replace_original") is True and ESCALATED in all_text(confirmed)
    assert not any(LOGGED in all_text(p) for p in [*workplace.slack.responses(logged.response_url), confirmed])
    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert case.status is CaseStatus.ESCALATED


def test_a_failed_escalation_from_the_logged_reply_keeps_its_escalate_button(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF))
    workplace.bot.wait_idle()
    logged_reply = workplace.last_ephemeral(STAFF, via="response_url")
    assert LOGGED in all_text(logged_reply)

    workplace.slack.fail_next("conversations.invite", "user_not_found", times=4)  # nobody can be added
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE_LOGGED, logged_reply, user=STAFF)
    [told] = workplace.wait_for_response(pressed)
    workplace.bot.wait_idle()
    assert "could not be escalated" in told["text"]
    assert told.get("replace_original") is False  # a note beside the reply: its Escalate button stays
    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert any(r.getMessage().startswith(f"Escalation failed (case {case.id})") for r in error_log.take())

    again = workplace.press_on_ephemeral(ids.ACTION_ESCALATE_LOGGED, logged_reply, user=STAFF)
    [confirmed] = workplace.wait_for_response(again)
    workplace.bot.wait_idle()
    assert confirmed.get("replace_original") is True and ESCALATED in all_text(confirmed)
    assert workplace.cases.get_case(case.id).status is CaseStatus.ESCALATED


def test_log_only_after_a_failed_escalation_logs_the_case_and_offers_escalate_again(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    workplace.slack.fail_next("conversations.create", "restricted_action")  # Slack refuses the channel for good
    escalated = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    [failed] = workplace.wait_for_response(escalated)
    workplace.bot.wait_idle()
    assert "could not be escalated" in failed["text"] and failed.get("replace_original") is False
    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert any(r.getMessage().startswith(f"Escalation failed (case {case.id})") for r in error_log.take())

    logged = workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF)
    [answer] = workplace.wait_for_response(logged)
    workplace.bot.wait_idle()

    # Logged, and said so: nothing of the failed escalation is still on its way.
    assert answer.get("replace_original") is True
    assert LOGGED in all_text(answer) and t("log_only.escalating", "en", ref=case.ref) not in all_text(answer)
    assert t("logged.after_failed_escalation", "en") in all_text(answer)
    assert workplace.cases.get_case(case.id).status is CaseStatus.LOGGED_ONLY
    assert workplace.bot.services.outbox.steps(case.id) == []  # no repair escalates it behind the reporter's back
    audit = [r.action for r in workplace.bot.services.audit.trail("case", case.id)]
    assert "case.escalation_withdrawn" in audit

    # The logged reply offers Escalate again, as other logged replies do; it works.
    logged_reply = workplace.last_ephemeral(STAFF, via="response_url")
    again = workplace.press_on_ephemeral(ids.ACTION_ESCALATE_LOGGED, logged_reply, user=STAFF)
    [confirmed] = workplace.wait_for_response(again)
    workplace.bot.wait_idle()
    assert confirmed.get("replace_original") is True and ESCALATED in all_text(confirmed)
    assert workplace.cases.get_case(case.id).status is CaseStatus.ESCALATED


def test_a_long_report_whose_save_fails_is_told_to_the_reporter(workplace: Workplace, error_log: ErrorLog) -> None:
    """The long report is stored after the ack; when that fails, the reporter hears it (a tester's finding:
    the listener was not given the request body, so the failure went unsaid and Escalate then looped on
    "still being saved")."""
    from tests.test_record_first import storing_a_case_fails

    with storing_a_case_fails(workplace, stored=False):
        sent = workplace.command(LONG)
        posts = workplace.wait_for_response(sent, count=2)  # the triage reply, then what became of the report
        workplace.bot.wait_idle()
    assert t("followup.not_saved", "en", command=ids.COMMAND) in [post.get("text") for post in posts]
    assert workplace.cases.cases_for_reporter(STAFF) == []
    assert any("failed after the ack" in r.getMessage() for r in error_log.take())


def test_every_listener_run_after_the_ack_is_given_the_request_body() -> None:
    import pytest

    from bot.slack.followup import after_ack

    def no_body(command: dict[str, Any]) -> None:
        return None

    with pytest.raises(TypeError, match="must take `body`"):
        after_ack(None, "action")(no_body)  # type: ignore[arg-type]
