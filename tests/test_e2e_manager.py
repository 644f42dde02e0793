"""End to end for managers and HR: the case card's buttons, history, digest, App Home, the scheduler.

Same set-up as test_e2e_slack.py: the real app over HTTP, the Slack emulator behind its WebClient.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from typing import Any

import pytest

from bot import scheduler
from bot.emulator.workplace import HR, MANAGER, MANAGER_2, STAFF, STAFF_JA, Workplace
from bot.lifecycle import CaseStatus, Outcome, Surface
from bot.services.results import CaseView
from bot.slack import ids
from tests.bot_fixtures import BOTH_TRANSPORTS, ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_slack import ABUSE, ASSAULT, COMPLAINT, assert_clean, buttons, texts

THREAT = "The customer said he would post my name and photo online and threatened to wait for me after work"


class MovableClock:
    """A clock the test moves by hand (the bot's services read it)."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start
        self._lock = threading.Lock()

    def __call__(self) -> dt.datetime:
        with self._lock:
            return self.now

    def advance(self, **delta: float) -> None:
        with self._lock:
            self.now += dt.timedelta(**delta)


def card_buttons(workplace: Workplace, case: CaseView) -> list[str]:
    return buttons(workplace.card(case)["blocks"])


def wait_for_status(workplace: Workplace, case: CaseView, status: CaseStatus) -> CaseView:
    return workplace.slack.wait_until(
        lambda: (c := workplace.cases.get_case(case.id)).status is status and c, what=f"case {case.ref} to be {status.value}"
    )


def audit(workplace: Workplace, case: CaseView) -> list[str]:
    return [entry.action for entry in workplace.audit.trail("case", case.id)]


def notes_to(workplace: Workplace, user: str, channel: str) -> list[str]:
    return [e["text"] for e in workplace.slack.ephemeral_messages(user_id=user, channel_id=channel)]


# --- the case card's buttons -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("action_id", "status", "audit_action", "thread_words"),
    [
        (ids.ACTION_CASE_ACKNOWLEDGE, CaseStatus.ACKNOWLEDGED, "case.acknowledge", "acknowledged the case"),
        (ids.ACTION_CASE_TAKE_OVER, CaseStatus.IN_PROGRESS, "case.take_over", "took over the case"),
        (ids.ACTION_CASE_WARN, CaseStatus.IN_PROGRESS, "case.warn_customer", "warned the customer"),
        (ids.ACTION_CASE_REFUSE, CaseStatus.IN_PROGRESS, "case.refuse_service", "refused further service"),
        (ids.ACTION_CASE_LEGAL, CaseStatus.IN_PROGRESS, "case.refer_legal", "referred the case to legal"),
        (ids.ACTION_CASE_POLICE, CaseStatus.IN_PROGRESS, "case.refer_police", "referred the case to the police"),
    ],
)
def test_each_card_button_updates_the_card_threads_and_audits(
    workplace: Workplace, action_id: str, status: CaseStatus, audit_action: str, thread_words: str
) -> None:
    case = workplace.report(THREAT, email="taro@example.com")
    card_before = workplace.card(case)
    assert action_id in buttons(card_before["blocks"])

    pressed = workplace.press_on_card(action_id, case, user=MANAGER)
    assert pressed.status == 200 and not pressed.body.strip()
    [update] = workplace.slack.wait_for_calls("chat.update")
    [line] = workplace.slack.wait_until(lambda: workplace.thread(case), what="the thread line")

    after = workplace.cases.get_case(case.id)
    card = workplace.card(case)
    assert after.status is status
    assert update["ts"] == card_before["ts"] and card["ts"] == card_before["ts"]  # updated in place
    assert card.get("edited") and "*Status:* " + status.value.replace("_", " ").capitalize() in texts(card["blocks"])
    assert thread_words in texts(card["blocks"])  # the activity log on the card
    assert thread_words in line["text"] and f"<@{MANAGER}>" in line["text"]
    assert audit(workplace, after)[-1] == audit_action
    if action_id == ids.ACTION_CASE_TAKE_OVER:
        assert after.handler_user_id == MANAGER and f"Handler: <@{MANAGER}>" in texts(card["blocks"])
    if action_id == ids.ACTION_CASE_REFUSE:
        customer_audit = [e.action for e in workplace.audit.trail("customer", after.customer_id)]
        assert "customer.service_refused" in customer_audit
    assert ids.ACTION_CASE_ACKNOWLEDGE not in buttons(card["blocks"])
    assert_clean(workplace)


@BOTH_TRANSPORTS
def test_resolve_asks_for_an_outcome_then_closes_the_case(workplace: Workplace) -> None:
    case = workplace.escalate_text(ABUSE)
    workplace.press_on_card(ids.ACTION_CASE_ACKNOWLEDGE, case, user=MANAGER_2)
    wait_for_status(workplace, case, CaseStatus.ACKNOWLEDGED)

    workplace.press_on_card(ids.ACTION_CASE_RESOLVE, case, user=MANAGER)
    [form] = workplace.slack.wait_until(lambda: workplace.slack.open_views(MANAGER), what="the resolve form")
    assert form["callback_id"] == ids.VIEW_RESOLVE and case.ref in texts(form["blocks"])
    submitted = workplace.sim.view_submission(
        form["id"],
        {
            ids.BLOCK_OUTCOME: {ids.INPUT: Outcome.SERVICE_REFUSED.value},
            ids.BLOCK_NOTE: {ids.INPUT: "Told him <!here> we will not serve him again & why"},
        },
        user_id=MANAGER,
    )
    assert submitted.status == 200 and not submitted.body.strip()
    resolved = wait_for_status(workplace, case, CaseStatus.RESOLVED)
    workplace.slack.wait_until(lambda: len(workplace.thread(case)) == 2, what="the second thread line")

    card = workplace.card(case)
    assert resolved.outcome is Outcome.SERVICE_REFUSED and resolved.events[-1].note.startswith("Told him")
    assert "Outcome: Service refused" in texts(card["blocks"])
    assert buttons(card["blocks"]) == [ids.ACTION_CASE_CUSTOMER, ids.ACTION_CASE_HISTORY]  # only the register's
    assert "resolved the case" in workplace.thread(case)[-1]["text"]
    assert "&lt;!here&gt;" in workplace.thread(case)[-1]["text"]
    assert audit(workplace, resolved)[-2:] == ["case.acknowledge", "case.resolve"]
    assert workplace.audit.trail("case", case.id)[-1].detail["outcome"] == "service_refused"
    assert_clean(workplace)


def test_staff_cannot_press_manager_buttons(workplace: Workplace) -> None:
    case = workplace.escalate_text(ABUSE)
    channel = workplace.channel_of(case)

    workplace.press_on_card(ids.ACTION_CASE_ACKNOWLEDGE, case, user=STAFF)  # the reporter is in the channel
    workplace.press_on_card(ids.ACTION_CASE_RESOLVE, case, user=STAFF)
    workplace.slack.wait_until(lambda: len(notes_to(workplace, STAFF, channel)) == 2, what="two refusals")
    workplace.bot.wait_idle()

    assert all("Only managers and HR" in note for note in notes_to(workplace, STAFF, channel))
    assert workplace.cases.get_case(case.id).status is CaseStatus.ESCALATED
    assert workplace.slack.calls_to("chat.update") == [] and workplace.thread(case) == []
    assert workplace.slack.open_views(STAFF) == []
    assert audit(workplace, case) == ["case.report", "case.escalate"]
    assert workplace.cases.get_case(case.id).card_location is not None  # where the card is: state, not history
    assert_clean(workplace)


def test_an_unexpected_error_on_a_card_button_is_not_called_a_missing_case(
    workplace: Workplace, error_log: ErrorLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = workplace.escalate_text(ABUSE)
    channel = workplace.channel_of(case)

    def broken(*args: Any, **kwargs: Any) -> CaseView:
        raise ValueError("a bug, not a missing case")

    monkeypatch.setattr(workplace.cases, "apply_action", broken)
    workplace.press_on_card(ids.ACTION_CASE_ACKNOWLEDGE, case, user=MANAGER)
    [note] = workplace.slack.wait_until(lambda: notes_to(workplace, MANAGER, channel), what="the failure note")
    workplace.bot.wait_idle()

    assert "did not go through" in note and "no longer exists" not in note
    assert [r.getMessage() for r in error_log.take()] == ["case_action failed after the ack (nothing stored)"]
    assert workplace.cases.get_case(case.id).status is CaseStatus.ESCALATED


def test_two_managers_acknowledging_at_once_one_is_told_why_not(workplace: Workplace) -> None:
    case = workplace.escalate_text(ABUSE)
    channel = workplace.channel_of(case)
    workplace.slack.rate_limit("chat.update", retry_after=1)  # the card keeps its Acknowledge button a while

    workplace.press_on_card(ids.ACTION_CASE_ACKNOWLEDGE, case, user=MANAGER)
    workplace.press_on_card(ids.ACTION_CASE_ACKNOWLEDGE, case, user=MANAGER_2)
    workplace.slack.wait_until(
        lambda: notes_to(workplace, MANAGER, channel) + notes_to(workplace, MANAGER_2, channel), what="an explanation"
    )
    workplace.bot.wait_idle()

    explained = notes_to(workplace, MANAGER, channel) + notes_to(workplace, MANAGER_2, channel)
    [note] = explained
    if notes_to(workplace, MANAGER_2, channel):  # takahashi reads Japanese: the reason is Japanese too
        assert "「確認済み」" in note and "現在できる操作" in note and "Acknowledged" not in note
    else:
        assert "Acknowledged" in note and "not possible" in note
    acknowledged = workplace.cases.get_case(case.id)
    assert [e.action for e in acknowledged.events].count("acknowledge") == 1
    assert len(workplace.thread(case)) == 1
    assert audit(workplace, case).count("case.acknowledge") == 1
    assert [f.error for f in workplace.slack.failed_calls()] == ["ratelimited"]


# --- customer history ------------------------------------------------------------------------


def test_manager_reads_a_customers_history_and_the_read_is_audited(workplace: Workplace) -> None:
    first = workplace.report(THREAT, email="hanako@example.com")
    workplace.report(ABUSE, phone="03-1234-5678", email="Hanako@Example.com ")

    response = workplace.command("history hanako@EXAMPLE.com", user=MANAGER)
    assert response.status == 200 and not response.body.strip()  # answered after a database read
    [answer] = workplace.wait_for_response(response)

    shown = texts(answer["blocks"])
    assert answer["response_type"] == "ephemeral"
    assert "Reports on record: 2" in shown and first.ref in shown
    assert "only to protect staff" in shown
    audited = workplace.audit.trail("customer", first.customer_id)
    [read] = [e for e in audited if e.action == "customer.history_read" and e.actor == MANAGER]
    assert read.surface is Surface.SLASH_COMMAND and read.detail["via"] == "email"
    assert_clean(workplace)


def test_history_of_an_unknown_customer_says_so(workplace: Workplace) -> None:
    [answer] = workplace.wait_for_response(workplace.command("history phone:090-0000-1111", user=MANAGER))
    assert "No record" in texts(answer["blocks"])


def test_staff_cannot_read_history(workplace: Workplace) -> None:
    workplace.report(THREAT, email="hanako@example.com")
    reads_before = len(workplace.audit.recent(200))

    [answer] = workplace.wait_for_response(workplace.command("history hanako@example.com", user=STAFF))

    assert "managers and HR only" in answer["text"] and not answer.get("blocks")
    assert len(workplace.audit.recent(200)) == reads_before
    assert_clean(workplace)


# --- the digest and the App Home -------------------------------------------------------------


def test_hr_reads_the_digest_and_staff_cannot(workplace: Workplace) -> None:
    workplace.escalate_text(ABUSE)
    workplace.command(COMPLAINT)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF))

    [digest] = workplace.wait_for_response(workplace.command("digest", user=HR))
    [refused] = workplace.wait_for_response(workplace.command("digest", user=STAFF))

    shown = texts(digest["blocks"])
    assert "Weekly customer harassment digest" in shown
    assert "New reports: 2" in shown and "Open at the week's end: 1" in shown
    assert "HR only" in refused["text"] and not refused.get("blocks")
    assert_clean(workplace)


def home_of(workplace: Workplace, user: str) -> dict[str, Any]:
    published = len([p for p in workplace.slack.calls_to("views.publish") if p["user_id"] == user])
    workplace.sim.app_home_opened(user)
    workplace.slack.wait_until(
        lambda: len([p for p in workplace.slack.calls_to("views.publish") if p["user_id"] == user]) > published,
        what=f"the Home tab of {user}",
    )
    return workplace.slack.home_view(user)


@BOTH_TRANSPORTS
def test_app_home_for_staff_manager_and_hr(workplace: Workplace) -> None:
    case = workplace.escalate_text(ABUSE)

    staff, manager, hr = (home_of(workplace, user) for user in (STAFF, MANAGER, HR))

    assert "Your reports" in texts(staff["blocks"]) and case.ref in texts(staff["blocks"])
    assert "Open cases" not in texts(staff["blocks"]) and "This week" not in texts(staff["blocks"])
    assert "Open cases" in texts(manager["blocks"]) and case.ref in texts(manager["blocks"])
    assert "This week" not in texts(manager["blocks"])
    assert "This week" in texts(hr["blocks"]) and "Open cases" in texts(hr["blocks"])
    assert ids.ACTION_HOME_REPORT in buttons(staff["blocks"])
    assert_clean(workplace)


def test_logged_case_is_escalated_by_a_manager_from_the_home_tab(workplace: Workplace) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF))
    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert case.status is CaseStatus.LOGGED_ONLY

    home = home_of(workplace, MANAGER)
    assert case.ref in texts(home["blocks"]) and buttons(home["blocks"]).count(ids.ACTION_HOME_ESCALATE) == 1
    assert buttons(home_of(workplace, STAFF)["blocks"]).count(ids.ACTION_HOME_ESCALATE) == 1  # the reporter's own

    workplace.sim.block_action(ids.ACTION_HOME_ESCALATE, user_id=MANAGER, view_id=home["id"])
    escalated = wait_for_status(workplace, case, CaseStatus.ESCALATED)
    [confirmation] = workplace.slack.wait_until(lambda: workplace.dm(MANAGER), what="the confirmation DM")
    workplace.bot.wait_idle()

    channel = workplace.slack.channel(escalated.escalation_channel_id)
    assert STAFF in channel["members"] and MANAGER in channel["members"]
    assert workplace.card(escalated)["blocks"]
    assert escalated.events[-1].surface is Surface.APP_HOME and escalated.events[-1].actor == MANAGER
    assert case.ref in confirmation["text"]
    assert "blocks" not in confirmation or not any("support" in json.dumps(b).lower() for b in confirmation.get("blocks") or [])
    reporter_dm = workplace.slack.wait_until(lambda: workplace.dm(STAFF), what="the reporter's DM")
    assert case.ref in reporter_dm[-1]["text"] and reporter_dm[-1]["blocks"]
    refreshed = workplace.slack.home_view(MANAGER)
    assert ids.ACTION_HOME_ESCALATE not in buttons(refreshed["blocks"])
    assert_clean(workplace)


# --- the scheduler's jobs -------------------------------------------------------------------


def test_weekly_digest_goes_to_hr(open_workplace) -> None:
    clock = MovableClock(dt.datetime(2026, 11, 17, 1, 0, tzinfo=dt.UTC))  # Tuesday 10:00 in Tokyo
    workplace = open_workplace(clock=clock)
    workplace.escalate_text(ASSAULT)
    workplace.escalate_text(ABUSE, user=STAFF_JA)

    clock.advance(days=6)  # the next Monday: the digest covers last week
    assert scheduler.post_weekly_digest(workplace.bot.ctx) is True

    digest, files = workplace.dm(HR)
    shown = texts(digest["blocks"])
    assert "Weekly customer harassment digest" in shown and "New reports: 2" in shown
    assert "Week of 2026-11-16 (Mon) to 2026-11-22 (Sun), Asia/Tokyo" in shown
    assert "Physical assault" in shown
    assert "2026-11-16" in digest["text"]
    assert [f["filetype"] for f in files["files"]] == ["csv", "png"]
    uploaded = {f["filetype"]: f["content"] for f in workplace.slack.files(workplace.slack.dm_channel_id(HR))}
    rows = uploaded["csv"].decode("utf-8-sig").splitlines()
    assert len(rows) == 3 and rows[0].startswith("reference,reported_at")
    assert uploaded["png"].startswith(b"\x89PNG")
    assert_clean(workplace)
