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


def run_live(journal: Journal, start: datetime, seed: int, speed: float,
             stop: Callable[[], bool] = lambda: False,
             sleep: Callable[[float], None] = systime.sleep) -> int:
    """Append a simulated day's events as they come due, ``speed`` times faster than real time."""
    from balans.core.simulation.generate import live_events

    origin_wall = systime.monotonic()
    stored = 0
    for event in live_events(start=start, seed=seed):
        due = (event.ts - start).total_seconds() / speed
        wait = due - (systime.monotonic() - origin_wall)
        if wait > 0:
            sleep(wait)
        if stop():
            break
        stored += journal.append([event]).stored
    return stored
