"""Work after the ack that never fails silently: if it breaks, the person hears the truth.

`after_ack(ctx, kind)` wraps a lazy listener. While it runs, the flows note what has been
achieved (`progress().saved(case)`, `progress().escalated(case)`). If it raises, the failure is
logged with its traceback and the person who asked is told, in their language, whether their
report was saved and what to do next: by the reply's response_url when there is one, else by
direct message. A report not yet known to be saved but with a key (`progress().expect(key)`) is
looked up first: "not saved" only when the database says so, never on a guess.
"""

from __future__ import annotations

import contextvars
import functools
import inspect
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from slack_sdk.webhook import WebhookClient

from bot.services.results import CaseView
from bot.slack import ids, mrkdwn
from bot.slack.i18n import t

if TYPE_CHECKING:
    from bot.slack.context import BotContext

logger = logging.getLogger(__name__)

# Before a report's failure is told, whether it is stored is checked by its key: this many
# looks, this far apart (the database that just failed may be back in a moment).
CHECK_ATTEMPTS = 3
CHECK_PAUSE_SECONDS = 1.0

REPORT = "report"  # the work records (or acts on) a person's report
ACTION = "action"  # the work carries out someone's action on a case, or answers a question


@dataclass
class Progress:
    """What the work after an ack has achieved so far."""

    user_id: str
    kind: str
    case: CaseView | None = None  # the report, once it is stored
    reached_managers: bool = False
    ref: str = ""  # the stored report's reference, known even before its case is read back
    escalation_owed: bool = False  # its escalation is written down: the outbox finishes it and confirms
    key: str = ""  # the report's idempotency key: where to look for it before saying it was not saved
    checked: bool = False  # the key was looked up (so "not stored" is known, not assumed)

    def saved(self, case: CaseView) -> None:
        """The report is stored as `case`."""
        self.case = case
        self.ref = case.ref

    def expect(self, key: str) -> None:
        """The report in question is (or will be) stored under `key`; a failure checks there first."""
        self.key = key

    def stored_as(self, ref: str, *, escalation_owed: bool = False) -> None:
        """The report is stored under `ref` (known from the ack, before the case is read again);
        `escalation_owed`: its escalation was requested in the database too."""
        self.ref = ref
        self.escalation_owed = escalation_owed

    def owe_escalation(self) -> None:
        """The report's escalation is written down (its outbox steps): a worker finishes it and confirms."""
        self.escalation_owed = True

    def escalated(self, case: CaseView) -> None:
        """The case is with managers (channel made, card posted)."""
        self.case = case
        self.ref = case.ref
        self.reached_managers = True


_current: contextvars.ContextVar[Progress | None] = contextvars.ContextVar("after_ack_progress", default=None)


def progress() -> Progress:
    """The progress record of the work running now (a throwaway one outside `after_ack`)."""
    current = _current.get()
    return current if current is not None else Progress(user_id="", kind=ACTION)


@contextmanager
def tracking(user_id: str, kind: str) -> Iterator[Progress]:
    """Run a block with its own progress record."""
    record = Progress(user_id=user_id, kind=kind)
    token = _current.set(record)
    try:
        yield record
    finally:
        _current.reset(token)


def after_ack(ctx: BotContext, kind: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Wrap a lazy listener so that a failure is logged and told to the person who asked."""

    def wrap(function: Callable[..., None]) -> Callable[..., None]:
        # Bolt passes only the arguments the wrapped function names: without `body` a failure here
        # would not know whom to tell (a long report whose save failed was lost in silence).
        if "body" not in inspect.signature(function).parameters:
            raise TypeError(f"{function.__name__} must take `body`: after_ack tells its failures to the user in it")

        @functools.wraps(function)  # Bolt reads the wrapped signature for argument injection
        def run(**kwargs: Any) -> None:
            body = kwargs.get("body") or {}
            user_id = _user_of(body)
            with tracking(user_id, kind) as record:
                try:
                    function(**kwargs)
                except Exception:
                    logger.exception("%s failed after the ack (%s)", function.__name__, _where(record))
                    tell_failure(ctx, record, body)

        return run

    return wrap


def tell_failure(ctx: BotContext, record: Progress, body: dict[str, Any]) -> None:
    """Tell the person what happened to their request, as far as it got."""
    if not record.user_id:
        return
    try:
        lang = ctx.language(record.user_id)
    except Exception:  # noqa: BLE001 - the language look-up is itself a Slack call that may fail
        lang = ctx.quick_language(record.user_id)
    if record.kind == REPORT and not record.ref and record.key:
        check_stored(ctx, record)
    text = failure_text(record, lang, alert_minutes=ctx.settings.escalation_alert_minutes)
    response_url = body.get("response_url") if isinstance(body.get("response_url"), str) else ""
    try:
        if response_url:
            answer = WebhookClient(response_url, timeout=10).send(
                text=text, response_type="ephemeral", replace_original=False
            )
            if answer.status_code >= 300:
                raise RuntimeError(f"response_url answered {answer.status_code}")
        else:
            ctx.publisher.tell_user(record.user_id, text)
    except Exception:
        logger.exception("Could not tell %s that their request failed", record.user_id)


def check_stored(ctx: BotContext, record: Progress) -> None:
    """Look for the report under its key: found, it is saved; looks that all fail leave it unknown."""
    for attempt in range(CHECK_ATTEMPTS):
        if attempt:
            time.sleep(CHECK_PAUSE_SECONDS)
        try:
            case = ctx.services.cases.find_case_by_key(record.key)
        except Exception as exc:  # noqa: BLE001 - the database that failed may still be failing
            logger.warning("Could not check whether report %s is stored: %s", record.key, type(exc).__name__)
            continue
        record.checked = True
        if case is not None:
            record.saved(case)
        return


def failure_text(record: Progress, lang: str, *, alert_minutes: int = 0) -> str:
    """The truthful message for a failure after the ack."""
    if record.kind == REPORT and record.ref and record.escalation_owed and not record.reached_managers:
        # Owed in the database: the outbox worker keeps trying, confirms, or alerts after the minutes.
        return t("followup.saved_escalation_owed", lang, ref=mrkdwn.escape(record.ref), minutes=alert_minutes)
    if record.kind == REPORT and record.ref:
        key = "followup.saved_not_escalated" if not record.reached_managers else "followup.saved_and_escalated"
        return t(key, lang, ref=mrkdwn.escape(record.ref), command=ids.COMMAND)
    if record.kind == REPORT and record.key and not record.checked:
        return t("followup.not_checked", lang, command=ids.COMMAND)  # it may be stored: never "not saved"
    if record.kind == REPORT:
        return t("followup.not_saved", lang, command=ids.COMMAND)
    return t("followup.action_failed", lang)


def _user_of(body: dict[str, Any]) -> str:
    user = body.get("user")
    if isinstance(user, dict) and isinstance(user.get("id"), str):
        return str(user["id"])
    if isinstance(body.get("user_id"), str):
        return str(body["user_id"])
    event = body.get("event")
    if isinstance(event, dict) and isinstance(event.get("user"), str):
        return str(event["user"])
    return ""


def _where(record: Progress) -> str:
    if record.case is None:
        return f"case {record.ref} stored" if record.ref else "nothing stored"
    return f"case {record.case.id} stored" + (", managers reached" if record.reached_managers else "")
