"""Listener groups (commands, shortcuts, actions, views, events), each with a `register(app, ctx)`."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.slack import mrkdwn

logger = logging.getLogger(__name__)


def logged(function: Callable[..., None]) -> Callable[..., None]:
    """A lazy listener whose failure is logged with its traceback.

    Bolt runs lazy listeners after the ack and logs only the exception's message when one fails.
    Bolt still sees the original signature (it unwraps), so argument injection is unchanged.
    """

    @functools.wraps(function)
    def run(**kwargs: Any) -> None:
        try:
            function(**kwargs)
        except Exception:
            logger.exception("%s failed after the ack", function.__name__)

    return run


def failure_reason(exc: Exception) -> str:
    """Why something failed, for the person who asked: Slack's error code, never the request details."""
    if isinstance(exc, SlackApiError):
        return mrkdwn.escape(f"Slack answered “{exc.response.get('error') or 'an error'}”.")
    return mrkdwn.escape(str(exc))
