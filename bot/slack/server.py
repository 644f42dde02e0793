"""Serving the app: Socket Mode, or HTTP on a production WSGI server (waitress)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


def wsgi_app(app: App) -> Callable[..., Iterable[bytes]]:
    """The WSGI application: Slack requests at /slack/events, a health check at /healthz."""
    slack = SlackRequestHandler(app)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == EVENTS_PATH and environ.get("REQUEST_METHOD") == "POST":
            return slack(environ, start_response)
        if path == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]

    return application


def serve_http(app: App, port: int, threads: int, host: str = "0.0.0.0") -> None:
    """Serve over HTTP with waitress (multi-threaded, production grade) until interrupted."""
    from waitress import serve

    logger.info("Serving Slack requests on http://%s:%d%s", host, port, EVENTS_PATH)
    serve(wsgi_app(app), host=host, port=port, threads=threads, ident="kasuhara-bot")


def serve_socket_mode(app: App, app_token: str) -> None:
    """Connect to Slack over Socket Mode (no public URL needed) until interrupted."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    logger.info("Connecting to Slack over Socket Mode")
    SocketModeHandler(app, app_token).start()
