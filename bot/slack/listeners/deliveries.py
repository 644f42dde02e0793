"""Middleware: a delivery already taken in by any worker (a retry, a replay) is acked and dropped."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from sqlalchemy.exc import SQLAlchemyError

from bot.slack.context import BotContext
from bot.slack.listeners.commands import split_command
from bot.slack.payloads import delivery_key

logger = logging.getLogger(__name__)


def register(app: App, ctx: BotContext) -> None:
    """Attach the exactly-once middleware (shared by every worker through the database)."""

    @app.middleware
    def skip_repeated_deliveries(
        request: BoltRequest, body: dict[str, Any], next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        found = delivery_key(body)
        if found is None or _answers_only(body):
            return next()
        kind, key = found
        try:
            first = ctx.services.deliveries.first_time(key, kind, ctx.services.clock())
        except SQLAlchemyError as exc:  # the database is unwell: handle it (listeners say what failed)
            logger.warning("Could not check a %s delivery for repeats: %s", kind, type(exc).__name__)
            return next()
        if not first:
            retry = (request.headers.get("x-slack-retry-num") or ["-"])[0]
            logger.info("Skipping a repeated %s delivery (retry %s)", kind, retry)
            return BoltResponse(status=200, body="")
        return next()


def _answers_only(body: dict[str, Any]) -> bool:
    """A slash command with a description: its ack is the triage reply, and what it may store (a
    long description) is stored under the command's own key, so a replay changes nothing and the
    ack path is spared a database write."""
    command = body.get("command")
    text = body.get("text")
    if not isinstance(command, str) or not isinstance(text, str):
        return False
    sub, rest = split_command(text)
    return sub == "" and bool(rest)
