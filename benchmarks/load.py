"""Sustained mixed load on two worker processes sharing one database, with Slack failing now and then.

    python benchmarks/load.py [--seconds 30] [--clients 8] [--rate-limited 0.05] [--server-errors 0.05]
                              [--latency 0.05] [--database URL]

The Slack emulator runs in this process and answers a share of Web API calls with 429
(Retry-After 1) and another share with 503, each call after `--latency` seconds. Two bot
processes (waitress, the outbox worker on) serve Slack's requests over loopback, sharing one
database (a SQLite file by default; `--database postgresql+psycopg://...` for PostgreSQL).
`--clients` threads, each a staff member, spread a mix over both workers for `--seconds`:
slash commands (triage in the ack), commands then Escalate, the report form (escalated),
the message shortcut's form, managers' clicks on case cards, and replays of earlier requests
to the other worker. Then the faults stop, the outbox drains, and the database is checked:
every report whose form or button was accepted is there exactly once, every escalation is
complete or listed by `case list --stuck`, one channel and one card per escalated case.
It prints one table of requests and one of the checks.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEXTS = [
    "The customer called me an idiot and kept shouting abuse at me for ten minutes",
    "He said he would post my name and photo online if I did not give him a refund",
    "お客様から「土下座しろ」と怒鳴られ、暴言を浴びせられました",
    "The caller kept me on the phone for three hours and would not let me end the call",
    "The customer complained that the product arrived broken and asked for a refund",
    "電話で何度も同じ要求を繰り返され、2時間以上電話を切らせてもらえませんでした",
]
OPERATIONS = {"command": 35, "escalate": 20, "form": 15, "shortcut": 10, "replay": 12, "card_click": 8}


def serve_worker(settings: Any, ports: Any, stop: Any) -> None:
    """One bot process: waitress on an ephemeral port plus the outbox worker, until `stop` is set."""
    import logging

    from waitress.server import create_server

    from bot.runtime import build_services
    from bot.slack.app import build_bot
    from bot.slack.server import wsgi_app
    from bot.slack.worker import OutboxWorker
    from bot.triage.engine import warm_up

    logging.basicConfig(level=logging.CRITICAL)  # after-ack failures under injected faults are expected
    warm_up()  # as app.py does: the first request must not pay for compiling the triage cues
    services = build_services(settings, migrate=False)
    app, ctx = build_bot(services)
    server = create_server(
        wsgi_app(app, settings.slack_signing_secret), host="127.0.0.1", port=0, threads=settings.http_threads, ident="load"
    )
    worker = OutboxWorker(ctx.escalation.runner, settings.outbox_poll_seconds).start()
    threading.Thread(target=server.run, daemon=True).start()
    ports.put(server.effective_port)
    stop.wait()
    worker.stop()
    server.close()


@dataclass
class Tally:
    """What the clients saw."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    accepted_keys: set[str] = field(default_factory=set)  # reports the bot accepted (it must have them)
    sent: list[Any] = field(default_factory=list)  # earlier requests, for replays
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, op: str, seconds: float, ok: bool) -> None:
        with self.lock:
            self.latencies[op].append(seconds)
            if not ok:
                self.errors[op] += 1


def run_client(user: str, channel: str, sims: list[Any], slack: Any, tally: Tally, deadline: float, seed: int) -> None:
    """One staff member using the bot until `deadline`."""
    from bot.emulator.workplace import MANAGER
    from bot.slack import ids

    dice = random.Random(seed)
    ops, weights = zip(*OPERATIONS.items(), strict=True)
    while time.monotonic() < deadline:
        op = dice.choices(ops, weights)[0]
        sim = dice.choice(sims)
        text = dice.choice(TEXTS)
        try:
            if op == "command":
                started = time.perf_counter()
                answer = sim.slash_command(ids.COMMAND, text, user_id=user, channel_id=channel)
                tally.record(op, time.perf_counter() - started, answer.status == 200 and bool(answer.json))
            elif op == "escalate":
                answer = sim.slash_command(ids.COMMAND, text, user_id=user, channel_id=channel)
                reply = next(e for e in reversed(slack.ephemeral_messages(user_id=user)) if e["via"] == "slash_command.ack")
                started = time.perf_counter()
                pressed = dice.choice(sims).block_action(ids.ACTION_ESCALATE, user_id=user, channel_id=channel, ephemeral_message=reply)
                tally.record(op, time.perf_counter() - started, pressed.status == 200)
                if pressed.status == 200:
                    team = slack.team_id
                    tally.accepted_keys.add(f"cmd:{team}:{answer.trigger_id}")
                    with tally.lock:
                        tally.sent.append(pressed)
            elif op in ("form", "shortcut"):
                before = {v["id"] for v in slack.open_views(user)}
                if op == "form":
                    sim.slash_command(ids.COMMAND, "report", user_id=user, channel_id=channel)
                else:
                    ts = slack.add_message(channel, text, user=user)
                    sim.message_shortcut(ids.SHORTCUT_REPORT, user_id=user, channel_id=channel, message_ts=ts)
                view = next((v for v in slack.open_views(user) if v["id"] not in before), None)
                if view is None:
                    tally.record(op, 0.0, False)
                    continue
                values = {ids.BLOCK_TEXT: {ids.INPUT: text}, ids.BLOCK_ESCALATE: {ids.INPUT: [ids.OPTION_YES]}}
                started = time.perf_counter()
                submitted = dice.choice(sims).view_submission(view["id"], values, user_id=user)
                accepted = submitted.status == 200 and not submitted.body.strip()
                tally.record(op, time.perf_counter() - started, submitted.status == 200)
                if accepted:
                    tally.accepted_keys.add(f"view:{view['id']}")
                    with tally.lock:
                        tally.sent.append(submitted)
            elif op == "replay":
                with tally.lock:
                    earlier = dice.choice(tally.sent) if tally.sent else None
                if earlier is None:
                    continue
                started = time.perf_counter()
                again = dice.choice(sims).replay(earlier)
                tally.record(op, time.perf_counter() - started, again.status == 200 and not again.body.strip())
            elif op == "card_click":
                case_channels = [c for c in slack.private_channel_ids() if slack.channel(c)["name"].startswith("kasuhara-")]
                cards = [
                    (c, m) for c in case_channels[-5:] for m in slack.messages(c) if m.get("blocks") and not m.get("thread_ts")
                ]
                if not cards or MANAGER not in slack.channel(cards[-1][0])["members"]:
                    continue
                card_channel, card = cards[-1]
                started = time.perf_counter()
                clicked = sim.block_action(ids.ACTION_CASE_ACKNOWLEDGE, user_id=MANAGER, channel_id=card_channel, message_ts=card["ts"])
                tally.record(op, time.perf_counter() - started, clicked.status == 200)
        except LookupError:
            continue  # the emulator refused to simulate something impossible right now (e.g. a button gone)
        except Exception as exc:  # noqa: BLE001 - a load client keeps going and counts it
            tally.record(op, 0.0, False)
            print(f"  {op}: {type(exc).__name__}: {exc}", file=sys.stderr)


def _fresh_schema(url: str) -> tuple[str, Any]:
    """A new, empty PostgreSQL schema for this run, and a function that drops it."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    schema = f"load_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, poolclass=NullPool)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()

    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    return scoped, drop


def percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rate-limited", type=float, default=0.05)
    parser.add_argument("--server-errors", type=float, default=0.05)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds before each Web API answer")
    parser.add_argument("--database", default="", help="SQLAlchemy URL shared by both workers (default: a SQLite file)")
    args = parser.parse_args()

    from bot.db.migrate import upgrade
    from bot.db.models import StepState
    from bot.emulator import SlackClientSim, SlackEmulator
    from bot.emulator.workplace import SIGNING_SECRET, seed_workspace, settings_for
    from bot.runtime import build_services
    from bot.services.outbox import reached_managers
    from bot.slack.repair import stuck_cases

    scratch = Path(tempfile.mkdtemp(prefix="kasuhara-load-"))
    url, drop_schema = args.database or f"sqlite:///{scratch / 'load.db'}", None
    if url.startswith("postgresql"):
        url, drop_schema = _fresh_schema(url)
    upgrade(url)
    slack = SlackEmulator().start()
    seed_workspace(slack)
    users: list[tuple[str, str]] = []
    for n in range(args.clients):
        user = f"U0LOAD{n:04d}"
        slack.add_user(user, f"load{n}", locale="ja-JP" if n % 2 else "en-US")
        users.append((user, slack.add_channel(f"desk-{n}", members=[user], bot_member=True)))
    settings = settings_for(
        slack, scratch, database_url=url, outbox_poll_seconds=1, escalation_wait_seconds=3, slack_timeout_seconds=5
    )

    context = multiprocessing.get_context("spawn")
    ports, stop = context.Queue(), context.Event()
    workers = [context.Process(target=serve_worker, args=(settings, ports, stop), daemon=True) for _ in range(2)]
    for process in workers:
        process.start()
    urls = [f"http://127.0.0.1:{ports.get(timeout=120)}/slack/events" for _ in workers]
    sims = [SlackClientSim(u, SIGNING_SECRET, slack, timeout=30) for u in urls]

    slack.set_latency(args.latency)
    side_effects = frozenset(
        {"conversations.create", "conversations.invite", "conversations.members", "conversations.info",
         "conversations.history", "conversations.list", "conversations.open", "chat.postMessage", "chat.update"}
    )
    slack.set_fault_rate(args.rate_limited, args.server_errors, side_effects, seed=7)
    tally = Tally()
    deadline = time.monotonic() + args.seconds
    started = time.monotonic()
    threads = [
        threading.Thread(target=run_client, args=(user, channel, sims, slack, tally, deadline, n), daemon=True)
        for n, (user, channel) in enumerate(users)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    slack.clear_faults()

    services = build_services(settings, migrate=False)
    settle_deadline = time.monotonic() + 90
    while time.monotonic() < settle_deadline:
        backlog = services.outbox.backlog(services.clock())
        if not backlog.get(StepState.PENDING.value):
            break
        time.sleep(1)
    time.sleep(2)

    # --- the table of requests -------------------------------------------------------------
    print(f"\n{len(urls)} worker processes, {args.clients} clients, {wall:.0f} s, Slack: "
          f"{args.rate_limited:.0%} 429, {args.server_errors:.0%} 503, {args.latency * 1000:.0f} ms per call; "
          f"database {'PostgreSQL' if url.startswith('postgresql') else 'SQLite'}")
    print(f"{'request':<12} {'served':>7} {'errors':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    total = 0
    for op in OPERATIONS:
        values = tally.latencies.get(op, [])
        total += len(values)
        if not values:
            continue
        ms = [v * 1000 for v in values]
        print(f"{op:<12} {len(values):>7} {tally.errors.get(op, 0):>7} {statistics.median(ms):>8.1f} "
              f"{percentile(ms, 0.95):>8.1f} {percentile(ms, 0.99):>8.1f} {max(ms):>8.1f}")
    print(f"{'all':<12} {total:>7} {sum(tally.errors.values()):>7}   ({total / wall:.1f} requests/s)")

    # --- the checks on the database ------------------------------------------------------------
    cases = []
    for user, _ in users:
        cases += services.cases.cases_for_reporter(user, limit=100_000)
    missing = [k for k in tally.accepted_keys if services.cases.find_case_by_key(k) is None]
    stuck = {h.case.id for h in stuck_cases(services.cases, services.outbox, services.clock())}
    escalated = [c for c in cases if services.outbox.steps(c.id)]
    complete = [c for c in escalated if reached_managers(services.outbox.steps(c.id))]
    unaccounted = [c.ref for c in escalated if c.id not in stuck and not reached_managers(services.outbox.steps(c.id))]
    channels = [c for c in slack.private_channel_ids() if slack.channel(c)["name"].startswith("kasuhara-")]
    case_channels = {c.escalation_channel_id for c in (services.cases.get_case(x.id) for x in escalated)}
    orphans = [c for c in channels if c not in case_channels and not slack.channel(c)["is_archived"]]
    extra_cards = [
        c.ref for c in escalated
        if (ch := services.cases.get_case(c.id).escalation_channel_id)
        and len([m for m in slack.messages(ch) if m.get("blocks") and not m.get("thread_ts")]) > 1
    ]
    print(f"\n{'check':<58} {'result':>10}")
    rows = [
        ("reports accepted by a form or button", len(tally.accepted_keys)),
        ("  of them missing from the database", len(missing)),
        ("cases in the database (each key unique by constraint)", len(cases)),
        ("escalations requested", len(escalated)),
        ("  complete (manager in channel, card posted)", len(complete)),
        ("  listed by case list --stuck", len(stuck)),
        ("  neither complete nor listed", len(unaccounted)),
        ("case channels created", len(channels)),
        ("  channels belonging to no case (not archived)", len(orphans)),
        ("cases with more than one card", len(extra_cards)),
    ]
    for name, value in rows:
        print(f"{name:<58} {value:>10}")
    stop.set()
    for process in workers:
        process.join(timeout=15)
    slack.stop()
    if drop_schema is not None:
        drop_schema()
    ok = not missing and not unaccounted and not orphans and not extra_cards
    print("\nall checks hold" if ok else "\nCHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
