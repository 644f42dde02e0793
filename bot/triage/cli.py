"""`python -m bot triage`: classify descriptions from the command line or as JSON lines."""

from __future__ import annotations

import json
import sys
from typing import IO, Any

from bot.policy.model import PolicyBundle
from bot.triage.engine import triage
from bot.triage.result import TriageResult

MAX_LINE_BYTES = 1_000_000


def triage_jsonl(stream: IO[bytes], out: IO[str], bundle: PolicyBundle) -> tuple[int, int]:
    """Answer each `{"id", "text"}` line with one result line; return (answered, errors)."""
    answered = errors = 0
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        record = _jsonl_record(number, raw, bundle)
        if "error" in record:
            errors += 1
        else:
            answered += 1
        line = json.dumps(record, ensure_ascii=False)
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate ("\ud800") in the input: keep it escaped
            line = json.dumps(record)
        out.write(line + "\n")
        out.flush()
    return answered, errors


def _jsonl_record(number: int, raw: bytes, bundle: PolicyBundle) -> dict[str, Any]:
    if len(raw) > MAX_LINE_BYTES:
        return {"id": None, "line": number, "error": f"line is {len(raw)} bytes; the limit is {MAX_LINE_BYTES}"}
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return {"id": None, "line": number, "error": f"line is not valid UTF-8 (byte {exc.start})"}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": number, "error": f"invalid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(item, dict):
        return {"id": None, "line": number, "error": 'expected an object like {"id": ..., "text": ...}'}
    item_id = item.get("id")
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": item_id, "line": number, "error": '"text" is missing or not a string'}
    if not text.strip():
        return {"id": item_id, "line": number, "error": '"text" is empty: describe what happened'}
    return {"id": item_id, **triage(text, bundle).to_dict()}


def describe(result: TriageResult, bundle: PolicyBundle, language: str = "en") -> str:
    """A readable, multi-line account of a triage result for the terminal."""
    lines: list[str] = []
    if not result.harassment:
        lines.append("Not harassment: this reads as a legitimate complaint or ordinary contact.")
        lines.append("Handle it as a normal complaint.")
        if result.legitimate_signals:
            lines.append("Complaint signals: " + ", ".join(result.legitimate_signals))
    else:
        lines.append(f"Harassment: yes   severity: {result.severity.value}   language: {result.language}")
        lines.append("")
        lines.append("Categories (best first):")
        for score in result.categories:
            category = bundle.taxonomy.category(score.category)
            phrases = ", ".join(f'"{e.phrase}"' for e in score.evidence[:4])
            lines.append(f"  {score.score:.2f}  {score.category:24} {category.title.get(language)}")
            lines.append(f"        because: {phrases}")
        if result.possible:
            possible = ", ".join(f"{c.category} {c.score:.2f}" for c in result.possible)
            lines.append(f"  Also possible (not counted): {possible}")
        lines.append("")
        lines.append(f"Clauses ({bundle.policy.id} {bundle.policy.version}):")
        for match in result.clauses[:6]:
            lines.append(f"  {match.score:.2f}  {match.policy}:{match.clause_id}  covers {', '.join(match.categories)}")
        first = bundle.taxonomy.category(result.categories[0].category)
        lines.append("")
        lines.append("What to do now:")
        for number, step in enumerate(first.handling, start=1):
            lines.append(f"  {number}. {step.get(language)}")
        lines.append(f'  Say: "{first.script.get(language)}"')
    if result.discounted:
        lines.append("")
        lines.append("Not counted (negated): " + ", ".join(f"{e.category}: {e.phrase}" for e in result.discounted))
    if result.truncated:
        lines.append("(Only the first part of a very long text was analysed.)")
    return "\n".join(lines)


def read_stdin_bytes() -> IO[bytes]:
    """Standard input as bytes, so undecodable lines are reported rather than fatal."""
    return sys.stdin.buffer
