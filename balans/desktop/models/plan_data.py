"""What the planner reads, on the worker thread: a day's grid, requirement and effective plan.

The effective plan is rebuilt from the ``role_blocks`` rows that overlap the day, applied in
journal (seq) order onto the grid so that a later block wins where two overlap, exactly as the
journal defines it. A block covers a cell when it covers the middle of the cell, so a block that
starts at 08:10 still reads as a whole quarter, like the summary reads it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.staffing.forecast import Forecast, forecast_day
from balans.core.journal.journal import Journal
from balans.core.planning.day import (DayGrid, PlanError, contact_demand, effective_roles,
                                      load_grid)

Roles = dict[str, list[str | None]]


@dataclass(frozen=True)
class PlanDay:
    """One day as the planner shows it. ``grid`` is None when nobody has a shift that day."""

    day: date
    grid: DayGrid | None
    forecast: Forecast | None
    required: list[int]
    roles: Roles
    names: dict[str, str]
    skills: dict[str, frozenset[str]] = field(default_factory=dict)
    groups: dict[frozenset[str], list[int]] = field(default_factory=dict)  # channel groups


def employee_names(journal: Journal) -> dict[str, str]:
    with journal.engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT id, name FROM employees")).all())


def load_plan_day(journal: Journal, day: date, tz: ZoneInfo, targets: dict[str, float],
                  forecast: Forecast | None = None, previous: PlanDay | None = None) -> PlanDay:
    """Everything the planner shows for ``day``. Pass the forecast already read for this day to
    skip reading it again: it depends on earlier weeks only, not on today's events; and the
    day as read before, whose contact demand holds while the shifts are the same."""
    names = employee_names(journal)
    try:
        grid = load_grid(journal, day, tz)
    except PlanError:
        return PlanDay(day, None, None, [], {}, names)
    if forecast is None or forecast.day != day:
        forecast = forecast_day(journal, day, tz)
    if previous is not None and previous.grid == grid and previous.forecast is forecast:
        required, skills, groups = previous.required, previous.skills, previous.groups
    else:
        required, skills, groups = contact_demand(journal, grid, forecast, targets)
    return PlanDay(day, grid, forecast, required, effective_roles(journal, grid), names, skills,
                   groups)
