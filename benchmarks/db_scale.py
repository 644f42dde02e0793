"""How the case store behaves at scale: 1,000,000 cases over 200,000 customers.

    python benchmarks/db_scale.py                        # full size, SQLite and PostgreSQL
    python benchmarks/db_scale.py --cases 100000 --customers 20000
    python benchmarks/db_scale.py --postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test
    python benchmarks/db_scale.py --no-postgres

Builds the schema with the real migration, bulk-loads three years of cases (Core executemany
on SQLite, COPY on PostgreSQL) with customers drawn from a Zipf-like distribution (every
customer has a case; a few have hundreds), then times the operations the bot runs through
`CaseService`: a repeat-offender lookup by identifier (normalise, hash, history, audit
write) and a weekly digest. PostgreSQL runs in a throwaway database that is dropped after.
Progress goes to stderr; the table to stdout. Targets: lookup p99 < 5 ms, digest < 1 s.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.db.migrate import upgrade
from bot.db.models import AuditEntry, Case, CaseCategory, CaseEvent, Customer, CustomerIdentifier
from bot.db.session import make_engine, make_session_factory
from bot.identity import IdentifierKind, identifier_digest, normalise_identifier
from bot.lifecycle import ContactChannel, ReportSource, Surface
from bot.policy.model import CATEGORY_IDS, Severity
from bot.services.cases import CaseService
from bot.services.customers import CustomerService
from bot.services.digest import DigestService
from bot.services.reports import Report
from bot.services.results import ClauseRef, TriageSummary

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 23, 0, 0, tzinfo=UTC)
SPAN_DAYS = 3 * 365
ZONE = ZoneInfo("Asia/Tokyo")
HMAC_KEY = b"benchmark-hmac-key"
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
CHUNK = 20_000

TEXTS = (
    "電話で「お前の名前をネットに晒すぞ」と何度も言われ、30分以上電話を切らせてもらえませんでした。",
    "Customer shouted insults at the counter, called me useless and demanded I kneel and apologise.",
    "同じ内容の問い合わせが一日に20回以上あり、担当者を替えろ、辞めさせろと要求されています。",
    "He filmed me with his phone without asking and said he would post the video on social media.",
    "店舗の事務所に無断で入り、退去を求めても応じず、机を叩いて大声で威圧してきました。",
    "Asked for my home address and personal phone number and waited for me outside after my shift.",
    "A long complaint about a late delivery; the customer was upset but polite and asked for a refund.",
)
CATEGORY_WEIGHTS = (3, 10, 8, 3, 6, 7, 3, 4, 2, 2, 2, 2, 3, 3, 2, 8)


@dataclass(frozen=True)
class Result:
    backend: str
    cases: int
    customers: int
    rows: int
    load_seconds: float
    lookup_median_ms: float
    lookup_p99_ms: float
    heavy_p99_ms: float
    report_median_ms: float
    digest_median_ms: float
    digest_max_ms: float
    size_bytes: int


# --- synthetic data ---------------------------------------------------------------------


class Dataset:
    """Deterministic synthetic cases, customers and identifiers, generated chunk by chunk."""

    def __init__(self, cases: int, customers: int, zipf: float, seed: int = 20261123) -> None:
        self.cases = cases
        self.customers = customers
        self.rng = random.Random(seed)
        rng = self.rng
        # Every customer has one case; the rest follow a Zipf-like law over a shuffled ranking.
        ranking = list(range(1, customers + 1))
        rng.shuffle(ranking)
        cumulative = list(itertools.accumulate(1.0 / (rank**zipf) for rank in range(1, customers + 1)))
        extra = [
            ranking[bisect.bisect_left(cumulative, rng.random() * cumulative[-1])] for _ in range(cases - customers)
        ]
        owners = ranking + extra
        rng.shuffle(owners)
        self.owner = owners  # customer id of case i (0-based)
        self.case_counts: dict[int, int] = {}
        for customer_id in owners:
            self.case_counts[customer_id] = self.case_counts.get(customer_id, 0) + 1
        offsets = sorted(rng.random() * SPAN_DAYS * 86400 for _ in range(cases))
        self.created = [NOW - dt.timedelta(seconds=SPAN_DAYS * 86400 - s) for s in offsets]
        self.has_email = {c for c in range(1, customers + 1) if c % 2 == 0}
        self.has_phone = {c for c in range(1, customers + 1) if c % 3 == 0}

    # Raw identifiers as staff would type them (lookups use differently written variants).
    @staticmethod
    def number(customer_id: int) -> str:
        return f"M-{customer_id:07d}"

    @staticmethod
    def email(customer_id: int) -> str:
        return f"customer.{customer_id}@example.co.jp"

    @staticmethod
    def phone(customer_id: int) -> str:
        return f"090-{customer_id // 10000:04d}-{customer_id % 10000:04d}"

    def customer_rows(self) -> Iterator[list[dict[str, Any]]]:
        start = NOW - dt.timedelta(days=SPAN_DAYS + 1)
        for first in range(1, self.customers + 1, CHUNK):
            yield [
                {"id": c, "created_at": start, "updated_at": start, "service_refused_at": None}
                for c in range(first, min(first + CHUNK, self.customers + 1))
            ]

    def identifier_rows(self) -> Iterator[list[dict[str, Any]]]:
        next_id = itertools.count(1)
        start = NOW - dt.timedelta(days=SPAN_DAYS + 1)
        for first in range(1, self.customers + 1, CHUNK):
            rows = []
            for c in range(first, min(first + CHUNK, self.customers + 1)):
                raws = [(IdentifierKind.CUSTOMER_NUMBER, self.number(c))]
                if c in self.has_email:
                    raws.append((IdentifierKind.EMAIL, self.email(c)))
                if c in self.has_phone:
                    raws.append((IdentifierKind.PHONE, self.phone(c)))
                for kind, raw in raws:
                    digest = identifier_digest(HMAC_KEY, kind, normalise_identifier(kind, raw))
                    rows.append(
                        {
                            "id": next(next_id),
                            "customer_id": c,
                            "kind": kind.value,
                            "digest": digest,
                            "created_at": start,
                        }
                    )
            yield rows

    def case_chunks(
        self,
    ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]]:
        """(cases, categories, events, audit entries) per chunk."""
        rng = random.Random(7)
        event_id = itertools.count(1)
        seq_by_day: dict[dt.date, int] = {}
        label_cutoff = NOW - dt.timedelta(days=365)
        for first in range(0, self.cases, CHUNK):
            cases, categories, events, audits = [], [], [], []
            for i in range(first, min(first + CHUNK, self.cases)):
                case_id = i + 1
                created = self.created[i]
                day = created.astimezone(ZONE).date()
                seq = seq_by_day[day] = seq_by_day.get(day, 0) + 1
                harassment = rng.random() < 0.85
                cats = (
                    _unique(rng.choices(CATEGORY_IDS, weights=CATEGORY_WEIGHTS, k=rng.choice((1, 1, 2, 3))))
                    if harassment
                    else []
                )
                severity = rng.choice(("medium", "high", "high", "critical", "low")) if harassment else "none"
                status, outcome = _status(rng, harassment, (NOW - created).days)
                reporter = f"U{rng.randrange(1, 400):08d}"
                manager = f"U9{rng.randrange(1, 20):07d}"
                escalated = (
                    created + dt.timedelta(minutes=rng.uniform(0.5, 5))
                    if status not in ("reported", "logged_only")
                    else None
                )
                acknowledged = (
                    escalated + dt.timedelta(minutes=rng.expovariate(1 / 15))
                    if escalated and status != "escalated"
                    else None
                )
                resolved = (
                    (acknowledged or created) + dt.timedelta(hours=rng.expovariate(1 / 20))
                    if status == "resolved"
                    else None
                )
                old = created < label_cutoff
                cases.append(
                    {
                        "id": case_id,
                        "ref": f"{day:%Y}-{day:%m%d}-{seq:04d}",
                        "ref_day": day,
                        "ref_seq": seq,
                        "reporter_user_id": reporter,
                        "team_id": "T00000001",
                        "text": TEXTS[rng.randrange(len(TEXTS))],
                        "source": rng.choice(("slash_command", "slash_command", "message_shortcut", "modal")),
                        "permalink": None,
                        "contact_channel": rng.choice(
                            ("phone", "phone", "in_person", "email", "chat", "social_media", "other")
                        ),
                        "occurred_at": created - dt.timedelta(minutes=rng.randrange(0, 180)),
                        "happening_now": rng.random() < 0.3,
                        "harassment": harassment,
                        "severity": severity,
                        "primary_category": cats[0] if cats else None,
                        "policy_id": "general",
                        "policy_version": "2025-04",
                        "clauses": [{"policy": "general", "clause_id": f"c-{c}", "score": 0.8} for c in cats[:2]],
                        "triage": {
                            "harassment": harassment,
                            "categories": cats,
                            "severity": severity,
                            "language": "ja",
                        },
                        "status": status,
                        "outcome": outcome,
                        "escalation_channel_id": f"C{case_id:010d}" if escalated else None,
                        "handler_user_id": manager if status in ("in_progress", "resolved") else None,
                        "customer_id": self.owner[i],
                        "customer_label": None if old else f"顧客 {self.owner[i]}",
                        "details_purged_at": NOW if old else None,
                        "idempotency_key": f"Ev{case_id:012d}",
                        "created_at": created,
                        "updated_at": resolved or acknowledged or escalated or created,
                        "escalated_at": escalated,
                        "acknowledged_at": acknowledged,
                        "resolved_at": resolved,
                    }
                )
                categories.extend({"case_id": case_id, "category": c, "rank": r} for r, c in enumerate(cats))
                steps = [("report", None, "reported", created, reporter)]
                if status == "logged_only":
                    steps.append(("log_only", "reported", "logged_only", created, reporter))
                if escalated:
                    steps.append(("escalate", "reported", "escalated", escalated, reporter))
                if acknowledged:
                    steps.append(("acknowledge", "escalated", "acknowledged", acknowledged, manager))
                if status == "in_progress":
                    steps.append(("take_over", "acknowledged", "in_progress", acknowledged, manager))
                if resolved:
                    steps.append(("resolve", steps[-1][2], "resolved", resolved, manager))
                for action, before, after, at, actor in steps:
                    events.append(
                        {
                            "id": next(event_id),
                            "case_id": case_id,
                            "at": at,
                            "actor": actor,
                            "action": action,
                            "from_status": before,
                            "to_status": after,
                            "surface": "slash_command" if action == "report" else "button",
                            "outcome": outcome if action == "resolve" else None,
                            "note": None,
                        }
                    )
                audits.append(
                    {
                        "id": case_id,
                        "at": created,
                        "actor": reporter,
                        "action": "case.report",
                        "target_type": "case",
                        "target_id": str(case_id),
                        "surface": "slash_command",
                        "detail": {"ref": cases[-1]["ref"], "customer_id": self.owner[i]},
                    }
                )
            yield cases, categories, events, audits


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _status(rng: random.Random, harassment: bool, age_days: int) -> tuple[str, str | None]:
    if not harassment:
        return ("logged_only", None) if rng.random() < 0.7 else ("resolved", "not_harassment")
    if age_days > 14 or rng.random() < 0.6:
        if rng.random() < 0.15:
            return "logged_only", None
        outcome = rng.choices(
            ("resolved_with_customer", "service_refused", "referred_police", "referred_legal", "no_further_action"),
            weights=(50, 10, 5, 5, 30),
        )[0]
        return "resolved", outcome
    return rng.choice(("reported", "escalated", "acknowledged", "in_progress")), None


# --- loading ------------------------------------------------------------------------------


TABLES = (
    (Customer, "customer_rows"),
    (CustomerIdentifier, "identifier_rows"),
)
CASE_TABLES = (Case, CaseCategory, CaseEvent, AuditEntry)


def load(engine: Engine, data: Dataset, progress: Callable[[str], None]) -> tuple[float, int]:
    """Bulk-load everything; returns seconds spent writing (chunks of 20,000 cases) and rows written."""
    postgres = engine.dialect.name == "postgresql"
    writer = copy_rows if postgres else executemany_rows
    db_seconds, rows = 0.0, 0
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if not postgres:  # outside any transaction, on the driver connection
            raw.execute("PRAGMA synchronous=OFF")  # a throwaway load; the app uses NORMAL
            raw.execute("PRAGMA cache_size=-1000000")
        for model, generator in TABLES:
            for chunk in getattr(data, generator)():
                started = time.perf_counter()
                with connection.begin():
                    writer(connection, model, chunk)
                db_seconds += time.perf_counter() - started
                rows += len(chunk)
        done = 0
        for chunks in data.case_chunks():
            started = time.perf_counter()
            with connection.begin():
                for model, chunk in zip(CASE_TABLES, chunks, strict=True):
                    writer(connection, model, chunk)
                    rows += len(chunk)
            db_seconds += time.perf_counter() - started
            done += len(chunks[0])
            if done % 200_000 < CHUNK:
                progress(f"  {done:,} cases loaded ({db_seconds:.0f} s writing)")
        started = time.perf_counter()
        if postgres:
            with connection.begin():
                for table in ("customers", "customer_identifiers", "cases", "case_events", "audit_log"):
                    connection.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"  # noqa: S608 - our table names
                    )
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
        else:
            raw.execute("PRAGMA analysis_limit=1000")
            raw.execute("ANALYZE")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db_seconds += time.perf_counter() - started
    return db_seconds, rows


def executemany_rows(connection: Any, model: type, rows: list[dict[str, Any]]) -> None:
    """SQLite: one prepared INSERT run by the driver's executemany, values bound by the column types."""
    columns = list(model.__table__.columns)
    dialect = connection.dialect
    processors = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    names = [column.name for column in columns]
    values = [
        # A column the generator does not fill (added by a later migration, nullable) is NULL.
        tuple(process(row.get(name)) if process else row.get(name) for name, process in zip(names, processors, strict=True))
        for row in rows
    ]
    statement = f"INSERT INTO {model.__table__.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"  # noqa: S608
    connection.connection.dbapi_connection.executemany(statement, values)


def copy_rows(connection: Any, model: type, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL: COPY FROM STDIN."""
    columns = [c.name for c in model.__table__.columns]
    json_columns = {c.name for c in model.__table__.columns if c.type.__class__.__name__ == "JSON"}
    cursor = connection.connection.dbapi_connection.cursor()
    with cursor.copy(f"COPY {model.__table__.name} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            # A column the generator does not fill (added by a later migration, nullable) is NULL.
            copy.write_row([json.dumps(row[c], ensure_ascii=False) if c in json_columns else row.get(c) for c in columns])


# --- measuring ------------------------------------------------------------------------------


def measure(url: str, data: Dataset, lookups: int, progress: Callable[[str], None]) -> dict[str, float]:
    """Time identifier lookups, new reports and weekly digests through the service."""
    engine = make_engine(url)
    settings = Settings(database_url=url, customer_hmac_key=HMAC_KEY.decode())
    sessions = make_session_factory(engine)
    service = CaseService(sessions, HMAC_KEY, settings)
    customers = CustomerService(sessions, HMAC_KEY, settings)
    digests = DigestService(sessions, settings, HMAC_KEY)
    rng = random.Random(99)

    def lookup(customer_id: int) -> float:
        kinds = [("customer_number", f"m{customer_id:07d}")]
        if customer_id in data.has_email:
            kinds.append(("email", data.email(customer_id).upper()))
        if customer_id in data.has_phone:
            kinds.append(("phone", "+81 " + data.phone(customer_id)[1:]))
        kind, raw = rng.choice(kinds)
        started = time.perf_counter()
        history = customers.history_for_identifier(IdentifierKind(kind), raw, "U900000001", Surface.APP_HOME, NOW)
        elapsed = time.perf_counter() - started
        assert history is not None and history.report_count == data.case_counts[customer_id], (customer_id, history)
        return elapsed * 1000

    for _ in range(200):  # warm the pool and statement caches
        lookup(rng.randrange(1, data.customers + 1))
    progress(f"  {lookups} random identifier lookups")
    times = [lookup(rng.randrange(1, data.customers + 1)) for _ in range(lookups)]
    heaviest = sorted(data.case_counts, key=data.case_counts.get, reverse=True)[: max(1, data.customers // 100)]
    heavy = [lookup(rng.choice(heaviest)) for _ in range(max(200, lookups // 10))]

    progress("  new reports")
    report_times = []
    for i in range(200):
        report, triage = _new_report(i, data.number(rng.randrange(1, data.customers + 1)))
        started = time.perf_counter()
        service.record_report(report, triage, NOW + dt.timedelta(seconds=i))
        report_times.append((time.perf_counter() - started) * 1000)

    progress("  weekly digests")
    digest_times = []
    first_monday = (NOW - dt.timedelta(days=SPAN_DAYS - 14)).astimezone(ZONE).date()
    first_monday -= dt.timedelta(days=first_monday.weekday())
    weeks = [first_monday + dt.timedelta(weeks=w) for w in sorted(rng.sample(range(150), 9))]
    for week in weeks:
        start = dt.datetime.combine(week, dt.time(), tzinfo=ZONE)
        started = time.perf_counter()
        digest = digests.weekly_digest(start, start + dt.timedelta(days=7))
        digest_times.append((time.perf_counter() - started) * 1000)
        assert digest.total_reports > 0
    engine.dispose()
    return {
        "lookup_median_ms": statistics.median(times),
        "lookup_p99_ms": _percentile(times, 99),
        "heavy_p99_ms": _percentile(heavy, 99),
        "report_median_ms": statistics.median(report_times),
        "digest_median_ms": statistics.median(digest_times),
        "digest_max_ms": max(digest_times),
    }


def _new_report(i: int, customer_number: str) -> tuple[Report, TriageSummary]:
    triage = TriageSummary(
        harassment=True,
        severity=Severity.HIGH,
        categories=("threats_intimidation", "verbal_abuse"),
        clauses=(ClauseRef("general", "c-threats", 0.9),),
        policy_id="general",
        policy_version="2025-04",
        result={"language": "ja"},
    )
    report = Report(
        reporter_user_id="U000000001",
        team_id="T00000001",
        text=TEXTS[0],
        source=ReportSource.SLASH_COMMAND,
        contact_channel=ContactChannel.PHONE,
        customer_identifiers=((IdentifierKind.CUSTOMER_NUMBER, customer_number),),
        customer_label="顧客",
        idempotency_key=f"bench-new-{i}",
    )
    return report, triage


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


# --- backends -------------------------------------------------------------------------------


def run_sqlite(data: Dataset, lookups: int, progress: Callable[[str], None]) -> Result:
    with tempfile.TemporaryDirectory(prefix="kasuhara-bench-") as folder:
        path = Path(folder) / "data" / "kasuhara.db"
        url = f"sqlite:///{path}"
        return _run("sqlite", url, data, lookups, progress, lambda: _sqlite_size(path))


def run_postgres(admin_url: str, data: Dataset, lookups: int, progress: Callable[[str], None]) -> Result | None:
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with admin.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        progress(f"PostgreSQL at {admin_url} is not reachable ({type(error).__name__}); skipped.")
        return None
    name = f"kasuhara_bench_{os.getpid()}"
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        size_engine = create_engine(url)

        def size() -> int:
            with size_engine.connect() as connection:
                return int(connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one())

        result = _run("postgresql", url, data, lookups, progress, size)
        size_engine.dispose()
        return result
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _run(
    backend: str,
    url: str,
    data: Dataset,
    lookups: int,
    progress: Callable[[str], None],
    size: Callable[[], int],
) -> Result:
    progress(f"{backend}: migrating and loading {data.cases:,} cases over {data.customers:,} customers")
    upgrade(url)
    engine = make_engine(url)
    seconds, rows = load(engine, data, progress)
    engine.dispose()
    progress(f"{backend}: measuring")
    timings = measure(url, data, lookups, progress)
    return Result(backend, data.cases, data.customers, rows, seconds, size_bytes=size(), **timings)


def _sqlite_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _table(results: list[Result]) -> str:
    header = (
        "backend",
        "cases",
        "customers",
        "rows loaded",
        "load rate",
        "lookup median",
        "lookup p99",
        "heavy p99",
        "new report",
        "digest median",
        "digest max",
        "db size",
    )
    lines = [header]
    for r in results:
        lines.append(
            (
                r.backend,
                f"{r.cases:,}",
                f"{r.customers:,}",
                f"{r.rows:,}",
                f"{r.cases / r.load_seconds:,.0f} cases/s",
                f"{r.lookup_median_ms:.2f} ms",
                f"{r.lookup_p99_ms:.2f} ms",
                f"{r.heavy_p99_ms:.2f} ms",
                f"{r.report_median_ms:.2f} ms",
                f"{r.digest_median_ms:.0f} ms",
                f"{r.digest_max_ms:.0f} ms",
                f"{r.size_bytes / 1024**2:,.0f} MiB",
            )
        )
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    out = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in lines]
    out.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--lookups", type=int, default=2000, help="random identifier lookups to time")
    parser.add_argument("--zipf", type=float, default=0.5, help="exponent of the cases-per-customer law")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("TEST_DATABASE_URL") or DEFAULT_POSTGRES_URL,
        help="server to create the throwaway benchmark database on (default: TEST_DATABASE_URL or local)",
    )
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args(argv)
    if args.customers < 1 or args.cases < args.customers:
        parser.error("need at least one customer and at least as many cases as customers")

    def progress(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    progress(f"generating {args.cases:,} cases over {args.customers:,} customers")
    data = Dataset(args.cases, args.customers, args.zipf)
    counts = data.case_counts.values()
    progress(f"heaviest customer has {max(counts):,} cases; median {statistics.median(counts):.0f}")
    results = []
    if not args.no_sqlite:
        results.append(run_sqlite(data, args.lookups, progress))
    if not args.no_postgres:
        result = run_postgres(args.postgres_url, data, args.lookups, progress)
        if result:
            results.append(result)
    print(_table(results))
    print(
        "\nload rate: cases per second of writing time (binding values and the database's inserts with"
        " index upkeep, then ANALYZE) for all rows: cases, categories, events, audit entries,"
        " customers, identifiers. lookup: CaseService.history_for_identifier (normalise, HMAC, four"
        " SELECTs, audit INSERT, COMMIT) on random customers; heavy: the same on the 1% of customers"
        " with most cases. new report: record_report for an existing customer. digest: weekly_digest"
        f" over one week (~{args.cases // 156:,} cases). Total {time.perf_counter() - started:.0f} s."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
