"""The two-axis reading of the MHLW manual: is the demand reasonable, is the manner acceptable?

Customer harassment, as the Ministry of Health, Labour and Welfare's manual draws the line, needs
an unreasonable demand, or a means or manner beyond what society accepts, or both; a legitimate
complaint is a reasonable demand made in an acceptable way. The engine reads each axis on its
own, as reasonable / unreasonable / unclear (demand) and acceptable / unacceptable / unclear
(manner), each with the words that show it.

Two sources, in this order:
- the categories the engine counted: each belongs to the demand axis (money or service beyond
  reason, punishment of staff, private contact, an apology of a set form) or the manner axis
  (violence, threats, abuse, confinement, endless repetition, filming, slander...), and its
  phrases are that axis's evidence;
- otherwise the model's demand and manner heads (trained on the labelled cases), with the n-grams
  that weighed most as evidence, when they lean clearly enough; else "unclear".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

DEMAND = "demand"
MANNER = "manner"

# Categories by the axis they put beyond the line (a few put both).
DEMAND_CATEGORIES = frozenset(
    {"unreasonable_demands", "punishment_demands", "out_of_hours_demands", "coerced_apology", "privacy_violation"}
)
MANNER_CATEGORIES = frozenset(
    {
        "physical_assault",
        "verbal_abuse",
        "threats_intimidation",
        "coerced_apology",
        "constraint_prolonged",
        "repetitive_demands",
        "language_nitpicking",
        "trespass_noncompliance",
        "unauthorized_recording",
        "discrimination",
        "sexual_harassment",
        "online_defamation",
        "privacy_violation",
    }
)

HEAD_LEAN = 0.6  # a head's verdict counts from this share of its belief; below, the axis is unclear


class Verdict(str, Enum):
    """One axis's reading."""

    REASONABLE = "reasonable"  # demand
    UNREASONABLE = "unreasonable"  # demand
    ACCEPTABLE = "acceptable"  # manner
    UNACCEPTABLE = "unacceptable"  # manner
    UNCLEAR = "unclear"

    @property
    def beyond_the_line(self) -> bool:
        return self in (Verdict.UNREASONABLE, Verdict.UNACCEPTABLE)


@dataclass(frozen=True)
class AxisReading:
    """One axis: the verdict and the words that show it."""

    verdict: Verdict
    evidence: tuple[str, ...] = ()
    source: str = "none"  # "categories", "complaint" (complaint words), "model" or "none"
    lean: float = 0.0  # the model head's share of belief in the verdict (0 when not from the model)

    def to_dict(self) -> dict[str, object]:
        return {"verdict": self.verdict.value, "evidence": list(self.evidence), "source": self.source}


@dataclass(frozen=True)
class Axes:
    """Both axes of one description."""

    demand: AxisReading
    manner: AxisReading

    @property
    def harassment(self) -> bool:
        """What the two axes alone say: an unreasonable demand or an unacceptable manner."""
        return self.demand.verdict.beyond_the_line or self.manner.verdict.beyond_the_line

    def to_dict(self) -> dict[str, object]:
        return {DEMAND: self.demand.to_dict(), MANNER: self.manner.to_dict()}


def read(
    counted: Sequence[tuple[str, Sequence[str]]],
    complaint_words: Sequence[str],
    demand_head: Mapping[str, float],
    manner_head: Mapping[str, float],
    head_evidence: Callable[[str, str], Sequence[str]],
) -> Axes:
    """Both axes from the counted categories (with their phrases), complaint words and the model's heads.

    `head_evidence(head, verdict)` gives the n-grams that most favour a head's verdict.
    """
    return Axes(
        demand=_demand(counted, complaint_words, demand_head, head_evidence),
        manner=_manner(counted, manner_head, head_evidence),
    )


def _demand(
    counted: Sequence[tuple[str, Sequence[str]]],
    complaint_words: Sequence[str],
    head: Mapping[str, float],
    head_evidence: Callable[[str, str], Sequence[str]],
) -> AxisReading:
    phrases = _phrases(counted, DEMAND_CATEGORIES)
    if phrases:
        return AxisReading(Verdict.UNREASONABLE, phrases, "categories")
    best, lean = _lean(head)
    if best == Verdict.UNREASONABLE.value:
        # The words lean to an unreasonable demand that no category stated clearly: with harassment
        # found on the manner axis say so; alone, it is a doubt, not a finding.
        if counted:
            return AxisReading(Verdict.UNREASONABLE, tuple(head_evidence(DEMAND, best)), "model", lean)
        return AxisReading(Verdict.UNCLEAR, tuple(head_evidence(DEMAND, best)), "model", lean)
    if complaint_words:
        return AxisReading(Verdict.REASONABLE, tuple(complaint_words[:3]), "complaint", lean)
    if best == Verdict.REASONABLE.value:
        return AxisReading(Verdict.REASONABLE, tuple(head_evidence(DEMAND, best)), "model", lean)
    return AxisReading(Verdict.UNCLEAR, (), "none", lean)


def _manner(
    counted: Sequence[tuple[str, Sequence[str]]],
    head: Mapping[str, float],
    head_evidence: Callable[[str, str], Sequence[str]],
) -> AxisReading:
    phrases = _phrases(counted, MANNER_CATEGORIES)
    if phrases:
        return AxisReading(Verdict.UNACCEPTABLE, phrases, "categories")
    best, lean = _lean(head)
    if best == Verdict.UNACCEPTABLE.value:
        return AxisReading(Verdict.UNCLEAR, tuple(head_evidence(MANNER, best)), "model", lean)
    if best == Verdict.ACCEPTABLE.value:
        return AxisReading(Verdict.ACCEPTABLE, tuple(head_evidence(MANNER, best)), "model", lean)
    return AxisReading(Verdict.ACCEPTABLE, (), "none", lean)  # nothing beyond the line is described


def _phrases(counted: Sequence[tuple[str, Sequence[str]]], categories: frozenset[str]) -> tuple[str, ...]:
    """The categories' phrases, each once; a phrase inside a longer one adds nothing."""
    found = list(dict.fromkeys(phrase for cat, found in counted if cat in categories for phrase in found))
    return tuple(p for p in found if not any(p != other and p in other for other in found))[:3]


def _lean(head: Mapping[str, float]) -> tuple[str | None, float]:
    """The head's verdict when it leans clearly enough (else None), and its share of belief."""
    best = max(head, key=lambda v: head[v], default=None)
    lean = round(head[best], 3) if best is not None else 0.0
    return (best if lean >= HEAD_LEAN else None), lean


# --- labels for training the heads -------------------------------------------------------------


def demand_label(case: Mapping[str, object]) -> Sequence[str]:
    """A labelled case's demand verdict: as labelled, else inferred from its categories."""
    labelled = _labelled(case, DEMAND)
    if labelled:
        return [labelled]
    if not case.get("harassment"):
        return [Verdict.REASONABLE.value]
    categories = set(_categories(case))
    return [Verdict.UNREASONABLE.value if categories & DEMAND_CATEGORIES else Verdict.UNCLEAR.value]


def manner_label(case: Mapping[str, object]) -> Sequence[str]:
    """A labelled case's manner verdict: as labelled, else inferred from its categories ("unclear": left out)."""
    labelled = _labelled(case, MANNER)
    if labelled:
        return [labelled] if labelled != Verdict.UNCLEAR.value else []
    if not case.get("harassment"):
        return [Verdict.ACCEPTABLE.value]
    categories = set(_categories(case))
    return [Verdict.UNACCEPTABLE.value if categories & MANNER_CATEGORIES else Verdict.ACCEPTABLE.value]


def _labelled(case: Mapping[str, object], axis: str) -> str:
    axes = case.get("axes")
    value = axes.get(axis) if isinstance(axes, dict) else None
    return value if isinstance(value, str) and value in {v.value for v in Verdict} else ""


def _categories(case: Mapping[str, object]) -> list[str]:
    categories = case.get("categories")
    return [str(c) for c in categories] if isinstance(categories, list | tuple) else []
