"""What a plan would do to the day: plans simulated side by side on the same random arrivals.

Every plan compared is served by the same simulated people on the same customers: for each seed,
the arrivals, handling times and patience draws come from one random stream per seed, so the
differences between plans come from the plans. The day starts with the backlog the journal holds
at its start (open tasks and their estimates), so back-office time has real work to go into.
A switch back to back-office work and a task interrupted by a customer cost resumption time
(:mod:`balans.core.simulation.switching`). The figures are the mean over the seeds.

The plans: the *stored* plan (what the journal holds), the *proposed* one, and *everyone does
everything* (everyone on contact for their whole shift, squeezing admin in between customers, the
usual practice the brief describes).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Mapping, Sequence
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.journal.events import Event
from balans.core.journal.journal import Journal
from balans.core.planning.day import DayGrid, DayPlan
from balans.core.planning.plans import blocks_of, count_switches
from balans.core.simulation.carry import SimState, SimTask
from balans.core.simulation.generate import simulate_day
from balans.core.simulation.office import Member, Team, default_team
from balans.core.simulation.switching import SwitchCost
from balans.core.staffing.forecast import Forecast
from balans.core.vocabulary import LIVE_CHANNELS
from balans.core.timeutil import day_bounds, to_micros

TARGETS_S = {"phone": 20.0, "chat": 60.0, "counter": 300.0}
SEEDS = 5
STORED, PROPOSED, EVERYONE = "stored plan", "proposed plan", "everyone does everything"


@dataclass(frozen=True)
class PlanEvaluation:
    service_level: list[float | None]  # per grid interval, live channels together
    offered: float
    abandon_rate: float
    backoffice_minutes_done: float
    switches: float  # contact/back-office mode switches on the simulated day
    service_level_day: float | None
    planned_switches: int = 0  # in the plan itself, as the grid counts them
    interruptions: float = 0.0  # contacts answered with a task in progress
    pulls: float = 0.0  # times the team lead pulled someone from back office onto contact
    resumption_minutes: float = 0.0  # back-office time spent getting back into tasks
    backlog_end_hours: float = 0.0  # work left in the backlog at the end of the day
    runs: int = 1

    def to_json(self) -> dict[str, Any]:
        return {"service_level": None if self.service_level_day is None
                else round(self.service_level_day, 3),
                "abandon_rate": round(self.abandon_rate, 3),
                "backoffice_hours_done": round(self.backoffice_minutes_done / 60, 1),
                "backlog_end_hours": round(self.backlog_end_hours, 1),
                "switches": round(self.switches, 1),
                "planned_switches": self.planned_switches,
                "interruptions": round(self.interruptions, 1),
                "pulled_into_contact": round(self.pulls, 1),
                "resumption_hours": round(self.resumption_minutes / 60, 1)}


@dataclass(frozen=True)
class Comparison:
    """Named plans, each with its evaluation, in the order given."""

    plans: dict[str, PlanEvaluation]
    cost: SwitchCost
    runs: int

    def to_json(self) -> dict[str, Any]:
        return {name: ev.to_json() for name, ev in self.plans.items()}

    @property
    def focus_blocks(self) -> PlanEvaluation:  # the names of the first version
        return self.plans.get(PROPOSED) or next(iter(self.plans.values()))

    @property
    def everyone_everything(self) -> PlanEvaluation:
        return self.plans[EVERYONE]


def _team_for(grid: DayGrid, mixed: bool,
              skills: Mapping[str, frozenset[str]] | None = None) -> Team:
    """The simulator's behaviour for the real employees of the grid, serving the live channels
    they are skilled for (all when unknown) and e-mail."""
    demo = default_team()
    members = []
    for i, emp in enumerate(sorted(grid.shifts)):
        model = demo.members[i % len(demo.members)]
        s, e = grid.shifts[emp]
        start, end = grid.time_of(s), grid.time_of(e)
        known = (skills or {}).get(emp) or frozenset(LIVE_CHANNELS)
        live = tuple(c for c in ("phone", "counter", "chat") if c in known)
        members.append(Member(
            id=emp, name=emp, channels=(*live, "email"),
            shift=(start.hour + start.minute / 60, end.hour + end.minute / 60),
            # Focus blocks mean admin waits for the back-office block; the usual practice
            # squeezes it in between customers.
            admin_habit=0.35 if mixed else 0.0, toggles=mixed,
            pause_rate=model.pause_rate, absence=0.0))
    return replace(demo, members=tuple(members))


def _blocks(grid: DayGrid, roles: Mapping[str, Sequence[str | None]]) -> dict[str, list]:
    return {emp: [(grid.time_of(s), grid.time_of(e), role) for s, e, role in blocks_of(row)]
            for emp, row in roles.items() if any(row)}


def backlog_state(rows: Sequence[tuple[str, str, str | None, int | None, float | None, int]],
                  day: date, tz: Any, default_minutes: float = 15.0) -> SimState:
    """The simulator's backlog from open tasks ``(id, title, kind, due µs, estimate, created µs)``:
    each task's remaining work is its estimate (15 minutes when it has none)."""
    state = SimState()
    for order, (task, title, kind, due, estimate, created) in enumerate(rows):
        due_day = (datetime.fromtimestamp(due / 1e6, tz).date() if due is not None
                   else day + timedelta(days=14))
        minutes = default_minutes if estimate is None else float(estimate)
        state.tasks[task] = SimTask(task, title, kind or "case", due_day, int(minutes),
                                    datetime.fromtimestamp(created / 1e6, tz).date(),
                                    minutes * 60, order=order)
    state.next_order = len(rows)
    return state


def evaluate_roles(grid: DayGrid, forecast: Forecast, roles: Mapping[str, Sequence[str | None]],
                   seed: int = 1, mixed: bool = False, cost: SwitchCost | None = None,
                   backlog: SimState | None = None,
                   skills: Mapping[str, frozenset[str]] | None = None) -> PlanEvaluation:
    """One simulated day under ``roles``."""
    team = _team_for(grid, mixed, skills)
    events, state = simulate_day(grid.day, team, _blocks(grid, roles), forecast.arrivals,
                                 random.Random(seed), backlog, tz=grid.start.tzinfo, tag="eval",
                                 cost=cost, customers_seed=seed)
    stats = state.last_day
    measured = _measure(grid, events, stats.backlog_work_s / 60 if stats else 0.0)
    return replace(measured, planned_switches=sum(count_switches(r) for r in roles.values()),
                   interruptions=float(stats.interruptions if stats else 0),
                   pulls=float(stats.pulls if stats else 0),
                   resumption_minutes=(stats.resumption_s / 60 if stats else 0.0),
                   backlog_end_hours=state.backlog_hours())


def _measure(grid: DayGrid, events: list[Event], backoffice_minutes: float) -> PlanEvaluation:
    start = to_micros(grid.start)
    arrived: dict[str, tuple[int, str]] = {}
    answered: dict[str, int] = {}
    abandoned = 0
    last_mode: dict[str, str] = {}
    switches = 0
    for event in events:
        f = event.fields
        if event.type == "contact.arrived" and f["channel"] in LIVE_CHANNELS:
            arrived[f["contact"]] = (to_micros(event.ts), f["channel"])
        elif event.type == "contact.answered" and f["contact"] in arrived:
            answered.setdefault(f["contact"], to_micros(event.ts))
        elif event.type == "contact.abandoned" and f["contact"] in arrived:
            abandoned += 1
        elif event.type == "mode.changed":
            before = last_mode.get(f["employee"])
            if {before, f["mode"]} == {"contact", "backoffice"}:
                switches += 1
            last_mode[f["employee"]] = f["mode"]
    offered = [0] * grid.intervals
    within = [0] * grid.intervals
    for contact, (t, channel) in arrived.items():
        slot = (t - start) // (900 * 1_000_000)
        if not 0 <= slot < grid.intervals:
            continue
        offered[slot] += 1
        answer = answered.get(contact)
        if answer is not None and answer - t <= TARGETS_S[channel] * 1_000_000:
            within[slot] += 1
    levels = [w / o if o else None for w, o in zip(within, offered)]
    total = sum(offered)
    return PlanEvaluation(levels, total, abandoned / len(arrived) if arrived else 0.0,
                          backoffice_minutes, switches, sum(within) / total if total else None)


def _mean(runs: list[PlanEvaluation]) -> PlanEvaluation:
    """The mean of runs of one plan; the service level per interval pools the runs' customers."""
    n = len(runs)
    levels: list[float | None] = []
    for i in range(len(runs[0].service_level)):
        values = [r.service_level[i] for r in runs if r.service_level[i] is not None]
        levels.append(sum(values) / len(values) if values else None)
    day = [r.service_level_day for r in runs if r.service_level_day is not None]
    return PlanEvaluation(
        levels, sum(r.offered for r in runs) / n, sum(r.abandon_rate for r in runs) / n,
        sum(r.backoffice_minutes_done for r in runs) / n, sum(r.switches for r in runs) / n,
        sum(day) / len(day) if day else None, runs[0].planned_switches,
        sum(r.interruptions for r in runs) / n, sum(r.pulls for r in runs) / n,
        sum(r.resumption_minutes for r in runs) / n, sum(r.backlog_end_hours for r in runs) / n,
        n)


def evaluate_plans(grid: DayGrid, forecast: Forecast,
                   plans: Mapping[str, Mapping[str, Sequence[str | None]]], *,
                   seeds: Sequence[int] = tuple(range(1, SEEDS + 1)),
                   cost: SwitchCost | None = None, backlog: SimState | None = None,
                   skills: Mapping[str, frozenset[str]] | None = None) -> Comparison:
    """Each plan simulated once per seed, all on the same arrivals per seed; the mean of each.
    The plan named ``EVERYONE`` is served the usual way (admin squeezed in between customers)."""
    cost = cost or SwitchCost()
    out = {}
    for name, roles in plans.items():
        runs = [evaluate_roles(grid, forecast, roles, seed, mixed=name == EVERYONE, cost=cost,
                               backlog=backlog, skills=skills) for seed in seeds]
        out[name] = _mean(runs)
    return Comparison(out, cost, len(seeds))


def everyone_everything(grid: DayGrid) -> dict[str, list[str | None]]:
    """The usual practice: everyone on contact for their whole shift, with the same breaks."""
    roles: dict[str, list[str | None]] = {}
    for emp, (s, e) in grid.shifts.items():
        row: list[str | None] = [None] * grid.intervals
        for i in range(s, e):
            row[i] = "contact"
        if e - s > 22:  # the 30-minute break of a shift over 5.5 hours, in its middle
            middle = (s + e) // 2 - 1
            row[middle] = row[middle + 1] = "break"
        roles[emp] = row
    return roles


def compare_plans(plan: DayPlan, seed: int = 1, *, stored: Mapping[str, Sequence[str | None]]
                  | None = None, cost: SwitchCost | None = None,
                  backlog: SimState | None = None, runs: int = SEEDS,
                  skills: Mapping[str, frozenset[str]] | None = None) -> Comparison:
    """The proposal against everyone-does-everything, and against the stored plan when one is
    given and planned anything."""
    plans: dict[str, Mapping[str, Sequence[str | None]]] = {}
    if stored is not None and any(any(row) for row in stored.values()):
        plans[STORED] = stored
    plans[PROPOSED] = plan.result.roles
    plans[EVERYONE] = everyone_everything(plan.grid)
    return evaluate_plans(plan.grid, plan.forecast, plans,
                          seeds=tuple(range(seed, seed + runs)), cost=cost, backlog=backlog,
                          skills=skills)


def load_backlog(journal: Journal, day: date, tz: ZoneInfo) -> SimState:
    """The tasks open at the start of ``day``, as the simulator's starting backlog."""
    start, _ = day_bounds(day, tz)
    with journal.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT id, title, kind, due, estimate_min, created FROM tasks WHERE created < :s "
            "AND (closed IS NULL OR closed >= :s) ORDER BY created, id"),
            {"s": to_micros(start)}).all()
    return backlog_state([tuple(r) for r in rows], day, tz)
