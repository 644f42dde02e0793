"""Next steps that lead somewhere, end to end in both languages: staff escalate their own logged
report later, the consultation desk, where it happened in the urgent alert, and a customer who has
been refused service.

The real bot over HTTP against the Slack emulator; English staff is sato (en-US), Japanese staff
tanaka (ja-JP); suzuki (en-US) and takahashi (ja-JP) are the managers.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.emulator.workplace import MANAGER, MANAGER_2, OUTSIDER, STAFF, STAFF_JA, Workplace
from bot.lifecycle import CaseStatus, Surface
from bot.services.results import CaseView
from bot.slack import ids
from bot.slack.i18n import t
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_manager import home_of, wait_for_status
from tests.test_e2e_slack import ABUSE, ABUSE_JA, assert_clean, buttons, texts

SPEAKERS = [pytest.param(STAFF, "en", ABUSE, id="en"), pytest.param(STAFF_JA, "ja", ABUSE_JA, id="ja")]
MANAGER_OF = {"en": MANAGER, "ja": MANAGER_2}  # the manager who reads the language

DESK = {
    "desk_name": "People Support Desk",
    "desk_name_ja": "従業員相談窓口",
    "desk_slack": "C0DESK0001",
    "desk_phone": "03-1234-5678",
    "desk_hours": "Weekdays 9:00-18:00",
    "desk_hours_ja": "平日 9:00〜18:00",
}


def log_only(workplace: Workplace, user: str, text: str) -> tuple[CaseView, dict[str, Any]]:
    """`/harassment text`, then Log only: the logged case and the reply that replaced the triage."""
    workplace.command(text, user=user)
    reply = workplace.last_ephemeral(user, via="slash_command.ack")
    [logged] = workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=user))
    [case] = workplace.cases.cases_for_reporter(user)
    assert case.status is CaseStatus.LOGGED_ONLY
    return case, logged


# --- staff escalate their own logged report later ----------------------------------------------


@pytest.mark.parametrize(("user", "lang", "text"), SPEAKERS)
def test_staff_escalate_their_logged_report_later_from_the_reply(
    workplace: Workplace, user: str, lang: str, text: str
) -> None:
    case, logged = log_only(workplace, user, text)
    assert t("logged.text", lang, ref=case.ref) in texts(logged["blocks"])
    assert buttons(logged["blocks"]) == [ids.ACTION_ESCALATE_LOGGED]

    shown = workplace.last_ephemeral(user, via="response_url")
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE_LOGGED, shown, user=user)
    [confirmation] = workplace.wait_for_response(pressed)
    escalated = wait_for_status(workplace, case, CaseStatus.ESCALATED)
    workplace.bot.wait_idle()

    assert confirmation["replace_original"] is True
    assert t("escalated.text", lang, ref=case.ref, channel=f"<#{escalated.escalation_channel_id}>") in texts(
        confirmation["blocks"]
    )
    assert escalated.events[-1].actor == user and escalated.events[-1].surface is Surface.BUTTON
    assert user in workplace.slack.channel(escalated.escalation_channel_id)["members"]
    assert workplace.card(escalated)["blocks"]
    assert_clean(workplace)


@pytest.mark.parametrize(("user", "lang", "text"), SPEAKERS)
def test_staff_escalate_their_logged_report_later_from_the_app_home(
    workplace: Workplace, user: str, lang: str, text: str
) -> None:
    case, _ = log_only(workplace, user, text)
    home = home_of(workplace, user)
    assert case.ref in texts(home["blocks"])
    assert buttons(home["blocks"]).count(ids.ACTION_HOME_ESCALATE) == 1
    assert t("button.escalate_short", lang) in json.dumps(home["blocks"], ensure_ascii=False)

    workplace.sim.block_action(ids.ACTION_HOME_ESCALATE, user_id=user, view_id=home["id"])
    escalated = wait_for_status(workplace, case, CaseStatus.ESCALATED)
    [confirmation] = workplace.slack.wait_until(lambda: workplace.dm(user), what="the confirmation DM")
    workplace.bot.wait_idle()

    assert escalated.events[-1].actor == user and escalated.events[-1].surface is Surface.APP_HOME
    assert t("escalated_title", lang, ref=case.ref) == confirmation["text"]
    assert ids.ACTION_HOME_ESCALATE not in buttons(workplace.slack.home_view(user)["blocks"])
    assert_clean(workplace)


def test_nobody_else_escalates_a_staff_members_report(workplace: Workplace) -> None:
    case, _ = log_only(workplace, STAFF, ABUSE)
    assert case.ref not in texts(home_of(workplace, OUTSIDER)["blocks"])  # no button to press
    shown = workplace.last_ephemeral(STAFF, via="response_url")

    # A click naming someone else's case, as a replayed or forged payload would.
    workplace.press_on_ephemeral(ids.ACTION_ESCALATE_LOGGED, shown, user=OUTSIDER)
    [refusal] = workplace.slack.wait_until(lambda: workplace.dm(OUTSIDER), what="the refusal")
    workplace.bot.wait_idle()

    assert refusal["text"] == t("only_reporter_or_managers", "en")
    assert workplace.cases.get_case(case.id).status is CaseStatus.LOGGED_ONLY
    assert workplace.slack.calls_to("conversations.create") == []


# --- the consultation desk ----------------------------------------------------------------------


@pytest.mark.parametrize(("user", "lang", "text"), SPEAKERS)
def test_the_consultation_desk_is_shown_on_escalation_and_in_help(
    open_workplace: Any, user: str, lang: str, text: str
) -> None:
    place: Workplace = open_workplace(**DESK)
    name = DESK["desk_name_ja"] if lang == "ja" else DESK["desk_name"]
    hours = DESK["desk_hours_ja"] if lang == "ja" else DESK["desk_hours"]
    lines = [
        t("desk.header", lang),
        f"*{name}*",
        t("desk.slack", lang, contact="<#C0DESK0001>"),
        t("desk.phone", lang, phone="03-1234-5678"),
        t("desk.hours", lang, hours=hours),
    ]

    place.escalate_text(text, user=user)
    confirmation = place.last_ephemeral(user, via="response_url")
    shown = texts(confirmation["blocks"])
    assert "\n".join(lines) in shown
    assert t("escalated.no_disadvantage", lang) in shown

    help_reply = place.command("help", user=user).json
    assert "\n".join(lines) in texts(help_reply["blocks"])
    assert_clean(place)


@pytest.mark.parametrize(("user", "lang", "text"), SPEAKERS)
def test_without_a_desk_the_reporter_is_told_whom_to_ask(workplace: Workplace, user: str, lang: str, text: str) -> None:
    workplace.escalate_text(text, user=user)
    shown = texts(workplace.last_ephemeral(user, via="response_url")["blocks"])
    assert t("desk.none", lang) in shown
    assert t("desk.none", lang) in texts(workplace.command("help", user=user).json["blocks"])


# --- where it happened --------------------------------------------------------------------------


@pytest.mark.parametrize(("user", "lang", "text"), SPEAKERS)
def test_the_urgent_alert_says_where(open_workplace: Any, user: str, lang: str, text: str) -> None:
    place: Workplace = open_workplace(report_locations=("新宿店", "Shibuya store"))
    form = place.open_report_form(user=user)
    menu = next(b for b in form["blocks"] if b.get("block_id") == ids.BLOCK_LOCATION)
    assert [o["value"] for o in menu["element"]["options"]] == ["新宿店", "Shibuya store"]
    values = {
        ids.BLOCK_TEXT: {ids.INPUT: text},
        ids.BLOCK_LOCATION: {ids.INPUT: "新宿店"},
        ids.BLOCK_LOCATION_TEXT: {ids.INPUT: "2F counter"},
        ids.BLOCK_HAPPENING_NOW: {ids.INPUT: [ids.OPTION_YES]},
    }
    place.sim.view_submission(form["id"], values, user_id=user)
    case = place.wait_for_case(lambda c: c.reporter_user_id == user and c.escalation_channel_id, "the urgent case")
    manager = MANAGER_OF[lang]
    [alert] = place.slack.wait_until(lambda: place.dm(manager), what="the urgent alert")
    place.bot.wait_idle()

    assert case.location == "新宿店 · 2F counter"
    assert t("alert.where", lang, location="新宿店 · 2F counter") in texts(alert["blocks"])
    channel_lang = "en"  # the case channel speaks the LANGUAGE setting
    assert t("case.location", channel_lang, location="新宿店 · 2F counter") in texts(place.card(case)["blocks"])
    assert_clean(place)


def test_an_alert_without_a_place_asks_the_manager_to_find_out(workplace: Workplace) -> None:
    case = workplace.report("He is standing at the counter shouting insults at me right now", happening_now=True)
    [alert] = workplace.slack.wait_until(lambda: workplace.dm(MANAGER_2), what="the urgent alert")
    assert case.location is None
    assert t("alert.where_unknown", "ja", reporter=f"<@{STAFF}> さん") in texts(alert["blocks"])


# --- a customer who has been refused service ----------------------------------------------------


@pytest.mark.parametrize(("user", "lang", "text"), SPEAKERS)
def test_a_report_on_a_customer_refused_service_says_so_without_the_history(
    workplace: Workplace, user: str, lang: str, text: str
) -> None:
    first = workplace.report(ABUSE, user=STAFF, email="Taro.Yamada@example.com")
    workplace.press_on_card(ids.ACTION_CASE_REFUSE, first, user=MANAGER)
    wait_for_status(workplace, first, CaseStatus.IN_PROGRESS)
    workplace.bot.wait_idle()
    before = len(workplace.dm(user))

    second = workplace.report(text, user=user, email="taro.yamada@EXAMPLE.com", escalate=False)
    dms = workplace.slack.wait_until(lambda: workplace.dm(user)[before:] or None, what="the reply to the second report")
    workplace.bot.wait_idle()

    reply = texts(dms[-1]["blocks"])
    assert second.customer_id == first.customer_id
    assert reply.startswith(":no_entry:")
    assert t("refused.steps", lang) in reply
    assert workplace.bot.services.bundle.policy.stance.get(lang) in reply
    for history in (first.ref, t("history.card_title", lang), t("history.earlier", lang, count=1)):
        assert history not in reply  # the fact, never the customer's record
    assert "customer.refusal_shown" in [e.action for e in workplace.audit.trail("customer", first.customer_id)]
    assert_clean(workplace)


def test_a_customer_not_refused_service_gets_no_notice(workplace: Workplace) -> None:
    workplace.report(ABUSE, user=STAFF, email="someone@example.com", escalate=False)
    reply = texts(workplace.slack.wait_until(lambda: workplace.dm(STAFF), what="the reply")[-1]["blocks"])
    assert ":no_entry:" not in reply
