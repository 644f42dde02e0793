"""The report and resolve forms: their views, and parsing and checking what was submitted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.identity import IdentifierKind, normalise_identifier
from bot.lifecycle import (
    ContactChannel,
    Outcome,
)
from bot.services.reports import CUSTOMER_LABEL_MAX, CustomerDetails
from bot.slack import ids
from bot.slack.blocks.primitives import (
    EMAIL_PATTERN,
    FUTURE_TOLERANCE,
    IDENTIFIER_MAX,
    MIN_PHONE_DIGITS,
    NOTE_MAX,
    PLACEHOLDER_MAX,
    REPORT_TEXT_MAX,
    Block,
    context,
    input_block,
    modal,
    option_item,
    plain,
    section,
    text_input,
    yes_checkbox,
)
from bot.slack.i18n import label, t
from bot.slack.mrkdwn import escape

LOCATION_TEXT_MAX = 120  # with a place of up to 75 characters, fits the case's 200

# --- report form ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportForm:
    """What a staff member entered in the report modal; identifiers are None when left empty."""

    text: str
    customer_number: str | None
    customer_name: str | None
    customer_email: str | None
    customer_phone: str | None
    customer_handle: str | None
    contact_channel: ContactChannel
    occurred_at: dt.datetime | None  # UTC
    happening_now: bool
    escalate: bool
    location: str | None = None  # the place chosen and/or written, e.g. "Shinjuku store · 2F counter"

    def customer(self) -> CustomerDetails:
        """The customer as the reporter described them; empty fields stay empty."""
        return CustomerDetails(
            customer_number=self.customer_number or "",
            name=self.customer_name or "",
            email=self.customer_email or "",
            phone=self.customer_phone or "",
            social_handle=self.customer_handle or "",
        )


_IDENTIFIER_FIELDS = (
    (ids.BLOCK_CUSTOMER_NUMBER, "report.customer_number_label"),
    (ids.BLOCK_CUSTOMER_NAME, "report.customer_name_label"),
    (ids.BLOCK_CUSTOMER_EMAIL, "report.customer_email_label"),
    (ids.BLOCK_CUSTOMER_PHONE, "report.customer_phone_label"),
    (ids.BLOCK_CUSTOMER_HANDLE, "report.customer_handle_label"),
)


def report_modal(
    lang: str,
    *,
    text: str = "",
    private_metadata: str = "",
    escalate_default: bool = False,
    locations: Sequence[str] = (),
) -> Block:
    """The report form: what happened, where, optional customer details, contact channel, time, urgency."""
    hint = t("report.identifier_hint", lang)
    channel_select = {
        "type": "static_select",
        "placeholder": plain(t("report.channel_placeholder", lang), PLACEHOLDER_MAX),
        "options": [option_item(label("contact_channel", c, lang), c.value) for c in ContactChannel],
    }
    blocks = [
        context(t("report.intro", lang)),
        input_block(
            ids.BLOCK_TEXT,
            t("report.text_label", lang),
            text_input(
                max_length=REPORT_TEXT_MAX,
                multiline=True,
                initial=text,
                placeholder=t("report.text_placeholder", lang),
            ),
        ),
        *_location_inputs(lang, locations),
        context(t("report.customer_heading", lang)),
        *(
            input_block(block_id, t(label_key, lang), text_input(max_length=IDENTIFIER_MAX), optional=True, hint=hint)
            for block_id, label_key in _IDENTIFIER_FIELDS
        ),
        input_block(ids.BLOCK_CONTACT_CHANNEL, t("report.channel_label", lang), channel_select, optional=True),
        input_block(
            ids.BLOCK_OCCURRED_AT,
            t("report.occurred_label", lang),
            {"type": "datetimepicker"},
            optional=True,
            hint=t("report.occurred_hint", lang),
        ),
        input_block(
            ids.BLOCK_HAPPENING_NOW,
            t("report.now_label", lang),
            yes_checkbox(t("report.now_option", lang), checked=False),
            optional=True,
        ),
        input_block(
            ids.BLOCK_ESCALATE,
            t("report.escalate_label", lang),
            yes_checkbox(t("report.escalate_option", lang), checked=escalate_default),
            optional=True,
        ),
    ]
    return modal(ids.VIEW_REPORT, t("report.title", lang), t("report.submit", lang), lang, blocks, private_metadata)


def _location_inputs(lang: str, locations: Sequence[str]) -> list[Block]:
    """Where it happened: a menu of the configured places (when there are any) and free text."""
    inputs = []
    if locations:
        menu = {
            "type": "static_select",
            "placeholder": plain(t("report.channel_placeholder", lang), PLACEHOLDER_MAX),
            "options": [option_item(place, place) for place in locations],
        }
        inputs.append(input_block(ids.BLOCK_LOCATION, t("report.location_label", lang), menu, optional=True))
    free_label = t("report.location_text_label" if locations else "report.location_label", lang)
    free = text_input(max_length=LOCATION_TEXT_MAX, placeholder=t("report.location_placeholder", lang))
    inputs.append(input_block(ids.BLOCK_LOCATION_TEXT, free_label, free, optional=True))
    return inputs


def parse_report_submission(state_values: Mapping[str, Any]) -> ReportForm:
    """The report form from a view_submission's `view.state.values`."""
    channel = _state(state_values, ids.BLOCK_CONTACT_CHANNEL).get("selected_option") or {}
    try:
        contact_channel = ContactChannel(channel.get("value"))
    except ValueError:
        contact_channel = ContactChannel.OTHER
    picked = _state(state_values, ids.BLOCK_OCCURRED_AT).get("selected_date_time")
    return ReportForm(
        text=(_state(state_values, ids.BLOCK_TEXT).get("value") or "").strip(),
        customer_number=_optional_text(state_values, ids.BLOCK_CUSTOMER_NUMBER),
        customer_name=_optional_text(state_values, ids.BLOCK_CUSTOMER_NAME),
        customer_email=_optional_text(state_values, ids.BLOCK_CUSTOMER_EMAIL),
        customer_phone=_optional_text(state_values, ids.BLOCK_CUSTOMER_PHONE),
        customer_handle=_optional_text(state_values, ids.BLOCK_CUSTOMER_HANDLE),
        contact_channel=contact_channel,
        occurred_at=dt.datetime.fromtimestamp(int(picked), tz=dt.UTC) if picked else None,
        happening_now=_checked(state_values, ids.BLOCK_HAPPENING_NOW),
        escalate=_checked(state_values, ids.BLOCK_ESCALATE),
        location=_location(state_values),
    )


def _location(state_values: Mapping[str, Any]) -> str | None:
    chosen = (_state(state_values, ids.BLOCK_LOCATION).get("selected_option") or {}).get("value") or ""
    written = _optional_text(state_values, ids.BLOCK_LOCATION_TEXT) or ""
    return " · ".join(part for part in (chosen.strip(), written[:LOCATION_TEXT_MAX]) if part) or None


def validate_report(form: ReportForm, lang: str, *, now: dt.datetime | None = None) -> dict[str, str]:
    """Errors by block_id for `response_action: errors`; empty when the form is fine.

    With `now`, a time more than a few minutes in the future is refused.
    """
    errors: dict[str, str] = {}
    if not form.text:
        errors[ids.BLOCK_TEXT] = t("error.text_empty", lang)
    elif len(form.text) > REPORT_TEXT_MAX:
        errors[ids.BLOCK_TEXT] = t("error.text_too_long", lang, limit=REPORT_TEXT_MAX, length=len(form.text))
    identifiers = {
        ids.BLOCK_CUSTOMER_NUMBER: form.customer_number,
        ids.BLOCK_CUSTOMER_NAME: form.customer_name,
        ids.BLOCK_CUSTOMER_EMAIL: form.customer_email,
        ids.BLOCK_CUSTOMER_PHONE: form.customer_phone,
        ids.BLOCK_CUSTOMER_HANDLE: form.customer_handle,
    }
    for block_id, value in identifiers.items():
        if value and len(value) > IDENTIFIER_MAX:
            errors[block_id] = t("error.too_long", lang, limit=IDENTIFIER_MAX)
    if form.customer_email and ids.BLOCK_CUSTOMER_EMAIL not in errors and not EMAIL_PATTERN.match(form.customer_email):
        errors[ids.BLOCK_CUSTOMER_EMAIL] = t("error.email", lang)
    phone_digits = sum(ch.isdigit() for ch in form.customer_phone or "")
    if form.customer_phone and ids.BLOCK_CUSTOMER_PHONE not in errors and phone_digits < MIN_PHONE_DIGITS:
        errors[ids.BLOCK_CUSTOMER_PHONE] = t("error.phone", lang, digits=MIN_PHONE_DIGITS)
    # Whatever passed the format checks must also survive the normalisation used for matching,
    # or the report would fail after the form has closed.
    kinds = {
        ids.BLOCK_CUSTOMER_NUMBER: IdentifierKind.CUSTOMER_NUMBER,
        ids.BLOCK_CUSTOMER_NAME: IdentifierKind.NAME,
        ids.BLOCK_CUSTOMER_EMAIL: IdentifierKind.EMAIL,
        ids.BLOCK_CUSTOMER_PHONE: IdentifierKind.PHONE,
        ids.BLOCK_CUSTOMER_HANDLE: IdentifierKind.SOCIAL_HANDLE,
    }
    for block_id, value in identifiers.items():
        if value and block_id not in errors:
            try:
                normalise_identifier(kinds[block_id], value)
            except ValueError:
                errors[block_id] = t("error.identifier", lang)
    # Each field may fit while all of them together are too long to keep on the case card.
    together = len(form.customer().label() or "")
    if together > CUSTOMER_LABEL_MAX and not errors.keys() & identifiers.keys():
        longest = max(identifiers, key=lambda block_id: len(identifiers[block_id] or ""))
        errors[longest] = t("error.customer_too_long", lang, limit=CUSTOMER_LABEL_MAX, length=together)
    if now is not None and form.occurred_at is not None and form.occurred_at > now + FUTURE_TOLERANCE:
        errors[ids.BLOCK_OCCURRED_AT] = t("error.future", lang)
    return errors


def _state(state_values: Mapping[str, Any], block_id: str) -> Mapping[str, Any]:
    """The submitted state of one input block's element."""
    return (state_values.get(block_id) or {}).get(ids.INPUT) or {}


def _optional_text(state_values: Mapping[str, Any], block_id: str) -> str | None:
    value = (_state(state_values, block_id).get("value") or "").strip()
    return value or None


def _checked(state_values: Mapping[str, Any], block_id: str) -> bool:
    selected = _state(state_values, block_id).get("selected_options") or []
    return any(option.get("value") == ids.OPTION_YES for option in selected)


# --- resolve form -----------------------------------------------------------------------------


def resolve_modal(lang: str, case_ref: str, private_metadata: str) -> Block:
    """The resolve form: an outcome (required) and an optional note."""
    outcomes = {"type": "radio_buttons", "options": [option_item(label("outcome", o, lang), o.value) for o in Outcome]}
    note = text_input(max_length=NOTE_MAX, multiline=True, placeholder=t("resolve.note_placeholder", lang))
    blocks = [
        section(t("resolve.intro", lang, ref=escape(case_ref))),
        input_block(ids.BLOCK_OUTCOME, t("resolve.outcome_label", lang), outcomes),
        input_block(ids.BLOCK_NOTE, t("resolve.note_label", lang), note, optional=True),
    ]
    return modal(ids.VIEW_RESOLVE, t("resolve.title", lang), t("resolve.submit", lang), lang, blocks, private_metadata)


def parse_resolve_submission(state_values: Mapping[str, Any]) -> tuple[Outcome | None, str]:
    """The chosen outcome (None when missing or unknown) and the note (stripped, at most 1000 characters)."""
    selected = _state(state_values, ids.BLOCK_OUTCOME).get("selected_option") or {}
    try:
        outcome: Outcome | None = Outcome(selected.get("value"))
    except ValueError:
        outcome = None
    note = (_state(state_values, ids.BLOCK_NOTE).get("value") or "").strip()[:NOTE_MAX]
    return outcome, note
