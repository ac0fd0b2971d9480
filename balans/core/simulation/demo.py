"""Filling a database with the simulated front office, in day-sized transactions."""
from __future__ import annotations

import time as systime
from datetime import date, datetime
from typing import Callable, Iterable, Iterator
from zoneinfo import ZoneInfo

from balans.core.journal.events import Event
from balans.core.journal.journal import AppendResult, Journal

BATCH_EVENTS = 50_000


def _batches(events: Iterable[Event], size: int = BATCH_EVENTS) -> Iterator[list[Event]]:
    """Split the journal into batches, only between days, so no day is half stored."""
    batch: list[Event] = []
    current_day: date | None = None
    for event in events:
        day = event.ts.date()
        if len(batch) >= size and day != current_day:
            yield batch
            batch = []
        current_day = day
        batch.append(event)
    if batch:
        yield batch


def fill_demo(journal: Journal, end: date, days: int, seed: int, tz: ZoneInfo,
              progress: Callable[[int, int], None] | None = None) -> int:
    """Generate and store ``days`` working days ending on ``end``; returns events stored."""
    from balans.core.simulation.generate import generate_demo

    stored = 0
    for batch in _batches(generate_demo(end=end, days=days, seed=seed, tz=tz)):
        result: AppendResult = journal.append(batch)
        stored += result.stored
        if progress:
            progress(min(days, max(1, (batch[-1].ts.date() - end).days + days)), days)
    if progress:
        progress(days, days)
    return stored


def open_backlog(journal: Journal, tz: ZoneInfo) -> SimState | None:
    """The open tasks the database holds, as the simulator's carry-over (None when there are
    none: a live day on an empty database brings its own starting backlog)."""
    import sqlalchemy as sa

    from balans.core.simulation.carry import SimState, SimTask
    from balans.core.summary.window import local_time

    with journal.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT id, title, kind, due, estimate_min, status, holder, created FROM tasks "
            "WHERE status NOT IN ('finished', 'cancelled') ORDER BY created, id")).all()
    if not rows:
        return None
    state = SimState()
    for n, (task_id, title, kind, due, estimate, status, holder, created) in enumerate(rows, 1):
        made = local_time(created, tz).date()
        minutes = float(estimate or 30)
        state.tasks[task_id] = SimTask(
            task_id, title, kind or "case", local_time(due, tz).date() if due else made,
            int(minutes), made, minutes * 60, holder if status == "in_progress" else None, n)
    state.next_order = len(rows) + 1
    return state


def live_start(now: datetime) -> bool:
    """Whether a live demo started at ``now`` moves the simulated day to start now (outside
    the busy hours of an office day) rather than play today's real hours."""
    from balans.core.simulation.generate import BUSY

    return not (BUSY[0] <= now.timetz().replace(tzinfo=None) < BUSY[1])


def run_live(journal: Journal, start: datetime, seed: int, speed: float,
             stop: Callable[[], bool] = lambda: False,
             sleep: Callable[[float], None] = systime.sleep,
             clock: Callable[[], float] = systime.monotonic,
             tz: ZoneInfo | None = None) -> int:
    """Append a simulated day's events as they come due, ``speed`` times faster than real time.

    At any hour: in an office's busy hours the day plays at its real times (the morning so far
    is stored at once); otherwise the simulated day is moved to start now. The day works on the
    backlog the database already holds (no second starting backlog), and a burst of calls soon
    after the start shows a queue building and easing (the pull-in and release suggestions)."""
    from balans.core.simulation.generate import live_events
    from balans.core.timeutil import zone

    tz = tz or (start.tzinfo if isinstance(start.tzinfo, ZoneInfo) else zone())
    start = start.astimezone(tz)
    origin_wall = clock()
    stored = 0
    events = live_events(start=start, seed=seed, tz=tz, shift_to_start=live_start(start),
                         carry=open_backlog(journal, tz), surge=True)
    for event in events:
        due = (event.ts - start).total_seconds() / speed
        wait = due - (clock() - origin_wall)
        if wait > 0:
            sleep(wait)
        if stop():
            break
        stored += journal.append([event]).stored
    return stored
