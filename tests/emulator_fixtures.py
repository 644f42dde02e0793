"""pytest fixtures for the emulator.

Use them by importing them into a test module or a conftest.py:
`from tests.emulator_fixtures import slack_emulator, slack_web_client`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from slack_sdk import WebClient

from bot.emulator.server import SlackEmulator


@pytest.fixture
def slack_emulator() -> Iterator[SlackEmulator]:
    """A fresh emulated workspace per test."""
    with SlackEmulator() as emulator:
        yield emulator


@pytest.fixture
def slack_web_client(slack_emulator: SlackEmulator) -> WebClient:
    """A WebClient authenticated as the bot, talking to the emulator over HTTP."""
    return WebClient(token=slack_emulator.bot_token, base_url=slack_emulator.api_url)
