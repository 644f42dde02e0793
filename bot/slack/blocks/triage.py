"""The private reply to a description: what it is, why, what to do now; help and the full policy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.policy.model import CITED_IF_NO_OTHER, PolicyBundle, Severity, Text
from bot.slack import ids
from bot.slack.i18n import label, t
from bot.slack.mrkdwn import escape, one_line, quote, truncate
from bot.triage.danger import PASSAGE_CHARS
from bot.triage.result import DANGER_CATEGORIES
from bot.triage.text import MAX_ANALYSED_CHARS

if TYPE_CHECKING:
    from bot.config import ConsultationDesk
    from bot.triage.axes import Axes
    from bot.triage.result import CategoryScore, TriageResult

from bot.slack.blocks.primitives import (
    DRAFT_MAX,
    MESSAGE_BLOCKS_MAX,
    SAFETY_STEPS_SHOWN,
    SEVERITY_EMOJI,
    TRIAGE_CATEGORIES_SHOWN,
    Block,
    actions,
    button,
    capped,
    category_title,
    category_titles,
    clause_quote,
    consequence_title,
    consultation_desk,
    context,
    divider,
    header,
    join,
    numbered,
    packed_sections,
    phrases,
    quoted_words,
    section,
    severity_text,
)

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
        negated = phrases(result.discounted, lang)
        notes.append(t("triage.not_counted", lang, phrases=negated))
    if result.truncated:
        notes.append(t("triage.truncated", lang, limit=MAX_ANALYSED_CHARS))
    if notes:
        blocks.append(context(*notes))
    blocks.append(_triage_actions(result, bundle, lang, draft, details))
    return blocks


def _harassment_blocks(result: TriageResult, bundle: PolicyBundle, lang: str) -> list[Block]:
    blocks: list[Block] = []
    critical = result.severity is Severity.CRITICAL
    if critical:
        # Safety first: the banner and the steps for this danger before anything else.
        blocks.append(section(t("triage.safety", lang)))
        blocks.append(_safety_steps(result, bundle, lang))
        if result.reporter == "on_behalf":
            blocks.append(section(t("triage.role.on_behalf", lang)))
    elif result.safety_check:
        # A threat or an attack the floor's phrases did not name: check for danger before reading on.
        blocks.append(_safety_check(result, lang))
    if critical and result.safety is None and result.danger is not None and result.danger.passages:
        # Critical because the danger reader is sure: quote what made it so, under the banner.
        blocks.insert(1, _passage_block(result.danger.passages[0], lang))
    severity = label("severity", result.severity, lang)
    blocks.append(header(f"{SEVERITY_EMOJI[result.severity]} {t('triage.header', lang, severity=severity)}"))
    if result.unsure and not critical:
        blocks.append(_unsure(result, bundle, lang))
    blocks.append(
        section(
            t(
                "triage.summary",
                lang,
                categories=category_titles(bundle.taxonomy, result.category_ids, lang),
                severity=severity_text(result.severity, lang),
            )
        )
    )
    for score in result.categories[:TRIAGE_CATEGORIES_SHOWN]:
        blocks.append(_triage_category(score, result, bundle, lang, penal_code=not critical))
    hidden = result.category_ids[TRIAGE_CATEGORIES_SHOWN:]
    if hidden:
        also = category_titles(bundle.taxonomy, hidden, lang)
        blocks.append(context(t("triage.also_matched", lang, categories=also)))
    if result.possible:
        possible = category_titles(bundle.taxonomy, (c.category for c in result.possible), lang)
        blocks.append(context(t("triage.possible", lang, categories=possible)))
    if result.axes is not None:
        blocks.append(_axes(result.axes, result.harassment, lang))
    if not critical:
        blocks.append(divider())
        if result.reporter in ("on_behalf", "forwarded"):
            blocks.append(section(t(f"triage.role.{result.reporter}", lang)))
        blocks.append(_what_to_do(bundle, most_severe_category(result, bundle), lang))
        blocks.append(_company_stance(bundle, lang))
    return blocks


def _safety_check(result: TriageResult, lang: str) -> Block:
    """Check for danger first: because the reading is a threat or an attack, or because of the
    danger reader's passage (bot.triage.danger), quoted whole (up to its PASSAGE_CHARS)."""
    if any(c in DANGER_CATEGORIES for c in result.category_ids):
        return section(t("triage.safety_check", lang))
    passages = result.danger.passages if result.danger is not None else ()
    if not passages:  # the reader's check without a sentence to quote (a reading of no threat)
        return section(t("triage.safety_check_reader", lang))
    return _passage_block(passages[0], lang)


def _passage_block(passage: str, lang: str) -> Block:
    """Check for danger first, quoting the danger reader's passage escaped (its own length, not evidence's 80 characters)."""
    quoted = t("common.quoted", lang, text=escape(truncate(one_line(passage), PASSAGE_CHARS + 2)))
    return section(t("triage.safety_check_words", lang, passage=quoted))


def _company_stance(bundle: PolicyBundle, lang: str) -> Block:
    """The company's one stance on consequences, as written, under a note that the steps above are ours."""
    policy = bundle.policy
    stance = t("triage.stance", lang, company=escape(policy.company.get(lang)), stance=escape(policy.stance.get(lang)))
    return context(t("triage.handling_ours", lang), stance)


def _axes(axes: Axes, harassment: bool, lang: str) -> Block:
    """The two-axis reading, one line each, and what it adds up to."""
    lines = []
    for name, reading in (("demand", axes.demand), ("manner", axes.manner)):
        evidence = t("triage.axis_evidence", lang, phrases=quoted_words(reading.evidence, lang)) if reading.evidence else ""
        lines.append(t(f"triage.{name}.{reading.verdict.value}", lang, evidence=evidence))
    lines.append(t("triage.axes.harassment" if harassment else "triage.axes.legitimate", lang))
    return context("\n".join(lines))


def _unsure(result: TriageResult, bundle: PolicyBundle, lang: str) -> Block:
    """A close call: both readings and the two questions that decide it."""
    percent = round(100 * result.confidence)
    alternatives = result.category_ids or tuple(c.category for c in result.alternatives)
    lines = [t("triage.unsure", lang, percent=percent)]
    if alternatives:
        lines.append(t("triage.unsure.as_harassment", lang, categories=category_titles(bundle.taxonomy, alternatives, lang)))
    lines.append(t("triage.unsure.as_legitimate", lang))
    lines.append(t("triage.unsure.questions", lang))
    return section("\n".join(lines))


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
        severest = most_severe_category(result, bundle)
        if severest not in DANGER_CATEGORIES and result.danger is not None and result.danger.strong:
            severest = "threats_intimidation"  # the danger reader's call: a threat's steps, not (say) discrimination's
        steps = list(bundle.taxonomy.category(severest).handling)
    text = f"{t('triage.what_now', lang)}\n{numbered(steps[:SAFETY_STEPS_SHOWN], lang)}"
    script = next((g.script.get(lang) for g in guidance if g.script.get(lang).strip()), "")
    if script:
        text += f"\n{t('triage.say_to_leave', lang)}\n{quote(script, 600)}"
    return section(text)


def _triage_category(
    score: CategoryScore, result: TriageResult, bundle: PolicyBundle, lang: str, *, penal_code: bool = True
) -> Block:
    """One matched category: title, the words that led to it, its policy clauses, penal code."""
    lines = [f"*{category_title(bundle.taxonomy, score.category, lang)}*"]
    if score.evidence:
        lines.append(t("triage.why", lang, phrases=phrases(score.evidence, lang)))
    for match in result.clauses:
        if score.category in match.categories:
            lines.append(clause_quote(bundle, match.policy, match.clause_id, lang))
    try:
        articles = bundle.taxonomy.category(score.category).penal_code if penal_code else ()
    except KeyError:
        articles = ()
    if articles:
        listed = join((t("triage.article", lang, number=escape(a)) for a in articles), lang)
        lines.append(t("triage.penal_code", lang, articles=listed))
    laws = bundle.taxonomy.category(score.category).laws if penal_code else ()
    if laws:
        lines.append(t("triage.laws", lang) + "".join(f"\n• {escape(law.get(lang))}" for law in laws))
    return section("\n".join(lines))


def _what_to_do(bundle: PolicyBundle, category_id: str, lang: str) -> Block:
    """The primary category's handling steps, numbered, and the script to say."""
    category = bundle.taxonomy.category(category_id)
    text = f"{t('triage.what_now', lang)}\n{numbered(category.handling, lang)}"
    if category.script.get(lang).strip():
        text += f"\n{t('triage.say', lang)}\n{quote(category.script.get(lang), 600)}"
    return section(text)


def _legitimate_blocks(result: TriageResult, bundle: PolicyBundle, lang: str) -> list[Block]:
    taxonomy = bundle.taxonomy
    blocks = [header(f":speech_balloon: {t('triage.legitimate_header', lang)}")]
    if result.safety_check:  # the danger reader's words, whatever the reading
        blocks.insert(0, _safety_check(result, lang))
    if result.unsure:
        blocks.append(_unsure(result, bundle, lang))
    blocks.append(section(t("triage.legitimate", lang)))
    if result.axes is not None:
        blocks.append(_axes(result.axes, result.harassment, lang))
    how = t("triage.how_to_handle", lang)
    if taxonomy.legitimate:
        how += "\n" + numbered(taxonomy.legitimate, lang)
    if taxonomy.legitimate_script.get(lang).strip():
        how += f"\n{t('triage.say', lang)}\n{quote(taxonomy.legitimate_script.get(lang), 600)}"
    blocks.append(section(how))
    if result.legitimate_signals:
        quoted = (t("common.quoted", lang, text=escape(truncate(one_line(s), 60))) for s in result.legitimate_signals)
        signals = join(quoted, lang)
        blocks.append(context(t("triage.complaint_signals", lang, signals=signals)))
    return blocks


def _triage_actions(result: TriageResult, bundle: PolicyBundle, lang: str, draft: str, details: bool) -> Block:
    critical = result.severity is Severity.CRITICAL
    buttons = [button(t("button.escalate", lang), ids.ACTION_ESCALATE, value=draft, style="danger" if critical else "primary")]
    if not critical:  # "Log only" does not help anyone in danger
        buttons.append(button(t("button.log_only", lang), ids.ACTION_LOG_ONLY, value=draft))
    buttons.append(button(t("button.show_policy", lang), ids.ACTION_SHOW_POLICY, value=bundle.policy.id))
    if details:
        buttons.append(button(t("button.open_report", lang), ids.ACTION_OPEN_REPORT, value=draft))
    return actions(buttons)


def triage_reply_text(result: TriageResult, bundle: PolicyBundle, lang: str) -> str:
    """Notification text for the triage reply (no user text)."""
    if result.harassment:
        categories = category_titles(bundle.taxonomy, result.category_ids, lang)
        summary = f"{label('severity', result.severity, lang)} · {categories}"
    else:
        summary = t("triage.legitimate_header", lang)
    return t("triage.fallback_text", lang, summary=summary)


# --- help and policy --------------------------------------------------------------------------


def help_blocks(lang: str, command: str = ids.COMMAND, desk: ConsultationDesk | None = None) -> list[Block]:
    """Usage of the slash command and the message shortcut, what the bot does with a report, whom to turn to."""
    command = escape(command)
    keys = ("help.describe", "help.report", "help.history", "help.digest", "help.help")
    usage = [t(key, lang, command=command) for key in keys]
    return [
        header(t("help.header", lang)),
        section(t("help.intro", lang)),
        section(t("help.commands", lang) + "\n" + "\n".join(f"• {line}" for line in usage)),
        section(f"• {t('help.shortcut', lang)}"),
        section(t("help.what_it_does", lang)),
        section(consultation_desk(desk, lang)),
        context(t("help.privacy", lang)),
    ]


def policy_blocks(bundle: PolicyBundle, lang: str) -> list[Block]:
    """The full active policy: definition, every clause with its categories and consequences, stance, support."""
    policy = bundle.policy
    paragraphs = [f"{t('policy.definition', lang)}\n{escape(policy.definition.get(lang))}", t("policy.clauses", lang)]
    for clause in policy.clauses:
        lines = [f"*{escape(clause.id)}* {escape(clause.text.get(lang))}"]
        lines.append(t("policy.covers", lang, categories=category_titles(bundle.taxonomy, clause.categories, lang)))
        if clause.cited == CITED_IF_NO_OTHER:
            lines.append(t("policy.summary_clause", lang))
        if clause.condition.get(lang):
            lines.append(t("policy.condition", lang, condition=escape(clause.condition.get(lang))))
        if clause.consequences:
            consequences = join((consequence_title(bundle, c, lang) for c in clause.consequences), lang)
            lines.append(t("policy.consequences", lang, consequences=consequences))
        paragraphs.append("\n".join(lines))
    if bundle.fallback is not None:
        paragraphs.append(t("policy.fallback", lang, policy=escape(bundle.fallback.title.get(lang))))
    paragraphs.append(f"{t('policy.stance', lang)}\n{escape(policy.stance.get(lang))}")
    paragraphs.append(f"{t('policy.support', lang)}\n{escape(policy.support.get(lang))}")
    meta = t("policy.meta", lang, company=escape(policy.company.get(lang)), version=escape(policy.version))
    notes = [meta, escape(policy.note.get(lang))] if policy.note.get(lang) else [meta]
    blocks = [header(policy.title.get(lang)), context(*notes), *packed_sections(paragraphs)]
    return capped(blocks, MESSAGE_BLOCKS_MAX, lang)
