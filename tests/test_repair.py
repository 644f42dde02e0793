"""Reconciliation and repair: half-done escalations are found and finished, by the job or by an operator."""

from __future__ import annotations

import pytest

from bot import cli
from bot.db.models import StepState
from bot.emulator.workplace import MANAGER, MANAGER_2, SIGNING_SECRET, STAFF, Workplace
from bot.services.outbox import POST_CARD
from bot.slack import ids
from bot.slack.repair import run_reconciliation, stuck_cases
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_faults import cards, only_case, press_escalate
from tests.test_e2e_slack import ABUSE


def _card_refused(workplace: Workplace, error_log: ErrorLog) -> None:
    workplace.slack.fail_next("chat.postMessage", "restricted_action")
    pressed, _ = press_escalate(workplace)
    workplace.wait_for_response(pressed)
    error_log.take()


def _operator_env(monkeypatch: pytest.MonkeyPatch, workplace: Workplace) -> None:
    settings = workplace.bot.services.settings
    for name, value in {
        "DATABASE_URL": settings.resolved_database_url,
        "DATA_DIR": str(settings.data_dir),
        "CUSTOMER_HMAC_KEY": settings.customer_hmac_key,
        "SLACK_BOT_TOKEN": settings.slack_bot_token,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": settings.slack_api_url,
        "MANAGER_USER_IDS": MANAGER,
        "MANAGER_USERGROUP_ID": settings.manager_usergroup_id,
        "SLACK_APP_TOKEN": "",
    }.items():
        monkeypatch.setenv(name, value)


def test_stuck_cases_are_listed_shown_and_repaired_from_the_command_line(
    workplace: Workplace, error_log: ErrorLog, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _card_refused(workplace, error_log)
    case = only_case(workplace)
    services = workplace.bot.services
    [stuck] = stuck_cases(services.cases, services.outbox, services.clock())
    assert stuck.case.id == case.id and any("post_card failed" in p for p in stuck.problems)
    _operator_env(monkeypatch, workplace)

    assert cli.main(["case", "list", "--stuck"]) == 0
    listed = capsys.readouterr().out
    assert case.ref in listed and "no card" in listed and "1 stuck" in listed

    assert cli.main(["case", "show", case.ref]) == 0
    shown = capsys.readouterr().out
    assert "post_card" in shown and "failed" in shown and "restricted_action" in shown
    assert "idiot" not in shown  # ids and states only, never the report

    assert cli.main(["case", "repair", case.ref]) == 0
    repaired = capsys.readouterr().out
    assert "problems: none" in repaired
    assert len(cards(workplace, str(case.escalation_channel_id))) == 1
    assert {s.kind: s.state for s in services.outbox.steps(case.id)}[POST_CARD] is StepState.DONE
    assert stuck_cases(services.cases, services.outbox, services.clock()) == []
    assert cli.main(["case", "list", "--stuck"]) == 0
    assert "0 stuck" in capsys.readouterr().out


def test_the_job_reinvites_a_manager_missing_from_a_case_channel(workplace: Workplace) -> None:
    case = workplace.escalate_text(ABUSE)
    slack = workplace.slack
    channel = str(case.escalation_channel_id)
    with slack.workspace.lock:  # someone removed the managers from the channel by hand
        members = slack.workspace.channels[channel].members
        members[:] = [m for m in members if m not in (MANAGER, MANAGER_2)]

    report = run_reconciliation(workplace.bot.ctx)

    assert report.repaired == [case.ref] and report.still_stuck == []
    assert {MANAGER, MANAGER_2} <= set(slack.channel(channel)["members"])
    assert len(cards(workplace, channel)) == 1  # the card was there: not posted again
    assert run_reconciliation(workplace.bot.ctx).repaired == []  # nothing left to do


def test_the_job_finishes_an_escalation_nobody_pressed_again_for(workplace: Workplace, error_log: ErrorLog) -> None:
    _card_refused(workplace, error_log)
    case = only_case(workplace)

    report = run_reconciliation(workplace.bot.ctx)

    assert report.repaired == [case.ref]
    assert len(cards(workplace, str(case.escalation_channel_id))) == 1
    confirmation = workplace.slack.wait_until(
        lambda: next((m for m in workplace.dm(STAFF) if case.ref in m.get("text", "")), None), 10, "the reporter told"
    )
    assert "Escalated" in confirmation["text"]


def test_repair_leaves_a_case_nobody_escalated_alone(workplace: Workplace) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF))
    assert run_reconciliation(workplace.bot.ctx).repaired == []
    assert workplace.slack.calls_to("conversations.create") == []


def test_the_scheduler_runs_reconciliation_under_the_lease(workplace: Workplace) -> None:
    from bot.scheduler import start_scheduler, stop_scheduler

    scheduler = start_scheduler(workplace.bot.ctx)
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
    finally:
        stop_scheduler(scheduler, workplace.bot.ctx)
    assert {"lease", "reminders", "digest", "care", "reconcile", "purge"} <= set(jobs)
    assert jobs["reconcile"].func.__name__ == "reconcile"  # wrapped by under_lease, named after the job
