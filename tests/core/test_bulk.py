"""A big first import sets SQLite's secondary indexes aside and builds them again, all inside the
import's own transaction; the recent-finished count stays a short index range."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from balans.core.journal.journal import Journal
from balans.core.storage import bulk
from balans.core.storage.store import open_store
from tests.core.test_journal import base_lines


def _indexes(store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return dict(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all())


def _plan(store, sql: str) -> str:
    with store.engine.connect() as conn:
        return " ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


@pytest.fixture
def small_bulk(monkeypatch):
    monkeypatch.setattr(bulk, "BULK_MIN", 5)  # the journal's few lines count as a bulk load


def test_a_bulk_import_ends_with_every_index_as_defined(sqlite_url, small_bulk, monkeypatch):
    store = open_store(sqlite_url)
    before = _indexes(store)
    dropped = []
    real = bulk.indexes_set_aside.__wrapped__

    def watching(conn, adding, stored):
        for step in real(conn, adding, stored):
            dropped.extend(name for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name = 'ix_events_t'").all())
            yield step

    monkeypatch.setattr("balans.core.journal.journal.indexes_set_aside",
                        bulk.contextlib.contextmanager(watching))
    Journal(store).import_lines(base_lines())
    assert dropped == []  # set aside during the load ...
    assert _indexes(store) == before  # ... and back, exactly as defined
    assert "ix_events_task_t" in _plan(store, "SELECT seq FROM events WHERE task = 't1'")


@pytest.mark.parametrize("sql,index", [
    ("SELECT seq FROM events WHERE task = 't1'", "ix_events_task_t (task=?)"),
    ("SELECT seq FROM events WHERE task IN ('t1', 't2') AND t < 5",
     "ix_events_task_t (task=? AND t<?)"),
    ("SELECT seq FROM events WHERE contact IN ('c1', 'c2') AND t < 5",
     "ix_events_contact (contact=?)"),
    ("SELECT seq FROM events WHERE task = 't1' AND type = 'task.started'",
     "ix_events_task_t (task=?)"),
])
def test_lookups_by_contact_or_task_use_the_partial_indexes(sqlite_url, sql, index):
    """The indexes hold only events that name a contact or task (migration 0011); every look-up
    asks for given values, which rules NULL out, so the planner still takes them."""
    store = open_store(sqlite_url)
    Journal(store).import_lines(base_lines())
    assert index in _plan(store, sql), _plan(store, sql)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT COUNT(*) FROM events INDEXED BY ix_events_task_t WHERE task IS NOT NULL"
        ).scalar() == conn.exec_driver_sql(
            "SELECT COUNT(*) FROM events WHERE task IS NOT NULL").scalar() > 0


def test_a_failed_bulk_import_keeps_the_indexes_and_stores_nothing(sqlite_url, small_bulk,
                                                                   monkeypatch):
    store = open_store(sqlite_url)
    before = _indexes(store)

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Journal, "_write_plan_rows", broken)
    with pytest.raises(RuntimeError):
        Journal(store).import_lines(base_lines())
    assert _indexes(store) == before
    assert Journal(store).count() == 0


def test_recent_finished_reads_a_short_range_not_every_finished_task(sqlite_url):
    store = open_store(sqlite_url)
    plan = _plan(store, "SELECT COUNT(*) FROM tasks WHERE status = 'finished' "
                        "AND closed >= 1 AND closed < 2")
    assert "ix_tasks_status_closed (status=? AND closed>? AND closed<?)" in plan, plan
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM tasks")).scalar() == 0
