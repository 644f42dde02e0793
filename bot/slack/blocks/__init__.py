"""Block Kit builders: pure functions from triage results, cases and policies to JSON-ready dicts.

No Slack calls, no SQL. Every string a person typed passes through `mrkdwn.escape` or
`mrkdwn.quote`; every plain_text is cut to its limit; messages stay within 50 blocks and views
within 100. Listeners build payloads with these functions and make one client call.

Modules: `primitives` (Slack's limits, small builders, shared wording), `triage` (the reply to
a description, help, the policy), `forms` (report and resolve forms, parsing and checks),
`case_card` (the card, action lines, history, confirmations, alerts), `home` (the App Home),
`digest` (HR's weekly numbers). What callers use is re-exported here.
"""

from __future__ import annotations

from bot.slack.blocks.case_card import (
    case_action_line,
    case_card,
    case_card_text,
    escalation_confirmation,
    escalation_confirmation_text,
    history_blocks,
    logged_confirmation,
    logged_confirmation_text,
    manager_alert,
    manager_alert_text,
    reminder_text,
    service_refused_notice,
)
from bot.slack.blocks.digest import (
    digest_blocks,
    digest_text,
)
from bot.slack.blocks.forms import (
    ReportForm,
    parse_report_submission,
    parse_resolve_submission,
    report_modal,
    resolve_modal,
    validate_report,
)
from bot.slack.blocks.home import (
    home_view,
)
from bot.slack.blocks.primitives import (
    CASE_BUTTONS,
    MESSAGE_BLOCKS_MAX,
    VIEW_BLOCKS_MAX,
    Block,
    plain_notice,
)
from bot.slack.blocks.reminders import (
    backup_dm_text,
    backup_reminder_text,
    channel_reminder_text,
    reminder_thread_line,
)
from bot.slack.blocks.triage import (
    help_blocks,
    most_severe_category,
    policy_blocks,
    triage_reply,
    triage_reply_text,
)

__all__ = [
    "CASE_BUTTONS",
    "MESSAGE_BLOCKS_MAX",
    "VIEW_BLOCKS_MAX",
    "Block",
    "ReportForm",
    "backup_dm_text",
    "backup_reminder_text",
    "case_action_line",
    "case_card",
    "case_card_text",
    "channel_reminder_text",
    "digest_blocks",
    "digest_text",
    "escalation_confirmation",
    "escalation_confirmation_text",
    "help_blocks",
    "history_blocks",
    "home_view",
    "logged_confirmation",
    "logged_confirmation_text",
    "manager_alert",
    "manager_alert_text",
    "most_severe_category",
    "parse_report_submission",
    "parse_resolve_submission",
    "plain_notice",
    "policy_blocks",
    "reminder_text",
    "reminder_thread_line",
    "report_modal",
    "resolve_modal",
    "service_refused_notice",
    "triage_reply",
    "triage_reply_text",
    "validate_report",
]
