"""Events: the App Home tab."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.slack import blocks
from bot.slack.context import BotContext

logger = logging.getLogger(__name__)


def publish_home(ctx: BotContext, client: WebClient, user_id: str) -> None:
    """Publish the user's App Home: own reports; open cases for managers; numbers for HR."""
    lang = ctx.language(user_id)
    cases = ctx.services.cases
    is_lead = ctx.directory.may_act_on_cases(user_id)
    view = blocks.home_view(
        lang,
        own_cases=cases.cases_for_reporter(user_id, limit=10),
        open_cases=cases.open_cases(limit=20) + cases.logged_cases(limit=10) if is_lead else None,
        digest=ctx.services.digest() if ctx.directory.is_hr(user_id) else None,
        bundle=ctx.bundle,
    )
    client.views_publish(user_id=user_id, view=view)


def register(app: App, ctx: BotContext) -> None:
    """Attach the event listeners."""

    @app.event("app_home_opened")
    def home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        publish_home(ctx, client, event["user"])
