"""Slash-command ack latency under load with one and two worker processes, against a bare Bolt app; form-to-card latency.

    python benchmarks/ack_latency.py [--requests 2000] [--clients 20] [--threads 8] [--database-url URL]

The bot (bot.wsgi) and a bare Bolt app that only acks (benchmarks/bare_bolt_app.py) are each
served by gunicorn as in production (the repository's gunicorn.conf.py: threaded workers),
with one worker and, when a PostgreSQL URL is given (--database-url or TEST_DATABASE_URL;
SQLite takes one worker), with two. The load comes from a separate process: `--clients`
threads, each with one keep-alive HTTP connection, send signed `/harassment <text>` requests
with texts from tests/data/triage_dev.jsonl. The round trip is request sent to the ack (for our
app, the triage reply) read. The servers are measured in alternating rounds so drift on the
machine hits all alike.

Then `--submissions` report forms are submitted one at a time with "escalate" ticked; the time
is from sending the view_submission to the emulator receiving the case card (chat.postMessage
in the new case channel). Targets: ack p99 < 100 ms and within 1.5x of the bare app; card < 1 s.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import multiprocessing
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data" / "triage_dev.jsonl"
ROUNDS = 4
WARM_UP = 100
BOT = "bot.wsgi:application"
BARE = "benchmarks.bare_bolt_app:application"


# --- the load generator (runs in a child process) ----------------------------------------------


@dataclass(frozen=True)
class LoadResult:
    latencies: list[float]  # seconds per request
    errors: list[str]
    wall: float  # seconds for the whole batch


def send_load(url: str, secret: str, forms: list[dict[str, str]], clients: int) -> LoadResult:
    """POST every form, signed, over `clients` keep-alive connections in parallel."""
    from bot.emulator.signing import signed_headers

    parts = urlsplit(url)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    queue = iter(forms)

    def client() -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            while True:
                with lock:
                    form = next(queue, None)
                if form is None:
                    return
                body = urlencode(form).encode()
                headers = {"Content-Type": "application/x-www-form-urlencoded", **signed_headers(secret, body)}
                start = time.perf_counter()
                connection.request("POST", parts.path, body, headers)
                response = connection.getresponse()
                answer = response.read()
                elapsed = time.perf_counter() - start
                with lock:
                    latencies.append(elapsed)
                    if response.status != 200:
                        errors.append(f"HTTP {response.status}: {answer[:200]!r}")
        finally:
            connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return LoadResult(latencies, errors, time.perf_counter() - started)


# --- the apps under test: gunicorn processes --------------------------------------------------


@dataclass
class Served:
    name: str
    workers: int
    url: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children now alive (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for one in pids:
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def worker_cpu_split(pid: int) -> str:
    """CPU seconds so far of each worker process of a gunicorn master, e.g. "12.1/3.4"."""
    ticks = os.sysconf("SC_CLK_TCK")
    shares = []
    with contextlib.suppress(OSError):
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
            shares.append((int(fields[11]) + int(fields[12])) / ticks)
    return "/".join(f"{share:.1f}" for share in shares)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_gunicorn(name: str, module: str, workers: int, threads: int, env: dict[str, str]) -> Served:
    """gunicorn with the repository's gunicorn.conf.py (threaded workers), on a free loopback port."""
    port = free_port()
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    command = [gunicorn, module, "-b", f"127.0.0.1:{port}", "-w", str(workers), "--threads", str(threads)]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    served = Served(name, workers, f"http://127.0.0.1:{port}/slack/events", process)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} ({workers} workers) exited: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            probe = f"http://127.0.0.1:{port}/readyz" if module == BOT else served.url
            with urllib.request.urlopen(probe, timeout=2):  # noqa: S310 - our own loopback URL
                return served
        except urllib.error.HTTPError:
            if module != BOT:  # the bare app answers (404 to a GET): it is up
                return served
        except OSError:
            pass
        time.sleep(0.3)
    served.stop()
    raise RuntimeError(f"{name} ({workers} workers) not ready within 60 s")


def prepare_database(url: str) -> str:
    """A fresh schema for the run on PostgreSQL (migrated once, as the release step), or a SQLite file."""
    from bot.db.migrate import upgrade

    if url.startswith("postgresql"):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.pool import NullPool

        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin = create_engine(url, poolclass=NullPool)
        with admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        admin.dispose()
        url = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    upgrade(url)
    return url


def drop_schema(url: str) -> None:
    if "search_path=bench_" not in url:
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    schema = url.split("search_path=", 1)[1].split("&", 1)[0]
    admin = create_engine(make_url(url).difference_update_query(["options"]), poolclass=NullPool)
    with admin.begin() as connection:
        connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    admin.dispose()


def command_forms(slack: Any, texts: list[str], count: int, prefix: str) -> list[dict[str, str]]:
    """`/harassment <text>` requests as Slack sends them, cycling through the texts and two users."""
    from bot.emulator.payloads import Installation, Person, Place, slash_command_form
    from bot.emulator.workplace import STAFF, STAFF_JA

    installation = Installation(slack.team_id, slack.team_domain, slack.app_id, slack.bot_user_id, "bench-token")
    channel = slack.channel_named("front-desk")
    response_url = slack.new_response_url(channel_id=channel["id"], user_id=STAFF)
    forms = []
    for i in range(count):
        user = (STAFF, "sato") if i % 2 == 0 else (STAFF_JA, "tanaka")
        forms.append(
            slash_command_form(
                installation,
                command="/harassment",
                text=texts[i % len(texts)],
                user=Person(*user),
                channel=Place(channel["id"], channel["name"]),
                response_url=response_url,
                trigger_id=f"{prefix}.{i}.bench",
            )
        )
    return forms


# --- measuring -----------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def measure_acks(
    pool: ProcessPoolExecutor, apps: list[Served], slack: Any, texts: list[str], requests: int, clients: int
) -> dict[str, LoadResult]:
    """Alternating rounds of the same requests against each server; results merged per server."""
    from bot.emulator.workplace import SIGNING_SECRET

    per_round = max(1, requests // ROUNDS)
    results: dict[str, LoadResult] = {key(app): LoadResult([], [], 0.0) for app in apps}
    cpu.clear()
    for app in apps:  # warm-up: first requests pay for imports, caches and connections in every worker
        pool.submit(send_load, app.url, SIGNING_SECRET, command_forms(slack, texts, WARM_UP, "warm"), clients).result()
    for round_ in range(ROUNDS):
        for app in apps if round_ % 2 == 0 else list(reversed(apps)):
            forms = command_forms(slack, texts[round_ * 37 :] + texts[: round_ * 37], per_round, f"r{round_}")
            before = cpu_seconds(app.process.pid)
            result = pool.submit(send_load, app.url, SIGNING_SECRET, forms, clients).result()
            cpu[key(app)] = cpu.get(key(app), 0.0) + cpu_seconds(app.process.pid) - before
            merged = results[key(app)]
            results[key(app)] = LoadResult(
                merged.latencies + result.latencies, merged.errors + result.errors, merged.wall + result.wall
            )
    return results


cpu: dict[str, float] = {}  # server -> CPU seconds its processes spent in the measured rounds


def key(app: Served) -> str:
    return f"{app.name} x{app.workers}"


def measure_submissions(workplace: Any, texts: list[str], count: int) -> list[float]:
    """Seconds from sending a report form (escalate ticked) to the case card reaching the emulator."""
    slack = workplace.slack
    created: set[str] = set()
    cards: list[float] = []
    arrived = threading.Condition()
    original = slack.handle_web_api

    def timed(method: str, token: str | None, params: dict[str, Any]) -> Any:
        status, headers, body = original(method, token, params)
        with arrived:
            if method == "conversations.create" and body.get("ok"):
                created.add(body["channel"]["id"])
            elif method == "chat.postMessage" and body.get("ok") and params.get("channel") in created:
                created.discard(params["channel"])
                cards.append(time.perf_counter())
                arrived.notify_all()
        return status, headers, body

    slack.handle_web_api = timed
    timings = []
    for i in range(count):
        form = workplace.open_report_form()
        workplace.bot.wait_idle()
        seen = len(cards)
        start = time.perf_counter()
        response = workplace.submit_report(form["id"], texts[(i * 7) % len(texts)], email=f"customer{i % 5}@example.com")
        if response.status != 200:
            raise RuntimeError(f"submission refused: HTTP {response.status} {response.text[:200]}")
        with arrived:
            if not arrived.wait_for(lambda seen=seen: len(cards) > seen, timeout=10):
                raise RuntimeError("no case card within 10 s")
            timings.append(cards[seen] - start)
        workplace.bot.wait_idle()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="slash commands per server (default 2000)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent keep-alive clients (default 20)")
    parser.add_argument("--threads", type=int, default=8, help="threads per gunicorn worker (default 8)")
    parser.add_argument("--submissions", type=int, default=30, help="report forms submitted (default 30; 0 skips)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("TEST_DATABASE_URL", ""),
        help="PostgreSQL for two workers of the bot (default TEST_DATABASE_URL; SQLite takes one worker only)",
    )
    args = parser.parse_args()

    import logging

    logging.basicConfig(level=logging.ERROR)
    from bot.emulator import SlackEmulator
    from bot.emulator.workplace import SIGNING_SECRET, seed_workspace, settings_for, start_workplace

    texts = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    worker_counts = (1, 2) if args.database_url else (1,)
    with tempfile.TemporaryDirectory(prefix="ack-bench-") as scratch, SlackEmulator() as slack:
        seed_workspace(slack)
        database = prepare_database(args.database_url or f"sqlite:///{scratch}/bench.db")
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": scratch,
            "SLACK_BOT_TOKEN": slack.bot_token,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.api_url,
            "MANAGER_USER_IDS": "U0MANAGER1",
            "DATA_DIR": scratch,
            "DATABASE_URL": database,
            "CUSTOMER_HMAC_KEY": "bench-key",
            "RUN_SCHEDULER": "false",
            "MIGRATE_ON_START": "false",
            "LOG_LEVEL": "ERROR",
        }
        apps: list[Served] = []
        try:
            for workers in worker_counts:
                apps.append(start_gunicorn("bare Bolt app, ack only", BARE, workers, args.threads, env))
                apps.append(start_gunicorn("kasuhara bot, triage reply", BOT, workers, args.threads, env))
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
                results = measure_acks(pool, apps, slack, texts, args.requests, args.clients)
            split = {key(app): worker_cpu_split(app.process.pid) for app in apps}
        finally:
            for app in apps:
                app.stop()
            drop_schema(database)

        submissions: list[float] = []
        if args.submissions:
            settings = settings_for(slack, Path(scratch) / "inproc", database_url=f"sqlite:///{scratch}/inproc.db")
            from bot.triage.engine import warm_up

            warm_up()  # as the real process does at start
            workplace = start_workplace_on_seeded(slack, settings, start_workplace)
            submissions = measure_submissions(workplace, texts, args.submissions)
            workplace.bot.stop()

    print(
        f"Slash command round trip (request sent -> ack read), {args.clients} concurrent keep-alive clients on loopback, "
        f"{args.requests} requests per server in {ROUNDS} alternating rounds; gunicorn gthread, {args.threads} threads per worker; "
        f"load generator in its own process on the same {os.cpu_count()} cores"
    )
    header = (
        f"{'server':<30} {'workers':>7} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7} "
        f"{'CPU ms/req':>10} {'errors':>7}  CPU s per worker"
    )
    print(header)
    print("-" * len(header))
    for app in apps:
        result = results[key(app)]
        lat = result.latencies
        print(
            f"{app.name:<30} {app.workers:>7} {len(lat) / result.wall:>7.0f} {ms(percentile(lat, 0.50)):>7} "
            f"{ms(percentile(lat, 0.95)):>7} {ms(percentile(lat, 0.99)):>7} {ms(max(lat)):>7} "
            f"{ms(cpu.get(key(app), 0.0) / len(lat)):>10} {len(result.errors):>7}  {split.get(key(app), '')}"
        )
    print(f"(load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}; other processes share these cores)")
    print()

    def throughput(app: Served) -> float:
        result = results[key(app)]
        return len(result.latencies) / result.wall

    ours = {app.workers: app for app in apps if app.name.startswith("kasuhara")}
    bare = {app.workers: app for app in apps if app.name.startswith("bare")}
    for workers in worker_counts:
        ours_p99 = percentile(results[key(ours[workers])].latencies, 0.99)
        bare_p99 = percentile(results[key(bare[workers])].latencies, 0.99)
        print(
            f"{workers} worker(s): our p99 {ms(ours_p99)} ms (target < 100 ms); "
            f"ours / bare p99 {ours_p99 / bare_p99:.2f}x (target <= 1.5x)"
        )
    if 2 in ours:
        print(
            f"throughput, ours with 2 workers / ours with 1: {throughput(ours[2]) / throughput(ours[1]):.2f}x (target >= 1.4x); "
            f"bare app: {throughput(bare[2]) / throughput(bare[1]):.2f}x"
        )
    else:
        print("two workers of the bot need PostgreSQL: pass --database-url or set TEST_DATABASE_URL")
    if submissions:
        print()
        print(f"Report form submitted -> case card in the emulator, {len(submissions)} submissions one at a time (in-process bot)")
        print(f"{'':<54} {'median ms':>10} {'p99 ms':>8} {'max ms':>8}")
        print(
            f"{'view_submission to chat.postMessage (card)':<54} {ms(statistics.median(submissions)):>10} "
            f"{ms(percentile(submissions, 0.99)):>8} {ms(max(submissions)):>8}   (target < 1000 ms)"
        )
    errors = [e for r in results.values() for e in r.errors]
    for error in errors[:5]:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors else 0


def start_workplace_on_seeded(slack: Any, settings: Any, start_workplace: Callable[..., Any]) -> Any:
    """The in-process bot for the form-to-card timing, on the workspace the load already seeded."""
    from bot.emulator.workplace import Workplace, start_bot

    bot = start_bot(slack, settings)
    return Workplace(slack, bot, slack.channel_named("front-desk")["id"])


if __name__ == "__main__":
    sys.exit(main())
