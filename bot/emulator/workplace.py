"""A workplace: the real bot (Bolt on waitress, SQLite or PostgreSQL) serving the Slack emulator.

Used by `python -m bot demo`, `benchmarks/ack_latency.py` and the end-to-end tests.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.emulator import AppResponse, SlackClientSim, SlackEmulator
from bot.runtime import Services, build_services, utc_now
from bot.services.audit import AuditLog
from bot.services.cases import CaseService
from bot.services.results import CaseView
from bot.slack.app import build_bot
from bot.slack.context import BotContext
from bot.slack.ids import (
    ACTION_ESCALATE,
    BLOCK_CONTACT_CHANNEL,
    BLOCK_CUSTOMER_EMAIL,
    BLOCK_CUSTOMER_NAME,
    BLOCK_CUSTOMER_NUMBER,
    BLOCK_CUSTOMER_PHONE,
    BLOCK_ESCALATE,
    BLOCK_HAPPENING_NOW,
    BLOCK_TEXT,
    COMMAND,
    INPUT,
    OPTION_YES,
)
from bot.slack.server import EVENTS_PATH, wsgi_app
from bot.slack.worker import OutboxWorker

SIGNING_SECRET = "emulated-signing-secret-0123456789abcdef"

STAFF = "U0STAFF01"
STAFF_JA = "U0STAFFJA"
MANAGER = "U0MANAGER1"
MANAGER_2 = "U0MANAGER2"
HR = "U0HRLEAD01"
OUTSIDER = "U0OUTSIDE1"


def seed_workspace(slack: SlackEmulator) -> dict[str, str]:
    """Users with roles and locales, a user group of managers, a front-desk channel."""
    slack.add_user(STAFF, "sato", locale="en-US")
    slack.add_user(STAFF_JA, "tanaka", locale="ja-JP")
    slack.add_user(MANAGER, "suzuki", locale="en-US")
    slack.add_user(MANAGER_2, "takahashi", locale="ja-JP")
    slack.add_user(HR, "ito", locale="en-US")
    slack.add_user(OUTSIDER, "watanabe", locale="en-US")
    slack.add_usergroup("S0MANAGERS", "cs-managers", [MANAGER_2])
    front_desk = slack.add_channel(
        "front-desk", members=[STAFF, STAFF_JA, MANAGER, OUTSIDER, HR], bot_member=True
    )
    return {"front_desk": front_desk}


class ListenerPool(ThreadPoolExecutor):
    """The bot's pool for work after the ack, counting what is in flight so tests can wait for quiet."""

    def __init__(self, max_workers: int) -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix="slack-listener")
        self._in_flight = 0
        self._quiet = threading.Condition()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._quiet:
            self._in_flight += 1
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._finished)
        return future

    def _finished(self, _: Future[Any]) -> None:
        with self._quiet:
            self._in_flight -= 1
            self._quiet.notify_all()

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Block until no listener work is running or queued."""
        with self._quiet:
            if not self._quiet.wait_for(lambda: self._in_flight == 0, timeout):
                raise AssertionError(f"listener work still running after {timeout}s ({self._in_flight} in flight)")


@dataclass
class BotUnderTest:
    """The bot serving HTTP on an ephemeral port, wired to an emulator."""

    slack: SlackEmulator
    services: Services
    ctx: BotContext
    url: str
    sim: SlackClientSim
    pool: ListenerPool
    worker: OutboxWorker | None
    _server: Any = field(repr=False)
    _thread: threading.Thread | None = field(repr=False)
    socket_mode: Any = field(default=None, repr=False)  # the Socket Mode handler, when connected that way
    _stopped: bool = field(default=False, repr=False)

    def wait_idle(self, timeout: float = 5.0) -> None:
        """Wait until the work started after acks (lazy listeners, forms being opened) has finished."""
        if not self.ctx.forms.wait_idle(timeout):
            raise AssertionError(f"forms still being opened after {timeout}s")
        self.pool.wait_idle(timeout)

    def stop(self) -> None:
        """Stop serving and close the bot's pooled connections (the database and emulator are the
        caller's); a second call does nothing."""
        from waitress import wasyncore

        if self._stopped:
            return
        self._stopped = True
        if self.socket_mode is not None:
            self.socket_mode.close()
            self.ctx.forms.shutdown(wait=True)
            self.pool.shutdown(wait=True, cancel_futures=True)
            if self.worker is not None:
                self.worker.stop()
            self.services.close()
            return
        server = self._server
        assert self._thread is not None
        server.task_dispatcher.shutdown()  # requests being served finish first
        # Close the listening socket, open connections and the trigger from the server's own loop
        # thread (woken by the trigger), so the loop ends at once instead of at its next timeout.
        try:
            server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
        except OSError:  # the trigger's pipe is closed already (the loop is ending): close what is left here
            wasyncore.close_all(server._map)
        self._thread.join(timeout=5)
        self.ctx.forms.shutdown(wait=True)
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.worker is not None:
            self.worker.stop()
        self.services.close()  # its pooled connections: the database itself stays the caller's


def settings_for(slack: SlackEmulator, data_dir: Path, database_url: str = "", **overrides: Any) -> Settings:
    """Settings pointing the bot at the emulator and a scratch data folder."""
    base = Settings(
        slack_bot_token=slack.bot_token,
        slack_signing_secret=SIGNING_SECRET,
        slack_api_url=slack.api_url,
        manager_user_ids=(MANAGER,),
        manager_usergroup_id="S0MANAGERS",
        hr_user_ids=(HR,),
        data_dir=data_dir,
        database_url=database_url,
        customer_hmac_key="test-hmac-key-not-secret",
        run_scheduler=False,
        http_threads=8,
        outbox_poll_seconds=0.2,
    )
    return base.with_overrides(**overrides)


def start_bot(
    slack: SlackEmulator, settings: Settings, *, clock: Callable[[], dt.datetime] = utc_now
) -> BotUnderTest:
    """Build the real app and serve it with waitress on 127.0.0.1 (ephemeral port).

    With an app-level token in the settings (SLACK_APP_TOKEN) the bot connects over Socket Mode
    instead, and the returned `sim` delivers envelopes on that connection.
    """
    from waitress.server import create_server

    services = build_services(settings, clock=clock)
    pool = ListenerPool(settings.http_threads)
    app, ctx = build_bot(services, listener_executor=pool)
    if settings.socket_mode:
        from bot.web.socket_mode import open_socket_mode

        handler = open_socket_mode(app, settings.slack_app_token, ping_interval=1.0)
        slack.socket_mode.wait_connected()
        sim = SlackClientSim("", SIGNING_SECRET, slack, socket_mode=True)
        worker = _outbox_worker(ctx, settings)
        return BotUnderTest(slack, services, ctx, "", sim, pool, worker, None, None, socket_mode=handler)
    server = create_server(
        wsgi_app(app, settings.slack_signing_secret), host="127.0.0.1", port=0, threads=settings.http_threads, ident="test"
    )
    thread = threading.Thread(target=server.run, name="bot-http", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.effective_port}{EVENTS_PATH}"
    sim = SlackClientSim(url, SIGNING_SECRET, slack)
    return BotUnderTest(slack, services, ctx, url, sim, pool, _outbox_worker(ctx, settings), server, thread)


def _outbox_worker(ctx: BotContext, settings: Settings) -> OutboxWorker | None:
    """The outbox worker every serving process runs (RUN_OUTBOX_WORKER), started."""
    return OutboxWorker(ctx.escalation.runner, settings.outbox_poll_seconds).start() if settings.run_outbox_worker else None


@dataclass
class Workplace:
    """People at the front desk using the bot: the steps the tests, the demo and the benchmark share.

    Every step goes through the bot's real HTTP endpoint; waits cover the work done after the ack.
    """

    slack: SlackEmulator
    bot: BotUnderTest
    front_desk: str
    timeout: float = 5.0

    @property
    def sim(self) -> SlackClientSim:
        return self.bot.sim

    @property
    def cases(self) -> CaseService:
        """The bot's CaseService (to look at what was recorded)."""
        return self.bot.services.cases

    @property
    def audit(self) -> AuditLog:
        """The audit log of the bot's database."""
        return self.bot.services.audit

    # --- the slash command and its private reply -------------------------------------

    def command(self, text: str, *, user: str = STAFF, channel: str | None = None) -> AppResponse:
        """`/harassment text` typed by `user` (in the front-desk channel by default)."""
        return self.sim.slash_command(COMMAND, text, user_id=user, channel_id=channel or self.front_desk)

    def last_ephemeral(self, user: str, *, via: str | None = None, channel: str | None = None) -> dict[str, Any]:
        """The newest ephemeral message shown to `user` (`via`: "slash_command.ack", "response_url"...)."""
        shown = [
            e for e in self.slack.ephemeral_messages(user_id=user, channel_id=channel) if via is None or e["via"] == via
        ]
        if not shown:
            raise AssertionError(f"no ephemeral message for {user} (via {via})")
        return shown[-1]

    def press_on_ephemeral(self, action_id: str, ephemeral: dict[str, Any], *, user: str) -> AppResponse:
        """`user` clicks a button on an ephemeral message they were shown."""
        return self.sim.block_action(action_id, user_id=user, channel_id=ephemeral["channel"], ephemeral_message=ephemeral)

    def wait_for_response(self, pressed: AppResponse, count: int = 1) -> list[dict[str, Any]]:
        """The posts the app made to the response_url of an interaction (waits for `count`)."""
        url = pressed.response_url
        assert url, "this interaction has no response_url"

        def posted() -> list[dict[str, Any]] | None:
            posts = self.slack.responses(url)
            return posts if len(posts) >= count else None

        return self.slack.wait_until(posted, self.timeout, f"{count} post(s) to the response_url")

    def escalate_text(self, text: str, *, user: str = STAFF) -> CaseView:
        """`/harassment text`, then Escalate on the reply; returns the escalated case once all is posted."""
        self.command(text, user=user)
        pressed = self.press_on_ephemeral(ACTION_ESCALATE, self.last_ephemeral(user, via="slash_command.ack"), user=user)
        self.wait_for_response(pressed)
        self.bot.wait_idle(self.timeout)
        return self.wait_for_case(lambda c: c.reporter_user_id == user and c.escalation_channel_id, "an escalated case")

    # --- the report form ------------------------------------------------------------

    def open_report_form(self, *, user: str = STAFF) -> dict[str, Any]:
        """`/harassment report`; returns the modal it opened."""
        before = {v["id"] for v in self.slack.open_views(user)}
        self.command("report", user=user)
        return self.slack.wait_until(
            lambda: next((v for v in self.slack.open_views(user) if v["id"] not in before), None),
            self.timeout,
            "the report form to open",
        )

    def submit_report(
        self,
        view_id: str,
        text: str | None = None,
        *,
        user: str = STAFF,
        email: str = "",
        phone: str = "",
        customer_number: str = "",
        name: str = "",
        escalate: bool = True,
        happening_now: bool = False,
        contact_channel: str = "",
    ) -> AppResponse:
        """Fill in and submit the report form (text None: keep what the form was prefilled with)."""
        if text is None:
            prefilled = next(b for b in self.slack.existing_view(view_id)["blocks"] if b.get("block_id") == BLOCK_TEXT)
            text = prefilled["element"].get("initial_value", "")
        values: dict[str, dict[str, Any]] = {BLOCK_TEXT: {INPUT: text}}
        for block_id, value in (
            (BLOCK_CUSTOMER_EMAIL, email),
            (BLOCK_CUSTOMER_PHONE, phone),
            (BLOCK_CUSTOMER_NUMBER, customer_number),
            (BLOCK_CUSTOMER_NAME, name),
        ):
            if value:
                values[block_id] = {INPUT: value}
        if contact_channel:
            values[BLOCK_CONTACT_CHANNEL] = {INPUT: contact_channel}
        if escalate:
            values[BLOCK_ESCALATE] = {INPUT: [OPTION_YES]}
        if happening_now:
            values[BLOCK_HAPPENING_NOW] = {INPUT: [OPTION_YES]}
        return self.sim.view_submission(view_id, values, user_id=user)

    def report(self, text: str, *, user: str = STAFF, **fields: Any) -> CaseView:
        """Open the form, submit it, and wait for the case (escalated unless escalate=False)."""
        known = {c.id for c in self.cases.cases_for_reporter(user, limit=1000)}
        view = self.open_report_form(user=user)
        response = self.submit_report(view["id"], text, user=user, **fields)
        assert response.status == 200 and not response.body.strip(), response.text
        escalate = fields.get("escalate", True) or fields.get("happening_now", False)
        case = self.wait_for_case(
            lambda c: c.id not in known and c.reporter_user_id == user and (c.escalation_channel_id or not escalate),
            "the reported case",
        )
        self.bot.wait_idle(self.timeout)  # the card, alerts and the reporter's confirmation are out
        return self.cases.get_case(case.id)

    # --- cases and their cards --------------------------------------------------------

    def wait_for_case(self, predicate: Callable[[CaseView], Any], what: str = "a case") -> CaseView:
        """The newest recorded case matching `predicate` (waits for it)."""

        def find() -> CaseView | None:
            everyone = [STAFF, STAFF_JA, MANAGER, MANAGER_2, HR, OUTSIDER]
            found = [c for user in everyone for c in self.cases.cases_for_reporter(user, limit=1000) if predicate(c)]
            return max(found, key=lambda c: c.id) if found else None

        return self.slack.wait_until(find, self.timeout, what)

    def channel_of(self, case: CaseView) -> str:
        """The private channel the case was escalated to."""
        channel = self.cases.get_case(case.id).escalation_channel_id
        assert channel, f"case {case.ref} has no channel"
        return str(channel)

    def card(self, case: CaseView) -> dict[str, Any]:
        """The case card in the case's channel (waits until it is posted)."""
        channel = self.channel_of(case)

        def posted_card() -> dict[str, Any] | None:
            top_level = (m for m in self.slack.messages(channel) if m.get("thread_ts") in (None, m["ts"]))
            return next((m for m in top_level if m.get("blocks")), None)

        return self.slack.wait_until(posted_card, self.timeout, f"the card of case {case.ref}")

    def thread(self, case: CaseView) -> list[dict[str, Any]]:
        """The replies under the case card, oldest first."""
        card = self.card(case)
        replies = self.slack.messages(self.channel_of(case))
        return [m for m in replies if m.get("thread_ts") == card["ts"] and m["ts"] != card["ts"]]

    def press_on_card(self, action_id: str, case: CaseView, *, user: str = MANAGER) -> AppResponse:
        """`user` clicks a button on the case card."""
        card = self.card(case)
        return self.sim.block_action(action_id, user_id=user, channel_id=self.channel_of(case), message_ts=card["ts"])

    def dm(self, user: str) -> list[dict[str, Any]]:
        """Messages the bot posted in its DM with `user`."""
        return self.slack.messages(self.slack.dm_channel_id(user))


def start_workplace(
    slack: SlackEmulator, settings: Settings, *, clock: Callable[[], dt.datetime] = utc_now
) -> Workplace:
    """Seed the workspace, start the bot on it and hand back the people's view of both."""
    channels = seed_workspace(slack)
    bot = start_bot(slack, settings, clock=clock)
    return Workplace(slack, bot, channels["front_desk"])
