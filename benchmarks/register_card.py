"""What the register costs on the paths a person waits for: drawing a card, a private history read, saving a customer.

    python benchmarks/register_card.py [--cases 5000] [--customers 1000] [--samples 200] [--database-url URL]

Seeds `--cases` reports through CaseService (each with an e-mail of one of `--customers` customers
and a name shared by about five customers, so every card has possible matches by name), then
times, per call: `standing_for_case` (the flag and counts a card is drawn with, incl. the name
matches and merge candidates), `history_for_case` (a manager's audited private read) and
`set_customer` (adding or correcting a case's customer: link, re-check, audit). SQLite in a
temporary folder by default; give a PostgreSQL URL to measure that (its schema is dropped after).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.db.migrate import upgrade  # noqa: E402
from bot.db.session import make_engine, make_session_factory  # noqa: E402
from bot.lifecycle import ContactChannel, ReportSource, Surface  # noqa: E402
from bot.policy.model import Severity  # noqa: E402
from bot.services.cases import CaseService  # noqa: E402
from bot.services.customers import CustomerService  # noqa: E402
from bot.services.reports import CustomerDetails, Report  # noqa: E402
from bot.services.results import ClauseRef, TriageSummary  # noqa: E402

KEY = b"benchmark-key"
NOW = dt.datetime(2026, 12, 7, 3, 0, tzinfo=dt.UTC)
TRIAGE = TriageSummary(True, Severity.MEDIUM, ("verbal_abuse",), (ClauseRef("general", "abuse", 0.8),), "general", "bench")
SURNAMES = ["Yamada", "Suzuki", "Sato", "Tanaka", "Ito", "Watanabe", "Nakamura", "Kobayashi", "Kato", "Yoshida"]


def timed(calls: list[Callable[[], object]]) -> list[float]:
    out = []
    for call in calls:
        start = time.perf_counter()
        call()
        out.append((time.perf_counter() - start) * 1000)
    return out


def row(name: str, ms: list[float]) -> str:
    ordered = sorted(ms)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"| {name:<36} | {len(ms):>5} | {statistics.median(ms):>9.2f} | {p95:>6.2f} | {max(ms):>6.2f} |"


def run(url: str, cases: int, customers: int, samples: int, backend: str) -> None:
    settings = Settings(database_url=url, repeat_offender_threshold=3, repeat_offender_window_days=90)
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    case_service, customer_service = CaseService(sessions, KEY, settings), CustomerService(sessions, KEY, settings)
    rng = random.Random(7)
    names = [f"{rng.choice(SURNAMES)} {given}" for given in ("Taro", "Jiro", "Hanako", "Yuki") for _ in range(customers // 20 + 1)]
    start = time.perf_counter()
    ids = []
    for i in range(cases):
        who = rng.randrange(customers)
        report = Report(
            reporter_user_id=f"U{i % 50:09d}", team_id="T1", text=f"Report {i}: shouted abuse at me",
            source=ReportSource.SLASH_COMMAND, contact_channel=ContactChannel.PHONE,
            occurred_at=NOW - dt.timedelta(hours=rng.randrange(24 * 200)),
        ).with_customer(CustomerDetails(email=f"customer{who}@example.com", name=names[who % len(names)]))
        ids.append(case_service.record_report(report, TRIAGE, NOW).id)
    seeded = time.perf_counter() - start
    picks = [rng.choice(ids) for _ in range(samples)]
    card = timed([lambda c=c: customer_service.standing_for_case(c, NOW) for c in picks])
    read = timed([lambda c=c: customer_service.history_for_case(c, "U0MGR", Surface.BUTTON, NOW) for c in picks])
    save = timed([
        lambda c=c, n=n: customer_service.set_customer(
            c, CustomerDetails(email=f"customer{n}@example.com", phone=f"090-{n:04d}-{n:04d}"), "U0MGR", Surface.MODAL, NOW
        )
        for n, c in enumerate(picks)
    ])
    print(f"\n{backend}: {cases} cases, {customers} customers (seeded in {seeded:.1f} s, {cases / seeded:.0f} reports/s)\n")
    print("| call                                 | calls | median ms | p95 ms | max ms |")
    print("|--------------------------------------|-------|-----------|--------|--------|")
    print(row("standing_for_case (draw a card)", card))
    print(row("history_for_case (private, audited)", read))
    print(row("set_customer (add or correct)", save))
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    if not args.database_url:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'bench.db'}"
            upgrade(url)
            run(url, args.cases, args.customers, args.samples, "SQLite")
        return 0
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(args.database_url, poolclass=NullPool)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    url = make_url(args.database_url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    try:
        upgrade(url)
        run(url, args.cases, args.customers, args.samples, "PostgreSQL")
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
