"""The customer register from Slack: save a case's customer and redraw its card in place.

Used by the customer form (from the reporter's confirmation or the card), by "Add details"
on a triage reply whose report is already recorded, and by the card's register buttons.
Runs after the ack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.lifecycle import Surface
from bot.services.reports import CustomerDetails
from bot.services.results import CaseView, CustomerChange

if TYPE_CHECKING:
    from bot.slack.context import BotContext


class CustomerFlow:
    """Customer details onto a case: stored, linked, flag re-checked, audited, card redrawn."""

    def __init__(self, ctx: BotContext) -> None:
        self._ctx = ctx

    def may_change(self, case: CaseView, user_id: str) -> bool:
        """The case's reporter, managers and HR may give or correct its customer."""
        return user_id == case.reporter_user_id or self._ctx.directory.may_act_on_cases(user_id)

    def save(self, case_id: int, details: CustomerDetails, actor: str, surface: Surface) -> CustomerChange:
        """Store the customer on the case (ValueError for unusable details) and redraw its card."""
        ctx = self._ctx
        change = ctx.services.customers.set_customer(case_id, details, actor, surface, ctx.services.clock())
        self.redraw(change.case)
        return change

    def redraw(self, case: CaseView) -> None:
        """Update the case card in place with a line in its thread (nothing when no card was posted)."""
        location = case.card_location
        if location is not None:
            self._ctx.escalation.record_action(case, *location)
