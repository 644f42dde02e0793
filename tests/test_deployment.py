"""The standard deployment: gunicorn with threaded workers on bot.wsgi, end to end against the emulator.

Each test starts a real gunicorn (its own port, the repository's gunicorn.conf.py) and sends it
requests signed as Slack signs them. Several workers need PostgreSQL, so on SQLite the server
runs one worker and the test checks that two are refused.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.emulator import AppResponse, Forgery, SlackClientSim, SlackEmulator
from bot.emulator.workplace import MANAGER, SIGNING_SECRET, STAFF, seed_workspace
from bot.slack import ids

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
THREATS = "He said he would find out where I live and hurt me, and kept shouting abuse"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(url: str, timeout: float = 2.0) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@dataclass
class Server:
    """A gunicorn serving bot.wsgi, and the emulated workspace it talks to."""

    process: subprocess.Popen[bytes]
    base: str
    slack: SlackEmulator
    front_desk: str

    @property
    def sim(self) -> SlackClientSim:
        return SlackClientSim(f"{self.base}/slack/events", SIGNING_SECRET, self.slack)

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        last = (0, "")
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited with {self.process.returncode}: {self.output()}")
            try:
                last = get(f"{self.base}/readyz")
                if last[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"not ready after {timeout}s: {last}")

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.output()

    def output(self) -> str:
        if self.process.poll() is None:
            return ""
        assert self.process.stdout is not None
        return self.process.stdout.read().decode(errors="replace")


def gunicorn_env(slack: SlackEmulator, db_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(data_dir),
        "SLACK_BOT_TOKEN": slack.bot_token,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_APP_TOKEN": "",
        "SLACK_API_URL": slack.api_url,
        "MANAGER_USER_IDS": MANAGER,
        "DATA_DIR": str(data_dir),
        "DATABASE_URL": db_url,
        "CUSTOMER_HMAC_KEY": "test-key-shared-by-workers",
        "RUN_SCHEDULER": "false",
        "MIGRATE_ON_START": "false",  # the db_url fixture ran the release step
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def start_gunicorn(env: dict[str, str], *args: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [str(GUNICORN), "bot.wsgi:application", "-b", f"127.0.0.1:{port}", "--threads", "4", *args]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return process, f"http://127.0.0.1:{port}"


@pytest.fixture
def serve(db_url: str, tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """serve(workers, *gunicorn args, **env) -> Server; every server is stopped after the test."""
    started: list[Server] = []
    emulators: list[SlackEmulator] = []

    def start(workers: int, *args: str, **extra: str) -> Server:
        slack = SlackEmulator().start()
        emulators.append(slack)
        channels = seed_workspace(slack)
        env = gunicorn_env(slack, db_url, tmp_path / f"run-{len(started)}", **extra)
        Path(env["DATA_DIR"]).mkdir(parents=True, exist_ok=True)
        process, base = start_gunicorn(env, "-w", str(workers), *args)
        server = Server(process, base, slack, channels["front_desk"])
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
    for slack in emulators:
        slack.stop()


def workers_for(db_url: str) -> int:
    return 1 if db_url.startswith("sqlite") else 2


def metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"no {name} in:\n{text}")


@pytest.mark.parametrize("preload", [False, True], ids=["fork-then-load", "preload"])
def test_gunicorn_workers_serve_signed_requests_and_escalate(serve: Callable[..., Server], db_url: str, preload: bool) -> None:
    workers = workers_for(db_url)
    server = serve(workers, *(["--preload"] if preload else []))
    server.wait_ready()
    assert get(f"{server.base}/healthz") == (200, "ok")

    # Concurrent slash commands: every one answered with the triage reply in the ack.
    answers: list[AppResponse] = []
    lock = threading.Lock()

    def send(count: int) -> None:
        sim = server.sim
        for _ in range(count):
            answer = sim.slash_command(ids.COMMAND, THREATS, user_id=STAFF, channel_id=server.front_desk)
            with lock:
                answers.append(answer)

    senders = [threading.Thread(target=send, args=(5,)) for _ in range(4)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    assert [a.status for a in answers] == [200] * 20
    assert all(a.json["response_type"] == "ephemeral" and a.json["blocks"] for a in answers)
    forged = server.sim.slash_command(ids.COMMAND, "x", user_id=STAFF, channel_id=server.front_desk, forge=Forgery.STALE_TIMESTAMP)
    assert forged.status == 401

    # Escalate from the reply: the work after the ack runs in the worker's listener pool.
    sim = server.sim
    sim.slash_command(ids.COMMAND, THREATS, user_id=STAFF, channel_id=server.front_desk)
    reply = [e for e in server.slack.ephemeral_messages(user_id=STAFF) if e["via"] == "slash_command.ack"][-1]
    pressed = sim.block_action(ids.ACTION_ESCALATE, user_id=STAFF, channel_id=server.front_desk, ephemeral_message=reply)
    assert pressed.status == 200
    [created] = server.slack.wait_for_calls("conversations.create", timeout=15)
    channel = server.slack.channel_named(created["name"])
    assert channel is not None
    server.slack.wait_until(lambda: any(m.get("blocks") for m in server.slack.messages(channel["id"])), 15, "the case card")
    assert MANAGER in (server.slack.channel(channel["id"]) or {})["members"]

    # Slack is slow today: `/harassment report` answers at once and opens the form after the ack.
    server.slack.delay("views.open", 1.2)
    assert sim.slash_command(ids.COMMAND, "report", user_id=STAFF, channel_id=server.front_desk).status == 200
    server.slack.wait_until(lambda: server.slack.open_views(STAFF) or None, 10, "the report form")

    # /metrics sums every worker's counters, whichever worker answers the scrape.
    status, text = get(f"{server.base}/metrics")
    assert status == 200
    assert metric(text, "kasuhara_slack_requests_total") == 24  # 20 + forged + command + button + report
    # None is slow now (a worker still warming up on a busy machine may add its first reply).
    assert metric(text, "kasuhara_slack_acks_over_1s_total") <= 2
    assert metric(text, "kasuhara_slack_requests_refused_total") == 1
    assert 1 <= metric(text, "kasuhara_worker_processes") <= workers
    assert metric(text, "kasuhara_database_up") == 1
    assert metric(text, "kasuhara_stuck_escalations") == 0
    assert server.slack.failed_calls() == []
    output = server.stop()
    assert server.process.returncode == 0, output
    assert "Traceback" not in output, output


def test_sigterm_fails_readiness_then_finishes_the_request_in_flight(serve: Callable[..., Server]) -> None:
    server = serve(1, SHUTDOWN_DRAIN_SECONDS="2")
    server.wait_ready()
    # `/harassment report` opens the form after the ack (a trigger_id lives 3 s): the work in flight.
    server.slack.delay("views.open", 2.0)
    sim = server.sim
    slow: list[AppResponse] = []
    request = threading.Thread(
        target=lambda: slow.append(sim.slash_command(ids.COMMAND, "report", user_id=STAFF, channel_id=server.front_desk))
    )
    request.start()
    time.sleep(0.5)  # the form's views.open is under way
    server.process.send_signal(signal.SIGTERM)
    time.sleep(0.3)

    status, body = get(f"{server.base}/readyz")  # still accepting during the drain, but not ready
    assert (status, body) == (503, "not ready: shutting down")
    assert get(f"{server.base}/healthz") == (200, "ok")

    request.join(timeout=20)
    assert [r.status for r in slow] == [200]
    # The form did open: the worker finishes the work after acks before it exits.
    server.slack.wait_until(lambda: server.slack.open_views(STAFF) or None, 10, "the report form")
    assert len(server.slack.open_views(STAFF)) == 1
    server.process.wait(timeout=30)
    assert server.process.returncode == 0, server.output()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{server.base}/healthz", timeout=2)


def test_several_workers_on_sqlite_are_refused_with_one_line(serve: Callable[..., Server], db_url: str) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("the refusal is about SQLite")
    for args in ([], ["--preload"]):
        server = serve(2, *args)
        assert server.process.wait(timeout=30) != 0
        lines = [line for line in server.output().splitlines() if "Cannot start" in line]
        assert lines == [
            f"Cannot start: 2 workers cannot share the SQLite database {db_url}: run one worker, "
            "or point DATABASE_URL at PostgreSQL (and set CUSTOMER_HMAC_KEY) for several"
        ]


def test_workers_on_postgresql_without_the_identifier_key_are_refused_with_one_line(serve: Callable[..., Server], db_url: str) -> None:
    if db_url.startswith("sqlite"):
        pytest.skip("the key is generated for a local SQLite file")
    server = serve(2, CUSTOMER_HMAC_KEY="")
    assert server.process.wait(timeout=30) != 0
    output = server.output()
    assert "Traceback" not in output, output
    [line] = [line for line in output.splitlines() if "Cannot start" in line]
    assert line.startswith("Cannot start: CUSTOMER_HMAC_KEY is not set: with a shared database every instance needs the same key")


def test_a_worker_refuses_an_old_schema_with_one_line(tmp_path: Path) -> None:
    with SlackEmulator() as slack:
        url = f"sqlite:///{tmp_path / 'empty.db'}"  # never migrated
        env = gunicorn_env(slack, url, tmp_path)
        for args in ([], ["--preload"]):
            process, _ = start_gunicorn(env, *args)
            output = process.communicate(timeout=30)[0].decode()
            assert process.returncode != 0
            assert "Traceback" not in output, output
            [line] = [line for line in output.splitlines() if "Cannot start" in line]
            assert line == (
                "Cannot start: the database schema is at revision none (empty database) but this version needs "
                f"{_head()}: run `python -m bot db upgrade` (the release step) first, or set MIGRATE_ON_START=true"
            )


def test_the_release_step_migrates_then_workers_start(tmp_path: Path) -> None:
    with SlackEmulator() as slack:
        seed_workspace(slack)
        url = f"sqlite:///{tmp_path / 'release.db'}"
        env = gunicorn_env(slack, url, tmp_path)
        upgrade = subprocess.run([sys.executable, "-m", "bot", "db", "upgrade"], cwd=ROOT, env=env, capture_output=True, text=True)
        assert upgrade.returncode == 0, upgrade.stderr
        assert f"at revision {_head()}" in upgrade.stdout
        process, base = start_gunicorn(env)
        server = Server(process, base, slack, "")
        try:
            server.wait_ready()
        finally:
            server.stop()
        assert process.returncode == 0


def _head() -> str:
    from bot.db.migrate import head_revision

    return head_revision()


# --- `python app.py` in HTTP mode: one process on waitress ------------------------------------


def test_app_py_drains_on_sigterm_and_a_second_process_on_the_same_sqlite_is_refused(tmp_path: Path) -> None:
    with SlackEmulator() as slack:
        channels = seed_workspace(slack)
        port = free_port()
        env = gunicorn_env(slack, "", tmp_path, PORT=str(port), MIGRATE_ON_START="true", SHUTDOWN_DRAIN_SECONDS="1")
        del env["DATABASE_URL"]  # the SQLite default under DATA_DIR
        process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        server = Server(process, f"http://127.0.0.1:{port}", slack, channels["front_desk"])
        try:
            server.wait_ready()
            second_env = {**env, "PORT": str(free_port())}
            second = subprocess.run([sys.executable, "app.py"], cwd=ROOT, env=second_env, capture_output=True, text=True)
            assert second.returncode == 2
            assert second.stderr.strip() == (
                f"Cannot start: another process is already serving the SQLite database {tmp_path / 'kasuhara.db'}: "
                "SQLite takes one worker; point DATABASE_URL at PostgreSQL (and set CUSTOMER_HMAC_KEY) for several"
            )

            slack.delay("views.open", 2.0)
            sim = server.sim
            slow: list[AppResponse] = []
            request = threading.Thread(
                target=lambda: slow.append(sim.slash_command(ids.COMMAND, "report", user_id=STAFF, channel_id=server.front_desk))
            )
            request.start()
            time.sleep(0.5)
            process.send_signal(signal.SIGTERM)
            time.sleep(0.3)
            assert get(f"{server.base}/readyz") == (503, "not ready: shutting down")
            request.join(timeout=20)
            assert [r.status for r in slow] == [200]
            assert process.wait(timeout=30) == 0
        finally:
            output = server.stop()
        assert "Traceback" not in output, output


# --- the settings behind it --------------------------------------------------------------------


def test_deployment_settings_parse_and_the_pool_settings_reach_the_engine(tmp_path: Path, db_url: str) -> None:
    from bot.config import ConfigError, Settings
    from bot.runtime import build_services

    settings = Settings.from_env(
        {
            "MIGRATE_ON_START": "false",
            "DB_POOL_SIZE": "3",
            "DB_MAX_OVERFLOW": "2",
            "DB_POOL_RECYCLE_SECONDS": "600",
            "SHUTDOWN_DRAIN_SECONDS": "5",
            "METRICS_DIR": str(tmp_path / "m"),
        }
    )
    assert (settings.migrate_on_start, settings.db_pool_size, settings.db_max_overflow) == (False, 3, 2)
    assert (settings.db_pool_recycle_seconds, settings.shutdown_drain_seconds) == (600, 5)
    assert Settings.from_env({}).migrate_on_start is True
    with pytest.raises(ConfigError, match="MIGRATE_ON_START='later' is not a yes/no value"):
        Settings.from_env({"MIGRATE_ON_START": "later"})
    if db_url.startswith("sqlite"):
        return
    services = build_services(
        settings.with_overrides(database_url=db_url, customer_hmac_key="k", data_dir=tmp_path), migrate=False
    )
    engine = services.cases._sessions.kw["bind"]
    assert (engine.pool.size(), engine.pool._max_overflow, engine.pool._recycle) == (3, 2, 600)
    engine.dispose()


def test_importing_the_wsgi_entry_point_starts_no_thread_and_opens_no_pooled_connection(tmp_path: Path, db_url: str) -> None:
    """What --preload forks: a thread alive at the fork (the old warm-up) left the workers hanging."""
    with SlackEmulator() as slack:
        env = gunicorn_env(slack, db_url, tmp_path)
        probe = (
            "import threading, bot.wsgi as w; "
            "engine = w.application.services.cases._sessions.kw['bind']; "
            "print(sorted(t.name for t in threading.enumerate())); "
            "print(engine.pool.checkedout() + engine.pool.checkedin())"
        )
        done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    threads, connections = done.stdout.splitlines()[-2:]
    assert threads == "['MainThread']"
    assert connections == "0"  # no connection in the pool to be shared by the forked workers


def test_two_app_py_processes_share_one_postgresql_database(tmp_path: Path, db_url: str) -> None:
    """The other standard deployment: several `python app.py` behind a load balancer."""
    if db_url.startswith("sqlite"):
        pytest.skip("a second process on the SQLite file is refused (test above)")
    with SlackEmulator() as slack:
        channels = seed_workspace(slack)
        servers = []
        try:
            for n in range(2):
                port = free_port()
                env = gunicorn_env(slack, db_url, tmp_path / f"app-{n}", PORT=str(port))
                Path(env["DATA_DIR"]).mkdir(parents=True)
                process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                servers.append(Server(process, f"http://127.0.0.1:{port}", slack, channels["front_desk"]))
            for server in servers:
                server.wait_ready()
                answer = server.sim.slash_command(ids.COMMAND, THREATS, user_id=STAFF, channel_id=server.front_desk)
                assert answer.status == 200 and answer.json["blocks"]
        finally:
            outputs = [server.stop() for server in servers]
        assert [server.process.returncode for server in servers] == [0, 0], outputs
