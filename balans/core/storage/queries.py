"""Index-backed reads: the slice of history that a day's figures depend on.

The summary, the live state and the routine are pure functions of events. Scanning the whole
journal for them would grow with history, so :func:`day_events` hands them a *sufficient subset*:
the definitions (employees, reasons), the plan rows overlapping the day, the day's own events, and
the earlier events of the tasks and contacts that are open at the start of the day or touched
during it. Every part is found through an index, so the cost follows the day, not the history.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.journal.events import Event
from balans.core.journal.journal import EVENT_COLUMNS, Journal, chunks, row_to_event
from balans.core.timeutil import day_bounds, to_micros

_MAX_BLOCK = timedelta(days=2)  # no shift or role block is longer than this
_TICK = timedelta(microseconds=1)  # the journal's time resolution


def history_window_events(journal: Journal, start: datetime, end: datetime,
                          plans_until: datetime | None = None) -> list[Event]:
    """The sufficient subset for figures over [start, end), in journal (seq) order.

    Plan rows (shifts, role blocks) overlapping [start, ``plans_until`` or ``end``) come along
    whatever their own time: a plan recorded this morning for the afternoon is part of the day."""
    t0, t1 = to_micros(start), to_micros(end)
    p1 = to_micros(plans_until) if plans_until is not None else t1
    rows: dict[int, tuple] = {}
    with journal.engine.connect() as conn:
        def fetch(where: str, params: dict, ids: str | None = None, extra: str = ""
                  ) -> list[tuple]:
            """Events matching ``where``; ``ids`` names a list parameter sent in chunks."""
            sql = sa.text(f"SELECT {EVENT_COLUMNS}{extra} FROM events WHERE {where}")
            if ids is None:
                found = conn.execute(sql, params).all()
            else:
                sql = sql.bindparams(sa.bindparam(ids, expanding=True))
                found = [row for chunk in chunks(sorted(params[ids]))
                         for row in conn.execute(sql, {**params, ids: list(chunk)})]
            for row in found:
                rows[row[0]] = tuple(row[:6])
            return found

        fetch("type IN ('employee.added', 'reason.defined')", {})
        fetch("type IN ('employee.changed', 'employee.deactivated')", {})  # renames
        plan_seqs: set[int] = set()
        for table in ("shifts", "role_blocks"):
            plan_seqs.update(conn.execute(sa.text(
                f'SELECT seq FROM {table} WHERE start >= :early AND start < :p1 '
                f'AND "end" > :t0'),
                {"early": to_micros(start - _MAX_BLOCK), "t0": t0, "p1": p1}).scalars())
        day = fetch("t >= :t0 AND t < :t1", {"t0": t0, "t1": t1}, extra=", task, contact")
        # Contacts and tasks that began today have no earlier events: leave them out of the
        # look-ups below (a busy day touches a thousand contacts, only a handful from before).
        tasks = {r[6] for r in day if r[6]} - {r[6] for r in day if r[3] == "task.created"}
        contacts = ({r[7] for r in day if r[7]}
                    - {r[7] for r in day if r[3] == "contact.arrived"})
        # Open at the start of the day = still open, or closed since then. Two lookups on the
        # `closed` index; a range on the creation time would walk all of history.
        for table, born, found in (("tasks", "created", tasks),
                                   ("contacts", "arrived", contacts)):
            for condition in ("closed IS NULL", "closed >= :t0"):
                found.update(conn.execute(sa.text(
                    f"SELECT id FROM {table} WHERE {condition} AND {born} < :t0"),
                    {"t0": t0}).scalars())
        if tasks:
            fetch("task IN :ids AND t < :t0", {"ids": tasks, "t0": t0}, ids="ids")
        if contacts:
            fetch("contact IN :ids AND t < :t0", {"ids": contacts, "t0": t0}, ids="ids")
        missing = plan_seqs - rows.keys()
        if missing:
            fetch("seq IN :seqs", {"seqs": missing}, ids="seqs")
    return [row_to_event(*rows[seq]) for seq in sorted(rows)]


def day_events(journal: Journal, day: date, tz: ZoneInfo, until: datetime | None = None
               ) -> list[Event]:
    """The sufficient subset for the summary or live state of ``day`` (events up to and
    including ``until``, as the live state reads them: an event at exactly "now" has happened;
    the day's plans always whole, so a tracker fed on from here knows the afternoon's blocks)."""
    start, end = day_bounds(day, tz)
    cut = min(end, until + _TICK) if until else end
    return history_window_events(journal, start, cut, plans_until=end)


def recent_finished_per_day(journal: Journal, day: date, tz: ZoneInfo, days: int = 10) -> float:
    """Tasks finished per calendar day over the ``days`` days before ``day`` (for days-to-clear)."""
    start, _ = day_bounds(day - timedelta(days=days), tz)
    end, _ = day_bounds(day, tz)
    with journal.engine.connect() as conn:
        count = conn.execute(sa.text(  # the tasks table's index on closed, not a journal scan
            "SELECT COUNT(*) FROM tasks WHERE status = 'finished' AND closed >= :a "
            "AND closed < :b"), {"a": to_micros(start), "b": to_micros(end)}).scalar() or 0
    workdays = max(1, round(days * 5 / 7))
    return count / workdays


def days_with_events(journal: Journal, tz: ZoneInfo) -> tuple[date, date] | None:
    """The first and last local day of the journal, or None when it is empty."""
    with journal.engine.connect() as conn:
        low, high = conn.execute(sa.text("SELECT MIN(t), MAX(t) FROM events")).one()
    if low is None:
        return None
    from balans.core.timeutil import from_micros

    return from_micros(low, tz).date(), from_micros(high, tz).date()
