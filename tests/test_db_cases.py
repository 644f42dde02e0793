"""The case service on a real database: life cycle, identity matching, history, audit, retention."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError

from bot.config import Settings
from bot.db.models import AuditEntry, Case, Customer, CustomerIdentifier, DigestAggregate
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.identity import IdentifierKind
from bot.lifecycle import CaseAction, CaseStatus, ContactChannel, IllegalTransition, Outcome, ReportSource, Surface
from bot.policy.model import Severity
from bot.services.audit import AuditLog
from bot.services.cases import CaseService
from bot.services.customers import CustomerService
from bot.services.digest import DigestService
from bot.services.reports import Report
from bot.services.results import CaseNotFound, ClauseRef, CustomerNotFound, TriageSummary

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 22, 1, 30, tzinfo=UTC)  # 10:30 in Tokyo
KEY = b"test-hmac-key"

EMAIL = IdentifierKind.EMAIL
PHONE = IdentifierKind.PHONE
NAME = IdentifierKind.NAME

THREAT = TriageSummary(
    harassment=True,
    severity=Severity.HIGH,
    categories=("threats_intimidation", "online_defamation", "privacy_violation"),
    clauses=(ClauseRef("general", "threats", 0.92), ClauseRef("general", "online", 0.61)),
    policy_id="general",
    policy_version="2025-04",
    result={"summary": "Threat to post the staff member's name online", "language": "en"},
)
ABUSE = TriageSummary(
    harassment=True,
    severity=Severity.MEDIUM,
    categories=("verbal_abuse",),
    clauses=(ClauseRef("general", "abuse", 0.8),),
    policy_id="general",
    policy_version="2025-04",
)
COMPLAINT = TriageSummary(
    harassment=False,
    severity=Severity.NONE,
    categories=(),
    clauses=(),
    policy_id="general",
    policy_version="2025-04",
    result={"summary": "A legitimate complaint about a late delivery"},
)


def report(
    *identifiers: tuple[IdentifierKind, str],
    triage: TriageSummary = THREAT,
    key: str | None = None,
    reporter: str = "U0REPORTER",
    source: ReportSource = ReportSource.SLASH_COMMAND,
    channel: ContactChannel = ContactChannel.PHONE,
    occurred_at: dt.datetime | None = None,
    label: str | None = "Yamada T. (member 00123)",
    text_: str = "電話で「お前の名前をネットに晒す」と言われました。",
) -> tuple[Report, TriageSummary]:
    """A report and its triage, as `record_report(*report(...), now)` takes them."""
    return Report(
        reporter_user_id=reporter,
        team_id="T0TEAM",
        text=text_,
        source=source,
        contact_channel=channel,
        occurred_at=occurred_at,
        happening_now=occurred_at is None,
        permalink="https://example.slack.com/archives/C1/p1700000000000100"
        if source is ReportSource.MESSAGE_SHORTCUT
        else None,
        customer_identifiers=tuple(identifiers),
        customer_label=label,
        idempotency_key=key or "",
    ), triage


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path,
        database_url=db_url,
        repeat_offender_threshold=3,
        repeat_offender_window_days=90,
        case_retention_days=1095,
        customer_detail_retention_days=365,
    )


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


class Register:
    """The case, customer, digest and audit services over one database, as these tests use them."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        sessions = make_session_factory(engine)
        self.cases = CaseService(sessions, KEY, settings)
        self.customers = CustomerService(sessions, KEY, settings)
        self.digests = DigestService(sessions, settings)
        self.audit = AuditLog(sessions)
        for name in ("record_report", "mark_escalated", "apply_action", "get_case", "find_case_by_ref",
                     "find_case_by_key", "find_case_by_channel", "cases_for_reporter", "open_cases",
                     "logged_cases", "unacknowledged_since", "record_card"):
            setattr(self, name, getattr(self.cases, name))
        self.customer_history = self.customers.history
        self.history_for_identifier = self.customers.history_for_identifier
        self.weekly_digest = self.digests.weekly_digest
        self.purge = self.digests.purge
        self.audit_trail = self.audit.trail
        self.recent_audit = self.audit.recent


@pytest.fixture
def service(engine: Engine, settings: Settings) -> Register:
    return Register(engine, settings)


def count(engine: Engine, model: type) -> int:
    with engine.connect() as connection:
        return len(connection.execute(select(model.__table__)).all())


def audit_actions(service: Register, target_type: str, target_id: int) -> list[str]:
    return [entry.action for entry in service.audit_trail(target_type, target_id)]


# --- recording and the life cycle -------------------------------------------------------


def test_recorded_case_carries_what_the_card_needs(service: Register) -> None:
    case = service.record_report(*report((EMAIL, "taro@example.com"), source=ReportSource.MESSAGE_SHORTCUT), NOW)

    assert case.ref == "2026-1122-0001"
    assert case.status is CaseStatus.REPORTED and case.outcome is None
    assert case.categories == ("threats_intimidation", "online_defamation", "privacy_violation")
    assert case.primary_category == "threats_intimidation"
    assert case.clauses[0] == ClauseRef("general", "threats", 0.92)
    assert case.triage["summary"].startswith("Threat")
    assert case.severity is Severity.HIGH and case.harassment
    assert case.text == "電話で「お前の名前をネットに晒す」と言われました。"
    assert case.permalink and case.source is ReportSource.MESSAGE_SHORTCUT
    assert case.customer_id is not None and case.customer_label == "Yamada T. (member 00123)"
    assert case.occurred_at == NOW and case.happening_now
    assert case.created_at == NOW and case.created_at.tzinfo is not None
    assert [(e.action, e.to_status, e.surface) for e in case.events] == [
        ("report", CaseStatus.REPORTED, Surface.SHORTCUT)
    ]
    assert service.get_case(case.id) == case
    assert service.find_case_by_ref("2026-1122-0001") == case


def test_refs_count_per_day_in_the_configured_time_zone(service: Register) -> None:
    first = service.record_report(*report(), dt.datetime(2026, 11, 22, 14, 0, tzinfo=UTC))  # 23:00 JST
    second = service.record_report(*report(), dt.datetime(2026, 11, 22, 14, 30, tzinfo=UTC))
    next_day = service.record_report(*report(), dt.datetime(2026, 11, 22, 15, 0, tzinfo=UTC))  # 00:00 JST
    assert [first.ref, second.ref, next_day.ref] == ["2026-1122-0001", "2026-1122-0002", "2026-1123-0001"]


def test_full_life_cycle_records_every_transition(service: Register) -> None:
    case = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    minutes = lambda n: NOW + dt.timedelta(minutes=n)  # noqa: E731

    case = service.mark_escalated(case.id, "U0REPORTER", "C0ESCALATE", ["U0MGR1", "U0MGR2"], Surface.MODAL, minutes(1))
    assert case.status is CaseStatus.ESCALATED and case.escalated_at == minutes(1)
    assert case.escalation_channel_id == "C0ESCALATE" and case.manager_ids == ("U0MGR1", "U0MGR2")
    assert service.find_case_by_channel("C0ESCALATE") == case

    case = service.apply_action(case.id, "U0MGR1", CaseAction.ACKNOWLEDGE, Surface.BUTTON, minutes(7))
    assert case.status is CaseStatus.ACKNOWLEDGED and case.acknowledged_at == minutes(7)

    case = service.apply_action(case.id, "U0MGR3", CaseAction.TAKE_OVER, Surface.BUTTON, minutes(10))
    assert case.status is CaseStatus.IN_PROGRESS and case.handler_user_id == "U0MGR3"
    assert case.manager_ids == ("U0MGR1", "U0MGR2", "U0MGR3")

    case = service.apply_action(
        case.id, "U0MGR3", CaseAction.WARN_CUSTOMER, Surface.BUTTON, minutes(12), note="Warned by phone"
    )
    case = service.apply_action(
        case.id, "U0MGR3", CaseAction.RESOLVE, Surface.MODAL, minutes(90), outcome=Outcome.RESOLVED_WITH_CUSTOMER
    )
    assert case.status is CaseStatus.RESOLVED and case.outcome is Outcome.RESOLVED_WITH_CUSTOMER
    assert case.resolved_at == minutes(90) and case.acknowledged_at == minutes(7)

    case = service.apply_action(case.id, "U0MGR1", CaseAction.REOPEN, Surface.BUTTON, minutes(200))
    assert case.status is CaseStatus.IN_PROGRESS and case.outcome is None and case.resolved_at is None

    case = service.apply_action(case.id, "U0MGR1", CaseAction.REFER_POLICE, Surface.BUTTON, minutes(210))
    case = service.apply_action(
        case.id, "U0MGR1", CaseAction.RESOLVE, Surface.BUTTON, minutes(300), outcome="referred_police"
    )
    assert case.outcome is Outcome.REFERRED_POLICE

    assert [(e.action, e.from_status, e.to_status, e.actor) for e in case.events] == [
        ("report", None, CaseStatus.REPORTED, "U0REPORTER"),
        ("escalate", CaseStatus.REPORTED, CaseStatus.ESCALATED, "U0REPORTER"),
        ("acknowledge", CaseStatus.ESCALATED, CaseStatus.ACKNOWLEDGED, "U0MGR1"),
        ("take_over", CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS, "U0MGR3"),
        ("warn_customer", CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS, "U0MGR3"),
        ("resolve", CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, "U0MGR3"),
        ("reopen", CaseStatus.RESOLVED, CaseStatus.IN_PROGRESS, "U0MGR1"),
        ("refer_police", CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS, "U0MGR1"),
        ("resolve", CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, "U0MGR1"),
    ]
    assert case.events[4].note == "Warned by phone"
    assert case.events[5].outcome is Outcome.RESOLVED_WITH_CUSTOMER
    assert all(e.at.tzinfo is not None for e in case.events)
    assert audit_actions(service, "case", case.id) == [
        "case.report",
        "case.escalate",
        "case.acknowledge",
        "case.take_over",
        "case.warn_customer",
        "case.resolve",
        "case.reopen",
        "case.refer_police",
        "case.resolve",
    ]


def test_log_only_then_escalate_later(service: Register) -> None:
    case = service.record_report(*report(triage=COMPLAINT), NOW)
    case = service.apply_action(case.id, "U0REPORTER", CaseAction.LOG_ONLY, Surface.BUTTON, NOW)
    assert case.status is CaseStatus.LOGGED_ONLY and case.manager_ids == ()
    case = service.mark_escalated(case.id, "U0REPORTER", "C0LATER", ["U0MGR1"], Surface.BUTTON, NOW)
    assert case.status is CaseStatus.ESCALATED


@pytest.mark.parametrize(
    ("steps", "action"),
    [
        ([], CaseAction.ACKNOWLEDGE),
        ([], CaseAction.REOPEN),
        ([], CaseAction.TAKE_OVER),
        (["escalate"], CaseAction.LOG_ONLY),
        (["escalate", CaseAction.ACKNOWLEDGE], CaseAction.ACKNOWLEDGE),
        (["escalate", CaseAction.ACKNOWLEDGE], CaseAction.REOPEN),
        ([CaseAction.LOG_ONLY], CaseAction.ACKNOWLEDGE),
        ([CaseAction.LOG_ONLY], CaseAction.LOG_ONLY),
    ],
)
def test_illegal_actions_are_refused_and_change_nothing(service: Register, steps: list, action: CaseAction) -> None:
    case = service.record_report(*report(), NOW)
    for step in steps:
        if step == "escalate":
            case = service.mark_escalated(case.id, "U0REPORTER", "C0ESC", ["U0MGR1"], Surface.BUTTON, NOW)
        else:
            case = service.apply_action(case.id, "U0MGR1", step, Surface.BUTTON, NOW)

    audited = audit_actions(service, "case", case.id)

    with pytest.raises(IllegalTransition):
        service.apply_action(case.id, "U0MGR1", action, Surface.BUTTON, NOW + dt.timedelta(minutes=1))

    assert service.get_case(case.id) == case
    assert audit_actions(service, "case", case.id) == audited


def test_resolve_needs_an_outcome_and_escalation_needs_a_channel(service: Register) -> None:
    case = service.record_report(*report(), NOW)
    case = service.mark_escalated(case.id, "U0REPORTER", "C0ESC", ["U0MGR1"], Surface.BUTTON, NOW)
    with pytest.raises(ValueError, match="needs an outcome"):
        service.apply_action(case.id, "U0MGR1", CaseAction.RESOLVE, Surface.BUTTON, NOW)
    with pytest.raises(ValueError, match="only when resolving"):
        service.apply_action(
            case.id, "U0MGR1", CaseAction.ACKNOWLEDGE, Surface.BUTTON, NOW, outcome=Outcome.SERVICE_REFUSED
        )
    with pytest.raises(ValueError, match="mark_escalated"):
        service.apply_action(case.id, "U0MGR1", CaseAction.ESCALATE, Surface.BUTTON, NOW)
    assert service.get_case(case.id).status is CaseStatus.ESCALATED


def test_escalating_twice_into_the_same_channel_is_harmless(service: Register) -> None:
    case = service.record_report(*report(), NOW)
    first = service.mark_escalated(case.id, "U0REPORTER", "C0ESC", ["U0MGR1"], Surface.BUTTON, NOW)
    again = service.mark_escalated(case.id, "U0REPORTER", "C0ESC", ["U0MGR1"], Surface.BUTTON, NOW)
    assert again == first and len(again.events) == 2
    # A second process that escalated at the same moment learns which channel stands.
    elsewhere = service.mark_escalated(case.id, "U0REPORTER", "C0OTHER", ["U0MGR1"], Surface.BUTTON, NOW)
    assert elsewhere.escalation_channel_id == "C0ESC" and len(elsewhere.events) == 2


def test_unknown_case_and_naive_times_are_refused(service: Register) -> None:
    with pytest.raises(CaseNotFound):
        service.get_case(999)
    with pytest.raises(CaseNotFound):
        service.apply_action(999, "U0MGR1", CaseAction.ACKNOWLEDGE, Surface.BUTTON, NOW)
    with pytest.raises(ValueError, match="time zone"):
        service.record_report(*report(), dt.datetime(2026, 11, 22, 10, 0))
    with pytest.raises(ValueError, match="category"):
        service.record_report(*report(triage=TriageSummary(True, Severity.LOW, ("rudeness",), (), "general", "1")), NOW)
    assert service.find_case_by_channel("C0NONE") is None and service.find_case_by_ref("2026-0101-0001") is None


# --- idempotency --------------------------------------------------------------------------


def test_a_retried_delivery_returns_the_existing_case(service: Register, engine: Engine) -> None:
    first = service.record_report(*report((EMAIL, "taro@example.com"), key="Ev0123:retry"), NOW)
    again = service.record_report(
        *report((EMAIL, "taro@example.com"), key="Ev0123:retry"), NOW + dt.timedelta(seconds=3)
    )
    assert again == first
    assert count(engine, Case) == 1 and count(engine, Customer) == 1
    assert audit_actions(service, "case", first.id) == ["case.report"]
    other = service.record_report(*report((EMAIL, "taro@example.com"), key="Ev0456"), NOW)
    assert other.id != first.id


# --- identity matching ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ((EMAIL, "Taro.Yamada+shop@gmail.com"), (EMAIL, "taroyamada@googlemail.com")),
        ((EMAIL, "hanako@example.co.jp"), (EMAIL, "ＨＡＮＡＫＯ＠ＥＸＡＭＰＬＥ．ＣＯ．ＪＰ")),
        ((PHONE, "090-1234-5678"), (PHONE, "+81 90 1234 5678")),
        ((PHONE, "０３−１２３４−５６７８"), (PHONE, "+81-3-1234-5678")),
        ((IdentifierKind.CUSTOMER_NUMBER, "M-00123"), (IdentifierKind.CUSTOMER_NUMBER, "ｍ００１２３")),
        ((IdentifierKind.SOCIAL_HANDLE, "https://x.com/Taro_Y"), (IdentifierKind.SOCIAL_HANDLE, "twitter: @taro_y")),
    ],
)
def test_the_same_person_written_differently_is_one_customer(
    service: Register, engine: Engine, first, second
) -> None:
    one = service.record_report(*report(first), NOW)
    two = service.record_report(*report(second), NOW + dt.timedelta(hours=1))
    assert one.customer_id == two.customer_id is not None
    assert count(engine, Customer) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ((NAME, "山田 太郎 様"), (NAME, "山田太郎")),
        ((NAME, "ﾔﾏﾀﾞ ﾀﾛｳ"), (NAME, "ヤマダタロウさん")),
        ((NAME, "Mr. Taro YAMADA"), (NAME, "Yamada Taro")),
    ],
)
def test_the_same_name_written_differently_is_only_a_possible_match(
    service: Register, engine: Engine, first, second
) -> None:
    one = service.record_report(*report(first), NOW)
    two = service.record_report(*report(second), NOW + dt.timedelta(hours=1))
    assert one.customer_id is None and two.customer_id is None  # a name alone links nothing
    assert count(engine, Customer) == 0
    assert service.customers.standing_for_case(two.id, NOW).name_matches == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ((EMAIL, "taro.yamada@gmail.com"), (EMAIL, "hanako.yamada@gmail.com")),
        ((EMAIL, "taro.yamada@example.com"), (EMAIL, "taroyamada@example.com")),
        ((PHONE, "090-1234-5678"), (PHONE, "090-1234-5679")),
        ((EMAIL, "taro@example.com"), (IdentifierKind.SOCIAL_HANDLE, "taro@example.com")),  # kinds never cross-match
    ],
)
def test_different_people_stay_apart(service: Register, engine: Engine, first, second) -> None:
    one = service.record_report(*report(first), NOW)
    two = service.record_report(*report(second), NOW)
    assert one.customer_id != two.customer_id
    assert count(engine, Customer) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [((NAME, "山田太郎"), (NAME, "山田花子")), ((NAME, "Taro Yamada"), (NAME, "Jiro Yamada"))],
)
def test_different_names_are_not_even_possible_matches(service: Register, first, second) -> None:
    service.record_report(*report(first), NOW)
    two = service.record_report(*report(second), NOW)
    assert service.customers.standing_for_case(two.id, NOW).name_matches == 0


def test_a_report_without_identifiers_has_no_customer(service: Register, engine: Engine) -> None:
    case = service.record_report(*report(label=None), NOW)
    assert case.customer_id is None and count(engine, Customer) == 0


def test_unusable_identifier_is_refused_before_anything_is_stored(service: Register, engine: Engine) -> None:
    with pytest.raises(ValueError, match="@"):
        service.record_report(*report((EMAIL, "taro.example.com")), NOW)
    assert count(engine, Case) == 0


def test_new_identifiers_join_the_customer_and_shared_ones_wait_for_a_manager_to_merge(
    service: Register, engine: Engine
) -> None:
    by_email = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    by_phone = service.record_report(*report((PHONE, "090-1234-5678")), NOW)
    assert by_email.customer_id != by_phone.customer_id

    both = service.record_report(
        *report((EMAIL, "TARO@example.com"), (PHONE, "09012345678")), NOW + dt.timedelta(hours=1)
    )
    first = min(by_email.customer_id, by_phone.customer_id)
    second = max(by_email.customer_id, by_phone.customer_id)
    assert both.customer_id == first and count(engine, Customer) == 2  # nothing merged unasked
    assert service.customers.standing_for_case(both.id, NOW).merge_candidates == (second,)

    service.customers.confirm_merge(both.id, "U0MGR1", Surface.BUTTON, NOW + dt.timedelta(hours=2))
    assert count(engine, Customer) == 1
    assert {service.get_case(c.id).customer_id for c in (by_email, by_phone, both)} == {first}
    assert service.customers.standing_for_case(both.id, NOW).merge_candidates == ()
    merge = [e for e in service.audit_trail("customer", first) if e.action == "customer.merge"]
    assert merge and merge[0].actor == "U0MGR1" and merge[0].detail["merged_customer_ids"] == [second]

    by_new_name = service.record_report(
        *report((PHONE, "+81 90 1234 5678"), (NAME, "山田太郎")), NOW + dt.timedelta(hours=2)
    )
    by_name_only = service.record_report(*report((NAME, "山田 太郎 様")), NOW + dt.timedelta(hours=3))
    assert by_new_name.customer_id == first and by_name_only.customer_id is None

    history = service.customer_history(first, "U0MGR1", Surface.APP_HOME, NOW + dt.timedelta(hours=4))
    assert history.report_count == 4
    with pytest.raises(CustomerNotFound):
        service.customer_history(second, "U0MGR1", Surface.APP_HOME, NOW)


def test_the_matching_table_never_holds_raw_identifiers(service: Register, engine: Engine) -> None:
    service.record_report(*report((EMAIL, "taro.yamada@example.com"), (PHONE, "090-1234-5678"), (NAME, "山田太郎")), NOW)
    with engine.connect() as connection:
        rows = connection.execute(select(CustomerIdentifier.__table__)).all()
        audit = connection.execute(select(AuditEntry.__table__)).all()
    assert len(rows) == 2  # the name stays with the case, never on the customer
    stored = " ".join(str(value) for row in [*rows, *audit] for value in row)
    for raw in ("taro", "yamada", "1234", "5678", "山田"):
        assert raw not in stored.lower()
    assert all(len(row.digest) == 64 for row in rows)


# --- history and repeat offenders ----------------------------------------------------------


def test_history_counts_reports_and_flags_a_repeat_offender(service: Register) -> None:
    customer = (PHONE, "090-1234-5678")
    days_ago = lambda n: NOW - dt.timedelta(days=n)  # noqa: E731
    old = service.record_report(*report(customer, triage=ABUSE, occurred_at=days_ago(200)), days_ago(200))
    service.record_report(*report(customer, triage=COMPLAINT, occurred_at=days_ago(60)), days_ago(60))
    first = service.record_report(*report(customer, triage=ABUSE, occurred_at=days_ago(50)), days_ago(50))
    second = service.record_report(*report(customer, triage=THREAT, occurred_at=days_ago(10)), days_ago(10))

    history = service.history_for_identifier(PHONE, "+81 90 1234 5678", "U0MGR1", Surface.APP_HOME, NOW)
    assert history is not None
    assert history.report_count == 4 and history.harassment_count == 3
    assert history.reports_in_window == 2 and not history.repeat_offender  # the old one and the complaint don't count
    assert history.first_occurred_at == days_ago(200) and history.last_occurred_at == days_ago(10)
    assert dict(history.categories) == {
        "verbal_abuse": 2,
        "threats_intimidation": 1,
        "online_defamation": 1,
        "privacy_violation": 1,
    }
    assert history.categories[0] == ("verbal_abuse", 2)
    assert [c.id for c in history.recent_cases][:2] == [second.id, first.id]
    assert history.recent_cases[-1].id == old.id

    third = service.record_report(*report(customer, triage=ABUSE), NOW)
    history = service.customer_history(third.customer_id, "U0MGR1", Surface.BUTTON, NOW)
    assert history.reports_in_window == 3 and history.repeat_offender
    assert (history.threshold, history.window_days) == (3, 90)
    assert not history.service_refused

    # A case resolved as "not harassment" stops counting against the customer.
    service.mark_escalated(third.id, "U0REPORTER", "C0ESC", ["U0MGR1"], Surface.BUTTON, NOW)
    service.apply_action(third.id, "U0MGR1", CaseAction.RESOLVE, Surface.BUTTON, NOW, outcome=Outcome.NOT_HARASSMENT)
    history = service.customer_history(third.customer_id, "U0MGR1", Surface.BUTTON, NOW)
    assert history.reports_in_window == 2 and not history.repeat_offender
    assert history.outcomes == ((Outcome.NOT_HARASSMENT, 1),)


def test_refusing_service_marks_the_customer(service: Register) -> None:
    case = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    service.mark_escalated(case.id, "U0REPORTER", "C0ESC", ["U0MGR1"], Surface.BUTTON, NOW)
    service.apply_action(case.id, "U0MGR1", CaseAction.REFUSE_SERVICE, Surface.BUTTON, NOW + dt.timedelta(hours=1))
    service.apply_action(
        case.id,
        "U0MGR1",
        CaseAction.RESOLVE,
        Surface.BUTTON,
        NOW + dt.timedelta(hours=2),
        outcome=Outcome.SERVICE_REFUSED,
    )

    history = service.history_for_identifier(
        EMAIL, "Taro@Example.com", "U0MGR1", Surface.APP_HOME, NOW + dt.timedelta(hours=3)
    )
    assert history is not None and history.service_refused
    assert history.service_refused_at == NOW + dt.timedelta(hours=1)
    assert history.outcomes == ((Outcome.SERVICE_REFUSED, 1),)
    assert audit_actions(service, "customer", case.customer_id).count("customer.service_refused") == 1


def test_unknown_identifier_has_no_history_but_the_lookup_is_audited(service: Register) -> None:
    assert service.history_for_identifier(EMAIL, "nobody@example.com", "U0MGR1", Surface.APP_HOME, NOW) is None
    latest = service.recent_audit(1)[0]
    assert (latest.action, latest.actor, latest.target_id, latest.detail) == (
        "customer.history_read",
        "U0MGR1",
        None,
        {"via": "email", "found": False},
    )


# --- audit ----------------------------------------------------------------------------------


def test_every_action_and_history_read_is_audited(service: Register) -> None:
    case = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    service.mark_escalated(case.id, "U0REPORTER", "C0ESC", ["U0MGR1"], Surface.MODAL, NOW)
    service.apply_action(case.id, "U0MGR1", CaseAction.ACKNOWLEDGE, Surface.BUTTON, NOW)
    service.customer_history(case.customer_id, "U0MGR1", Surface.APP_HOME, NOW)
    service.history_for_identifier(EMAIL, "taro@example.com", "U0HR1", Surface.SLASH_COMMAND, NOW)

    entries = service.audit_trail("customer", case.customer_id)
    assert [(e.action, e.actor, e.surface) for e in entries] == [
        ("customer.create", "U0REPORTER", Surface.SLASH_COMMAND),
        ("customer.history_read", "U0MGR1", Surface.APP_HOME),
        ("customer.history_read", "U0HR1", Surface.SLASH_COMMAND),
    ]
    case_entries = service.audit_trail("case", case.id)
    assert [(e.action, e.actor, e.surface) for e in case_entries] == [
        ("case.report", "U0REPORTER", Surface.SLASH_COMMAND),
        ("case.escalate", "U0REPORTER", Surface.MODAL),
        ("case.acknowledge", "U0MGR1", Surface.BUTTON),
    ]
    assert case_entries[1].detail["channel_id"] == "C0ESC"
    assert all(e.at == NOW for e in case_entries)


def test_the_audit_log_is_append_only(service: Register, engine: Engine) -> None:
    service.record_report(*report(), NOW)
    for statement in ("UPDATE audit_log SET actor = 'U0SOMEONE'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    assert [e.actor for e in service.recent_audit()] == ["U0REPORTER"]


# --- listings --------------------------------------------------------------------------------


def test_listings_for_reporters_managers_and_reminders(service: Register) -> None:
    cases = [service.record_report(*report(reporter=f"U0R{i % 2}"), NOW + dt.timedelta(minutes=i)) for i in range(5)]
    for i, case in enumerate(cases[:4]):
        service.mark_escalated(
            case.id, case.reporter_user_id, f"C0ESC{i}", ["U0MGR1"], Surface.BUTTON, NOW + dt.timedelta(minutes=10 + i)
        )
    service.apply_action(cases[1].id, "U0MGR1", CaseAction.ACKNOWLEDGE, Surface.BUTTON, NOW + dt.timedelta(minutes=20))
    service.apply_action(
        cases[2].id,
        "U0MGR1",
        CaseAction.RESOLVE,
        Surface.BUTTON,
        NOW + dt.timedelta(minutes=20),
        outcome=Outcome.NO_FURTHER_ACTION,
    )

    assert [c.id for c in service.cases_for_reporter("U0R0")] == [cases[4].id, cases[2].id, cases[0].id]
    assert [c.id for c in service.cases_for_reporter("U0R0", limit=1)] == [cases[4].id]
    assert [c.id for c in service.open_cases()] == [cases[0].id, cases[1].id, cases[3].id]
    assert [c.id for c in service.unacknowledged_since(NOW + dt.timedelta(minutes=12))] == [cases[0].id]
    assert [c.id for c in service.unacknowledged_since(NOW + dt.timedelta(hours=1))] == [cases[0].id, cases[3].id]


def test_finding_a_case_by_key_and_listing_logged_only_cases(service: Register) -> None:
    cases = [service.record_report(*report(key=f"cmd:T0TEAM:{i}"), NOW + dt.timedelta(minutes=i)) for i in range(4)]
    for case in (cases[2], cases[0], cases[3]):
        service.apply_action(
            case.id, case.reporter_user_id, CaseAction.LOG_ONLY, Surface.BUTTON, NOW + dt.timedelta(minutes=9)
        )
    service.mark_escalated(cases[3].id, "U0MGR1", "C0ESC", ["U0MGR1"], Surface.APP_HOME, NOW + dt.timedelta(minutes=10))

    assert service.find_case_by_key("cmd:T0TEAM:1") == cases[1]
    assert service.find_case_by_key("cmd:T0TEAM:99") is None
    assert [c.id for c in service.logged_cases()] == [cases[0].id, cases[2].id]
    assert [c.id for c in service.logged_cases(limit=1)] == [cases[0].id]


# --- digest and retention -------------------------------------------------------------------


def test_weekly_digest_counts_the_week(service: Register) -> None:
    week_start = dt.datetime(2026, 11, 15, 15, 0, tzinfo=UTC)  # Monday 00:00 in Tokyo
    week_end = week_start + dt.timedelta(days=7)
    customer = (PHONE, "090-1234-5678")
    service.record_report(*report(customer, triage=ABUSE), week_start - dt.timedelta(days=20))
    in_week = [
        service.record_report(
            *report(customer, triage=THREAT, channel=ContactChannel.PHONE), week_start + dt.timedelta(days=1)
        ),
        service.record_report(
            *report(customer, triage=ABUSE, channel=ContactChannel.IN_PERSON), week_start + dt.timedelta(days=2)
        ),
        service.record_report(
            *report((EMAIL, "x@example.com"), triage=COMPLAINT, source=ReportSource.MODAL),
            week_start + dt.timedelta(days=3),
        ),
    ]
    service.record_report(*report(customer, triage=ABUSE), week_end + dt.timedelta(hours=1))  # next week
    service.mark_escalated(in_week[0].id, "U0R", "C0A", ["U0MGR1"], Surface.BUTTON, week_start + dt.timedelta(days=1))
    service.apply_action(
        in_week[0].id, "U0MGR1", CaseAction.ACKNOWLEDGE, Surface.BUTTON, week_start + dt.timedelta(days=1, minutes=12)
    )
    service.apply_action(
        in_week[0].id,
        "U0MGR1",
        CaseAction.RESOLVE,
        Surface.BUTTON,
        week_start + dt.timedelta(days=1, hours=2),
        outcome=Outcome.RESOLVED_WITH_CUSTOMER,
    )

    digest = service.weekly_digest(week_start, week_end)
    assert digest.total_reports == 3 and digest.harassment_reports == 2
    assert dict(digest.by_category) == {
        "threats_intimidation": 1,
        "online_defamation": 1,
        "privacy_violation": 1,
        "verbal_abuse": 1,
    }
    assert dict(digest.by_severity) == {"high": 1, "medium": 1, "none": 1}
    assert dict(digest.by_status) == {"resolved": 1, "reported": 2}
    assert dict(digest.by_outcome) == {"resolved_with_customer": 1}
    assert dict(digest.by_source) == {"slash_command": 2, "modal": 1}
    assert dict(digest.by_contact_channel) == {"phone": 2, "in_person": 1}
    assert digest.repeat_offenders == 1  # three harassment reports within 90 days
    assert digest.median_minutes_to_acknowledge == 12.0 and digest.median_minutes_to_resolve == 120.0
    assert digest.purged_reports == 0


def test_purge_removes_old_cases_and_details_but_keeps_the_digest(service: Register, engine: Engine) -> None:
    long_ago = NOW - dt.timedelta(days=4 * 365)  # past case retention (3 years)
    last_year = NOW - dt.timedelta(days=400)  # past customer-detail retention (1 year)
    week_start = dt.datetime.combine(long_ago.date(), dt.time(15, 0), tzinfo=UTC)  # 00:00 Tokyo
    old_day = week_start + dt.timedelta(days=1)
    gone = [
        service.record_report(*report((EMAIL, "gone@example.com"), triage=THREAT), old_day),
        service.record_report(*report((EMAIL, "gone@example.com"), triage=ABUSE), old_day + dt.timedelta(hours=3)),
    ]
    service.mark_escalated(gone[0].id, "U0R", "C0OLD", ["U0MGR1"], Surface.BUTTON, old_day)
    service.apply_action(
        gone[0].id, "U0MGR1", CaseAction.RESOLVE, Surface.BUTTON, old_day, outcome=Outcome.NO_FURTHER_ACTION
    )
    kept_old = service.record_report(*report((EMAIL, "kept@example.com"), triage=ABUSE), last_year)
    recent = service.record_report(*report((EMAIL, "kept@example.com"), triage=ABUSE), NOW - dt.timedelta(days=3))
    before = service.weekly_digest(week_start, week_start + dt.timedelta(days=7))

    result = service.purge(NOW)

    assert (result.cases_deleted, result.labels_cleared, result.customers_deleted) == (2, 1, 1)
    with pytest.raises(CaseNotFound):
        service.get_case(gone[0].id)
    assert service.find_case_by_channel("C0OLD") is None
    assert service.history_for_identifier(EMAIL, "gone@example.com", "U0MGR1", Surface.APP_HOME, NOW) is None
    old = service.get_case(kept_old.id)
    assert old.customer_label is None and old.details_purged and old.text  # the facts stay
    assert service.get_case(recent.id).customer_label == "Yamada T. (member 00123)"
    assert count(engine, Customer) == 1

    after = service.weekly_digest(week_start, week_start + dt.timedelta(days=7))
    assert after.purged_reports == 2
    for field in (
        "total_reports",
        "harassment_reports",
        "by_category",
        "by_severity",
        "by_status",
        "by_source",
        "by_contact_channel",
    ):
        assert getattr(after, field) == getattr(before, field), field
    assert count(engine, DigestAggregate) > 0

    purges = [e for e in service.recent_audit() if e.action == "retention.purge"]
    assert len(purges) == 1 and purges[0].detail["cases_deleted"] == 2 and purges[0].actor == "system"
    assert service.purge(NOW) == type(result)(0, 0, 0, 0)


# --- concurrency ------------------------------------------------------------------------------


def _race(workers: int, target) -> list:
    barrier = threading.Barrier(workers)
    results: list = [None] * workers
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=10)
            results[i] = target(i)
        except BaseException as exc:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


@pytest.mark.parametrize("round_", range(5))
def test_two_writers_reporting_one_new_customer_make_one_record(
    service: Register, engine: Engine, round_: int
) -> None:
    identifiers = [
        ((EMAIL, f"race{round_}@example.com"),),
        ((PHONE, f"090-0000-000{round_}"), (EMAIL, f"Race{round_}@Example.com")),
    ]
    cases = _race(2, lambda i: service.record_report(*report(*identifiers[i], reporter=f"U0W{i}"), NOW))
    assert cases[0].customer_id == cases[1].customer_id
    assert count(engine, Customer) == 1 and count(engine, Case) == 2
    assert len({c.ref for c in cases}) == 2


def test_many_writers_with_one_idempotency_key_make_one_case(service: Register, engine: Engine) -> None:
    cases = _race(6, lambda i: service.record_report(*report((EMAIL, "dup@example.com"), key="Ev0DUP"), NOW))
    assert len({c.id for c in cases}) == 1
    assert count(engine, Case) == 1 and count(engine, Customer) == 1


def test_many_writers_over_few_customers(service: Register, engine: Engine) -> None:
    people = ["a@example.com", "b@example.com", "c@example.com"]
    cases = _race(9, lambda i: service.record_report(*report((EMAIL, people[i % 3]), reporter=f"U0W{i}"), NOW))
    assert count(engine, Customer) == 3 and count(engine, Case) == 9
    by_person = {}
    for i, case in enumerate(cases):
        by_person.setdefault(people[i % 3], set()).add(case.customer_id)
    assert all(len(ids) == 1 for ids in by_person.values())
    assert len({c.ref for c in cases}) == 9


def test_unit_of_work_rolls_back_on_error(service: Register, engine: Engine) -> None:
    factory = make_session_factory(engine)
    with pytest.raises(RuntimeError), unit_of_work(factory) as uow:
        uow.customers.create(NOW)
        raise RuntimeError("boom")
    assert count(engine, Customer) == 0


def test_purge_never_deletes_a_case_still_being_handled(service: Register) -> None:
    long_ago = NOW - dt.timedelta(days=4 * 365)
    open_case = service.record_report(*report((EMAIL, "open@example.com"), triage=THREAT), long_ago)
    service.mark_escalated(open_case.id, "U0R", "C0STILL", ["U0MGR1"], Surface.BUTTON, long_ago)

    assert service.purge(NOW).cases_deleted == 0
    assert service.get_case(open_case.id).status is CaseStatus.ESCALATED
