"""The register's Block Kit: the card's customer section, the customer form, the private history."""

from __future__ import annotations

from typing import Any

import pytest

from bot.policy.model import PolicyBundle
from bot.services.reports import CustomerDetails
from bot.slack import blocks, ids
from bot.slack.blocks.customer import (
    customer_modal,
    customer_section,
    parse_customer_submission,
    private_history,
    validate_customer,
)
from bot.slack.i18n import t
from tests.test_blocks import (  # noqa: F401 - the bundle fixture
    HOSTILE,
    LANGS,
    all_text,
    assert_valid_message,
    assert_valid_view,
    bundle,
    make_case,
    make_history,
    make_standing,
)


@pytest.mark.parametrize("lang", LANGS)
def test_customer_form_is_valid_and_prefilled(lang: str) -> None:
    details = CustomerDetails(customer_number="M-1", name="山田 太郎", email=HOSTILE[:60], phone="090-1234-5678")
    view = customer_modal(lang, "2026-1123-0001", details, '{"case": 42}')
    assert_valid_view(view)
    initial = {b["block_id"]: b["element"].get("initial_value") for b in view["blocks"] if b["type"] == "input"}
    assert initial[ids.BLOCK_CUSTOMER_NAME] == "山田 太郎" and initial[ids.BLOCK_CUSTOMER_HANDLE] is None
    assert view["callback_id"] == ids.VIEW_CUSTOMER


def test_customer_form_round_trip_and_checks() -> None:
    values: dict[str, Any] = {
        ids.BLOCK_CUSTOMER_EMAIL: {ids.INPUT: {"type": "plain_text_input", "value": " taro@example.com "}},
        ids.BLOCK_CUSTOMER_PHONE: {ids.INPUT: {"type": "plain_text_input", "value": None}},
    }
    details = parse_customer_submission(values)
    assert details == CustomerDetails(email="taro@example.com")
    assert validate_customer(details, "en") == {}
    bad = validate_customer(CustomerDetails(email="taro.example.com", phone="12"), "ja")
    assert set(bad) == {ids.BLOCK_CUSTOMER_EMAIL, ids.BLOCK_CUSTOMER_PHONE}


@pytest.mark.parametrize("lang", LANGS)
def test_unlinked_card_offers_only_adding_the_customer(lang: str) -> None:
    section = customer_section(make_case(customer_id=None, customer_label=None), None, lang)
    assert t("register.no_customer", lang) in all_text(section)
    [row] = [b for b in section if b["type"] == "actions"]
    assert [e["action_id"] for e in row["elements"]] == [ids.ACTION_CASE_CUSTOMER, ids.ACTION_CASE_HISTORY]


@pytest.mark.parametrize("lang", LANGS)
def test_private_history_shows_earlier_cases_but_not_this_one(lang: str, bundle: PolicyBundle) -> None:
    case = make_case()
    content = private_history(case, make_history(), make_standing(name_matches=1), bundle, lang)
    assert_valid_message(content)
    text = all_text(content)
    assert "`2026-1101-0003`" in text and "`2026-1123-0001`" not in text
    assert t("register.name_match", lang, count=1) in text and t("history.purpose", lang) in text
    assert t("register.history_none", lang, ref=case.ref) in all_text(
        private_history(case, None, make_standing(customer_id=None), bundle, lang)
    )


@pytest.mark.parametrize("lang", LANGS)
def test_the_reporters_confirmation_offers_adding_the_customer(lang: str, bundle: PolicyBundle) -> None:
    confirmation = blocks.escalation_confirmation(make_case(), "C0CASES", bundle, lang)
    assert_valid_message(confirmation)
    pressed = [e for b in confirmation if b["type"] == "actions" for e in b["elements"]]
    assert [(e["action_id"], e["value"]) for e in pressed] == [(ids.ACTION_ADD_CUSTOMER, "42")]
    assert t("button.add_customer", lang) in all_text(confirmation)


def test_history_lookup_by_name_says_possible_match_only() -> None:
    content = blocks.history_blocks(None, "name: Yamada Taro", "en", name_matches=2)
    text = all_text(content)
    assert t("history.none", "en", label="name: Yamada Taro") in text
    assert t("register.name_match", "en", count=2) in text
