""""My day so far" for one employee: the same figures the end-of-day summary will show.

The numbers come from the summary code itself (``balans.core.summary.compute``) computed up to now, so the
panel and the evening summary cannot disagree. Should that module be unavailable, a small count
of switches and obstacles from the day's events keeps the line useful.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable
from zoneinfo import ZoneInfo

from balans.core.journal.events import Event
from balans.core.journal.journal import Journal
from balans.core.storage.queries import day_events

PAIR = {"contact", "backoffice"}


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
    flags: tuple[str, ...]


def my_day(journal: Journal, me: str, now: datetime, tz: ZoneInfo,
           settings: object | None = None) -> MyDay:
    """Call on the worker thread: reads the day's events up to and including ``now``."""
    day = now.astimezone(tz).date()
    # day_events stops before `until`; an action taken at exactly `now` must count already.
    events = day_events(journal, day, tz, until=now + timedelta(microseconds=1))
    try:
        from balans.core.summary.compute import SummarySettings, compute
        from balans.core.summary.ledger import Ledger
    except ImportError:  # pragma: no cover - only while the summary module is missing
        return count_day(events, me, day, tz)
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


def count_day(events: Iterable[Event], me: str, day, tz: ZoneInfo) -> MyDay:  # noqa: ANN001
    """Switches (contact <-> back office pairs, CONTRACT 3) and obstacles from today's events."""
    modes: list[str] = []
    obstacles = handled = finished = 0
    for event in sorted(events, key=lambda e: e.ts):
        if event.ts.astimezone(tz).date() != day or event.get("employee") != me:
            continue
        if event.type == "mode.changed":
            modes.append(event["mode"])
        elif event.type == "obstacle.logged":
            obstacles += 1
        elif event.type == "contact.ended":
            handled += 1
        elif event.type == "task.finished":
            finished += 1
    switches = sum(1 for a, b in zip(modes, modes[1:]) if {a, b} == PAIR)
    return MyDay(switches, 0, 0, obstacles, handled, finished, None, None, ())
