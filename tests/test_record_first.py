"""Record first: a report from the form is stored before the form closes, or the form says why.

Through the real HTTP endpoint against the emulator, with the database locked or read-only
underneath the bot, and with text that cannot be encoded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from bot.emulator.workplace import STAFF, STAFF_JA, Workplace
from bot.slack import ids
from bot.slack.i18n import t
from bot.slack.worker import OutboxWorker
from bot.storable import REPLACEMENT
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401
from tests.test_e2e_slack import ABUSE, assert_clean

BROKEN = "He shouted at me \ud83d and called me an idiot \udc00 twice\x00"


def _engines(workplace: Workplace) -> list[Engine]:
    """The bot's engines (fault injection reaches under the services, as a failing disk would)."""
    cases = workplace.bot.services.cases
    return [cases._sessions.kw["bind"], cases._ack_sessions.kw["bind"]]


@contextmanager
def database_locked(url: str) -> Iterator[None]:
    """Another client holds the write lock on the cases until the block ends."""
    engine = create_engine(url, poolclass=NullPool)
    connection = engine.connect()
    try:
        if url.startswith("sqlite"):
            connection.exec_driver_sql("BEGIN EXCLUSIVE")
        else:
            connection.exec_driver_sql("BEGIN")
            connection.exec_driver_sql("LOCK TABLE cases IN EXCLUSIVE MODE")
        yield
    finally:
        connection.exec_driver_sql("ROLLBACK")
        connection.close()
        engine.dispose()


@contextmanager
def database_read_only(workplace: Workplace) -> Iterator[None]:
    """Every transaction of the bot is read-only while the block runs (a database failed over to a replica)."""
    read_only = True

    def checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:  # SQLite: per connection
        dbapi_connection.execute(f"PRAGMA query_only = {'ON' if read_only else 'OFF'}")

    def begin(connection: Any) -> None:  # PostgreSQL: per transaction
        if read_only:
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")

    engines = _engines(workplace)
    for engine in engines:
        if engine.dialect.name == "sqlite":
            event.listen(engine, "checkout", checkout)
        else:
            event.listen(engine, "begin", begin)
    try:
        yield
    finally:
        read_only = False  # the listeners stay, making every pooled connection writable again


@contextmanager
def database_unreachable(workplace: Workplace) -> Iterator[None]:
    """No new connection to the database succeeds while the block runs (the server is down or cut off)."""

    def refuse(dialect: Any, *_: Any) -> None:
        if dialect.name == "sqlite":
            import sqlite3

            raise sqlite3.OperationalError("unable to open database file")
        import psycopg

        raise psycopg.OperationalError("connection refused")

    engines = _engines(workplace)
    for engine in engines:
        engine.dispose()  # the pooled connections are gone with the server
        event.listen(engine, "do_connect", refuse)
    try:
        yield
    finally:
        for engine in engines:
            event.remove(engine, "do_connect", refuse)


def _assert_form_kept_open(workplace: Workplace, response: Any, form_id: str, lang: str = "en") -> None:
    assert response.status == 200
    assert response.json == {"response_action": "errors", "errors": {ids.BLOCK_TEXT: t("form.not_saved", lang)}}
    assert workplace.slack.view(form_id)["is_open"]  # what was typed is still in it


def test_a_locked_database_keeps_the_form_open_and_a_later_submit_stores_it(
    workplace: Workplace, db_url: str, error_log: ErrorLog
) -> None:
    form = workplace.open_report_form()
    with database_locked(db_url):
        refused = workplace.submit_report(form["id"], ABUSE)
    _assert_form_kept_open(workplace, refused, form["id"])
    [logged] = error_log.take()
    assert "could not be stored" in logged.getMessage() and "idiot" not in logged.getMessage()
    workplace.bot.wait_idle()
    assert workplace.cases.cases_for_reporter(STAFF) == []
    assert workplace.slack.calls_to("conversations.create") == []  # nothing acted on an unsaved report

    accepted = workplace.submit_report(form["id"], ABUSE)  # the person presses Submit again

    assert accepted.status == 200 and not accepted.body.strip()
    case = workplace.wait_for_case(lambda c: c.escalation_channel_id, "the escalated case")
    workplace.bot.wait_idle()
    assert case.text == ABUSE and len(workplace.cases.cases_for_reporter(STAFF)) == 1
    assert_clean(workplace)


def test_a_read_only_database_keeps_the_form_open_in_the_reporters_language(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    workplace.command("商品が壊れていたので返金してほしいと言われました", user=STAFF_JA)  # the bot learns the locale
    workplace.bot.wait_idle()
    form = workplace.open_report_form(user=STAFF_JA)
    with database_read_only(workplace):
        refused = workplace.submit_report(form["id"], "お客様に土下座しろと怒鳴られました", user=STAFF_JA)
        workplace.bot.wait_idle()
    _assert_form_kept_open(workplace, refused, form["id"], lang="ja")
    assert "could not be stored" in error_log.take()[0].getMessage()
    assert workplace.cases.cases_for_reporter(STAFF_JA) == []

    workplace.submit_report(form["id"], "お客様に土下座しろと怒鳴られました", user=STAFF_JA, escalate=False)
    workplace.bot.wait_idle()
    [case] = workplace.cases.cases_for_reporter(STAFF_JA)
    assert "土下座" in case.text


def test_an_unreachable_database_keeps_the_form_open(workplace: Workplace, error_log: ErrorLog) -> None:
    form = workplace.open_report_form()
    with database_unreachable(workplace):
        refused = workplace.submit_report(form["id"], ABUSE)
        workplace.bot.wait_idle()
    _assert_form_kept_open(workplace, refused, form["id"])
    logged = [r.getMessage() for r in error_log.take()]
    assert any("could not be stored" in m for m in logged)
    assert sum("outbox worker" in m for m in logged) <= 1  # one line per outage, not one per round
    assert workplace.slack.calls_to("conversations.create") == []
    assert workplace.dm(STAFF) == []  # the open form said it all: no message to start over as well

    workplace.submit_report(form["id"], ABUSE)
    case = workplace.wait_for_case(lambda c: c.escalation_channel_id, "the escalated case")
    assert case.text == ABUSE


def test_the_store_happens_before_the_form_closes(workplace: Workplace) -> None:
    """When the ack answers, the case is already in the database (not left to work after it)."""
    form = workplace.open_report_form()
    gate = threading.Event()
    original = workplace.bot.ctx.language

    def slow_language(user_id: str) -> str:  # holds up the work after the ack, not the ack
        gate.wait(5)
        return original(user_id)

    object.__setattr__(workplace.bot.ctx, "language", slow_language)
    try:
        response = workplace.submit_report(form["id"], ABUSE, escalate=False)
        assert response.status == 200 and not response.body.strip()
        [case] = workplace.cases.cases_for_reporter(STAFF)
        assert case.text == ABUSE
    finally:
        gate.set()
        object.__delattr__(workplace.bot.ctx, "language")
    workplace.bot.wait_idle()


def test_unencodable_text_is_stored_visibly_replaced_from_the_form_and_the_shortcut(workplace: Workplace) -> None:
    clean = BROKEN.replace("\ud83d", REPLACEMENT).replace("\udc00", REPLACEMENT).replace("\x00", REPLACEMENT)
    form = workplace.open_report_form()
    response = workplace.submit_report(form["id"], BROKEN, escalate=False, name="Yamada \udcff Taro")
    assert response.status == 200 and not response.body.strip()
    workplace.bot.wait_idle()
    [from_form] = workplace.cases.cases_for_reporter(STAFF)
    assert from_form.text == clean
    assert from_form.customer_label == f"Yamada {REPLACEMENT} Taro"

    slack = workplace.slack
    forwarded = {"text": BROKEN, "user": STAFF, "ts": "1700000000.000100"}
    before = {v["id"] for v in slack.open_views(STAFF)}
    workplace.sim.message_shortcut(ids.SHORTCUT_REPORT, user_id=STAFF, channel_id=workplace.front_desk, message=forwarded)
    shown = slack.wait_until(lambda: next((v for v in slack.open_views(STAFF) if v["id"] not in before), None))
    prefilled = next(b for b in shown["blocks"] if b.get("block_id") == ids.BLOCK_TEXT)
    assert prefilled["element"]["initial_value"] == clean
    assert workplace.submit_report(shown["id"], user=STAFF, escalate=False).status == 200
    workplace.bot.wait_idle()
    cases = workplace.cases.cases_for_reporter(STAFF)
    assert len(cases) == 2 and cases[0].text == clean
    # The forwarded message was never stored in the emulated channel, so it has no permalink.
    assert [f.error for f in slack.failed_calls()] == ["message_not_found"]
    assert slack.broadcast_mentions() == []


@contextmanager
def listeners_held(workplace: Workplace) -> Iterator[threading.Event]:
    """Every thread of the bot's pool for work after the ack is busy until the event is set (a loaded worker)."""
    gate = threading.Event()
    for _ in range(workplace.bot.services.settings.http_threads):
        workplace.bot.pool.submit(gate.wait, 10)
    try:
        yield gate
    finally:
        gate.set()


def test_a_stored_report_is_never_called_not_saved_when_the_database_fails_after_the_ack(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    """The form stored the report and closed; the database fails before the work after the ack starts."""
    # The outbox worker is paused until the outage is over: a step it claimed just before the outage
    # would stay leased for LEASE_SECONDS (the production recovery, minutes, not this test's seconds).
    assert workplace.bot.worker is not None
    workplace.bot.worker.stop()
    form = workplace.open_report_form()
    with listeners_held(workplace) as gate:
        accepted = workplace.submit_report(form["id"], ABUSE)  # "escalate" ticked
        assert accepted.status == 200 and not accepted.body.strip()
        [case] = workplace.cases.cases_for_reporter(STAFF)
        with database_unreachable(workplace):
            gate.set()
            workplace.bot.wait_idle()
    told = [m.get("text") or "" for m in workplace.dm(STAFF)]
    assert told, "the reporter hears what happened"
    assert not any("not saved" in m or "Nothing was recorded" in m for m in told), told
    # Its escalation is owed in the database, so the outbox is still reaching a manager: said so.
    minutes = workplace.bot.services.settings.escalation_alert_minutes
    assert t("followup.saved_escalation_owed", "en", ref=case.ref, minutes=minutes) in told, told
    assert any("failed after the ack" in r.getMessage() for r in error_log.take())

    # The escalation was owed in the database before the form closed: the outbox finishes it.
    workplace.bot.worker = OutboxWorker(workplace.bot.ctx.escalation.runner, 0.2).start()
    escalated = workplace.wait_for_case(lambda c: c.escalation_channel_id, "the escalated case")
    assert escalated.id == case.id
    workplace.bot.wait_idle()


@contextmanager
def storing_a_case_fails(workplace: Workplace, *, stored: bool) -> Iterator[None]:
    """The first transaction that stores a case fails: before its commit (`stored` False: nothing
    is stored), or after it (True: stored, but the connection dropped before the answer came back)."""
    from bot.db.models import Case

    sessions = workplace.bot.services.cases._sessions
    fired = threading.Event()

    def note_new_case(session: Any, _context: Any) -> None:
        if any(isinstance(o, Case) for o in session.new):
            session.info["stores_case"] = True

    def fail(session: Any) -> None:
        if session.info.pop("stores_case", False) and not fired.is_set():
            fired.set()
            raise ConnectionResetError("the connection dropped")

    when = "after_commit" if stored else "before_commit"
    event.listen(sessions, "after_flush", note_new_case)
    event.listen(sessions, when, fail)
    try:
        yield
    finally:
        event.remove(sessions, "after_flush", note_new_case)
        event.remove(sessions, when, fail)
    assert fired.is_set()


def test_a_report_stored_by_a_commit_whose_answer_was_lost_is_called_saved(
    workplace: Workplace, error_log: ErrorLog
) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    with storing_a_case_fails(workplace, stored=True):
        pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
        [told] = workplace.wait_for_response(pressed)
        workplace.bot.wait_idle()
    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert told["text"] == t("followup.saved_not_escalated", "en", ref=case.ref, command=ids.COMMAND)
    assert any("failed after the ack" in r.getMessage() for r in error_log.take())


def test_a_report_that_cannot_be_checked_is_not_called_not_saved(
    workplace: Workplace, error_log: ErrorLog, monkeypatch: Any
) -> None:
    from bot.slack import followup

    monkeypatch.setattr(followup, "CHECK_PAUSE_SECONDS", 0.1)
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF))
    workplace.bot.wait_idle()

    with database_unreachable(workplace):  # Log only pressed late, while the database is down
        pressed = workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF)
        [told] = workplace.wait_for_response(pressed)
        workplace.bot.wait_idle()
    assert told["text"] == t("followup.not_checked", "en", command=ids.COMMAND)  # stored, in fact: never "not saved"
    assert any("failed after the ack" in r.getMessage() for r in error_log.take())


def test_a_report_checked_and_not_stored_is_called_not_saved(workplace: Workplace, error_log: ErrorLog) -> None:
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    with storing_a_case_fails(workplace, stored=False):  # the look-up works; the store does not
        pressed = workplace.press_on_ephemeral(ids.ACTION_ESCALATE, reply, user=STAFF)
        [told] = workplace.wait_for_response(pressed)
        workplace.bot.wait_idle()
    assert told["text"] == t("followup.not_saved", "en", command=ids.COMMAND)
    assert workplace.cases.cases_for_reporter(STAFF) == []
    assert any("failed after the ack" in r.getMessage() for r in error_log.take())


@pytest.mark.parametrize("logged_first", [False, True], ids=["escalate", "escalate_logged"])
def test_an_escalation_written_down_is_not_called_stopped_when_the_database_fails_after_it(
    open_workplace: Callable[..., Workplace], error_log: ErrorLog, monkeypatch: Any, logged_first: bool
) -> None:
    """Escalate wrote the outbox steps; reading back how they went fails: saved, and on its way."""
    workplace = open_workplace(escalation_wait_seconds=1)
    workplace.command(ABUSE)
    reply = workplace.last_ephemeral(STAFF, via="slash_command.ack")
    action = ids.ACTION_ESCALATE
    if logged_first:
        workplace.wait_for_response(workplace.press_on_ephemeral(ids.ACTION_LOG_ONLY, reply, user=STAFF))
        workplace.bot.wait_idle()
        reply, action = workplace.last_ephemeral(STAFF, via="response_url"), ids.ACTION_ESCALATE_LOGGED

    escalation = workplace.bot.ctx.escalation

    def database_fails(*_: Any, **__: Any) -> Any:
        raise OperationalError("SELECT ...", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(escalation, "finish", database_fails)  # after request() wrote the steps
    pressed = workplace.press_on_ephemeral(action, reply, user=STAFF)
    [told] = workplace.wait_for_response(pressed)
    workplace.bot.wait_idle()
    monkeypatch.undo()

    [case] = workplace.cases.cases_for_reporter(STAFF)
    minutes = workplace.bot.services.settings.escalation_alert_minutes
    assert told["text"] == t("followup.saved_escalation_owed", "en", ref=case.ref, minutes=minutes)
    assert any("failed after the ack" in r.getMessage() for r in error_log.take())
    # It was on its way: the outbox worker escalates it and the confirmation follows, by DM.
    workplace.wait_for_case(lambda c: c.card_location, "the escalated case")
    workplace.slack.wait_until(
        lambda: any(t("escalated_title", "en", ref=case.ref) in (m.get("text") or "") for m in workplace.dm(STAFF)) or None,
        15,
        "the confirmation",
    )


def test_a_report_stored_whose_escalation_could_not_be_written_is_called_saved_in_the_form(
    workplace: Workplace, error_log: ErrorLog, monkeypatch: Any
) -> None:
    """The form stored the report; writing its escalation then failed: saved, not yet with a manager."""
    escalation = workplace.bot.ctx.escalation

    def database_fails(*_: Any, **__: Any) -> Any:
        raise OperationalError("UPDATE cases ...", {}, Exception("database is locked"))

    form = workplace.open_report_form()
    monkeypatch.setattr(escalation, "request", database_fails)
    refused = workplace.submit_report(form["id"], ABUSE)  # "escalate" ticked
    monkeypatch.undo()
    workplace.bot.wait_idle()

    [case] = workplace.cases.cases_for_reporter(STAFF)
    assert refused.json == {
        "response_action": "errors",
        "errors": {ids.BLOCK_TEXT: t("form.saved_not_escalated", "en", ref=case.ref)},
    }
    assert workplace.slack.view(form["id"])["is_open"]  # Submit again passes it on
    [logged] = error_log.take()
    assert "stored as case" in logged.getMessage() and "idiot" not in logged.getMessage()
    assert workplace.slack.calls_to("conversations.create") == []

    accepted = workplace.submit_report(form["id"], ABUSE)
    assert accepted.status == 200 and not accepted.body.strip()
    escalated = workplace.wait_for_case(lambda c: c.escalation_channel_id, "the escalated case")
    workplace.bot.wait_idle()
    assert escalated.id == case.id and len(workplace.cases.cases_for_reporter(STAFF)) == 1  # not stored twice
