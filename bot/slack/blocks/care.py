"""The care check-in a reporter gets after their case ends, and what replaces its buttons."""

from __future__ import annotations

from bot.config import ConsultationDesk
from bot.policy.model import PolicyBundle
from bot.slack import ids
from bot.slack.blocks.primitives import Block, actions, button, consultation_desk, context, header, section
from bot.slack.i18n import t
from bot.slack.mrkdwn import escape


def care_checkin_blocks(case_id: int, ref: str, lang: str, bundle: PolicyBundle, desk: ConsultationDesk | None) -> list[Block]:
    """How are you, where to get support (the desk setting; the policy's support clause), two buttons."""
    support = bundle.policy.support.get(lang).strip()
    blocks = [
        header(t("care.title", lang)),
        section(t("care.text", lang, ref=escape(ref))),
        section(consultation_desk(desk, lang)),
    ]
    if support:
        blocks.append(section(t("care.policy", lang, text=escape(support))))
    blocks += [
        actions(
            [
                button(t("care.all_right", lang), ids.ACTION_CARE_ALL_RIGHT, value=str(case_id), style="primary"),
                button(t("care.contact_hr", lang), ids.ACTION_CARE_CONTACT_HR, value=str(case_id)),
            ],
            block_id=ids.BLOCK_CARE_ACTIONS,
        ),
        context(t("care.private", lang)),
    ]
    return blocks


def care_answered_blocks(blocks: list[Block], thanks: str) -> list[Block]:
    """The check-in as sent, its buttons replaced by the thanks (so it cannot be answered twice by mistake)."""
    kept = [b for b in blocks if b.get("block_id") != ids.BLOCK_CARE_ACTIONS]
    return [*kept[:-1], section(thanks), kept[-1]] if kept else [section(thanks)]
