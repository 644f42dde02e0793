"""Reminder steps claimed and recorded by 1, 2 and 4 senders at once, on SQLite and PostgreSQL.

    python benchmarks/reminder_senders.py                      # 500 escalated cases, SQLite only
    python benchmarks/reminder_senders.py --cases 2000 --postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test

Escalates N cases through `CaseService` (each gets a ladder of 4 steps), moves the clock past
every step, then lets S senders (each with its own engine, as separate processes have) claim and
mark every due step, as the scheduler's job does without the Slack calls. Prints one row per
database and sender count: steps sent, duplicates (must be 0), wall time, steps per second.
PostgreSQL runs in a throwaway schema that is dropped after. A lease acquire/renew is timed too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from bot.config import Settings
from bot.db.migrate import upgrade
from bot.db.models import Reminder
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.lease import Lease
from bot.lifecycle import ContactChannel, ReportSource, Surface
from bot.policy.model import Severity
from bot.services.cases import CaseService
from bot.services.reminders import ReminderService
from bot.services.reports import Report
from bot.services.results import ClauseRef, TriageSummary

START = dt.datetime(2026, 12, 8, 1, 0, tzinfo=dt.UTC)
KEY = b"benchmark-hmac-key"
TRIAGE = TriageSummary(
    harassment=True,
    severity=Severity.HIGH,
    categories=("threats_intimidation",),
    clauses=(ClauseRef("general", "threats", 0.9),),
    policy_id="general",
    policy_version="bench",
)


def escalate_cases(url: str, count: int) -> None:
    engine = make_engine(url)
    cases = CaseService(make_session_factory(engine), KEY, Settings(database_url=url))
    for i in range(count):
        report = Report(
            reporter_user_id="U0STAFF01", team_id="T0", text=f"case {i}", source=ReportSource.SLASH_COMMAND,
            contact_channel=ContactChannel.PHONE, occurred_at=START, customer_identifiers=(),
        )
        case = cases.record_report(report, TRIAGE, START)
        cases.mark_escalated(case.id, "U0STAFF01", f"C{i:08d}", ["U0MANAGER1"], Surface.BUTTON, START)
    engine.dispose()


def reset_sent(url: str) -> None:
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as uow:
        uow.session.execute(update(Reminder).values(sent_at=None, claimed_at=None, claimed_by=None, reached=[]))
    engine.dispose()


def run_senders(url: str, senders: int, now: dt.datetime) -> tuple[int, int, float]:
    """(steps sent, duplicates, seconds) for `senders` concurrent senders."""
    sent: list[tuple[int, int]] = []
    lock = threading.Lock()
    barrier = threading.Barrier(senders)

    def sender(name: str) -> None:
        engine = make_engine(url)
        service = ReminderService(make_session_factory(engine), Settings(database_url=url))
        barrier.wait()
        mine = []
        for reminder_id in service.due(now, limit=1_000_000):
            claim = service.claim(reminder_id, name, now)
            if claim is not None and service.mark_sent(claim, ["U0MANAGER1"], now):
                mine.append((claim.case.id, claim.step))
        with lock:
            sent.extend(mine)
        engine.dispose()

    threads = [threading.Thread(target=sender, args=(f"bench-{i}",)) for i in range(senders)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(sent), len(sent) - len(set(sent)), time.perf_counter() - started


def lease_timing(url: str) -> float:
    """Median milliseconds of a lease renewal."""
    engine = make_engine(url)
    lease = Lease(make_session_factory(engine), lambda: START, holder="bench")
    timings = []
    for _ in range(50):
        started = time.perf_counter()
        lease.acquire()
        timings.append((time.perf_counter() - started) * 1000)
    engine.dispose()
    return statistics.median(timings)


def bench(label: str, url: str, cases: int, rows: list[list[str]]) -> None:
    print(f"[{label}] escalating {cases} cases...", file=sys.stderr)
    upgrade(url)
    escalate_cases(url, cases)
    later = START + dt.timedelta(days=1)
    for senders in (1, 2, 4):
        reset_sent(url)
        count, duplicates, seconds = run_senders(url, senders, later)
        rows.append([label, str(senders), str(count), str(duplicates), f"{seconds:.2f}", f"{count / seconds:.0f}"])
    rows.append([label, "lease renew (median ms)", f"{lease_timing(url):.2f}", "", "", ""])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--postgres-url", default="")
    args = parser.parse_args()
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory() as folder:
        bench("sqlite", f"sqlite:///{folder}/bench.db", args.cases, rows)
    if args.postgres_url:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(args.postgres_url, poolclass=NullPool)
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = (
            make_url(args.postgres_url)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
        try:
            bench("postgresql", url, args.cases, rows)
        finally:
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
    header = ["database", "senders", "steps sent", "duplicates", "seconds", "steps/s"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
