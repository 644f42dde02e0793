"""The baseline for benchmarks/ack_latency.py: a Bolt app whose `/harassment` listener only acks.

Served by gunicorn exactly like bot.wsgi (same gunicorn.conf.py, same WSGI wrapper that checks
signatures), so the difference measured is what our listeners cost:

    SLACK_SIGNING_SECRET=... gunicorn benchmarks.bare_bolt_app:application
"""

from __future__ import annotations

import os
from collections.abc import Callable

from slack_bolt import App
from slack_sdk import WebClient

from bot.slack.server import wsgi_app

_SECRET = os.environ["SLACK_SIGNING_SECRET"]
_app = App(
    signing_secret=_SECRET,
    client=WebClient(token=os.environ.get("SLACK_BOT_TOKEN", "xoxb-bare"), base_url=os.environ.get("SLACK_API_URL")),
    token_verification_enabled=False,
    process_before_response=True,  # as the bot: the ack is the HTTP response
)


@_app.command("/harassment")
def _acknowledge(ack: Callable[..., None]) -> None:
    ack()


application = wsgi_app(_app, _SECRET)
