"""The live board's data feed: one LiveTracker, kept up to date on the worker thread.

The tracker is made, fed and read only inside worker jobs (``FeedCore``); the GUI thread asks
for a refresh and hears ``updated(LiveState)`` and, at most every ``series_every_s`` seconds or
when asked, ``series_ready(DaySeries)`` for the chart.

- First refresh of a day: the day's sufficient subset (``queries.day_events``) into a new tracker.
  The whole day is loaded, not only up to now: role blocks planned earlier for later today live
  in that subset only when the window reaches them, and the snapshot ignores events after ``now``
  anyway.
- Every later refresh: only ``Journal.events_after(last_seq)``, applied one by one; a new local
  day (or a flood of events) loads the day afresh.
- Then ``snapshot(now)``, which costs a few milliseconds and no database.
"""
from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from balans.core.staffing.forecast import forecast_day, interval_index
from balans.core.vocabulary import LIVE_CHANNELS
from balans.core.journal.journal import Journal
from balans.core.live.board import LiveSettings, LiveState, LiveTracker
from balans.core.planning.day import contact_staff_per_interval
from balans.core.storage.queries import day_events, recent_finished_per_day
from balans.core.summary.model import IntervalFigures
from balans.desktop.context import AppContext
from balans.desktop.settings import Settings

SERIES_AFTER_EVENTS = 200  # this many new events at once: redraw the chart right away
RELOAD_AFTER = 20_000  # more new events than this at once: loading the day is quicker
FREEZE_AFTER = 5_000  # events applied since the last gc.freeze() before the next one


def live_settings(settings: Settings) -> LiveSettings:
    """The user's thresholds and targets as the core's settings (read on the GUI thread)."""
    return LiveSettings(summary=settings.summary_settings())


@dataclass(frozen=True)
class DaySeries:
    """The chart's numbers, per 15-minute interval since opening. ``edges`` are interval bounds
    in local hours (8.25 = 08:15), one more than the per-interval values; ``points`` are the
    moments the waiting and backlog counts were read (interval ends, the last one now)."""

    edges: np.ndarray
    points: np.ndarray
    waiting: np.ndarray
    backlog: np.ndarray
    required: np.ndarray  # contact staff the forecast needs (phone + counter + chat)
    planned: np.ndarray  # people planned on contact (average heads)
    actual: np.ndarray  # people in contact mode (average heads)

    @property
    def empty(self) -> bool:
        return self.points.size == 0


@dataclass(frozen=True)
class FeedStep:
    """What one refresh did, for the benchmark and for tests."""

    kind: str  # "full" or "incremental"
    applied: int  # events fed to the tracker
    read_s: float  # time spent reading the journal
    compute_s: float  # time spent applying and taking the snapshot


def required_contact_staff(journal: Journal, day: date, tz: ZoneInfo,
                           settings: LiveSettings) -> np.ndarray:
    """Agents needed per wall-clock 15-minute interval (96 from midnight), the same figure the
    planner shows (core: the live channels served as one pool, Erlang A at the user's
    targets and the abandonment target)."""
    forecast = forecast_day(journal, day, tz)
    targets = {ch: settings.summary.target_s(ch) for ch in LIVE_CHANNELS}
    needed = contact_staff_per_interval(forecast, targets, settings.service_level_target)
    return np.array((needed + [0] * 96)[:96], dtype=float)


def hours_of(moment: datetime, day: date) -> float:
    """Local wall-clock hours since ``day``'s midnight (24.0 at the next midnight)."""
    return (moment.date() - day).days * 24 + moment.hour + moment.minute / 60 + moment.second / 3600


def day_series(intervals: tuple[IntervalFigures, ...], now: datetime, day: date,
               required: np.ndarray, minutes: int = 15) -> DaySeries:
    """The chart from the snapshot's intervals: from opening (the first interval with anyone
    planned or at work) to now."""
    first = next((k for k, f in enumerate(intervals)
                  if f.planned.total > 0 or f.actual.total > 0), None)
    if first is None:  # nobody planned or at work: the first live contact opens the day
        first = next((k for k, f in enumerate(intervals)
                      if any(n for ch, n in f.offered.items() if ch in LIVE_CHANNELS)), None)
    if first is None:
        empty = np.zeros(0)
        return DaySeries(empty, empty, empty, empty, empty, empty, empty)
    shown = intervals[first:]
    starts = [hours_of(f.start, day) for f in shown]
    now_h = hours_of(now, day)
    ends = [min(s + minutes / 60, now_h) for s in starts]
    need = [float(required[interval_index(f.start, day, f.start.tzinfo)])
            if f.start.date() == day else 0.0 for f in shown]
    actual = np.array([f.actual.contact for f in shown])
    elapsed = ends[-1] - starts[-1]
    if 0 < elapsed < minutes / 60:
        # The interval under way: its people-minutes so far, as heads over the part gone by
        # (the plan is known for the whole interval, the actual only up to now).
        actual[-1] *= (minutes / 60) / elapsed
    return DaySeries(
        # The last interval ends at now: no bar or step reaches into the future.
        edges=np.array(starts + [ends[-1]]),
        points=np.array(ends),
        waiting=np.array([f.waiting_end for f in shown], dtype=float),
        backlog=np.array([f.backlog_open_end for f in shown], dtype=float),
        required=np.array(need),
        planned=np.array([f.planned.contact for f in shown]),
        actual=actual)


class FeedCore:
    """The tracker and what it has seen. Lives on the worker thread: only worker jobs call it."""

    def __init__(self, journal: Journal, tz: ZoneInfo):
        self.journal = journal
        self.tz = tz
        self.tracker: LiveTracker | None = None
        self.day: date | None = None
        self.last_seq = 0
        self._loaded_above: set[int] = set()  # read by the day load after last_seq was taken
        self._finished_rate: float | None = None
        self._required: tuple[tuple[date, LiveSettings], np.ndarray] | None = None
        self._since_freeze = 0

    def step(self, now: datetime, settings: LiveSettings) -> tuple[LiveState, FeedStep]:
        day = now.astimezone(self.tz).date()
        if self.tracker is None or day != self.day:
            step = self._load_day(day, settings)
        else:
            step = self._catch_up(settings)
        self.tracker.settings = settings
        t0 = time.perf_counter()
        state = self.tracker.snapshot(now, self._finished_rate, day=day)
        return state, FeedStep(step.kind, step.applied, step.read_s,
                               step.compute_s + time.perf_counter() - t0)

    def series(self, state: LiveState, settings: LiveSettings) -> DaySeries:
        day = state.now.astimezone(self.tz).date()
        key = (day, settings)
        if self._required is None or self._required[0] != key:
            self._required = (key, required_contact_staff(self.journal, day, self.tz, settings))
        return day_series(state.intervals, state.now.astimezone(self.tz), day,
                          self._required[1], settings.summary.interval_minutes)

    def _load_day(self, day: date, settings: LiveSettings) -> FeedStep:
        t0 = time.perf_counter()
        # The high-water mark first: whatever is appended during the load is read again
        # below, and skipped there if the load already had it.
        last_seq = self.journal.max_seq()
        events = day_events(self.journal, day, self.tz)
        self._finished_rate = recent_finished_per_day(self.journal, day, self.tz)
        t1 = time.perf_counter()
        self.tracker = LiveTracker(self.tz, settings)
        self.tracker.extend(events)
        self.day, self.last_seq = day, last_seq
        self._loaded_above = {e.seq for e in events if e.seq is not None and e.seq > last_seq}
        self._settle()
        return FeedStep("full", len(events), t1 - t0, time.perf_counter() - t1)

    def _settle(self) -> None:
        """Move what is alive now (the day's index, mostly) out of the cyclic collector's sight.
        A busy day's index is a few hundred thousand objects; a full collection over them holds
        the GIL for 100-200 ms, and the GUI thread waits that long. They live until the day
        changes and are freed by reference counting then, frozen or not."""
        gc.freeze()
        self._since_freeze = 0

    def _catch_up(self, settings: LiveSettings) -> FeedStep:
        assert self.tracker is not None and self.day is not None
        read = compute = 0.0
        applied = 0
        while True:
            t0 = time.perf_counter()
            events = self.journal.events_after(self.last_seq)
            t1 = time.perf_counter()
            read += t1 - t0
            if applied + len(events) > RELOAD_AFTER:
                return self._load_day(self.day, settings)
            try:
                for event in events:
                    if event.seq not in self._loaded_above:
                        self.tracker.apply(event)
                        applied += 1
            except Exception:
                self.tracker = None  # half applied: the next refresh loads the day afresh
                raise
            self._since_freeze += len(events)
            if self._since_freeze >= FREEZE_AFTER:
                self._settle()
            if events:
                self.last_seq = events[-1].seq or self.last_seq
            self._loaded_above = {s for s in self._loaded_above if s > self.last_seq}
            compute += time.perf_counter() - t1
            if len(events) < 10_000:  # events_after's page size: a short page is the last
                return FeedStep("incremental", applied, read, compute)


class LiveFeed(QObject):
    """Refreshes on request, coalesced: one job in flight, at most one more queued, and jobs at
    least ``min_interval_s`` apart (a busy office appends several events a second; the board
    does not need to redraw for each, and a quiet worker leaves the GUI thread the CPU)."""

    updated = Signal(object)  # LiveState
    series_ready = Signal(object)  # DaySeries
    stepped = Signal(object)  # FeedStep
    failed = Signal(object)  # Exception

    def __init__(self, ctx: AppContext, series_every_s: float = 30.0,
                 min_interval_s: float = 1.0, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.series_every_s = series_every_s
        self.min_interval_s = min_interval_s
        self._core = FeedCore(ctx.journal, ctx.tz)
        self._running = self._again = self._want_series = False
        self._series_at: float | None = None
        self._started_at = float("-inf")
        self._later = QTimer(self, singleShot=True, timeout=self.refresh)
        self.state: LiveState | None = None

    def refresh(self, series: bool = False) -> None:
        """Catch up with the journal and take a snapshot; ``series`` forces the chart's too."""
        self._want_series |= series
        if self._running:
            self._again = True
            return
        wait = self._started_at + self.min_interval_s - time.monotonic()
        if wait > 0:
            if not self._later.isActive():
                self._later.start(int(wait * 1000) + 1)
            return
        self._started_at = time.monotonic()
        self._running = True
        want = self._want_series or self._series_at is None or (
            time.monotonic() - self._series_at >= self.series_every_s)
        self._want_series = False
        now, settings, core = self.ctx.clock.now(), live_settings(self.ctx.settings), self._core

        def job() -> tuple[LiveState, FeedStep, DaySeries | None]:
            state, step = core.step(now, settings)
            # A reloaded day or a burst of events (a demo loaded, an import) changes the whole
            # chart: draw it now rather than at the next periodic turn.
            fresh = want or step.kind == "full" or step.applied >= SERIES_AFTER_EVENTS
            return state, step, core.series(state, settings) if fresh else None

        self.ctx.worker.submit(job, self._done, self._failed)

    @property
    def busy(self) -> bool:
        return self._running

    def _done(self, result: tuple[LiveState, FeedStep, DaySeries | None]) -> None:
        state, step, series = result
        self._running = False
        self.state = state
        self.stepped.emit(step)
        if series is not None:  # first, so that `updated` finds the whole board in place
            self._series_at = time.monotonic()
            self.series_ready.emit(series)
        self.updated.emit(state)
        self._next()

    def _failed(self, exc: Exception) -> None:
        self._running = False
        self.failed.emit(exc)
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
