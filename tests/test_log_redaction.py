"""No personal data in logs at any level: report text, customer email and phone never reach a log record."""

from __future__ import annotations

import logging

import pytest
from slack_bolt import BoltRequest

from bot.emulator.workplace import STAFF, Workplace
from bot.redaction import REDACTED, redact
from bot.slack.app import build_bot
from tests.bot_fixtures import ErrorLog, error_log, open_workplace, workplace  # noqa: F401

SECRET_TEXT = "Mr Kurosawa-Secret called me a worthless idiot and screamed for ten minutes"
EMAIL = "kurosawa.secret@example.com"
PHONE = "090-9876-5432"


def _leaks(records: list[logging.LogRecord]) -> list[str]:
    found = []
    for record in records:
        text = record.getMessage() + (record.exc_text or "")
        if any(secret in text for secret in ("Kurosawa-Secret", EMAIL, "9876")):
            found.append(f"{record.name} {record.levelname}: {text[:300]}")
    return found


@pytest.mark.parametrize(
    "message",
    [
        "Invalid request signature detected (signature: v0=abc, timestamp: 1, body: payload=%7B%22text%22%3A%22idiot%22%7D)",
        "Sending a request - url: https://slack.com/api/chat.postMessage, query_params: {}, body_params: {'text': 'idiot'}",
        "Received the following response - status: 200, headers: {}, body: {\"ok\": true, \"message\": {\"text\": \"idiot\"}}",
        "A global middleware (x) skipped calling either `next()` without providing a response for the request ({'text': 'idiot'})",
    ],
)
def test_library_messages_lose_their_content(message: str) -> None:
    assert "idiot" not in redact(message) and redact(message).endswith(REDACTED)


def test_a_whole_report_at_debug_level_logs_no_personal_data(workplace: Workplace, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    case = workplace.report(SECRET_TEXT, email=EMAIL, phone=PHONE)
    workplace.command(SECRET_TEXT)
    workplace.bot.wait_idle()
    assert case.customer_label and EMAIL in case.customer_label  # it was stored, just never logged
    assert len(caplog.records) > 50  # the libraries did log at DEBUG
    assert _leaks(caplog.records) == []


def test_a_request_bolt_refuses_is_logged_without_its_body(workplace: Workplace, caplog: pytest.LogCaptureFixture) -> None:
    app, _ = build_bot(workplace.bot.services)
    caplog.set_level(logging.DEBUG)
    body = f"command=%2Fharassment&text={SECRET_TEXT.replace(' ', '+')}&user_id={STAFF}&trigger_id=1.2.3"
    response = app.dispatch(
        BoltRequest(
            body=body,
            headers={"x-slack-signature": "v0=" + "0" * 64, "x-slack-request-timestamp": "1"},
        )
    )
    assert response.status == 401
    assert any("Invalid request signature" in r.getMessage() for r in caplog.records)
    assert _leaks(caplog.records) == []


def test_a_failed_insert_logs_no_sql_parameters_nor_the_rows_values(
    workplace: Workplace, caplog: pytest.LogCaptureFixture, error_log: ErrorLog
) -> None:
    from sqlalchemy.exc import StatementError

    engine = workplace.bot.services.cases._sessions.kw["bind"]
    statement = (
        "INSERT INTO deliveries (key, kind, seen_at, expires_at) VALUES (?, ?, ?, ?)"
        if engine.dialect.name == "sqlite"
        else "INSERT INTO deliveries (key, kind, seen_at, expires_at) VALUES (%s, %s, %s, %s)"
    )
    with pytest.raises(StatementError) as raised, engine.begin() as connection:
        connection.exec_driver_sql(statement, (EMAIL, None, None, None))
    assert "SQL parameters hidden" in str(raised.value)
    try:
        raise raised.value
    except StatementError:
        logging.getLogger("bot.test").exception("The insert failed")
    [record] = error_log.take()
    assert record.name == "bot.test"
    assert EMAIL not in (record.exc_text or "") + record.getMessage()
    assert EMAIL not in caplog.text
