"""Start the bot: `python app.py [--role web|scheduler|all]` (Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT).

Roles: `web` serves Slack only, `scheduler` runs the scheduled jobs only, `all` (the default)
does both. The jobs run in whichever scheduler process holds the database lease, so any number
of `all` or `scheduler` processes may run; see the README's deployment section.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence

from bot.config import ConfigError, load_settings

ROLES = ("web", "scheduler", "all")


def parse_role(argv: Sequence[str] | None = None) -> str:
    """The --role argument (default all)."""
    parser = argparse.ArgumentParser(description="Run the customer-harassment Slack bot.")
    parser.add_argument(
        "--role",
        choices=ROLES,
        default="all",
        help="web: serve Slack; scheduler: run the scheduled jobs (under the database lease); all: both (default)",
    )
    return str(parser.parse_args(argv).role)


def main(argv: Sequence[str] | None = None) -> int:
    """Check the settings, migrate the database, start the scheduler and/or serve Slack."""
    role = parse_role(argv)
    try:
        settings = load_settings()
        settings.require_slack()
    except ConfigError as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # a line per plugin on import

    from slack_bolt.error import BoltError
    from slack_sdk.errors import SlackApiError
    from sqlalchemy.exc import SQLAlchemyError

    from bot.db.migrate import MigrationError
    from bot.policy.loader import PolicyError
    from bot.scheduler import start_scheduler, stop_scheduler
    from bot.web.serve import serve_http
    from bot.web.socket_mode import serve_socket_mode
    from bot.web.startup import build_web_worker, startup_problem

    try:
        # Refuses a second process on a SQLite file; migrates unless MIGRATE_ON_START=false,
        # then requires the newest schema.
        worker = build_web_worker(settings)
        ctx = worker.ctx
    except MigrationError as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 2
    except PolicyError as exc:
        print(f"Cannot start: the policy {settings.policy!r} is invalid: {exc}", file=sys.stderr)
        return 2
    except ConfigError as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 2
    except (BoltError, SlackApiError, OSError, SQLAlchemyError) as exc:  # Slack or the database unreachable
        print(f"Cannot start: {startup_problem(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:
        logging.getLogger(__name__).exception("Start-up failed")
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 1
    log = logging.getLogger(__name__)
    runs_scheduler = role == "scheduler" or (role == "all" and settings.run_scheduler)
    scheduler = start_scheduler(ctx) if runs_scheduler else None
    try:
        if role == "scheduler":
            log.info("Running the scheduler only (role scheduler); stop with Ctrl-C or SIGTERM")
            stopped = threading.Event()
            signal.signal(signal.SIGTERM, lambda *_: stopped.set())
            stopped.wait()
        else:
            # Compile the triage cues off the request path, so the first reports answer as fast as
            # later ones; and start the outbox worker (RUN_OUTBOX_WORKER).
            worker.start_background()
            if settings.socket_mode:
                serve_socket_mode(worker, settings.slack_app_token)  # probes on PORT; SIGTERM drains
            else:
                serve_http(worker)  # /healthz, /readyz, /metrics too; SIGTERM drains
    except ConfigError as exc:  # Slack refused the app-level token
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    finally:
        worker.finish(timeout=5)  # stops the outbox worker; the servers have drained the listeners
        if scheduler:
            stop_scheduler(scheduler, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
