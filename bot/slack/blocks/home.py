"""The App Home tab: a reporter's own cases, open cases for managers, numbers for HR."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from bot.lifecycle import (
    CaseStatus,
)
from bot.policy.model import PolicyBundle
from bot.slack import ids, mrkdwn
from bot.slack.i18n import label, t
from bot.slack.mrkdwn import escape, one_line, quote

if TYPE_CHECKING:
    from bot.services.results import (
        CaseView,
        DigestStats,
    )

from bot.slack.blocks.digest import digest_summary
from bot.slack.blocks.primitives import (
    HOME_OPEN_CASES,
    HOME_OWN_CASES,
    PLACEHOLDER_MAX,
    VIEW_BLOCKS_MAX,
    Block,
    actions,
    button,
    capped,
    case_categories,
    context,
    divider,
    header,
    plain,
    section,
    severity_text,
)

# --- App Home ---------------------------------------------------------------------------------


def home_view(
    lang: str,
    *,
    own_cases: Sequence[CaseView],
    open_cases: Sequence[CaseView] | None,
    digest: DigestStats | None,
    bundle: PolicyBundle,
    outbox: Mapping[str, int] | None = None,
) -> Block:
    """The Home tab: the user's own reports; open cases for managers; this week's numbers for HR,
    and for HR the Slack work still waiting in the outbox when there is any."""
    blocks: list[Block] = [
        header(t("home.header", lang)),
        section(t("home.intro", lang)),
        actions([button(t("button.new_report", lang), ids.ACTION_HOME_REPORT, style="primary")]),
        divider(),
        header(t("home.own_header", lang)),
    ]
    own = sorted(own_cases, key=lambda c: c.created_at, reverse=True)[:HOME_OWN_CASES]
    blocks.extend(_own_case(case, bundle, lang) for case in own)
    if not own:
        blocks.append(context(t("home.own_empty", lang)))
    if open_cases is not None:
        blocks += [divider(), header(t("home.open_header", lang))]
        ordered = sorted(open_cases, key=lambda c: c.created_at)
        blocks.extend(_open_case(case, bundle, lang) for case in ordered[:HOME_OPEN_CASES])
        if len(ordered) > HOME_OPEN_CASES:
            blocks.append(context(t("common.more_not_shown", lang, count=len(ordered) - HOME_OPEN_CASES)))
        if not ordered:
            blocks.append(context(t("home.open_empty", lang)))
    if digest is not None:
        blocks += [divider(), header(t("home.digest_header", lang))]
        pending, failed = (outbox or {}).get("pending", 0), (outbox or {}).get("failed", 0)
        if pending or failed:
            blocks.append(section(t("home.outbox", lang, pending=pending, failed=failed)))
        blocks += digest_summary(digest, bundle, lang)
        blocks += digest_choices(lang)
    return {"type": "home", "blocks": capped(blocks, VIEW_BLOCKS_MAX, lang)}


def _home_case_line(case: CaseView, bundle: PolicyBundle, lang: str) -> str:
    categories = case_categories(case, bundle.taxonomy, lang)
    status = label("status", case.status, lang)
    return t("home.case_line", lang, ref=escape(case.ref), status=status, categories=categories)


def _own_case(case: CaseView, bundle: PolicyBundle, lang: str) -> Block:
    line = _home_case_line(case, bundle, lang)
    reported = t("home.reported", lang, when=mrkdwn.date(case.created_at, lang))
    accessory = None
    if CaseStatus(case.status) is CaseStatus.LOGGED_ONLY:  # the reporter may still tell a manager
        accessory = button(t("button.escalate_short", lang), ids.ACTION_HOME_ESCALATE, value=str(case.id))
    return section(f"{line}\n{reported}\n{quote(one_line(case.text), 200)}", accessory=accessory)


def _open_case(case: CaseView, bundle: PolicyBundle, lang: str) -> Block:
    line = _home_case_line(case, bundle, lang)
    reported = t("home.reported", lang, when=mrkdwn.date(case.created_at, lang, style="ago"))
    details = [severity_text(case.severity, lang), reported]
    if case.escalation_channel_id:
        details.append(mrkdwn.channel(case.escalation_channel_id))
    accessory = None
    if CaseStatus(case.status) is CaseStatus.LOGGED_ONLY:
        accessory = button(t("button.escalate_short", lang), ids.ACTION_HOME_ESCALATE, value=str(case.id))
    return section(f"{line}\n{' · '.join(details)}", accessory=accessory)


def digest_choices(lang: str) -> list[Block]:
    """HR's choice of week for the full digest (sent to their DM with its CSV and chart)."""
    picker: Block = {
        "type": "datepicker",
        "action_id": ids.ACTION_HOME_DIGEST_WEEK,
        "placeholder": plain(t("hr.pick_week", lang), PLACEHOLDER_MAX),
    }
    return [
        section(t("hr.choose_week", lang)),
        actions(
            [
                button(t("hr.this_week", lang), ids.ACTION_HOME_DIGEST_THIS),
                button(t("hr.last_week", lang), ids.ACTION_HOME_DIGEST_LAST),
                picker,
            ]
        ),
    ]
