"""A local, stateful Slack: the emulator the demo, the benchmarks and the end-to-end tests run against.

- SlackEmulator: the Slack Web API (and response_urls) over real HTTP on 127.0.0.1; point the
  app's WebClient at `emulator.api_url`. It enforces Slack's rules and keeps workspace state.
- SlackClientSim: Slack's requests into the app (slash commands, shortcuts, block actions,
  view submissions, events), signed exactly as Slack signs them.

    with SlackEmulator() as slack:
        slack.add_user("U1", "tanaka", locale="ja-JP")
        channel = slack.add_channel("support", members=["U1"], bot_member=True)
        sim = SlackClientSim("http://127.0.0.1:3000/slack/events", SIGNING_SECRET, slack)
        sim.slash_command("/kasuhara", "report", user_id="U1", channel_id=channel)
"""

from bot.emulator.app_client import AppResponse, SlackClientSim
from bot.emulator.server import DEFAULT_BOT_TOKEN, FailedCall, SlackEmulator
from bot.emulator.signing import Forgery, signature, signed_headers

__all__ = [
    "DEFAULT_BOT_TOKEN",
    "AppResponse",
    "FailedCall",
    "Forgery",
    "SlackClientSim",
    "SlackEmulator",
    "signature",
    "signed_headers",
]
