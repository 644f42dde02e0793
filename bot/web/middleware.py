"""The operations endpoints around the Slack WSGI app: /healthz, /readyz, /metrics, and timing."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from bot.web.health import Readiness
from bot.web.metrics import Metrics

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
SLACK_PATH = "/slack/events"


def operations_app(slack: WSGIApp, readiness: Readiness, metrics: Metrics) -> WSGIApp:
    """`slack` behind the load balancer's endpoints; every Slack request is timed and counted."""

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        readiness.ensure_warming()
        path = environ.get("PATH_INFO", "")
        if path == "/healthz":
            return _text(start_response, "200 OK", "ok")
        if path == "/readyz":
            problems = readiness.problems()
            if problems:
                return _text(start_response, "503 Service Unavailable", "not ready: " + "; ".join(problems))
            return _text(start_response, "200 OK", "ready")
        if path == "/metrics":
            body = metrics.render().encode()
            start_response("200 OK", [("Content-Type", "text/plain; version=0.0.4; charset=utf-8"), ("Content-Length", str(len(body)))])
            return [body]
        if path != SLACK_PATH:
            return slack(environ, start_response)
        started = time.perf_counter()
        status = [500]

        def recording_start_response(status_line: str, headers: list[tuple[str, str]], *args: Any) -> Any:
            status[0] = int(status_line.split(" ", 1)[0])
            return start_response(status_line, headers, *args)

        try:
            # Bolt's adapter answers with a complete body: the ack is ready when it returns.
            return slack(environ, recording_start_response)
        finally:
            metrics.observe(time.perf_counter() - started, status[0])

    return application


def _text(start_response: Callable[..., Any], status: str, text: str) -> Iterable[bytes]:
    body = text.encode()
    start_response(status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
    return [body]
