"""End to end for the customer register: every path records the customer, no namesakes, history only for those entitled.

The real app over HTTP, the Slack emulator behind its WebClient (as in test_e2e_slack.py).
"""

from __future__ import annotations

from typing import Any

from bot.emulator.workplace import STAFF, STAFF_JA, Workplace
from bot.services.results import CaseView
from bot.slack import ids
from bot.slack.i18n import t
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_slack import ABUSE, assert_clean, texts

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
