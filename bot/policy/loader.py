"""Load and validate the taxonomy and company policies kept as TOML in `policy_content/`.

Layout of a policy directory:

    categories.toml        the taxonomy: 16 categories, the consequence vocabulary and the
                           handling of a legitimate complaint
    policies/<id>.toml     one company policy per file; the file stem is the policy id that the
                           POLICY setting names. A company adds its own file; no code changes.

Fallback: a policy may say `fallback = "general"`. A category that none of its clauses covers is
then answered from the fallback policy's clauses (`clauses_for_category`). Only one level is
followed: the fallback's own fallback is ignored.

Every problem is reported as "<file>: <where>: <problem>", where <where> is e.g. "clause MOP-03"
or "category verbal_abuse", and is left out for file-level problems.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from bot.policy.model import (
    CATEGORY_IDS,
    CITED_ALWAYS,
    CITED_NEVER,
    CITED_VALUES,
    LANGUAGES,
    SAFETY_KINDS,
    Category,
    Clause,
    Consequence,
    Policy,
    PolicyBundle,
    SafetyGuidance,
    Severity,
    Taxonomy,
    Text,
)

TAXONOMY_FILE = "categories.toml"
POLICIES_DIR = "policies"

_POLICY_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_CLAUSE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_CONSEQUENCE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_ARTICLE = re.compile(r"^\d+(-\d+)?$")

_TAXONOMY_KEYS = {"legitimate", "category", "consequence", "safety"}
_SAFETY_KEYS = {"kind", "title", "handling", "script"}
_LEGITIMATE_KEYS = {"handling", "script"}
_CATEGORY_KEYS = {"id", "title", "definition", "default_severity", "handling", "script", "penal_code", "laws"}
_CONSEQUENCE_KEYS = {"id", "title"}
_POLICY_KEYS = {
    "version", "languages", "source", "consequences", "fallback",
    "company", "title", "definition", "stance", "support", "clause", "note",
}  # fmt: skip
_CLAUSE_KEYS = {"id", "text", "categories", "consequences", "cited", "condition"}


class PolicyError(ValueError):
    """One or more problems in policy files; `problems` holds one "<file>: ...: <problem>" each."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


# --- public API ---------------------------------------------------------------------------------


def load_taxonomy(policy_dir: Path) -> Taxonomy:
    """Parse and validate `<policy_dir>/categories.toml`; raise PolicyError listing every problem."""
    return _parse_taxonomy(Path(policy_dir) / TAXONOMY_FILE, Path(policy_dir))


def load_policy(name_or_path: str | Path, policy_dir: Path, taxonomy: Taxonomy) -> Policy:
    """Parse and validate one policy, by id (`"general"`) or by file path; raise PolicyError."""
    policy_dir = Path(policy_dir)
    path = _policy_path(name_or_path, policy_dir)
    if not path.is_file():
        known = ", ".join(available_policies(policy_dir)) or "none"
        raise PolicyError([f"{file_label(path, policy_dir)}: no such policy file (available policies: {known})"])
    return _parse_policy(path, policy_dir, taxonomy)


def load_bundle(policy_dir: Path, name: str) -> PolicyBundle:
    """The taxonomy, the named policy and its fallback; cached until a file in policy_dir changes."""
    policy_dir = Path(policy_dir).resolve()
    return _load_bundle_cached(policy_dir, name, _stamp(policy_dir))


def available_policies(policy_dir: Path) -> list[str]:
    """Ids of the policies shipped in `<policy_dir>/policies/`, sorted."""
    return sorted(p.stem for p in _policy_paths(Path(policy_dir)))


def policy_files(policy_dir: Path) -> list[Path]:
    """The taxonomy file followed by every policy file of a policy directory."""
    policy_dir = Path(policy_dir)
    return [policy_dir / TAXONOMY_FILE, *_policy_paths(policy_dir)]


def file_label(path: Path, policy_dir: Path) -> str:
    """How a file is named in messages: `policy_content/...` when inside the policy dir, else as given."""
    try:
        resolved, root = path.resolve(), policy_dir.resolve()
    except OSError:
        return str(path)
    if not resolved.is_relative_to(root):
        return str(path)
    return resolved.relative_to(root.parent).as_posix()


def check_files(paths: Sequence[Path] | None, policy_dir: Path) -> list[str]:
    """Every problem in the given files (all of policy_dir's files when None); empty when all good.

    A file named `categories.toml` is checked as a taxonomy; any other file as a policy, against
    the taxonomy of `policy_dir`.
    """
    policy_dir = Path(policy_dir)
    files = policy_files(policy_dir) if paths is None else [Path(p) for p in paths]
    problems: list[str] = []
    taxonomy: Taxonomy | None = None
    taxonomy_problems: list[str] | None = None
    for path in files:
        if path.name == TAXONOMY_FILE:
            problems += _problems_of(_parse_taxonomy, path, policy_dir)
            continue
        if taxonomy is None and taxonomy_problems is None:
            try:
                taxonomy = load_taxonomy(policy_dir)
            except PolicyError as e:
                taxonomy_problems = e.problems
        if taxonomy is None:
            tax_label = file_label(policy_dir / TAXONOMY_FILE, policy_dir)
            problems += taxonomy_problems or []
            problems.append(f"{file_label(path, policy_dir)}: not checked: {tax_label} has problems")
            continue
        problems += _problems_of(load_policy, path, policy_dir, taxonomy)
    return list(dict.fromkeys(problems))


def clauses_for_category(bundle: PolicyBundle, category_id: str) -> tuple[Policy, tuple[Clause, ...]]:
    """The policy that answers a category and its clauses: the active policy, else its fallback.

    When neither covers the category, the active policy and an empty tuple.
    """
    own = bundle.policy.clauses_for(category_id)
    if own or bundle.fallback is None:
        return bundle.policy, own
    borrowed = bundle.fallback.clauses_for(category_id)
    if borrowed:
        return bundle.fallback, borrowed
    return bundle.policy, ()


# --- files and caching --------------------------------------------------------------------------


def _policy_paths(policy_dir: Path) -> list[Path]:
    folder = policy_dir / POLICIES_DIR
    return sorted(folder.glob("*.toml")) if folder.is_dir() else []


def _policy_path(name_or_path: str | Path, policy_dir: Path) -> Path:
    if isinstance(name_or_path, Path):
        return name_or_path
    if name_or_path.endswith(".toml") or "/" in name_or_path or "\\" in name_or_path:
        return Path(name_or_path)
    return policy_dir / POLICIES_DIR / f"{name_or_path}.toml"


def _stamp(policy_dir: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when any file of the directory is edited: name, mtime and size of each."""
    stamp = []
    for path in policy_files(policy_dir):
        try:
            st = path.stat()
        except OSError:
            continue
        stamp.append((path.name, st.st_mtime_ns, st.st_size))
    return tuple(stamp)


@lru_cache(maxsize=32)
def _load_bundle_cached(policy_dir: Path, name: str, stamp: tuple[tuple[str, int, int], ...]) -> PolicyBundle:
    taxonomy = load_taxonomy(policy_dir)
    policy = load_policy(name, policy_dir, taxonomy)
    fallback = load_policy(policy.fallback, policy_dir, taxonomy) if policy.fallback else None
    return PolicyBundle(taxonomy=taxonomy, policy=policy, fallback=fallback)


def _problems_of(load: Callable[..., object], *args: Any) -> list[str]:
    try:
        load(*args)
    except PolicyError as e:
        return e.problems
    return []


def _read_toml(path: Path, report: _Report) -> dict[str, Any] | None:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        report.add("file not found")
    except tomllib.TOMLDecodeError as e:
        report.add(f"invalid TOML: {e}")
    except UnicodeDecodeError:
        report.add("invalid TOML: the file is not UTF-8 text")
    except OSError as e:
        report.add(f"cannot read the file: {e.strerror or e}")
    return None


# --- parsing ------------------------------------------------------------------------------------


def _parse_taxonomy(path: Path, policy_dir: Path) -> Taxonomy:
    report = _Report(file_label(path, policy_dir))
    data = _read_toml(path, report)
    if data is None:
        raise PolicyError(report.problems)
    top = _Table(data, report)
    top.reject_unknown(_TAXONOMY_KEYS)

    categories = _unique_by_id(
        (_parse_category(raw, i, report) for i, raw in enumerate(top.tables("category"), start=1)), "category", report
    )
    if "category" in data:
        missing = [c for c in CATEGORY_IDS if c not in categories]
        if missing:
            report.add(f"missing categories: {', '.join(missing)}")

    consequences = _unique_by_id(
        (_parse_consequence(raw, i, report) for i, raw in enumerate(top.tables("consequence"), start=1)),
        "consequence",
        report,
    )

    legitimate: tuple[Text, ...] = ()
    legitimate_script = Text("")
    raw_legitimate = top.table("legitimate")
    if raw_legitimate is not None:
        table = _Table(raw_legitimate, report, "legitimate")
        table.reject_unknown(_LEGITIMATE_KEYS)
        legitimate = table.texts("handling", LANGUAGES)
        legitimate_script = table.text("script", LANGUAGES)

    safety: dict[str, SafetyGuidance] = {}
    if "safety" in data:
        for index, raw in enumerate(top.tables("safety"), start=1):
            guidance = _parse_safety(raw, index, report)
            if guidance is None:
                continue
            if guidance.kind in safety:
                report.add("duplicate safety kind", f"safety {guidance.kind}")
            safety[guidance.kind] = guidance
        missing = [k for k in SAFETY_KINDS if k not in safety]
        if missing:
            report.add(f"missing safety kinds: {', '.join(missing)}")

    report.raise_if_any()
    return Taxonomy(
        categories=tuple(categories[c] for c in CATEGORY_IDS),
        consequences=tuple(consequences.values()),
        legitimate=legitimate,
        legitimate_script=legitimate_script,
        safety=tuple(safety[k] for k in SAFETY_KINDS if k in safety),
    )


def _parse_safety(raw: Mapping[str, Any], index: int, report: _Report) -> SafetyGuidance | None:
    where = f"safety {raw.get('kind')}" if isinstance(raw.get("kind"), str) else f"safety #{index}"
    table = _Table(raw, report, where)
    table.reject_unknown(_SAFETY_KEYS)
    kind = table.string("kind")
    if kind and kind not in SAFETY_KINDS:
        table.problem(f"unknown safety kind{_suggest(kind, SAFETY_KINDS)}")
        return None
    script = table.text("script", LANGUAGES) if "script" in raw else Text("")
    guidance = SafetyGuidance(
        kind=kind, title=table.text("title", LANGUAGES), handling=table.texts("handling", LANGUAGES), script=script
    )
    return guidance if kind else None


_T = TypeVar("_T", Category, Consequence)


def _unique_by_id(items: Iterable[_T | None], kind: str, report: _Report) -> dict[str, _T]:
    """Parsed entries by id; a repeated id is reported (the later entry wins), failed ones skipped."""
    found: dict[str, _T] = {}
    for item in items:
        if item is None:
            continue
        if item.id in found:
            report.add(f"duplicate {kind} id", f"{kind} {item.id}")
        found[item.id] = item
    return found


def _parse_category(raw: Mapping[str, Any], index: int, report: _Report) -> Category | None:
    table = _Table(raw, report, _where("category", raw, index))
    table.reject_unknown(_CATEGORY_KEYS)
    category_id = table.string("id")
    if category_id and category_id not in CATEGORY_IDS:
        table.problem(f"unknown category id{_suggest(category_id, CATEGORY_IDS)}")
        return None
    severity = _severity(table)
    penal_code = table.strings("penal_code", required=False)
    for article in penal_code:
        if not _ARTICLE.match(article):
            table.problem(f"penal_code entry {article!r} is not an article number like '222'")
    category = Category(
        id=category_id,
        title=table.text("title", LANGUAGES),
        definition=table.text("definition", LANGUAGES),
        default_severity=severity or Severity.NONE,  # a bad severity is reported; the load fails
        handling=table.texts("handling", LANGUAGES),
        script=table.text("script", LANGUAGES),
        penal_code=penal_code,
        laws=table.texts("laws", LANGUAGES) if "laws" in raw else (),
    )
    return category if category_id else None


def _severity(table: _Table) -> Severity | None:
    value = table.string("default_severity")
    if not value:
        return None
    choices = "low, medium, high or critical"
    try:
        severity = Severity.parse(value)
    except ValueError:
        table.problem(f"unknown severity {value!r}; use {choices}")
        return None
    if severity is Severity.NONE:
        table.problem(f"severity 'none' is not allowed for a category; use {choices}")
        return None
    return severity


def _parse_consequence(raw: Mapping[str, Any], index: int, report: _Report) -> Consequence | None:
    table = _Table(raw, report, _where("consequence", raw, index))
    table.reject_unknown(_CONSEQUENCE_KEYS)
    consequence_id = table.string("id")
    if consequence_id and not _CONSEQUENCE_ID.match(consequence_id):
        table.problem("consequence id must be lowercase letters, digits and '_'")
    title = table.text("title", LANGUAGES)
    return Consequence(id=consequence_id, title=title) if consequence_id else None


def _parse_policy(path: Path, policy_dir: Path, taxonomy: Taxonomy) -> Policy:
    report = _Report(file_label(path, policy_dir))
    data = _read_toml(path, report)
    if data is None:
        raise PolicyError(report.problems)
    policy_id = path.stem
    if not _POLICY_ID.match(policy_id):
        report.add("the file name must be lowercase letters, digits, '_' or '-' (it is the policy id)")
    top = _Table(data, report)
    top.reject_unknown(_POLICY_KEYS)
    languages = _languages(top)
    known_consequences = tuple(c.id for c in taxonomy.consequences)
    consequences = top.ids("consequences", known_consequences, "consequence")
    fallback = top.string("fallback", required=False)
    if fallback:
        _check_fallback(fallback, policy_id, policy_dir, report)

    clauses: list[Clause] = []
    seen: set[str] = set()
    for i, raw in enumerate(top.tables("clause"), start=1):
        clause = _parse_clause(raw, i, languages, known_consequences, consequences, report)
        if clause is None:
            continue
        if clause.id in seen:
            report.add("duplicate clause id", f"clause {clause.id}")
        seen.add(clause.id)
        clauses.append(clause)

    policy = Policy(
        id=policy_id,
        company=top.text("company", languages),
        title=top.text("title", languages),
        version=top.string("version", allow_date=True),
        languages=languages,
        definition=top.text("definition", languages),
        clauses=tuple(clauses),
        consequences=consequences,
        stance=top.text("stance", languages),
        support=top.text("support", languages),
        source=top.string("source", required=False),
        fallback=fallback,
        note=top.text("note", languages) if "note" in data else Text(""),
    )
    report.raise_if_any()
    return policy


def _languages(top: _Table) -> tuple[str, ...]:
    """The languages every text of the policy must be written in."""
    languages = top.ids("languages", LANGUAGES, "language")
    if "languages" in top.data and "en" not in languages:
        top.problem("'languages' must include 'en', the language every text falls back to")
    return languages or ("en",)


def _check_fallback(fallback: str, policy_id: str, policy_dir: Path, report: _Report) -> None:
    if fallback == policy_id:
        report.add("fallback names the policy itself")
        return
    if fallback not in available_policies(policy_dir):
        known = ", ".join(available_policies(policy_dir)) or "none"
        report.add(f"fallback {fallback!r} names no policy in {POLICIES_DIR}/ (available: {known})")


def _parse_clause(
    raw: Mapping[str, Any],
    index: int,
    languages: tuple[str, ...],
    known_consequences: tuple[str, ...],
    policy_consequences: tuple[str, ...],
    report: _Report,
) -> Clause | None:
    table = _Table(raw, report, _where("clause", raw, index))
    table.reject_unknown(_CLAUSE_KEYS)
    clause_id = table.string("id")
    if clause_id and not _CLAUSE_ID.match(clause_id):
        table.problem("clause id must be letters, digits, '-', '_' or '.', e.g. 'ACME-01'")
    text = table.text("text", languages)
    categories = table.ids("categories", CATEGORY_IDS, "category")
    if raw.get("categories") == []:
        table.problem("the clause covers no category: 'categories' is empty")
    consequences = table.ids("consequences", known_consequences, "consequence", required=False)
    for consequence in consequences:
        if consequence not in policy_consequences:
            table.problem(
                f"consequence {consequence!r} is not among the policy's consequences "
                f"({', '.join(policy_consequences) or 'none'}); add it to the top-level 'consequences' list"
            )
    cited = table.string("cited", required=False) or CITED_ALWAYS
    if cited not in CITED_VALUES:
        table.problem(f"'cited' must be one of {', '.join(CITED_VALUES)}{_suggest(cited, CITED_VALUES)}")
    condition = table.text("condition", languages) if "condition" in raw else Text("")
    if cited == CITED_NEVER and not condition.en:
        table.problem("a clause with cited = 'never' needs a 'condition' saying when it applies")
    if not clause_id:
        return None
    return Clause(
        id=clause_id, text=text, categories=categories, consequences=consequences, cited=cited, condition=condition
    )


# --- typed reads with problem reporting ---------------------------------------------------------


class _Report:
    """The problems found in one file, each prefixed with the file and, where known, the place."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[str] = []

    def add(self, problem: str, where: str = "") -> None:
        self.problems.append(f"{self.label}: {where}: {problem}" if where else f"{self.label}: {problem}")

    def raise_if_any(self) -> None:
        if self.problems:
            raise PolicyError(self.problems)


class _Table:
    """Checked reads from one TOML table; a missing or mistyped value becomes a reported problem."""

    def __init__(self, data: Mapping[str, Any], report: _Report, where: str = "") -> None:
        self.data = data
        self.report = report
        self.where = where

    def problem(self, text: str) -> None:
        self.report.add(text, self.where)

    def reject_unknown(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                self.problem(f"unknown key {key!r}{_suggest(key, sorted(allowed))}")

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data:
            if required:
                self.problem(f"missing required key {key!r}")
            return None
        return self.data[key]

    def string(self, key: str, *, required: bool = True, allow_date: bool = False) -> str:
        value = self._get(key, required)
        if value is None:
            return ""
        if allow_date and isinstance(value, dt.date):
            return value.isoformat()
        if not isinstance(value, str):
            self.problem(f"{key!r} must be a string, not {_kind(value)}")
            return ""
        if required and not value.strip():
            self.problem(f"{key!r} is empty")
        return value.strip()

    def strings(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f"{key!r} must be a list of strings")
            return ()
        return tuple(v.strip() for v in value)

    def ids(self, key: str, known: Sequence[str], kind: str, *, required: bool = True) -> tuple[str, ...]:
        """A list of ids; unknown or repeated ones are reported."""
        values = self.strings(key, required=required)
        result: list[str] = []
        for value in values:
            if value not in known:
                self.problem(f"unknown {kind} {value!r}{_suggest(value, known)}")
            elif value in result:
                self.problem(f"{kind} {value!r} is listed twice in {key!r}")
            else:
                result.append(value)
        return tuple(result)

    def table(self, key: str) -> Mapping[str, Any] | None:
        value = self._get(key, True)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(f"{key!r} must be a table, not {_kind(value)}")
            return None
        return value

    def tables(self, key: str) -> list[Mapping[str, Any]]:
        value = self._get(key, True)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(f"{key!r} must be an array of tables ([[{key}]])")
            return []
        if not value:
            self.problem(f"{key!r} is empty")
        return value

    def text(self, key: str, languages: Sequence[str]) -> Text:
        value = self._get(key, True)
        if value is None:
            return Text("")
        return self._text(value, f"{key!r}", languages)

    def texts(self, key: str, languages: Sequence[str]) -> tuple[Text, ...]:
        items = self.tables(key)
        return tuple(self._text(item, f"{key} step {n}", languages) for n, item in enumerate(items, start=1))

    def _text(self, value: Any, name: str, languages: Sequence[str]) -> Text:
        if not isinstance(value, dict):
            self.problem(f'{name} must be a table of texts by language (en = "...", ja = "...")')
            return Text("")
        for lang in value:
            if lang not in LANGUAGES:
                self.problem(f"unknown language {lang!r} in {name}; use {' or '.join(LANGUAGES)}")
        found: dict[str, str] = {}
        for lang in LANGUAGES:
            raw = value.get(lang, "")
            if not isinstance(raw, str):
                self.problem(f"the {lang} text of {name} must be a string, not {_kind(raw)}")
                raw = ""
            found[lang] = raw.strip()
        for lang in languages:
            if not found[lang]:
                self.problem(f"missing {lang} text for {name}")
        return Text(en=found["en"], ja=found["ja"])


def _where(kind: str, raw: Mapping[str, Any], index: int) -> str:
    """How an entry is named in messages: by its id, or by its position when it has none."""
    entry_id = raw.get("id")
    return f"{kind} {entry_id}" if isinstance(entry_id, str) and entry_id.strip() else f"{kind} #{index}"


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (dt.date, dt.time)):
        return "a date or time"
    return type(value).__name__


def _suggest(value: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(value, list(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""
