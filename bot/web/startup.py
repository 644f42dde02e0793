"""Building one serving process: checks that refuse a wrong deployment, then the wrapped app."""

from __future__ import annotations

import fcntl
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.error import URLError

from slack_bolt import App
from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.config import ConfigError, Settings, customer_hmac_key, load_settings
from bot.runtime import Clock, Services, build_services, utc_now
from bot.slack.app import build_bot
from bot.slack.context import BotContext
from bot.slack.server import wsgi_app
from bot.slack.worker import OutboxWorker
from bot.web.health import DatabaseProbe, Readiness
from bot.web.metrics import CounterStore, Metrics
from bot.web.middleware import operations_app

logger = logging.getLogger(__name__)

# gunicorn's "app failed to load": its master stops instead of starting the worker again and again.
EXIT_REFUSED = 4


def check_workers(settings: Settings, workers: int) -> None:
    """Refuse several worker processes on a SQLite file, or a shared database without the identifier key."""
    if not settings.local_database:
        customer_hmac_key(settings)  # ConfigError when unset; nothing is written for a server database
    if workers > 1 and settings.local_database:
        raise ConfigError(
            f"{workers} workers cannot share the SQLite database {settings.resolved_database_url}: run one worker, "
            "or point DATABASE_URL at PostgreSQL (and set CUSTOMER_HMAC_KEY) for several"
        )


def claim_sqlite(settings: Settings) -> IO[str] | None:
    """Hold a lock that lets one process at a time serve from a SQLite file (ConfigError if taken).

    The lock belongs to the open file: a process forked after taking it shares it, which is
    what gunicorn --preload does with its single worker.
    """
    if not settings.local_database:
        return None
    database = make_url(settings.resolved_database_url).database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:"):
        return None
    path = Path(database).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = (path.parent / f"{path.name}.serving.lock").open("a", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise ConfigError(
            f"another process is already serving the SQLite database {path}: SQLite takes one worker; "
            "point DATABASE_URL at PostgreSQL (and set CUSTOMER_HMAC_KEY) for several"
        ) from None
    return handle


@dataclass
class WebWorker:
    """One serving process: the WSGI application with its readiness, metrics and Slack side."""

    settings: Settings
    services: Services
    app: App
    ctx: BotContext
    readiness: Readiness
    metrics: Metrics
    probe: DatabaseProbe
    listener_pool: Executor
    wsgi: Callable[..., Iterable[bytes]]
    _lock_file: IO[str] | None = field(default=None, repr=False)
    _outbox: tuple[int, OutboxWorker] | None = field(default=None, repr=False)  # (pid, its worker)
    _outbox_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        self.start_background()
        return self.wsgi(environ, start_response)

    def start_background(self) -> None:
        """Start this process's threads if not yet started here: the warm-up and the outbox worker.

        Lazily and per process, never before a fork (gunicorn --preload); cheap to call often.
        """
        self.readiness.ensure_warming()
        if not self.settings.run_outbox_worker:
            return
        pid = os.getpid()
        if self._outbox is not None and self._outbox[0] == pid:
            return
        with self._outbox_lock:
            if self._outbox is None or self._outbox[0] != pid:
                # Finishes what listeners could not (Slack slow or down, a restart); safe in every process.
                worker = OutboxWorker(self.ctx.escalation.runner, self.settings.outbox_poll_seconds).start()
                self._outbox = (pid, worker)

    def finish(self, timeout: float = 30.0) -> bool:
        """Wait up to `timeout` seconds for the work started after acks (the lazy listeners and the
        forms being opened); True when all finished."""

        def drain() -> None:
            self.ctx.forms.shutdown(wait=True)
            self.listener_pool.shutdown(wait=True)

        waiter = threading.Thread(target=drain, daemon=True)
        waiter.start()
        waiter.join(timeout)
        if waiter.is_alive():
            logger.warning("Stopping with work after acks still running after %.0f s", timeout)
        if self._outbox is not None and self._outbox[0] == os.getpid():
            self._outbox[1].stop()
        self.probe.dispose()
        return not waiter.is_alive()


def build_web_worker(
    settings: Settings, *, workers: int = 1, clock: Clock = utc_now, listener_executor: Executor | None = None
) -> WebWorker:
    """Check the deployment, prepare the database (migrate, or require the newest schema) and wire the app."""
    from bot.triage.engine import warm_up

    settings.require_slack()
    check_workers(settings, workers)
    lock_file = claim_sqlite(settings)
    services = build_services(settings, clock=clock, migrate=settings.migrate_on_start)
    pool = listener_executor or ThreadPoolExecutor(max_workers=settings.http_threads, thread_name_prefix="slack-listener")
    app, ctx = build_bot(services, listener_executor=pool)
    probe = DatabaseProbe(settings.resolved_database_url)
    readiness = Readiness(warm_up, probe.problem)
    metrics = Metrics(CounterStore(settings.metrics_dir), lambda: probe.gauges(clock()), lambda: not readiness.problems())
    wsgi = operations_app(wsgi_app(app, settings.slack_signing_secret), readiness, metrics)
    return WebWorker(settings, services, app, ctx, readiness, metrics, probe, pool, wsgi, lock_file)


def load_worker() -> WebWorker:
    """The WSGI entry point's worker from the environment; one clear line and exit on a bad setup."""
    from bot.db.migrate import MigrationError
    from bot.policy.loader import PolicyError

    try:
        settings = load_settings()
        if settings.socket_mode:
            raise ConfigError("SLACK_APP_TOKEN is set: Socket Mode runs with `python app.py`; a WSGI server serves HTTP only")
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
        logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
        if not settings.migrate_on_start:  # only reading the revision: no lines about it
            logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)
        return build_web_worker(settings)
    except (ConfigError, MigrationError) as exc:
        _refuse(str(exc))
    except PolicyError as exc:
        _refuse(f"the policy is invalid: {exc}")
    except (BoltError, SlackApiError, OSError, SQLAlchemyError) as exc:
        _refuse(startup_problem(exc))
    raise AssertionError("unreachable")


def startup_problem(exc: Exception) -> str:
    """One line for what stopped start-up outside our own checks: Slack or the database."""
    if isinstance(exc, (BoltError, SlackApiError)):
        return f"Slack refused the bot token (SLACK_BOT_TOKEN): {exc}".splitlines()[0]
    if isinstance(exc, URLError):
        return f"cannot reach Slack's Web API (SLACK_API_URL): {exc.reason}"
    if isinstance(exc, SQLAlchemyError):
        return f"cannot use the database (DATABASE_URL): {getattr(exc, 'orig', None) or exc}".splitlines()[0]
    return f"{type(exc).__name__}: {exc}".splitlines()[0]


def _refuse(reason: str) -> None:
    print(f"Cannot start: {reason}", file=sys.stderr, flush=True)
    raise SystemExit(EXIT_REFUSED)
