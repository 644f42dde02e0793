"""Events: the App Home tab."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.slack import blocks
from bot.slack.context import BotContext
from bot.slack.followup import ACTION, after_ack
from bot.slack.payloads import parse_home_opened

logger = logging.getLogger(__name__)


def publish_home(ctx: BotContext, client: WebClient, user_id: str) -> None:
    """Publish the user's App Home: own reports; open cases for managers; numbers for HR."""
    lang = ctx.language(user_id)
    cases = ctx.services.cases
    is_lead = ctx.directory.may_act_on_cases(user_id)
    is_hr = ctx.directory.is_hr(user_id)
    view = blocks.home_view(
        lang,
        own_cases=cases.cases_for_reporter(user_id, limit=10),
        open_cases=cases.open_cases(limit=20) + cases.logged_cases(limit=10) if is_lead else None,
        digest=ctx.services.digest() if is_hr else None,
        bundle=ctx.bundle,
        outbox=ctx.services.outbox.backlog(ctx.services.clock()) if is_hr else None,
    )
    client.views_publish(user_id=user_id, view=view)


def register(app: App, ctx: BotContext) -> None:
    """Attach the event listeners (redeliveries are dropped by `listeners.deliveries`)."""

    def ack_only(ack: Ack) -> None:
        ack()

    def home_opened(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        opened = parse_home_opened(event)
        if opened.tab != "home":
            return
        publish_home(ctx, client, opened.user_id)

    # Published after the ack: database reads and three Web API calls must not delay it.
    app.event("app_home_opened")(ack=ack_only, lazy=[after_ack(ctx, ACTION)(home_opened)])
