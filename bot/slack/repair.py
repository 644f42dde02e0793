"""Reconciliation and repair: finding escalations left half done, and finishing them.

`reconcile(escalation, ...)` is the job (the scheduler runs it; `python -m bot case repair --all`
runs it by hand): it finds escalated cases without a card, case channels missing responsible
managers (checked against `conversations.members`) and escalations whose outbox steps failed
or are long overdue, and re-runs what is missing through the same outbox steps a listener uses.
`case_health` and `stuck_cases` read the database only, for `python -m bot case list|show`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from slack_sdk.errors import SlackApiError

from bot.db.models import StepState
from bot.lifecycle import Surface
from bot.services.cases import CaseService
from bot.services.deliveries import DeliveryService
from bot.services.outbox import AFTERWARDS, INVITE, POST_CARD, OutboxService, StepView
from bot.services.results import CaseView
from bot.slack.escalation import ChannelLost, EscalationService

if TYPE_CHECKING:
    from bot.slack.context import BotContext

logger = logging.getLogger(__name__)

OVERDUE_SECONDS = 120  # a step still pending this long after it was due counts as stuck
REPAIR_WAIT_SECONDS = 30.0
MEMBER_CHECK_LIMIT = 100  # open cases whose channel members are checked per run


@dataclass(frozen=True)
class CaseHealth:
    """A case's escalation as the database tells it, with what is wrong (nothing: healthy)."""

    case: CaseView
    steps: tuple[StepView, ...]
    problems: tuple[str, ...] = ()

    @property
    def stuck(self) -> bool:
        return bool(self.problems)


@dataclass
class ReconcileReport:
    """What one run of the job found and did."""

    checked: int = 0
    repaired: list[str] = field(default_factory=list)  # case refs
    still_stuck: list[str] = field(default_factory=list)
    deliveries_forgotten: int = 0


def case_health(cases: CaseService, outbox: OutboxService, case: CaseView, now: dt.datetime) -> CaseHealth:
    """What is wrong with a case's escalation, from the database alone (no Slack call)."""
    steps = tuple(outbox.steps(case.id))
    problems: list[str] = []
    settled = case.escalated_at is None or case.escalated_at < now - dt.timedelta(seconds=OVERDUE_SECONDS)
    if case.escalation_channel_id and case.card_location is None and settled:
        problems.append("escalated without a card")
    for step in steps:
        if step.kind in AFTERWARDS:
            continue
        if step.state is StepState.FAILED:
            problems.append(f"{step.kind} failed: {step.last_error or 'no reason kept'}")
        elif step.state is StepState.PENDING and step.due_at < now - dt.timedelta(seconds=OVERDUE_SECONDS):
            problems.append(f"{step.kind} overdue since {step.due_at:%Y-%m-%d %H:%M} UTC ({step.attempts} tries)")
    return CaseHealth(case, steps, tuple(problems))


def stuck_cases(cases: CaseService, outbox: OutboxService, now: dt.datetime, limit: int = 500) -> list[CaseHealth]:
    """Cases whose escalation is half done, oldest first (database only)."""
    ids = set(outbox.unfinished_cases(now, older_than_seconds=OVERDUE_SECONDS))
    ids |= {c.id for c in cases.open_cases(limit) if c.card_location is None}
    found = [case_health(cases, outbox, cases.get_case(case_id), now) for case_id in sorted(ids)]
    return [health for health in found if health.stuck]


def repair_case(
    escalation: EscalationService,
    cases: CaseService,
    outbox: OutboxService,
    case_id: int,
    clock: Callable[[], dt.datetime],
    *,
    wait_seconds: float = REPAIR_WAIT_SECONDS,
) -> CaseHealth:
    """Re-run what is missing of a case's escalation (failed steps, invitations, the card); its health after."""
    now = clock()
    case = cases.get_case(case_id)
    steps = outbox.steps(case_id)
    if not steps and not case.escalation_channel_id:
        return case_health(cases, outbox, case, now)  # never asked to be escalated: nothing to repair
    if not steps:  # escalated before the outbox existed: owe its steps now (the channel is adopted)
        escalation.request(case, "system", Surface.SCHEDULER)
        steps = outbox.steps(case_id)
    redo = {s.kind for s in steps if s.state is StepState.FAILED and s.kind not in AFTERWARDS}
    # Steps waiting out a backoff (the reporter's confirmation behind a card that failed) are due now.
    redo |= {s.kind for s in steps if s.state is StepState.PENDING and s.kind not in AFTERWARDS}
    redo.add(INVITE)  # check the members again, invite who is missing
    if case.card_location is None:
        redo.add(POST_CARD)
    outbox.redo(case_id, sorted(redo), now)
    escalation.finish(case_id, wait_seconds=wait_seconds)
    return case_health(cases, outbox, cases.get_case(case_id), clock())


def reconcile(
    escalation: EscalationService,
    cases: CaseService,
    outbox: OutboxService,
    deliveries: DeliveryService,
    clock: Callable[[], dt.datetime],
    *,
    managers: Callable[[], list[str]],
    wait_seconds: float = REPAIR_WAIT_SECONDS,
) -> ReconcileReport:
    """The reconciliation job: find half-done escalations and complete them."""
    report = ReconcileReport()
    now = clock()
    targets = {h.case.id: h.case for h in stuck_cases(cases, outbox, now)}
    wanted = set(managers())
    for case in cases.open_cases(MEMBER_CHECK_LIMIT):
        report.checked += 1
        if case.id in targets or not case.escalation_channel_id:
            continue
        try:
            members = escalation.members(case.escalation_channel_id)
        except ChannelLost:
            targets[case.id] = case
            escalation.channel_lost(case.id)
            continue
        except SlackApiError as exc:
            logger.warning("Could not read the members of case %s's channel: %s", case.id, exc.response.get("error"))
            continue
        if wanted - members:
            targets[case.id] = case
    for case_id, case in sorted(targets.items()):
        try:
            health = repair_case(escalation, cases, outbox, case_id, clock, wait_seconds=wait_seconds)
        except Exception:
            logger.exception("Repairing case %s failed", case_id)
            report.still_stuck.append(case.ref)
            continue
        (report.still_stuck if health.stuck else report.repaired).append(case.ref)
    report.deliveries_forgotten = deliveries.forget_expired(clock())
    if report.repaired or report.still_stuck:
        logger.info("Reconciled: %d repaired, %d still stuck", len(report.repaired), len(report.still_stuck))
    return report


def run_reconciliation(ctx: BotContext, *, wait_seconds: float = REPAIR_WAIT_SECONDS) -> ReconcileReport:
    """The reconciliation job on a running bot's context (what the scheduler calls, e.g. every 5 minutes)."""
    services = ctx.services
    return reconcile(
        ctx.escalation,
        services.cases,
        services.outbox,
        services.deliveries,
        services.clock,
        managers=lambda: [m for m in ctx.directory.managers() if m != ctx.escalation.bot_user_id()],
        wait_seconds=wait_seconds,
    )


def repair(ctx: BotContext, case_id: int, *, wait_seconds: float = REPAIR_WAIT_SECONDS) -> CaseHealth:
    """Repair one case on a running bot's context."""
    services = ctx.services
    return repair_case(ctx.escalation, services.cases, services.outbox, case_id, services.clock, wait_seconds=wait_seconds)
