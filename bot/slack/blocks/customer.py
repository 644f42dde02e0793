"""The customer register on Slack: the card's customer section, the customer form, the private history.

What every member of a case channel sees is the repeat-offender flag and counts. The earlier
cases themselves (dates, categories, outcomes) are built here only for a private answer to a
manager or HR (`private_history`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from bot.lifecycle import ContactChannel
from bot.services.reports import CustomerDetails
from bot.slack import ids
from bot.slack.blocks.forms import _IDENTIFIER_FIELDS, ReportForm, validate_report
from bot.slack.blocks.primitives import (
    IDENTIFIER_MAX,
    Block,
    actions,
    button,
    confirm_dialog,
    context,
    header,
    input_block,
    modal,
    section,
    text_input,
)
from bot.slack.i18n import t
from bot.slack.mrkdwn import escape

if TYPE_CHECKING:
    from bot.policy.model import PolicyBundle
    from bot.services.results import CaseView, CustomerHistory, RegisterStanding


def customer_section(case: CaseView, standing: RegisterStanding | None, lang: str) -> list[Block]:
    """The card's customer lines for every member (flag and counts only) and the register buttons."""
    lines = [t("history.card_title", lang)]
    linked = standing is not None and standing.customer_id is not None
    if standing is not None and linked:
        if standing.repeat_offender:
            lines.append(
                t(
                    "history.repeat_offender",
                    lang,
                    count=standing.reports_in_window,
                    days=standing.window_days,
                    threshold=standing.threshold,
                )
            )
        if standing.earlier_cases:
            lines.append(t("register.earlier_cases", lang, count=standing.earlier_cases))
        else:
            lines.append(t("history.no_earlier", lang))
    elif not case.customer_label:
        lines.append(t("register.no_customer", lang))
    if standing is not None and standing.name_matches:
        lines.append(t("register.name_match", lang, count=standing.name_matches))
    if standing is not None and standing.merge_candidates:
        lines.append(t("register.merge_needed", lang, count=len(standing.merge_candidates)))
    if len(lines) == 1:
        lines.append(t("history.no_earlier", lang))
    value = str(case.id)
    buttons = [
        button(t("button.customer", lang), ids.ACTION_CASE_CUSTOMER, value=value),
        button(t("button.customer_history", lang), ids.ACTION_CASE_HISTORY, value=value),
    ]
    if standing is not None and standing.merge_candidates:
        buttons.append(
            button(t("button.merge", lang), ids.ACTION_CASE_MERGE, value=value, confirm=confirm_dialog(t("confirm.merge", lang), lang))
        )
    if standing is not None and standing.name_matches:
        buttons.append(
            button(
                t("button.name_link", lang),
                ids.ACTION_CASE_NAME_LINK,
                value=value,
                confirm=confirm_dialog(t("confirm.name_link", lang), lang),
            )
        )
    if linked:
        buttons.append(
            button(t("button.unlink", lang), ids.ACTION_CASE_UNLINK, value=value, confirm=confirm_dialog(t("confirm.unlink", lang), lang))
        )
    return [
        section("\n".join(lines), block_id=ids.BLOCK_CASE_CUSTOMER),
        context(t("register.history_private", lang)),
        actions(buttons, block_id=ids.BLOCK_CASE_CUSTOMER_ACTIONS),
    ]


def add_customer_button(case: CaseView, lang: str) -> Block:
    """"Add the customer" for the reporter's confirmation after an escalation."""
    return actions([button(t("button.add_customer", lang), ids.ACTION_ADD_CUSTOMER, value=str(case.id))])


def customer_modal(lang: str, case_ref: str, details: CustomerDetails, private_metadata: str) -> Block:
    """The customer form: the five identifiers, prefilled with what the case holds."""
    current = {
        ids.BLOCK_CUSTOMER_NUMBER: details.customer_number,
        ids.BLOCK_CUSTOMER_NAME: details.name,
        ids.BLOCK_CUSTOMER_EMAIL: details.email,
        ids.BLOCK_CUSTOMER_PHONE: details.phone,
        ids.BLOCK_CUSTOMER_HANDLE: details.social_handle,
    }
    hint = t("report.identifier_hint", lang)
    blocks = [
        section(t("customer.intro", lang, ref=escape(case_ref))),
        *(
            input_block(
                block_id,
                t(label_key, lang),
                text_input(max_length=IDENTIFIER_MAX, initial=current[block_id]),
                optional=True,
                hint=hint,
            )
            for block_id, label_key in _IDENTIFIER_FIELDS
        ),
    ]
    return modal(ids.VIEW_CUSTOMER, t("customer.title", lang), t("customer.submit", lang), lang, blocks, private_metadata)


def parse_customer_submission(state_values: Mapping[str, Any]) -> CustomerDetails:
    """The identifiers from the customer form's `view.state.values` (empty fields stay empty)."""

    def value(block_id: str) -> str:
        return str(((state_values.get(block_id) or {}).get(ids.INPUT) or {}).get("value") or "").strip()

    return CustomerDetails(
        customer_number=value(ids.BLOCK_CUSTOMER_NUMBER),
        name=value(ids.BLOCK_CUSTOMER_NAME),
        email=value(ids.BLOCK_CUSTOMER_EMAIL),
        phone=value(ids.BLOCK_CUSTOMER_PHONE),
        social_handle=value(ids.BLOCK_CUSTOMER_HANDLE),
    )


def validate_customer(details: CustomerDetails, lang: str) -> dict[str, str]:
    """Errors by block_id, the same checks as the report form's customer fields."""
    form = ReportForm(
        text="-",
        customer_number=details.customer_number or None,
        customer_name=details.name or None,
        customer_email=details.email or None,
        customer_phone=details.phone or None,
        customer_handle=details.social_handle or None,
        contact_channel=ContactChannel.OTHER,
        occurred_at=None,
        happening_now=False,
        escalate=False,
    )
    return validate_report(form, lang)


def private_history(
    case: CaseView, history: CustomerHistory | None, standing: RegisterStanding, bundle: PolicyBundle, lang: str
) -> list[Block]:
    """The earlier cases of a case's customer, for a manager or HR only (sent ephemerally)."""
    from bot.slack.blocks.case_card import _history_text  # the card module imports this one

    blocks = [header(t("history.header", lang))]
    if history is None:
        blocks.append(section(t("register.history_none", lang, ref=escape(case.ref))))
    else:
        blocks.append(section(_history_text(history, bundle.taxonomy, lang, current=case)))
    if standing.name_matches:
        blocks.append(section(t("register.name_match", lang, count=standing.name_matches)))
    blocks.append(context(t("history.purpose", lang)))
    return blocks
