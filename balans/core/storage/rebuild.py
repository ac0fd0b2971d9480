"""Rebuild the current-state tables from the journal alone (``balans server rebuild-state``).

The state tables are a cache of the journal. This throws them away and replays every event, in seq
order, through the same rules an append uses, in one transaction that holds the write lock. An
event the rules refuse (one stored before the database guarded its journal) is left out of the
state and reported by seq; the journal itself is never changed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from balans.core.journal.journal import EVENT_COLUMNS, Journal, row_to_event
from balans.core.journal.state import StateTracker
from balans.core.storage.store import Store

# Children before parents: plan rows and contacts/tasks refer to employees.
_CLEAR = ("queue_intervals", "role_blocks", "shifts", "contacts", "tasks", "reasons",
          "employees")
# Rows kept per event (keyed by the event's seq) rather than per id.
_PER_EVENT = ("shifts", "role_blocks", "queue_intervals")


@dataclass(frozen=True)
class RebuildResult:
    events: int
    rows: dict[str, int]
    refused: list[tuple[int, str]] = field(default_factory=list)  # (seq, reason)


def rebuild_state(store: Store) -> RebuildResult:
    journal = Journal(store)
    tracker = StateTracker()
    refused: list[tuple[int, str]] = []
    count = 0
    options = {"sqlite_begin": "IMMEDIATE"}
    with store.engine.connect().execution_options(**options) as conn, conn.begin():
        journal._begin(conn)
        for name in _CLEAR:
            conn.exec_driver_sql(f"DELETE FROM {name}")
        query = f"SELECT t, {EVENT_COLUMNS} FROM events ORDER BY seq"
        for t, *columns in conn.execute(sa.text(query)):
            count += 1
            seq = columns[0]
            try:
                tracker.apply(row_to_event(*columns), seq, t=t)
            except (ValueError, KeyError, TypeError) as exc:
                refused.append((seq, str(exc) or type(exc).__name__))
        tracker.prefetched.clear()
        journal._write_state(conn, tracker)
        # _write_plan_rows maps a row's place in the batch to its seq; here the seqs are real.
        per_event = [r for name in _PER_EVENT for r in getattr(tracker, name)]
        seqs = sorted({r["seq"] for r in per_event})
        place = {seq: i for i, seq in enumerate(seqs)}
        for r in per_event:
            r["seq"] = place[r["seq"]]
        journal._write_plan_rows(conn, tracker, seqs)
        rows = {name: conn.execute(sa.text(f"SELECT COUNT(*) FROM {name}")).scalar() or 0
                for name in reversed(_CLEAR)}
    return RebuildResult(events=count, rows=rows, refused=refused)
