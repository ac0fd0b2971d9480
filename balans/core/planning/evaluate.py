"""What a plan would do to the day: the simulator run against it, compared with an alternative.

The same seeded arrivals (the forecast, with the simulator's randomness) are served once under the
focus-block plan and once under "everyone does everything" (everyone on shift in contact mode all
day, squeezing admin in between customers, as the brief describes the usual practice). The figures:
service level per interval of the live channels, abandonment, back-office work done, and switches.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace
from typing import Any, Sequence

from balans.core.journal.events import Event
from balans.core.staffing.forecast import Forecast
from balans.core.vocabulary import LIVE_CHANNELS
from balans.core.planning.day import DayGrid, DayPlan
from balans.core.planning.plans import blocks_of
from balans.core.simulation.office import Member, Team, default_team
from balans.core.simulation.generate import simulate_day
from balans.core.timeutil import to_micros

TARGETS_S = {"phone": 20.0, "chat": 60.0, "counter": 300.0}


@dataclass(frozen=True)
class PlanEvaluation:
    service_level: list[float | None]  # per grid interval, live channels together
    offered: int
    abandon_rate: float
    backoffice_minutes_done: float
    switches: int
    service_level_day: float | None

    def to_json(self) -> dict[str, Any]:
        return {"service_level": None if self.service_level_day is None
                else round(self.service_level_day, 3),
                "abandon_rate": round(self.abandon_rate, 3),
                "backoffice_hours_done": round(self.backoffice_minutes_done / 60, 1),
                "switches": self.switches}


@dataclass(frozen=True)
class Comparison:
    focus_blocks: PlanEvaluation
    everyone_everything: PlanEvaluation

    def to_json(self) -> dict[str, Any]:
        return {"focus-block plan": self.focus_blocks.to_json(),
                "everyone does everything": self.everyone_everything.to_json()}


def _team_for(grid: DayGrid, mixed: bool) -> Team:
    """The simulator's behaviour for the real employees of the grid (all channels each)."""
    demo = default_team()
    habits = [m for m in demo.members]
    members = []
    for i, emp in enumerate(sorted(grid.shifts)):
        model = habits[i % len(habits)]
        s, e = grid.shifts[emp]
        start = grid.time_of(s)
        end = grid.time_of(e)
        members.append(Member(
            id=emp, name=emp, channels=("phone", "counter", "chat", "email"),
            shift=(start.hour + start.minute / 60, end.hour + end.minute / 60),
            # Focus blocks mean admin waits for the back-office block; the usual practice
            # squeezes it in between customers.
            admin_habit=0.35 if mixed else 0.0, toggles=mixed,
            pause_rate=model.pause_rate, absence=0.0))
    return replace(demo, members=tuple(members))


def _blocks(grid: DayGrid, roles: dict[str, Sequence[str | None]]) -> dict[str, list]:
    return {emp: [(grid.time_of(s), grid.time_of(e), role) for s, e, role in blocks_of(row)]
            for emp, row in roles.items() if any(row)}


def evaluate_roles(grid: DayGrid, forecast: Forecast, roles: dict[str, Sequence[str | None]],
                   seed: int = 1, mixed: bool = False) -> PlanEvaluation:
    team = _team_for(grid, mixed)
    events, state = simulate_day(grid.day, team, _blocks(grid, roles), forecast.arrivals,
                                 random.Random(seed), tz=grid.start.tzinfo, tag="eval")
    work = state.last_day.backlog_work_s / 60 if state.last_day else 0.0
    return _measure(grid, events, work)


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


def compare_plans(plan: DayPlan, seed: int = 1) -> Comparison:
    focus = evaluate_roles(plan.grid, plan.forecast, plan.result.roles, seed)
    usual = evaluate_roles(plan.grid, plan.forecast, everyone_everything(plan.grid), seed,
                           mixed=True)
    return Comparison(focus, usual)
