"""What the planner reads (on the desktop's worker thread): a day's grid, requirement and
effective plan.

The effective plan is rebuilt from the ``role_blocks`` rows that overlap the day, applied in
journal (seq) order onto the grid so that a later block wins where two overlap, exactly as the
journal defines it. A block covers a cell when it covers the middle of the cell, so a block that
starts at 08:10 still reads as a whole quarter, like the summary reads it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from balans.core.journal.journal import Journal
from balans.core.planning.day import STEP, DayGrid, PlanError, contact_demand, load_grid
from balans.core.staffing.forecast import Forecast, forecast_day
from balans.core.storage.tables import EmployeeRow, RoleBlockRow
from balans.core.timeutil import to_micros

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


def effective_roles(journal: Journal, grid: DayGrid, back: timedelta = timedelta(0)) -> Roles:
    """Each employee's planned role per cell of ``grid``, read at the same wall-clock time
    ``back`` earlier (``timedelta(days=7)``: the same weekday last week). Cells no block covers
    are None. Local-time arithmetic, so a week across a DST change still maps 08:00 to 08:00."""
    middles = [to_micros(grid.time_of(i) - back + STEP / 2) for i in range(grid.intervals)]
    roles: Roles = {emp: [None] * grid.intervals for emp in grid.shifts}
    if not middles:
        return roles
    blocks = RoleBlockRow
    with journal.engine.connect() as conn:
        rows = conn.execute(
            select(blocks.employee, blocks.start, blocks.end, blocks.role)
            .where(blocks.start <= middles[-1], blocks.end > middles[0])
            .order_by(blocks.seq)).all()
    for employee, start, end, role in rows:
        row = roles.get(employee)
        if row is None:  # a block for someone without a shift on the grid's day
            continue
        for i, middle in enumerate(middles):
            if start <= middle < end:
                row[i] = role
    return roles


def employee_names(journal: Journal) -> dict[str, str]:
    with journal.engine.connect() as conn:
        return dict(conn.execute(select(EmployeeRow.id, EmployeeRow.name)).all())


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
