"""The live board: queues, backlog, who does what now, today's figures so far, suggestions.

:class:`LiveTracker` is fed events as they arrive (``apply``, O(1) each: they are indexed, see
``summary.ledger``) and gives a :class:`LiveState` for any moment (``snapshot``). Today's
switches, interruptions and flags come from the summary code itself, computed up to now instead
of the day's end, so the board and the end-of-day summary cannot disagree.

Interpretation notes:

- "So far today" counts events at or before ``now``; durations run until ``now``.
- A channel's live service level leaves out contacts that arrived today and are still waiting
  within the target (they may yet make it): within target / (offered - those).
- The mode now is the last mode change of today (None before the first one), also after the
  shift's end (``on_shift`` tells).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Iterable
from zoneinfo import ZoneInfo

from balans.core.summary import timeline as tl
from balans.core.journal.events import Event
from balans.core.vocabulary import Channel
from balans.core.live.model import (BacklogLive, ChannelLive, EmployeeLive, LiveSettings,
                                         LiveState, Suggestion, TaskInHand)
from balans.core.live.suggest import Board, suggest
from balans.core.summary.compute import DayDetail, compute_detailed
from balans.core.summary.ledger import Ledger
from balans.core.summary.model import ChannelDay, SummarySettings
from balans.core.summary.window import Window

from balans.core.staffing.erlang import required_agents

__all__ = ["LiveSettings", "LiveState", "LiveTracker", "Suggestion", "live_state"]


def live_state(events: Iterable[Event], now: datetime, tz: ZoneInfo,
               settings: LiveSettings | SummarySettings | None = None,
               recent_finished_per_day: float | None = None) -> LiveState:
    """The live board at ``now`` from events in journal order (events after ``now`` are
    ignored, plans apply whatever their timestamp)."""
    tracker = LiveTracker(tz, settings)
    tracker.extend(events)
    return tracker.snapshot(now, recent_finished_per_day)


class LiveTracker:
    """Keeps the journal indexed as events arrive; ``snapshot(now)`` reads the board from it."""

    def __init__(self, tz: ZoneInfo,
                 settings: LiveSettings | SummarySettings | None = None) -> None:
        if isinstance(settings, SummarySettings):
            settings = LiveSettings(summary=settings)
        self.tz = tz
        self.settings = settings or LiveSettings()
        self.ledger = Ledger()
        self._day: date | None = None

    def apply(self, event: Event) -> None:
        self.ledger.apply(event)

    def extend(self, events: Iterable[Event]) -> None:
        for event in events:
            self.ledger.apply(event)

    def snapshot(self, now: datetime, recent_finished_per_day: float | None = None,
                 day: date | None = None) -> LiveState:
        """The board at ``now``. ``day`` defaults to now's local date; passing it lets a board
        freeze a day at its end (``now`` = midnight after it), which equals the summary.
        A tracker moves forward: once it has shown a day, what closed before it is forgotten."""
        day = day or now.astimezone(self.tz).date()
        if self._day is not None and day > self._day:
            # A new day: what closed before it can no longer matter (keeps a board that runs
            # for weeks as quick as on its first day).
            self.ledger.forget_before(Window.of_day(day, self.tz).start)
        self._day = day if self._day is None else max(day, self._day)
        detail = compute_detailed(self.ledger, day, self.tz, self.settings.summary, now=now,
                                  extra=True)
        return read_board(self.ledger, detail, now, self.settings, recent_finished_per_day)


def read_board(ledger: Ledger, detail: DayDetail, now: datetime, settings: LiveSettings,
               recent_finished_per_day: float | None) -> LiveState:
    win = detail.window
    board = Board(win=win, settings=settings,
                  skills={k: rec.channels for k, rec in ledger.employees.items()})
    _read_contacts(ledger, board)
    _read_tasks(ledger, board, recent_finished_per_day)
    employees = _employees(ledger, detail, board)
    channels = _channels(detail, board, employees)
    suggestions = suggest(board, channels, employees, detail.lines)
    intervals = detail.summary.extra.intervals if detail.summary.extra else ()
    return LiveState(now=now, channels=channels, backlog=board.backlog, employees=employees,
                     suggestions=suggestions, intervals=intervals)


def _read_contacts(ledger: Ledger, board: Board) -> None:
    """Who waits, who is being served, and the recent load, at the board's moment."""
    win, now = board.win, board.win.horizon
    recent_from = now - int(board.settings.arrival_window_minutes * tl.MICROS_PER_MINUTE)
    targets = board.targets
    for c in ledger.contacts.values():
        if c.arrived is None or c.arrived[0] >= win.cutoff or c.channel is None:
            continue
        arrived, channel = c.arrived[0], c.channel
        gone = min((rec[0] for rec in (c.ended, c.abandoned)
                    if rec is not None and rec[0] < win.cutoff), default=None)
        answers = [a for a in c.answers if a[0] < win.cutoff]
        first = min(answers)[0] if answers else None
        if arrived >= recent_from:
            board.recent_arrivals[channel] += 1
        stop = min(t for t in (first, gone, now) if t is not None)
        if stop - arrived > targets.get(channel, 0):  # waited beyond target until `stop`
            board.last_over_target[channel] = max(board.last_over_target.get(channel, 0), stop)
        if gone is not None:
            continue
        if first is None:
            board.waiting[channel] += 1
            board.oldest_arrival[channel] = min(board.oldest_arrival.get(channel, now), arrived)
            if arrived >= win.start and now - arrived <= targets.get(channel, 0):
                board.undecided[channel] += 1
        else:
            t, _n, employee = max(answers)
            current = board.serving.get(employee)
            if current is None or t > current[2]:  # several chats at once: show the latest
                board.serving[employee] = (c.id, channel, t)


def _read_tasks(ledger: Ledger, board: Board, recent_finished_per_day: float | None) -> None:
    win, now = board.win, board.win.horizon
    open_n = in_progress = overdue = due_today = 0
    oldest: tuple[int, str] | None = None
    for task in ledger.tasks.values():
        if task.created is None or task.created[0] >= win.cutoff:
            continue
        life = task.lifecycle(win.cutoff)
        if any(verb in ("finished", "cancelled") for _u, _n, verb, _e in life):
            continue
        open_n += 1
        if oldest is None or (task.created[0], task.id) < oldest:
            oldest = (task.created[0], task.id)
        due = task.field_at("due", win.cutoff)
        overdue += due is not None and due < now
        due_today += due is not None and now <= due < win.end
        if life and life[-1][2] == "started":
            in_progress += 1
            us, _n, _verb, employee = life[-1]
            if employee is not None:
                board.tasks_in_hand[employee].append(TaskInHand(
                    task.id, task.field_at("title", win.cutoff), win.local(us),
                    win.local(due) if due is not None else None))
    rate = recent_finished_per_day
    board.backlog = BacklogLive(
        open=open_n, in_progress=in_progress, overdue=overdue, due_today=due_today,
        oldest_age_s=(now - oldest[0]) / 1e6 if oldest else None,
        oldest_task=oldest[1] if oldest else None,
        days_to_clear=open_n / rate if rate else None)


def _employees(ledger: Ledger, detail: DayDetail, board: Board) -> tuple[EmployeeLive, ...]:
    win, now = detail.window, detail.window.horizon
    out = []
    for who, line in detail.lines.items():
        figures = detail.summary.employee(who)
        block = tl.label_at(line.planned, now)
        later = next((b for b in line.planned
                      if b[0] >= (block[1] if block else now)
                      and (block is None or b[2] != block[2])), None)
        mode = since = None
        for us, changed_to in line.modes:
            if changed_to != mode:
                mode, since = changed_to, us
        serving = board.serving.get(who)
        out.append(EmployeeLive(
            employee=who, name=ledger.employees[who].name,
            on_shift=any(s <= now < e for s, e in line.shifts),
            planned_role=block[2] if block else None,
            planned_until=win.local(block[1]) if block else None,
            mode=mode, mode_since=win.local(since) if since is not None else None,
            tasks_in_progress=tuple(sorted(board.tasks_in_hand.get(who, ()),
                                           key=lambda t: (t.since, t.task))),
            serving=serving[0] if serving else None,
            serving_channel=serving[1] if serving else None,
            serving_since=win.local(serving[2]) if serving else None,
            switches=figures.switches, interruptions=figures.interruptions,
            context_switches_per_hour=figures.context_switches_per_hour,
            flags=figures.flags,
            next_role=later[2] if later else None,
            next_start=win.local(later[0]) if later else None))
    return tuple(out)


def _channels(detail: DayDetail, board: Board,
              employees: tuple[EmployeeLive, ...]) -> tuple[ChannelLive, ...]:
    settings, now = board.settings, board.win.horizon
    touched = detail.contacts.touched
    quiet = {ch: ChannelDay(ch, 0, 0, 0, None, None, None) for ch in Channel if ch not in touched}
    out = []
    # Every known channel, so the board keeps its shape on a quiet morning.
    for channel, today in sorted({**touched, **quiet}.items(), key=lambda kv: _order(kv[0])):
        waiting = board.waiting.get(channel, 0)
        oldest = board.oldest_arrival.get(channel)
        longest = (now - oldest) / 1e6 if oldest is not None else None
        target = settings.summary.target_s(channel)
        in_contact = sum(1 for e in employees
                         if e.mode == "contact" and board.can_serve(e.employee, channel))
        decided = today.offered - board.undecided.get(channel, 0)
        within = detail.contacts.within_target.get(channel, 0)
        required = None
        if channel in settings.queue_channels:
            required = _required(board.recent_arrivals.get(channel, 0), today.aht_s, target,
                                 settings)
            building = waiting > 0 and (waiting > in_contact or (longest or 0) > target
                                        or (required is not None and in_contact < required))
        else:
            building = longest is not None and longest > target
        out.append(ChannelLive(
            channel=channel, waiting=waiting, longest_wait_s=longest, offered=today.offered,
            answered=today.answered, abandoned=today.abandoned,
            service_level=within / decided if decided > 0 else None,
            in_contact=in_contact, required=required, building=building))
    return tuple(out)


_ORDER = {ch: i for i, ch in enumerate(Channel)}


def _order(channel: str) -> tuple[int, str]:
    return (_ORDER.get(channel, len(_ORDER)), channel)


def _required(recent: int, aht_s: float | None, target_s: float,
              settings: LiveSettings) -> int | None:
    """Agents the recent arrival rate needs (Erlang C, 15-minute interval); 0 when nothing
    arrived recently."""
    if recent == 0:
        return 0
    per_interval = recent * 15 / settings.arrival_window_minutes
    return int(required_agents(per_interval, aht_s or settings.default_aht_s, interval_s=900,
                               target=settings.service_level_target,
                               within_s=target_s).agents)

