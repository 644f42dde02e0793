"""The outbox worker: a thread in each bot process that carries out due outbox steps.

Whatever a listener could not finish (Slack slow or failing, the process restarted) is
finished here. Any number of processes may run one: steps are claimed with a lease in the
database (`SELECT ... FOR UPDATE SKIP LOCKED` on PostgreSQL).
"""

from __future__ import annotations

import logging
import threading

from bot.slack.escalation import OutboxRunner

logger = logging.getLogger(__name__)

BATCH = 20


class OutboxWorker:
    """Polls the outbox every `poll_seconds` until stopped."""

    def __init__(self, runner: OutboxRunner, poll_seconds: float) -> None:
        self._runner = runner
        self._poll = poll_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="outbox-worker", daemon=True)

    def start(self) -> OutboxWorker:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the step being carried out (if any)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _loop(self) -> None:
        failing = False  # one traceback per outage (the database down), not one per round
        while not self._stop.is_set():
            try:
                busy = self._runner.run_due(BATCH) >= BATCH
                if failing:
                    logger.warning("The outbox worker works again")
                failing = False
            except Exception as exc:
                if not failing:
                    logger.exception("The outbox worker's round failed; trying again every %s s", self._poll)
                else:
                    logger.debug("The outbox worker's round failed again (%s)", type(exc).__name__)
                failing, busy = True, False
            if not busy:
                self._stop.wait(self._poll)
