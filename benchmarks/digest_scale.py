"""The HR digest at scale: one week's digest, CSV and chart within 1,000,000 stored cases.

    python benchmarks/digest_scale.py                          # full size, SQLite and PostgreSQL
    python benchmarks/digest_scale.py --cases 100000
    python benchmarks/digest_scale.py --postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test
    python benchmarks/digest_scale.py --no-postgres

Bulk-loads three years of cases (with their categories and 200,000 customers) through the real
migration (executemany on SQLite, COPY on PostgreSQL), then, in a fresh child process per
backend, times `DigestService.report` (every query of the digest, the CSV's rows and the 12-week
series), the CSV text and the PNG chart for the week before the last loaded day: cold (the
first run, imports and font lookup included) and warm (median of the next runs). The child's
peak memory is its maximum resident set size (everything: Python, SQLite or libpq, matplotlib).
PostgreSQL runs in a throwaway database dropped after. Targets: under 2 s and under 200 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.db_scale import copy_rows, executemany_rows  # noqa: E402

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 23, 0, 0, tzinfo=UTC)  # Monday 09:00 in Tokyo: the digest covers the week before
SPAN_DAYS = 3 * 365
ZONE = ZoneInfo("Asia/Tokyo")
KEY = b"benchmark-hmac-key"
CHUNK = 20_000
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
CATEGORY_WEIGHTS = (3, 10, 8, 3, 6, 7, 3, 4, 2, 2, 2, 2, 3, 3, 2, 8)


def case_chunks(cases: int, customers: int, seed: int = 20261207) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """(cases, categories) in chunks, created evenly over three years up to NOW."""
    from bot.policy.model import CATEGORY_IDS

    rng = random.Random(seed)
    seq_by_day: dict[dt.date, int] = {}
    step = SPAN_DAYS * 86400 / cases
    for first in range(0, cases, CHUNK):
        rows, categories = [], []
        for i in range(first, min(first + CHUNK, cases)):
            case_id = i + 1
            created = NOW - dt.timedelta(seconds=SPAN_DAYS * 86400 - i * step - rng.random() * step)
            day = created.astimezone(ZONE).date()
            seq = seq_by_day[day] = seq_by_day.get(day, 0) + 1
            harassment = rng.random() < 0.85
            cats = (
                list(dict.fromkeys(rng.choices(CATEGORY_IDS, weights=CATEGORY_WEIGHTS, k=rng.choice((1, 1, 2, 3))))) if harassment else []
            )
            severity = rng.choice(("medium", "high", "high", "critical", "low")) if harassment else "none"
            age_days = (NOW - created).days
            escalated = created + dt.timedelta(minutes=rng.uniform(0.5, 5)) if harassment and rng.random() < 0.8 else None
            acknowledged = (
                escalated + dt.timedelta(minutes=rng.expovariate(1 / 15)) if escalated and (age_days > 2 or rng.random() < 0.7) else None
            )
            resolved = (
                (acknowledged or created) + dt.timedelta(hours=rng.expovariate(1 / 20))
                if acknowledged and (age_days > 14 or rng.random() < 0.5)
                else None
            )
            if resolved and resolved > NOW:
                resolved = None
            status = (
                "resolved"
                if resolved
                else "acknowledged"
                if acknowledged
                else "escalated"
                if escalated
                else ("logged_only" if harassment else "reported")
            )
            outcome = rng.choice(("resolved_with_customer", "no_further_action", "service_refused")) if resolved else None
            rows.append(
                {
                    "id": case_id,
                    "ref": f"{day:%Y}-{day:%m%d}-{seq:04d}",
                    "ref_day": day,
                    "ref_seq": seq,
                    "reporter_user_id": f"U{rng.randrange(1, 400):08d}",
                    "team_id": "T00000001",
                    "text": "電話で「お前の名前をネットに晒すぞ」と何度も言われました。",
                    "source": "slash_command",
                    "permalink": None,
                    "contact_channel": "phone",
                    "occurred_at": created,
                    "happening_now": rng.random() < 0.2,
                    "harassment": harassment,
                    "severity": severity,
                    "primary_category": cats[0] if cats else None,
                    "policy_id": "general",
                    "policy_version": "2025-04",
                    "clauses": [],
                    "triage": {"categories": cats},
                    "status": status,
                    "outcome": outcome,
                    "escalation_channel_id": f"C{case_id:010d}" if escalated else None,
                    "card_channel_id": None,
                    "card_ts": None,
                    "handler_user_id": None,
                    "customer_id": 1 + int(customers * rng.random() ** 2),  # a few customers have many cases
                    "customer_label": None,
                    "details_purged_at": None,
                    "idempotency_key": None,
                    "created_at": created,
                    "updated_at": resolved or acknowledged or escalated or created,
                    "escalated_at": escalated,
                    "acknowledged_at": acknowledged,
                    "resolved_at": resolved,
                }
            )
            categories.extend({"case_id": case_id, "category": c, "rank": r} for r, c in enumerate(cats))
        yield rows, categories


def load(url: str, cases: int, customers: int, progress: Callable[[str], None]) -> float:
    """Migrate and bulk-load; returns seconds of writing."""
    from bot.db.migrate import upgrade
    from bot.db.models import Case, CaseCategory, Customer
    from bot.db.session import make_engine

    upgrade(url)
    engine = make_engine(url)
    postgres = engine.dialect.name == "postgresql"
    writer = copy_rows if postgres else executemany_rows
    started = time.perf_counter()
    with engine.connect() as connection:
        if not postgres:
            raw = connection.connection.dbapi_connection
            raw.execute("PRAGMA synchronous=OFF")
        since = NOW - dt.timedelta(days=SPAN_DAYS + 1)
        for first in range(1, customers + 1, CHUNK):
            chunk = [
                {"id": c, "created_at": since, "updated_at": since, "service_refused_at": None}
                for c in range(first, min(first + CHUNK, customers + 1))
            ]
            with connection.begin():
                writer(connection, Customer, chunk)
        done = 0
        for rows, categories in case_chunks(cases, customers):
            with connection.begin():
                writer(connection, Case, rows)
                writer(connection, CaseCategory, categories)
            done += len(rows)
            if done % 200_000 < CHUNK:
                progress(f"  {done:,} cases loaded ({time.perf_counter() - started:.0f} s)")
        if postgres:
            with connection.begin():
                for table in ("customers", "cases"):
                    connection.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"  # noqa: S608
                    )
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
        else:
            raw.execute("ANALYZE")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return time.perf_counter() - started


def measure(url: str, runs: int) -> dict[str, Any]:
    """In this (fresh) process: time the digest, CSV and chart; the peak resident memory."""
    started = time.perf_counter()
    from bot.chart import japanese_font, render_category_chart
    from bot.config import DEFAULT_POLICY_DIR, Settings
    from bot.db.session import make_engine, make_session_factory
    from bot.digest import csv_text
    from bot.policy.loader import load_bundle
    from bot.services.digest import DigestService
    from bot.slack.digest_files import chart_language, chart_text

    settings = Settings(database_url=url)
    bundle = load_bundle(DEFAULT_POLICY_DIR, "general")
    service = DigestService(make_session_factory(make_engine(url)), settings, KEY)
    day = (NOW.astimezone(ZONE) - dt.timedelta(days=7)).date()
    lang = chart_language("ja")
    font = japanese_font() if lang == "ja" else None
    timings: list[tuple[float, float, float]] = []
    for run in range(runs + 1):
        t0 = time.perf_counter()
        report = service.report(day)
        t1 = time.perf_counter()
        text = csv_text(report.cases, report.digest.zone)
        t2 = time.perf_counter()
        png = render_category_chart(report.series, chart_text(lang, bundle), font=font)
        t3 = time.perf_counter()
        if run == 0:
            cold = t3 - started
        timings.append((t1 - t0, t2 - t1, t3 - t2))
    warm = timings[1:] or timings
    return {
        "week_cases": len(report.cases),
        "csv_bytes": len(text.encode()),
        "png_bytes": len(png),
        "chart_language": lang,
        "cold_s": cold,
        "digest_ms": statistics.median(t[0] for t in warm) * 1000,
        "csv_ms": statistics.median(t[1] for t in warm) * 1000,
        "chart_ms": statistics.median(t[2] for t in warm) * 1000,
        "total_ms": statistics.median(sum(t) for t in warm) * 1000,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure_in_child(url: str, runs: int) -> dict[str, Any]:
    output = subprocess.run(  # the child's stderr passes through
        [sys.executable, __file__, "--measure", url, "--runs", str(runs)], check=True, stdout=subprocess.PIPE, text=True
    ).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def run_backend(backend: str, url: str, cases: int, customers: int, runs: int, progress: Callable[[str], None]) -> dict[str, Any]:
    progress(f"{backend}: loading {cases:,} cases")
    seconds = load(url, cases, customers, progress)
    progress(f"{backend}: loaded in {seconds:.0f} s; measuring")
    result = {"backend": backend, "cases": cases, **measure_in_child(url, runs)}
    progress(f"{backend}: {json.dumps(result)}")
    return result


def run_postgres(admin_url: str, cases: int, customers: int, runs: int, progress: Callable[[str], None]) -> dict[str, Any] | None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        progress(f"PostgreSQL at {admin_url} is not reachable ({type(error).__name__}); skipped.")
        return None
    name = f"kasuhara_digest_bench_{os.getpid()}"
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        return run_backend("postgresql", url, cases, customers, runs, progress)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def table(results: list[dict[str, Any]]) -> str:
    header = (
        "backend",
        "cases stored",
        "week's cases",
        "digest",
        "CSV",
        "chart",
        "total (warm)",
        "cold (1st run)",
        "peak memory",
        "chart labels",
    )
    lines = [header]
    for r in results:
        lines.append(
            (
                r["backend"],
                f"{r['cases']:,}",
                f"{r['week_cases']:,}",
                f"{r['digest_ms']:.0f} ms",
                f"{r['csv_ms']:.0f} ms",
                f"{r['chart_ms']:.0f} ms",
                f"{r['total_ms']:.0f} ms",
                f"{r['cold_s']:.2f} s",
                f"{r['peak_mib']:.0f} MiB",
                r["chart_language"],
            )
        )
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    out = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in lines]
    out.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5, help="warm runs after the first")
    parser.add_argument("--postgres-url", default=os.environ.get("TEST_DATABASE_URL") or DEFAULT_POSTGRES_URL)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--measure", metavar="URL", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.runs)))
        return 0

    def progress(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    results = []
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory(prefix="kasuhara-digest-bench-") as folder:
            url = f"sqlite:///{Path(folder) / 'kasuhara.db'}"
            results.append(run_backend("sqlite", url, args.cases, args.customers, args.runs, progress))
    if not args.no_postgres:
        result = run_postgres(args.postgres_url, args.cases, args.customers, args.runs, progress)
        if result:
            results.append(result)
    print(table(results))
    print(
        "\ndigest: DigestService.report for the week of 2026-11-16 (Tokyo): this and last week's figures,"
        " repeat offenders, overdue cases and the 12-week series. CSV: csv_text of the week's cases."
        " chart: the 12-week PNG (matplotlib Agg). warm: median of the runs after the first, in one process."
        " cold: the first run including imports. peak memory: the measuring process's max RSS."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
