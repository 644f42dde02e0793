"""Counters an operator looks at, in Prometheus text format, summed over every worker process.

Each process counts in a small memory-mapped file of its own in METRICS_DIR (the gunicorn
configuration makes one for its workers), so whichever worker answers /metrics reports the
whole server. Without METRICS_DIR a process counts in memory and reports itself only.
Gauges that live in the database (stuck escalations, the outbox) are read at scrape time.
"""

from __future__ import annotations

import datetime as dt
import mmap
import os
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ACK_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 3.0)  # seconds; 3 s is Slack's deadline
SLOW_ACK_SECONDS = 1.0

# One float64 slot per counter, in this order, in every process's file.
_COUNTERS = (
    "requests",  # Slack requests and Socket Mode envelopes handled
    "refused",  # answered 4xx (bad signature, malformed payload)
    "errors",  # answered 5xx
    "acks_over_1s",
    "acks_over_3s",
    "ack_seconds_sum",
    *(f"ack_bucket_{le}" for le in ACK_BUCKETS),
)
_SLOT = {name: i for i, name in enumerate(_COUNTERS)}
_SIZE = 8 * len(_COUNTERS)
_FILE_PREFIX = "counters-"


class CounterStore:
    """Float counters in shared memory: one file per process, summed on read."""

    def __init__(self, directory: str = "") -> None:
        self._directory = Path(directory) if directory else None
        self._lock = threading.Lock()
        self._pid: int | None = None
        self._map: mmap.mmap | None = None

    def _mine(self) -> mmap.mmap:
        pid = os.getpid()
        if self._map is None or self._pid != pid:  # first use in this process (or after a fork)
            if self._directory is None:
                self._map = mmap.mmap(-1, _SIZE)
            else:
                self._directory.mkdir(parents=True, exist_ok=True)
                path = self._directory / f"{_FILE_PREFIX}{pid}.bin"
                with path.open("a+b") as file:
                    file.truncate(_SIZE)
                    self._map = mmap.mmap(file.fileno(), _SIZE)
            self._pid = pid
        return self._map

    def add(self, name: str, amount: float = 1.0) -> None:
        """Add to one counter of this process."""
        offset = 8 * _SLOT[name]
        with self._lock:
            memory = self._mine()
            (value,) = struct.unpack_from("d", memory, offset)
            struct.pack_into("d", memory, offset, value + amount)

    def totals(self) -> tuple[dict[str, float], int]:
        """Every counter summed over the processes, and how many processes were summed."""
        with self._lock:
            mine = bytes(self._mine())
        blobs = [mine]
        if self._directory is not None:
            own = f"{_FILE_PREFIX}{os.getpid()}.bin"
            for path in sorted(self._directory.glob(f"{_FILE_PREFIX}*.bin")):
                if path.name != own:
                    blob = path.read_bytes()
                    if len(blob) == _SIZE:
                        blobs.append(blob)
        sums = [0.0] * len(_COUNTERS)
        for blob in blobs:
            for i, value in enumerate(struct.unpack(f"{len(_COUNTERS)}d", blob)):
                sums[i] += value
        return dict(zip(_COUNTERS, sums, strict=True)), len(blobs)


@dataclass(frozen=True)
class DatabaseGauges:
    """Numbers read from the database at scrape time."""

    stuck_escalations: int
    outbox_backlog: int
    outbox_failed: int


class Metrics:
    """What /metrics reports: request counters from every worker, gauges from the database."""

    def __init__(self, store: CounterStore, gauges: Callable[[], DatabaseGauges | None], ready: Callable[[], bool]) -> None:
        self._store = store
        self._gauges = gauges
        self._ready = ready

    def observe(self, seconds: float, status: int) -> None:
        """One Slack request (or Socket Mode envelope) answered with `status` after `seconds`."""
        store = self._store
        store.add("requests")
        if 400 <= status < 500:
            store.add("refused")
        elif status >= 500:
            store.add("errors")
        store.add("ack_seconds_sum", seconds)
        for le in ACK_BUCKETS:
            if seconds <= le:
                store.add(f"ack_bucket_{le}")
        if seconds > SLOW_ACK_SECONDS:
            store.add("acks_over_1s")
        if seconds > 3.0:
            store.add("acks_over_3s")

    def render(self) -> str:
        """The Prometheus text exposition (format 0.0.4)."""
        counters, processes = self._store.totals()
        lines: list[str] = []

        def metric(name: str, kind: str, help_text: str, samples: list[tuple[str, float]]) -> None:
            lines.append(f"# HELP {name} {help_text}")
            lines.append(f"# TYPE {name} {kind}")
            lines.extend(f"{name}{labels} {_number(value)}" for labels, value in samples)

        metric("kasuhara_slack_requests_total", "counter", "Slack requests and Socket Mode envelopes handled.",
               [("", counters["requests"])])
        metric("kasuhara_slack_requests_refused_total", "counter", "Slack requests refused with a 4xx (signature, payload).",
               [("", counters["refused"])])
        metric("kasuhara_slack_request_errors_total", "counter", "Slack requests answered with a 5xx.",
               [("", counters["errors"])])
        metric("kasuhara_slack_acks_over_1s_total", "counter", "Acks that took longer than one second.",
               [("", counters["acks_over_1s"])])
        metric("kasuhara_slack_acks_over_3s_total", "counter", "Acks later than Slack's three-second deadline.",
               [("", counters["acks_over_3s"])])
        buckets = [(f'{{le="{le}"}}', counters[f"ack_bucket_{le}"]) for le in ACK_BUCKETS]
        lines.append("# HELP kasuhara_slack_ack_seconds Time from receiving a Slack request to its ack.")
        lines.append("# TYPE kasuhara_slack_ack_seconds histogram")
        lines.extend(f"kasuhara_slack_ack_seconds_bucket{labels} {_number(value)}" for labels, value in buckets)
        lines.append(f'kasuhara_slack_ack_seconds_bucket{{le="+Inf"}} {_number(counters["requests"])}')
        lines.append(f"kasuhara_slack_ack_seconds_sum {counters['ack_seconds_sum']:.6f}")
        lines.append(f"kasuhara_slack_ack_seconds_count {_number(counters['requests'])}")
        metric("kasuhara_worker_processes", "gauge", "Worker processes whose counters are summed here.", [("", processes)])
        metric("kasuhara_ready", "gauge", "1 when the worker answering this scrape is ready for traffic.",
               [("", 1.0 if self._ready() else 0.0)])
        gauges = self._gauges()
        metric("kasuhara_database_up", "gauge", "1 when the database answered this scrape.", [("", 0.0 if gauges is None else 1.0)])
        if gauges is not None:
            metric("kasuhara_stuck_escalations", "gauge",
                   "Cases escalated to a channel more than a few minutes ago whose case card is not posted.",
                   [("", gauges.stuck_escalations)])
            metric("kasuhara_outbox_backlog", "gauge", "Slack side effects waiting in the outbox.", [("", gauges.outbox_backlog)])
            metric("kasuhara_outbox_failed", "gauge", "Slack side effects that gave up after their retries.",
                   [("", gauges.outbox_failed)])
        return "\n".join(lines) + "\n"


STUCK_AFTER = dt.timedelta(minutes=5)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)
