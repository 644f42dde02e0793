"""Slack identifiers shared by the Block Kit builders and the listeners: one place, no typos."""

from __future__ import annotations

from bot.lifecycle import CaseAction

COMMAND = "/harassment"
SHORTCUT_REPORT = "report_harassment"  # message shortcut callback id (the manifest declares it)

# Buttons on the private triage reply.
ACTION_ESCALATE = "triage_escalate"
ACTION_LOG_ONLY = "triage_log_only"
ACTION_SHOW_POLICY = "triage_show_policy"
ACTION_OPEN_REPORT = "triage_open_report"

# Buttons on the case card (value: the case id).
ACTION_CASE_ACKNOWLEDGE = "case_acknowledge"
ACTION_CASE_TAKE_OVER = "case_take_over"
ACTION_CASE_WARN = "case_warn_customer"
ACTION_CASE_REFUSE = "case_refuse_service"
ACTION_CASE_LEGAL = "case_refer_legal"
ACTION_CASE_POLICE = "case_refer_police"
ACTION_CASE_RESOLVE = "case_resolve"
# The one table from a card button to the case action it stands for, in the order shown.
CASE_BUTTONS: dict[str, CaseAction] = {
    ACTION_CASE_ACKNOWLEDGE: CaseAction.ACKNOWLEDGE,
    ACTION_CASE_TAKE_OVER: CaseAction.TAKE_OVER,
    ACTION_CASE_WARN: CaseAction.WARN_CUSTOMER,
    ACTION_CASE_REFUSE: CaseAction.REFUSE_SERVICE,
    ACTION_CASE_LEGAL: CaseAction.REFER_LEGAL,
    ACTION_CASE_POLICE: CaseAction.REFER_POLICE,
    ACTION_CASE_RESOLVE: CaseAction.RESOLVE,
}
CASE_ACTIONS = tuple(CASE_BUTTONS)
BUTTON_OF_ACTION: dict[CaseAction, str] = {action: action_id for action_id, action in CASE_BUTTONS.items()}

# App Home buttons.
ACTION_HOME_ESCALATE = "home_escalate_case"  # value: case id of a logged-only case
ACTION_ESCALATE_LOGGED = "logged_escalate_case"  # on the "logged" reply; value: the case id
ACTION_HOME_REPORT = "home_new_report"
ACTION_HOME_DIGEST_THIS = "home_digest_this_week"  # HR: this week's digest, CSV and chart to their DM
ACTION_HOME_DIGEST_LAST = "home_digest_last_week"
ACTION_HOME_DIGEST_WEEK = "home_digest_pick_week"  # a datepicker: the week containing the date
HOME_DIGEST_ACTIONS = (ACTION_HOME_DIGEST_THIS, ACTION_HOME_DIGEST_LAST, ACTION_HOME_DIGEST_WEEK)

# The care check-in with a reporter after their case ends (value: the case id).
ACTION_CARE_ALL_RIGHT = "care_all_right"
ACTION_CARE_CONTACT_HR = "care_contact_hr"
BLOCK_CARE_ACTIONS = "care_actions"

# Modals.
VIEW_REPORT = "report_modal"
VIEW_RESOLVE = "resolve_modal"

# Input blocks (block_id) and their elements (action_id) in the report modal.
BLOCK_TEXT = "report_text"
BLOCK_CUSTOMER_NUMBER = "customer_number"
BLOCK_CUSTOMER_NAME = "customer_name"
BLOCK_CUSTOMER_EMAIL = "customer_email"
BLOCK_CUSTOMER_PHONE = "customer_phone"
BLOCK_CUSTOMER_HANDLE = "customer_handle"
BLOCK_CONTACT_CHANNEL = "contact_channel"
BLOCK_LOCATION = "location"  # a place from REPORT_LOCATIONS
BLOCK_LOCATION_TEXT = "location_text"  # or the reporter's own words
BLOCK_OCCURRED_AT = "occurred_at"
BLOCK_HAPPENING_NOW = "happening_now"
BLOCK_ESCALATE = "escalate"
INPUT = "value"  # the action_id of every input element; the block_id tells them apart
OPTION_YES = "yes"

# Resolve modal.
BLOCK_OUTCOME = "outcome"
BLOCK_NOTE = "note"

# Blocks of the case card that actions update.
BLOCK_CASE_ACTIONS = "case_actions"
BLOCK_CASE_LOG = "case_log"

# The customer register: the reporter's confirmation and the case card (value: the case id).
ACTION_ADD_CUSTOMER = "customer_add"  # "Add the customer" on the reporter's confirmation
ACTION_CASE_CUSTOMER = "case_customer"  # "Customer" on the card: add or correct identifiers
ACTION_CASE_HISTORY = "case_customer_history"  # "Customer history": earlier cases, privately
ACTION_CASE_MERGE = "case_customer_merge"  # confirm that two records are one customer
ACTION_CASE_NAME_LINK = "case_customer_name_link"  # confirm a possible match by name
ACTION_CASE_UNLINK = "case_customer_unlink"  # take a wrongly linked case off the record
VIEW_CUSTOMER = "customer_modal"
BLOCK_CASE_CUSTOMER = "case_customer"  # the card's customer section and its buttons
BLOCK_CASE_CUSTOMER_ACTIONS = "case_customer_actions"
