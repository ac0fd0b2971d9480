"""Index-backed reads: the slice of history that a day's figures depend on.

The summary, the live state and the routine are pure functions of events. Scanning the whole
journal for them would grow with history, so :func:`day_events` hands them a *sufficient subset*:
the definitions (employees, reasons), the plan rows overlapping the day, the day's own events, and
the earlier events of the tasks and contacts that are open at the start of the day or touched
during it. Every part is found through an index, so the cost follows the day, not the history.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Iterable
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.events import Event
from balans.core.journal import Journal, row_to_event
from balans.core.timeutil import day_bounds, to_micros

_COLS = "seq, id, ts, type, actor, data"
_MAX_BLOCK = timedelta(days=2)  # no shift or role block is longer than this
_CHUNK = 500


def _in_chunks(ids: Iterable[str]) -> list[list[str]]:
    items = sorted(set(i for i in ids if i))
    return [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]


def history_window_events(journal: Journal, start: datetime, end: datetime) -> list[Event]:
    """The sufficient subset for figures over [start, end), in journal (seq) order."""
    t0, t1 = to_micros(start), to_micros(end)
    early = to_micros(start - _MAX_BLOCK)
    seqs: set[int] = set()
    rows: dict[int, tuple] = {}
    with journal.engine.connect() as conn:
        def fetch(sql: str, params: dict) -> list[tuple]:
            found = conn.execute(sa.text(sql), params).all()
            for row in found:
                rows[row[0]] = tuple(row)
            return found

        fetch(f"SELECT {_COLS} FROM events WHERE type IN ('employee.added', 'reason.defined')",
              {})
        for table in ("shifts", "role_blocks"):
            plan_seqs = conn.execute(sa.text(
                f'SELECT seq FROM {table} WHERE start >= :early AND start < :t1 '
                f'AND "end" > :t0'), {"early": early, "t0": t0, "t1": t1}).scalars().all()
            seqs.update(plan_seqs)
        day = fetch(f"SELECT {_COLS}, task, contact FROM events WHERE t >= :t0 AND t < :t1",
                    {"t0": t0, "t1": t1})
        # Contacts and tasks that began today have no earlier events: leave them out of the
        # look-ups below (a busy day touches a thousand contacts, only a handful from before).
        new_tasks = {row[6] for row in day if row[3] == "task.created"}
        new_contacts = {row[7] for row in day if row[3] == "contact.arrived"}
        tasks = {row[6] for row in day if row[6]} - new_tasks
        contacts = {row[7] for row in day if row[7]} - new_contacts
        # Open at the start of the day = still open, or closed since then. Two lookups on the
        # `closed` index; a range on the creation time would walk all of history.
        for table, born in (("tasks", "created"), ("contacts", "arrived")):
            found = tasks if table == "tasks" else contacts
            for condition in ("closed IS NULL", "closed >= :t0"):
                found.update(conn.execute(sa.text(
                    f"SELECT id FROM {table} WHERE {condition} AND {born} < :t0"),
                    {"t0": t0}).scalars())
        for column, ids in (("task", tasks), ("contact", contacts)):
            for chunk in _in_chunks(ids):
                found = conn.execute(sa.text(
                    f"SELECT {_COLS} FROM events WHERE {column} IN :ids AND t < :t0"
                ).bindparams(sa.bindparam("ids", expanding=True)), {"ids": chunk, "t0": t0})
                for row in found:
                    rows[row[0]] = tuple(row)
        missing = sorted(seqs - rows.keys())
        for i in range(0, len(missing), _CHUNK):
            found = conn.execute(sa.text(f"SELECT {_COLS} FROM events WHERE seq IN :seqs"
                                         ).bindparams(sa.bindparam("seqs", expanding=True)),
                                 {"seqs": missing[i:i + _CHUNK]})
            for row in found:
                rows[row[0]] = tuple(row)
    return [row_to_event(*rows[seq][:6]) for seq in sorted(rows)]


def day_events(journal: Journal, day: date, tz: ZoneInfo, until: datetime | None = None
               ) -> list[Event]:
    """The sufficient subset for the summary or live state of ``day`` (up to ``until``)."""
    start, end = day_bounds(day, tz)
    if until is not None:
        end = min(end, until)
    return history_window_events(journal, start, end)


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
