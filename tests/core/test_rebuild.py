"""`rebuild-state`: the current-state tables rebuilt from the journal alone equal the ones the
appends kept, on both databases, for every kind of row (per id and per event)."""
from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from balans.core.journal.journal import Journal
from balans.core.storage.rebuild import rebuild_state

TABLES = ("employees", "reasons", "contacts", "tasks", "shifts", "role_blocks", "queue_intervals")
EXTRA = [
    '{"ts": "2026-11-24T18:00:00+01:00", "type": "queue.interval", "source": "acd", '
    '"channel": "phone", "start": "2026-11-24T09:00:00+01:00", '
    '"end": "2026-11-24T09:15:00+01:00", "offered": 12, "answered": 11}',
]


def state(store) -> dict[str, list[tuple]]:
    with store.engine.connect() as conn:
        return {name: [tuple(r) for r in conn.execute(sa.text(f"SELECT * FROM {name} ORDER BY 1"))]
                for name in TABLES}


def test_rebuild_gives_back_the_same_state(store):
    from balans.core.simulation.demo import fill_demo

    fill_demo(Journal(store), date(2026, 11, 24), days=2, seed=7, tz=ZoneInfo("Europe/Amsterdam"))
    Journal(store).import_lines(EXTRA)
    kept = state(store)
    assert kept["contacts"] and kept["shifts"] and kept["queue_intervals"]
    with store.engine.begin() as conn:  # damage the cache behind the journal
        conn.execute(sa.text("UPDATE tasks SET status = 'finished'"))
        conn.execute(sa.text("DELETE FROM queue_intervals"))
    result = rebuild_state(store)
    assert result.refused == [] and result.events == Journal(store).count()
    assert state(store) == kept
