"""Care for the reporter: the check-in's time, once-only sending across restarts and schedulers, its buttons.

A movable clock stands in for time (no sleeping); the job is run by hand as the scheduler would.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from sqlalchemy import select

from bot import scheduler
from bot.db.models import CareCheckin, Customer
from bot.db.session import make_engine, make_session_factory
from bot.digest import CareCounts
from bot.emulator.workplace import HR, MANAGER, STAFF, STAFF_JA, Workplace
from bot.lifecycle import CaseAction, CaseStatus, Outcome, Surface
from bot.services.care import CareAnswer, CheckinNotFound, NotTheReporter
from bot.services.results import CaseView
from bot.slack import ids
from tests.bot_fixtures import error_log, open_workplace  # noqa: F401
from tests.test_e2e_manager import MovableClock, wait_for_status
from tests.test_e2e_slack import ABUSE, assert_clean, buttons, texts

THURSDAY = dt.datetime(2026, 12, 3, 6, 0, tzinfo=dt.UTC)  # Thursday 3 December 2026, 15:00 in Tokyo
FRIDAY_10 = dt.datetime(2026, 12, 4, 1, 0, tzinfo=dt.UTC)  # the next business day, 10:00 in Tokyo


def resolve(workplace: Workplace, case: CaseView) -> CaseView:
    """A manager ends the case through the card's Resolve form."""
    workplace.press_on_card(ids.ACTION_CASE_RESOLVE, case, user=MANAGER)
    [form] = workplace.slack.wait_until(lambda: workplace.slack.open_views(MANAGER), what="the resolve form")
    workplace.sim.view_submission(form["id"], {ids.BLOCK_OUTCOME: {ids.INPUT: Outcome.RESOLVED_WITH_CUSTOMER.value}}, user_id=MANAGER)
    resolved = wait_for_status(workplace, case, CaseStatus.RESOLVED)
    workplace.bot.wait_idle(workplace.timeout)
    return resolved


def checkins(workplace: Workplace, user: str) -> list[dict[str, Any]]:
    return [m for m in workplace.dm(user) if ids.ACTION_CARE_ALL_RIGHT in buttons(m.get("blocks")) or "How are you" in m["text"]]


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(THURSDAY)


@pytest.fixture
def ended(open_workplace: Any, clock: MovableClock) -> tuple[Workplace, CaseView]:
    workplace: Workplace = open_workplace(clock=clock, desk_name="HR desk <!channel>", desk_phone="ext. 1234")
    case = resolve(workplace, workplace.escalate_text(ABUSE))
    return workplace, case


def test_the_check_in_waits_for_the_next_business_day_at_ten(ended: tuple[Workplace, CaseView], clock: MovableClock) -> None:
    workplace, case = ended
    ctx = workplace.bot.ctx
    assert scheduler.send_care_checkins(ctx) == 0
    clock.now = FRIDAY_10 - dt.timedelta(minutes=1)
    assert scheduler.send_care_checkins(ctx) == 0 and checkins(workplace, STAFF) == []
    clock.now = FRIDAY_10
    assert scheduler.send_care_checkins(ctx) == 1
    [message] = checkins(workplace, STAFF)
    shown = texts(message["blocks"])
    assert f"Case {case.ref}, which you reported, has ended" in shown
    assert "HR desk &lt;!channel&gt;" in shown and "ext. 1234" in shown  # the consultation desk settings, escaped
    assert "look after the physical and mental health" in shown  # the general policy's support clause
    assert buttons(message["blocks"]) == [ids.ACTION_CARE_ALL_RIGHT, ids.ACTION_CARE_CONTACT_HR]
    clock.advance(hours=1)
    assert scheduler.send_care_checkins(ctx) == 0 and len(checkins(workplace, STAFF)) == 1
    assert_clean(workplace)


def test_over_a_weekend_it_waits_for_monday(open_workplace: Any, clock: MovableClock) -> None:
    clock.now = dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.UTC)  # Friday 18:00 in Tokyo
    workplace: Workplace = open_workplace(clock=clock)
    resolve(workplace, workplace.escalate_text(ABUSE, user=STAFF_JA))
    for saturday_or_sunday in (dt.datetime(2026, 12, 5, 1, 0, tzinfo=dt.UTC), dt.datetime(2026, 12, 6, 1, 0, tzinfo=dt.UTC)):
        clock.now = saturday_or_sunday
        assert scheduler.send_care_checkins(workplace.bot.ctx) == 0
    clock.now = dt.datetime(2026, 12, 7, 1, 0, tzinfo=dt.UTC)  # Monday 10:00
    assert scheduler.send_care_checkins(workplace.bot.ctx) == 1
    [message] = workplace.dm(STAFF_JA)[-1:]
    assert "その後いかがですか" in texts(message["blocks"]) and "大丈夫です" in texts(message["blocks"])


def test_sent_once_across_a_restart_and_two_schedulers(
    ended: tuple[Workplace, CaseView], clock: MovableClock, open_workplace: Any
) -> None:
    workplace, _case = ended
    clock.now = FRIDAY_10
    # A second process on the same database (a restart, or another host with its scheduler on).
    other: Workplace = open_workplace(clock=clock)
    sent: list[int] = []
    barrier = threading.Barrier(4)

    def run(w: Workplace) -> None:
        barrier.wait()
        sent.append(scheduler.send_care_checkins(w.bot.ctx))

    threads = [threading.Thread(target=run, args=(w,)) for w in (workplace, other, workplace, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(sent) == [0, 0, 0, 1]
    assert len(checkins(workplace, STAFF)) + len(checkins(other, STAFF)) == 1
    # Restarted later: the claimed row is still there, nothing is sent again.
    clock.advance(days=3)
    assert scheduler.send_care_checkins(open_workplace(clock=clock).bot.ctx) == 0


def test_a_claim_without_a_send_is_not_repeated(ended: tuple[Workplace, CaseView], clock: MovableClock) -> None:
    """A process that died between claiming and sending: at most once, so the check-in is not sent twice."""
    workplace, _case = ended
    clock.now = FRIDAY_10
    care = workplace.bot.ctx.services.care
    [due] = care.due(clock())
    assert care.claim(due, clock()) is not None  # ...and then the process died
    assert scheduler.send_care_checkins(workplace.bot.ctx) == 0 and checkins(workplace, STAFF) == []


def test_reopened_cases_are_not_checked_in(ended: tuple[Workplace, CaseView], clock: MovableClock) -> None:
    workplace, case = ended
    workplace.bot.ctx.services.cases.apply_action(case.id, MANAGER, CaseAction.REOPEN, Surface.BUTTON, clock())
    clock.now = FRIDAY_10
    assert scheduler.send_care_checkins(workplace.bot.ctx) == 0


@pytest.mark.parametrize("action_id", [ids.ACTION_CARE_ALL_RIGHT, ids.ACTION_CARE_CONTACT_HR])
def test_the_buttons_record_the_answer_for_hr_only(
    ended: tuple[Workplace, CaseView], clock: MovableClock, action_id: str
) -> None:
    workplace, case = ended
    clock.now = FRIDAY_10
    scheduler.send_care_checkins(workplace.bot.ctx)
    [message] = checkins(workplace, STAFF)
    hr_before = len(workplace.dm(HR))
    channel = workplace.slack.dm_channel_id(STAFF)

    workplace.sim.block_action(action_id, user_id=STAFF, channel_id=channel, message_ts=message["ts"])
    contact = action_id == ids.ACTION_CARE_CONTACT_HR
    updated = workplace.slack.wait_until(
        lambda: (m := workplace.slack.message(channel, message["ts"])) and "edited" in m and m, what="the check-in answered"
    )
    assert buttons(updated["blocks"]) == []
    assert ("HR has been told privately" if contact else "Thank you for letting us know") in texts(updated["blocks"])
    answer = CareAnswer.CONTACT_HR if contact else CareAnswer.ALL_RIGHT
    assert workplace.bot.ctx.services.care.answer_of(case.id) is answer
    # HR's digest counts it, and names nobody.
    digest = workplace.bot.ctx.services.digests.report(dt.date(2026, 12, 4)).digest
    assert digest.care == CareCounts(sent=1, all_right=0 if contact else 1, contact_hr=1 if contact else 0)
    workplace.bot.wait_idle(workplace.timeout)
    hr_notes = workplace.dm(HR)[hr_before:]
    if contact:
        [note] = hr_notes
        assert note["text"].startswith(f":speech_balloon: <@{STAFF}> would like someone from HR to contact them after case {case.ref}")
    else:
        assert hr_notes == []
    # Nowhere near the customer record or the case channel.
    assert all("contact" not in m["text"] for m in workplace.slack.messages(case.escalation_channel_id or ""))
    assert "all_right" not in str(workplace.audit.trail("case", case.id))
    engine = make_engine(workplace.bot.ctx.settings.resolved_database_url)
    try:
        with make_session_factory(engine)() as session:
            assert session.scalars(select(CareCheckin.answer)).all() == [answer.value]
            assert session.scalars(select(Customer)).all() == []
    finally:
        engine.dispose()
    assert_clean(workplace)


def test_only_the_reporter_can_answer(ended: tuple[Workplace, CaseView], clock: MovableClock) -> None:
    """Slack shows the DM to the reporter alone; a forged press by anyone else is refused all the same."""
    workplace, case = ended
    clock.now = FRIDAY_10
    scheduler.send_care_checkins(workplace.bot.ctx)
    care = workplace.bot.ctx.services.care
    with pytest.raises(NotTheReporter):
        care.record_answer(case.id, MANAGER, CareAnswer.CONTACT_HR, clock())
    with pytest.raises(CheckinNotFound):
        care.record_answer(case.id + 1000, STAFF, CareAnswer.CONTACT_HR, clock())
    assert care.answer_of(case.id) is None
