"""Reports: what a staff member tells the bot, triaged and recorded as a case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.identity import IdentifierKind
from bot.lifecycle import ContactChannel, ReportSource, Surface
from bot.policy.model import PolicyBundle
from bot.services.results import CaseView, ClauseRef, LogOnly, TriageSummary
from bot.storable import storable
from bot.triage.engine import triage
from bot.triage.result import TriageResult

if TYPE_CHECKING:
    from bot.services.cases import CaseService

MAX_REPORT_CHARS = 10_000  # what a slash command may carry; the report form allows 3,000 (Slack's limit)
CUSTOMER_LABEL_MAX = 300  # the stored label (cases.customer_label); forms check it before they close


@dataclass(frozen=True)
class CustomerDetails:
    """Who the customer is, as the reporter gave it; every field optional."""

    customer_number: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""
    social_handle: str = ""

    def identifiers(self) -> tuple[tuple[IdentifierKind, str], ...]:
        """The given identifiers, for matching the customer across reports."""
        pairs = (
            (IdentifierKind.CUSTOMER_NUMBER, self.customer_number),
            (IdentifierKind.NAME, self.name),
            (IdentifierKind.EMAIL, self.email),
            (IdentifierKind.PHONE, self.phone),
            (IdentifierKind.SOCIAL_HANDLE, self.social_handle),
        )
        return tuple((kind, value.strip()) for kind, value in pairs if value.strip())

    def label(self) -> str | None:
        """What a manager reads on the case card, e.g. "Yamada Taro · no. 12345"."""
        parts = [self.name, self.customer_number and f"no. {self.customer_number}", self.email, self.phone, self.social_handle]
        text = " · ".join(p.strip() for p in parts if p and p.strip())
        return text or None


@dataclass(frozen=True)
class Report:
    """A staff member's report as a Slack surface (or the command line) delivered it."""

    reporter_user_id: str
    team_id: str
    text: str
    source: ReportSource
    idempotency_key: str = ""  # e.g. the slash command's trigger; the same key finds the same case
    contact_channel: ContactChannel = ContactChannel.OTHER
    occurred_at: dt.datetime | None = None  # None: when it was reported
    happening_now: bool = False
    location: str | None = None  # where it happened: a configured place and/or the reporter's words
    permalink: str | None = None
    customer_identifiers: tuple[tuple[IdentifierKind, str], ...] = ()  # raw; normalised and hashed when stored
    customer_label: str | None = None  # what a manager reads, e.g. "Yamada T. · no. 12345"

    def with_customer(self, details: CustomerDetails) -> Report:
        """The same report with the customer as the reporter described them."""
        return replace(self, customer_identifiers=details.identifiers(), customer_label=details.label())


def summarise(result: TriageResult) -> TriageSummary:
    """What a case keeps of a triage result."""
    return TriageSummary(
        harassment=result.harassment,
        severity=result.severity,
        categories=result.category_ids,
        clauses=tuple(ClauseRef(m.policy, m.clause_id, m.score) for m in result.clauses),
        policy_id=result.policy_id,
        policy_version=result.policy_version,
        result=result.to_dict(),
    )


class ReportService:
    """Triage plus recording; the one entry point for new reports."""

    def __init__(self, cases: CaseService, bundle: PolicyBundle, clock: Callable[[], dt.datetime]) -> None:
        self._cases = cases
        self._bundle = bundle
        self._clock = clock

    @property
    def bundle(self) -> PolicyBundle:
        return self._bundle

    def triage(self, text: str) -> TriageResult:
        """Classify a description against the active policy."""
        return triage(text, self._bundle)

    def record(self, report: Report, result: TriageResult | None = None, *, before_ack: bool = False) -> CaseView:
        """Store the report as a case (the same idempotency key returns the same case).

        `before_ack`: stored before Slack's ack, waiting for locks only briefly (see CaseService).
        """
        text = storable(report.text).strip()
        if len(text) > MAX_REPORT_CHARS:
            raise ValueError(f"A report may have at most {MAX_REPORT_CHARS} characters; this one has {len(text)}.")
        result = result or self.triage(text)
        stored = replace(
            report,
            text=text,
            customer_label=storable(report.customer_label) if report.customer_label else report.customer_label,
            customer_identifiers=tuple((kind, storable(value)) for kind, value in report.customer_identifiers),
            permalink=storable(report.permalink) if report.permalink else report.permalink,
        )
        return self._cases.record_report(stored, summarise(result), self._clock(), before_ack=before_ack)

    def log_only(self, case: CaseView, actor: str, surface: Surface) -> LogOnly:
        """Keep the case on record without a channel (it may still be escalated later).

        Returns the case as it now stands: LOGGED_ONLY (withdrawing an escalation that had failed
        for good), or as it was when Escalate came first (its escalation owed or done), which the
        caller must not call "logged".
        """
        return self._cases.log_only(case.id, actor, surface, self._clock())
