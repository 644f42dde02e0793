"""`python app.py` in Socket Mode: the bot holds a WebSocket to Slack instead of serving HTTP.

slack_sdk's built-in client (no extra dependency) reconnects when the socket drops or Slack
asks for a refresh. A refused app-level token stops start-up with one line. /healthz, /readyz
(connected to Slack too) and /metrics are served on PORT for the container's probes.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable
from types import FrameType
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.socket_mode.internals import run_bolt_app, send_response
from slack_sdk.errors import SlackApiError
from slack_sdk.socket_mode.builtin import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest

from bot.config import ConfigError
from bot.web.metrics import Metrics
from bot.web.middleware import operations_app
from bot.web.startup import WebWorker

logger = logging.getLogger(__name__)

PING_INTERVAL_SECONDS = 5.0  # a dropped connection is noticed within about four pings


class MeasuredSocketModeHandler(SocketModeHandler):
    """Bolt's built-in Socket Mode handler, counting each envelope and its ack time in /metrics."""

    def __init__(
        self, app: App, app_token: str, metrics: Metrics | None = None, *, ping_interval: float = PING_INTERVAL_SECONDS
    ) -> None:
        super().__init__(app, app_token, ping_interval=ping_interval)
        self._metrics = metrics

    def handle(self, client: SocketModeClient, req: SocketModeRequest) -> None:  # type: ignore[override]
        started = time.perf_counter()
        response = run_bolt_app(self.app, req)
        send_response(client, req, response, started)
        if self._metrics is not None:
            self._metrics.observe(time.perf_counter() - started, response.status)

    def connected(self) -> bool:
        """True while a WebSocket to Slack is open."""
        return bool(self.client.is_connected())


def connect_socket_mode(worker: WebWorker, app_token: str, *, ping_interval: float = PING_INTERVAL_SECONDS) -> MeasuredSocketModeHandler:
    """Open the Socket Mode connection for a worker; its readiness then requires the connection."""
    handler = open_socket_mode(worker.app, app_token, worker.metrics, ping_interval=ping_interval)
    worker.readiness.add_check(lambda: None if handler.connected() else "not connected to Slack")
    return handler


def open_socket_mode(
    app: App, app_token: str, metrics: Metrics | None = None, *, ping_interval: float = PING_INTERVAL_SECONDS
) -> MeasuredSocketModeHandler:
    """Open the Socket Mode connection; ConfigError (one line) when Slack refuses the app-level token."""
    try:
        url = app.client.apps_connections_open(app_token=app_token)["url"]
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown_error")
        raise ConfigError(
            f"Slack refused SLACK_APP_TOKEN ({error}): generate an app-level token with the connections:write scope "
            "under Basic Information > App-Level Tokens and turn Socket Mode on in the app settings"
        ) from None
    handler = MeasuredSocketModeHandler(app, app_token, metrics, ping_interval=ping_interval)
    handler.client.wss_uri = url
    handler.connect()  # type: ignore[no-untyped-call]
    return handler


def serve_socket_mode(worker: WebWorker, app_token: str, *, health_host: str = "0.0.0.0") -> None:  # noqa: S104 - probes
    """Connect, serve the probes on PORT, and run until SIGTERM or Ctrl-C; then close and let work finish."""
    from waitress.server import create_server

    # Slack sends envelopes as soon as the socket is open: be warm first (about 2 s), so the
    # first reports are acked as fast as later ones.
    worker.readiness.wait_warm(timeout=60)
    handler = connect_socket_mode(worker, app_token)
    probes: Any = create_server(
        operations_app(_not_found, worker.readiness, worker.metrics), host=health_host, port=worker.settings.port, threads=2
    )
    threading.Thread(target=probes.run, name="probes-http", daemon=True).start()
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        worker.readiness.start_draining()
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    logger.info("Connected to Slack over Socket Mode; probes on port %d", worker.settings.port)
    try:
        stop.wait()
        time.sleep(worker.settings.shutdown_drain_seconds)
    finally:
        for sig, handler_before in previous.items():
            signal.signal(sig, handler_before)
        handler.close()  # type: ignore[no-untyped-call]
        worker.finish()
        probes.close()


def _not_found(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"not found: this process talks to Slack over Socket Mode"]
