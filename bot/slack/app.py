"""Building the Bolt app: one WebClient, the services, and every listener group registered."""

from __future__ import annotations

import logging
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from bot.redaction import install_record_sanitiser, redact_library_loggers, redacted_logger
from bot.runtime import Services
from bot.slack import mrkdwn
from bot.slack.context import BotContext
from bot.slack.directory import Directory
from bot.slack.escalation import EscalationService
from bot.slack.listeners import actions, commands, customers, deliveries, events, shortcuts, views
from bot.slack.publisher import Publisher

logger = logging.getLogger(__name__)


def make_client(token: str, base_url: str, timeout: int = 10) -> WebClient:
    """A Web API client that retries rate limits and dropped connections (used after acks only).

    What still fails after these few quick retries is retried by the outbox with backoff.
    """
    return WebClient(
        token=token,
        base_url=base_url,
        timeout=timeout,
        logger=redacted_logger("slack_sdk.web.base_client"),  # it logs every call's parameters at DEBUG
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=2), ConnectionErrorRetryHandler(max_retry_count=2)],
    )


class _SameTokenNotice(logging.Filter):
    """Drops Bolt's start-up warning that SLACK_BOT_TOKEN (read by Bolt itself) is unused: our client carries it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def build_bot(services: Services, *, listener_executor: Executor | None = None) -> tuple[App, BotContext]:
    """The Bolt app with all listeners, and the context they share.

    `listener_executor` runs the work after each ack (lazy listeners); by default a pool as large
    as HTTP_THREADS (Bolt's own default is 5 threads, shared by every request in flight).
    """
    settings = services.settings
    settings.require_slack()
    mrkdwn.use_time_zone(settings.timezone)
    client = make_client(settings.slack_bot_token, settings.slack_api_url, settings.slack_timeout_seconds)
    directory = Directory(client, settings)
    publisher = Publisher(client, directory, settings, services.bundle, services.clock)
    escalation = EscalationService(
        services.cases, services.customers, services.outbox, publisher, directory, settings, services.clock
    )
    ctx = BotContext(services=services, directory=directory, publisher=publisher, escalation=escalation, client=client)
    bolt_logger = redacted_logger("slack_bolt")  # the loggers Bolt derives from it copy the redacting filter
    if not any(isinstance(f, _SameTokenNotice) for f in bolt_logger.filters):
        bolt_logger.addFilter(_SameTokenNotice())
    app = App(
        signing_secret=settings.slack_signing_secret or "socket-mode-needs-no-signing-secret",
        client=client,  # carries the bot token
        logger=bolt_logger,
        # Run each ack function on the request's own thread and answer when it returns. Bolt's
        # default runs it on the listener pool and polls for the ack every 10 ms, so acks queue
        # behind slow work after earlier acks (an escalation sleeping on a 429) and miss Slack's
        # 3 seconds. Slow work stays in lazy listeners, which still run on the pool.
        process_before_response=True,
        listener_executor=listener_executor
        or ThreadPoolExecutor(max_workers=settings.http_threads, thread_name_prefix="slack-listener"),
    )
    for group in (deliveries, commands, shortcuts, actions, views, events, customers):
        group.register(app, ctx)
    redact_library_loggers()
    install_record_sanitiser()

    @app.error
    def on_error(error: Exception, body: dict[str, Any]) -> None:
        logger.exception("Unhandled error in a listener (%s)", body.get("type") or body.get("command"), exc_info=error)

    return app, ctx
