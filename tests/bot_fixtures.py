"""pytest fixtures for end-to-end tests: the real bot over HTTP against the Slack emulator.

Import them into a test module (they need conftest's `db_url`):
`from tests.bot_fixtures import error_log, open_workplace, workplace  # noqa: F401`
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.emulator import SlackEmulator
from bot.emulator.workplace import Workplace, settings_for, start_workplace
from bot.runtime import utc_now


class ErrorLog(logging.Handler):
    """Collects ERROR records from any thread, so a failure inside a lazy listener fails the test."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def take(self) -> list[logging.LogRecord]:
        """The records so far (for tests that expect errors), forgetting them."""
        taken, self.records = self.records, []
        return taken


@pytest.fixture
def error_log() -> Iterator[ErrorLog]:
    """ERROR records logged during the test; the test fails if any are left unclaimed."""
    handler = ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
    formatter = logging.Formatter("%(name)s: %(message)s")
    unclaimed = [formatter.format(record) for record in handler.records]  # with the traceback, if any
    assert not unclaimed, "errors were logged:\n" + "\n".join(unclaimed)


@pytest.fixture
def open_workplace(tmp_path: Path, db_url: str, error_log: ErrorLog) -> Iterator[Callable[..., Workplace]]:
    """Start an emulated workspace and the bot on it: open_workplace(clock=..., transport=..., **settings overrides).

    transport "http" (signed POSTs to the bot's endpoint) or "socket_mode" (envelopes on the
    bot's WebSocket to the emulator).
    """
    started: list[Workplace] = []

    def start(*, clock: Callable[[], dt.datetime] = utc_now, transport: str = "http", **overrides: Any) -> Workplace:
        slack = SlackEmulator().start()
        if transport == "socket_mode":
            overrides.setdefault("slack_app_token", slack.app_token)
        try:
            settings = settings_for(slack, tmp_path / f"bot-{len(started)}", database_url=db_url, **overrides)
            workplace = start_workplace(slack, settings, clock=clock)
        except BaseException:
            slack.stop()
            raise
        started.append(workplace)
        return workplace

    yield start
    for workplace in started:
        workplace.bot.stop()
        workplace.slack.stop()


@pytest.fixture
def workplace(open_workplace: Callable[..., Workplace], request: pytest.FixtureRequest) -> Workplace:
    """The bot with default settings in a freshly seeded workspace (over HTTP unless BOTH_TRANSPORTS)."""
    return open_workplace(transport=getattr(request, "param", "http"))


# On a test that takes `workplace`: run it over HTTP and again over Socket Mode.
BOTH_TRANSPORTS = pytest.mark.parametrize("workplace", ["http", "socket_mode"], indirect=True)
