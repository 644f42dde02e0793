"""The Block Kit builders, checked on their output: valid for Slack, escaped, within limits, in both languages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import string
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bot.config import DEFAULT_POLICY_DIR
from bot.emulator.blockkit import message_blocks_problems, view_problems
from bot.emulator.payloads import state_value
from bot.lifecycle import CaseAction, CaseStatus, ContactChannel, Outcome, ReportSource, Surface, allowed_actions
from bot.policy.loader import available_policies, load_bundle
from bot.policy.model import PolicyBundle, Severity
from bot.services.reports import CUSTOMER_LABEL_MAX
from bot.services.results import CaseEventView, CaseSummary, CaseView, ClauseRef, CustomerHistory, DigestStats, RegisterStanding
from bot.slack import blocks, drafts, ids, mrkdwn
from bot.slack.i18n import MESSAGES, label, language_for, t
from bot.triage.engine import triage
from bot.triage.result import TriageResult

LANGS = ("en", "ja")
NOW = dt.datetime(2026, 11, 23, 5, 2, tzinfo=dt.UTC)
HOSTILE = "<!channel> <@U123> & <https://evil.example|click> @here @everyone"
HUGE = ("客が「<!channel>」と叫んだ 😡 & he said <@U999> " * 3000)[:100_000]
ALLOWED_USERS = {"U0REPORTER", "U0MGR1", "U0MGR2", "U0HANDLER"}
ALLOWED_CHANNELS = {"C0CASES"}


@pytest.fixture(scope="module")
def bundle() -> PolicyBundle:
    return load_bundle(DEFAULT_POLICY_DIR, "general")


def _triage(text: str, bundle: PolicyBundle) -> TriageResult:
    return triage(text, bundle)


# --- factories ----------------------------------------------------------------------------------


def make_event(action: str, *, minutes: int = 0, actor: str = "U0REPORTER", **overrides: Any) -> CaseEventView:
    values: dict[str, Any] = dict(
        at=NOW + dt.timedelta(minutes=minutes),
        actor=actor,
        action=action,
        from_status=None,
        to_status=CaseStatus.ESCALATED,
        surface=Surface.BUTTON,
    )
    values.update(overrides)
    return CaseEventView(**values)


def make_case(**overrides: Any) -> CaseView:
    values: dict[str, Any] = dict(
        id=42,
        ref="2026-1123-0001",
        reporter_user_id="U0REPORTER",
        team_id="T0TEAM",
        text="The caller shouted that I am an idiot and said he knows where I live.",
        source=ReportSource.SLASH_COMMAND,
        permalink=None,
        contact_channel=ContactChannel.PHONE,
        occurred_at=NOW - dt.timedelta(minutes=30),
        happening_now=False,
        harassment=True,
        severity=Severity.HIGH,
        categories=("threats_intimidation", "verbal_abuse"),
        clauses=(ClauseRef("general", "GEN-03", 0.9), ClauseRef("general", "GEN-02", 0.8)),
        triage={},
        policy_id="general",
        policy_version="2026-11-23",
        status=CaseStatus.ESCALATED,
        outcome=None,
        escalation_channel_id="C0CASES",
        manager_ids=("U0MGR1", "U0MGR2"),
        handler_user_id=None,
        customer_id=7,
        customer_label="Yamada T., member 12345",
        events=(make_event("report", to_status=CaseStatus.REPORTED), make_event("escalate", minutes=1)),
        created_at=NOW,
        updated_at=NOW,
        escalated_at=NOW,
        acknowledged_at=None,
        resolved_at=None,
        details_purged=False,
    )
    values.update(overrides)
    return CaseView(**values)


def make_summary(case_id: int, ref: str, days_ago: int, **overrides: Any) -> CaseSummary:
    values: dict[str, Any] = dict(
        id=case_id,
        ref=ref,
        created_at=NOW - dt.timedelta(days=days_ago),
        occurred_at=NOW - dt.timedelta(days=days_ago),
        harassment=True,
        categories=("verbal_abuse",),
        severity=Severity.MEDIUM,
        status=CaseStatus.RESOLVED,
        outcome=Outcome.RESOLVED_WITH_CUSTOMER,
    )
    values.update(overrides)
    return CaseSummary(**values)


def make_history(*, reports_in_window: int = 1, threshold: int = 3, **overrides: Any) -> CustomerHistory:
    values: dict[str, Any] = dict(
        customer_id=7,
        report_count=4,
        harassment_count=3,
        categories=(("verbal_abuse", 3), ("threats_intimidation", 1)),
        first_occurred_at=NOW - dt.timedelta(days=80),
        last_occurred_at=NOW,
        outcomes=((Outcome.RESOLVED_WITH_CUSTOMER, 2), (Outcome.SERVICE_REFUSED, 1)),
        service_refused=False,
        service_refused_at=None,
        reports_in_window=reports_in_window,
        window_days=90,
        threshold=threshold,
        repeat_offender=reports_in_window >= threshold,
        recent_cases=(
            make_summary(42, "2026-1123-0001", 0),  # the case on the card itself
            make_summary(30, "2026-1101-0003", 22),
            make_summary(12, "2026-0910-0001", 74, harassment=False, categories=(), outcome=Outcome.NOT_HARASSMENT),
        ),
    )
    values.update(overrides)
    return CustomerHistory(**values)


def make_standing(*, reports_in_window: int = 1, threshold: int = 3, **overrides: Any) -> RegisterStanding:
    values: dict[str, Any] = dict(
        customer_id=7,
        earlier_cases=3,
        repeat_offender=reports_in_window >= threshold,
        reports_in_window=reports_in_window,
        window_days=90,
        threshold=threshold,
    )
    values.update(overrides)
    return RegisterStanding(**values)


def make_digest(**overrides: Any) -> DigestStats:
    values: dict[str, Any] = dict(
        week_start=dt.datetime(2026, 11, 16, 15, 0, tzinfo=dt.UTC),
        week_end=dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC),
        total_reports=12,
        harassment_reports=9,
        by_category=(("verbal_abuse", 5), ("threats_intimidation", 3), ("physical_assault", 1)),
        by_severity=(("medium", 5), ("high", 3), ("none", 3), ("critical", 1)),
        by_status=(("resolved", 7), ("escalated", 3), ("logged_only", 2)),
        by_outcome=(("resolved_with_customer", 5), ("service_refused", 2)),
        by_source=(("slash_command", 8), ("modal", 3), ("message_shortcut", 1)),
        by_contact_channel=(("phone", 7), ("in_person", 4), ("other", 1)),
        repeat_offenders=2,
        median_minutes_to_acknowledge=7.5,
        median_minutes_to_resolve=1625.0,
        purged_reports=0,
    )
    values.update(overrides)
    return DigestStats(**values)


# --- validation helpers -------------------------------------------------------------------------


def assert_valid_message(message_blocks: list[dict[str, Any]]) -> None:
    assert 0 < len(message_blocks) <= blocks.MESSAGE_BLOCKS_MAX
    for block in message_blocks:
        Block.parse(block).validate_json()
    assert message_blocks_problems(message_blocks) == []
    json.dumps(message_blocks)
    _assert_limits(message_blocks)


def assert_valid_view(view: dict[str, Any]) -> None:
    assert len(view["blocks"]) <= blocks.VIEW_BLOCKS_MAX
    View(**view).validate_json()
    assert view_problems(view) == []
    json.dumps(view)
    _assert_limits(view["blocks"])


def _assert_limits(message_blocks: list[dict[str, Any]]) -> None:
    """Limits slack_sdk does not check: section fields 2000, ids 255, and only our own <…> tokens."""
    for block in message_blocks:
        for field in block.get("fields", []):
            assert len(field["text"]) <= 2000
        assert len(block.get("block_id", "")) <= 255
    for text in mrkdwn_texts(message_blocks):
        assert len(text) <= 3000
        assert_only_our_tokens(text)


def assert_only_our_tokens(text: str) -> None:
    """Every <…> in mrkdwn is a mention, channel or date we made: never user-typed markup."""
    for token in re.findall(r"<[^>]*>", text):
        user = re.fullmatch(r"<@([UW][A-Z0-9]+)>", token)
        channel = re.fullmatch(r"<#([CGD][A-Z0-9]+)>", token)
        if user:
            assert user.group(1) in ALLOWED_USERS, token
        elif channel:
            assert channel.group(1) in ALLOWED_CHANNELS, token
        else:
            assert re.fullmatch(r"<!date\^\d+\^[^|<>]+\|[^<>|]+>|<https://[^\s<>|]+\|[^<>|]+>", token), token
    assert "<!channel>" not in text and "<!here>" not in text
    assert not re.search(r"(?<![\w\u200d])@(here|channel|everyone)\b", text)


def walk(node: Any) -> list[dict[str, Any]]:
    """Every dict inside blocks, depth first."""
    found = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(walk(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(walk(item))
    return found


def mrkdwn_texts(node: Any) -> list[str]:
    return [d["text"] for d in walk(node) if d.get("type") == "mrkdwn"]


def all_text(node: Any) -> str:
    return "\n".join(d["text"] for d in walk(node) if d.get("type") in ("mrkdwn", "plain_text"))


def buttons(message_blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in walk(message_blocks) if d.get("type") == "button"]


def action_ids(message_blocks: list[dict[str, Any]]) -> list[str]:
    return [b["action_id"] for b in buttons(message_blocks)]


# --- catalogue ----------------------------------------------------------------------------------


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_and_the_same_fields(key: str) -> None:
    texts = MESSAGES[key]
    assert set(texts) == set(LANGS)
    assert all(text.strip() for text in texts.values())
    assert _fields(texts["en"]) == _fields(texts["ja"])
    assert not re.search(r"[<>]", texts["en"] + texts["ja"])  # mrkdwn: a literal < is written &lt;


@pytest.mark.parametrize(
    ("kind", "values"),
    [
        ("status", list(CaseStatus)),
        ("action", [*CaseAction, "report"]),
        ("outcome", list(Outcome)),
        ("contact_channel", list(ContactChannel)),
        ("source", list(ReportSource)),
        ("severity", list(Severity)),
    ],
)
def test_every_enum_value_has_a_label_in_both_languages(kind: str, values: list[Any]) -> None:
    for value in values:
        raw = getattr(value, "value", value)
        assert f"{kind}.{raw}" in MESSAGES
        assert label(kind, value, "en") != label(kind, value, "ja")


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("ja-JP", "ja"), ("ja", "ja"), ("en-US", "en"), ("en-GB", "en"), ("fr-FR", "ja"), (None, "ja"), ("", "ja")],
)
def test_language_for_slack_locales(locale: str | None, expected: str) -> None:
    assert language_for(locale, "ja") == expected


def test_t_falls_back_to_english_and_formats() -> None:
    assert t("case.outcome", "fr", outcome="X") == "Outcome: X"
    assert t("case.outcome", "ja", outcome="X") == "結果: X"


# --- mrkdwn -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<!channel>", "&lt;!channel&gt;"),
        ("<@U123>", "&lt;@U123&gt;"),
        ("a & b", "a &amp; b"),
        ("<https://evil|click>", "&lt;https://evil|click&gt;"),
        ("@here now", "@\u200dhere now"),
        ("@Channel", "@\u200dChannel"),
        ("mail me@everyone.com", "mail me@\u200deveryone.com"),
        ("土下座しろ 😡", "土下座しろ 😡"),
        ("&amp;", "&amp;amp;"),
    ],
)
def test_escape(raw: str, expected: str) -> None:
    assert mrkdwn.escape(raw) == expected


@pytest.mark.parametrize("limit", [10, 75, 3000])
def test_quote_escapes_prefixes_lines_and_fits(limit: int) -> None:
    quoted = mrkdwn.quote(HUGE, limit)
    assert len(quoted) <= limit
    assert quoted.startswith("> ") and quoted.endswith("…")
    assert "<" not in quoted
    assert not re.search(r"&[a-z]{0,4}…$", quoted)  # never half an entity
    assert mrkdwn.quote("one\n\ntwo", 100) == "> one\n>\n> two"
    assert mrkdwn.quote("short", 100) == "> short"


def test_truncate_and_clip() -> None:
    assert mrkdwn.truncate("x" * 100, 75) == "x" * 74 + "…"
    assert mrkdwn.truncate("fits", 75) == "fits"
    assert mrkdwn.clip("ab <@U123> cd", 8) == "ab…"
    assert mrkdwn.clip("ab &amp; cd", 7) == "ab…"


def test_split_keeps_every_piece_within_the_limit() -> None:
    text = mrkdwn.escape(HUGE)
    pieces = mrkdwn.split(text, 3000)
    assert all(len(p) <= 3000 for p in pieces)
    assert all(not re.search(r"&[a-z]{0,4}$", p) for p in pieces)
    assert sum(len(p) for p in pieces) >= len(text) - len(pieces) * 2


@pytest.mark.parametrize(
    ("user_id", "expected"),
    [("U0ABC123", "<@U0ABC123>"), ("W0ABC", "<@W0ABC>"), ("<!channel>", "&lt;!channel&gt;"), ("u123", "u123")],
)
def test_user(user_id: str, expected: str) -> None:
    assert mrkdwn.user(user_id) == expected


def test_channel_and_link() -> None:
    assert mrkdwn.channel("C0CASES") == "<#C0CASES>"
    assert mrkdwn.channel("<!here>") == "&lt;!here&gt;"
    url = "https://x.slack.com/archives/C1/p1?a=1&b=2"
    assert mrkdwn.link(url, "msg") == "<https://x.slack.com/archives/C1/p1?a=1&amp;b=2|msg>"
    assert mrkdwn.link("http://evil.example", "msg") == "msg"
    assert mrkdwn.link("https://evil.example|<!channel>", "msg") == "msg"


@pytest.fixture
def fallback_zone() -> Iterator[Callable[[str], None]]:
    """Set the zone of date fallbacks for one test (the app sets it from TIMEZONE), then restore it."""
    before = mrkdwn._FALLBACK_ZONE["zone"]
    yield mrkdwn.use_time_zone
    mrkdwn._FALLBACK_ZONE["zone"] = before


@pytest.mark.parametrize(
    ("zone", "lang", "fallback"),
    [
        ("UTC", "en", "2026-11-23 05:02 UTC"),
        ("UTC", "ja", "2026年11月23日 05:02 UTC"),
        ("Asia/Tokyo", "en", "2026-11-23 14:02 JST"),
        ("Asia/Tokyo", "ja", "2026年11月23日 14:02 JST"),
    ],
)
def test_date_token(zone: str, lang: str, fallback: str, fallback_zone: Callable[[str], None]) -> None:
    fallback_zone(zone)
    epoch = int(NOW.timestamp())
    assert mrkdwn.date(NOW, lang) == f"<!date^{epoch}^{{date_short_pretty}} {{time}}|{fallback}>"
    assert mrkdwn.date(NOW.replace(tzinfo=None), lang) == mrkdwn.date(NOW, lang)  # naive means UTC
    assert mrkdwn.date(NOW, lang, style="ago").startswith(f"<!date^{epoch}^{{ago}}|")


# --- triage reply -------------------------------------------------------------------------------

TRIAGE_TEXTS = [
    pytest.param("He punched me and threw a chair at my colleague, she is bleeding.", "critical", id="assault-en"),
    pytest.param("土下座しろと言われ、殴られた", "critical", id="assault-ja"),
    pytest.param(
        "The customer shouted that I am an idiot, demanded I kneel and apologise, said he will post my name online "
        "and asked for my home address, and he keeps calling every day about the same thing.",
        "harassment",
        id="many-categories",
    ),
    pytest.param("The product arrived broken and I want a refund, I am very angry.", "legitimate", id="complaint-en"),
    pytest.param("商品が壊れていたので返金してほしいとのこと", "legitimate", id="complaint-ja"),
    pytest.param("He did not threaten me, the order was late.", "legitimate", id="negated"),
    pytest.param(f"{HOSTILE} you idiot, I will kill you", "harassment", id="hostile"),
    pytest.param(HUGE, "any", id="100kB"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("text", "kind"), TRIAGE_TEXTS)
def test_triage_reply_is_valid_and_ends_with_its_buttons(text: str, kind: str, lang: str, bundle: PolicyBundle) -> None:
    result = _triage(text, bundle)
    draft = json.dumps({"key": "trigger-1", "text": text[:500]}, ensure_ascii=False)
    reply = blocks.triage_reply(result, bundle, lang, draft=draft)
    assert_valid_message(reply)
    last = reply[-1]
    assert last["type"] == "actions"
    if result.severity is Severity.CRITICAL:  # "Log only" does not help anyone in danger
        assert [b["action_id"] for b in last["elements"]] == [
            ids.ACTION_ESCALATE,
            ids.ACTION_SHOW_POLICY,
            ids.ACTION_OPEN_REPORT,
        ]
        assert [b["value"] for b in last["elements"]] == [draft, bundle.policy.id, draft]
    else:
        assert [b["action_id"] for b in last["elements"]] == [
            ids.ACTION_ESCALATE,
            ids.ACTION_LOG_ONLY,
            ids.ACTION_SHOW_POLICY,
            ids.ACTION_OPEN_REPORT,
        ]
        assert [b["value"] for b in last["elements"]] == [draft, draft, bundle.policy.id, draft]
    escalate = last["elements"][0]
    assert escalate["style"] == ("danger" if result.severity is Severity.CRITICAL else "primary")
    if kind == "critical":
        assert result.severity is Severity.CRITICAL
    if kind in ("harassment", "critical"):
        assert result.harassment
    if kind == "legitimate":
        assert not result.harassment


@pytest.mark.parametrize("lang", LANGS)
def test_critical_puts_the_safety_section_first(lang: str, bundle: PolicyBundle) -> None:
    result = _triage("He punched me and threw a chair at my colleague, she is bleeding.", bundle)
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    first = reply[0]["text"]["text"]
    assert first == t("triage.safety", lang)
    assert "110" in first and "119" in first
    assert sum(t("triage.safety", lang) in s for s in mrkdwn_texts(reply)) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_non_critical_harassment_has_no_safety_section(lang: str, bundle: PolicyBundle) -> None:
    result = _triage("The customer called me an idiot and a moron.", bundle)
    assert result.harassment and result.severity is not Severity.CRITICAL
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    assert reply[0]["type"] == "header"
    assert t("triage.safety", lang) not in all_text(reply)
    assert not result.safety_check and t("triage.safety_check", lang) not in all_text(reply)


@pytest.mark.parametrize("lang", LANGS)
def test_a_threat_without_a_floor_finding_leads_with_the_danger_check(lang: str, bundle: PolicyBundle) -> None:
    result = _triage("He said accidents happen to clerks who cross him and that I will be sorry.", bundle)
    assert result.harassment and result.safety is None and result.severity is not Severity.CRITICAL
    assert result.safety_check and "threats_intimidation" in result.category_ids
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    assert reply[0]["text"]["text"] == t("triage.safety_check", lang)
    assert reply[1]["type"] == "header"
    assert sum(t("triage.safety_check", lang) in s for s in mrkdwn_texts(reply)) == 1
    assert t("triage.safety", lang) not in all_text(reply)


@pytest.mark.parametrize("lang", LANGS)
def test_a_critical_reply_shows_one_banner_not_the_danger_check_too(lang: str, bundle: PolicyBundle) -> None:
    result = _triage("He punched the wall next to my head and screamed at me.", bundle)
    assert result.severity is Severity.CRITICAL
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    assert reply[0]["text"]["text"] == t("triage.safety", lang)
    assert t("triage.safety_check", lang) not in all_text(reply)


@pytest.mark.parametrize("lang", LANGS)
def test_harassment_reply_explains_categories_clauses_penal_code_and_handling(lang: str, bundle: PolicyBundle) -> None:
    # Not critical: a critical reply leaves out penal-code lines and leads with the safety steps.
    result = _triage("The customer shouted that I am an idiot and said he would make me regret it.", bundle)
    assert result.harassment and result.severity is not Severity.CRITICAL
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    text = all_text(reply)
    for category_id in result.category_ids[:4]:
        assert bundle.taxonomy.category(category_id).title.get(lang) in text
    for match in result.clauses:
        assert match.clause_id in text
        clause = bundle.policy.clause(match.clause_id)
        assert mrkdwn.escape(clause.text.get(lang)) in text
    primary = bundle.taxonomy.category(blocks.most_severe_category(result, bundle))
    assert mrkdwn.escape(primary.handling[0].get(lang)) in text
    assert mrkdwn.escape(primary.script.get(lang)) in text
    assert t("triage.article", lang, number=primary.penal_code[0]) in text


@pytest.mark.parametrize("lang", LANGS)
def test_at_most_four_categories_are_detailed(lang: str, bundle: PolicyBundle) -> None:
    result = _triage(
        "He screamed insults at me, demanded I kneel, threatened to post my name and photo online, filmed me without "
        "asking, refused to leave for three hours, and demanded I be fired. He also asked me out and grabbed my arm.",
        bundle,
    )
    assert len(result.categories) > 4
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    why = t("triage.why", lang, phrases="").split(":")[0]
    detailed = [b for b in reply if b["type"] == "section" and why in b["text"]["text"]]
    assert len(detailed) == 4
    hidden = bundle.taxonomy.category(result.category_ids[4]).title.get(lang)
    assert any(hidden in text for text in mrkdwn_texts([b for b in reply if b["type"] == "context"]))


@pytest.mark.parametrize("lang", LANGS)
def test_legitimate_complaint_says_so_with_steps_and_script(lang: str, bundle: PolicyBundle) -> None:
    result = _triage("The product arrived broken and I want a refund, I am very angry.", bundle)
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    text = all_text(reply)
    assert t("triage.legitimate", lang) in text
    assert mrkdwn.escape(bundle.taxonomy.legitimate[0].get(lang)) in text
    assert mrkdwn.escape(bundle.taxonomy.legitimate_script.get(lang)) in text
    assert "refund" in text
    assert ids.ACTION_ESCALATE in action_ids(reply)


@pytest.mark.parametrize("lang", LANGS)
def test_negated_phrases_are_shown_as_not_counted(lang: str, bundle: PolicyBundle) -> None:
    result = _triage("He did not threaten me, but he called me an idiot.", bundle)
    assert result.discounted
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    contexts = mrkdwn_texts([b for b in reply if b["type"] == "context"])
    assert any("threaten" in c and t("triage.not_counted", lang, phrases="")[:6] in c for c in contexts)


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_evidence_is_escaped(lang: str, bundle: PolicyBundle) -> None:
    result = _triage("<!channel> you <b>idiot</b> & moron <@U123>", bundle)
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    assert_valid_message(reply)
    assert "<b>" not in all_text(reply)


def test_clauses_from_the_fallback_policy_are_quoted(bundle: PolicyBundle) -> None:
    general = bundle.policy
    own = dataclasses.replace(general, id="acme", fallback="general", clauses=general.clauses[:1])
    acme = PolicyBundle(bundle.taxonomy, own, general)
    result = _triage("He called me an idiot and a moron.", acme)
    assert any(m.policy == "general" for m in result.clauses)
    reply = blocks.triage_reply(result, acme, "en", draft="{}")
    text = all_text(reply)
    match = next(m for m in result.clauses if m.policy == "general")
    assert mrkdwn.escape(general.clause(match.clause_id).text.en) in text
    assert_valid_message(reply)


def test_draft_over_2000_characters_is_refused(bundle: PolicyBundle) -> None:
    result = _triage("He called me an idiot.", bundle)
    blocks.triage_reply(result, bundle, "en", draft="x" * 2000)
    with pytest.raises(ValueError):
        blocks.triage_reply(result, bundle, "en", draft="x" * 2001)


def test_triage_reply_text_has_no_user_text(bundle: PolicyBundle) -> None:
    result = _triage(f"{HOSTILE} you idiot", bundle)
    text = blocks.triage_reply_text(result, bundle, "en")
    assert "<" not in text and "@here" not in text


# --- help and policy ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_help_lists_every_usage(lang: str) -> None:
    help_blocks = blocks.help_blocks(lang)
    assert_valid_message(help_blocks)
    text = all_text(help_blocks)
    for usage in ("/harassment <", "/harassment report", "/harassment history", "/harassment digest", "Report harassment"):
        assert mrkdwn.escape(usage) in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("policy_id", available_policies(DEFAULT_POLICY_DIR))
def test_policy_blocks_show_every_clause(policy_id: str, lang: str) -> None:
    policy_bundle = load_bundle(DEFAULT_POLICY_DIR, policy_id)
    policy = policy_bundle.policy
    policy_view = blocks.policy_blocks(policy_bundle, lang)
    assert_valid_message(policy_view)
    text = all_text(policy_view)
    assert policy.title.get(lang)[:140] in text
    for clause in policy.clauses:
        assert f"*{clause.id}*" in text
        assert mrkdwn.escape(clause.text.get(lang)) in text
    assert mrkdwn.escape(policy.support.get(lang)) in text


def test_a_huge_policy_is_split_into_sections_and_capped(bundle: PolicyBundle) -> None:
    general = bundle.policy
    clause = dataclasses.replace(general.clauses[0], text=dataclasses.replace(general.clauses[0].text, en=HUGE[:5000]))
    many = tuple(dataclasses.replace(clause, id=f"BIG-{i:03d}") for i in range(60))
    huge = PolicyBundle(bundle.taxonomy, dataclasses.replace(general, clauses=many, definition=general.definition))
    policy_view = blocks.policy_blocks(huge, "en")
    assert len(policy_view) == blocks.MESSAGE_BLOCKS_MAX
    assert_valid_message(policy_view)


# --- report form --------------------------------------------------------------------------------


def _input_elements(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}


def submitted(view: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    """view.state.values as Slack sends them for `answers` (block_id -> value), built from the view's own elements."""
    elements = _input_elements(view)
    state: dict[str, Any] = {}
    for block_id, element in elements.items():
        value = answers.get(block_id)
        if element["type"] == "checkboxes":
            value = [ids.OPTION_YES] if value else []
        elif element["type"] == "datetimepicker":
            value = {"selected_date_time": value}
        elif value is None and element["type"] in ("static_select", "radio_buttons"):
            value = {"selected_option": None}
        state[block_id] = {element["action_id"]: state_value(element, value)}
    return state


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("escalate_default", [False, True])
def test_report_modal_is_valid(lang: str, escalate_default: bool) -> None:
    view = blocks.report_modal(lang, text=HUGE, private_metadata='{"channel": "C1"}', escalate_default=escalate_default)
    assert_valid_view(view)
    assert view["callback_id"] == ids.VIEW_REPORT
    assert len(view["title"]["text"]) <= 24
    elements = _input_elements(view)
    assert list(elements) == [
        ids.BLOCK_TEXT,
        ids.BLOCK_LOCATION_TEXT,  # no places configured: free text only
        ids.BLOCK_CUSTOMER_NUMBER,
        ids.BLOCK_CUSTOMER_NAME,
        ids.BLOCK_CUSTOMER_EMAIL,
        ids.BLOCK_CUSTOMER_PHONE,
        ids.BLOCK_CUSTOMER_HANDLE,
        ids.BLOCK_CONTACT_CHANNEL,
        ids.BLOCK_OCCURRED_AT,
        ids.BLOCK_HAPPENING_NOW,
        ids.BLOCK_ESCALATE,
    ]
    assert all(e["action_id"] == ids.INPUT for e in elements.values())
    assert len(elements[ids.BLOCK_TEXT]["initial_value"]) == 3000
    assert [o["value"] for o in elements[ids.BLOCK_CONTACT_CHANNEL]["options"]] == [c.value for c in ContactChannel]
    assert ("initial_options" in elements[ids.BLOCK_ESCALATE]) is escalate_default
    optional = {b["block_id"]: b["optional"] for b in view["blocks"] if b["type"] == "input"}
    assert optional.pop(ids.BLOCK_TEXT) is False and all(optional.values())


@pytest.mark.parametrize("lang", LANGS)
def test_report_modal_offers_the_configured_places_and_free_text(lang: str) -> None:
    places = ("新宿店", "Shibuya store", "x" * 75)
    view = blocks.report_modal(lang, locations=places)
    assert_valid_view(view)
    elements = _input_elements(view)
    assert [o["value"] for o in elements[ids.BLOCK_LOCATION]["options"]] == list(places)
    assert ids.BLOCK_LOCATION_TEXT in elements
    chosen = {
        ids.BLOCK_TEXT: {ids.INPUT: {"value": "He shouted"}},
        ids.BLOCK_LOCATION: {ids.INPUT: {"selected_option": {"value": "新宿店"}}},
        ids.BLOCK_LOCATION_TEXT: {ids.INPUT: {"value": " 2F counter "}},
    }
    assert blocks.parse_report_submission(chosen).location == "新宿店 · 2F counter"
    assert blocks.parse_report_submission({ids.BLOCK_TEXT: {ids.INPUT: {"value": "x"}}}).location is None


def test_report_modal_without_text_has_no_initial_value() -> None:
    view = blocks.report_modal("en")
    assert "initial_value" not in _input_elements(view)[ids.BLOCK_TEXT]
    assert "private_metadata" not in view
    assert_valid_view(view)


def test_private_metadata_over_3000_characters_is_refused() -> None:
    blocks.report_modal("en", private_metadata="x" * 3000)
    with pytest.raises(ValueError):
        blocks.report_modal("en", private_metadata="x" * 3001)
    with pytest.raises(ValueError):
        blocks.resolve_modal("en", "2026-1123-0001", "x" * 3001)


def test_report_form_round_trip() -> None:
    view = blocks.report_modal("en")
    picked = int(NOW.timestamp())
    state = submitted(
        view,
        {
            ids.BLOCK_TEXT: "  He shouted at me for an hour.  ",
            ids.BLOCK_CUSTOMER_NUMBER: "M-12345",
            ids.BLOCK_CUSTOMER_EMAIL: "yamada@example.jp",
            ids.BLOCK_CUSTOMER_PHONE: "090-1234-5678",
            ids.BLOCK_CUSTOMER_HANDLE: "   ",
            ids.BLOCK_CONTACT_CHANNEL: ContactChannel.IN_PERSON.value,
            ids.BLOCK_OCCURRED_AT: picked,
            ids.BLOCK_HAPPENING_NOW: True,
            ids.BLOCK_ESCALATE: False,
        },
    )
    form = blocks.parse_report_submission(state)
    assert form == blocks.ReportForm(
        text="He shouted at me for an hour.",
        customer_number="M-12345",
        customer_name=None,
        customer_email="yamada@example.jp",
        customer_phone="090-1234-5678",
        customer_handle=None,
        contact_channel=ContactChannel.IN_PERSON,
        occurred_at=NOW,
        happening_now=True,
        escalate=False,
    )
    assert form.occurred_at.tzinfo is not None
    assert blocks.validate_report(form, "en", now=NOW) == {}


def test_an_empty_submission_parses_to_defaults() -> None:
    form = blocks.parse_report_submission(submitted(blocks.report_modal("ja"), {}))
    assert form.text == "" and form.contact_channel is ContactChannel.OTHER and form.occurred_at is None
    assert not form.happening_now and not form.escalate
    assert blocks.parse_report_submission({}).text == ""


def _form(**overrides: Any) -> blocks.ReportForm:
    values: dict[str, Any] = dict(
        text="He shouted at me.",
        customer_number=None,
        customer_name=None,
        customer_email=None,
        customer_phone=None,
        customer_handle=None,
        contact_channel=ContactChannel.PHONE,
        occurred_at=None,
        happening_now=False,
        escalate=True,
    )
    values.update(overrides)
    return blocks.ReportForm(**values)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("overrides", "failing"),
    [
        ({}, set()),
        ({"text": ""}, {ids.BLOCK_TEXT}),
        ({"text": "x" * 3001}, {ids.BLOCK_TEXT}),
        ({"text": "x" * 3000}, set()),
        ({"customer_email": "yamada@example"}, {ids.BLOCK_CUSTOMER_EMAIL}),
        ({"customer_email": "not an email"}, {ids.BLOCK_CUSTOMER_EMAIL}),
        ({"customer_email": "a.b+c@example.co.jp"}, set()),
        ({"customer_phone": "12-34"}, {ids.BLOCK_CUSTOMER_PHONE}),
        ({"customer_phone": "０９０－１２３４－５６７８"}, set()),
        ({"customer_phone": "+81 3 1234 5678"}, set()),
        ({"customer_number": "9" * 201}, {ids.BLOCK_CUSTOMER_NUMBER}),
        ({"customer_name": "山田 太郎"}, set()),
        ({"occurred_at": NOW + dt.timedelta(hours=2)}, {ids.BLOCK_OCCURRED_AT}),
        ({"occurred_at": NOW + dt.timedelta(minutes=2)}, set()),
        (
            {"text": "", "customer_email": "x", "customer_phone": "1"},
            {ids.BLOCK_TEXT, ids.BLOCK_CUSTOMER_EMAIL, ids.BLOCK_CUSTOMER_PHONE},
        ),
    ],
)
def test_validate_report(overrides: dict[str, Any], failing: set[str], lang: str) -> None:
    errors = blocks.validate_report(_form(**overrides), lang, now=NOW)
    assert set(errors) == failing
    assert all(message.strip() for message in errors.values())


# --- resolve form -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_resolve_modal_round_trip(lang: str) -> None:
    view = blocks.resolve_modal(lang, "2026-1123-0001", '{"case_id": 42}')
    assert_valid_view(view)
    assert view["callback_id"] == ids.VIEW_RESOLVE
    assert [o["value"] for o in _input_elements(view)[ids.BLOCK_OUTCOME]["options"]] == [o.value for o in Outcome]
    state = submitted(view, {ids.BLOCK_OUTCOME: Outcome.SERVICE_REFUSED.value, ids.BLOCK_NOTE: "  Warned twice.  "})
    assert blocks.parse_resolve_submission(state) == (Outcome.SERVICE_REFUSED, "Warned twice.")
    assert blocks.parse_resolve_submission(submitted(view, {})) == (None, "")


# --- case card ----------------------------------------------------------------------------------

CASE_VARIANTS = [
    pytest.param({}, id="escalated"),
    pytest.param(
        {"text": HOSTILE, "customer_label": HOSTILE, "permalink": "https://x.slack.com/archives/C1/p1"}, id="hostile"
    ),
    pytest.param({"text": HUGE, "customer_label": HUGE[:300]}, id="100kB"),
    pytest.param({"text": "客に「土下座しろ」と言われました 🙇", "happening_now": True, "severity": Severity.CRITICAL}, id="ja-now"),
    pytest.param({"harassment": False, "severity": Severity.NONE, "categories": (), "clauses": ()}, id="legitimate"),
    pytest.param({"details_purged": True, "customer_label": None, "permalink": "http://evil.example"}, id="purged"),
    pytest.param({"customer_id": None, "customer_label": None}, id="no-customer"),
    pytest.param(
        {
            "status": CaseStatus.RESOLVED,
            "outcome": Outcome.SERVICE_REFUSED,
            "handler_user_id": "U0HANDLER",
            "events": tuple(make_event("warn_customer", minutes=i, actor="U0HANDLER", note=HOSTILE) for i in range(20)),
        },
        id="resolved-long-log",
    ),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("overrides", CASE_VARIANTS)
@pytest.mark.parametrize("with_history", [False, True])
def test_case_card_is_valid(overrides: dict[str, Any], with_history: bool, lang: str, bundle: PolicyBundle) -> None:
    case = make_case(**overrides)
    history = make_standing(reports_in_window=5, name_matches=2, merge_candidates=(9,)) if with_history else None
    card = blocks.case_card(case, history, bundle, lang)
    assert_valid_message(card)
    assert card[0]["type"] == "header" and case.ref in card[0]["text"]["text"]
    assert any(b.get("block_id") == ids.BLOCK_CASE_LOG for b in card)
    text = all_text(card)
    assert HOSTILE not in text
    if case.text == HOSTILE:
        assert mrkdwn.escape(HOSTILE) in text


@pytest.mark.parametrize("status", list(CaseStatus))
def test_case_card_buttons_follow_allowed_actions(status: CaseStatus, bundle: PolicyBundle) -> None:
    case = make_case(status=status, outcome=Outcome.NO_FURTHER_ACTION if status is CaseStatus.RESOLVED else None)
    card = blocks.case_card(case, None, bundle, "en")
    expected = [blocks.CASE_BUTTONS[a] for a in allowed_actions(status) if a in blocks.CASE_BUTTONS]
    actions = [b for b in card if b["type"] == "actions" and b["block_id"] != ids.BLOCK_CASE_CUSTOMER_ACTIONS]
    if not expected:
        assert actions == []
        return
    assert len(actions) == 1 and actions[0]["block_id"] == ids.BLOCK_CASE_ACTIONS
    assert [e["action_id"] for e in actions[0]["elements"]] == expected
    assert all(e["value"] == f"{case.id}:{len(case.events)}" for e in actions[0]["elements"])
    assert_valid_message(card)


def test_case_buttons_map_onto_the_shared_ids() -> None:
    assert tuple(blocks.CASE_BUTTONS.values()) == ids.CASE_ACTIONS


def test_resolved_card_has_no_actions_and_shows_the_outcome(bundle: PolicyBundle) -> None:
    case = make_case(status=CaseStatus.RESOLVED, outcome=Outcome.REFERRED_POLICE, handler_user_id="U0HANDLER")
    card = blocks.case_card(case, None, bundle, "ja")
    assert [b["block_id"] for b in card if b["type"] == "actions"] == [ids.BLOCK_CASE_CUSTOMER_ACTIONS]
    text = all_text(card)
    assert label("outcome", Outcome.REFERRED_POLICE, "ja") in text and "<@U0HANDLER>" in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("in_window", "threshold", "shown"), [(2, 3, False), (3, 3, True), (7, 3, True), (0, 1, False)])
def test_repeat_offender_line_only_at_the_threshold(
    in_window: int, threshold: int, shown: bool, lang: str, bundle: PolicyBundle
) -> None:
    history = make_standing(reports_in_window=in_window, threshold=threshold)
    card = blocks.case_card(make_case(), history, bundle, lang)
    line = t("history.repeat_offender", lang, count=in_window, days=90, threshold=threshold)
    assert (line in all_text(card)) is shown


def test_case_card_shows_every_member_counts_but_never_earlier_cases(bundle: PolicyBundle) -> None:
    card = blocks.case_card(make_case(), make_standing(), bundle, "en")
    text = all_text(card)
    assert t("register.earlier_cases", "en", count=3) in text
    assert "2026-1101-0003" not in text and "×" not in text  # no refs, categories or outcomes of other cases
    customer_buttons = next(b for b in card if b.get("block_id") == ids.BLOCK_CASE_CUSTOMER_ACTIONS)
    assert [e["action_id"] for e in customer_buttons["elements"]] == [
        ids.ACTION_CASE_CUSTOMER,
        ids.ACTION_CASE_HISTORY,
        ids.ACTION_CASE_UNLINK,
    ]


def test_case_card_for_a_first_report_says_no_earlier_reports(bundle: PolicyBundle) -> None:
    text = all_text(blocks.case_card(make_case(), make_standing(earlier_cases=0), bundle, "en"))
    assert t("history.no_earlier", "en") in text


@pytest.mark.parametrize("lang", LANGS)
def test_case_card_offers_managers_a_name_match_and_a_merge_to_confirm(lang: str, bundle: PolicyBundle) -> None:
    card = blocks.case_card(make_case(), make_standing(name_matches=2, merge_candidates=(8, 9)), bundle, lang)
    text = all_text(card)
    assert t("register.name_match", lang, count=2) in text
    assert t("register.merge_needed", lang, count=2) in text
    customer_buttons = next(b for b in card if b.get("block_id") == ids.BLOCK_CASE_CUSTOMER_ACTIONS)
    elements = {e["action_id"]: e for e in customer_buttons["elements"]}
    assert {ids.ACTION_CASE_MERGE, ids.ACTION_CASE_NAME_LINK} <= elements.keys()
    assert all("confirm" in elements[a] for a in (ids.ACTION_CASE_MERGE, ids.ACTION_CASE_NAME_LINK, ids.ACTION_CASE_UNLINK))
    assert_valid_message(card)


@pytest.mark.parametrize("lang", LANGS)
def test_case_card_notes(lang: str, bundle: PolicyBundle) -> None:
    legitimate = make_case(harassment=False, severity=Severity.NONE, categories=())
    legit = all_text(blocks.case_card(legitimate, None, bundle, lang))
    assert t("case.legitimate_note", lang) in legit
    assert t("case.legitimate_note", lang) not in all_text(blocks.case_card(make_case(), None, bundle, lang))
    purged = all_text(blocks.case_card(make_case(details_purged=True, customer_label=None), None, bundle, lang))
    assert t("case.customer_purged", lang) in purged
    nobody = all_text(blocks.case_card(make_case(customer_label=None), None, bundle, lang))
    assert t("common.not_given", lang) in nobody
    now = all_text(blocks.case_card(make_case(happening_now=True), None, bundle, lang))
    assert t("case.happening_now", lang) in now


def test_case_card_links_only_https_permalinks(bundle: PolicyBundle) -> None:
    good = all_text(blocks.case_card(make_case(permalink="https://acme.slack.com/archives/C1/p123"), None, bundle, "en"))
    assert "<https://acme.slack.com/archives/C1/p123|original message>" in good
    bad = all_text(blocks.case_card(make_case(permalink="javascript:alert(1)"), None, bundle, "en"))
    assert "javascript" not in bad


def test_activity_log_keeps_the_last_entries_newest_last(bundle: PolicyBundle) -> None:
    events = tuple(make_event("take_over", minutes=i, actor="U0HANDLER", note=f"step {i}") for i in range(12))
    card = blocks.case_card(make_case(events=tuple(reversed(events))), None, bundle, "en")
    log = next(b for b in card if b.get("block_id") == ids.BLOCK_CASE_LOG)["text"]["text"]
    assert "step 3" not in log and "step 4" in log
    assert log.index("step 10") < log.index("step 11")
    assert "4 earlier entries" in log


# --- lines, confirmations, alerts ---------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("action", [*(a.value for a in CaseAction), "report", "something_new"])
def test_case_action_line(action: str, lang: str) -> None:
    outcome = Outcome.SERVICE_REFUSED if action == "resolve" else None
    event = make_event(action, actor="U0MGR1", note=f"{HOSTILE}\nsecond line", outcome=outcome)
    line = blocks.case_action_line(event, lang)
    assert "\n" not in line and "<@U0MGR1>" in line and "{time}" in line
    assert_only_our_tokens(line)
    if outcome:
        assert label("outcome", outcome, lang) in line


def test_case_action_line_example() -> None:
    line = blocks.case_action_line(make_event("acknowledge", actor="U0MGR1"), "en")
    assert line.startswith(":white_check_mark: <@U0MGR1> acknowledged the case · <!date^")
    system = blocks.case_action_line(make_event("escalate", actor="system"), "ja")
    assert "ボットが責任者に知らせました" in system


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"happening_now": True},
        {"severity": Severity.CRITICAL},
        {"text": HUGE},
        {"categories": ("verbal_abuse",), "severity": Severity.MEDIUM},
        {"categories": ("physical_assault",), "severity": Severity.HIGH},
        {"categories": ("verbal_abuse",), "severity": Severity.MEDIUM, "triage": {"safety_check": True}},
    ],
)
def test_confirmations_and_alert(overrides: dict[str, Any], lang: str, bundle: PolicyBundle) -> None:
    case = make_case(**overrides)
    confirmation = blocks.escalation_confirmation(case, "C0CASES", bundle, lang)
    assert_valid_message(confirmation)
    text = all_text(confirmation)
    assert "<#C0CASES>" in text and case.ref in text
    assert mrkdwn.escape(bundle.policy.support.get(lang)) in text
    assert t("escalated.no_disadvantage", lang) in text
    # A threat or an attack reminds the reporter what to do if they are in danger, whatever its severity.
    danger = bool({"threats_intimidation", "physical_assault"} & set(case.categories)) or bool(case.triage.get("safety_check"))
    assert (t("escalated.safety", lang) in text) is (case.happening_now or danger or case.severity is Severity.CRITICAL)
    logged = blocks.logged_confirmation(case, lang)
    assert_valid_message(logged)
    assert case.ref in all_text(logged)
    alert = blocks.manager_alert(case, "C0CASES", lang, bundle)
    assert_valid_message(alert)
    assert "<#C0CASES>" in all_text(alert)
    assert_valid_message(blocks.manager_alert(case, "C0CASES", lang))


@pytest.mark.parametrize("lang", LANGS)
def test_fallback_texts_carry_no_user_text(lang: str, bundle: PolicyBundle) -> None:
    case = make_case(text=HOSTILE, customer_label=HOSTILE, happening_now=True)
    for text in (
        blocks.case_card_text(case, lang),
        blocks.case_card_text(case, lang, bundle),
        blocks.manager_alert_text(case, lang),
        blocks.escalation_confirmation_text(case, lang),
        blocks.logged_confirmation_text(case, lang),
        blocks.digest_text(make_digest(), lang),
    ):
        assert text.strip() and "<" not in text and "@here" not in text
    assert bundle.taxonomy.category("verbal_abuse").title.get(lang) in blocks.case_card_text(case, lang, bundle)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("minutes", "expected_en"), [(15, "15 min"), (75, "1 h 15 min"), (60 * 26, "1 d 2 h")])
def test_reminder_text(minutes: int, expected_en: str, lang: str) -> None:
    text = blocks.reminder_text(make_case(), minutes, lang)
    assert "<@U0MGR1> <@U0MGR2>" in text and "2026-1123-0001" in text
    if lang == "en":
        assert expected_en in text
    assert blocks.reminder_text(make_case(manager_ids=()), minutes, lang).startswith(":alarm_clock: ")


# --- history ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "history",
    [None, make_history(), make_history(reports_in_window=4, service_refused=True, service_refused_at=NOW)],
)
def test_history_blocks(history: CustomerHistory | None, lang: str, bundle: PolicyBundle) -> None:
    query = f"{HOSTILE} yamada@example.jp"
    result = blocks.history_blocks(history, query, lang)
    assert_valid_message(result)
    text = all_text(result)
    assert mrkdwn.escape(query) in text
    assert t("history.purpose", lang) in text
    if history is None:
        assert t("history.none", lang, label=mrkdwn.escape(query)) in text
    else:
        assert t("history.reports", lang, count=4, harassment=3) in text
        assert "`2026-1123-0001`" in text  # no case is "current" here
        assert (":warning:" in text) is history.repeat_offender
        with_titles = all_text(blocks.history_blocks(history, query, lang, bundle))
        assert bundle.taxonomy.category("verbal_abuse").title.get(lang) in with_titles


# --- App Home -----------------------------------------------------------------------------------


def _many_cases(count: int, **overrides: Any) -> list[CaseView]:
    return [
        make_case(id=i, ref=f"2026-1123-{i:04d}", created_at=NOW - dt.timedelta(hours=i), **overrides)
        for i in range(1, count + 1)
    ]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("own", "open_", "digest"),
    [
        pytest.param([], None, None, id="staff-empty"),
        pytest.param(_many_cases(15, text=HUGE), None, None, id="staff-many"),
        pytest.param(_many_cases(3), [], None, id="manager-empty"),
        pytest.param(_many_cases(12), _many_cases(60, status=CaseStatus.LOGGED_ONLY), make_digest(), id="hr-full"),
    ],
)
def test_home_view_is_valid(
    own: list[CaseView], open_: list[CaseView] | None, digest: DigestStats | None, lang: str, bundle: PolicyBundle
) -> None:
    view = blocks.home_view(lang, own_cases=own, open_cases=open_, digest=digest, bundle=bundle)
    assert view["type"] == "home"
    assert_valid_view(view)
    assert ids.ACTION_HOME_REPORT in action_ids(view["blocks"])
    text = all_text(view)
    assert (t("home.open_header", lang) in text) is (open_ is not None)
    assert (t("home.digest_header", lang) in text) is (digest is not None)


def test_home_view_orders_cases_and_offers_escalate_for_logged_only(bundle: PolicyBundle) -> None:
    own = _many_cases(12)
    open_cases = [
        make_case(id=1, ref="2026-1123-0001", created_at=NOW, status=CaseStatus.ESCALATED),
        make_case(id=2, ref="2026-1120-0002", created_at=NOW - dt.timedelta(days=3), status=CaseStatus.LOGGED_ONLY),
    ]
    view = blocks.home_view("en", own_cases=own, open_cases=open_cases, digest=None, bundle=bundle)
    sections = [b["text"]["text"] for b in view["blocks"] if b["type"] == "section" and "text" in b]
    own_refs = [s.split("*")[1] for s in sections if s.startswith("*2026-1123-")][:10]
    assert own_refs == [c.ref for c in own[:10]]  # newest first, at most 10
    text = all_text(view)
    assert text.index("2026-1120-0002") < text.index("2026-1123-0001*", text.index(t("home.open_header", "en")))
    escalate = [b for b in buttons(view["blocks"]) if b["action_id"] == ids.ACTION_HOME_ESCALATE]
    assert [b["value"] for b in escalate] == ["2"]
    assert "{ago}" in text and "<#C0CASES>" in text


# --- digest -------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"purged_reports": 4},
        {
            "total_reports": 0,
            "harassment_reports": 0,
            **{f"by_{d}": () for d in ("category", "severity", "status", "outcome", "source", "contact_channel")},
            "repeat_offenders": 0,
            "median_minutes_to_acknowledge": None,
            "median_minutes_to_resolve": None,
        },
        {"by_category": (("verbal_abuse", 1), ("<!channel>", 2)), "by_source": (("<@U123>", 1),)},
    ],
)
def test_digest_blocks(overrides: dict[str, Any], lang: str, bundle: PolicyBundle) -> None:
    stats = make_digest(**overrides)
    digest = blocks.digest_blocks(stats, lang, bundle)
    assert_valid_message(digest)
    text = all_text(digest)
    assert (t("digest.purged", lang, count=4) in text) is bool(stats.purged_reports)
    for category_id, count in stats.by_category:
        if category_id in ("verbal_abuse", "physical_assault"):
            assert f"{bundle.taxonomy.category(category_id).title.get(lang)}: {count}" in text
    if not overrides:
        assert label("outcome", "service_refused", lang) + ": 2" in text
        assert label("contact_channel", "in_person", lang) + ": 4" in text
        assert label("source", "modal", lang) + ": 3" in text
        assert "*2*" in text or "\n2" in text
        if lang == "en":
            assert "8 min" in text and "1 d 3 h" in text


def test_activity_log_keeps_the_newest_entry_when_notes_are_long(bundle: PolicyBundle) -> None:
    events = tuple(make_event("warn_customer", minutes=i, actor="U0HANDLER", note="<&>" * 300) for i in range(7))
    newest = make_event("resolve", minutes=99, actor="U0HANDLER", outcome=Outcome.SERVICE_REFUSED)
    card = blocks.case_card(make_case(events=(*events, newest)), None, bundle, "en")
    log = next(b for b in card if b.get("block_id") == ids.BLOCK_CASE_LOG)["text"]["text"]
    assert "resolved the case" in log and not log.endswith("…")
    assert_valid_message(card)


@pytest.mark.parametrize(
    ("field", "value", "block_id"),
    [
        ("customer_phone", "1234-5678", ids.BLOCK_CUSTOMER_PHONE),
        ("customer_email", "+tag@example.com", ids.BLOCK_CUSTOMER_EMAIL),
        ("customer_name", "様", ids.BLOCK_CUSTOMER_NAME),
        ("customer_number", "---", ids.BLOCK_CUSTOMER_NUMBER),
    ],
)
def test_identifiers_that_cannot_be_matched_are_refused_in_the_form(field, value, block_id):
    form = blocks.ReportForm(
        text="He shouted at me", customer_number=None, customer_name=None, customer_email=None,
        customer_phone=None, customer_handle=None, contact_channel=ContactChannel.PHONE,
        occurred_at=None, happening_now=False, escalate=False,
    )
    errors = blocks.validate_report(dataclasses.replace(form, **{field: value}), "en")
    assert block_id in errors


@pytest.mark.parametrize("lang", LANGS)
def test_customer_details_too_long_together_are_refused_before_the_form_closes(lang: str) -> None:
    # Each field within its own limit, all of them together longer than the case keeps.
    form = _form(
        customer_number="CN-" + "9" * 60,
        customer_name="Yamada " + "T" * 190,
        customer_email="a" * 60 + "@example.com",
        customer_phone="090-1234-5678",
        customer_handle="@" + "h" * 100,
    )
    assert all(len(v or "") <= 200 for v in (form.customer_number, form.customer_name)), "each field fits the form"
    errors = blocks.validate_report(form, lang, now=NOW)
    assert set(errors) == {ids.BLOCK_CUSTOMER_NAME}, "the longest field carries the message"
    assert str(CUSTOMER_LABEL_MAX) in errors[ids.BLOCK_CUSTOMER_NAME]
    shorter = dataclasses.replace(form, customer_name="Yamada Taro")
    assert len(shorter.customer().label() or "") <= CUSTOMER_LABEL_MAX
    assert blocks.validate_report(shorter, lang, now=NOW) == {}


@pytest.mark.parametrize("lang", LANGS)
def test_possible_categories_are_named_once_without_clauses(lang: str, bundle: PolicyBundle) -> None:
    result = _triage("The customer called me an idiot and kept shouting abuse at me for ten minutes", bundle)
    assert result.possible, "the example needs categories the model finds possible"
    reply = blocks.triage_reply(result, bundle, lang, draft="{}")
    assert_valid_message(reply)
    text = all_text(reply)
    possible = [bundle.taxonomy.category(c.category).title.get(lang) for c in result.possible]
    line = t("triage.possible", lang, categories="§").split("§")[0]
    assert line in text
    assert all(title in text for title in possible)
    covered = {c for m in result.clauses for c in m.categories}
    assert not covered & {c.category for c in result.possible}


def test_a_draft_fits_only_with_the_key_and_channel_it_will_carry() -> None:
    short_key, long_key, channel = "k", "cmd:T0123456789:" + "8" * 60, "C0123456789"
    # The longest text of quotes and newlines that still rides with the short key.
    text = next(
        t for n in range(1800, 0, -1) if drafts.fits(t := ('"\n' * 900)[:n], short_key)
    )
    assert not drafts.fits(text, long_key, channel)
    assert drafts.decode(drafts.encode(drafts.Draft(long_key, text, channel))).text is None
    assert drafts.decode(drafts.encode(drafts.Draft(short_key, text))).text == text


@pytest.mark.parametrize("lang", LANGS)
def test_hr_home_shows_the_outbox_backlog_only_when_work_is_waiting(lang: str, bundle: PolicyBundle) -> None:
    waiting = blocks.home_view(lang, own_cases=[], open_cases=[], digest=make_digest(), bundle=bundle, outbox={"pending": 3, "failed": 1})
    assert_valid_view(waiting)
    assert t("home.outbox", lang, pending=3, failed=1) in all_text(waiting)
    clear = blocks.home_view(lang, own_cases=[], open_cases=[], digest=make_digest(), bundle=bundle, outbox={})
    assert "case list --stuck" not in all_text(clear)
    staff = blocks.home_view(lang, own_cases=[], open_cases=None, digest=None, bundle=bundle, outbox={"pending": 3})
    assert "case list --stuck" not in all_text(staff)  # only HR's view carries it


@pytest.mark.parametrize("lang", LANGS)
def test_the_case_card_repeats_the_check_for_danger(lang: str, bundle: PolicyBundle) -> None:
    checked = blocks.case_card(make_case(triage={"safety_check": True}, severity=Severity.MEDIUM), None, bundle, lang)
    assert_valid_message(checked)
    assert t("case.safety_check", lang) in all_text(checked)
    plain = blocks.case_card(make_case(), None, bundle, lang)
    assert t("case.safety_check", lang) not in all_text(plain)
    # A critical case already leads with safety: no second warning.
    critical = blocks.case_card(make_case(triage={"safety_check": True}, severity=Severity.CRITICAL), None, bundle, lang)
    assert t("case.safety_check", lang) not in all_text(critical)
