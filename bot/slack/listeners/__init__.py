"""Listener groups (commands, shortcuts, actions, views, events), each with a `register(app, ctx)`."""

from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError

from bot.slack import mrkdwn

logger = logging.getLogger(__name__)


def failure_reason(exc: Exception) -> str:
    """Why something failed, for the person who asked: Slack's error code, never the request details."""
    if isinstance(exc, SlackApiError):
        return mrkdwn.escape(f"Slack answered “{exc.response.get('error') or 'an error'}”.")
    return mrkdwn.escape(str(exc))
