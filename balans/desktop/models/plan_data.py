"""What the planner reads, on the worker thread: a day's grid, requirement and effective plan.

The effective plan is rebuilt from the ``role_blocks`` rows that overlap the day, applied in
journal (seq) order onto the grid so that a later block wins where two overlap, exactly as the
journal defines it. A block covers a cell when it covers the middle of the cell, so a block that
starts at 08:10 still reads as a whole quarter, like the summary reads it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.staffing.forecast import Forecast, forecast_day
from balans.core.journal.journal import Journal
from balans.core.planning.day import (DayGrid, PlanError, effective_roles, load_grid,
                                      required_staff)

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


def employee_names(journal: Journal) -> dict[str, str]:
    with journal.engine.connect() as conn:
        return dict(conn.execute(sa.text("SELECT id, name FROM employees")).all())


def load_plan_day(journal: Journal, day: date, tz: ZoneInfo, targets: dict[str, float],
                  forecast: Forecast | None = None) -> PlanDay:
    """Everything the planner shows for ``day``. Pass the forecast already read for this day to
    skip reading it again: it depends on earlier weeks only, not on today's events."""
    names = employee_names(journal)
    try:
        grid = load_grid(journal, day, tz)
    except PlanError:
        return PlanDay(day, None, None, [], {}, names)
    if forecast is None or forecast.day != day:
        forecast = forecast_day(journal, day, tz)
    required = required_staff(grid, forecast, targets)
    return PlanDay(day, grid, forecast, required, effective_roles(journal, grid), names)
