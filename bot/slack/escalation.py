"""Escalation: a private channel per case, the right people in it, and the case card, via the outbox.

Escalating writes the steps it owes into the outbox (`bot.services.outbox`), claiming the
case in the database before any channel exists, then carries them out here, each step
idempotent: a channel already made for the case is adopted, not made twice; invitations are
checked against `conversations.members`; a card already in the channel is found, not posted
again. What a listener cannot finish in a few seconds a worker finishes later (`OutboxRunner`).
The reporter hears "escalated" only when a manager is in the channel and the card is posted.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.config import Settings
from bot.db.models import StepState
from bot.ladder import asked_to_check, is_urgent
from bot.lifecycle import Surface
from bot.services.cases import CaseService
from bot.services.customers import CustomerService
from bot.services.outbox import (
    AFTERWARDS,
    ALERT_MANAGERS,
    CONFIRM,
    CREATE_CHANNEL,
    FALLBACK_ALERT,
    INVITE,
    POST_CARD,
    REACHING_MANAGERS,
    SWEEP_CARDS,
    OutboxService,
    StepView,
    failure_reason_of,
    reached_managers,
)
from bot.services.results import CaseView, RegisterStanding
from bot.slack import blocks, ids, mrkdwn
from bot.slack.directory import Directory
from bot.slack.i18n import t
from bot.slack.listeners import failure_reason
from bot.slack.publisher import Publisher

logger = logging.getLogger(__name__)

MAX_NAME_ATTEMPTS = 20
MAX_CHANNEL_MOVES = 3
CARD_HISTORY_WINDOW = 200  # messages read back when looking for a case's cards in its own channel
LOCK_STRIPES = 64  # per-case serialisation of card redraws in this process, in a fixed number of locks
# Slack errors worth another try later; anything else is a refusal that needs a person.
TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout", "team_not_found"}
)
CHANNEL_LOST = frozenset({"is_archived", "channel_not_found"})

Confirm = Callable[[CaseView, str], None]  # tells whoever asked that the case reached managers


class EscalationError(RuntimeError):
    """Slack refused something escalation needs for good; the message says what and what to do.

    `code` names the reason for the person who asked (an i18n `reason.<code>` message), `fields`
    fill it in.
    """

    def __init__(self, message: str, code: str = "", **fields: str) -> None:
        super().__init__(message)
        self.code = code
        self.fields = fields


class ChannelLost(RuntimeError):
    """The case channel was archived or deleted: a new one is made."""


@dataclass(frozen=True)
class Escalation:
    """Where an escalation stands after the asking listener's turn at it."""

    case: CaseView
    channel_id: str | None
    reached_managers: bool  # a manager is in the channel and the card is posted
    problem: str | None = None  # why a step failed for good (it waits for a repair or another Escalate)
    claimed: bool = False  # this request wrote the steps (False: the case was already being escalated)
    problem_code: str = ""  # the problem as an i18n `reason.<code>` message, filled in by `problem_fields`
    problem_fields: Mapping[str, str] = field(default_factory=dict, compare=False)

    def failure(self) -> EscalationError | None:
        """The problem as an error that carries its reason code (None when there is no problem)."""
        if self.problem is None:
            return None
        return EscalationError(self.problem, self.problem_code, **self.problem_fields)


class EscalationService:
    """Creates case channels, invites reporter and managers, posts and updates case cards."""

    def __init__(
        self,
        cases: CaseService,
        customers: CustomerService,
        outbox: OutboxService,
        publisher: Publisher,
        directory: Directory,
        settings: Settings,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._cases = cases
        self._customers = customers
        self._outbox = outbox
        self._publisher = publisher
        self._client: WebClient = publisher.client
        self._directory = directory
        self._settings = settings
        self._clock = clock
        self._locks = tuple(threading.Lock() for _ in range(LOCK_STRIPES))
        self._bot_user_id: str | None = None
        self.runner = OutboxRunner(self, outbox, clock)

    # --- asking --------------------------------------------------------------------------

    def escalate(
        self,
        case_id: int,
        actor: str,
        surface: Surface,
        *,
        confirm: Confirm | None = None,
        wait_seconds: float | None = None,
        owed: Callable[[], None] | None = None,
    ) -> Escalation:
        """Owe the escalation in the database, then carry it out for up to `wait_seconds`.

        `confirm` is called once the case is with managers (else a worker confirms later by DM);
        `owed` once its steps are written (from then on a worker finishes it whatever happens here).
        Pressing Escalate again re-runs what is missing (invitations, a lost card, failed steps).
        """
        if not self._managers():
            raise EscalationError("No manager is configured (MANAGER_USER_IDS / MANAGER_USERGROUP_ID).", code="no_manager")
        case = self._cases.get_case(case_id)
        claimed = self.request(case, actor, surface)
        if owed is not None:
            owed()
        wait = self._settings.escalation_wait_seconds if wait_seconds is None else wait_seconds
        return self.finish(case_id, confirm=confirm, wait_seconds=wait, claimed=claimed)

    def request(self, case: CaseView, actor: str, surface: Surface, *, before_ack: bool = False) -> bool:
        """Write the escalation's steps (or re-arm the missing ones); True when this call claimed the case.

        No Slack call: safe before an ack (`before_ack` makes the database wait briefly).
        """
        # Managers hear at once of a critical case, one happening now, or one whose reply asked to
        # check for danger first (the floor's phrases did not name it, but it may be a danger).
        urgent = is_urgent(case.severity, case.happening_now, danger_check=asked_to_check(case.triage))
        return self._outbox.request_escalation(case.id, actor, surface, self._clock(), urgent=urgent, before_ack=before_ack)

    def finish(
        self, case_id: int, *, confirm: Confirm | None = None, wait_seconds: float = 0.0, claimed: bool = False
    ) -> Escalation:
        """Run the case's due steps for up to `wait_seconds`; where the escalation then stands."""
        steps = self.runner.run_case(case_id, time.monotonic() + wait_seconds, confirm=confirm)
        case = self._cases.get_case(case_id)
        failed = [s for s in steps if s.state is StepState.FAILED and s.kind not in AFTERWARDS]
        code, fields = failure_reason_of(failed[0]) if failed else ("", {})
        return Escalation(
            case=case,
            channel_id=case.escalation_channel_id,
            reached_managers=reached_managers(steps),
            problem=failed[0].last_error if failed else None,
            claimed=claimed,
            problem_code=code,
            problem_fields=fields,
        )

    # --- the steps, each harmless to repeat ----------------------------------------------------

    def run_step(self, step: StepView, confirm: Confirm | None = None) -> Mapping[str, Any]:
        """Carry out one outbox step on Slack; returns what to keep as its result."""
        case = self._cases.get_case(step.case_id)
        if step.kind == CREATE_CHANNEL:
            return self._create_channel(case, step)
        channel = case.escalation_channel_id
        if step.kind == FALLBACK_ALERT:
            return self._fallback_alert(case)
        if not channel:
            raise EscalationError("the case has no channel yet")
        if step.kind == INVITE:
            return self._invite(case, channel)
        if step.kind == POST_CARD:
            return self._post_card_once(case, channel, step)
        if step.kind == SWEEP_CARDS:
            return self._sweep_cards(case)
        if step.kind == ALERT_MANAGERS:
            return self._alert_managers(case, channel, step)
        if step.kind == CONFIRM:
            return self._confirm(case, channel, step, confirm)
        raise EscalationError(f"unknown outbox step {step.kind!r}")

    def _create_channel(self, case: CaseView, step: StepView) -> Mapping[str, Any]:
        moves = int((step.result or {}).get("moves", 0))
        if case.escalation_channel_id and not (step.result or {}).get("lost"):
            return {"channel_id": case.escalation_channel_id, "moves": moves}  # made earlier (a retry after the record)
        managers = self._managers()
        if not managers:
            raise EscalationError("No manager is configured (MANAGER_USER_IDS / MANAGER_USERGROUP_ID).", code="no_manager")
        channel_id = self._make_channel(case)
        actor = str(step.payload.get("actor") or case.reporter_user_id)
        surface = Surface(str(step.payload.get("surface") or Surface.BUTTON.value))
        if case.escalation_channel_id:  # the old channel was lost: move the case to the new one
            stored = self._cases.move_to_channel(case.id, channel_id, self._clock())
        else:
            stored = self._cases.mark_escalated(case.id, actor, channel_id, managers, surface, self._clock())
        if stored.escalation_channel_id != channel_id:
            # Another worker recorded its channel first (a lease that ran out): that one stands.
            self._archive(channel_id, case.ref)
        return {"channel_id": str(stored.escalation_channel_id), "moves": moves}

    def _make_channel(self, case: CaseView) -> str:
        for attempt in range(MAX_NAME_ATTEMPTS):
            name = self.channel_name(case.ref, attempt)
            try:
                response = self._client.conversations_create(name=name, is_private=True)
                return str(response["channel"]["id"])
            except SlackApiError as exc:
                error = str(exc.response.get("error"))
                if error != "name_taken":
                    self._raise_if_retryable(exc)
                    raise EscalationError(
                        f"Slack refused to create channel #{name}: {error}", code="channel_refused", name=name, error=error
                    ) from exc
            adopted = self._own_unused_channel(name, case)
            if adopted:
                logger.info("Case %s adopts channel %s made by an earlier try", case.id, adopted)
                return adopted
        raise EscalationError(
            f"Every channel name for case {case.ref} is taken; archive old case channels.", code="names_taken", ref=case.ref
        )

    def _own_unused_channel(self, name: str, case: CaseView) -> str | None:
        """The bot's own private channel of that name if no other case uses it (an earlier try made it)."""
        cursor = ""
        while True:
            page = self._client.conversations_list(types="private_channel", limit=200, cursor=cursor or None)
            for channel in page.get("channels") or []:
                if channel.get("name") != name or channel.get("is_archived"):
                    continue
                if channel.get("creator") not in (None, self.bot_user_id()):
                    return None
                user = self._cases.find_case_by_channel(str(channel["id"]))
                return str(channel["id"]) if user is None or user.id == case.id else None
            cursor = str((page.get("response_metadata") or {}).get("next_cursor") or "")
            if not cursor:
                return None

    def _invite(self, case: CaseView, channel_id: str) -> Mapping[str, Any]:
        managers = self._managers()
        wanted = [u for u in dict.fromkeys([case.reporter_user_id, *managers]) if u and u != self.bot_user_id()]
        members = self.members(channel_id)
        missing = [u for u in wanted if u not in members]
        refused: dict[str, str] = {}
        if missing:
            try:
                self._client.conversations_invite(channel=channel_id, users=",".join(missing))
            except SlackApiError as exc:
                self._raise_if_retryable(exc)
                # One bad id must not keep the others out; and "already_in_channel" for people the
                # member list says are missing is checked one by one too.
                for user_id in missing:
                    try:
                        self._client.conversations_invite(channel=channel_id, users=user_id)
                    except SlackApiError as one:
                        self._raise_if_retryable(one)
                        if one.response.get("error") != "already_in_channel":
                            refused[user_id] = str(one.response.get("error"))
            members = self.members(channel_id)
        present = [m for m in managers if m in members]
        if not present:
            detail = ", ".join(f"{user} {error}" for user, error in refused.items()) or "none is in the channel"
            raise EscalationError(
                f"No responsible manager could be added to the case channel ({detail}).",
                code="managers_not_added",
                detail=detail,
            )
        if refused:
            logger.warning("Case %s: %d invitation(s) refused: %s", case.id, len(refused), sorted(set(refused.values())))
        return {"managers": present, "refused": refused}

    @staticmethod
    def _raise_if_retryable(exc: SlackApiError) -> None:
        """Re-raise what the outbox should retry (rate limits, Slack errors) or what means the channel is gone."""
        error = str(exc.response.get("error"))
        if error in CHANNEL_LOST:
            raise ChannelLost(error) from exc
        if _transient(exc):
            raise exc

    def members(self, channel_id: str) -> set[str]:
        """Who is in the channel now (ChannelLost when it was archived or deleted)."""
        try:
            info = self._client.conversations_info(channel=channel_id)
            if (info.get("channel") or {}).get("is_archived"):
                raise ChannelLost("is_archived")
            members: set[str] = set()
            cursor = ""
            while True:
                page = self._client.conversations_members(channel=channel_id, limit=200, cursor=cursor or None)
                members.update(str(m) for m in page.get("members") or [])
                cursor = str((page.get("response_metadata") or {}).get("next_cursor") or "")
                if not cursor:
                    return members
        except SlackApiError as exc:
            if exc.response.get("error") in CHANNEL_LOST:
                raise ChannelLost(str(exc.response.get("error"))) from exc
            raise

    def _post_card_once(self, case: CaseView, channel_id: str, step: StepView) -> Mapping[str, Any]:
        """The card, posted once: one already in the channel (an earlier try's) is adopted, duplicates deleted.

        A post that got no answer may land late, after a retry posted another card; so such a
        post is looked for again only after a longer wait (`card_recheck_seconds`), and a
        card posted after one is followed by a sweep of the channel (SWEEP_CARDS).
        """
        if case.card_location and case.card_channel_id == channel_id:
            return {"ts": case.card_ts}
        found = self._cards_in_channel(case, channel_id)
        if found:
            kept, deleted = self._keep_one_card(case, channel_id, found)
            result: dict[str, Any] = {"ts": kept, "found": True, **({"deleted": deleted} if deleted else {})}
        else:
            try:
                case = self.post_card(case)
            except SlackApiError as exc:
                if exc.response.get("error") in CHANNEL_LOST:
                    raise ChannelLost(str(exc.response.get("error"))) from exc
                raise
            except OSError:  # it may have been posted: the retry looks for it, later than usual
                self._outbox.note_progress(step, {"unanswered": True})
                raise
            result = {"ts": case.card_ts}
        if (step.result or {}).get("unanswered"):  # a post that got no answer may still land: sweep later
            now = self._clock()
            due = now + dt.timedelta(seconds=self.card_recheck_seconds())
            self._outbox.owe(case.id, SWEEP_CARDS, due, now)
            result["sweep_at"] = due.isoformat()
        return result

    def card_recheck_seconds(self) -> float:
        """How long after a card post got no answer to look for it (twice the Slack client's timeout)."""
        return 2.0 * float(self._settings.slack_timeout_seconds)

    def _sweep_cards(self, case: CaseView) -> Mapping[str, Any]:
        """After a card post that got no answer: keep one card in the channel, delete the others.

        A cleanup only: a channel found archived or deleted ends it as done (with no cards to
        tidy there), never a new channel for the case.
        """
        if case.card_location is None:
            return {"kept": None}
        channel_id, _ = case.card_location
        try:
            found = self._cards_in_channel(case, channel_id)
            if not found:
                return {"kept": None}
            kept, deleted = self._keep_one_card(case, channel_id, found)
        except ChannelLost as exc:
            logger.warning("Case %s: channel %s is lost (%s); its cards need no sweep", case.id, channel_id, exc)
            return {"kept": None, "channel_lost": str(exc)}
        except SlackApiError as exc:  # redrawing the kept card after the deletions
            if exc.response.get("error") not in CHANNEL_LOST:
                raise
            logger.warning("Case %s: channel %s is lost (%s); its cards need no sweep", case.id, channel_id, exc.response.get("error"))
            return {"kept": None, "channel_lost": str(exc.response.get("error"))}
        return {"kept": kept, "deleted": deleted}

    def _keep_one_card(self, case: CaseView, channel_id: str, found: list[str]) -> tuple[str, list[str]]:
        """Of the case's cards in the channel keep the recorded one (else the oldest), delete the rest."""
        kept = case.card_ts if case.card_channel_id == channel_id and case.card_ts in found else found[0]
        deleted = []
        for ts in found:
            if ts == kept:
                continue
            try:
                self._client.chat_delete(channel=channel_id, ts=ts)
            except SlackApiError as exc:
                self._raise_if_retryable(exc)
                if exc.response.get("error") != "message_not_found":
                    logger.error("Case %s: could not delete duplicate card %s: %s", case.id, ts, exc.response.get("error"))
                    continue
            deleted.append(ts)
        if case.card_ts != kept or case.card_channel_id != channel_id:
            self._cases.record_card(case.id, channel_id, kept)
        if deleted:
            logger.warning("Case %s: %d duplicate card(s) deleted (%s); kept %s", case.id, len(deleted), deleted, kept)
            self.refresh_card(case.id)  # an action pressed on a deleted card shows on the kept one
        return kept, deleted

    def _cards_in_channel(self, case: CaseView, channel_id: str) -> list[str]:
        """The ts of every card of this case in its channel, oldest first (earlier tries' included).

        A card of this case is the bot's own top-level message with the card's activity block
        and this case's reference in its heading or its id on its action buttons (or, drawn
        before that block existed, the case's card notification text). Another case's card in
        the same channel is never counted (nor adopted, nor deleted).
        """
        try:
            history = self._client.conversations_history(channel=channel_id, limit=CARD_HISTORY_WINDOW)
        except SlackApiError as exc:
            if exc.response.get("error") in CHANNEL_LOST:
                raise ChannelLost(str(exc.response.get("error"))) from exc
            raise
        wanted = blocks.case_card_text(case, self._settings.language, self._publisher.bundle)
        cards = []
        for message in history.get("messages") or []:
            if message.get("user") != self.bot_user_id() or message.get("thread_ts") not in (None, message.get("ts")):
                continue
            content = message.get("blocks") or []
            is_card = any(b.get("block_id") == ids.BLOCK_CASE_LOG for b in content)
            if (is_card and _card_of(content, case)) or message.get("text") == wanted:
                cards.append(str(message["ts"]))
        return sorted(cards, key=float)

    def _alert_managers(self, case: CaseView, channel_id: str, step: StepView) -> Mapping[str, Any]:
        """The urgent DM to each manager not reached by an earlier try, each reach kept at once.

        A transient Slack error (or no answer) for anyone is raised after the others were tried,
        so the outbox tries again later, for them only; a manager Slack refuses for good
        (user_not_found, cannot_dm_bot, account_inactive ...) is kept as refused. When nobody at
        all could be reached the step fails, and the case shows as stuck (`case list --stuck`,
        the failed-steps gauge). A manager whose alert got no answer is looked for in the DM's
        history before being alerted again (the alert may have landed).

        When the step ends failed (nobody reached, or the last try's transient errors), the
        managers not reached are told once in the card's thread. A try that lost its lease (it
        outlasted it, and another worker took the step over) stops sending at once.
        """
        kept = dict(step.result or {})
        reached: list[str] = [str(m) for m in kept.get("reached") or []]
        unsure: list[str] = [str(m) for m in kept.get("unsure") or []]
        refused: dict[str, str] = {}
        failed: dict[str, str] = {}  # transient errors of this try, by manager
        retry: Exception | None = None
        managers = self._managers()
        for manager in managers:
            if manager in reached:
                continue
            # Keeps whom earlier alerts reached, and checks the step is still this try's to carry out.
            if not self._outbox.note_progress(step, {"reached": reached, "unsure": unsure}):
                return self._lease_lost(case, reached)
            try:
                if manager in unsure and self._alert_landed(case, manager):
                    logger.info("Case %s: the urgent alert to %s had landed after all", case.id, manager)
                else:
                    self._publisher.alert_manager(case, channel_id, manager)
            except SlackApiError as exc:
                error = str(exc.response.get("error") or f"HTTP {exc.response.status_code}")
                if _transient(exc):
                    logger.warning("Case %s: urgent alert to %s failed (%s); will try again", case.id, manager, error)
                    failed[manager] = error
                    retry = retry or exc
                else:
                    logger.error("Case %s: Slack refused the urgent alert to %s: %s", case.id, manager, error)
                    refused[manager] = error
                continue
            except OSError as exc:  # no answer: it may have landed; looked for before the next try
                logger.warning("Case %s: urgent alert to %s got no answer (%s)", case.id, manager, type(exc).__name__)
                unsure = [*unsure, manager] if manager not in unsure else unsure
                failed[manager] = "no answer"
                retry = retry or exc
                continue
            reached.append(manager)
        progress = {"reached": reached, "unsure": unsure, "refused": refused}
        if not self._outbox.note_progress(step, progress):
            return self._lease_lost(case, reached)
        last_try = step.attempts >= self._settings.outbox_max_attempts
        if (retry is not None and last_try) or (retry is None and not reached):
            # The step ends failed: the managers not reached hear it where they are (the case channel).
            unreached = [m for m in managers if m not in reached]
            self._tell_alert_in_thread(case, step, unreached, {**refused, **failed})
        if retry is not None:
            raise retry
        if not reached:
            detail = ", ".join(f"{user} {error}" for user, error in refused.items()) or "no manager is configured"
            raise EscalationError(
                f"No manager could be sent the urgent alert ({detail}).", code="alert_unreached", detail=detail
            )
        if refused:
            logger.warning("Case %s: urgent alert refused for %d manager(s): %s", case.id, len(refused), sorted(refused))
        return {"sent": len(reached), "reached": reached, "refused": refused}

    @staticmethod
    def _lease_lost(case: CaseView, reached: list[str]) -> Mapping[str, Any]:
        """This try lost the step (another worker took it over): it sends nothing more.

        Not marked done either: the outbox refuses to complete a step whose lease was lost.
        """
        logger.warning("Case %s: the urgent alert's try lost its lease; the worker that took it over goes on", case.id)
        return {"reached": reached, "lease_lost": True}

    def _tell_alert_in_thread(
        self, case: CaseView, step: StepView, unreached: list[str], errors: Mapping[str, str]
    ) -> None:
        """Say once in the card's thread that the urgent alert did not reach these managers.

        Recorded before it is posted (under the step's lease), so neither a repair's try nor
        another worker says it again; unrecorded again if the post fails, so a later try may.
        """
        if (step.result or {}).get("told_in_thread") or not unreached:
            return
        if not self._outbox.note_progress(step, {"told_in_thread": True}):
            return  # the lease was lost: the worker holding the step now decides
        if not self._alert_in_thread(case, unreached, errors):
            self._outbox.note_progress(step, {"told_in_thread": False})

    def _alert_in_thread(self, case: CaseView, managers: list[str], errors: Mapping[str, str]) -> bool:
        """The urgent DM did not reach these managers: say so in the card's thread, mentioning them."""
        lang = self._settings.language
        detail = ", ".join(sorted(set(errors.values()))) or "-"
        text = t(
            "escalation.alert_in_thread",
            lang,
            managers=" ".join(f"<@{m}>" for m in managers),
            detail=mrkdwn.escape(detail),
        )
        try:
            self._publisher.post_card_thread_line(case, text)
        except (SlackApiError, OSError) as exc:
            logger.error("Case %s: could not post the urgent alert in the card's thread (%s)", case.id, type(exc).__name__)
            return False
        return True

    def _alert_landed(self, case: CaseView, manager: str) -> bool:
        """True when an alert that got no answer is in the manager's DM after all.

        Reading a DM's history needs the im:history scope; without it (missing_scope, or any
        other refusal) the alert is sent again: twice is better than never for an urgent alert.
        """
        try:
            return self._publisher.manager_alert_landed(case, manager)
        except SlackApiError as exc:
            if _transient(exc):
                raise
            logger.warning(
                "Case %s: could not look for the alert in %s's DM (%s); sending it again", case.id, manager, exc.response.get("error")
            )
            return False

    def _confirm(self, case: CaseView, channel_id: str, step: StepView, confirm: Confirm | None) -> Mapping[str, Any]:
        if confirm is not None:
            confirm(case, channel_id)
            return {"by": "listener"}
        actor = str(step.payload.get("actor") or case.reporter_user_id)
        for user_id in dict.fromkeys([case.reporter_user_id, actor]):
            lang = self._publisher.language_of(user_id)
            self._publisher.tell_user(
                user_id,
                t("escalated_title", lang, ref=case.ref),
                blocks.escalation_confirmation(
                    case, channel_id, self._publisher.bundle, lang, self._settings.consultation_desk
                ),
            )
        return {"by": "worker"}

    def _fallback_alert(self, case: CaseView) -> Mapping[str, Any]:
        """Managers and HR hear by DM (and the HR channel) that a case has not reached a manager."""
        steps = self._outbox.steps(case.id)
        if reached_managers(steps):
            return {"sent": 0}
        stuck = next((s for s in steps if s.kind in REACHING_MANAGERS and s.state is not StepState.DONE), None)
        if stuck and stuck.last_error:
            code, fields = failure_reason_of(stuck)
            problem = EscalationError(stuck.last_error[:200], code, **fields)
        else:
            problem = EscalationError("Slack has not answered yet.", "no_answer")
        targets = list(dict.fromkeys([*self._managers(), *self._directory.hr()]))
        sent = 0
        for user_id in targets:
            lang = self._publisher.language_of(user_id)
            text = t("escalation.fallback_alert", lang, **self._alert_fields(case, problem, lang))
            try:
                self._publisher.tell_user(user_id, text)
                sent += 1
            except SlackApiError as exc:
                logger.warning("Fallback alert for case %s to %s failed: %s", case.id, user_id, exc.response.get("error"))
        if self._settings.hr_channel_id:
            lang = self._settings.language
            text = t("escalation.fallback_alert", lang, **self._alert_fields(case, problem, lang))
            self._client.chat_postMessage(channel=self._settings.hr_channel_id, text=text)
            sent += 1
        if not sent:
            raise EscalationError("nobody could be alerted")
        return {"sent": sent}

    @staticmethod
    def _alert_fields(case: CaseView, problem: EscalationError, lang: str) -> dict[str, str]:
        return {
            "ref": mrkdwn.escape(case.ref),
            "reporter": f"<@{case.reporter_user_id}>",
            "problem": failure_reason(problem, lang),
        }

    # --- the card ------------------------------------------------------------------------------

    def post_card(self, case: CaseView) -> CaseView:
        """Post the case card in the case channel and keep where it went."""
        ts = self._publisher.post_case_card(case, self._standing(case))
        return self._cases.record_card(case.id, str(case.escalation_channel_id), ts)

    def record_action(self, case: CaseView, channel_id: str, message_ts: str) -> None:
        """After a manager's action: update the card in place and add a line to its thread."""
        with self._case_lock(case.id):
            # Re-read under the lock: of two quick clicks, the card must end in the later state.
            latest = self._cases.get_case(case.id)
            self._publisher.update_case_card(latest, self._standing(latest), channel_id, message_ts)
            recorded = latest.card_location
            if recorded is not None and recorded != (channel_id, message_ts):
                # Pressed on a duplicate card (a late post): the recorded card must say the same.
                try:
                    self._publisher.update_case_card(latest, self._standing(latest), *recorded)
                except SlackApiError as exc:
                    logger.warning("Case %s: could not redraw its recorded card: %s", case.id, exc.response.get("error"))
        if case.events:
            self._publisher.post_action_line(case.events[-1], channel_id, message_ts)

    def refresh_card(self, case_id: int) -> CaseView:
        """Redraw the case card as the case now stands (after a reminder, say); the case as read."""
        with self._case_lock(case_id):
            latest = self._cases.get_case(case_id)
            if latest.card_location is not None:
                channel_id, ts = latest.card_location
                self._publisher.update_case_card(latest, self._standing(latest), channel_id, ts)
            return latest

    def invite(self, channel_id: str, user_ids: list[str]) -> None:
        """Add people to a case channel (those already in it, and the bot itself, are skipped).

        For the reminder ladder's backup managers; one refused id is logged and keeps no one else out.
        """
        wanted = [u for u in dict.fromkeys(user_ids) if u and u != self.bot_user_id()]
        if not wanted:
            return
        try:
            self._client.conversations_invite(channel=channel_id, users=",".join(wanted))
            return
        except SlackApiError as exc:
            if exc.response.get("error") == "already_in_channel":
                return
            logger.warning("Inviting %d people together failed (%s); inviting one by one", len(wanted), exc.response.get("error"))
        for user_id in wanted:
            try:
                self._client.conversations_invite(channel=channel_id, users=user_id)
            except SlackApiError as exc:
                if exc.response.get("error") != "already_in_channel":
                    logger.error("Could not invite %s to %s: %s", user_id, channel_id, exc.response.get("error"))

    def bot_user_id(self) -> str:
        """The bot's own user id (auth.test, once)."""
        if self._bot_user_id is None:
            self._bot_user_id = str(self._client.auth_test()["user_id"])
        return self._bot_user_id

    def channel_name(self, ref: str, attempt: int) -> str:
        """Opaque channel name from the case ref: no customer or staff detail in it."""
        base = f"{self._settings.escalation_channel_prefix}-{ref}".lower()
        name = base if attempt == 0 else f"{base}-{attempt + 1}"
        return name[:80]

    def channel_lost(self, case_id: int) -> None:
        """The case channel is gone (archived, deleted): make a new one, invite again, post the card again.

        EscalationError after MAX_CHANNEL_MOVES new channels (something keeps archiving them).
        """
        create = next((s for s in self._outbox.steps(case_id) if s.kind == CREATE_CHANNEL), None)
        moves = int((create.result or {}).get("moves", 0)) + 1 if create else 1
        if moves > MAX_CHANNEL_MOVES:
            raise EscalationError(
                f"The case channel was archived or deleted {moves - 1} times; a person must look.",
                code="channel_lost_repeatedly",
                times=str(moves - 1),
            )
        self._outbox.redo(
            case_id,
            [CREATE_CHANNEL, INVITE, POST_CARD],
            self._clock(),
            results={CREATE_CHANNEL: {"lost": True, "moves": moves}},
        )

    def _archive(self, channel_id: str, ref: str) -> None:
        try:
            self._client.conversations_archive(channel=channel_id)
            logger.warning("Archived channel %s: case %s was escalated to another channel first", channel_id, ref)
        except SlackApiError as exc:
            logger.error("Could not archive unused channel %s: %s", channel_id, exc.response.get("error"))

    def _managers(self) -> list[str]:
        return [m for m in self._directory.managers() if m != self.bot_user_id()]

    def _standing(self, case: CaseView) -> RegisterStanding:
        """The customer's flag and counts as the card shows them (drawing a card is not a person's read)."""
        return self._customers.standing_for_case(case.id, self._clock())

    def _case_lock(self, case_id: int) -> threading.Lock:
        return self._locks[zlib.crc32(str(case_id).encode()) % LOCK_STRIPES]


class OutboxRunner:
    """Claims outbox steps and carries them out: for one case (a listener) or whatever is due (a worker)."""

    def __init__(self, escalation: EscalationService, outbox: OutboxService, clock: Callable[[], dt.datetime]) -> None:
        self._escalation = escalation
        self._outbox = outbox
        self._clock = clock

    def run_due(self, limit: int = 20) -> int:
        """Carry out up to `limit` due steps of any case; returns how many were tried."""
        steps = self._outbox.claim(self._clock(), limit=limit)
        for step in steps:
            self._run(step, None)
        return len(steps)

    def run_case(self, case_id: int, deadline: float, *, confirm: Confirm | None = None) -> list[StepView]:
        """Carry out a case's steps until none is due or `deadline` (monotonic) passes; returns them all."""
        due_for = (CONFIRM,) if confirm is not None else ()
        while True:
            claimed = self._outbox.claim(self._clock(), limit=5, case_id=case_id, due_for=due_for)
            for step in claimed:
                self._run(step, confirm)
            steps = self._outbox.steps(case_id)
            if claimed:
                continue
            waiting = [s for s in steps if s.state is StepState.PENDING and s.kind not in AFTERWARDS]
            if confirm is None:
                waiting = [s for s in waiting if s.kind != CONFIRM]
            blocked = any(s.state is StepState.FAILED and s.kind not in AFTERWARDS for s in steps)
            if not waiting or blocked:
                return steps
            now = self._clock()
            next_due = min(s.due_at for s in waiting if s.kind != CONFIRM) if any(s.kind != CONFIRM for s in waiting) else now
            pause = max(0.05, (next_due - now).total_seconds())
            if time.monotonic() + pause > deadline:
                return steps
            time.sleep(min(pause, 1.0))

    def _run(self, step: StepView, confirm: Confirm | None) -> None:
        try:
            result = self._escalation.run_step(step, confirm)
        except ChannelLost as exc:
            logger.warning("Case %s: its channel is lost (%s); making a new one", step.case_id, exc)
            self._outbox.postpone(step, f"channel lost: {exc}", self._clock(), after_seconds=0)
            try:
                self._escalation.channel_lost(step.case_id)
            except EscalationError as refused:
                self._outbox.fail_kind(
                    step.case_id, step.kind, str(refused), self._clock(), reason=_reason(refused.code, refused.fields)
                )
            return
        except EscalationError as exc:
            logger.warning("Case %s: step %s refused for good: %s", step.case_id, step.kind, exc)
            self._outbox.fail(step, str(exc), self._clock(), reason=_reason(exc.code, exc.fields))
            return
        except SlackApiError as exc:
            error = str(exc.response.get("error") or f"HTTP {exc.response.status_code}")
            if _transient(exc):
                retry_after = _retry_after(exc)
                state = self._outbox.postpone(
                    step, f"Slack answered {error}", self._clock(), after_seconds=retry_after, reason=_reason("slack", {"error": error})
                )
                logger.warning("Case %s: step %s will be tried again (%s, %s)", step.case_id, step.kind, error, state.value)
            else:
                logger.warning("Case %s: step %s refused by Slack: %s", step.case_id, step.kind, error)
                self._outbox.fail(step, f"Slack answered {error}", self._clock(), reason=_reason("slack", {"error": error}))
            return
        except OSError as exc:  # a network failure or timeout (URLError, TimeoutError): try again later
            logger.warning("Case %s: step %s got no answer (%s); will try again", step.case_id, step.kind, type(exc).__name__)
            # A card that got no answer may still land: looked for again only once it had time to.
            wait = self._escalation.card_recheck_seconds() if step.kind == POST_CARD else None
            self._outbox.postpone(
                step, f"no answer from Slack ({type(exc).__name__})", self._clock(), after_seconds=wait,
                reason=_reason("no_answer", {}),
            )
            return
        except Exception as exc:  # a bug or a database fault: logged whole, tried again later
            logger.exception("Case %s: step %s failed unexpectedly; will try again", step.case_id, step.kind)
            self._outbox.postpone(step, f"unexpected {type(exc).__name__}", self._clock())
            return
        if not self._outbox.complete(step, self._clock(), result):
            logger.warning("Case %s: step %s was taken over by another worker", step.case_id, step.kind)


def _card_of(content: list[dict[str, Any]], case: CaseView) -> bool:
    """True when a card's blocks name `case`: its reference in the heading, or its id on the card's buttons."""
    named = re.compile(rf"(?<![\w-]){re.escape(case.ref)}(?![\w-])")
    for block in content:
        if block.get("type") == "header" and named.search(str((block.get("text") or {}).get("text") or "")):
            return True
        if block.get("block_id") == ids.BLOCK_CASE_ACTIONS:
            for element in block.get("elements") or []:
                if str(element.get("value") or "").split(":", 1)[0] == str(case.id):
                    return True
    return False


def _transient(exc: SlackApiError) -> bool:
    """True for a Slack error worth another try later (a rate limit, a server error, TRANSIENT_ERRORS)."""
    status = exc.response.status_code
    return status == 429 or status >= 500 or str(exc.response.get("error")) in TRANSIENT_ERRORS


def _reason(code: str, fields: Mapping[str, str]) -> dict[str, str] | None:
    """A failure's i18n code and fields as an outbox step keeps them."""
    return {"code": code, **fields} if code else None


def _retry_after(exc: SlackApiError) -> float | None:
    if exc.response.status_code != 429:
        return None
    headers = exc.response.headers or {}
    raw = headers.get("Retry-After") or headers.get("retry-after")
    if isinstance(raw, list):
        raw = raw[0] if raw else None
    try:
        return max(0.0, float(raw)) if raw is not None else 1.0
    except (TypeError, ValueError):
        return 1.0
