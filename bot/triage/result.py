"""What the triage engine concludes about one description: plain frozen values, no logic.

`TriageResult.to_dict()` is the JSON contract of `python -m bot triage --jsonl`: fields are
only ever added beside the existing ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.policy.model import Severity
from bot.triage.axes import Axes
from bot.triage.danger import DangerReading
from bot.triage.safety import SafetyFinding

# Categories whose reading alone asks staff to check for danger first (TriageResult.safety_check).
DANGER_CATEGORIES = frozenset({"threats_intimidation", "physical_assault"})

@dataclass(frozen=True)
class Evidence:
    """A phrase in the text that counted (or was discounted) for a category."""

    category: str
    phrase: str
    weight: float
    start: int
    negated: bool = False
    source: str = "cue"  # "cue": a lexicon phrase; "model": n-grams the model weighed; "safety": the safety floor


@dataclass(frozen=True)
class CategoryScore:
    """One category's score (0..1) and the phrases behind it."""

    category: str
    score: float
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ClauseMatch:
    """A clause of the active (or fallback) policy that covers matched categories."""

    policy: str
    clause_id: str
    score: float
    categories: tuple[str, ...]


@dataclass(frozen=True)
class TriageResult:
    """What the engine concluded about one description."""

    harassment: bool
    categories: tuple[CategoryScore, ...]  # counted categories, best first
    clauses: tuple[ClauseMatch, ...]
    severity: Severity
    language: str
    policy_id: str
    policy_version: str
    discounted: tuple[Evidence, ...] = ()  # negated cues, shown so a manager sees why
    legitimate_signals: tuple[str, ...] = ()  # complaint words found (defect, refund...)
    truncated: bool = False
    # Categories the model ranks next without enough belief to count them: no clauses, no
    # severity, not among a case's categories; listed after the counted ones in the JSON
    # "categories" (and under "possible") so the ranking reaches RANKED_CATEGORIES.
    possible: tuple[CategoryScore, ...] = ()
    # What the safety floor found (a weapon, a threat to life...): always harassment at critical
    # severity with the safety steps first, whatever the model scored.
    safety: SafetyFinding | None = None
    # No floor finding, but the text reads as a threat or physical harm (threats_intimidation or
    # physical_assault counted), or the danger reader (bot.triage.danger) sees a danger: the floor's
    # phrases miss some writers' wordings, so the reply asks staff to check for danger first.
    # Categories are the reading's own; severity too, unless the reader is strong (then critical).
    safety_check: bool = False
    # The danger reader's view where the floor found nothing (None when the floor decided or no reader).
    danger: DangerReading | None = None
    # The two-axis reading (is the demand reasonable, is the manner acceptable), each with its words.
    axes: Axes | None = None
    # How likely the harassment / not-harassment call is to be right (calibrated on held-out
    # writers' cases; see bot.triage.confidence); below UNSURE_BELOW the reply says it is a close call.
    confidence: float = 1.0
    unsure: bool = False
    genre: str | None = None  # first_person, third_person, customer_message, transcript, guidance_case
    reporter: str = "affected"  # who is likely reporting: affected, on_behalf, forwarded
    # For a close call that came out "not harassment": what it would be if it were (no clauses).
    alternatives: tuple[CategoryScore, ...] = ()
    route: str = ""  # which reading decided (bot.triage.confidence routes), and its score over the threshold
    lead: float = 0.0

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(c.category for c in self.categories)

    @property
    def ranked_ids(self) -> tuple[str, ...]:
        """Counted categories, then the possible ones: the engine's full ranking."""
        return self.category_ids + tuple(c.category for c in self.possible)

    @property
    def primary_category(self) -> str | None:
        return self.categories[0].category if self.categories else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of `python -m bot triage --jsonl` (without the id)."""
        evidence: dict[str, list[str]] = {c.category: [e.phrase for e in c.evidence] for c in self.categories}
        if self.discounted:
            evidence["_negated"] = [f"{e.category}: {e.phrase}" for e in self.discounted]
        if self.legitimate_signals:
            evidence["_complaint"] = list(self.legitimate_signals)
        return {
            "harassment": self.harassment,
            "categories": list(self.ranked_ids),
            "possible": [c.category for c in self.possible],
            "scores": {c.category: c.score for c in self.categories + self.possible},
            "severity": self.severity.value,
            "clauses": [
                {"policy": m.policy, "clause_id": m.clause_id, "score": m.score, "categories": list(m.categories)}
                for m in self.clauses
            ],
            "evidence": evidence,
            "language": self.language,
            "policy": {"id": self.policy_id, "version": self.policy_version},
            "truncated": self.truncated,
            "safety": self.safety.to_dict() if self.safety else None,
            "safety_check": self.safety_check,
            "danger": self.danger.to_dict() if self.danger else None,
            "axes": self.axes.to_dict() if self.axes else None,
            "confidence": round(self.confidence, 3),
            "unsure": self.unsure,
            "alternatives": [c.category for c in self.alternatives],
            "genre": self.genre,
            "reporter": self.reporter,
        }
