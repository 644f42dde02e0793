"""Slash-command ack latency under load, against a bare Bolt app, and report-form-to-card latency.

    python benchmarks/ack_latency.py [--requests 2000] [--clients 20] [--submissions 30]

Both apps run in this process on waitress with the same settings (HTTP_THREADS threads) and talk
to the local Slack emulator. The load comes from a separate process (so its threads do not share
this process's GIL): `--clients` threads, each with one keep-alive HTTP connection, send signed
`/harassment <text>` requests with texts from tests/data/triage_dev.jsonl. The round trip is
request sent to the ack (for our app, the triage reply) read. The two apps are measured in
alternating rounds so drift on the machine hits both alike.

Then `--submissions` report forms are submitted one at a time with "escalate" ticked; the time
is from sending the view_submission to the emulator receiving the case card (chat.postMessage
in the new case channel). Targets: ack p99 < 100 ms and within 1.5x of the bare app; card < 1 s.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
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
UNLOADED = 400  # requests sent one at a time per app


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


# --- the apps under test -------------------------------------------------------------------------


@dataclass
class Served:
    name: str
    url: str
    stop: Callable[[], None]


def serve_bare_app(slack: Any, threads: int, process_before_response: bool = False) -> Served:
    """A Bolt app whose `/harassment` listener only acks, on the same waitress and WSGI wrapper."""
    from slack_bolt import App
    from slack_sdk import WebClient
    from waitress.server import create_server

    from bot.emulator.workplace import SIGNING_SECRET
    from bot.slack.server import EVENTS_PATH, wsgi_app

    app = App(
        signing_secret=SIGNING_SECRET,
        client=WebClient(token=slack.bot_token, base_url=slack.api_url),
        process_before_response=process_before_response,
    )

    @app.command("/harassment")
    def acknowledge(ack: Callable[..., None]) -> None:
        ack()

    server = create_server(wsgi_app(app), host="127.0.0.1", port=0, threads=threads, ident="bare")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()

    def stop() -> None:
        from waitress import wasyncore

        server.task_dispatcher.shutdown()
        server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
        thread.join(timeout=5)

    mode = "process_before_response" if process_before_response else "Bolt's default mode"
    label = f"bare Bolt app, ack only ({mode})"
    return Served(label, f"http://127.0.0.1:{server.effective_port}{EVENTS_PATH}", stop)


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
    """Alternating rounds of the same requests against each app; results merged per app."""
    from bot.emulator.workplace import SIGNING_SECRET

    per_round = max(1, requests // ROUNDS)
    results: dict[str, LoadResult] = {app.name: LoadResult([], [], 0.0) for app in apps}
    for app in apps:  # warm-up: first requests pay for imports, caches and connections
        pool.submit(send_load, app.url, SIGNING_SECRET, command_forms(slack, texts, WARM_UP, "warm"), clients).result()
    for round_ in range(ROUNDS):
        for app in apps if round_ % 2 == 0 else reversed(apps):
            forms = command_forms(slack, texts[round_ * 37 :] + texts[: round_ * 37], per_round, f"r{round_}")
            result = pool.submit(send_load, app.url, SIGNING_SECRET, forms, clients).result()
            merged = results[app.name]
            results[app.name] = LoadResult(
                merged.latencies + result.latencies, merged.errors + result.errors, merged.wall + result.wall
            )
    return results


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
    parser.add_argument("--requests", type=int, default=2000, help="slash commands per app (default 2000)")
    parser.add_argument("--clients", type=int, default=20, help="concurrent keep-alive clients (default 20)")
    parser.add_argument("--submissions", type=int, default=30, help="report forms submitted (default 30)")
    args = parser.parse_args()

    import logging

    logging.basicConfig(level=logging.ERROR)
    from bot.emulator import SlackEmulator
    from bot.emulator.workplace import SIGNING_SECRET, settings_for, start_workplace

    texts = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="ack-bench-") as scratch, SlackEmulator() as slack:
        settings = settings_for(slack, Path(scratch), database_url=f"sqlite:///{scratch}/bench.db")
        workplace = start_workplace(slack, settings)
        threads = settings.http_threads
        apps = [
            Served("kasuhara bot, triage reply (process_before_response)", workplace.bot.url, workplace.bot.stop),
            serve_bare_app(slack, threads),
            serve_bare_app(slack, threads, process_before_response=True),
        ]
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            results = measure_acks(pool, apps, slack, texts, args.requests, args.clients)
            unloaded = {  # one request at a time: the ack path's own cost, without queueing
                app.name: pool.submit(
                    send_load, app.url, SIGNING_SECRET, command_forms(slack, texts, UNLOADED, "one"), 1
                ).result()
                for app in apps
            }
        workplace.bot.wait_idle(timeout=60)
        submissions = measure_submissions(workplace, texts, args.submissions)
        for app in apps:
            app.stop()

    ours = results[apps[0].name]
    print(f"Slash command round trip, {args.clients} concurrent keep-alive clients, "
          f"{len(ours.latencies)} requests per app in {ROUNDS} alternating rounds, waitress threads={threads}")
    print(f"{'app':<54} {'median ms':>10} {'p99 ms':>8} {'max ms':>8} {'req/s':>7} {'errors':>7} {'1 client: median':>17} {'p99':>6}")
    for app in apps:
        result, alone = results[app.name], unloaded[app.name]
        print(
            f"{app.name:<54} {ms(statistics.median(result.latencies)):>10} {ms(percentile(result.latencies, 0.99)):>8} "
            f"{ms(max(result.latencies)):>8} {len(result.latencies) / result.wall:>7.0f} {len(result.errors + alone.errors):>7} "
            f"{ms(statistics.median(alone.latencies)):>17} {ms(percentile(alone.latencies, 0.99)):>6}"
        )
    for bare in apps[1:]:
        other = results[bare.name]
        ratio_median = statistics.median(ours.latencies) / statistics.median(other.latencies)
        ratio_p99 = percentile(ours.latencies, 0.99) / percentile(other.latencies, 0.99)
        print(f"ours / {bare.name}: median {ratio_median:.2f}x, p99 {ratio_p99:.2f}x")
    print("targets: p99 < 100 ms, within 1.5x of the bare app in the same mode")
    print()
    print(f"Report form submitted -> case card in the emulator, {len(submissions)} submissions one at a time")
    print(f"{'':<54} {'median ms':>10} {'p99 ms':>8} {'max ms':>8}")
    print(
        f"{'view_submission to chat.postMessage (card)':<54} {ms(statistics.median(submissions)):>10} "
        f"{ms(percentile(submissions, 0.99)):>8} {ms(max(submissions)):>8}   (target < 1000 ms)"
    )
    errors = [e for r in [*results.values(), *unloaded.values()] for e in r.errors]
    for error in errors[:5]:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
