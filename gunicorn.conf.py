"""gunicorn settings for `gunicorn bot.wsgi:application` (gunicorn reads this file from the current folder).

Threaded workers (HTTP_THREADS threads each); the number of workers is gunicorn's own
`-w N` or WEB_CONCURRENCY (default 1), the port is PORT. Command-line options win over these.
The hooks make a worker fail readiness on SIGTERM before it stops accepting, warm triage up
after the fork, wait for the work started after acks before exiting, and share the metrics
counters between workers. Several workers on the SQLite default are refused.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
import threading
from typing import Any

from bot.config import ConfigError, load_settings

try:
    _settings = load_settings()
except ConfigError as _exc:
    print(f"Cannot start: {_exc}", file=sys.stderr)
    sys.exit(2)

worker_class = "gthread"
threads = _settings.http_threads
# A stopping worker first fails readiness for SHUTDOWN_DRAIN_SECONDS, then finishes in-flight requests.
graceful_timeout = 30 + _settings.shutdown_drain_seconds
control_socket_disable = True  # one path per user: several servers on a machine would fight over it
accesslog = None  # request lines would carry nothing useful and cost time; /metrics counts requests

_made: dict[str, str] = {}  # what the master created and removes at exit
if not _settings.metrics_dir:
    # Set before the app is loaded (--preload loads it before on_starting); the workers inherit it.
    _made["metrics_dir"] = tempfile.mkdtemp(prefix="kasuhara-metrics-")
    os.environ["METRICS_DIR"] = _made["metrics_dir"]


def on_starting(server: Any) -> None:
    """In the master, before any worker: refuse SQLite with several workers."""
    from bot.web.startup import check_workers

    try:
        check_workers(_settings, server.cfg.workers)
    except ConfigError as exc:
        print(f"Cannot start: {exc}", file=sys.stderr, flush=True)
        sys.exit(2)


def on_exit(server: Any) -> None:
    """In the master, at the end: remove the metrics folder it made."""
    if "metrics_dir" in _made:
        shutil.rmtree(_made["metrics_dir"], ignore_errors=True)


def post_worker_init(worker: Any) -> None:
    """In each worker, after gunicorn set its signals: warm up now; on SIGTERM fail readiness first."""
    app = getattr(worker, "wsgi", None)
    readiness = getattr(app, "readiness", None)
    if readiness is None:
        return
    app.start_background()  # the warm-up and the outbox worker, in this worker process
    stop_accepting = signal.getsignal(signal.SIGTERM)
    drain = app.settings.shutdown_drain_seconds

    def on_sigterm(signum: int, frame: Any) -> None:
        readiness.start_draining()
        if callable(stop_accepting):
            if drain:
                threading.Timer(drain, stop_accepting, (signum, frame)).start()
            else:
                stop_accepting(signum, frame)

    signal.signal(signal.SIGTERM, on_sigterm)
    signal.siginterrupt(signal.SIGTERM, False)


def worker_exit(server: Any, worker: Any) -> None:
    """In each worker, after its last request: let the work started after acks finish."""
    finish = getattr(getattr(worker, "wsgi", None), "finish", None)
    if finish is not None:
        finish(timeout=max(1, graceful_timeout - 5))
