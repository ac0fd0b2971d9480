"""`balans demo --live`: a live day at any hour, in the team's time zone, on the backlog the
database already holds, with a queue that builds (pull-in suggestion) and eases (release)."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from balans.core.journal.journal import Journal
from balans.core.live.board import LiveTracker
from balans.core.simulation.demo import fill_demo, run_live
from balans.core.storage.store import open_store

AMS = ZoneInfo("Europe/Amsterdam")


class FakeTime:
    """A wall clock the run's sleeps move forward; the run stops after ``minutes``."""

    def __init__(self, minutes: float) -> None:
        self.t = 0.0
        self.limit = minutes * 60

    def clock(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.t += seconds

    def stop(self) -> bool:
        return self.t > self.limit


@pytest.fixture
def journal(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'live.db'}")
    yield Journal(store)
    store.dispose()


def live(journal: Journal, start: datetime, minutes: float, seed: int = 2) -> int:
    fake = FakeTime(minutes)
    return run_live(journal, start, seed, 1.0, stop=fake.stop, sleep=fake.sleep,
                    clock=fake.clock, tz=start.tzinfo)


def test_an_evening_start_gives_a_queue_that_builds_and_eases(journal):
    start = datetime(2026, 11, 24, 20, 0, tzinfo=AMS)  # long after office hours
    assert live(journal, start, 100) > 0
    events = journal.events()
    tracker, i, seen = LiveTracker(AMS), 0, []
    moment = start
    while moment <= start + timedelta(minutes=100):
        while i < len(events) and events[i].ts <= moment:
            tracker.apply(events[i])
            i += 1
        for s in tracker.snapshot(moment).suggestions:
            if not seen or seen[-1][0] != s.kind:
                seen.append((s.kind, s.employee, moment))
        moment += timedelta(minutes=2)
    kinds = [kind for kind, _who, _t in seen]
    assert "pull_in" in kinds, seen
    pulled = kinds.index("pull_in")
    assert "release" in kinds[pulled:], seen  # then the queue eases and they can go back
    assert seen[pulled][2] - start <= timedelta(minutes=30)  # a user sees it soon


def test_the_live_day_is_in_the_team_time_zone(journal):
    ny = ZoneInfo("America/New_York")
    start = datetime(2026, 11, 24, 10, 0, tzinfo=ny)  # office hours in New York
    live(journal, start, 5)
    shifts = [e for e in journal.events() if e.type == "shift.planned"]
    assert shifts
    starts = {datetime.fromisoformat(e["start"]).astimezone(ny).time() for e in shifts}
    assert min(starts).hour in (7, 8)  # New York's morning, not Amsterdam's
    assert all(datetime.fromisoformat(e["start"]).utcoffset() == timedelta(hours=-5)
               for e in shifts)


def test_no_second_starting_backlog_on_a_demo_database(journal):
    fill_demo(journal, date(2026, 11, 23), 2, 1, AMS)
    before = {e["task"] for e in journal.events() if e.type == "task.created"}
    live(journal, datetime(2026, 11, 24, 19, 0, tzinfo=AMS), 30)
    added = [e for e in journal.events() if e.type == "task.created"
             and e["task"] not in before]
    assert not [e for e in added if "-b" in e["task"]]  # no starting backlog of its own
    worked_on = {e["task"] for e in journal.events()
                 if e.type == "task.started" and e.ts >= datetime(2026, 11, 24, tzinfo=AMS)}
    assert worked_on & before  # the live day works on the backlog the database holds
