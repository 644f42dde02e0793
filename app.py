"""Start the bot: `python app.py` (Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT)."""

from __future__ import annotations

import logging
import sys
import threading

from bot.config import ConfigError, load_settings


def main() -> int:
    """Check the settings, migrate the database, start the scheduler and serve Slack."""
    try:
        settings = load_settings()
        settings.require_slack()
    except ConfigError as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # a line per plugin on import

    from bot.policy.loader import PolicyError
    from bot.runtime import build_services
    from bot.scheduler import start_scheduler
    from bot.slack.app import build_bot
    from bot.slack.server import serve_http, serve_socket_mode

    try:
        services = build_services(settings)
        app, ctx = build_bot(services)
    except PolicyError as exc:
        print(f"Cannot start: the policy {settings.policy!r} is invalid: {exc}", file=sys.stderr)
        return 2
    except ConfigError as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        logging.getLogger(__name__).exception("Start-up failed")
        print(f"Cannot start: {exc}", file=sys.stderr)
        return 1
    from bot.triage.engine import warm_up

    # Compile the triage cues off the request path, so the first reports answer as fast as later ones.
    threading.Thread(target=warm_up, name="triage-warm-up", daemon=True).start()
    scheduler = start_scheduler(ctx) if settings.run_scheduler else None
    from bot.slack.worker import OutboxWorker

    # Finishes what listeners could not (Slack slow or down, a restart); safe in every process.
    worker = OutboxWorker(ctx.escalation.runner, settings.outbox_poll_seconds).start() if settings.run_outbox_worker else None
    try:
        if settings.socket_mode:
            serve_socket_mode(app, settings.slack_app_token)
        else:
            serve_http(app, settings.port, settings.http_threads, signing_secret=settings.slack_signing_secret)
    except KeyboardInterrupt:
        pass
    finally:
        if worker:
            worker.stop()
        if scheduler:
            scheduler.shutdown(wait=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
