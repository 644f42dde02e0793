"""Socket Mode: the bot on its WebSocket to the emulator acks every envelope, reconnects, and starts or refuses cleanly.

The main end-to-end scenarios run over Socket Mode too (BOTH_TRANSPORTS in test_e2e_*.py);
here are the connection's own behaviours: Slack's `disconnect` asking for a refresh, a dropped
connection, deliveries made while it is down, and start-up with a good or a refused token.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.emulator import SlackClientSim, SlackEmulator
from bot.emulator.socket_mode import Ack
from bot.emulator.workplace import MANAGER, SIGNING_SECRET, STAFF, Workplace, seed_workspace
from bot.slack import ids
from tests.bot_fixtures import ErrorLog, error_log, open_workplace  # noqa: F401
from tests.test_deployment import free_port, get

ROOT = Path(__file__).resolve().parent.parent
ABUSE = "The customer called me an idiot and kept shouting abuse at me for ten minutes"


@pytest.fixture
def socket_workplace(open_workplace: Callable[..., Workplace]) -> Workplace:
    from bot.triage.engine import warm_up

    warm_up()  # as app.py does at start: the deadline is for acks, not for compiling the cues
    return open_workplace(transport="socket_mode")


def test_hello_first_then_every_envelope_kind_is_acked_within_the_deadline(socket_workplace: Workplace) -> None:
    slack, hub = socket_workplace.slack, socket_workplace.slack.socket_mode
    answer = socket_workplace.command(ABUSE)
    assert answer.json["response_type"] == "ephemeral" and answer.json["blocks"]  # the triage reply is the ack's payload
    reply = socket_workplace.last_ephemeral(STAFF, via="slash_command.ack")
    socket_workplace.wait_for_response(socket_workplace.press_on_ephemeral(ids.ACTION_SHOW_POLICY, reply, user=STAFF))
    socket_workplace.sim.app_home_opened(MANAGER)
    slack.wait_until(lambda: slack.home_view(MANAGER), 5, "the Home tab")
    socket_workplace.bot.wait_idle()
    assert hub.opened == 1
    assert hub.late_acks == []
    assert slack.failed_calls() == []


def test_a_refresh_request_makes_the_bot_reconnect_and_carry_on(socket_workplace: Workplace) -> None:
    hub = socket_workplace.slack.socket_mode
    hub.request_refresh()
    hub.wait_connected(timeout=10, opened_at_least=2)
    answer = socket_workplace.command(ABUSE)
    assert answer.json["blocks"]
    assert len(socket_workplace.slack.calls_to("apps.connections.open")) == 2


def test_a_dropped_connection_is_noticed_and_what_was_sent_meanwhile_is_acked(socket_workplace: Workplace, error_log: ErrorLog) -> None:
    hub = socket_workplace.slack.socket_mode
    hub.drop_connections()
    answers: list[Ack] = []

    def deliver() -> None:  # Slack holds the delivery until the app is connected again
        response = socket_workplace.command(ABUSE)
        answers.append(Ack("", "slash_commands", response.json, 0.0))

    sender = threading.Thread(target=deliver)
    sender.start()
    hub.wait_connected(timeout=20, opened_at_least=2)
    sender.join(timeout=20)
    assert len(answers) == 1
    assert answers[0].payload and answers[0].payload["blocks"]
    assert hub.late_acks == []
    # slack_sdk's client logs each failed ping on the dead socket before it reconnects (its
    # message cut by the log redaction, the error's kind kept).
    assert all("BrokenPipeError" in record.getMessage() for record in error_log.take())


def _env(slack: SlackEmulator, tmp_path: Path, app_token: str, port: int) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_APP_TOKEN": app_token,
        "SLACK_API_URL": slack.api_url,
        "MANAGER_USER_IDS": MANAGER,
        "DATA_DIR": str(tmp_path),
        "PORT": str(port),
        "RUN_SCHEDULER": "false",
        "LOG_LEVEL": "WARNING",
    }


@pytest.mark.parametrize("token", ["xapp-1-A0APP0001-revoked-token", "xapp-"])
def test_a_refused_app_token_stops_start_up_with_one_line(tmp_path: Path, token: str) -> None:
    with SlackEmulator() as slack:
        seed_workspace(slack)
        started = subprocess.run(
            [sys.executable, "app.py"], cwd=ROOT, env=_env(slack, tmp_path, token, free_port()), capture_output=True, text=True, timeout=60
        )
    assert started.returncode == 2
    assert "Traceback" not in started.stderr + started.stdout
    assert started.stderr.strip().splitlines() == [
        "Cannot start: Slack refused SLACK_APP_TOKEN (invalid_auth): generate an app-level token with the connections:write "
        "scope under Basic Information > App-Level Tokens and turn Socket Mode on in the app settings"
    ]


def test_app_py_in_socket_mode_serves_probes_answers_and_stops_on_sigterm(tmp_path: Path) -> None:
    with SlackEmulator() as slack:
        channels = seed_workspace(slack)
        port = free_port()
        env = _env(slack, tmp_path, slack.app_token, port)
        process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            slack.socket_mode.wait_connected(timeout=30)
            deadline = time.monotonic() + 30
            status = 0
            while time.monotonic() < deadline and status != 200:
                with contextlib.suppress(OSError):
                    status, _ = get(f"http://127.0.0.1:{port}/readyz")
                time.sleep(0.2)
            assert status == 200
            sim = SlackClientSim("", SIGNING_SECRET, slack, socket_mode=True)
            answer = sim.slash_command(ids.COMMAND, ABUSE, user_id=STAFF, channel_id=channels["front_desk"])
            assert answer.json["blocks"]
            _, metrics = get(f"http://127.0.0.1:{port}/metrics")
            assert "kasuhara_slack_requests_total 1" in metrics.splitlines()
            assert get(f"http://127.0.0.1:{port}/slack/events")[0] == 404
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()
            output = process.communicate()[0].decode()
        assert "Traceback" not in output, output
        assert slack.socket_mode.live_connections() == []
