"""Opening a modal after the ack, and telling the person when Slack would not open it.

A trigger_id lives 3 seconds and views.open may be slow or refused (internal_error,
expired_trigger_id): the listeners ack first and open the form in a lazy listener, and a form
that did not open is told to the person in their language (by the response_url when the
request has one, else privately in the channel, else by DM), never a silent HTTP 500.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING, Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.slack import ids, mrkdwn
from bot.slack.i18n import t

if TYPE_CHECKING:
    from bot.slack.context import BotContext

logger = logging.getLogger(__name__)

REPORT_FORM = "report"  # the report form: nothing is recorded until it is submitted
OTHER_FORM = "other"  # a form on a case (resolve, customer details): nothing changes until it is submitted


def open_modal(
    ctx: BotContext,
    client: WebClient,
    *,
    trigger_id: str,
    view: dict[str, Any],
    user_id: str,
    lang: str,
    form: str = REPORT_FORM,
    response_url: str = "",
    channel_id: str = "",
) -> bool:
    """views.open; when Slack refuses or does not answer, tell the person so. True when it opened.

    `lang` is the form's language (found without a Slack call, the trigger_id being short-lived).
    """
    try:
        client.views_open(trigger_id=trigger_id, view=view)
        return True
    except (SlackApiError, OSError) as exc:  # OSError: no answer in time (the form may still open)
        error = _why(exc)
    logger.warning("The %s form for %s did not open: %s", form, user_id, error)
    with contextlib.suppress(SlackApiError, OSError):  # else `lang`, as the form would have spoken
        lang = ctx.language(user_id)  # the trigger is spent: there is time to look the locale up
    text = t(f"form_not_opened.{form}", lang, error=mrkdwn.escape(error), command=ids.COMMAND)
    tell(ctx, client, user_id, text, response_url=response_url, channel_id=channel_id)
    return False


def tell(ctx: BotContext, client: WebClient, user_id: str, text: str, *, response_url: str = "", channel_id: str = "") -> None:
    """A private note: by the response_url, else an ephemeral message in the channel, else a DM."""
    if response_url:
        try:
            answer = WebhookClient(response_url, timeout=10).send(text=text, response_type="ephemeral", replace_original=False)
            if answer.status_code < 300:
                return
            logger.warning("The response_url answered %s", answer.status_code)
        except OSError as exc:
            logger.warning("The response_url did not answer (%s)", type(exc).__name__)
    if channel_id:
        try:
            client.chat_postEphemeral(channel=channel_id, user=user_id, text=text)
            return
        except (SlackApiError, OSError) as exc:
            logger.warning("Ephemeral note to %s failed: %s", user_id, _why(exc))
    try:
        ctx.publisher.tell_user(user_id, text)
    except (SlackApiError, OSError):
        logger.exception("Could not tell %s that a form did not open", user_id)


def _why(exc: Exception) -> str:
    """Slack's error code, or the kind of network failure."""
    if isinstance(exc, SlackApiError):
        return str(exc.response.get("error") or f"HTTP {exc.response.status_code}")
    return type(exc).__name__
