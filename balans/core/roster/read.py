"""Reading the team and the shifts that hold, through the state tables' indexes."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.journal.journal import Journal
from balans.core.roster.model import Member, Shift, Week, monday_of
from balans.core.roster.spans import Span, effective
from balans.core.timeutil import day_bounds, from_micros, to_micros

# No shift row spans more than this (shift.cancelled is validated to; shift.planned in practice),
# so rows overlapping a window are found by their start, on the start index.
MAX_SPAN_US = 2 * 24 * 3600 * 1_000_000


def team(journal: Journal, include_former: bool = True) -> list[Member]:
    """Team members by name; former members (deactivated) too unless ``include_former`` is off."""
    sql = "SELECT id, name, channels, active FROM employees"
    if not include_former:
        sql += " WHERE active"
    with journal.engine.connect() as conn:
        rows = conn.execute(sa.text(sql)).all()
    members = [Member(r.id, r.name, tuple(json.loads(r.channels or "[]")), bool(r.active))
               for r in rows]
    return sorted(members, key=lambda m: (m.name.casefold(), m.id))


def shift_spans(conn: sa.Connection, t0: int, t1: int, employee: str | None = None
                ) -> dict[str, list[Span]]:
    """Per employee, the shift spans (microseconds) that hold and overlap [t0, t1)."""
    where = 'start >= :early AND start < :t1 AND "end" > :t0'
    params: dict[str, object] = {"early": t0 - MAX_SPAN_US, "t0": t0, "t1": t1}
    if employee is not None:
        where += " AND employee = :emp"
        params["emp"] = employee
    rows = conn.execute(sa.text(
        f'SELECT employee, start, "end", cancelled FROM shifts WHERE {where} ORDER BY seq'),
        params).all()
    spans = effective((r[0], r[1], r[2], bool(r[3])) for r in rows)
    return {emp: [s for s in found if s[0] < t1 and s[1] > t0] for emp, found in spans.items()}


def shifts_between(journal: Journal, start: datetime, end: datetime, tz: ZoneInfo,
                   employee: str | None = None) -> list[Shift]:
    """The shifts that hold and overlap [start, end), in local time, by start then employee."""
    with journal.engine.connect() as conn:
        spans = shift_spans(conn, to_micros(start), to_micros(end), employee)
    shifts = [Shift(emp, from_micros(s, tz), from_micros(e, tz))
              for emp, found in spans.items() for s, e in found]
    return sorted(shifts, key=lambda s: (s.start, s.employee))


def week(journal: Journal, day: date, tz: ZoneInfo) -> Week:
    """The week (Monday to Sunday) containing ``day``."""
    monday = monday_of(day)
    start, _ = day_bounds(monday, tz)
    end, _ = day_bounds(monday + timedelta(days=7), tz)
    shifts = [s for s in shifts_between(journal, start, end, tz) if start <= s.start < end]
    working = {s.employee for s in shifts}
    members = [m for m in team(journal) if m.active or m.id in working]
    return Week(monday, tuple(members), tuple(shifts))
