"""`python app.py` in HTTP mode: one process on waitress, stopping gracefully on SIGTERM.

Several processes behind a load balancer use gunicorn on bot.wsgi instead (see the README).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from types import FrameType
from typing import Any

from bot.web.startup import WebWorker

logger = logging.getLogger(__name__)

GRACE_SECONDS = 30  # in-flight requests get this long after the drain before connections close


def serve_http(worker: WebWorker, host: str = "0.0.0.0") -> None:  # noqa: S104 - a server
    """Serve until SIGTERM or Ctrl-C: then fail readiness, stop accepting, finish in-flight requests, return."""
    from waitress.server import create_server

    settings = worker.settings
    server: Any = create_server(worker, host=host, port=settings.port, threads=settings.http_threads, ident="kasuhara-bot")
    stopping = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        if stopping.is_set():
            return
        stopping.set()
        worker.readiness.start_draining()
        threading.Thread(target=_stop, args=(server, settings.shutdown_drain_seconds), name="http-stop", daemon=True).start()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    logger.info("Serving Slack requests on http://%s:%d/slack/events", host, settings.port)
    try:
        server.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.task_dispatcher.shutdown(timeout=GRACE_SECONDS)
        worker.finish(timeout=GRACE_SECONDS)
    logger.info("Stopped")


def _stop(server: Any, drain_seconds: float) -> None:
    """Still serving for `drain_seconds` (readiness fails), then close the listener, let requests finish, end the loop."""
    from waitress import wasyncore

    time.sleep(drain_seconds)
    server.trigger.pull_trigger(lambda: wasyncore.dispatcher.close(server))  # stop accepting; the loop goes on
    dispatcher = server.task_dispatcher
    deadline = time.monotonic() + GRACE_SECONDS
    while (dispatcher.active_count or dispatcher.queue) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)  # the loop thread writes out the last responses
    server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
