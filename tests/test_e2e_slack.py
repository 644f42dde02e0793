"""End to end through the bot's HTTP endpoint: staff use the slash command, the shortcut and the form.

The real app (Bolt on waitress, real database) answers requests signed as Slack signs them; its
Web API calls go to the Slack emulator, which enforces Slack's rules. Manager actions on the
case card, history, digest, App Home and the scheduler are in test_e2e_manager.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.emulator import Forgery
from bot.emulator.workplace import HR, MANAGER, MANAGER_2, OUTSIDER, STAFF, STAFF_JA, Workplace
from bot.lifecycle import CaseStatus, ReportSource
from bot.policy.model import Severity
from bot.slack import drafts, ids
from bot.slack.escalation import LOCK_STRIPES
from bot.slack.i18n import t
from tests.bot_fixtures import BOTH_TRANSPORTS, ErrorLog, error_log, open_workplace, workplace  # noqa: F401

ABUSE = "The customer called me an idiot and kept shouting abuse at me for ten minutes"
ABUSE_JA = "お客様から「土下座しろ」と怒鳴られ、暴言を浴びせられました"
COMPLAINT = "The customer complained that the product arrived broken and asked for a refund"
ASSAULT = "The customer punched me in the face and threw a chair at the counter"
HOSTILE = "He shouted at me, called me an idiot. <!channel> @here <@U0MANAGER1> & <https://evil|x>"


def texts(blocks: list[dict[str, Any]] | None) -> str:
    """Every text in a list of blocks, joined (for assertions on what a person reads)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(blocks or [])
    return "\n".join(found)


def buttons(blocks: list[dict[str, Any]] | None) -> list[str]:
    """The action_ids of the buttons in a list of blocks, in order."""
    found = []
    for block in blocks or []:
        for element in [*(block.get("elements") or []), block.get("accessory") or {}]:
            if element.get("type") == "button":
                found.append(element["action_id"])
    return found


def assert_clean(workplace: Workplace) -> None:
    """Nothing Slack would refuse, and nothing that pings a whole channel."""
    assert workplace.slack.failed_calls() == []
    assert workplace.slack.broadcast_mentions() == []


# --- the slash command: triage in the ack ----------------------------------------------------


@BOTH_TRANSPORTS
def test_harassment_text_gets_the_triage_reply_in_the_ack(workplace: Workplace) -> None:
    response = workplace.command(ABUSE)

    assert response.status == 200
    body = response.json
    assert body["response_type"] == "ephemeral"
    shown = texts(body["blocks"])
    assert "Possible customer harassment" in shown and "Verbal abuse" in shown
    assert "idiot" in shown  # the words that led to the category
    assert "What to do now" in shown
    assert buttons(body["blocks"]) == [
        ids.ACTION_ESCALATE,
        ids.ACTION_LOG_ONLY,
        ids.ACTION_SHOW_POLICY,
        ids.ACTION_OPEN_REPORT,
    ]
    assert "idiot" not in body["text"]  # the notification text carries no user text
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    assert reply["channel"] == workplace.front_desk and reply["blocks"]
    assert workplace.cases.cases_for_reporter(STAFF) == []  # nothing is stored until a button says so
    assert_clean(workplace)


def test_japanese_text_gets_a_japanese_reply(workplace: Workplace) -> None:
    body = workplace.command(ABUSE_JA, user=STAFF_JA).json

    shown = texts(body["blocks"])
    assert "カスタマーハラスメントの可能性" in shown
    assert "土下座" in shown and "今すぐすること" in shown
    assert "責任者に知らせる" in shown
    assert_clean(workplace)


@pytest.mark.parametrize(
    ("text", "user", "lines"),
    [
        (COMPLAINT, STAFF, ["*The demand* looks reasonable", "*The manner* is acceptable", "this reads as a legitimate complaint"]),
        (ABUSE, STAFF, ["*The manner* goes beyond what is acceptable", "Either one beyond the line"]),
        (
            "届いた商品が壊れていたので交換してほしい、とのご連絡でした。",
            STAFF_JA,
            ["*要求の内容:* 妥当と考えられます", "*要求の手段・態様:* 社会通念上相当な範囲です"],
        ),
        (ABUSE_JA, STAFF_JA, ["*要求の内容:* 妥当な範囲を超えています", "*要求の手段・態様:* 社会通念上相当な範囲を超えています"]),
    ],
)
def test_the_reply_reads_both_axes_in_the_users_language(workplace: Workplace, text: str, user: str, lines: list[str]) -> None:
    body = workplace.command(text, user=user).json

    shown = texts(body["blocks"])
    assert all(line in shown for line in lines), shown
    assert_clean(workplace)


@pytest.mark.parametrize(
    ("text", "user", "lang"),
    [
        ("He said people like me have a way of getting hurt and that I should watch myself on the stairs.", STAFF, "en"),
        ("客に「お前の顔は覚えたからな。後悔させてやる」と言われた。", STAFF_JA, "ja"),
    ],
)
def test_a_threat_the_floor_does_not_name_asks_to_check_for_danger_first(
    workplace: Workplace, text: str, user: str, lang: str
) -> None:
    body = workplace.command(text, user=user).json

    first = texts(body["blocks"][:1])
    assert "110" in first
    if first == t("triage.safety", lang):  # the danger reader is sure: critical, the banner and no "Log only"
        assert ids.ACTION_LOG_ONLY not in buttons(body["blocks"])
    else:  # the check; severity is the reading's own
        assert first == t("triage.safety_check", lang)
        assert buttons(body["blocks"])[:2] == [ids.ACTION_ESCALATE, ids.ACTION_LOG_ONLY]
    assert_clean(workplace)


def test_the_danger_readers_catch_leads_with_safety_in_both_languages(workplace: Workplace) -> None:
    # Wordings the floor's phrases do not name; the learned danger reader (bot.triage.danger) does.
    shiny = "He kept touching something shiny in his jacket pocket and staring at me the whole time."
    body = workplace.command(shiny, user=STAFF).json
    assert texts(body["blocks"][:1]) == t("triage.safety", "en")  # strong: critical, the banner first
    assert ids.ACTION_LOG_ONLY not in buttons(body["blocks"])
    # (The terser 「またポケットに何か光るもの入れてて、こっちを睨んでた」 fell just below the check, 0.066
    # against 0.072, when the reader was retrained on long legitimate complaints full of danger words.)
    pocket = "あの客、ポケットに何か光るものを入れていて、ずっとこっちを睨んでいました。"
    body = workplace.command(pocket, user=STAFF_JA).json
    first = texts(body["blocks"][:1])
    assert first.startswith(":warning: *まず危険がないか確認してください。*") and "110" in first
    assert "ポケットに何か光るもの" in first  # the passage that weighs most, quoted as written
    assert t("triage.safety", "ja") not in texts(body["blocks"])
    assert_clean(workplace)


@pytest.mark.parametrize(("text", "user"), [(COMPLAINT, STAFF), ("届いた商品が壊れていたので交換してほしい、とのご連絡でした。", STAFF_JA)])
def test_a_close_call_says_so_and_asks_the_two_questions(
    workplace: Workplace, monkeypatch: pytest.MonkeyPatch, text: str, user: str
) -> None:
    from bot.triage import confidence

    monkeypatch.setattr(confidence, "UNSURE_BELOW", 1.01)  # every call a close call
    body = workplace.command(text, user=user).json

    shown = texts(body["blocks"])
    lang = "ja" if user == STAFF_JA else "en"
    assert t("triage.unsure", lang, percent=0).split("%")[0].rsplit(" ", 1)[0][:10] in shown
    assert t("triage.unsure.questions", lang).split("\n")[1] in shown
    assert buttons(body["blocks"])[:2] == [ids.ACTION_ESCALATE, ids.ACTION_LOG_ONLY]
    assert_clean(workplace)


def test_reply_follows_the_users_locale_once_it_is_known(workplace: Workplace) -> None:
    first = workplace.command(ABUSE, user=STAFF_JA).json  # locale unknown yet: the text's language
    workplace.slack.wait_until(
        lambda: workplace.bot.ctx.directory.cached_locale(STAFF_JA), what="the locale cache to warm"
    )
    second = workplace.command(ABUSE, user=STAFF_JA).json

    workplace.command(ABUSE_JA, user=STAFF_JA)
    workplace.bot.wait_idle()

    assert "Possible customer harassment" in texts(first["blocks"])
    assert "カスタマーハラスメントの可能性" in texts(second["blocks"])
    assert len(workplace.slack.calls_to("users.info")) == 1  # looked up once, then cached


def test_legitimate_complaint_is_called_one(workplace: Workplace) -> None:
    body = workplace.command(COMPLAINT).json

    shown = texts(body["blocks"])
    assert "legitimate complaint" in shown
    assert "Possible customer harassment" not in shown
    assert buttons(body["blocks"])[:2] == [ids.ACTION_ESCALATE, ids.ACTION_LOG_ONLY]
    assert_clean(workplace)


def test_critical_report_puts_safety_first(workplace: Workplace) -> None:
    body = workplace.command(ASSAULT).json

    first = texts(body["blocks"][:1])
    assert "safety comes first" in first and "110" in first
    assert "Physical assault" in texts(body["blocks"])
    escalate = next(e for b in body["blocks"] for e in b.get("elements") or [] if e.get("action_id") == ids.ACTION_ESCALATE)
    assert escalate["style"] == "danger"


@pytest.mark.parametrize("text", ["", "help", "  HELP  ", "ヘルプ"])
def test_help(workplace: Workplace, text: str) -> None:
    body = workplace.command(text).json

    shown = texts(body["blocks"])
    assert body["response_type"] == "ephemeral"
    assert "/harassment report" in shown and "/harassment history" in shown
    assert "Report harassment" in shown  # the message shortcut
    assert_clean(workplace)


def test_huge_text_is_refused_politely(workplace: Workplace) -> None:
    response = workplace.command("He shouted at me. " * 1200)  # about 21 kB

    assert response.status == 200
    assert "too long" in response.json["text"] and "10000" in response.json["text"]
    assert "blocks" not in response.json  # no triage, no buttons
    assert_clean(workplace)


def test_long_text_under_the_limit_is_recorded_so_the_buttons_find_it(workplace: Workplace) -> None:
    text = "The customer kept shouting that I am an idiot and useless. " * 60  # ~3.5 kB: too long for a button
    workplace.command(text)
    case = workplace.wait_for_case(lambda c: c.reporter_user_id == STAFF, "the long report to be recorded")
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    workplace.wait_for_response(pressed)

    escalated = workplace.cases.get_case(case.id)
    assert escalated.status is CaseStatus.ESCALATED
    assert len(workplace.cases.cases_for_reporter(STAFF)) == 1
    assert_clean(workplace)


def test_a_text_that_fits_only_before_escaping_is_recorded_so_the_buttons_find_it(workplace: Workplace) -> None:
    # Under the 1,800 characters a button may carry, but quotes and newlines grow in JSON:
    # with the real key and channel the value would pass Slack's 2,000, so the text must not ride.
    text = ('He yelled "idiot" at me\n' * 80)[:1790]
    assert len(text) <= drafts.TEXT_IN_VALUE_LIMIT
    workplace.command(text)
    case = workplace.wait_for_case(lambda c: c.reporter_user_id == STAFF, "the report to be recorded")
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    workplace.wait_for_response(pressed)

    assert workplace.cases.get_case(case.id).status is CaseStatus.ESCALATED
    assert "expired" not in texts(workplace.last_ephemeral(STAFF).get("blocks") or [])
    assert_clean(workplace)


def test_per_case_locks_are_a_fixed_set_however_many_cases(workplace: Workplace) -> None:
    escalation = workplace.bot.ctx.escalation
    for text in (ABUSE, COMPLAINT):
        workplace.escalate_text(text)
    locks = {id(escalation._case_lock(case_id)) for case_id in range(1, 100_001)}
    assert len(locks) <= LOCK_STRIPES


def test_hostile_text_pings_nobody(workplace: Workplace) -> None:
    body = workplace.command(HOSTILE).json
    case = workplace.escalate_text(HOSTILE)
    card = workplace.card(case)

    for shown in (texts(body["blocks"]), body["text"], texts(card["blocks"]), card["text"]):
        assert "<!channel>" not in shown and "<@U0MANAGER1>" not in shown and "<https://evil" not in shown
    assert "&lt;!channel&gt;" in texts(card["blocks"])
    assert "&amp;" in texts(card["blocks"])
    assert "@here" not in texts(card["blocks"]) and "@\u200dhere" in texts(card["blocks"])  # bare @here defused
    assert_clean(workplace)


def test_acks_do_not_wait_for_work_started_by_earlier_acks(workplace: Workplace) -> None:
    release = threading.Event()
    for _ in range(workplace.bot.services.settings.http_threads):  # every thread of the listener pool busy
        workplace.bot.pool.submit(release.wait, 10)
    try:
        answered = workplace.command(ABUSE)
        reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
        pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
        helped = workplace.command("help")
    finally:
        release.set()

    assert answered.status == 200 and "Verbal abuse" in texts(answered.json["blocks"])
    assert pressed.status == 200 and helped.status == 200 and helped.json["blocks"]
    workplace.wait_for_response(pressed)  # the escalation itself ran once the pool was free
    assert workplace.cases.cases_for_reporter(STAFF)[0].status is CaseStatus.ESCALATED


# --- Escalate, Log only, Show policy ----------------------------------------------------------


@BOTH_TRANSPORTS
def test_escalate_opens_a_private_case_channel_with_the_card(workplace: Workplace) -> None:
    slack = workplace.slack
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    assert pressed.status == 200 and not pressed.body.strip()  # acked at once, the work follows
    [confirmation] = workplace.wait_for_response(pressed)

    [case] = workplace.cases.cases_for_reporter(STAFF)
    channel = slack.channel(case.escalation_channel_id)
    assert case.status is CaseStatus.ESCALATED and case.source is ReportSource.SLASH_COMMAND
    assert channel["is_private"] and channel["name"] == f"kasuhara-{case.ref}"
    assert set(channel["members"]) == {slack.bot_user_id, STAFF, MANAGER, MANAGER_2}
    assert set(case.manager_ids) == {MANAGER, MANAGER_2}

    card = workplace.card(case)
    shown = texts(card["blocks"])
    assert case.ref in shown and "idiot" in shown and "Verbal abuse" in shown
    assert buttons(card["blocks"])[0] == ids.ACTION_CASE_ACKNOWLEDGE
    assert "idiot" not in card["text"]

    assert confirmation["replace_original"] is True
    assert f"<#{case.escalation_channel_id}>" in texts(confirmation["blocks"])
    assert case.ref in confirmation["text"]
    assert workplace.dm(MANAGER) == []  # not urgent: no direct alert
    assert_clean(workplace)


def test_channel_name_taken_gets_the_next_name(workplace: Workplace) -> None:
    today = dt.datetime.now(ZoneInfo(workplace.bot.services.settings.timezone)).date()
    expected = f"kasuhara-{today:%Y}-{today:%m%d}-0001"  # today's first case
    workplace.slack.add_channel(expected, members=[OUTSIDER])

    case = workplace.escalate_text(ABUSE)

    channel = workplace.slack.channel(case.escalation_channel_id)
    assert case.ref == expected.removeprefix("kasuhara-")
    assert channel["name"] == f"{expected}-2" and channel["is_private"]
    assert OUTSIDER not in channel["members"]
    assert [f.error for f in workplace.slack.failed_calls()] == ["name_taken"]


def test_double_click_makes_one_channel_and_one_case(workplace: Workplace) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    first = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    second = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
    workplace.wait_for_response(first)
    workplace.wait_for_response(second)

    assert len(workplace.cases.cases_for_reporter(STAFF)) == 1
    assert len(workplace.slack.calls_to("conversations.create")) == 1
    [case] = workplace.cases.cases_for_reporter(STAFF)
    cards = [m for m in workplace.slack.messages(case.escalation_channel_id) if not m.get("thread_ts")]
    assert len(cards) == 1
    assert_clean(workplace)


def test_critical_case_alerts_every_manager_directly(workplace: Workplace) -> None:
    case = workplace.escalate_text(ASSAULT)

    assert case.severity is Severity.CRITICAL
    for manager in (MANAGER, MANAGER_2):
        [alert] = workplace.slack.wait_until(lambda m=manager: workplace.dm(m), what=f"an alert to {manager}")
        assert case.ref in alert["text"] and f"<#{case.escalation_channel_id}>" in texts(alert["blocks"])
    assert_clean(workplace)


def test_rate_limited_card_is_retried_and_arrives(workplace: Workplace) -> None:
    workplace.slack.rate_limit("chat.postMessage", times=1, retry_after=1)

    case = workplace.escalate_text(ABUSE)

    assert workplace.card(case)["blocks"]
    assert [f.error for f in workplace.slack.failed_calls()] == ["ratelimited"]
    assert workplace.slack.broadcast_mentions() == []


def test_slack_refusing_the_channel_is_explained_and_escalate_can_be_pressed_again(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    workplace.slack.fail_next("conversations.create", "restricted_action")
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    [failed] = workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF))

    assert failed["replace_original"] is False  # the triage reply and its buttons stay
    assert "could not be escalated" in failed["text"] and "restricted_action" in failed["text"]
    assert "http" not in failed["text"]  # no request details
    # The channel is named after the case reference, dated in the company's time zone.
    [logged] = [r.getMessage() for r in error_log.take()]
    assert re.fullmatch(
        r"Escalation failed \(case 1\): Slack refused to create channel #kasuhara-\d{4}-\d{4}-0001: restricted_action", logged
    ), logged
    assert workplace.cases.cases_for_reporter(STAFF)[0].status is CaseStatus.REPORTED

    workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF))
    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert case.status is CaseStatus.ESCALATED and workplace.card(case)["blocks"]


def test_log_only_keeps_the_case_without_a_channel(workplace: Workplace) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    pressed = workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF)
    [confirmation] = workplace.wait_for_response(pressed)

    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert case.status is CaseStatus.LOGGED_ONLY and case.escalation_channel_id is None
    assert workplace.slack.calls_to("conversations.create") == []
    assert confirmation["replace_original"] is True and case.ref in texts(confirmation["blocks"])
    assert_clean(workplace)


def test_show_policy_answers_privately(workplace: Workplace) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    pressed = workplace.press_on_ephemeral(ids.ACTION_SHOW_POLICY, reply, user=STAFF)
    [policy] = workplace.wait_for_response(pressed)

    assert policy.get("replace_original") is False
    assert "Basic Policy on Customer Harassment" in texts(policy["blocks"])
    assert workplace.cases.cases_for_reporter(STAFF) == []
    assert_clean(workplace)


def test_add_details_opens_the_form_prefilled(workplace: Workplace) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    workplace.press_on_ephemeral(ids.ACTION_OPEN_REPORT, reply, user=STAFF)
    [form] = workplace.slack.wait_until(lambda: workplace.slack.open_views(STAFF), what="the report form")

    text_block = next(b for b in form["blocks"] if b.get("block_id") == ids.BLOCK_TEXT)
    assert text_block["element"]["initial_value"] == ABUSE
    assert_clean(workplace)


# --- the Japanese journey ---------------------------------------------------------------------


def test_japanese_staff_escalate_and_read_japanese(workplace: Workplace) -> None:
    body = workplace.command(ABUSE_JA, user=STAFF_JA).json
    reply = workplace.last_ephemeral(STAFF_JA, via="slash_command.ack")
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF_JA)
    [confirmation] = workplace.wait_for_response(pressed)

    [case] = workplace.cases.cases_for_reporter(STAFF_JA)
    assert "カスタマーハラスメントの可能性" in texts(body["blocks"])
    assert "責任者に知らせました" in texts(confirmation["blocks"])
    assert "不利益な取扱い" in texts(confirmation["blocks"])
    assert case.text == ABUSE_JA
    assert "土下座" in texts(workplace.card(case)["blocks"])
    assert_clean(workplace)


# --- the message shortcut and the report form ---------------------------------------------------


@BOTH_TRANSPORTS
def test_message_shortcut_report_with_customer_details(workplace: Workplace) -> None:
    slack = workplace.slack
    said = "Customer on the phone: you are useless, I will post your name online and get you fired"
    ts = slack.add_message(workplace.front_desk, said, user=STAFF)

    ack = workplace.sim.message_shortcut(ids.SHORTCUT_REPORT, user_id=STAFF, channel_id=workplace.front_desk, message_ts=ts)
    assert ack.status == 200
    [form] = slack.wait_until(lambda: slack.open_views(STAFF), what="the report form")
    text_block = next(b for b in form["blocks"] if b.get("block_id") == ids.BLOCK_TEXT)
    assert text_block["element"]["initial_value"] == said

    submitted = workplace.submit_report(form["id"], user=STAFF, email="Taro.Yamada@Example.com", phone="090-1234-5678")
    assert submitted.status == 200 and not submitted.body.strip()
    # Stored before the form closed; the permalink (a Slack call) is added after the ack, and the
    # outbox worker may escalate before that.
    case = workplace.wait_for_case(lambda c: c.escalation_channel_id and c.permalink, "the escalated case with its link")

    assert case.source is ReportSource.MESSAGE_SHORTCUT
    assert case.permalink and ts.replace(".", "") in case.permalink
    assert case.customer_id is not None
    card = texts(workplace.card(case)["blocks"])
    assert "Taro.Yamada@Example.com" in card and case.permalink.split("/archives/")[1] in card
    assert "No earlier reports" in card
    [confirmation] = slack.wait_until(lambda: workplace.dm(STAFF), what="the confirmation DM")
    assert case.ref in confirmation["text"]
    assert slack.open_views(STAFF) == []
    assert_clean(workplace)


def test_the_same_customer_written_differently_builds_a_history(open_workplace) -> None:
    workplace = open_workplace(repeat_offender_threshold=2)

    first = workplace.report("The customer called me an idiot on the phone.", email="taro.yamada@example.com")
    second = workplace.report(
        "Same man again, shouted abuse and said I am stupid.", email="TARO.YAMADA@EXAMPLE.COM", phone="+81 90 1234 5678"
    )
    third = workplace.report("He called again and insulted me.", phone="090-1234-5678")

    assert first.customer_id == second.customer_id == third.customer_id
    first_card, second_card, third_card = (texts(workplace.card(c)["blocks"]) for c in (first, second, third))
    assert "No earlier reports" in first_card and "Repeat offender" not in first_card
    assert "Earlier cases of this customer: 1" in second_card
    assert first.ref not in second_card  # earlier cases only privately, to managers and HR
    assert "Repeat offender" in second_card  # 2 reports in the window, threshold 2
    assert "Earlier cases of this customer: 2" in third_card
    assert_clean(workplace)


def test_report_form_refuses_bad_input_and_records_nothing(workplace: Workplace) -> None:
    form = workplace.open_report_form()

    empty = workplace.submit_report(form["id"], "   ")
    bad_email = workplace.submit_report(form["id"], ABUSE, email="taro at example")
    short_phone = workplace.submit_report(form["id"], ABUSE, phone="12")
    # Every field within its limit, together longer than the case keeps: refused while the form is open.
    too_long = workplace.submit_report(
        form["id"], ABUSE, name="Taro " + "Y" * 190, email="t" * 60 + "@example.com", customer_number="C" * 60
    )

    assert empty.json["response_action"] == "errors" and ids.BLOCK_TEXT in empty.json["errors"]
    assert set(bad_email.json["errors"]) == {ids.BLOCK_CUSTOMER_EMAIL}
    assert set(short_phone.json["errors"]) == {ids.BLOCK_CUSTOMER_PHONE}
    assert set(too_long.json["errors"]) == {ids.BLOCK_CUSTOMER_NAME}
    assert workplace.slack.view(form["id"])["is_open"]
    workplace.bot.wait_idle()
    assert workplace.cases.cases_for_reporter(STAFF) == []
    assert workplace.slack.calls_to("conversations.create") == []
    assert_clean(workplace)


def test_report_without_escalating_sends_the_triage_privately(workplace: Workplace) -> None:
    case = workplace.report(ABUSE, escalate=False)

    [reply] = workplace.slack.wait_until(lambda: workplace.dm(STAFF), what="the triage DM")
    assert case.status is CaseStatus.REPORTED and case.escalation_channel_id is None
    assert buttons(reply["blocks"])[:2] == [ids.ACTION_ESCALATE, ids.ACTION_LOG_ONLY]
    pressed = workplace.sim.block_action(
        ids.ACTION_ESCALATE, user_id=STAFF, channel_id=workplace.slack.dm_channel_id(STAFF), message_ts=reply["ts"]
    )
    workplace.wait_for_response(pressed)
    assert workplace.cases.get_case(case.id).status is CaseStatus.ESCALATED
    assert len(workplace.cases.cases_for_reporter(STAFF)) == 1
    assert_clean(workplace)


def test_happening_now_alerts_managers_even_without_escalate_ticked(workplace: Workplace) -> None:
    case = workplace.report("He is standing at the counter shouting insults at me right now", escalate=False, happening_now=True)

    assert case.happening_now and case.escalation_channel_id
    for manager in (MANAGER, MANAGER_2):
        workplace.slack.wait_until(lambda m=manager: workplace.dm(m), what=f"an alert to {manager}")
    assert "Happening now" in texts(workplace.card(case)["blocks"])
    assert_clean(workplace)


def test_a_case_that_asked_to_check_for_danger_alerts_the_managers_at_once(workplace: Workplace) -> None:
    veiled = "A customer at the counter told me he knows people who could pay me a visit."
    case = workplace.escalate_text(veiled)
    assert case.triage["safety_check"] and case.severity is not Severity.CRITICAL
    for manager in (MANAGER, MANAGER_2):
        workplace.slack.wait_until(lambda m=manager: workplace.dm(m), what=f"an alert to {manager}")
    assert t("case.safety_check", "en") in texts(workplace.card(case)["blocks"])
    plain = workplace.escalate_text(ABUSE, user=STAFF_JA)  # no check: the managers hear of it in the case channel only
    assert not plain.triage["safety_check"]
    workplace.bot.wait_idle()
    assert [len(workplace.dm(m)) for m in (MANAGER, MANAGER_2)] == [1, 1]
    assert_clean(workplace)


# --- requests that are not Slack's ------------------------------------------------------------


@pytest.mark.parametrize(
    "forgery", [Forgery.WRONG_SECRET, Forgery.STALE_TIMESTAMP, Forgery.MISSING_HEADERS, Forgery.TAMPERED_BODY]
)
def test_forged_requests_are_refused_and_change_nothing(workplace: Workplace, forgery: Forgery) -> None:
    command = workplace.sim.slash_command(
        ids.COMMAND, ABUSE, user_id=STAFF, channel_id=workplace.front_desk, forge=forgery
    )
    home = workplace.sim.app_home_opened(MANAGER, forge=forgery)
    ts = workplace.slack.add_message(workplace.front_desk, ABUSE, user=STAFF)
    shortcut = workplace.sim.message_shortcut(
        ids.SHORTCUT_REPORT, user_id=STAFF, channel_id=workplace.front_desk, message_ts=ts, forge=forgery
    )

    assert (command.status, home.status, shortcut.status) == (401, 401, 401)
    assert workplace.slack.ephemeral_messages() == []
    assert [m for m, _ in workplace.slack.calls if m != "auth.test"] == []
    assert workplace.cases.cases_for_reporter(STAFF) == []


@BOTH_TRANSPORTS
def test_event_redelivery_does_nothing_twice(workplace: Workplace) -> None:
    workplace.escalate_text(ABUSE)
    first = workplace.sim.app_home_opened(MANAGER)
    workplace.slack.wait_for_calls("views.publish")
    retry = workplace.sim.redeliver(first, retry_num=1)
    again = workplace.sim.redeliver(first, retry_num=2)

    assert (first.status, retry.status, again.status) == (200, 200, 200)
    assert json.loads(retry.request_body)["event_id"] == json.loads(first.request_body)["event_id"]
    workplace.sim.app_home_opened(HR)  # a new event is still handled
    workplace.slack.wait_for_calls("views.publish", 2)
    assert [p["user_id"] for p in workplace.slack.calls_to("views.publish")] == [MANAGER, HR]
    assert_clean(workplace)


def test_a_card_lost_mid_escalation_is_posted_when_escalate_is_pressed_again(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    workplace.slack.fail_next("chat.postMessage", "restricted_action")  # refused for good: not retried by itself
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    [refused] = workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF))
    assert "could not be escalated" in refused["text"] and "Managers have been notified" not in refused["text"]
    error_log.take()
    [case] = workplace.cases.cases_for_reporter(STAFF)
    channel = case.escalation_channel_id
    assert channel and not workplace.slack.messages(channel)
    assert workplace.cases.get_case(case.id).card_location is None

    workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF))

    [again] = workplace.cases.cases_for_reporter(STAFF)
    assert again.escalation_channel_id == channel  # no second channel
    assert len(workplace.slack.messages(channel)) == 1
    assert workplace.cases.get_case(case.id).card_location == (channel, workplace.slack.messages(channel)[0]["ts"])


def test_add_details_then_escalate_on_the_reply_makes_one_case(workplace: Workplace) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    before = {v["id"] for v in workplace.slack.open_views(STAFF)}
    workplace.press_on_ephemeral(ids.ACTION_OPEN_REPORT, reply, user=STAFF)
    form = workplace.slack.wait_until(
        lambda: next((v for v in workplace.slack.open_views(STAFF) if v["id"] not in before), None),
        what="the details form",
    )
    workplace.submit_report(form["id"], email="taro@example.com", escalate=False)
    workplace.bot.wait_idle()
    [recorded] = workplace.cases.cases_for_reporter(STAFF)
    assert recorded.customer_label and "taro@example.com" in recorded.customer_label

    workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF))

    [case] = workplace.cases.cases_for_reporter(STAFF)  # still one case, now escalated, details kept
    assert case.id == recorded.id and case.status is CaseStatus.ESCALATED
    assert case.customer_label == recorded.customer_label
