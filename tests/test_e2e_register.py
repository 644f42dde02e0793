"""End to end for the customer register: every path records the customer, no namesakes, history only for those entitled.

The real app over HTTP, the Slack emulator behind its WebClient (as in test_e2e_slack.py).
"""

from __future__ import annotations

import re
import threading
from typing import Any

from bot.emulator.workplace import MANAGER, MANAGER_2, STAFF, STAFF_JA, Workplace
from bot.identity import IdentifierKind
from bot.lifecycle import CaseStatus
from bot.services.results import CaseView
from bot.slack import ids
from bot.slack.i18n import t
from bot.slack.register import redraw_cards
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_slack import ABUSE, assert_clean, buttons, texts

THREAT = "The customer threatened to post my name online and kept shouting abuse at me"


def new_view(workplace: Workplace, user: str, before: set[str]) -> dict[str, Any]:
    """The modal that opened for `user` since `before` (waits for it)."""
    return workplace.slack.wait_until(
        lambda: next((v for v in workplace.slack.open_views(user) if v["id"] not in before), None),
        what="a form to open",
    )


def quick_escalation(workplace: Workplace, text: str = ABUSE, *, user: str = STAFF) -> tuple[CaseView, dict[str, Any], Any]:
    """`/harassment text` + Escalate: the case, the original reply and the press (its response_url has the confirmation)."""
    workplace.command(text, user=user)
    reply = workplace.last_ephemeral(user, via="slash_command.ack")
    pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=user)
    workplace.wait_for_response(pressed)
    workplace.bot.wait_idle()
    case = workplace.wait_for_case(lambda c: c.reporter_user_id == user and c.escalation_channel_id, "the escalated case")
    return case, reply, pressed


def fill_customer_form(workplace: Workplace, view_id: str, *, user: str, **fields: str) -> Any:
    """Submit the customer form with the given identifiers (email=, name=, phone=, number=, handle=)."""
    blocks_by_field = {
        "email": ids.BLOCK_CUSTOMER_EMAIL,
        "name": ids.BLOCK_CUSTOMER_NAME,
        "phone": ids.BLOCK_CUSTOMER_PHONE,
        "number": ids.BLOCK_CUSTOMER_NUMBER,
        "handle": ids.BLOCK_CUSTOMER_HANDLE,
    }
    values = {blocks_by_field[name]: {ids.INPUT: value} for name, value in fields.items()}
    response = workplace.sim.view_submission(view_id, values, user_id=user)
    assert response.status == 200 and not response.body.strip(), response.text
    workplace.bot.wait_idle()
    return response


def card_text(workplace: Workplace, case: CaseView) -> str:
    card = workplace.card(case)
    return texts(card["blocks"])


def audit_actions(workplace: Workplace, target_type: str, target_id: Any) -> list[str]:
    return [e.action for e in workplace.audit.trail(target_type, target_id)]


# --- the defect: "Add details" after a quick escalation ------------------------------------


def test_details_added_after_a_quick_escalation_reach_the_case_and_its_card(workplace: Workplace) -> None:
    case, reply, _ = quick_escalation(workplace)
    assert case.customer_id is None
    assert "taro@example.com" not in card_text(workplace, case)

    before = {v["id"] for v in workplace.slack.open_views(STAFF)}
    workplace.press_on_ephemeral(ids.ACTION_OPEN_REPORT, reply, user=STAFF)
    form = new_view(workplace, STAFF, before)
    response = workplace.submit_report(form["id"], email="Taro@Example.com", name="Yamada Taro", escalate=False)
    assert response.status == 200 and not response.body.strip()
    workplace.bot.wait_idle()

    [stored] = workplace.cases.cases_for_reporter(STAFF)  # still one case, now with its customer
    assert stored.id == case.id and stored.customer_id is not None
    assert stored.customer_label and "Taro@Example.com" in stored.customer_label
    card = workplace.card(stored)
    assert "Taro@Example.com" in texts(card["blocks"]) and "Yamada Taro" in texts(card["blocks"])  # updated in place
    assert len([m for m in workplace.slack.messages(stored.escalation_channel_id) if m.get("blocks")]) == 1
    assert any(t("event.customer", "en", actor=f"<@{STAFF}>") in m["text"] for m in workplace.thread(stored))
    assert "case.customer_set" in audit_actions(workplace, "case", case.id)
    told = texts(workplace.dm(STAFF)[-1]["blocks"])
    assert t("customer.saved", "en", ref=case.ref) in told

    # The next report about the same customer is linked to this one, and the card says so.
    second = workplace.report(THREAT, user=STAFF_JA, email="taro@example.com")
    assert second.customer_id == stored.customer_id
    assert t("register.earlier_cases", "en", count=1) in card_text(workplace, second)
    assert_clean(workplace)


def test_a_changed_description_in_add_details_is_not_dropped_silently(workplace: Workplace) -> None:
    case, reply, _ = quick_escalation(workplace)
    before = {v["id"] for v in workplace.slack.open_views(STAFF)}
    workplace.press_on_ephemeral(ids.ACTION_OPEN_REPORT, reply, user=STAFF)
    form = new_view(workplace, STAFF, before)
    workplace.submit_report(form["id"], ABUSE + " He also threw a pen.", escalate=False)
    workplace.bot.wait_idle()
    told = texts(workplace.dm(STAFF)[-1]["blocks"])
    assert t("customer.unchanged_fields", "en", ref=case.ref) in told
    assert workplace.cases.get_case(case.id).text == case.text


# --- every path reaches the register -------------------------------------------------------


def test_the_reporter_adds_the_customer_from_the_confirmation(workplace: Workplace) -> None:
    first = workplace.report(THREAT, user=STAFF_JA, phone="090-1234-5678", escalate=True)
    case, _, pressed = quick_escalation(workplace)
    [confirmation] = workplace.wait_for_response(pressed)
    assert ids.ACTION_ADD_CUSTOMER in buttons(confirmation["blocks"])

    shown = workplace.last_ephemeral(STAFF, via="response_url")
    before = {v["id"] for v in workplace.slack.open_views(STAFF)}
    workplace.press_on_ephemeral(ids.ACTION_ADD_CUSTOMER, shown, user=STAFF)
    form = new_view(workplace, STAFF, before)
    assert form["callback_id"] == ids.VIEW_CUSTOMER and case.ref in texts(form["blocks"])
    fill_customer_form(workplace, form["id"], user=STAFF, phone="+81 90 1234 5678", number="M-77")

    stored = workplace.cases.get_case(case.id)
    assert stored.customer_id == first.customer_id is not None  # linked to the earlier report
    card = card_text(workplace, stored)
    assert "M-77" in card and t("register.earlier_cases", "en", count=1) in card
    assert first.ref not in card and "Threat" not in card  # the earlier case itself is not on the card
    assert "case.customer_set" in audit_actions(workplace, "case", case.id)
    assert_clean(workplace)


def test_a_manager_adds_and_corrects_the_customer_from_the_card(workplace: Workplace) -> None:
    case, _, _ = quick_escalation(workplace)
    assert ids.ACTION_CASE_CUSTOMER in buttons(workplace.card(case)["blocks"])

    before = {v["id"] for v in workplace.slack.open_views(MANAGER)}
    workplace.press_on_card(ids.ACTION_CASE_CUSTOMER, case, user=MANAGER)
    form = new_view(workplace, MANAGER, before)
    fill_customer_form(workplace, form["id"], user=MANAGER, email="wrong@example.com")
    wrong = workplace.cases.get_case(case.id)
    assert wrong.customer_id is not None and "wrong@example.com" in card_text(workplace, case)

    before = {v["id"] for v in workplace.slack.open_views(MANAGER)}
    workplace.press_on_card(ids.ACTION_CASE_CUSTOMER, case, user=MANAGER)
    form = new_view(workplace, MANAGER, before)
    prefilled = next(b for b in form["blocks"] if b.get("block_id") == ids.BLOCK_CUSTOMER_EMAIL)
    assert prefilled["element"]["initial_value"] == "wrong@example.com"
    fill_customer_form(workplace, form["id"], user=MANAGER, email="right@example.com")
    text = card_text(workplace, case)
    assert "right@example.com" in text and "wrong@example.com" not in text

    # The wrong address no longer identifies anyone; the right one links the next report.
    by_wrong = workplace.report(ABUSE, user=STAFF_JA, email="wrong@example.com")
    by_right = workplace.report(ABUSE, user=STAFF_JA, email="right@example.com")
    assert by_wrong.customer_id != wrong.customer_id
    assert by_right.customer_id == workplace.cases.get_case(case.id).customer_id
    actors = [e.actor for e in workplace.audit.trail("case", case.id) if e.action == "case.customer_set"]
    assert actors == [MANAGER, MANAGER]
    assert_clean(workplace)


def test_the_reporter_may_give_the_customer_but_not_unlink_it(workplace: Workplace) -> None:
    case = workplace.report(ABUSE, email="taro@example.com")
    workplace.press_on_card(ids.ACTION_CASE_UNLINK, case, user=STAFF)
    workplace.bot.wait_idle()
    note = workplace.last_ephemeral(STAFF, channel=case.escalation_channel_id)
    assert note["text"] == t("only_managers", "en")
    assert workplace.cases.get_case(case.id).customer_id == case.customer_id is not None


def test_details_that_join_two_records_wait_for_a_manager_to_confirm_the_merge(workplace: Workplace) -> None:
    by_email = workplace.report(ABUSE, user=STAFF_JA, email="taro@example.com")
    by_phone = workplace.report(THREAT, user=STAFF_JA, phone="090-1234-5678")
    assert by_email.customer_id != by_phone.customer_id
    case, _, _ = quick_escalation(workplace)
    before = {v["id"] for v in workplace.slack.open_views(MANAGER)}
    workplace.press_on_card(ids.ACTION_CASE_CUSTOMER, case, user=MANAGER)
    fill_customer_form(workplace, new_view(workplace, MANAGER, before)["id"], user=MANAGER,
                       email="taro@example.com", phone="09012345678")
    assert t("register.merge_needed", "en", count=1) in card_text(workplace, case)
    assert ids.ACTION_CASE_MERGE in buttons(workplace.card(case)["blocks"])

    workplace.press_on_card(ids.ACTION_CASE_MERGE, case, user=MANAGER)
    workplace.bot.wait_idle()
    merged = {workplace.cases.get_case(c.id).customer_id for c in (by_email, by_phone, case)}
    assert len(merged) == 1
    text = card_text(workplace, case)
    assert t("register.earlier_cases", "en", count=2) in text and ids.ACTION_CASE_MERGE not in buttons(workplace.card(case)["blocks"])
    [survivor] = merged
    merges = [e for e in workplace.audit.trail("customer", survivor) if e.action == "customer.merge"]
    assert merges and merges[-1].actor == MANAGER
    assert_clean(workplace)


# --- no namesakes merged ---------------------------------------------------------------------


def test_a_namesake_is_not_linked_until_a_manager_confirms(workplace: Workplace) -> None:
    earlier = workplace.report(ABUSE, user=STAFF_JA, email="taro@example.com", name="Yamada Taro")
    namesake = workplace.report(THREAT, name="Taro YAMADA")
    assert namesake.customer_id is None  # a name alone links nothing
    text = card_text(workplace, namesake)
    assert t("register.name_match", "en", count=1) in text
    assert t("register.earlier_cases", "en", count=1) not in text and "Repeat offender" not in text

    other = workplace.report(THREAT, name="Hanako Suzuki", phone="03-1234-5678")
    assert other.customer_id != earlier.customer_id
    assert "Possible match by name" not in card_text(workplace, other)

    workplace.press_on_card(ids.ACTION_CASE_NAME_LINK, namesake, user=MANAGER)
    workplace.bot.wait_idle()
    linked = workplace.cases.get_case(namesake.id)
    assert linked.customer_id == earlier.customer_id
    assert t("register.earlier_cases", "en", count=1) in card_text(workplace, namesake)
    assert "customer.link_by_name" in audit_actions(workplace, "customer", earlier.customer_id)

    workplace.press_on_card(ids.ACTION_CASE_UNLINK, namesake, user=MANAGER_2)  # a correction of the correction
    workplace.bot.wait_idle()
    assert workplace.cases.get_case(namesake.id).customer_id is None
    assert "customer.unlink" in audit_actions(workplace, "case", namesake.id)
    assert t("register.name_match", "en", count=1) in card_text(workplace, namesake)
    assert_clean(workplace)


# --- history only for those entitled ------------------------------------------------------------


def test_earlier_cases_only_privately_to_managers_and_hr_and_every_read_audited(workplace: Workplace) -> None:
    earlier = workplace.report(THREAT, user=STAFF_JA, email="taro@example.com")
    case = workplace.report(ABUSE, email="taro@example.com")
    channel = workplace.channel_of(case)
    assert STAFF in workplace.slack.channel(channel)["members"]
    card = card_text(workplace, case)
    assert t("register.earlier_cases", "en", count=1) in card and earlier.ref not in card

    workplace.press_on_card(ids.ACTION_CASE_HISTORY, case, user=STAFF)  # the reporter, a channel member
    workplace.bot.wait_idle()
    refused = workplace.last_ephemeral(STAFF, channel=channel)
    assert refused["text"] == t("history_not_allowed", "en") and earlier.ref not in texts(refused.get("blocks"))
    assert "customer.history_read" not in audit_actions(workplace, "customer", case.customer_id)

    workplace.press_on_card(ids.ACTION_CASE_HISTORY, case, user=MANAGER)
    workplace.bot.wait_idle()
    shown = workplace.last_ephemeral(MANAGER, channel=channel)
    assert earlier.ref in texts(shown["blocks"])
    assert all(earlier.ref not in texts(m.get("blocks")) and earlier.ref not in m.get("text", "")
               for m in workplace.slack.messages(channel))  # nothing posted for the channel to read
    reads = [e for e in workplace.audit.trail("customer", case.customer_id) if e.action == "customer.history_read"]
    assert [(e.actor, e.detail["case_id"]) for e in reads] == [(MANAGER, case.id)]
    assert_clean(workplace)


# --- erasure on request ------------------------------------------------------------------------


def test_erasing_a_customer_with_an_open_case_clears_its_card(workplace: Workplace) -> None:
    case = workplace.report(ABUSE, email="taro@example.com", name="Yamada Taro")
    assert "taro@example.com" in card_text(workplace, case)
    services = workplace.bot.services
    erasure = services.register.erase(IdentifierKind.EMAIL, "Taro@example.com", "U0HR1", services.clock())
    assert erasure.open_cases == (case.ref,)
    assert redraw_cards(services, erasure.case_ids) == 1
    text = card_text(workplace, case)
    assert "taro@example.com" not in text and "Yamada" not in text
    assert t("case.customer_purged", "en") in text
    kept = workplace.cases.get_case(case.id)
    assert kept.status is CaseStatus.ESCALATED and kept.customer_id is None
    assert_clean(workplace)


def test_a_history_lookup_by_name_finds_no_record_only_a_possible_match(workplace: Workplace) -> None:
    workplace.report(ABUSE, email="taro@example.com", name="Yamada Taro")
    workplace.report(THREAT, user=STAFF_JA, name="Taro Yamada")
    [answer] = workplace.wait_for_response(workplace.command("history name:yamada taro", user=MANAGER))
    shown = texts(answer["blocks"])
    assert t("history.none", "en", label="name: yamada taro") in shown
    assert t("register.name_match", "en", count=2) in shown
    assert "Reports on record" not in shown


def test_a_japanese_manager_is_told_why_nothing_changed_in_japanese(workplace: Workplace) -> None:
    by_email = workplace.report(ABUSE, user=STAFF_JA, email="taro@example.com")
    workplace.report(THREAT, user=STAFF_JA, phone="090-1234-5678")
    case, _, _ = quick_escalation(workplace)
    before = {v["id"] for v in workplace.slack.open_views(MANAGER)}
    workplace.press_on_card(ids.ACTION_CASE_CUSTOMER, case, user=MANAGER)
    fill_customer_form(workplace, new_view(workplace, MANAGER, before)["id"], user=MANAGER,
                       email="taro@example.com", phone="09012345678")

    gate = threading.Event()  # a busy worker: both presses arrive before the first redraws the card
    for _ in range(workplace.bot.services.settings.http_threads):
        workplace.bot.pool.submit(gate.wait, 10)
    try:
        for _ in range(2):  # a double click: the second press finds nothing left to merge
            workplace.press_on_card(ids.ACTION_CASE_MERGE, case, user=MANAGER_2)
    finally:
        gate.set()
    workplace.bot.wait_idle()

    assert workplace.cases.get_case(case.id).customer_id == workplace.cases.get_case(by_email.id).customer_id
    told = [e["text"] for e in workplace.slack.ephemeral_messages(user_id=MANAGER_2)]
    nothing = t("register.nothing_to_do", "ja", reason=t("reason.nothing_to_merge", "ja"))
    assert sorted(told) == sorted([t("register.done_merge", "ja"), nothing])  # either press may run first
    assert not any(re.search("[A-Za-z]{3,}", text) for text in told), told  # no English reason in a Japanese note
    assert_clean(workplace)
