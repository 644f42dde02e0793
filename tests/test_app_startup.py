"""`python app.py` itself: HTTP mode on waitress against the emulator, end to end."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bot.emulator import Forgery, SlackClientSim, SlackEmulator
from bot.emulator.workplace import MANAGER, SIGNING_SECRET, STAFF

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_app_py_serves_signed_slash_commands_in_http_mode(tmp_path: Path) -> None:
    port = free_port()
    with SlackEmulator() as slack:
        slack.add_user(STAFF, "sato")
        slack.add_user(MANAGER, "suzuki")
        channel = slack.add_channel("front-desk", members=[STAFF], bot_member=True)
        env = {
            "PATH": "/usr/bin:/bin",
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_APP_TOKEN": "",
            "SLACK_API_URL": slack.api_url,
            "MANAGER_USER_IDS": MANAGER,
            "DATA_DIR": str(tmp_path),
            "PORT": str(port),
            "CUSTOMER_HMAC_KEY": "test-key",
            "RUN_SCHEDULER": "false",
        }
        app = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            health = b""
            for _ in range(100):
                try:
                    health = urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.1)
            assert health == b"ok"
            assert (tmp_path / "kasuhara.db").exists()  # migrated on start

            sim = SlackClientSim(f"http://127.0.0.1:{port}/slack/events", SIGNING_SECRET, slack)
            answer = sim.slash_command("/harassment", "He threatened to kill me", user_id=STAFF, channel_id=channel)
            assert answer.status == 200
            assert answer.json["response_type"] == "ephemeral" and answer.json["blocks"]
            forged = sim.slash_command("/harassment", "x", user_id=STAFF, channel_id=channel, forge=Forgery.STALE_TIMESTAMP)
            assert forged.status == 401
        finally:
            app.terminate()
            app.communicate(timeout=10)
