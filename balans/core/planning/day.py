"""Planning a real day: shifts from the journal, demand from the forecast, roles from the solver.

The grid is the day's 15-minute wall-clock intervals from the earliest shift start to the latest
shift end. Contact staff required per interval is the sum over the live channels of the Erlang A
agents each needs for its own target, with the channel's customer patience (phone 90 s, chat
180 s, counter 900 s: the brief's reference numbers). Erlang C, which assumes nobody ever hangs
up, overstates the need by one or two people per interval at these volumes. Counter staff cannot
answer the phone at the same time, so channels are not pooled. The back-office workload of the forecast (e-mail and tasks due) is spread
evenly over the day as the planner's secondary goal.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.staffing.forecast import LIVE_CHANNELS, Forecast, forecast_day
from balans.core.journal.journal import Journal
from balans.core.journal.operations import OpChanges, plan_roles
from balans.core.planning.plans import PlanInput, PlanResult, blocks_of, propose_plan
from balans.core.simulation.profile import CHANNEL_PARAMS
from balans.core.staffing.erlang import staff_day
from balans.core.timeutil import day_bounds, from_micros, to_micros

STEP = timedelta(minutes=15)
DEFAULT_TARGETS = {"phone": 20.0, "chat": 60.0, "counter": 300.0}


class PlanError(ValueError):
    """The day cannot be planned; one plain sentence."""


@dataclass(frozen=True)
class DayGrid:
    day: date
    start: datetime  # local time of interval 0
    intervals: int
    shifts: dict[str, tuple[int, int]]  # employee -> [start, end) interval indices

    def time_of(self, index: int) -> datetime:
        return self.start + index * STEP


@dataclass(frozen=True)
class DayPlan:
    grid: DayGrid
    forecast: Forecast
    required: list[int]
    result: PlanResult

    def to_json(self) -> dict[str, Any]:
        g = self.grid
        employees = []
        for emp in sorted(self.result.roles):
            blocks = [{"start": g.time_of(s).isoformat(), "end": g.time_of(e).isoformat(),
                       "role": role} for s, e, role in blocks_of(self.result.roles[emp])]
            employees.append({"employee": emp, "blocks": blocks,
                              "switches": self.result.switches.get(emp, 0)})
        return {
            "date": g.day.isoformat(),
            "intervals": [{"start": g.time_of(i).isoformat(), "required": self.required[i],
                           "planned": self.result.planned[i]} for i in range(g.intervals)],
            "employees": employees,
            "shortfall_minutes": sum(self.result.shortfall) * 15,
            "total_switches": self.result.total_switches,
            "optimal": self.result.optimal,
            "forecast": self.forecast.source,
        }


def load_grid(journal: Journal, day: date, tz: ZoneInfo) -> DayGrid:
    """The day's shifts (overlapping shift.planned merged per employee) on a 15-minute grid."""
    start, end = day_bounds(day, tz)
    with journal.engine.connect() as conn:
        rows = conn.execute(sa.text(
            'SELECT employee, start, "end" FROM shifts WHERE start < :b AND "end" > :a '
            "ORDER BY seq"), {"a": to_micros(start), "b": to_micros(end)}).all()
    if not rows:
        raise PlanError(f"there are no shifts planned on {day.isoformat()}")
    spans: dict[str, tuple[datetime, datetime]] = {}
    for employee, s, e in rows:
        s_local = max(from_micros(s, tz), start)
        e_local = min(from_micros(e, tz), end)
        if employee in spans:
            s_local = min(s_local, spans[employee][0])
            e_local = max(e_local, spans[employee][1])
        spans[employee] = (s_local, e_local)
    first = min(s for s, _ in spans.values())
    first = first.replace(minute=first.minute - first.minute % 15, second=0, microsecond=0)
    last = max(e for _, e in spans.values())

    def index(moment: datetime, up: bool) -> int:
        steps = (moment - first) / STEP
        return int(-(-steps // 1)) if up else int(steps // 1)

    intervals = index(last, up=True)
    shifts = {emp: (index(s, up=False), index(e, up=False)) for emp, (s, e) in spans.items()}
    return DayGrid(day, first, intervals, shifts)


def contact_staff_per_interval(forecast: Forecast, targets: dict[str, float] | None = None,
                               service_level: float = 0.8) -> list[int]:
    """Contact staff needed per wall-clock 15-minute interval of the day (from midnight): per live
    channel Erlang A at the channel's target wait and patience, added up. The planner and the live
    board both read this, so "needed" means the same on both."""
    targets = {**DEFAULT_TARGETS, **(targets or {})}
    length = max((len(v) for v in forecast.arrivals.values()), default=96)
    total = [0] * length
    for channel in LIVE_CHANNELS:
        series = list(forecast.arrivals.get(channel, []))
        if not any(series):
            continue
        day = staff_day(series, forecast.aht_s[channel], interval_s=900, target=service_level,
                        within_s=targets[channel],
                        patience_s=CHANNEL_PARAMS[channel].patience_s)
        total = [t + int(a) for t, a in zip(total, day.agents)] + total[len(series):]
    return total


def required_staff(grid: DayGrid, forecast: Forecast,
                   targets: dict[str, float] | None = None, service_level: float = 0.8
                   ) -> list[int]:
    """Contact staff needed per interval of the grid."""
    per_day = contact_staff_per_interval(forecast, targets, service_level)
    midnight = datetime.combine(grid.day, datetime.min.time(), tzinfo=grid.start.tzinfo)
    offset = round((grid.start.replace(tzinfo=None) - midnight.replace(tzinfo=None)) / STEP)
    return [per_day[offset + i] if 0 <= offset + i < len(per_day) else 0
            for i in range(grid.intervals)]


def propose_day(journal: Journal, day: date, tz: ZoneInfo, *, min_block: int = 4,
                time_limit_s: float = 10.0, targets: dict[str, float] | None = None) -> DayPlan:
    grid = load_grid(journal, day, tz)
    forecast = forecast_day(journal, day, tz)
    required = required_staff(grid, forecast, targets)
    per_interval = forecast.backlog_minutes / max(1, grid.intervals) / 15
    inp = PlanInput(required=required, shifts=grid.shifts, min_block=min_block,
                    backoffice_need=[per_interval] * grid.intervals)
    try:
        result = propose_plan(inp, time_limit_s=time_limit_s)
    except ValueError as exc:
        raise PlanError(str(exc)) from None
    return DayPlan(grid, forecast, required, result)


def store_plan(journal: Journal, plan: DayPlan, now: datetime, actor: str | None = "planner"
               ) -> OpChanges:
    """Write the proposal as role.planned events (later blocks override earlier ones)."""
    g = plan.grid
    blocks = [(emp, g.time_of(s), g.time_of(e), role)
              for emp in sorted(plan.result.roles)
              for s, e, role in blocks_of(plan.result.roles[emp])]
    return plan_roles(journal, blocks, now, actor=actor)


def effective_roles(journal: Journal, grid: DayGrid, back: timedelta = timedelta(0)) -> dict[str, list[str | None]]:
    """Each employee's planned role per cell of ``grid``, read at the same wall-clock time
    ``back`` earlier (``timedelta(days=7)``: the same weekday last week). Cells no block covers
    are None. Local-time arithmetic, so a week across a DST change still maps 08:00 to 08:00."""
    middles = [to_micros(grid.time_of(i) - back + STEP / 2) for i in range(grid.intervals)]
    roles: dict[str, list[str | None]] = {emp: [None] * grid.intervals for emp in grid.shifts}
    if not middles:
        return roles
    with journal.engine.connect() as conn:
        rows = conn.execute(sa.text(
            'SELECT employee, start, "end", role FROM role_blocks '
            'WHERE start <= :last AND "end" > :first ORDER BY seq'),
            {"first": middles[0], "last": middles[-1]}).all()
    for employee, start, end, role in rows:
        row = roles.get(employee)
        if row is None:  # a block for someone without a shift on the grid's day
            continue
        for i, middle in enumerate(middles):
            if start <= middle < end:
                row[i] = role
    return roles
