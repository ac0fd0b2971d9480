"""Planning a real day: shifts from the journal, demand from the forecast, roles from the solver.

The grid is the day's 15-minute wall-clock intervals from the earliest shift start to the latest
shift end. Both demands come from :mod:`balans.core.planning.demand`: contact staff per interval
(the live channels pooled by the employees' skills, Erlang A with the channel's patience, the
service-level target per channel and the abandonment target as constraints), and the day's
back-office workload against the days-to-clear target. Contact is covered first, as the contract
says; back office gets the rest, and when the workload does not fit, the trade-off points show
what reserving more of it would cost in expected service level.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo


from balans.core.i18n import fill, translate
from balans.core.staffing.forecast import Forecast, forecast_day
from balans.core.vocabulary import LIVE_CHANNELS
from balans.core.journal.journal import Journal
from balans.core.journal.operations import OpChanges, plan_roles
from balans.core.planning.demand import (
    DEFAULT_TARGETS, BackofficeDemand, all_channels, backoffice_demand, contact_groups,
    expected_service, grid_arrivals, load_skills, midnight_offset, shortfall_prices,
    staff_intervals,
)
from balans.core.roster.read import shift_spans
from balans.core.planning.plans import PlanInput, PlanResult, blocks_of, propose_plan
from balans.core.planning.rules import needs_break
from balans.core.simulation.profile import CHANNEL_PARAMS
from balans.core.staffing.pooled import group_requirements
from balans.core.timeutil import day_bounds, from_micros, to_micros

STEP = timedelta(minutes=15)
TRADEOFF_SECONDS = 5.0  # per trade-off point
# What a quarter-hour of back office is worth in the trade-off points, in tenths of a customer
# answered on time: each point is the optimal plan at one such exchange rate.
TRADEOFF_REWARDS = (5, 10, 13, 16, 20, 25, 30)


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
    backoffice: BackofficeDemand | None = None
    tradeoff: list["TradeoffPoint"] = field(default_factory=list)
    service_level: float | None = None  # what the queue model expects from the plan
    abandon_rate: float = 0.0

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
            "short_quarters": self.result.short_quarters,
            "expected_service_level": None if self.service_level is None
            else round(self.service_level, 3),
            "expected_abandon_rate": round(self.abandon_rate, 3),
            "backoffice_hours_planned": self.result.backoffice_intervals / 4,
            "backoffice_demand": None if self.backoffice is None else self.backoffice.to_json(),
            "tradeoff": [p.to_json() for p in self.tradeoff],
        }


def load_grid(journal: Journal, day: date, tz: ZoneInfo) -> DayGrid:
    """The day's shifts (overlapping shift.planned merged per employee) on a 15-minute grid."""
    start, end = day_bounds(day, tz)
    with journal.engine.connect() as conn:  # cancelled shift time taken away (roster.spans)
        rows = [(emp, s, e) for emp, found in shift_spans(
            conn, to_micros(start), to_micros(end)).items() for s, e in found]
    if not rows:
        raise PlanError(fill(translate("PlanDay", "there are no shifts planned on %1"),
                              day.isoformat()))
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
                               service_level: float = 0.8, max_abandon: float = 0.05
                               ) -> list[int]:
    """Contact staff needed per wall-clock 15-minute interval of the day (from midnight): the
    live channels served as one pool, Erlang A at each channel's target wait and patience, with
    the abandonment target (:mod:`balans.core.staffing.pooled`). The planner and the live board
    both read this, so "needed" means the same on both."""
    length = max((len(v) for v in forecast.arrivals.values()), default=96)
    arrivals = grid_arrivals(forecast, 0, length)
    groups = group_requirements(
        arrivals, forecast.aht_s, {c: float(CHANNEL_PARAMS[c].patience_s or 1e9)
                                   for c in LIVE_CHANNELS},
        {**DEFAULT_TARGETS, **(targets or {})}, service_level, max_abandon, every_group=False)
    return all_channels(groups, length)


def required_staff(grid: DayGrid, forecast: Forecast,
                   targets: dict[str, float] | None = None, service_level: float = 0.8
                   ) -> list[int]:
    """Contact staff needed per interval of the grid (all live channels pooled)."""
    arrivals = grid_arrivals(forecast, midnight_offset(grid.start), grid.intervals)
    return all_channels(contact_groups(arrivals, forecast, targets, service_level,
                                       every_group=False), grid.intervals)


def contact_demand(journal: Journal, grid: DayGrid, forecast: Forecast,
                   targets: dict[str, float] | None = None, service_level: float = 0.8,
                   max_abandon: float = 0.05
                   ) -> tuple[list[int], dict[str, frozenset[str]], dict[frozenset[str], list[int]]]:
    """Contact staff needed per interval of the grid (all channels pooled), the skills of the
    people on shift, and the channel groups that need a constraint of their own: those someone
    on shift cannot serve (the group of all channels too, for a colleague on e-mail only)."""
    arrivals = grid_arrivals(forecast, midnight_offset(grid.start), grid.intervals)
    groups = contact_groups(arrivals, forecast, targets, service_level, max_abandon)
    known = load_skills(journal)
    skills = {e: known.get(e, frozenset(LIVE_CHANNELS)) for e in grid.shifts}
    partial = {g: v for g, v in groups.items() if any(not s & g for s in skills.values())}
    return all_channels(groups, grid.intervals), skills, partial


def propose_day(journal: Journal, day: date, tz: ZoneInfo, *, min_block: int = 4,
                time_limit_s: float = 10.0, targets: dict[str, float] | None = None,
                service_level: float = 0.8, max_abandon: float = 0.05,
                days_to_clear: float = 5.0, reserve_hours: float | None = None,
                tradeoff: bool = True) -> DayPlan:
    """The proposal for ``day``: contact covered first (pooled by skills), back office for the
    day's workload with the rest. When the workload does not fit, ``tradeoff`` adds plans with
    more back office: each the optimal plan when a quarter-hour of back office is worth so many
    customers answered on time (the k-th missing contact person costing what the queue model
    says it costs), priced in expected service level. ``reserve_hours`` makes the first of them
    with at least that much back office the proposal (or, when none has, a plan that reserves
    it outright)."""
    grid = load_grid(journal, day, tz)
    forecast = forecast_day(journal, day, tz)
    arrivals = grid_arrivals(forecast, midnight_offset(grid.start), grid.intervals)
    required, skills, partial = contact_demand(journal, grid, forecast, targets, service_level,
                                               max_abandon)
    try:
        demand = backoffice_demand(journal, day, tz, forecast, days_to_clear)
        base = PlanInput(required=required, shifts=grid.shifts, min_block=min_block,
                         skills=skills, group_required=partial)
        capacity = sum(e - s - (base.break_len if needs_break(base, s, e) else 0)
                       for s, e in grid.shifts.values())
        goal = min(staff_intervals(demand.minutes), capacity)
        inp = replace(base, backoffice_target=goal)
        result = propose_plan(inp, time_limit_s=time_limit_s)  # contact first
        points = [_point(result, arrivals, forecast, targets)]
        if (tradeoff or reserve_hours is not None) and result.backoffice_intervals < goal:
            prices = shortfall_prices(arrivals, forecast, required, targets)
            for reward in TRADEOFF_REWARDS:
                found = propose_plan(replace(inp, shortfall_price=prices,
                                             backoffice_reward=reward),
                                     time_limit_s=TRADEOFF_SECONDS)
                if (not found.violations and found.backoffice_intervals
                        >= points[-1].backoffice_intervals + inp.min_block):
                    points.append(_point(found, arrivals, forecast, targets, reward / 10))
        if reserve_hours is not None:  # the first point with that much back office, else a
            want = min(capacity, staff_intervals(reserve_hours * 60))  # plan that reserves it
            chosen = next((p.result for p in points if p.backoffice_intervals >= want), None)
            result = chosen or propose_plan(replace(inp, backoffice_reserve=want),
                                            time_limit_s=time_limit_s)
        if not tradeoff:
            points = []
    except ValueError as exc:
        raise PlanError(str(exc)) from None
    level, abandon = expected_service(arrivals, forecast, result.planned, targets)
    return DayPlan(grid, forecast, required, result, demand, points, level, abandon)


@dataclass(frozen=True)
class TradeoffPoint:
    """One plan on the line between contact and back office, priced by the queue model."""

    backoffice_intervals: int
    service_level: float | None
    abandon_rate: float
    shortfall: int
    result: PlanResult
    price: float | None = None  # customers on time a quarter-hour of back office was worth

    def to_json(self) -> dict[str, Any]:
        return {"backoffice_hours": self.backoffice_intervals / 4,
                "service_level": None if self.service_level is None
                else round(self.service_level, 3),
                "abandon_rate": round(self.abandon_rate, 3),
                "shortfall_minutes": self.shortfall * 15, "optimal": self.result.optimal,
                "customers_per_backoffice_quarter": self.price}


def _point(result: PlanResult, arrivals: dict[str, list[float]], forecast: Forecast,
           targets: dict[str, float] | None, price: float | None = None) -> TradeoffPoint:
    level, abandon = expected_service(arrivals, forecast, result.planned, targets)
    return TradeoffPoint(result.backoffice_intervals, level, abandon, result.total_shortfall,
                         result, price)


def store_plan(journal: Journal, plan: DayPlan, now: datetime, actor: str | None = "planner"
               ) -> OpChanges:
    """Write the proposal as role.planned events (later blocks override earlier ones)."""
    g = plan.grid
    blocks = [(emp, g.time_of(s), g.time_of(e), role)
              for emp in sorted(plan.result.roles)
              for s, e, role in blocks_of(plan.result.roles[emp])]
    return plan_roles(journal, blocks, now, actor=actor)
