"""What the HTTP endpoint answers to requests that are not Slack's, or are Slack's but malformed.

Raw requests over real HTTP to the running bot: a forged or unsigned request is 401, a signed
but malformed body is 400, with one log line each; nothing of the kind is ever a 500 or reaches
the database.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest

from bot.emulator import Forgery
from bot.emulator.signing import forged_headers, signed_headers
from bot.emulator.workplace import SIGNING_SECRET, STAFF, Workplace
from tests.bot_fixtures import error_log, open_workplace, workplace  # noqa: F401

FORM = "application/x-www-form-urlencoded"


def post(workplace: Workplace, body: bytes, headers: dict[str, str], content_type: str = FORM) -> tuple[int, bytes]:
    request = urllib.request.Request(
        workplace.bot.url, data=body, method="POST", headers={"Content-Type": content_type, **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def payload_body(payload: str) -> bytes:
    return urlencode({"payload": payload}).encode()


def refusals(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "bot.slack.server"]


GOOD_COMMAND = urlencode(
    {"command": "/harassment", "text": "He shouted at me", "user_id": STAFF, "team_id": "T0EMULATED",
     "channel_id": "C0FRONT", "trigger_id": "1.2.x", "response_url": "http://127.0.0.1:9/none"}
).encode()


@pytest.mark.parametrize(
    "forgery",
    [Forgery.MISSING_HEADERS, Forgery.MISSING_SIGNATURE, Forgery.MISSING_TIMESTAMP, Forgery.WRONG_SECRET,
     Forgery.TAMPERED_BODY, Forgery.STALE_TIMESTAMP],
)
def test_unsigned_or_forged_requests_are_401(workplace: Workplace, forgery: Forgery, caplog) -> None:
    status, _ = post(workplace, GOOD_COMMAND, forged_headers(SIGNING_SECRET, GOOD_COMMAND, forgery))
    assert status == 401
    assert len(refusals(caplog)) == 1 and "401" in refusals(caplog)[0]
    assert workplace.cases.cases_for_reporter(STAFF) == []


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Slack-Request-Timestamp": "soon", "X-Slack-Signature": "v0=" + "0" * 64},
        {"X-Slack-Request-Timestamp": "1700000000", "X-Slack-Signature": "v1=abc"},
        {"X-Slack-Request-Timestamp": "9" * 40, "X-Slack-Signature": "v0=" + "0" * 64},
    ],
)
def test_malformed_signature_headers_are_401_not_500(workplace: Workplace, headers: dict[str, str], caplog) -> None:
    status, _ = post(workplace, GOOD_COMMAND, headers)
    assert status == 401
    assert len(refusals(caplog)) == 1


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (payload_body("{not json"), FORM),
        (payload_body('["a", "list"]'), FORM),
        (payload_body(""), FORM),
        (b"payload=%FF%FE", FORM),  # percent-decodes to bytes that are not UTF-8
        (b"\xff\xfe\x00garbage", FORM),
        (b"{not json", "application/json"),
        (b'"a string"', "application/json"),
        (b"[" * 100_000 + b"]" * 100_000, "application/json"),  # deep enough to break a naive parser
    ],
)
def test_signed_but_malformed_bodies_are_400_with_one_log_line(
    workplace: Workplace, body: bytes, content_type: str, caplog
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.slack.server")
    status, answer = post(workplace, body, signed_headers(SIGNING_SECRET, body), content_type)
    assert status == 400, answer
    [line] = refusals(caplog)
    assert "400" in line and "garbage" not in line and "not json" not in line  # the reason, not the body


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"type": "block_actions"},
        {"type": "block_actions", "user": "U1", "actions": "nope"},
        {"type": "block_actions", "user": {"id": STAFF}, "actions": [{"action_id": "case_acknowledge", "value": None}]},
        {"type": "view_submission", "view": None},
        {"type": "view_submission", "user": {"id": STAFF}, "view": {"callback_id": "report_form", "state": "x"}},
        {"type": "message_action", "callback_id": "report_message", "message": "nope"},
        {"type": "shortcut"},
    ],
)
def test_signed_json_payloads_of_the_wrong_shape_never_answer_500(workplace: Workplace, payload, caplog) -> None:
    body = payload_body(json.dumps(payload))
    status, _ = post(workplace, body, signed_headers(SIGNING_SECRET, body))
    workplace.bot.wait_idle()
    assert status in (200, 400, 404), status
    assert workplace.cases.cases_for_reporter(STAFF) == []


def test_an_oversized_body_is_refused_without_reading_it(workplace: Workplace, caplog) -> None:
    body = b"text=" + b"x" * 1_200_000
    status, _ = post(workplace, body, signed_headers(SIGNING_SECRET, body))
    assert status == 400
    assert any("bytes refused" in line for line in refusals(caplog))


def test_a_well_formed_signed_command_still_gets_through(workplace: Workplace) -> None:
    answer = workplace.command("He shouted at me and called me stupid")
    assert answer.status == 200 and answer.json["response_type"] == "ephemeral"
