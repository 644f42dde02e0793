"""The register on a real database (SQLite, and PostgreSQL with TEST_DATABASE_URL): link, correct, merge, unlink, export, erase, re-key."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import Engine, select

from bot.db.models import AuditEntry, CaseIdentifier, Customer, CustomerIdentifier, DigestAggregate
from bot.db.session import make_session_factory
from bot.identity import IdentifierKind
from bot.lifecycle import CaseStatus, Surface
from bot.services.customers import CustomerService, NothingToDo
from bot.services.register import NotErasableByName, RegisterRights, WrongKey
from bot.services.reports import CustomerDetails
from bot.slack.i18n import t
from bot.slack.listeners import failure_reason
from tests.test_db_cases import (  # noqa: F401 - fixtures
    ABUSE,
    EMAIL,
    KEY,
    NAME,
    NOW,
    PHONE,
    THREAT,
    Register,
    audit_actions,
    count,
    engine,
    report,
    service,
    settings,
)

LATER = NOW + dt.timedelta(hours=1)
NEW_KEY = b"the-new-key-after-rotation"


@pytest.fixture
def rights(engine: Engine, settings) -> RegisterRights:  # type: ignore[no-untyped-def]
    return RegisterRights(make_session_factory(engine), KEY, settings)


def rows(engine: Engine, model: type) -> list:  # type: ignore[type-arg]
    with engine.connect() as connection:
        return list(connection.execute(select(model.__table__)).all())


# --- adding and correcting a case's customer ------------------------------------------------


def test_customer_added_to_a_recorded_case_links_its_history(service: Register) -> None:
    earlier = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    case = service.record_report(*report(label=None), NOW)
    change = service.customers.set_customer(
        case.id, CustomerDetails(email="TARO@example.com", name="Yamada Taro"), "U0REPORTER", Surface.MODAL, LATER
    )
    assert change.customer_id == earlier.customer_id and change.joined and not change.created
    assert change.case.customer_label == "Yamada Taro · TARO@example.com"
    assert change.case.events[-1].action == "customer"
    assert service.customers.standing_for_case(case.id, LATER).earlier_cases == 1
    [entry] = [e for e in service.audit_trail("case", case.id) if e.action == "case.customer_set"]
    assert entry.detail["identifier_kinds"] == ["email", "name"] and "taro" not in json.dumps(entry.detail).lower()


def test_a_correction_takes_the_wrong_identifier_off_the_customer(service: Register, engine: Engine) -> None:
    case = service.record_report(*report((EMAIL, "wrong@example.com")), NOW)
    service.customers.set_customer(case.id, CustomerDetails(email="right@example.com"), "U0MGR1", Surface.MODAL, LATER)
    assert len(rows(engine, CustomerIdentifier)) == 1
    assert service.record_report(*report((EMAIL, "wrong@example.com")), LATER).customer_id != case.customer_id
    assert service.record_report(*report((EMAIL, "right@example.com")), LATER).customer_id == case.customer_id


def test_an_identifier_also_given_on_another_case_stays_when_one_case_is_corrected(service: Register) -> None:
    one = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    two = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    service.customers.set_customer(two.id, CustomerDetails(phone="090-1234-5678"), "U0MGR1", Surface.MODAL, LATER)
    assert service.record_report(*report((EMAIL, "taro@example.com")), LATER).customer_id == one.customer_id


def test_a_case_whose_own_record_held_only_it_joins_the_existing_record(service: Register, engine: Engine) -> None:
    earlier = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    case = service.record_report(*report((PHONE, "090-1234-5678")), NOW)
    change = service.customers.set_customer(
        case.id, CustomerDetails(email="taro@example.com", phone="090-1234-5678"), "U0MGR1", Surface.MODAL, LATER
    )
    assert change.customer_id == earlier.customer_id and change.merge_candidates == ()
    assert count(engine, Customer) == 1


# --- merge -----------------------------------------------------------------------------------


def test_two_records_with_history_merge_only_when_a_manager_confirms(service: Register, engine: Engine) -> None:
    a1 = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    b1 = service.record_report(*report((PHONE, "090-1234-5678")), NOW)
    change = service.customers.set_customer(
        a1.id, CustomerDetails(email="taro@example.com", phone="090-1234-5678"), "U0REPORTER", Surface.MODAL, LATER
    )
    assert change.merge_candidates == (b1.customer_id,) and count(engine, Customer) == 2
    assert "customer.merge_proposed" in audit_actions(service, "customer", a1.customer_id)

    merged = service.customers.confirm_merge(a1.id, "U0MGR1", Surface.BUTTON, LATER)
    assert merged.customer_id == a1.customer_id and count(engine, Customer) == 1
    assert service.get_case(b1.id).customer_id == a1.customer_id
    assert service.customers.standing_for_case(a1.id, LATER).earlier_cases == 2
    with pytest.raises(NothingToDo) as nothing:
        service.customers.confirm_merge(a1.id, "U0MGR1", Surface.BUTTON, LATER)
    assert_said_in_both_languages(nothing.value, "nothing_to_merge")


# --- names -----------------------------------------------------------------------------------


def test_a_name_never_counts_toward_the_flag(service: Register) -> None:
    for hour in range(4):  # four reports under one name: still nobody's record
        case = service.record_report(*report((NAME, "Yamada Taro"), triage=ABUSE), NOW + dt.timedelta(hours=hour))
    standing = service.customers.standing_for_case(case.id, LATER)
    assert standing.customer_id is None and not standing.repeat_offender and standing.name_matches == 3


def test_confirmed_name_link_joins_the_namesakes_cases_into_one_record(service: Register, engine: Engine) -> None:
    with_email = service.record_report(*report((EMAIL, "taro@example.com"), (NAME, "Yamada Taro")), NOW)
    name_only = service.record_report(*report((NAME, "山田 太郎")), NOW)
    other_name = service.record_report(*report((NAME, "山田太郎 様")), NOW)
    assert service.customers.standing_for_case(other_name.id, NOW).name_matches == 1  # only the kanji one
    linked = service.customers.link_by_name(name_only.id, "U0MGR1", Surface.BUTTON, LATER)
    assert linked.customer_id is not None and linked.customer_id != with_email.customer_id  # kanji ≠ romaji
    assert service.get_case(other_name.id).customer_id == linked.customer_id
    entry = [e for e in service.audit_trail("customer", linked.customer_id) if e.action == "customer.link_by_name"]
    assert entry and entry[0].actor == "U0MGR1" and entry[0].detail["linked_case_ids"] == [other_name.id]
    with pytest.raises(NothingToDo) as nothing:
        service.customers.link_by_name(name_only.id, "U0MGR1", Surface.BUTTON, LATER)
    assert_said_in_both_languages(nothing.value, "nothing_to_link")


# --- unlink ----------------------------------------------------------------------------------


def test_unlink_takes_the_case_off_and_its_own_identifiers_with_it(service: Register, engine: Engine) -> None:
    kept = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    wrong = service.record_report(*report((EMAIL, "taro@example.com"), (PHONE, "090-1234-5678")), NOW)
    unlinked = service.customers.unlink(wrong.id, "U0HR1", Surface.BUTTON, LATER)
    assert unlinked.customer_id is None and unlinked.events[-1].action == "customer_unlink"
    assert service.customers.standing_for_case(kept.id, LATER).earlier_cases == 0
    assert {r.kind for r in rows(engine, CustomerIdentifier)} == {IdentifierKind.EMAIL}  # the phone came only from it
    [entry] = [e for e in service.audit_trail("case", wrong.id) if e.action == "customer.unlink"]
    assert entry.actor == "U0HR1" and entry.detail == {"customer_id": kept.customer_id, "record_deleted": False}
    with pytest.raises(NothingToDo) as nothing:
        service.customers.unlink(wrong.id, "U0HR1", Surface.BUTTON, LATER)
    assert_said_in_both_languages(nothing.value, "not_linked")


def test_unlinking_the_only_case_deletes_the_empty_record(service: Register, engine: Engine) -> None:
    case = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    service.customers.unlink(case.id, "U0MGR1", Surface.BUTTON, LATER)
    assert count(engine, Customer) == 0 and count(engine, CustomerIdentifier) == 0


# --- export ----------------------------------------------------------------------------------


def test_export_holds_everything_about_one_customer_and_is_audited(service: Register, rights: RegisterRights) -> None:
    first = service.record_report(*report((EMAIL, "taro@example.com"), (NAME, "Yamada Taro")), NOW)
    service.record_report(*report((PHONE, "090-1234-5678")), NOW)  # someone else
    second = service.record_report(*report((EMAIL, "Taro@Example.com"), triage=ABUSE), LATER)
    service.customer_history(first.customer_id, "U0MGR1", Surface.BUTTON, LATER)

    data = rights.export(EMAIL, "taro@example.com", "U0HR1", LATER)
    json.dumps(data)  # JSON-ready
    assert data["customer"]["id"] == first.customer_id
    assert [c["ref"] for c in data["cases"]] == [first.ref, second.ref]
    assert {"kind": "email", "value": "taro@example.com"} in data["cases"][0]["identifiers_given"]
    assert data["cases"][0]["description"] == first.text and data["cases"][0]["categories"]
    assert "customer.history_read" in [e["action"] for e in data["audit"]]
    assert [i["kind"] for i in data["customer"]["identifiers"]] == ["email"]
    assert audit_actions(service, "customer", first.customer_id)[-1] == "customer.export"


def test_export_by_name_lists_the_cases_given_that_name_without_a_record(service: Register, rights: RegisterRights) -> None:
    case = service.record_report(*report((NAME, "Yamada Taro")), NOW)
    data = rights.export(NAME, "Taro Yamada", "U0HR1", NOW)
    assert data["customer"] is None and [c["ref"] for c in data["cases"]] == [case.ref]
    assert data["cases"][0]["linked_to_customer"] is False


# --- erasure ---------------------------------------------------------------------------------


def test_erasure_keeps_cases_and_aggregates_and_logs_no_identifier(
    service: Register, rights: RegisterRights, engine: Engine
) -> None:
    closed = service.record_report(*report((EMAIL, "taro@example.com"), (NAME, "Yamada Taro")), NOW - dt.timedelta(days=4000))
    service.apply_action(closed.id, "U0REPORTER", "log_only", Surface.BUTTON, NOW - dt.timedelta(days=4000))
    service.purge(NOW)  # the old one becomes an anonymous aggregate
    open_case = service.record_report(*report((EMAIL, "taro@example.com"), (PHONE, "090-1234-5678"), triage=THREAT), NOW)
    service.mark_escalated(open_case.id, "U0REPORTER", "C0CASE", ["U0MGR1"], Surface.BUTTON, NOW)
    other = service.record_report(*report((EMAIL, "hanako@example.com")), NOW)
    aggregates = rows(engine, DigestAggregate)
    assert aggregates

    erasure = rights.erase(EMAIL, "TARO@example.com", "U0HR1", LATER)
    assert erasure.customer_id == open_case.customer_id and erasure.cases_unlinked == 1
    assert erasure.open_cases == (open_case.ref,)

    kept = service.get_case(open_case.id)
    assert kept.status is CaseStatus.ESCALATED and kept.text == open_case.text  # the case stays, still open
    assert kept.customer_id is None and kept.customer_label is None and kept.details_purged
    assert [r for r in rows(engine, CaseIdentifier) if r.case_id == open_case.id] == []
    assert len(rows(engine, Customer)) == 1 and service.get_case(other.id).customer_id is not None
    assert rows(engine, DigestAggregate) == aggregates
    assert service.record_report(*report((EMAIL, "taro@example.com")), LATER).customer_id != erasure.customer_id

    [entry] = [e for e in rows(engine, AuditEntry) if e.action == "customer.erase"]
    assert "taro" not in json.dumps(entry.detail).lower() and "090" not in json.dumps(entry.detail)
    assert entry.detail["cases_unlinked"] == 1 and entry.detail["open_cases"] == 1
    # The case can still be acted on after the erasure.
    service.apply_action(open_case.id, "U0MGR1", "acknowledge", Surface.BUTTON, LATER)


def test_erasure_reaches_cases_unlinked_earlier_and_refuses_a_bare_name(service: Register, rights: RegisterRights) -> None:
    case = service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    service.customers.unlink(case.id, "U0MGR1", Surface.BUTTON, NOW)
    erasure = rights.erase(EMAIL, "taro@example.com", "U0HR1", LATER)
    assert erasure.customer_id is None and erasure.case_ids == (case.id,)
    assert service.get_case(case.id).customer_label is None
    with pytest.raises(NotErasableByName):
        rights.erase(NAME, "Yamada Taro", "U0HR1", LATER)


# --- key rotation ----------------------------------------------------------------------------


def test_rotation_rekeys_what_is_held_and_removes_what_cannot_be_recomputed(
    service: Register, rights: RegisterRights, engine: Engine, settings
) -> None:  # type: ignore[no-untyped-def]
    old = service.record_report(*report((EMAIL, "old@example.com"), (NAME, "Old Name")), NOW - dt.timedelta(days=400))
    service.purge(NOW)  # past detail retention: raw values gone, the case and its link stay
    case = service.record_report(*report((EMAIL, "taro@example.com"), (PHONE, "090-1234-5678"), (NAME, "Yamada Taro")), NOW)
    before = {(r.kind, r.digest) for r in rows(engine, CustomerIdentifier)}

    rotation = rights.rotate_key(NEW_KEY, "ops", LATER)
    assert (rotation.customer_identifiers_rekeyed, rotation.customer_identifiers_removed) == (2, 1)
    assert (rotation.case_identifiers_rekeyed, rotation.case_identifiers_removed) == (3, 2)
    assert not before & {(r.kind, r.digest) for r in rows(engine, CustomerIdentifier)}
    assert service.get_case(old.id).customer_id == old.customer_id  # its cases stay linked

    rekeyed = CustomerService(make_session_factory(engine), NEW_KEY, settings)
    assert rekeyed.history_for_identifier(PHONE, "+81 90 1234 5678", "U0MGR1", Surface.CLI, LATER).customer_id == case.customer_id
    assert rekeyed.history_for_identifier(EMAIL, "old@example.com", "U0MGR1", Surface.CLI, LATER) is None
    assert "customer.key_rotated" in [e.action for e in service.recent_audit(5)]


def test_rotation_with_the_wrong_current_key_changes_nothing(service: Register, engine: Engine, settings) -> None:  # type: ignore[no-untyped-def]
    service.record_report(*report((EMAIL, "taro@example.com")), NOW)
    before = rows(engine, CustomerIdentifier)
    with pytest.raises(WrongKey):
        RegisterRights(make_session_factory(engine), b"not-the-key", settings).rotate_key(NEW_KEY, "ops", LATER)
    assert rows(engine, CustomerIdentifier) == before


def test_retention_removes_raw_identifiers_with_the_label(service: Register, engine: Engine, rights: RegisterRights) -> None:
    old = service.record_report(*report((EMAIL, "old@example.com"), (NAME, "Yamada Taro")), NOW - dt.timedelta(days=400))
    service.apply_action(old.id, "U0REPORTER", "log_only", Surface.BUTTON, NOW - dt.timedelta(days=400))
    service.purge(NOW)
    held = [r for r in rows(engine, CaseIdentifier) if r.case_id == old.id]
    assert held and all(r.raw is None for r in held)  # hashes stay for matching, raw values are gone
    assert service.get_case(old.id).customer_label is None
    assert rights.export(EMAIL, "old@example.com", "U0HR1", NOW)["cases"][0]["identifiers_given"] == []
    assert service.customers.details_of(old.id) == CustomerDetails()


def assert_said_in_both_languages(exc: NothingToDo, code: str) -> None:
    """The reason a manager reads is the catalogue's, in their language (never the English exception text)."""
    assert exc.code == code
    assert failure_reason(exc, "en") == t(f"reason.{code}", "en")
    assert failure_reason(exc, "ja") == t(f"reason.{code}", "ja") and str(exc) not in failure_reason(exc, "ja")
