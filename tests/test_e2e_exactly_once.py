"""Exactly once across workers: retries, replays and double clicks change nothing the second time.

Deliveries already taken in are remembered in the database (shared by every worker, with a
time to live); a manager action is recorded once per card drawing, whichever worker gets it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from bot.emulator.workplace import MANAGER, OUTSIDER, STAFF, BotUnderTest, Workplace, start_bot
from bot.lifecycle import CaseAction
from bot.services.results import CaseView
from bot.slack import ids
from bot.slack.i18n import t
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_manager import THREAT
from tests.test_e2e_slack import ABUSE, assert_clean


@pytest.fixture
def second_worker(workplace: Workplace) -> Iterator[BotUnderTest]:
    """Another bot process over the same database and workspace."""
    other = start_bot(workplace.slack, workplace.bot.services.settings)
    yield other
    other.stop()


def button_value(card: dict[str, Any], action_id: str) -> str:
    for block in card["blocks"]:
        for element in block.get("elements") or []:
            if element.get("action_id") == action_id:
                return str(element["value"])
    raise AssertionError(f"no {action_id} on the card")


def recorded(workplace: Workplace, case: CaseView, action: CaseAction) -> int:
    return [e.action for e in workplace.cases.get_case(case.id).events].count(action.value)


def test_warn_customer_replayed_and_double_clicked_is_recorded_once(workplace: Workplace) -> None:
    case = workplace.report(THREAT)
    card = workplace.card(case)
    drawn = button_value(card, ids.ACTION_CASE_WARN)
    channel = workplace.channel_of(case)

    first = workplace.sim.block_action(ids.ACTION_CASE_WARN, user_id=MANAGER, channel_id=channel, message_ts=card["ts"])
    replay = workplace.sim.replay(first)  # the same signed request again, within five minutes
    workplace.bot.wait_idle()
    double = workplace.sim.block_action(  # a second click on the same drawing of the card
        ids.ACTION_CASE_WARN, user_id=MANAGER, channel_id=channel, message_ts=card["ts"], value=drawn
    )
    workplace.bot.wait_idle()

    assert (first.status, replay.status, double.status) == (200, 200, 200)
    assert recorded(workplace, case, CaseAction.WARN_CUSTOMER) == 1
    warned = [e for e in workplace.audit.trail("case", case.id) if e.action == "case.warn_customer"]
    assert len(warned) == 1
    [refusal] = [e for e in workplace.slack.ephemeral_messages(user_id=MANAGER) if e["channel"] == channel]
    assert refusal["text"] == t("action_repeated", "en")
    assert len(workplace.thread(case)) == 1  # one line in the thread

    # After the card is redrawn a deliberate second warning is a new action, not a repeat.
    workplace.press_on_card(ids.ACTION_CASE_WARN, case, user=MANAGER)
    workplace.bot.wait_idle()
    assert recorded(workplace, case, CaseAction.WARN_CUSTOMER) == 2
    assert_clean(workplace)


def test_refer_to_police_reaching_two_workers_is_recorded_once(
    workplace: Workplace, second_worker: BotUnderTest
) -> None:
    case = workplace.report(THREAT)
    card = workplace.card(case)
    channel = workplace.channel_of(case)
    drawn = button_value(card, ids.ACTION_CASE_POLICE)

    first = workplace.sim.block_action(ids.ACTION_CASE_POLICE, user_id=MANAGER, channel_id=channel, message_ts=card["ts"])
    elsewhere = workplace.sim.replay(first, app_url=second_worker.url)  # a retry reaching the other process
    clicked_again = second_worker.sim.block_action(
        ids.ACTION_CASE_POLICE, user_id=MANAGER, channel_id=channel, message_ts=card["ts"], value=drawn
    )
    workplace.bot.wait_idle()
    second_worker.wait_idle()

    assert (first.status, elsewhere.status, clicked_again.status) == (200, 200, 200)
    assert recorded(workplace, case, CaseAction.REFER_POLICE) == 1
    assert len(workplace.thread(case)) == 1


def test_a_replayed_form_submission_and_command_change_nothing(workplace: Workplace, second_worker: BotUnderTest) -> None:
    form = workplace.open_report_form()
    submitted = workplace.submit_report(form["id"], ABUSE, escalate=False, email="taro@example.com")
    workplace.bot.wait_idle()
    replayed = workplace.sim.replay(submitted, app_url=second_worker.url)
    second_worker.wait_idle()
    assert replayed.status == 200 and not replayed.body.strip()
    assert len(workplace.cases.cases_for_reporter(STAFF)) == 1
    assert len(workplace.dm(STAFF)) == 1  # the triage was sent once

    # A description's answer is the triage reply and stores nothing: a replay gets the same reply.
    command = workplace.command(ABUSE)
    again = workplace.sim.replay(command)
    assert again.status == 200 and again.json["blocks"] == command.json["blocks"]
    workplace.bot.wait_idle()
    assert len(workplace.cases.cases_for_reporter(STAFF)) == 1

    # A history read is audited: replayed to the other worker, it is read (and audited) once.
    customer = workplace.cases.cases_for_reporter(STAFF)[0]
    history = workplace.command("history taro@example.com", user=MANAGER)
    workplace.bot.wait_idle()
    replayed_history = workplace.sim.replay(history, app_url=second_worker.url)
    second_worker.wait_idle()
    assert replayed_history.status == 200 and not replayed_history.body.strip()
    reads = [e for e in workplace.audit.recent(200) if e.action == "customer.history_read"]
    assert customer.customer_id is not None and len(reads) == 1


def test_an_event_redelivered_to_another_worker_is_dropped(workplace: Workplace, second_worker: BotUnderTest) -> None:
    first = workplace.sim.app_home_opened(MANAGER)
    workplace.slack.wait_for_calls("views.publish")
    workplace.bot.wait_idle()
    retry = workplace.sim.redeliver(first, retry_num=1)
    elsewhere = workplace.sim.replay(first, app_url=second_worker.url)
    second_worker.wait_idle()
    workplace.bot.wait_idle()
    assert (retry.status, elsewhere.status) == (200, 200)
    assert json.loads(elsewhere.request_body)["event_id"] == json.loads(first.request_body)["event_id"]
    assert len(workplace.slack.calls_to("views.publish")) == 1


def test_an_expired_delivery_is_forgotten(workplace: Workplace) -> None:
    deliveries = workplace.bot.services.deliveries
    now = workplace.bot.services.clock()
    assert deliveries.first_time("event:T1:Ev1", "event", now)
    assert not deliveries.first_time("event:T1:Ev1", "event", now)
    later = now.replace(year=now.year + 1)
    assert deliveries.first_time("event:T1:Ev1", "event", later)  # its time to live had passed
    assert deliveries.forget_expired(later.replace(year=later.year + 1)) == 1




@pytest.mark.parametrize("action_id", [ids.ACTION_ESCALATE, ids.ACTION_LOG_ONLY])
def test_the_triage_replys_buttons_act_only_for_the_person_it_was_shown_to(workplace: Workplace, action_id: str) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    button = next(e for b in reply["blocks"] for e in b.get("elements") or [] if e.get("action_id") == action_id)

    pressed = workplace.sim.block_action(  # a forwarded or forged payload: someone else, the same button value
        action_id, user_id=OUTSIDER, channel_id=reply["channel"], ephemeral_message=reply, value=button["value"]
    )
    [refusal] = workplace.wait_for_response(pressed)

    assert refusal["text"] == t("buttons_not_yours", "en", command=ids.COMMAND)
    assert refusal.get("replace_original") is False
    assert workplace.cases.cases_for_reporter(OUTSIDER) == [] and workplace.cases.cases_for_reporter(STAFF) == []
    assert workplace.slack.calls_to("conversations.create") == []
