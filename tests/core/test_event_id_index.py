"""Migration 0010: the event id's uniqueness moves from a table constraint to a named index.

The SQLite rebuild must keep every row and seq, the plan tables' references, the indexes and
the append-only triggers; a repeated id must still be refused, and a bulk load that sets the
index aside must still fail on a repeated id."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from balans.core.journal.journal import Journal
from balans.core.storage.bulk import indexes_set_aside
from balans.core.storage.store import _alembic_config, open_store
from tests.core.test_journal import base_lines


def _unique_on_id(conn: sa.Connection) -> tuple[bool, bool]:
    """(constraint in the table, named unique index) for the event id."""
    inspector = sa.inspect(conn)
    constraint = any(u["column_names"] == ["id"]
                     for u in inspector.get_unique_constraints("events"))
    index = any(i["name"] == "ux_events_id" and i["unique"]
                for i in inspector.get_indexes("events"))
    return constraint, index


def _snapshot(conn: sa.Connection) -> dict[str, list]:
    return {name: conn.exec_driver_sql(f"SELECT * FROM {name} ORDER BY 1").all()
            for name in ("events", "shifts", "role_blocks", "contacts", "tasks")}


def test_down_and_up_keeps_rows_references_and_rules(db_url):
    from alembic import command

    store = open_store(db_url)
    Journal(store).import_lines(base_lines())
    with store.engine.connect() as conn:
        before = _snapshot(conn)
        assert _unique_on_id(conn) == (False, True)
        if conn.dialect.name == "sqlite":
            indexes = set(conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE tbl_name = 'events' AND type IN "
                "('index', 'trigger')").scalars())
    with store.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0009")
    with store.engine.connect() as conn:
        assert _unique_on_id(conn) == (True, False)
        assert _snapshot(conn) == before
    store.dispose()

    store = open_store(db_url)  # migrates back up
    with store.engine.connect() as conn:
        assert _unique_on_id(conn) == (False, True)
        assert _snapshot(conn) == before
        if conn.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert {fk[2] for fk in conn.exec_driver_sql(
                "PRAGMA foreign_key_list(shifts)")} == {"events", "employees"}
            assert set(conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE tbl_name = 'events' AND type IN "
                "('index', 'trigger')").scalars()) == indexes
    # The rules still hold: a repeated id is refused, rows cannot change, seqs go on.
    first = before["events"][0]
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO events (id, t, ts, type, data) VALUES (?, 0, 'x', 'obstacle.logged', "
            "'{}')" if conn.dialect.name == "sqlite" else
            "INSERT INTO events (id, t, ts, type, data) VALUES (%s, 0, 'x', 'obstacle.logged', "
            "'{}')", (first[1],))
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM events")
    result = Journal(store).import_lines(
        ['{"id": "later", "ts": "2026-11-23T18:00:00+01:00", "type": "mode.changed", '
         '"employee": "anna", "mode": "offline"}'])
    assert result.last_seq > before["events"][-1][0]  # PostgreSQL's refused insert used one
    store.dispose()


def test_a_bulk_load_still_fails_on_a_repeated_id(sqlite_url):
    store = open_store(sqlite_url)
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        with indexes_set_aside(conn, 100_000, 0):
            assert not _unique_on_id(conn)[1]  # set aside while the rows go in
            conn.exec_driver_sql(
                "INSERT INTO events (id, t, ts, type, data) VALUES "
                "('twice', 0, 'x', 'obstacle.logged', '{}'), "
                "('twice', 1, 'y', 'obstacle.logged', '{}')")
    with store.engine.connect() as conn:  # nothing kept, the index back
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM events").scalar() == 0
        assert _unique_on_id(conn) == (False, True)
    store.dispose()
