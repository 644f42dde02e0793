"""The customer register from Slack: save a case's customer and redraw its card in place.

Used by the customer form (from the reporter's confirmation or the card), by "Add details"
on a triage reply whose report is already recorded, and by the card's register buttons.
Runs after the ack.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from bot.lifecycle import Surface
from bot.services.reports import CustomerDetails
from bot.services.results import CaseView, CustomerChange

if TYPE_CHECKING:
    from bot.runtime import Services
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


def redraw_cards(services: Services, case_ids: Iterable[int]) -> int:
    """Redraw the cards of these cases in Slack (after an erasure from the command line); how many were redrawn.

    Nothing happens without SLACK_BOT_TOKEN; the cards then change at their next update.
    """
    from bot.slack.app import make_client  # the app module imports the listeners, which import this one
    from bot.slack.directory import Directory
    from bot.slack.publisher import Publisher

    settings = services.settings
    if not settings.slack_bot_token:
        return 0
    client = make_client(settings.slack_bot_token, settings.slack_api_url)
    publisher = Publisher(client, Directory(client, settings), settings, services.bundle, services.clock)
    redrawn = 0
    for case_id in case_ids:
        case = services.cases.get_case(case_id)
        if case.card_location is not None:
            standing = services.customers.standing_for_case(case.id, services.clock())
            publisher.update_case_card(case, standing, *case.card_location)
            redrawn += 1
    return redrawn
