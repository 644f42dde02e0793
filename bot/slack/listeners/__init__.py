"""Listener groups (commands, shortcuts, actions, views, events), each with a `register(app, ctx)`."""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError

from bot.lifecycle import IllegalTransition, allowed_actions
from bot.slack import mrkdwn
from bot.slack.i18n import MESSAGES, join_labels, label, t

logger = logging.getLogger(__name__)


def failure_reason(exc: Exception, lang: str = "en") -> str:
    """Why something failed, for the person who asked, in their language: never the request details."""
    if isinstance(exc, SlackApiError):
        return t("reason.slack", lang, error=mrkdwn.escape(str(exc.response.get("error") or "error")))
    if isinstance(exc, IllegalTransition):
        allowed = join_labels("action", allowed_actions(exc.status), lang) or t("common.none", lang)
        return t("reason.illegal_transition", lang, status=label("status", exc.status, lang), allowed=allowed)
    code = getattr(exc, "code", "")
    if code and f"reason.{code}" in MESSAGES:
        fields = {k: mrkdwn.escape(v) for k, v in getattr(exc, "fields", {}).items()}
        return t(f"reason.{code}", lang, **fields)
    return mrkdwn.escape(str(exc)) if lang == "en" else t("reason.unexpected", lang)
