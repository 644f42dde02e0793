"""The case card and what goes with it: action lines, customer history, confirmations, alerts, reminders."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.ladder import asked_to_check
from bot.lifecycle import (
    CaseStatus,
    Outcome,
    allowed_actions,
)
from bot.policy.model import PolicyBundle, Severity, Taxonomy
from bot.slack import ids, mrkdwn
from bot.slack.blocks.reminders import channel_reminder_text, reminders_section
from bot.slack.i18n import label, t
from bot.slack.mrkdwn import escape, one_line, quote, truncate
from bot.triage.result import DANGER_CATEGORIES

if TYPE_CHECKING:
    from bot.config import ConsultationDesk
    from bot.services.results import (
        CaseEventView,
        CaseSummary,
        CaseView,
        CustomerHistory,
        RegisterStanding,
    )

from bot.slack.blocks.customer import add_customer_button, customer_section
from bot.slack.blocks.primitives import (
    BUTTON_STYLE,
    CASE_BUTTONS,
    CASE_CLAUSES_SHOWN,
    CASE_LOG_ENTRIES,
    CONFIRMED_ACTIONS,
    EVENT_EMOJI,
    HISTORY_RECENT_CASES,
    MESSAGE_BLOCKS_MAX,
    SECTION_TEXT_MAX,
    SEVERITY_EMOJI,
    Block,
    actions,
    button,
    capped,
    case_categories,
    category_title,
    clause_quote,
    confirm_dialog,
    consultation_desk,
    context,
    divider,
    fields_block,
    header,
    join,
    numbered,
    person,
    section,
    severity_text,
)

# --- case card --------------------------------------------------------------------------------


def case_card(case: CaseView, standing: RegisterStanding | None, bundle: PolicyBundle, lang: str) -> list[Block]:
    """The case as posted in the escalation channel: facts, policy, customer flag and counts, status, log and actions.

    Earlier cases themselves are never on the card (every channel member reads it): managers and
    HR see them privately with "Customer history".
    """
    blocks: list[Block] = [header(_case_heading(case, lang))]
    if case.happening_now:
        blocks.append(section(t("case.happening_now", lang)))
    if asked_to_check(case.triage) and Severity(case.severity) is not Severity.CRITICAL:
        blocks.append(section(t("case.safety_check", lang)))
    if not case.harassment:
        blocks.append(section(t("case.legitimate_note", lang)))
    blocks.append(section(f"{t('case.what_happened', lang)}\n{quote(case.text, 2800)}"))
    blocks.append(fields_block(_case_facts(case, bundle, lang)))
    if case.clauses:
        shown = case.clauses[:CASE_CLAUSES_SHOWN]
        clauses = [clause_quote(bundle, c.policy, c.clause_id, lang, limit=350) for c in shown]
        blocks.append(section(t("case.clauses", lang) + "\n" + "\n".join(clauses)))
    blocks.append(section(_recommended_handling(case, bundle, lang)))
    blocks.append(divider())
    blocks.append(section(_status_line(case, lang)))
    if (sent := reminders_section(case, lang)) is not None:
        blocks.append(sent)
    blocks.append(section(_activity_log(case, lang), block_id=ids.BLOCK_CASE_LOG))
    buttons = _case_buttons(case, lang)
    if buttons:
        blocks.append(actions(buttons, block_id=ids.BLOCK_CASE_ACTIONS))
    blocks.extend(customer_section(case, standing, lang))
    return capped(blocks, MESSAGE_BLOCKS_MAX, lang)


def _case_heading(case: CaseView, lang: str) -> str:
    severity = Severity(case.severity)
    severity_label = label("severity", severity, lang)
    return t("case.header", lang, emoji=SEVERITY_EMOJI[severity], ref=case.ref, severity=severity_label)


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
    categories = case_categories(case, bundle.taxonomy, lang)
    where = [t("case.location", lang, location=escape(one_line(case.location)))] if case.location else []
    return [
        t("case.reporter", lang, user=mrkdwn.user(case.reporter_user_id)),
        t("case.source", lang, source=source),
        t("case.contact_channel", lang, channel=label("contact_channel", case.contact_channel, lang)),
        t("case.occurred", lang, when=when),
        *where,
        t("case.customer", lang, customer=customer),
        t("case.severity", lang, severity=severity_text(case.severity, lang)),
        t("case.categories", lang, categories=categories),
    ]


def _recommended_handling(case: CaseView, bundle: PolicyBundle, lang: str) -> str:
    try:
        steps = bundle.taxonomy.category(case.primary_category).handling if case.primary_category else ()
    except KeyError:
        steps = ()
    if not steps:
        steps = bundle.taxonomy.legitimate
    return f"{t('case.handling', lang)}\n{numbered(steps, lang)}"


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
        confirm = confirm_dialog(t(CONFIRMED_ACTIONS[action], lang), lang) if action in CONFIRMED_ACTIONS else None
        text = label("action", action, lang)
        # The value carries the card's version (its number of events), so that a second click on
        # the same drawing of the card is recognised as a repeat, on any worker.
        value = f"{case.id}:{len(case.events)}"
        buttons.append(button(text, action_id, value=value, style=BUTTON_STYLE.get(action), confirm=confirm))
    return buttons


def _event_text(event: CaseEventView, lang: str, *, note_limit: int) -> str:
    """One activity line, e.g. ✅ <@U1> acknowledged the case, with the outcome and the escaped note."""
    action = str(getattr(event.action, "value", event.action))
    actor = person(event.actor, lang)
    key = f"event.{action}"
    if key in _EVENT_KEYS:
        text = t(key, lang, actor=actor)
    else:
        text = t("event.other", lang, actor=actor, action=escape(action))
    if event.outcome is not None:
        text += " · " + t("case.outcome", lang, outcome=label("outcome", event.outcome, lang))
    if event.note and event.note.strip():
        text += " — " + t("common.quoted", lang, text=mrkdwn.clip(escape(one_line(event.note)), note_limit))
    return f"{EVENT_EMOJI.get(action, ':small_blue_diamond:')} {text}"


_EVENT_KEYS = frozenset(f"event.{action}" for action in EVENT_EMOJI)


def case_action_line(event: CaseEventView, lang: str) -> str:
    """One line for the case's channel thread, e.g. "✅ <@U1> acknowledged the case · 14:02"."""
    return f"{_event_text(event, lang, note_limit=500)} · {mrkdwn.date(event.at, lang, style='time')}"


def case_card_text(case: CaseView, lang: str, bundle: PolicyBundle | None = None) -> str:
    """Notification text for the case card: ref, severity, categories (with a bundle), urgency; no user text."""
    categories = case_categories(case, bundle.taxonomy if bundle else None, lang)
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
        counted = join((f"{category_title(taxonomy, c, lang)} ×{n}" for c, n in history.categories), lang)
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
        outcomes = join((f"{label('outcome', o, lang)} ×{n}" for o, n in history.outcomes), lang)
        lines.append(t("history.outcomes", lang, outcomes=outcomes))
    recent = [c for c in history.recent_cases if current is None or c.id != current.id][:HISTORY_RECENT_CASES]
    if recent:
        lines.append(t("history.recent", lang))
        lines.extend(f"• {_case_summary_line(c, taxonomy, lang)}" for c in recent)
    return "\n".join(lines)


def _case_summary_line(summary: CaseSummary, taxonomy: Taxonomy | None, lang: str) -> str:
    categories = case_categories(summary, taxonomy, lang)
    parts = [f"`{escape(summary.ref)}`", mrkdwn.date(summary.occurred_at, lang, style="date"), categories]
    if summary.outcome is None:
        parts.append(label("status", summary.status, lang))
    elif summary.harassment or summary.outcome is not Outcome.NOT_HARASSMENT:
        parts.append(label("outcome", summary.outcome, lang))
    return " · ".join(parts)


def history_blocks(
    history: CustomerHistory | None,
    query_label: str,
    lang: str,
    bundle: PolicyBundle | None = None,
    *,
    name_matches: int = 0,
) -> list[Block]:
    """The answer to `/harassment history`: facts on record, or "no record", with the purpose limitation.

    Category titles come from `bundle` when given (ids otherwise). A name is never a record:
    `name_matches` counts the cases given that name, shown as a possible match only.
    """
    shown_label = escape(truncate(one_line(query_label), 200))
    blocks = [header(t("history.header", lang)), context(t("history.lookup", lang, label=shown_label))]
    if history is None:
        blocks.append(section(t("history.none", lang, label=shown_label)))
    else:
        blocks.append(section(_history_text(history, bundle.taxonomy if bundle else None, lang)))
    if name_matches:
        blocks.append(section(t("register.name_match", lang, count=name_matches)))
    blocks.append(context(t("history.purpose", lang)))
    return blocks


# --- confirmations and alerts -----------------------------------------------------------------


def escalation_confirmation(
    case: CaseView, channel_id: str, bundle: PolicyBundle, lang: str, desk: ConsultationDesk | None = None
) -> list[Block]:
    """For the reporter: where the case went, and whom they can turn to (the consultation desk)."""
    blocks = [section(t("escalated.text", lang, ref=escape(case.ref), channel=mrkdwn.channel(channel_id)))]
    # A threat or an attack, or the reply's check for danger, asks for safety whatever the severity.
    danger = any(category in DANGER_CATEGORIES for category in case.categories) or asked_to_check(case.triage)
    if case.happening_now or danger or Severity(case.severity) is Severity.CRITICAL:
        blocks.append(section(f":rotating_light: {t('escalated.safety', lang)}"))
    blocks.append(section(f"{consultation_desk(desk, lang)}\n{t('escalated.no_disadvantage', lang)}"))
    if bundle.policy.support.get(lang).strip():
        blocks.append(context(f"{t('policy.support', lang)}\n{escape(bundle.policy.support.get(lang))}"))
    blocks.append(add_customer_button(case, lang))
    return blocks


def escalation_confirmation_text(case: CaseView, lang: str) -> str:
    """Notification text for the escalation confirmation."""
    return t("escalated.fallback_text", lang, ref=escape(case.ref))


def service_refused_notice(refused_at: dt.datetime, bundle: PolicyBundle, lang: str) -> list[Block]:
    """For the reporter: the customer of their report has been refused service, and what they may do.

    The fact and the policy, never the customer's history.
    """
    policy = bundle.policy
    stance = t("refused.stance", lang, company=escape(policy.company.get(lang)), stance=escape(policy.stance.get(lang)))
    return [
        section(t("refused.text", lang, date=mrkdwn.date(refused_at, lang, style="date"))),
        section(t("refused.steps", lang)),
        context(stance, t("refused.private", lang)),
    ]


def logged_confirmation(case: CaseView, lang: str, *, after_failed_escalation: bool = False) -> list[Block]:
    """For the reporter: the case was logged without notifying a manager, and a button to do it later.

    `after_failed_escalation`: Escalate had been pressed and failed for good; said, so the reporter
    knows nothing of it is still on its way.
    """
    later = button(t("button.escalate_short", lang), ids.ACTION_ESCALATE_LOGGED, value=str(case.id))
    failed = [context(t("logged.after_failed_escalation", lang))] if after_failed_escalation else []
    return [section(t("logged.text", lang, ref=escape(case.ref))), *failed, context(t("logged.record", lang)), actions([later])]


def logged_confirmation_text(case: CaseView, lang: str) -> str:
    """Notification text for the logged confirmation."""
    return t("logged.fallback_text", lang, ref=escape(case.ref))


def manager_alert(case: CaseView, channel_id: str, lang: str, bundle: PolicyBundle | None = None) -> list[Block]:
    """An urgent DM to managers for a case happening now or of critical severity."""
    reporter = person(case.reporter_user_id, lang)
    situation = t("alert.now" if case.happening_now else "alert.reported", lang, reporter=reporter)
    categories = case_categories(case, bundle.taxonomy if bundle else None, lang)
    if case.location:
        where = t("alert.where", lang, location=escape(one_line(case.location)))
    else:
        where = t("alert.where_unknown", lang, reporter=reporter)
    return [
        header(t("alert.header", lang, ref=case.ref)),
        section(situation),
        section(where),
        section(t("alert.severity", lang, severity=severity_text(case.severity, lang), categories=categories)),
        section(quote(case.text, 500)),
        section(t("alert.open", lang, channel=mrkdwn.channel(channel_id))),
        context(t("home.reported", lang, when=mrkdwn.date(case.created_at, lang))),
    ]


def manager_alert_text(case: CaseView, lang: str) -> str:
    """Notification text for the urgent manager DM (no user text)."""
    return t("alert.fallback_text", lang, ref=escape(case.ref), severity=label("severity", case.severity, lang))


def reminder_text(case: CaseView, minutes: float, lang: str) -> str:
    """A reminder in the case channel that nobody has acknowledged the case yet; mentions its managers."""
    return channel_reminder_text(case, minutes, case.manager_ids, lang)
