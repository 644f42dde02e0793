"""Block Kit primitives: Slack's limits, small block builders and the wording every surface shares."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from bot.lifecycle import (
    CaseAction,
)
from bot.policy.model import Clause, Policy, PolicyBundle, Severity, Taxonomy, Text
from bot.slack import ids, mrkdwn
from bot.slack.i18n import label, t
from bot.slack.mrkdwn import escape, one_line, quote, truncate

if TYPE_CHECKING:
    from bot.config import ConsultationDesk
    from bot.services.results import (
        CaseSummary,
        CaseView,
    )
    from bot.triage.result import Evidence

Block = dict[str, Any]


MESSAGE_BLOCKS_MAX = 50
VIEW_BLOCKS_MAX = 100
SECTION_TEXT_MAX = mrkdwn.SECTION_TEXT_MAX
FIELD_TEXT_MAX = 2000
CONTEXT_TEXT_MAX = 2000
HINT_TEXT_MAX = 2000
PLACEHOLDER_MAX = 150
MODAL_BUTTON_MAX = 24
CONFIRM_TITLE_MAX = 100
CONFIRM_TEXT_MAX = 300
CONFIRM_BUTTON_MAX = 30
BUTTON_VALUE_MAX = 2000
ID_MAX = 255
PRIVATE_METADATA_MAX = 3000
DRAFT_MAX = 2000

REPORT_TEXT_MAX = 3000
IDENTIFIER_MAX = 200
NOTE_MAX = 1000
MIN_PHONE_DIGITS = 6
FUTURE_TOLERANCE = dt.timedelta(minutes=5)  # clocks differ a little between Slack clients and us

TRIAGE_CATEGORIES_SHOWN = 4
SAFETY_STEPS_SHOWN = 6
EVIDENCE_PHRASES_SHOWN = 5
CASE_CLAUSES_SHOWN = 6
CASE_LOG_ENTRIES = 8
HISTORY_RECENT_CASES = 5
HOME_OWN_CASES = 10
HOME_OPEN_CASES = 40

# The case card's buttons, in the order they are shown (one table, in bot.slack.ids).
CASE_BUTTONS: dict[CaseAction, str] = ids.BUTTON_OF_ACTION

BUTTON_STYLE = {CaseAction.ACKNOWLEDGE: "primary", CaseAction.REFER_POLICE: "danger"}
CONFIRMED_ACTIONS = {
    CaseAction.REFUSE_SERVICE: "confirm.refuse_service",
    CaseAction.REFER_POLICE: "confirm.refer_police",
}

SEVERITY_EMOJI = {
    Severity.NONE: ":white_circle:",
    Severity.LOW: ":large_blue_circle:",
    Severity.MEDIUM: ":large_yellow_circle:",
    Severity.HIGH: ":large_orange_circle:",
    Severity.CRITICAL: ":red_circle:",
}
EVENT_EMOJI = {
    "report": ":memo:",
    "escalate": ":arrow_up:",
    "log_only": ":card_index:",
    "acknowledge": ":white_check_mark:",
    "take_over": ":raising_hand:",
    "warn_customer": ":warning:",
    "refuse_service": ":no_entry:",
    "refer_legal": ":scales:",
    "refer_police": ":police_car:",
    "resolve": ":checkered_flag:",
    "reopen": ":arrows_counterclockwise:",
    "customer": ":bust_in_silhouette:",
    "customer_merge": ":link:",
    "customer_name_link": ":link:",
    "customer_unlink": ":scissors:",
}
SYSTEM_ACTOR = "system"
EMAIL_PATTERN = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")



# --- small block helpers ----------------------------------------------------------------------


def plain(text: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    """A plain_text object cut to `limit` (never empty: Slack rejects empty text)."""
    return {"type": "plain_text", "text": truncate(text.strip() or "-", limit), "emoji": True}


def md(text: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    """A mrkdwn text object cut to `limit`."""
    return {"type": "mrkdwn", "text": mrkdwn.clip(text.strip() or "-", limit)}


def section(text: str, *, block_id: str | None = None, accessory: Block | None = None) -> Block:
    """A section block with mrkdwn text of at most 3000 characters."""
    block: Block = {"type": "section", "text": md(text)}
    if block_id:
        block["block_id"] = checked_id(block_id)
    if accessory:
        block["accessory"] = accessory
    return block


def fields_block(fields: Sequence[str]) -> Block:
    """A section of up to 10 two-column mrkdwn fields, each at most 2000 characters."""
    return {"type": "section", "fields": [md(f, FIELD_TEXT_MAX) for f in fields[:10]]}


def header(text: str) -> Block:
    """A header block (plain text, 150 characters)."""
    return {"type": "header", "text": plain(text, mrkdwn.HEADER_TEXT_MAX)}


def context(*texts: str) -> Block:
    """A context block of small mrkdwn texts."""
    return {"type": "context", "elements": [md(text, CONTEXT_TEXT_MAX) for text in texts[:10]]}


def divider() -> Block:
    return {"type": "divider"}


def button(
    text: str,
    action_id: str,
    *,
    value: str | None = None,
    style: str | None = None,
    confirm: dict[str, Any] | None = None,
) -> Block:
    """A button element; `value` must fit Slack's 2000 characters."""
    element: Block = {
        "type": "button",
        "text": plain(text, mrkdwn.BUTTON_TEXT_MAX),
        "action_id": checked_id(action_id),
    }
    if value is not None:
        if len(value) > BUTTON_VALUE_MAX:
            raise ValueError(f"A button value is limited to {BUTTON_VALUE_MAX} characters (got {len(value)}).")
        element["value"] = value
    if style:
        element["style"] = style
    if confirm:
        element["confirm"] = confirm
    return element


def confirm_dialog(text: str, lang: str) -> dict[str, Any]:
    """A confirmation dialog for a button with consequences."""
    return {
        "title": plain(t("confirm.title", lang), CONFIRM_TITLE_MAX),
        "text": plain(text, CONFIRM_TEXT_MAX),
        "confirm": plain(t("confirm.yes", lang), CONFIRM_BUTTON_MAX),
        "deny": plain(t("confirm.no", lang), CONFIRM_BUTTON_MAX),
        "style": "danger",
    }


def actions(buttons: Sequence[Block], *, block_id: str | None = None) -> Block:
    """An actions block of up to 25 elements."""
    block: Block = {"type": "actions", "elements": list(buttons[:25])}
    if block_id:
        block["block_id"] = checked_id(block_id)
    return block


def option_item(text: str, value: str) -> dict[str, Any]:
    """An option for selects, radio buttons and checkboxes."""
    return {"text": plain(text, mrkdwn.OPTION_TEXT_MAX), "value": value[:150]}


def input_block(
    block_id: str,
    label_text: str,
    element: Block,
    *,
    optional: bool = False,
    hint: str | None = None,
) -> Block:
    """An input block whose element answers to `ids.INPUT`."""
    block: Block = {
        "type": "input",
        "block_id": checked_id(block_id),
        "label": plain(label_text, FIELD_TEXT_MAX),
        "element": {**element, "action_id": ids.INPUT},
        "optional": optional,
    }
    if hint:
        block["hint"] = plain(hint, HINT_TEXT_MAX)
    return block


def text_input(*, max_length: int, multiline: bool = False, initial: str = "", placeholder: str = "") -> Block:
    element: Block = {"type": "plain_text_input", "multiline": multiline, "max_length": max_length}
    if initial:
        element["initial_value"] = truncate(initial, max_length)
    if placeholder:
        element["placeholder"] = plain(placeholder, PLACEHOLDER_MAX)
    return element


def yes_checkbox(option_text: str, *, checked: bool) -> Block:
    option = option_item(option_text, ids.OPTION_YES)
    element: Block = {"type": "checkboxes", "options": [option]}
    if checked:
        element["initial_options"] = [option]
    return element


def modal(callback_id: str, title: str, submit: str, lang: str, blocks: list[Block], private_metadata: str) -> Block:
    """A modal view; raises ValueError when private_metadata exceeds Slack's 3000 characters."""
    if len(private_metadata) > PRIVATE_METADATA_MAX:
        raise ValueError(
            f"private_metadata is limited to {PRIVATE_METADATA_MAX} characters (got {len(private_metadata)})."
        )
    view: Block = {
        "type": "modal",
        "callback_id": callback_id,
        "title": plain(title, mrkdwn.MODAL_TITLE_MAX),
        "submit": plain(submit, MODAL_BUTTON_MAX),
        "close": plain(t("modal.close", lang), MODAL_BUTTON_MAX),
        "blocks": blocks,
    }
    if private_metadata:
        view["private_metadata"] = private_metadata
    return view


def checked_id(identifier: str) -> str:
    if not identifier or len(identifier) > ID_MAX:
        raise ValueError(f"A block_id or action_id must have 1 to {ID_MAX} characters: {identifier[:40]!r}")
    return identifier


def capped(blocks: list[Block], limit: int, lang: str) -> list[Block]:
    """At most `limit` blocks; what does not fit is replaced by a "…and N more" note."""
    if len(blocks) <= limit:
        return blocks
    kept = blocks[: limit - 1]
    return [*kept, context(t("common.more_not_shown", lang, count=len(blocks) - len(kept)))]


def packed_sections(paragraphs: Iterable[str]) -> list[Block]:
    """Paragraphs of mrkdwn packed into as few sections as fit 3000 characters each."""
    sections: list[str] = []
    current = ""
    for paragraph in paragraphs:
        for chunk in mrkdwn.split(paragraph, SECTION_TEXT_MAX):
            candidate = f"{current}\n\n{chunk}" if current else chunk
            if len(candidate) <= SECTION_TEXT_MAX:
                current = candidate
            else:
                sections.append(current)
                current = chunk
    if current:
        sections.append(current)
    return [section(text) for text in sections]



# --- shared wording ---------------------------------------------------------------------------


def join(items: Iterable[str], lang: str) -> str:
    return t("common.list_separator", lang).join(items)


def severity_text(severity: Severity | str, lang: str) -> str:
    """A severity as emoji and label, e.g. ":red_circle: Critical"."""
    severity = Severity(severity)
    return f"{SEVERITY_EMOJI[severity]} {label('severity', severity, lang)}"


def category_title(taxonomy: Taxonomy | None, category_id: str, lang: str) -> str:
    """A category's title in `lang`, escaped; without a taxonomy (or for an unknown id), the id in words."""
    try:
        if taxonomy is not None:
            return escape(taxonomy.category(category_id).title.get(lang))
    except KeyError:
        pass
    return escape(category_id.replace("_", " "))


def category_titles(taxonomy: Taxonomy | None, category_ids: Iterable[str], lang: str) -> str:
    titles = [category_title(taxonomy, c, lang) for c in category_ids]
    return join(titles, lang) if titles else t("common.none", lang)


def case_categories(case: CaseView | CaseSummary, taxonomy: Taxonomy | None, lang: str) -> str:
    """A case's category titles, or "not harassment" when triage found none."""
    if not case.harassment:
        return t("case.not_harassment", lang)
    return category_titles(taxonomy, case.categories, lang)


def consequence_title(bundle: PolicyBundle, consequence_id: str, lang: str) -> str:
    try:
        return escape(bundle.taxonomy.consequence(consequence_id).title.get(lang))
    except KeyError:
        return escape(consequence_id)


def numbered(steps: Iterable[Text], lang: str) -> str:
    return "\n".join(f"{i}. {escape(step.get(lang))}" for i, step in enumerate(steps, start=1))


def person(user_id: str, lang: str) -> str:
    """Who did something: a mention (with さん in Japanese), or "the bot" for the system actor."""
    if user_id == SYSTEM_ACTOR:
        return t("actor.system", lang)
    mention = mrkdwn.user(user_id)
    return f"{mention} さん" if lang == "ja" else mention


def duration(minutes: float, lang: str) -> str:
    """Minutes as "12 min", "3 h 5 min" or "2 d 4 h"."""
    total = max(0, round(minutes))
    if total < 60:
        return t("duration.minutes", lang, minutes=total)
    if total < 24 * 60:
        return t("duration.hours", lang, hours=total // 60, minutes=total % 60)
    return t("duration.days", lang, days=total // (24 * 60), hours=total % (24 * 60) // 60)


def find_clause(bundle: PolicyBundle, policy_id: str, clause_id: str) -> tuple[Policy, Clause | None]:
    """The policy (active or fallback) a clause reference names, and the clause if it still exists."""
    for policy in (bundle.policy, bundle.fallback):
        if policy is not None and policy.id == policy_id:
            return policy, policy.clause(clause_id)
    return bundle.policy, None


def clause_quote(bundle: PolicyBundle, policy_id: str, clause_id: str, lang: str, *, limit: int = 800) -> str:
    """A clause's id and policy title, then its text quoted in `lang`."""
    policy, clause = find_clause(bundle, policy_id, clause_id)
    policy_name = escape(policy.title.get(lang)) if policy.id == policy_id else escape(policy_id)
    heading = t("triage.policy_clause", lang, clause_id=escape(clause_id), policy=policy_name)
    if clause is None:
        return heading
    return f"{heading}\n{quote(clause.text.get(lang), limit)}"


def phrases(evidence: Iterable[Evidence], lang: str) -> str:
    """Distinct evidence phrases, quoted and escaped."""
    return quoted_words((e.phrase for e in evidence), lang)


def quoted_words(words: Iterable[str], lang: str) -> str:
    """Distinct words or phrases from the text, quoted and escaped."""
    unique = list(dict.fromkeys(one_line(w) for w in words))
    shown = [t("common.quoted", lang, text=escape(truncate(p, 80))) for p in unique[:EVIDENCE_PHRASES_SHOWN]]
    return join(shown, lang)


def plain_notice(text: str) -> Block:
    """A one-section message for a short notice (the text is already escaped)."""
    return section(text)


def consultation_desk(desk: ConsultationDesk | None, lang: str) -> str:
    """The consultation desk as lines a reporter can act on: name, Slack contact, phone, hours."""
    if desk is None or not desk.configured:
        return f"{t('desk.header', lang)}\n{t('desk.none', lang)}"
    lines = [t("desk.header", lang)]
    name = (desk.name_ja if lang == "ja" and desk.name_ja else desk.name) or t("desk.default_name", lang)
    lines.append(f"*{escape(name)}*")
    if desk.slack:
        contact = mrkdwn.channel(desk.slack) if desk.slack.startswith("C") else mrkdwn.user(desk.slack)
        lines.append(t("desk.slack", lang, contact=contact))
    if desk.phone:
        lines.append(t("desk.phone", lang, phone=escape(desk.phone)))
    hours = desk.hours_ja if lang == "ja" and desk.hours_ja else desk.hours
    if hours:
        lines.append(t("desk.hours", lang, hours=escape(hours)))
    return "\n".join(lines)
