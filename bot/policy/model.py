"""The policy model: categories of customer harassment and a company's policy clauses.

Pure data (frozen dataclasses). Files in `policy_content/` are parsed into these by
`bot.policy.loader`; nothing here knows about files, Slack or SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

LANGUAGES = ("en", "ja")

# The stable category ids of the domain brief. Code, policy files and tests use exactly these.
CATEGORY_IDS = (
    "physical_assault",
    "verbal_abuse",
    "threats_intimidation",
    "coerced_apology",
    "constraint_prolonged",
    "repetitive_demands",
    "punishment_demands",
    "language_nitpicking",
    "out_of_hours_demands",
    "trespass_noncompliance",
    "unauthorized_recording",
    "discrimination",
    "sexual_harassment",
    "online_defamation",
    "privacy_violation",
    "unreasonable_demands",
)


class Severity(str, Enum):
    """How serious an incident is; `NONE` means not harassment."""

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls(value.strip().lower())


_SEVERITY_RANK = {
    Severity.NONE: 0,
    Severity.LOW: 1,
    Severity.MEDIUM: 2,
    Severity.HIGH: 3,
    Severity.CRITICAL: 4,
}


@dataclass(frozen=True)
class Text:
    """A text in English and (where written) Japanese."""

    en: str
    ja: str = ""

    def get(self, language: str) -> str:
        """The text in `language`, falling back to English."""
        if language == "ja" and self.ja:
            return self.ja
        return self.en

    def has(self, language: str) -> bool:
        return bool(getattr(self, language, "").strip())


@dataclass(frozen=True)
class Category:
    """One category of the taxonomy, with the guidance staff need right now."""

    id: str
    title: Text
    definition: Text
    default_severity: Severity
    handling: tuple[Text, ...]  # steps for the staff member, in order
    script: Text  # a short thing the staff member can say, e.g. the warning before ending a call
    penal_code: tuple[str, ...] = ()  # Japanese penal code article numbers, e.g. ("222", "223")
    laws: tuple[Text, ...] = ()  # other laws that fit, named with what they cover (e.g. the Stalker Regulation Act)


# The kinds of danger the triage safety floor finds (bot.triage.safety.SafetyKind values).
SAFETY_KINDS = ("weapon", "bomb_arson", "threat_to_life", "injury_attack", "followed_waited")


@dataclass(frozen=True)
class SafetyGuidance:
    """What a staff member does first when the description shows one kind of danger."""

    kind: str  # one of SAFETY_KINDS
    title: Text
    handling: tuple[Text, ...]  # the steps, in order; shown before anything else
    script: Text = Text("")  # optional: a line that helps the staff member step away safely


@dataclass(frozen=True)
class Consequence:
    """A consequence a company states it may apply (refuse service, police, legal action...)."""

    id: str
    title: Text


# When the triage engine may cite a clause for a category it covers (the clause's `cited` key).
CITED_ALWAYS = "always"
# A policy's one-sentence list of examples: cited only for a category no other clause names.
CITED_IF_NO_OTHER = "if_no_other_clause"
# A clause that holds only under a condition the engine cannot judge (for example "the company has
# already met its responsibility"): shown in the full policy, never cited automatically.
CITED_NEVER = "never"
CITED_VALUES = (CITED_ALWAYS, CITED_IF_NO_OTHER, CITED_NEVER)


@dataclass(frozen=True)
class Clause:
    """One clause of a company policy and the categories it covers."""

    id: str
    text: Text
    categories: tuple[str, ...]
    consequences: tuple[str, ...] = ()  # only when the company itself states consequences per clause
    cited: str = CITED_ALWAYS  # one of CITED_VALUES
    condition: Text = Text("")  # for CITED_NEVER: when the clause applies, shown with it


@dataclass(frozen=True)
class Policy:
    """A company's customer-harassment policy as clauses."""

    id: str  # the file stem, e.g. "prometric_japan"; what POLICY names
    company: Text
    title: Text
    version: str
    languages: tuple[str, ...]
    definition: Text
    clauses: tuple[Clause, ...]
    consequences: tuple[str, ...]  # what the company says it may do, in general
    stance: Text  # the company's statement on consequences, quoted to staff and managers
    support: Text  # the care the policy promises to affected staff
    source: str = ""  # where the policy text came from
    fallback: str = ""  # id of the policy that answers categories no clause here covers
    note: Text = Text("")  # where each language's text comes from (the company's own, or our translation)

    def clauses_for(self, category_id: str) -> tuple[Clause, ...]:
        """The clauses to cite for a category, in policy order.

        A summary clause (`CITED_IF_NO_OTHER`) only when no other clause names the category; a
        conditional clause (`CITED_NEVER`) never.
        """
        covering = [c for c in self.clauses if category_id in c.categories]
        own = tuple(c for c in covering if c.cited == CITED_ALWAYS)
        return own or tuple(c for c in covering if c.cited == CITED_IF_NO_OTHER)

    def clause(self, clause_id: str) -> Clause | None:
        return next((c for c in self.clauses if c.id == clause_id), None)


@dataclass(frozen=True)
class Taxonomy:
    """All categories and the consequence vocabulary, loaded from `policy_content/categories.toml`."""

    categories: tuple[Category, ...]
    consequences: tuple[Consequence, ...]
    legitimate: tuple[Text, ...] = ()  # steps for a valid complaint, handled as normal service
    legitimate_script: Text = Text("")  # what to say to a customer with a valid complaint
    safety: tuple[SafetyGuidance, ...] = ()  # first steps per kind of danger (weapon, threat to life...)

    def category(self, category_id: str) -> Category:
        for c in self.categories:
            if c.id == category_id:
                return c
        raise KeyError(category_id)

    def safety_guidance(self, kind: str) -> SafetyGuidance | None:
        """The first steps for one kind of danger, if the taxonomy has them."""
        return next((g for g in self.safety if g.kind == kind), None)

    def consequence(self, consequence_id: str) -> Consequence:
        for c in self.consequences:
            if c.id == consequence_id:
                return c
        raise KeyError(consequence_id)


@dataclass(frozen=True)
class PolicyBundle:
    """The taxonomy and one active policy: what the triage engine and the bot need."""

    taxonomy: Taxonomy
    policy: Policy
    fallback: Policy | None = None  # the policy named by `policy.fallback`, loaded
