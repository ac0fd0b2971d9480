"""The simulator behind ``balans demo``: a municipal front office, as journal events.

Pure Python, no Qt, no database. Three entry points:

* :func:`generate_demo` — a team and ``days`` working days ending on ``end``; same seed, same
  journal (event ids ``d{yyyymmdd}-{n:06d}``, definitions ``emp-…`` and ``reason-…``).
* :func:`simulate_day` — the per-day engine, reusable against any role plan, e.g. to see what a
  proposed plan would do to the service level, abandonment, backlog work and switches.
* :func:`live_events` — one day for ``balans demo --live``, in time order.

The parts live in ``office`` (people, reasons, texts), ``profile`` (demand, working days,
Erlang C), ``plan`` (shifts and the demo's focus-block plan), ``engine`` (the day) and
``carry`` (what carries over between days).
"""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Iterator, Mapping, Sequence
from zoneinfo import ZoneInfo

from balans.core.i18n import translate
from balans.core.journal.events import Event, make
from balans.core.simulation.engine import DayRun
from balans.core.simulation.office import DAILY_ADMIN, SURNAMES, Team, default_team
from balans.core.simulation.plan import default_plan, shifts_for_day
from balans.core.simulation.profile import (ChannelParams, add_working_days, day_profile,
                                     working_days_ending)
from balans.core.simulation.carry import DayStats, SimState, SimTask
from balans.core.simulation.switching import SwitchCost
from balans.core.timeutil import zone

__all__ = ["generate_demo", "simulate_day", "live_events", "day_profile", "default_team",
           "default_plan", "shifts_for_day", "team_events", "initial_backlog", "SimState",
           "SimTask", "DayStats", "Team"]

PlanTime = datetime | time | float | int
PlanBlocks = Mapping[str, Sequence[tuple[PlanTime, PlanTime, str]]]


def _seconds(value: PlanTime, day: date, tz: ZoneInfo) -> float:
    """A plan time as seconds since local midnight of ``day``."""
    if isinstance(value, datetime):
        local = value.astimezone(tz) if value.tzinfo else value.replace(tzinfo=tz)
        return (local.replace(tzinfo=None) - datetime.combine(day, time(0))).total_seconds()
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second
    return float(value)


def simulate_day(day: date, team: Team, plan: PlanBlocks, profile: Mapping[str, Sequence[float]],
                 rng: random.Random, carry_over_state: SimState | None = None, *,
                 tz: ZoneInfo | None = None, params: dict[str, ChannelParams] | None = None,
                 tag: str | None = None, release_after_s: float | None = None,
                 cost: SwitchCost | None = None, customers_seed: object = None
                 ) -> tuple[list[Event], SimState]:
    """Simulate one day against ``plan``; return the day's events in time order and the new state.

    ``plan`` maps employee ids to their (start, end, role) blocks, role "contact", "backoffice" or
    "break"; times are aware datetimes, ``datetime.time`` values or seconds since local midnight.
    An employee's shift runs from their first block's start to their last block's end; employees
    not in ``plan`` are off. Blocks should not overlap (resolve overrides before calling). ``profile`` gives the expected arrivals per 15-minute interval per
    channel (as :func:`day_profile`). ``carry_over_state`` (open backlog, unanswered e-mail) is
    not changed; the returned state has ``last_day`` figures (backlog work done, tasks finished).
    ``tag`` names the ids (default ``yyyymmdd``): events ``d{tag}-n``, contacts ``c{tag}-n``,
    tasks ``t{tag}-n``. ``cost`` is what a switch costs back-office work
    (:mod:`balans.core.simulation.switching`); without it a switch costs nothing, as in the demo.
    ``customers_seed`` draws the customers (arrivals, reasons, patience, handling times,
    outcomes), the day's admin and its hindrances from a stream of their own, so that two plans
    simulated with one seed meet the same customers.
    """
    tz = tz or zone()
    state = carry_over_state.copy() if carry_over_state is not None else SimState()
    blocks = {emp: [(_seconds(s, day, tz), _seconds(e, day, tz), role) for s, e, role in bl]
              for emp, bl in plan.items()}
    blocks = {emp: [b for b in bl if b[1] > b[0]] for emp, bl in blocks.items()}
    run = DayRun(day, team, blocks, {c: list(v) for c, v in profile.items()}, rng, state, tz,
                 tag or day.strftime("%Y%m%d"), params, cost, customers_seed)
    if release_after_s is not None:  # how long the simulated lead keeps a pulled person
        run.release_after_s = release_after_s
    return run.run()


def team_events(team: Team, ts: datetime) -> list[Event]:
    """employee.added and reason.defined for the team, ids ``emp-{id}`` and ``reason-{id}``."""
    events = [make("employee.added", ts, id=f"emp-{m.id}", employee=m.id, name=m.name,
                   channels=list(m.channels)) for m in team.members]
    # The catalogue starts in the user's language when the app makes the demo (Qt's translator
    # installed), in English from the command line.
    events += [make("reason.defined", ts, id=f"reason-{r.id}", reason=r.id,
                    label=translate("DemoReasons", r.label), demand=r.demand)
               for r in team.reasons]
    return events


def initial_backlog(first_day: date, team: Team, rng: random.Random, ts: datetime,
                    tag: str | None = None, size: int = 40) -> tuple[list[Event], SimState]:
    """The backlog the team already has before the first simulated day (some of it overdue)."""
    tag = tag or first_day.strftime("%Y%m%d")
    tz = ts.tzinfo
    state, events = SimState(), []
    with_task = [r for r in team.reasons if r.follow_up >= 0.05]
    for n in range(1, size + 1):
        if rng.random() < 0.15:
            title, estimate = rng.choice(DAILY_ADMIN)
            title = translate("DemoTasks", title)
            kind = "admin"
        else:
            reason = rng.choice(with_task)
            template, kind, estimate = reason.task
            title = translate("DemoTasks", template).format(who=rng.choice(SURNAMES))
        due = add_working_days(first_day - timedelta(days=12), rng.randint(1, 18))
        estimate_min = max(5, 5 * round(estimate * rng.uniform(0.6, 1.8) / 5))
        task = SimTask(f"t{tag}-b{n:03d}", title, kind, due, estimate_min, first_day,
                       estimate_min * 60 * rng.uniform(0.7, 1.4), order=n)
        state.tasks[task.id] = task
        events.append(make("task.created", ts, id=f"b{tag}-{n:04d}", task=task.id, title=title,
                           kind=kind, estimate_min=estimate_min,
                           due=datetime.combine(due, time(17), tzinfo=tz).isoformat()))
    state.next_order = size + 1
    return events, state


def _actual_volume(profile: dict[str, list[float]], rng: random.Random) -> dict[str, list[float]]:
    """A real day is not the forecast: scale it by a day factor and a little per channel."""
    factor = max(0.8, rng.gauss(1.0, 0.06))
    return {c: [x * factor * max(0.8, rng.gauss(1.0, 0.04)) for x in v]
            for c, v in profile.items()}


def _run_day(day: date, team: Team, rng: random.Random, state: SimState, tz: ZoneInfo,
             tag: str | None = None, surge: tuple[float, float, float] | None = None
             ) -> tuple[list[Event], SimState]:
    shifts = shifts_for_day(team, day, rng, None if day.weekday() < 5 else 1)
    forecast = day_profile(day)
    plan = default_plan(day, shifts, team, forecast, backlog_hours=state.backlog_hours())
    volume = _actual_volume(forecast, rng)
    if surge is not None:  # (from s, until s, factor): more calls than anyone planned for
        lo, hi, factor = surge
        peak = max(volume["phone"])
        volume["phone"] = [x + peak * (factor - 1) if k * 900 < hi and (k + 1) * 900 > lo
                           else x for k, x in enumerate(volume["phone"])]
    # In a live demo the simulated lead keeps a pulled person a while longer, so the board's
    # release suggestion comes before the lead acts (the demo shows the suggestion happen).
    return simulate_day(day, team, plan, volume, rng, state, tz=tz, tag=tag,
                        release_after_s=LIVE_RELEASE_AFTER_S if surge is not None else None)


def generate_demo(end: date, days: int, seed: int, tz: ZoneInfo | None = None,
                  team: Team | None = None) -> Iterator[Event]:
    """The demo journal: the team, its backlog, then ``days`` working days ending on ``end``.

    Weekends (and, when ``balans.core.routine.compute`` provides ``working_day``, Dutch public holidays)
    are skipped. The team and the starting backlog are recorded at 18:00 the evening before the
    first day. Same arguments, same events.
    """
    tz = tz or zone()
    team = team or default_team()
    dates = working_days_ending(end, days) if days > 0 else []
    if not dates:
        return
    setup = datetime.combine(dates[0] - timedelta(days=1), time(18), tzinfo=tz)
    yield from team_events(team, setup)
    backlog, state = initial_backlog(dates[0], team, random.Random(f"{seed}:backlog"), setup)
    yield from backlog
    for day in dates:
        events, state = _run_day(day, team, random.Random(f"{seed}:{day.isoformat()}"), state, tz)
        yield from events


LIVE_RELEASE_AFTER_S = 45 * 60
LIVE_FROM = time(9, 0)  # a live day at any hour starts at this time of the simulated day
BUSY = (time(9, 0), time(15, 0))  # started in these hours, a live demo plays the real day
SURGE_AFTER = timedelta(minutes=20)  # the live demo's queue build-up comes this soon ...
SURGE = (timedelta(minutes=15), 2.0)  # ... lasts this long, at this many times the calls


def live_events(start: datetime, seed: int, *, tz: ZoneInfo | None = None,
                team: Team | None = None, shift_to_start: bool = False,
                carry: SimState | None = None, surge: bool = False) -> Iterator[Event]:
    """One simulated day for ``balans demo --live``, in time order.

    The day simulated is ``start``'s local date (treated as a working day even on a weekend).
    First come the team, a starting backlog and the day's events before ``start`` (the office's
    morning so far, so that every later event refers to known contacts and tasks); they are all
    due at once. Then the events from ``start`` on, which the caller releases as they fall due.
    With ``shift_to_start`` the whole day is moved so that ``start`` falls at 09:00 of the
    simulated day (the office opened at 07:30, back office is under way): a live day at any hour. ``carry`` is the backlog the database already holds: the day works on
    it instead of a new starting backlog (which would duplicate it). ``surge`` sends a burst of
    calls a few minutes after ``start``, so a demo shows a queue building and easing. Ids carry
    the start time (``d{yyyymmdd}L{hhmmss}-n``), so a live run never collides with ``balans
    demo`` data or with an earlier live run.
    """
    tz = tz or zone()
    team = team or default_team()
    local = start.astimezone(tz) if start.tzinfo else start.replace(tzinfo=tz)
    day = local.date()
    tag = f"{day:%Y%m%d}L{local:%H%M%S}"
    setup = datetime.combine(day, time(0), tzinfo=tz)
    offset = local - datetime.combine(day, LIVE_FROM, tzinfo=tz) if shift_to_start \
        else timedelta(0)
    rng = random.Random(f"{seed}:live:{day.isoformat()}")
    if carry is None:
        backlog, state = initial_backlog(day, team, rng, setup, tag=tag, size=25)
    else:
        backlog, state = [], carry
    burst = None
    if surge:
        begins = (local - offset) + SURGE_AFTER - datetime.combine(day, time(0), tzinfo=tz)
        burst = (begins.total_seconds(), (begins + SURGE[0]).total_seconds(), SURGE[1])
    events, _ = _run_day(day, team, rng, state, tz, tag=tag, surge=burst)
    if not shift_to_start:
        yield from team_events(team, setup)
        yield from backlog
        yield from events
        return
    yield from team_events(team, setup + offset)
    for event in backlog + events:
        yield _shifted(event, offset, tz)


def _shifted(event: Event, offset: timedelta, tz: ZoneInfo) -> Event:
    """``event`` moved in time by ``offset``, its start/end/due fields included."""
    fields = dict(event.fields)
    for name in ("start", "end", "due"):
        if name in fields:
            moved = datetime.fromisoformat(fields[name]).astimezone(timezone.utc) + offset
            fields[name] = moved.astimezone(tz).isoformat()
    moved_ts = (event.ts.astimezone(timezone.utc) + offset).astimezone(tz)
    return replace(event, ts=moved_ts, fields=fields)
