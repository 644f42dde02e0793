"""Block Kit builders: pure functions from triage results, cases and policies to JSON-ready dicts.

No Slack calls, no SQL. Every string a person typed passes through `mrkdwn.escape` or
`mrkdwn.quote`; every plain_text is cut to its limit; messages stay within 50 blocks and views
within 100. Listeners build payloads with these functions and make one client call.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.identity import IdentifierKind, normalise_identifier
from bot.lifecycle import CaseAction, CaseStatus, ContactChannel, Outcome, allowed_actions
from bot.policy.model import Clause, Policy, PolicyBundle, Severity, Taxonomy, Text
from bot.slack import ids, mrkdwn
from bot.slack.i18n import label, t
from bot.slack.mrkdwn import escape, one_line, quote, truncate
from bot.triage.text import MAX_ANALYSED_CHARS

if TYPE_CHECKING:
    from bot.services.cases import CaseEventView, CaseSummary, CaseView, CustomerHistory, DigestStats
    from bot.triage.engine import CategoryScore, Evidence, TriageResult

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

# The case card's buttons, in the order they are shown; listeners invert this to find the action.
CASE_BUTTONS: dict[CaseAction, str] = {
    CaseAction.ACKNOWLEDGE: ids.ACTION_CASE_ACKNOWLEDGE,
    CaseAction.TAKE_OVER: ids.ACTION_CASE_TAKE_OVER,
    CaseAction.WARN_CUSTOMER: ids.ACTION_CASE_WARN,
    CaseAction.REFUSE_SERVICE: ids.ACTION_CASE_REFUSE,
    CaseAction.REFER_LEGAL: ids.ACTION_CASE_LEGAL,
    CaseAction.REFER_POLICE: ids.ACTION_CASE_POLICE,
    CaseAction.RESOLVE: ids.ACTION_CASE_RESOLVE,
}

_BUTTON_STYLE = {CaseAction.ACKNOWLEDGE: "primary", CaseAction.REFER_POLICE: "danger"}
_CONFIRMED_ACTIONS = {
    CaseAction.REFUSE_SERVICE: "confirm.refuse_service",
    CaseAction.REFER_POLICE: "confirm.refer_police",
}

_SEVERITY_EMOJI = {
    Severity.NONE: ":white_circle:",
    Severity.LOW: ":large_blue_circle:",
    Severity.MEDIUM: ":large_yellow_circle:",
    Severity.HIGH: ":large_orange_circle:",
    Severity.CRITICAL: ":red_circle:",
}
_EVENT_EMOJI = {
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
}
_SYSTEM_ACTOR = "system"
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")


# --- small block helpers ----------------------------------------------------------------------


def _plain(text: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    """A plain_text object cut to `limit` (never empty: Slack rejects empty text)."""
    return {"type": "plain_text", "text": truncate(text.strip() or "-", limit), "emoji": True}


def _md(text: str, limit: int = SECTION_TEXT_MAX) -> dict[str, Any]:
    """A mrkdwn text object cut to `limit`."""
    return {"type": "mrkdwn", "text": mrkdwn.clip(text.strip() or "-", limit)}


def _section(text: str, *, block_id: str | None = None, accessory: Block | None = None) -> Block:
    """A section block with mrkdwn text of at most 3000 characters."""
    block: Block = {"type": "section", "text": _md(text)}
    if block_id:
        block["block_id"] = _checked_id(block_id)
    if accessory:
        block["accessory"] = accessory
    return block


def _fields(fields: Sequence[str]) -> Block:
    """A section of up to 10 two-column mrkdwn fields, each at most 2000 characters."""
    return {"type": "section", "fields": [_md(f, FIELD_TEXT_MAX) for f in fields[:10]]}


def _header(text: str) -> Block:
    """A header block (plain text, 150 characters)."""
    return {"type": "header", "text": _plain(text, mrkdwn.HEADER_TEXT_MAX)}


def _context(*texts: str) -> Block:
    """A context block of small mrkdwn texts."""
    return {"type": "context", "elements": [_md(text, CONTEXT_TEXT_MAX) for text in texts[:10]]}


def _divider() -> Block:
    return {"type": "divider"}


def _button(
    text: str,
    action_id: str,
    *,
    value: str | None = None,
    style: str | None = None,
    confirm: dict[str, Any] | None = None,
) -> Block:
    """A button element; `value` must fit Slack's 2000 characters."""
    button: Block = {
        "type": "button",
        "text": _plain(text, mrkdwn.BUTTON_TEXT_MAX),
        "action_id": _checked_id(action_id),
    }
    if value is not None:
        if len(value) > BUTTON_VALUE_MAX:
            raise ValueError(f"A button value is limited to {BUTTON_VALUE_MAX} characters (got {len(value)}).")
        button["value"] = value
    if style:
        button["style"] = style
    if confirm:
        button["confirm"] = confirm
    return button


def _confirm(text: str, lang: str) -> dict[str, Any]:
    """A confirmation dialog for a button with consequences."""
    return {
        "title": _plain(t("confirm.title", lang), CONFIRM_TITLE_MAX),
        "text": _plain(text, CONFIRM_TEXT_MAX),
        "confirm": _plain(t("confirm.yes", lang), CONFIRM_BUTTON_MAX),
        "deny": _plain(t("confirm.no", lang), CONFIRM_BUTTON_MAX),
        "style": "danger",
    }


def _actions(buttons: Sequence[Block], *, block_id: str | None = None) -> Block:
    """An actions block of up to 25 elements."""
    block: Block = {"type": "actions", "elements": list(buttons[:25])}
    if block_id:
        block["block_id"] = _checked_id(block_id)
    return block


def _option(text: str, value: str) -> dict[str, Any]:
    """An option for selects, radio buttons and checkboxes."""
    return {"text": _plain(text, mrkdwn.OPTION_TEXT_MAX), "value": value[:150]}


def _input(
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
        "block_id": _checked_id(block_id),
        "label": _plain(label_text, FIELD_TEXT_MAX),
        "element": {**element, "action_id": ids.INPUT},
        "optional": optional,
    }
    if hint:
        block["hint"] = _plain(hint, HINT_TEXT_MAX)
    return block


def _text_input(*, max_length: int, multiline: bool = False, initial: str = "", placeholder: str = "") -> Block:
    element: Block = {"type": "plain_text_input", "multiline": multiline, "max_length": max_length}
    if initial:
        element["initial_value"] = truncate(initial, max_length)
    if placeholder:
        element["placeholder"] = _plain(placeholder, PLACEHOLDER_MAX)
    return element


def _yes_checkbox(option_text: str, *, checked: bool) -> Block:
    option = _option(option_text, ids.OPTION_YES)
    element: Block = {"type": "checkboxes", "options": [option]}
    if checked:
        element["initial_options"] = [option]
    return element


def _modal(callback_id: str, title: str, submit: str, lang: str, blocks: list[Block], private_metadata: str) -> Block:
    """A modal view; raises ValueError when private_metadata exceeds Slack's 3000 characters."""
    if len(private_metadata) > PRIVATE_METADATA_MAX:
        raise ValueError(
            f"private_metadata is limited to {PRIVATE_METADATA_MAX} characters (got {len(private_metadata)})."
        )
    view: Block = {
        "type": "modal",
        "callback_id": callback_id,
        "title": _plain(title, mrkdwn.MODAL_TITLE_MAX),
        "submit": _plain(submit, MODAL_BUTTON_MAX),
        "close": _plain(t("modal.close", lang), MODAL_BUTTON_MAX),
        "blocks": blocks,
    }
    if private_metadata:
        view["private_metadata"] = private_metadata
    return view


def _checked_id(identifier: str) -> str:
    if not identifier or len(identifier) > ID_MAX:
        raise ValueError(f"A block_id or action_id must have 1 to {ID_MAX} characters: {identifier[:40]!r}")
    return identifier


def _capped(blocks: list[Block], limit: int, lang: str) -> list[Block]:
    """At most `limit` blocks; what does not fit is replaced by a "…and N more" note."""
    if len(blocks) <= limit:
        return blocks
    kept = blocks[: limit - 1]
    return [*kept, _context(t("common.more_not_shown", lang, count=len(blocks) - len(kept)))]


def _packed_sections(paragraphs: Iterable[str]) -> list[Block]:
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
    return [_section(text) for text in sections]


# --- shared wording ---------------------------------------------------------------------------


def _join(items: Iterable[str], lang: str) -> str:
    return t("common.list_separator", lang).join(items)


def _severity(severity: Severity | str, lang: str) -> str:
    """A severity as emoji and label, e.g. ":red_circle: Critical"."""
    severity = Severity(severity)
    return f"{_SEVERITY_EMOJI[severity]} {label('severity', severity, lang)}"


def _category_title(taxonomy: Taxonomy | None, category_id: str, lang: str) -> str:
    """A category's title in `lang`, escaped; without a taxonomy (or for an unknown id), the id in words."""
    try:
        if taxonomy is not None:
            return escape(taxonomy.category(category_id).title.get(lang))
    except KeyError:
        pass
    return escape(category_id.replace("_", " "))


def _category_titles(taxonomy: Taxonomy | None, category_ids: Iterable[str], lang: str) -> str:
    titles = [_category_title(taxonomy, c, lang) for c in category_ids]
    return _join(titles, lang) if titles else t("common.none", lang)


def _case_categories(case: CaseView | CaseSummary, taxonomy: Taxonomy | None, lang: str) -> str:
    """A case's category titles, or "not harassment" when triage found none."""
    if not case.harassment:
        return t("case.not_harassment", lang)
    return _category_titles(taxonomy, case.categories, lang)


def _consequence_title(bundle: PolicyBundle, consequence_id: str, lang: str) -> str:
    try:
        return escape(bundle.taxonomy.consequence(consequence_id).title.get(lang))
    except KeyError:
        return escape(consequence_id)


def _numbered(steps: Iterable[Text], lang: str) -> str:
    return "\n".join(f"{i}. {escape(step.get(lang))}" for i, step in enumerate(steps, start=1))


def _person(user_id: str, lang: str) -> str:
    """Who did something: a mention (with さん in Japanese), or "the bot" for the system actor."""
    if user_id == _SYSTEM_ACTOR:
        return t("actor.system", lang)
    mention = mrkdwn.user(user_id)
    return f"{mention} さん" if lang == "ja" else mention


def _duration(minutes: float, lang: str) -> str:
    """Minutes as "12 min", "3 h 5 min" or "2 d 4 h"."""
    total = max(0, round(minutes))
    if total < 60:
        return t("duration.minutes", lang, minutes=total)
    if total < 24 * 60:
        return t("duration.hours", lang, hours=total // 60, minutes=total % 60)
    return t("duration.days", lang, days=total // (24 * 60), hours=total % (24 * 60) // 60)


def _clause(bundle: PolicyBundle, policy_id: str, clause_id: str) -> tuple[Policy, Clause | None]:
    """The policy (active or fallback) a clause reference names, and the clause if it still exists."""
    for policy in (bundle.policy, bundle.fallback):
        if policy is not None and policy.id == policy_id:
            return policy, policy.clause(clause_id)
    return bundle.policy, None


def _clause_quote(bundle: PolicyBundle, policy_id: str, clause_id: str, lang: str, *, limit: int = 800) -> str:
    """A clause's id and policy title, then its text quoted in `lang`."""
    policy, clause = _clause(bundle, policy_id, clause_id)
    policy_name = escape(policy.title.get(lang)) if policy.id == policy_id else escape(policy_id)
    heading = t("triage.policy_clause", lang, clause_id=escape(clause_id), policy=policy_name)
    if clause is None:
        return heading
    return f"{heading}\n{quote(clause.text.get(lang), limit)}"


def _phrases(evidence: Iterable[Evidence], lang: str) -> str:
    """Distinct evidence phrases, quoted and escaped."""
    unique = list(dict.fromkeys(one_line(e.phrase) for e in evidence))
    shown = [t("common.quoted", lang, text=escape(truncate(p, 80))) for p in unique[:EVIDENCE_PHRASES_SHOWN]]
    return _join(shown, lang)


# --- triage reply -----------------------------------------------------------------------------


def triage_reply(
    result: TriageResult, bundle: PolicyBundle, lang: str, *, draft: str, details: bool = True
) -> list[Block]:
    """The private reply to `/harassment <text>`: what the text is, why, what to do, and next steps.

    `details=False` leaves out "Add details" (for a report already recorded with its form).
    """
    if len(draft) > DRAFT_MAX:
        raise ValueError(f"The draft is limited to {DRAFT_MAX} characters (got {len(draft)}).")
    blocks = _harassment_blocks(result, bundle, lang) if result.harassment else _legitimate_blocks(result, bundle, lang)
    notes = []
    if result.discounted:
        negated = _phrases(result.discounted, lang)
        notes.append(t("triage.not_counted", lang, phrases=negated))
    if result.truncated:
        notes.append(t("triage.truncated", lang, limit=MAX_ANALYSED_CHARS))
    if notes:
        blocks.append(_context(*notes))
    blocks.append(_triage_actions(result, bundle, lang, draft, details))
    return blocks


def _harassment_blocks(result: TriageResult, bundle: PolicyBundle, lang: str) -> list[Block]:
    blocks: list[Block] = []
    critical = result.severity is Severity.CRITICAL
    if critical:
        # Safety first: the banner and the steps for this danger before anything else.
        blocks.append(_section(t("triage.safety", lang)))
        blocks.append(_safety_steps(result, bundle, lang))
    severity = label("severity", result.severity, lang)
    blocks.append(_header(f"{_SEVERITY_EMOJI[result.severity]} {t('triage.header', lang, severity=severity)}"))
    blocks.append(
        _section(
            t(
                "triage.summary",
                lang,
                categories=_category_titles(bundle.taxonomy, result.category_ids, lang),
                severity=_severity(result.severity, lang),
            )
        )
    )
    for score in result.categories[:TRIAGE_CATEGORIES_SHOWN]:
        blocks.append(_triage_category(score, result, bundle, lang, penal_code=not critical))
    hidden = result.category_ids[TRIAGE_CATEGORIES_SHOWN:]
    if hidden:
        also = _category_titles(bundle.taxonomy, hidden, lang)
        blocks.append(_context(t("triage.also_matched", lang, categories=also)))
    if result.possible:
        possible = _category_titles(bundle.taxonomy, (c.category for c in result.possible), lang)
        blocks.append(_context(t("triage.possible", lang, categories=possible)))
    if not critical:
        blocks.append(_divider())
        blocks.append(_what_to_do(bundle, most_severe_category(result, bundle), lang))
    return blocks


def most_severe_category(result: TriageResult, bundle: PolicyBundle) -> str:
    """The counted category whose default severity is highest (the first of equals)."""
    ranked = sorted(
        enumerate(result.category_ids),
        key=lambda item: (-bundle.taxonomy.category(item[1]).default_severity.rank, item[0]),
    )
    return ranked[0][1]


def _safety_steps(result: TriageResult, bundle: PolicyBundle, lang: str) -> Block:
    """The steps for the dangers found, most urgent first; never a warning that waits for more."""
    kinds = [k.value for k in result.safety.kinds] if result.safety else []
    guidance = [g for g in (bundle.taxonomy.safety_guidance(k) for k in kinds) if g is not None]
    steps: list[Text] = []
    for item in guidance:
        steps += [step for step in item.handling if step not in steps]
    if not steps:  # critical without a floor finding (an assault): the most severe category's steps
        steps = list(bundle.taxonomy.category(most_severe_category(result, bundle)).handling)
    text = f"{t('triage.what_now', lang)}\n{_numbered(steps[:SAFETY_STEPS_SHOWN], lang)}"
    script = next((g.script.get(lang) for g in guidance if g.script.get(lang).strip()), "")
    if script:
        text += f"\n{t('triage.say_to_leave', lang)}\n{quote(script, 600)}"
    return _section(text)


def _triage_category(
    score: CategoryScore, result: TriageResult, bundle: PolicyBundle, lang: str, *, penal_code: bool = True
) -> Block:
    """One matched category: title, the words that led to it, its policy clauses, penal code."""
    lines = [f"*{_category_title(bundle.taxonomy, score.category, lang)}*"]
    if score.evidence:
        lines.append(t("triage.why", lang, phrases=_phrases(score.evidence, lang)))
    for match in result.clauses:
        if score.category in match.categories:
            lines.append(_clause_quote(bundle, match.policy, match.clause_id, lang))
    try:
        articles = bundle.taxonomy.category(score.category).penal_code if penal_code else ()
    except KeyError:
        articles = ()
    if articles:
        listed = _join((t("triage.article", lang, number=escape(a)) for a in articles), lang)
        lines.append(t("triage.penal_code", lang, articles=listed))
    return _section("\n".join(lines))


def _what_to_do(bundle: PolicyBundle, category_id: str, lang: str) -> Block:
    """The primary category's handling steps, numbered, and the script to say."""
    category = bundle.taxonomy.category(category_id)
    text = f"{t('triage.what_now', lang)}\n{_numbered(category.handling, lang)}"
    if category.script.get(lang).strip():
        text += f"\n{t('triage.say', lang)}\n{quote(category.script.get(lang), 600)}"
    return _section(text)


def _legitimate_blocks(result: TriageResult, bundle: PolicyBundle, lang: str) -> list[Block]:
    taxonomy = bundle.taxonomy
    blocks = [
        _header(f":speech_balloon: {t('triage.legitimate_header', lang)}"),
        _section(t("triage.legitimate", lang)),
    ]
    how = t("triage.how_to_handle", lang)
    if taxonomy.legitimate:
        how += "\n" + _numbered(taxonomy.legitimate, lang)
    if taxonomy.legitimate_script.get(lang).strip():
        how += f"\n{t('triage.say', lang)}\n{quote(taxonomy.legitimate_script.get(lang), 600)}"
    blocks.append(_section(how))
    if result.legitimate_signals:
        quoted = (t("common.quoted", lang, text=escape(truncate(one_line(s), 60))) for s in result.legitimate_signals)
        signals = _join(quoted, lang)
        blocks.append(_context(t("triage.complaint_signals", lang, signals=signals)))
    return blocks


def _triage_actions(result: TriageResult, bundle: PolicyBundle, lang: str, draft: str, details: bool) -> Block:
    critical = result.severity is Severity.CRITICAL
    buttons = [_button(t("button.escalate", lang), ids.ACTION_ESCALATE, value=draft, style="danger" if critical else "primary")]
    if not critical:  # "Log only" does not help anyone in danger
        buttons.append(_button(t("button.log_only", lang), ids.ACTION_LOG_ONLY, value=draft))
    buttons.append(_button(t("button.show_policy", lang), ids.ACTION_SHOW_POLICY, value=bundle.policy.id))
    if details:
        buttons.append(_button(t("button.open_report", lang), ids.ACTION_OPEN_REPORT, value=draft))
    return _actions(buttons)


def triage_reply_text(result: TriageResult, bundle: PolicyBundle, lang: str) -> str:
    """Notification text for the triage reply (no user text)."""
    if result.harassment:
        categories = _category_titles(bundle.taxonomy, result.category_ids, lang)
        summary = f"{label('severity', result.severity, lang)} · {categories}"
    else:
        summary = t("triage.legitimate_header", lang)
    return t("triage.fallback_text", lang, summary=summary)


# --- help and policy --------------------------------------------------------------------------


def help_blocks(lang: str, command: str = ids.COMMAND) -> list[Block]:
    """Usage of the slash command and the message shortcut, and what the bot does with a report."""
    command = escape(command)
    keys = ("help.describe", "help.report", "help.history", "help.digest", "help.help")
    usage = [t(key, lang, command=command) for key in keys]
    return [
        _header(t("help.header", lang)),
        _section(t("help.intro", lang)),
        _section(t("help.commands", lang) + "\n" + "\n".join(f"• {line}" for line in usage)),
        _section(f"• {t('help.shortcut', lang)}"),
        _section(t("help.what_it_does", lang)),
        _context(t("help.privacy", lang)),
    ]


def policy_blocks(bundle: PolicyBundle, lang: str) -> list[Block]:
    """The full active policy: definition, every clause with its categories and consequences, stance, support."""
    policy = bundle.policy
    paragraphs = [f"{t('policy.definition', lang)}\n{escape(policy.definition.get(lang))}", t("policy.clauses", lang)]
    for clause in policy.clauses:
        lines = [f"*{escape(clause.id)}* {escape(clause.text.get(lang))}"]
        lines.append(t("policy.covers", lang, categories=_category_titles(bundle.taxonomy, clause.categories, lang)))
        if clause.consequences:
            consequences = _join((_consequence_title(bundle, c, lang) for c in clause.consequences), lang)
            lines.append(t("policy.consequences", lang, consequences=consequences))
        paragraphs.append("\n".join(lines))
    if bundle.fallback is not None:
        paragraphs.append(t("policy.fallback", lang, policy=escape(bundle.fallback.title.get(lang))))
    paragraphs.append(f"{t('policy.stance', lang)}\n{escape(policy.stance.get(lang))}")
    paragraphs.append(f"{t('policy.support', lang)}\n{escape(policy.support.get(lang))}")
    meta = t("policy.meta", lang, company=escape(policy.company.get(lang)), version=escape(policy.version))
    blocks = [_header(policy.title.get(lang)), _context(meta), *_packed_sections(paragraphs)]
    return _capped(blocks, MESSAGE_BLOCKS_MAX, lang)


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


_IDENTIFIER_FIELDS = (
    (ids.BLOCK_CUSTOMER_NUMBER, "report.customer_number_label"),
    (ids.BLOCK_CUSTOMER_NAME, "report.customer_name_label"),
    (ids.BLOCK_CUSTOMER_EMAIL, "report.customer_email_label"),
    (ids.BLOCK_CUSTOMER_PHONE, "report.customer_phone_label"),
    (ids.BLOCK_CUSTOMER_HANDLE, "report.customer_handle_label"),
)


def report_modal(lang: str, *, text: str = "", private_metadata: str = "", escalate_default: bool = False) -> Block:
    """The report form: what happened, optional customer details, contact channel, time, urgency."""
    hint = t("report.identifier_hint", lang)
    channel_select = {
        "type": "static_select",
        "placeholder": _plain(t("report.channel_placeholder", lang), PLACEHOLDER_MAX),
        "options": [_option(label("contact_channel", c, lang), c.value) for c in ContactChannel],
    }
    blocks = [
        _context(t("report.intro", lang)),
        _input(
            ids.BLOCK_TEXT,
            t("report.text_label", lang),
            _text_input(
                max_length=REPORT_TEXT_MAX,
                multiline=True,
                initial=text,
                placeholder=t("report.text_placeholder", lang),
            ),
        ),
        _context(t("report.customer_heading", lang)),
        *(
            _input(block_id, t(label_key, lang), _text_input(max_length=IDENTIFIER_MAX), optional=True, hint=hint)
            for block_id, label_key in _IDENTIFIER_FIELDS
        ),
        _input(ids.BLOCK_CONTACT_CHANNEL, t("report.channel_label", lang), channel_select, optional=True),
        _input(
            ids.BLOCK_OCCURRED_AT,
            t("report.occurred_label", lang),
            {"type": "datetimepicker"},
            optional=True,
            hint=t("report.occurred_hint", lang),
        ),
        _input(
            ids.BLOCK_HAPPENING_NOW,
            t("report.now_label", lang),
            _yes_checkbox(t("report.now_option", lang), checked=False),
            optional=True,
        ),
        _input(
            ids.BLOCK_ESCALATE,
            t("report.escalate_label", lang),
            _yes_checkbox(t("report.escalate_option", lang), checked=escalate_default),
            optional=True,
        ),
    ]
    return _modal(ids.VIEW_REPORT, t("report.title", lang), t("report.submit", lang), lang, blocks, private_metadata)


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
    )


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
    if form.customer_email and ids.BLOCK_CUSTOMER_EMAIL not in errors and not _EMAIL.match(form.customer_email):
        errors[ids.BLOCK_CUSTOMER_EMAIL] = t("error.email", lang)
    if form.customer_phone and ids.BLOCK_CUSTOMER_PHONE not in errors:
        if sum(ch.isdigit() for ch in form.customer_phone) < MIN_PHONE_DIGITS:
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
    outcomes = {"type": "radio_buttons", "options": [_option(label("outcome", o, lang), o.value) for o in Outcome]}
    note = _text_input(max_length=NOTE_MAX, multiline=True, placeholder=t("resolve.note_placeholder", lang))
    blocks = [
        _section(t("resolve.intro", lang, ref=escape(case_ref))),
        _input(ids.BLOCK_OUTCOME, t("resolve.outcome_label", lang), outcomes),
        _input(ids.BLOCK_NOTE, t("resolve.note_label", lang), note, optional=True),
    ]
    return _modal(ids.VIEW_RESOLVE, t("resolve.title", lang), t("resolve.submit", lang), lang, blocks, private_metadata)


def parse_resolve_submission(state_values: Mapping[str, Any]) -> tuple[Outcome | None, str]:
    """The chosen outcome (None when missing or unknown) and the note (stripped, at most 1000 characters)."""
    selected = _state(state_values, ids.BLOCK_OUTCOME).get("selected_option") or {}
    try:
        outcome: Outcome | None = Outcome(selected.get("value"))
    except ValueError:
        outcome = None
    note = (_state(state_values, ids.BLOCK_NOTE).get("value") or "").strip()[:NOTE_MAX]
    return outcome, note


# --- case card --------------------------------------------------------------------------------


def case_card(case: CaseView, history: CustomerHistory | None, bundle: PolicyBundle, lang: str) -> list[Block]:
    """The case as posted in the escalation channel: facts, policy, history, status, log and actions."""
    blocks: list[Block] = [_header(_case_heading(case, lang))]
    if case.happening_now:
        blocks.append(_section(t("case.happening_now", lang)))
    if not case.harassment:
        blocks.append(_section(t("case.legitimate_note", lang)))
    blocks.append(_section(f"{t('case.what_happened', lang)}\n{quote(case.text, 2800)}"))
    blocks.append(_fields(_case_facts(case, bundle, lang)))
    if case.clauses:
        shown = case.clauses[:CASE_CLAUSES_SHOWN]
        clauses = [_clause_quote(bundle, c.policy, c.clause_id, lang, limit=350) for c in shown]
        blocks.append(_section(t("case.clauses", lang) + "\n" + "\n".join(clauses)))
    blocks.append(_section(_recommended_handling(case, bundle, lang)))
    if history is not None:
        facts = _history_text(history, bundle.taxonomy, lang, current=case)
        blocks.append(_section(f"{t('history.card_title', lang)}\n{facts}"))
    blocks.append(_divider())
    blocks.append(_section(_status_line(case, lang)))
    blocks.append(_section(_activity_log(case, lang), block_id=ids.BLOCK_CASE_LOG))
    buttons = _case_buttons(case, lang)
    if buttons:
        blocks.append(_actions(buttons, block_id=ids.BLOCK_CASE_ACTIONS))
    return _capped(blocks, MESSAGE_BLOCKS_MAX, lang)


def _case_heading(case: CaseView, lang: str) -> str:
    severity = Severity(case.severity)
    severity_label = label("severity", severity, lang)
    return t("case.header", lang, emoji=_SEVERITY_EMOJI[severity], ref=case.ref, severity=severity_label)


def _case_facts(case: CaseView, bundle: PolicyBundle, lang: str) -> list[str]:
    source = label("source", case.source, lang)
    if case.permalink:
        source += " · " + mrkdwn.link(case.permalink, t("case.original_message", lang))
    when = mrkdwn.date(case.occurred_at, lang)
    if case.happening_now:
        when += f"\n{t('case.now_flag', lang)}"
    if case.details_purged:
        customer = t("case.customer_purged", lang)
    elif case.customer_label:
        customer = escape(truncate(one_line(case.customer_label), 300))
    else:
        customer = t("common.not_given", lang)
    categories = _case_categories(case, bundle.taxonomy, lang)
    return [
        t("case.reporter", lang, user=mrkdwn.user(case.reporter_user_id)),
        t("case.source", lang, source=source),
        t("case.contact_channel", lang, channel=label("contact_channel", case.contact_channel, lang)),
        t("case.occurred", lang, when=when),
        t("case.customer", lang, customer=customer),
        t("case.severity", lang, severity=_severity(case.severity, lang)),
        t("case.categories", lang, categories=categories),
    ]


def _recommended_handling(case: CaseView, bundle: PolicyBundle, lang: str) -> str:
    try:
        steps = bundle.taxonomy.category(case.primary_category).handling if case.primary_category else ()
    except KeyError:
        steps = ()
    if not steps:
        steps = bundle.taxonomy.legitimate
    return f"{t('case.handling', lang)}\n{_numbered(steps, lang)}"


def _status_line(case: CaseView, lang: str) -> str:
    parts = [t("case.status", lang, status=label("status", case.status, lang))]
    if case.handler_user_id:
        parts.append(t("case.handler", lang, user=mrkdwn.user(case.handler_user_id)))
    if case.outcome is not None and CaseStatus(case.status) is CaseStatus.RESOLVED:
        parts.append(t("case.outcome", lang, outcome=label("outcome", case.outcome, lang)))
    return " · ".join(parts)


def _activity_log(case: CaseView, lang: str) -> str:
    """The last entries of the case's history, newest last; older ones give way when space runs out."""
    events = sorted(case.events, key=lambda e: e.at)
    lines = [f"{_event_text(e, lang, note_limit=200)} · {mrkdwn.date(e.at, lang)}" for e in events[-CASE_LOG_ENTRIES:]]
    budget = SECTION_TEXT_MAX - 200  # room for the title and the "earlier entries" line
    while len(lines) > 1 and sum(len(line) + 1 for line in lines) > budget:
        lines.pop(0)
    head = [t("case.activity", lang)]
    if len(events) > len(lines):
        head.append(t("case.earlier_entries", lang, count=len(events) - len(lines)))
    return "\n".join(head + lines)


def _case_buttons(case: CaseView, lang: str) -> list[Block]:
    """Buttons for the actions the case's status allows (none for reported, logged-only or resolved cases)."""
    buttons = []
    for action in allowed_actions(case.status):
        action_id = CASE_BUTTONS.get(action)
        if action_id is None:
            continue
        confirm = _confirm(t(_CONFIRMED_ACTIONS[action], lang), lang) if action in _CONFIRMED_ACTIONS else None
        text = label("action", action, lang)
        buttons.append(_button(text, action_id, value=str(case.id), style=_BUTTON_STYLE.get(action), confirm=confirm))
    return buttons


def _event_text(event: CaseEventView, lang: str, *, note_limit: int) -> str:
    """One activity line, e.g. ✅ <@U1> acknowledged the case, with the outcome and the escaped note."""
    action = str(getattr(event.action, "value", event.action))
    actor = _person(event.actor, lang)
    key = f"event.{action}"
    if key in _EVENT_KEYS:
        text = t(key, lang, actor=actor)
    else:
        text = t("event.other", lang, actor=actor, action=escape(action))
    if event.outcome is not None:
        text += " · " + t("case.outcome", lang, outcome=label("outcome", event.outcome, lang))
    if event.note and event.note.strip():
        text += " — " + t("common.quoted", lang, text=mrkdwn.clip(escape(one_line(event.note)), note_limit))
    return f"{_EVENT_EMOJI.get(action, ':small_blue_diamond:')} {text}"


_EVENT_KEYS = frozenset(f"event.{action}" for action in _EVENT_EMOJI)


def case_action_line(event: CaseEventView, lang: str) -> str:
    """One line for the case's channel thread, e.g. "✅ <@U1> acknowledged the case · 14:02"."""
    return f"{_event_text(event, lang, note_limit=500)} · {mrkdwn.date(event.at, lang, style='time')}"


def case_card_text(case: CaseView, lang: str, bundle: PolicyBundle | None = None) -> str:
    """Notification text for the case card: ref, severity, categories (with a bundle), urgency; no user text."""
    categories = _case_categories(case, bundle.taxonomy if bundle else None, lang)
    severity = label("severity", case.severity, lang)
    text = t("case.fallback_text", lang, ref=escape(case.ref), severity=severity, categories=categories)
    if case.happening_now:
        text += f" · {t('case.fallback_now', lang)}"
    return text


# --- customer history -------------------------------------------------------------------------


def _history_text(
    history: CustomerHistory, taxonomy: Taxonomy | None, lang: str, *, current: CaseView | None = None
) -> str:
    """Facts on record about one customer; on a case card, `current` is left out of the counts and list."""
    lines = []
    if history.repeat_offender:
        lines.append(
            t(
                "history.repeat_offender",
                lang,
                count=history.reports_in_window,
                days=history.window_days,
                threshold=history.threshold,
            )
        )
    if history.service_refused:
        lines.append(
            t("history.service_refused", lang, date=mrkdwn.date(history.service_refused_at, lang, style="date"))
            if history.service_refused_at
            else t("history.service_refused_undated", lang)
        )
    if current is not None:
        counted_here = current.customer_id == history.customer_id
        earlier = max(0, history.report_count - (1 if counted_here else 0))
        if earlier == 0:
            lines.append(t("history.no_earlier", lang))
            return "\n".join(lines)
        lines.append(t("history.earlier", lang, count=earlier))
    else:
        lines.append(t("history.reports", lang, count=history.report_count, harassment=history.harassment_count))
    if history.categories:
        counted = _join((f"{_category_title(taxonomy, c, lang)} ×{n}" for c, n in history.categories), lang)
        lines.append(t("history.categories", lang, categories=counted))
    if history.first_occurred_at and history.last_occurred_at:
        lines.append(
            t(
                "history.period",
                lang,
                first=mrkdwn.date(history.first_occurred_at, lang, style="date"),
                last=mrkdwn.date(history.last_occurred_at, lang, style="date"),
            )
        )
    if history.outcomes:
        outcomes = _join((f"{label('outcome', o, lang)} ×{n}" for o, n in history.outcomes), lang)
        lines.append(t("history.outcomes", lang, outcomes=outcomes))
    recent = [c for c in history.recent_cases if current is None or c.id != current.id][:HISTORY_RECENT_CASES]
    if recent:
        lines.append(t("history.recent", lang))
        lines.extend(f"• {_case_summary_line(c, taxonomy, lang)}" for c in recent)
    return "\n".join(lines)


def _case_summary_line(summary: CaseSummary, taxonomy: Taxonomy | None, lang: str) -> str:
    categories = _case_categories(summary, taxonomy, lang)
    parts = [f"`{escape(summary.ref)}`", mrkdwn.date(summary.occurred_at, lang, style="date"), categories]
    if summary.outcome is None:
        parts.append(label("status", summary.status, lang))
    elif summary.harassment or summary.outcome is not Outcome.NOT_HARASSMENT:
        parts.append(label("outcome", summary.outcome, lang))
    return " · ".join(parts)


def history_blocks(
    history: CustomerHistory | None, query_label: str, lang: str, bundle: PolicyBundle | None = None
) -> list[Block]:
    """The answer to `/harassment history`: facts on record, or "no record", with the purpose limitation.

    Category titles come from `bundle` when given (ids otherwise).
    """
    shown_label = escape(truncate(one_line(query_label), 200))
    blocks = [_header(t("history.header", lang)), _context(t("history.lookup", lang, label=shown_label))]
    if history is None:
        blocks.append(_section(t("history.none", lang, label=shown_label)))
    else:
        blocks.append(_section(_history_text(history, bundle.taxonomy if bundle else None, lang)))
    blocks.append(_context(t("history.purpose", lang)))
    return blocks


# --- confirmations and alerts -----------------------------------------------------------------


def escalation_confirmation(case: CaseView, channel_id: str, bundle: PolicyBundle, lang: str) -> list[Block]:
    """For the reporter: where the case went and the support available to them."""
    blocks = [_section(t("escalated.text", lang, ref=escape(case.ref), channel=mrkdwn.channel(channel_id)))]
    if case.happening_now or Severity(case.severity) is Severity.CRITICAL:
        blocks.append(_section(f":rotating_light: {t('escalated.safety', lang)}"))
    support = [t("escalated.support_header", lang)]
    if bundle.policy.support.get(lang).strip():
        support.append(escape(bundle.policy.support.get(lang)))
    support.append(t("escalated.no_disadvantage", lang))
    blocks.append(_section("\n".join(support)))
    return blocks


def escalation_confirmation_text(case: CaseView, lang: str) -> str:
    """Notification text for the escalation confirmation."""
    return t("escalated.fallback_text", lang, ref=escape(case.ref))


def logged_confirmation(case: CaseView, lang: str) -> list[Block]:
    """For the reporter: the case was logged without notifying a manager."""
    return [_section(t("logged.text", lang, ref=escape(case.ref))), _context(t("logged.record", lang))]


def logged_confirmation_text(case: CaseView, lang: str) -> str:
    """Notification text for the logged confirmation."""
    return t("logged.fallback_text", lang, ref=escape(case.ref))


def manager_alert(case: CaseView, channel_id: str, lang: str, bundle: PolicyBundle | None = None) -> list[Block]:
    """An urgent DM to managers for a case happening now or of critical severity."""
    reporter = _person(case.reporter_user_id, lang)
    situation = t("alert.now" if case.happening_now else "alert.reported", lang, reporter=reporter)
    categories = _case_categories(case, bundle.taxonomy if bundle else None, lang)
    return [
        _header(t("alert.header", lang, ref=case.ref)),
        _section(situation),
        _section(t("alert.severity", lang, severity=_severity(case.severity, lang), categories=categories)),
        _section(quote(case.text, 500)),
        _section(t("alert.open", lang, channel=mrkdwn.channel(channel_id))),
        _context(t("home.reported", lang, when=mrkdwn.date(case.created_at, lang))),
    ]


def manager_alert_text(case: CaseView, lang: str) -> str:
    """Notification text for the urgent manager DM (no user text)."""
    return t("alert.fallback_text", lang, ref=escape(case.ref), severity=label("severity", case.severity, lang))


def reminder_text(case: CaseView, minutes: float, lang: str) -> str:
    """A reminder in the case thread that nobody has acknowledged the case yet; mentions its managers."""
    mentions = " ".join(mrkdwn.user(m) for m in case.manager_ids)
    return t(
        "reminder.text",
        lang,
        mentions=f"{mentions} " if mentions else "",
        ref=escape(case.ref),
        severity=label("severity", case.severity, lang),
        duration=_duration(minutes, lang),
    )


# --- App Home ---------------------------------------------------------------------------------


def home_view(
    lang: str,
    *,
    own_cases: Sequence[CaseView],
    open_cases: Sequence[CaseView] | None,
    digest: DigestStats | None,
    bundle: PolicyBundle,
) -> Block:
    """The Home tab: the user's own reports; open cases for managers; this week's numbers for HR."""
    blocks: list[Block] = [
        _header(t("home.header", lang)),
        _section(t("home.intro", lang)),
        _actions([_button(t("button.new_report", lang), ids.ACTION_HOME_REPORT, style="primary")]),
        _divider(),
        _header(t("home.own_header", lang)),
    ]
    own = sorted(own_cases, key=lambda c: c.created_at, reverse=True)[:HOME_OWN_CASES]
    blocks.extend(_own_case(case, bundle, lang) for case in own)
    if not own:
        blocks.append(_context(t("home.own_empty", lang)))
    if open_cases is not None:
        blocks += [_divider(), _header(t("home.open_header", lang))]
        ordered = sorted(open_cases, key=lambda c: c.created_at)
        blocks.extend(_open_case(case, bundle, lang) for case in ordered[:HOME_OPEN_CASES])
        if len(ordered) > HOME_OPEN_CASES:
            blocks.append(_context(t("common.more_not_shown", lang, count=len(ordered) - HOME_OPEN_CASES)))
        if not ordered:
            blocks.append(_context(t("home.open_empty", lang)))
    if digest is not None:
        blocks += [_divider(), _header(t("home.digest_header", lang)), *_digest_summary(digest, bundle, lang)]
    return {"type": "home", "blocks": _capped(blocks, VIEW_BLOCKS_MAX, lang)}


def _home_case_line(case: CaseView, bundle: PolicyBundle, lang: str) -> str:
    categories = _case_categories(case, bundle.taxonomy, lang)
    status = label("status", case.status, lang)
    return t("home.case_line", lang, ref=escape(case.ref), status=status, categories=categories)


def _own_case(case: CaseView, bundle: PolicyBundle, lang: str) -> Block:
    line = _home_case_line(case, bundle, lang)
    reported = t("home.reported", lang, when=mrkdwn.date(case.created_at, lang))
    return _section(f"{line}\n{reported}\n{quote(one_line(case.text), 200)}")


def _open_case(case: CaseView, bundle: PolicyBundle, lang: str) -> Block:
    line = _home_case_line(case, bundle, lang)
    reported = t("home.reported", lang, when=mrkdwn.date(case.created_at, lang, style="ago"))
    details = [_severity(case.severity, lang), reported]
    if case.escalation_channel_id:
        details.append(mrkdwn.channel(case.escalation_channel_id))
    accessory = None
    if CaseStatus(case.status) is CaseStatus.LOGGED_ONLY:
        accessory = _button(t("button.escalate_short", lang), ids.ACTION_HOME_ESCALATE, value=str(case.id))
    return _section(f"{line}\n{' · '.join(details)}", accessory=accessory)


# --- weekly digest ----------------------------------------------------------------------------


def digest_blocks(stats: DigestStats, lang: str, bundle: PolicyBundle) -> list[Block]:
    """The weekly HR digest: totals, breakdowns, repeat offenders, median times, purged-data note."""
    last_moment = stats.week_end - dt.timedelta(microseconds=1)  # the week's end is exclusive
    period = t(
        "digest.period",
        lang,
        start=mrkdwn.date(stats.week_start, lang, style="date"),
        end=mrkdwn.date(last_moment, lang, style="date"),
    )
    blocks = [_header(t("digest.header", lang)), _context(period), *_digest_summary(stats, bundle, lang, brief=False)]
    breakdowns = [
        ("digest.by_category", [(_category_title(bundle.taxonomy, c, lang), n) for c, n in stats.by_category]),
        ("digest.by_severity", [(_severity_or_raw(s, lang), n) for s, n in stats.by_severity]),
        ("digest.by_status", _labelled("status", stats.by_status, lang)),
        ("digest.by_outcome", _labelled("outcome", stats.by_outcome, lang)),
        ("digest.by_source", _labelled("source", stats.by_source, lang)),
        ("digest.by_contact_channel", _labelled("contact_channel", stats.by_contact_channel, lang)),
    ]
    for title_key, rows in breakdowns:
        listed = "\n".join(f"• {name}: {count}" for name, count in rows) or t("common.none", lang)
        blocks.append(_section(f"{t(title_key, lang)}\n{listed}"))
    if stats.purged_reports:
        blocks.append(_context(t("digest.purged", lang, count=stats.purged_reports)))
    return _capped(blocks, MESSAGE_BLOCKS_MAX, lang)


def _severity_or_raw(value: str, lang: str) -> str:
    try:
        return _severity(value, lang)
    except ValueError:
        return escape(value)


def _labelled(kind: str, pairs: Iterable[tuple[Any, int]], lang: str) -> list[tuple[str, int]]:
    return [(escape(label(kind, value, lang)), count) for value, count in pairs]


def _digest_summary(stats: DigestStats, bundle: PolicyBundle, lang: str, *, brief: bool = True) -> list[Block]:
    """The headline numbers as fields (and, briefly, the top categories for the Home tab)."""
    no_data = t("digest.no_data", lang)

    def minutes(value: float | None) -> str:
        return _duration(value, lang) if value is not None else no_data

    fields = [
        t("digest.total", lang, count=stats.total_reports),
        t("digest.harassment", lang, count=stats.harassment_reports),
        t("digest.legitimate", lang, count=max(0, stats.total_reports - stats.harassment_reports)),
        t("digest.repeat_offenders", lang, count=stats.repeat_offenders),
        t("digest.acknowledge", lang, duration=minutes(stats.median_minutes_to_acknowledge)),
        t("digest.resolve", lang, duration=minutes(stats.median_minutes_to_resolve)),
    ]
    blocks = [_fields(fields)]
    if brief and stats.by_category:
        top = _join((f"{_category_title(bundle.taxonomy, c, lang)} ×{n}" for c, n in stats.by_category[:5]), lang)
        blocks.append(_context(f"{t('digest.by_category', lang)} {top}"))
    return blocks


def digest_text(stats: DigestStats, lang: str) -> str:
    """Notification text for the weekly digest."""
    return t("digest.fallback_text", lang, total=stats.total_reports, harassment=stats.harassment_reports)


__all__ = [
    "CASE_BUTTONS",
    "ReportForm",
    "case_action_line",
    "case_card",
    "case_card_text",
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
    "parse_report_submission",
    "parse_resolve_submission",
    "policy_blocks",
    "reminder_text",
    "report_modal",
    "resolve_modal",
    "triage_reply",
    "triage_reply_text",
    "validate_report",
]
