"""Events: the App Home tab, and skipping Slack's redeliveries of events already taken in."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltRequest, BoltResponse
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
    view = blocks.home_view(
        lang,
        own_cases=cases.cases_for_reporter(user_id, limit=10),
        open_cases=cases.open_cases(limit=20) + cases.logged_cases(limit=10) if is_lead else None,
        digest=ctx.services.digest() if ctx.directory.is_hr(user_id) else None,
        bundle=ctx.bundle,
    )
    client.views_publish(user_id=user_id, view=view)


class DeliveryLog:
    """The latest event ids this process has taken in, to recognise Slack's redeliveries.

    Slack redelivers an event (X-Slack-Retry-Num) when the first delivery looked slow or failed,
    and Bolt does not deduplicate. In-memory and per process: with several web processes a
    redelivery may still reach another one, so event handling must stay harmless to repeat.
    """

    def __init__(self, size: int = 10_000) -> None:
        self._size = size
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, event_id: str) -> bool:
        """True the first time an event id is seen (and remember it)."""
        with self._lock:
            if event_id in self._seen:
                return False
            self._seen[event_id] = None
            if len(self._seen) > self._size:
                self._seen.popitem(last=False)
            return True


def register(app: App, ctx: BotContext) -> None:
    """Attach the event listeners."""
    deliveries = DeliveryLog()

    @app.middleware
    def skip_redelivered_events(
        request: BoltRequest, body: dict[str, Any], next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not deliveries.first_time(str(event_id)):
            retry = (request.headers.get("x-slack-retry-num") or ["?"])[0]
            logger.info("Skipping redelivery %s of event %s", retry, event_id)
            return BoltResponse(status=200, body="")
        return next()

    def ack_only(ack: Ack) -> None:
        ack()

    def home_opened(event: dict[str, Any], client: WebClient) -> None:
        opened = parse_home_opened(event)
        if opened.tab != "home":
            return
        publish_home(ctx, client, opened.user_id)

    # Published after the ack: database reads and three Web API calls must not delay it.
    app.event("app_home_opened")(ack=ack_only, lazy=[after_ack(ctx, ACTION)(home_opened)])
