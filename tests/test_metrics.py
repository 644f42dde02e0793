"""/metrics and /readyz: Prometheus text an operator can scrape, counters summed over worker processes, database gauges."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.db.session import make_engine, make_session_factory
from bot.lifecycle import Surface
from bot.services.cases import CaseService
from bot.services.outbox import OutboxService
from bot.web.health import DatabaseProbe, Readiness
from bot.web.metrics import CounterStore, DatabaseGauges, Metrics
from bot.web.middleware import operations_app
from tests.test_db_cases import ABUSE, report

# One sample line of the text exposition format: name{labels} value
SAMPLE = re.compile(r'^[a-z_][a-z0-9_]*(\{[a-z_]+="[^"]*"\})? -?[0-9.e+]+$|^[a-z_][a-z0-9_]*\{le="\+Inf"\} [0-9.]+$')


def call(app: Callable[..., Iterable[bytes]], path: str) -> tuple[str, str]:
    answer: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        answer["status"], answer["headers"] = status, dict(headers)

    body = b"".join(app({"PATH_INFO": path, "REQUEST_METHOD": "GET"}, start_response))
    return answer["status"], body.decode()


def values(text: str) -> dict[str, float]:
    return {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if not line.startswith("#")}


def test_the_exposition_is_valid_prometheus_text_with_every_counter(tmp_path: Path) -> None:
    store = CounterStore(str(tmp_path))
    metrics = Metrics(store, lambda: DatabaseGauges(stuck_escalations=2, outbox_backlog=0, outbox_failed=0), lambda: True)
    for seconds, status in ((0.02, 200), (0.3, 200), (1.5, 200), (4.0, 200), (0.01, 401), (0.2, 500)):
        metrics.observe(seconds, status)
    text = metrics.render()
    for line in text.splitlines():
        assert line.startswith(("# HELP ", "# TYPE ")) or SAMPLE.match(line), line
    got = values(text)
    assert got["kasuhara_slack_requests_total"] == 6
    assert got["kasuhara_slack_requests_refused_total"] == 1
    assert got["kasuhara_slack_request_errors_total"] == 1
    assert got["kasuhara_slack_acks_over_1s_total"] == 2
    assert got["kasuhara_slack_acks_over_3s_total"] == 1
    assert got['kasuhara_slack_ack_seconds_bucket{le="0.05"}'] == 2
    assert got['kasuhara_slack_ack_seconds_bucket{le="1.0"}'] == 4
    assert got['kasuhara_slack_ack_seconds_bucket{le="+Inf"}'] == 6
    assert got["kasuhara_slack_ack_seconds_sum"] == 6.03
    assert got["kasuhara_stuck_escalations"] == 2
    assert got["kasuhara_outbox_backlog"] == 0 and got["kasuhara_outbox_failed"] == 0
    assert got["kasuhara_ready"] == 1 and got["kasuhara_database_up"] == 1


def _count_in_child(directory: str, times: int) -> None:
    store = CounterStore(directory)
    for _ in range(times):
        store.add("requests")
        store.add("acks_over_1s", 0.5)


def test_counters_from_every_worker_process_are_summed(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    children = [context.Process(target=_count_in_child, args=(str(tmp_path), n)) for n in (3, 4)]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=30)
        assert child.exitcode == 0
    store = CounterStore(str(tmp_path))
    store.add("requests")
    totals, processes = store.totals()
    assert processes == 3
    assert totals["requests"] == 8
    assert totals["acks_over_1s"] == 3.5


def test_without_a_folder_a_process_counts_for_itself() -> None:
    store = CounterStore("")
    store.add("requests", 2)
    totals, processes = store.totals()
    assert (totals["requests"], processes) == (2, 1)


def test_stuck_escalations_and_the_outbox_hook_come_from_the_database(tmp_path: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    cases = CaseService(make_session_factory(engine), b"key", Settings(data_dir=tmp_path, database_url=db_url))
    now = dt.datetime.now(dt.UTC)
    old = cases.record_report(*report(triage=ABUSE), now - dt.timedelta(minutes=30))
    fresh = cases.record_report(*report(triage=ABUSE), now - dt.timedelta(minutes=1))
    cases.mark_escalated(old.id, "U0STAFF01", "C0CASE001", ["U0MANAGER1"], Surface.BUTTON, now - dt.timedelta(minutes=30))
    cases.mark_escalated(fresh.id, "U0STAFF01", "C0CASE002", ["U0MANAGER1"], Surface.BUTTON, now - dt.timedelta(minutes=1))
    probe = DatabaseProbe(db_url)
    try:
        assert probe.gauges(now) == DatabaseGauges(stuck_escalations=1, outbox_backlog=0, outbox_failed=0)
        cases.record_card(old.id, "C0CASE001", "1700000000.000100")
        assert probe.gauges(now) == DatabaseGauges(stuck_escalations=0, outbox_backlog=0, outbox_failed=0)
        assert probe.problem() is None
    finally:
        probe.dispose()
        engine.dispose()


def test_readyz_names_what_is_wrong_and_healthz_stays_up(tmp_path: Path) -> None:
    never_migrated = f"sqlite:///{tmp_path / 'empty.db'}"
    probe = DatabaseProbe(never_migrated)
    readiness = Readiness(lambda: None, probe.problem)
    metrics = Metrics(CounterStore(""), lambda: probe.gauges(dt.datetime.now(dt.UTC)), lambda: not readiness.problems())
    app = operations_app(lambda environ, start_response: [], readiness, metrics)
    assert readiness.wait_warm(10)
    status, body = call(app, "/readyz")
    assert status.startswith("503")
    assert body.startswith("not ready: database schema at none, this version needs ")
    readiness.start_draining()
    assert call(app, "/readyz")[1].startswith("not ready: shutting down; database schema at none")
    assert call(app, "/healthz") == ("200 OK", "ok")
    probe.dispose()


def test_the_outbox_gauges_count_pending_and_failed_steps(tmp_path: Path, db_url: str) -> None:
    engine = make_engine(db_url)
    sessions = make_session_factory(engine)
    settings = Settings(data_dir=tmp_path, database_url=db_url)
    cases, outbox = CaseService(sessions, b"key", settings), OutboxService(sessions, settings)
    now = dt.datetime.now(dt.UTC)
    case = cases.record_report(*report(triage=ABUSE), now - dt.timedelta(minutes=1))
    outbox.request_escalation(case.id, "U0STAFF01", Surface.BUTTON, now, urgent=False)
    owed = len(outbox.steps(case.id))
    [first] = outbox.claim(now, limit=1, case_id=case.id)
    outbox.fail(first, "Slack answered restricted_action", now)
    probe = DatabaseProbe(db_url)
    try:
        gauges = probe.gauges(now)
        assert gauges is not None and owed > 1
        assert (gauges.outbox_backlog, gauges.outbox_failed) == (owed - 1, 1)
    finally:
        probe.dispose()
        engine.dispose()
