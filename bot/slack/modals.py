"""Opening a modal after the ack, and telling the person when Slack would not open it.

A trigger_id lives 3 seconds and views.open may be slow or refused (internal_error,
expired_trigger_id): the listeners ack first and open the form on threads of their own
(`FormOpener`), never queued behind the long waits of the lazy listeners' shared pool; a form
that did not open is told to the person in their language (by the response_url when the
request has one, else privately in the channel, else by DM), never a silent HTTP 500.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any
from urllib.error import URLError

from slack_bolt import Ack
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.slack import ids, mrkdwn
from bot.slack.followup import ACTION, after_ack
from bot.slack.i18n import t

if TYPE_CHECKING:
    from bot.slack.context import BotContext

logger = logging.getLogger(__name__)

# Threads that only open forms (and tell the person when one did not open). The lazy listeners'
# pool also holds waits of many seconds (a long report being stored, an escalation's first
# steps, a database check): a form queued behind them would miss the trigger's 3 seconds.
FORM_THREADS = 4
SLOW_START_SECONDS = 2.0  # a form that waited this long for a thread is logged (its trigger is nearly spent)


class FormOpener:
    """A few threads of this process's own for opening forms after the ack.

    Made on first use in each process (never before a fork: gunicorn --preload), shut down
    with the app (`shutdown`, from the serving process's drain). Counts what is in flight, so
    a drain or a test can wait for quiet.
    """

    def __init__(self, threads: int = FORM_THREADS) -> None:
        self._threads = threads
        self._executor: ThreadPoolExecutor | None = None
        self._pid = 0
        self._closed = False
        self._in_flight = 0
        self._quiet = threading.Condition()

    def start(self, function: Callable[..., None], /, **kwargs: Any) -> None:
        """Run `function(**kwargs)` on a form thread (at once unless all are busy opening forms)."""
        queued = time.monotonic()

        def run() -> None:
            waited = time.monotonic() - queued
            if waited > SLOW_START_SECONDS:
                logger.warning("A form waited %.1f s for a thread: its trigger may have expired", waited)
            try:
                function(**kwargs)
            finally:
                with self._quiet:
                    self._in_flight -= 1
                    self._quiet.notify_all()

        with self._quiet:
            self._in_flight += 1
            executor = self._executor_here()
            future: Future[None] | None = None
            if executor is not None:
                with contextlib.suppress(RuntimeError):  # shut down meanwhile (interpreter exit)
                    future = executor.submit(run)
        if future is None:  # stopping: this form still opens (or the person is told), on a thread of its own
            threading.Thread(target=run, name="slack-form-late", daemon=True).start()

    def _executor_here(self) -> ThreadPoolExecutor | None:
        """This process's executor (made now if need be); None once shut down. Called under the lock."""
        if self._closed:
            return None
        if self._executor is None or self._pid != os.getpid():  # a forked child does not inherit threads
            self._executor = ThreadPoolExecutor(max_workers=self._threads, thread_name_prefix="slack-form")
            self._pid = os.getpid()
        return self._executor

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until no form is being opened or waiting to be; False if `timeout` passed first."""
        with self._quiet:
            return self._quiet.wait_for(lambda: self._in_flight == 0, timeout)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking forms (a late one runs on a thread of its own) and let those started finish."""
        with self._quiet:
            self._closed = True
            executor = self._executor if self._pid == os.getpid() else None
        if executor is not None:
            executor.shutdown(wait=wait)


def ack_then_open(ctx: BotContext, opener: Callable[..., None]) -> Callable[..., None]:
    """An ack listener that acks at once and runs `opener(body=..., client=...)` on the form threads.

    The opener must not wait on anything slow before views.open; if it fails, the person is
    told as after any ack (`after_ack`).
    """
    run = after_ack(ctx, ACTION)(opener)

    def ack_and_open(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        ctx.forms.start(run, body=body, client=client)

    return ack_and_open

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
    A call that got no answer may still have opened the form: the person is told Slack did not
    answer in time and to try again if no form appeared, never that it could not be opened.
    """
    try:
        client.views_open(trigger_id=trigger_id, view=view)
        return True
    except (SlackApiError, OSError) as exc:
        error = _why(exc)
        unanswered = _maybe_opened(exc)
    if unanswered:
        logger.warning("The %s form for %s got no answer from Slack (%s): it may have opened", form, user_id, error)
    else:
        logger.warning("The %s form for %s did not open: %s", form, user_id, error)
    with contextlib.suppress(SlackApiError, OSError):  # else `lang`, as the form would have spoken
        lang = ctx.language(user_id)  # the trigger is spent: there is time to look the locale up
    if unanswered:
        text = t(f"form_unanswered.{form}", lang, command=ids.COMMAND)
    else:
        text = t(f"form_not_opened.{form}", lang, error=mrkdwn.escape(error), command=ids.COMMAND)
    tell(ctx, client, user_id, text, response_url=response_url, channel_id=channel_id)
    return False


def _maybe_opened(exc: Exception) -> bool:
    """True when views.open may have opened the form although it failed: no answer in time, a
    connection dropped after the request went out, or a retry of such a call finding its trigger
    already used (exchanged_trigger_id). False when Slack refused, or the request never left."""
    if isinstance(exc, SlackApiError):
        return bool(exc.response.get("error") == "exchanged_trigger_id")
    never_sent = isinstance(exc, URLError) and isinstance(exc.reason, (ConnectionRefusedError, socket.gaierror))
    return not never_sent


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
