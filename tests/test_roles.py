"""`python app.py --role web|scheduler|all`: which process serves Slack and which may run the jobs."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import create_engine, text

from bot.emulator import SlackEmulator
from bot.emulator.workplace import MANAGER, SIGNING_SECRET
from tests.test_app_startup import ROOT, free_port

T = TypeVar("T")


def app_env(slack: SlackEmulator, data_dir: Path, port: int) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack.api_url,
        "MANAGER_USER_IDS": MANAGER,
        "DATA_DIR": str(data_dir),
        "PORT": str(port),
        "CUSTOMER_HMAC_KEY": "test-key",
    }


def poll(condition: Callable[[], T | None], what: str, timeout: float = 20.0) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def lease_row(data_dir: Path) -> tuple[str, dt.datetime] | None:
    """(holder, expires_at) of the scheduler lease in the app's SQLite file, if there is one."""
    database = data_dir / "kasuhara.db"
    if not database.exists():
        return None
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            row = connection.execute(text("SELECT holder, expires_at FROM scheduler_leases WHERE name = 'scheduler'")).first()
    except Exception:  # noqa: BLE001 - not migrated yet
        return None
    finally:
        engine.dispose()
    if row is None:
        return None
    expires = dt.datetime.fromisoformat(str(row[1]))
    return str(row[0]), expires if expires.tzinfo else expires.replace(tzinfo=dt.UTC)


def healthy(port: int) -> bool:
    try:
        return urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read() == b"ok"
    except OSError:
        return False


def test_scheduler_role_holds_the_lease_serves_nothing_and_hands_the_lease_on_when_stopped(tmp_path: Path) -> None:
    port = free_port()
    with SlackEmulator() as slack:
        slack.add_user(MANAGER, "suzuki")
        app = subprocess.Popen(
            [sys.executable, "app.py", "--role", "scheduler"],
            cwd=ROOT, env=app_env(slack, tmp_path, port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        try:
            holder, expires = poll(lambda: lease_row(tmp_path), "the scheduler lease")
            assert expires > dt.datetime.now(dt.UTC)
            assert not healthy(port)  # no HTTP server in this role
        finally:
            app.send_signal(signal.SIGTERM)
            output = app.communicate(timeout=20)[0].decode()
        assert app.returncode == 0, output
        assert holder in output and "role scheduler" in output
        released = lease_row(tmp_path)
        assert released is not None and released[1] <= dt.datetime.now(dt.UTC)  # free for the next process at once


def test_web_role_serves_slack_and_never_takes_the_lease(tmp_path: Path) -> None:
    port = free_port()
    with SlackEmulator() as slack:
        slack.add_user(MANAGER, "suzuki")
        app = subprocess.Popen(
            [sys.executable, "app.py", "--role", "web"],
            cwd=ROOT, env=app_env(slack, tmp_path, port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        try:
            poll(lambda: healthy(port), "the web role to serve /healthz")
            assert lease_row(tmp_path) is None
        finally:
            app.terminate()
            app.communicate(timeout=20)


def test_an_unknown_role_is_refused_with_usage() -> None:
    answer = subprocess.run(
        [sys.executable, "app.py", "--role", "cron"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert answer.returncode == 2 and "--role" in answer.stderr and "web" in answer.stderr


@pytest.mark.parametrize(("argv", "role"), [([], "all"), (["--role", "web"], "web"), (["--role", "scheduler"], "scheduler")])
def test_role_parsing(argv: list[str], role: str) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import app
    finally:
        sys.path.remove(str(ROOT))
    assert app.parse_role(argv) == role
