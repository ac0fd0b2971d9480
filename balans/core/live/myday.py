""""My day so far" for one employee: the same figures the end-of-day summary will show.

The numbers come from the summary code itself (``balans.core.summary.compute``) computed up to
now, so the panel and the evening summary cannot disagree.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from balans.core.journal.journal import Journal
from balans.core.storage.queries import day_events
from balans.core.summary.compute import SummarySettings, compute
from balans.core.summary.ledger import Ledger
from balans.core.vocabulary import Flag


@dataclass(frozen=True)
class MyDay:
    switches: int
    interruptions: int
    unfinished: int
    obstacles: int
    contacts_handled: int
    tasks_finished: int
    switches_per_hour: float | None
    backoffice_realized: float | None
    flags: tuple[Flag, ...]


def my_day(journal: Journal, me: str, now: datetime, tz: ZoneInfo,
           settings: SummarySettings | None = None) -> MyDay:
    """Call on the worker thread: reads the day's events up to and including ``now``."""
    day = now.astimezone(tz).date()
    # day_events stops before `until`; an action taken at exactly `now` must count already.
    events = day_events(journal, day, tz, until=now + timedelta(microseconds=1))
    ledger = Ledger()
    ledger.extend(events)
    summary = compute(ledger, day, tz, settings or SummarySettings(), now=now)
    obstacles = sum(1 for o in summary.team.obstacles if o.employee == me)
    mine = summary.employee(me)
    if mine is None:  # nothing of me today yet
        return MyDay(0, 0, 0, obstacles, 0, 0, None, None, ())
    return MyDay(mine.switches, mine.interruptions, len(mine.unfinished_tasks), obstacles,
                 mine.contacts_handled, mine.tasks_finished, mine.context_switches_per_hour,
                 mine.backoffice_realized, tuple(mine.flags))

