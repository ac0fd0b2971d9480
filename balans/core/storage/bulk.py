"""Bulk loads on SQLite: set the secondary indexes aside, build them again at the end.

Keeping an index up to date row by row costs a B-tree descent per row and index; building it
once over the finished table is a sort. For a load at least as big as what is already stored
(a first import, a demo fill), dropping the journal's and state tables' secondary indexes and
recreating them from their own stored definitions — inside the same transaction, so the load
stays all or nothing and nobody ever sees a table without them — is the cheaper way. The event
id's unique index is built again like the others: a repeated id fails that build and so the
whole load (the journal leaves repeated ids out before it inserts, so this is the last guard, not
the check). The primary keys stay: SQLite cannot set them aside.

PostgreSQL is left alone: dropping an index there locks the table against every reader (the
other desktops) for the whole load.
"""
from __future__ import annotations

import contextlib
from typing import Iterator

import sqlalchemy as sa

BULK_MIN = 50_000  # below this, maintaining the indexes row by row is cheaper
TABLES = ("events", "contacts", "tasks")


@contextlib.contextmanager
def indexes_set_aside(conn: sa.Connection, adding: int, stored: int) -> Iterator[None]:
    """Around the inserts of one append of ``adding`` rows to a journal of ``stored`` rows."""
    if conn.dialect.name != "sqlite" or adding < BULK_MIN or adding < stored:
        yield
        return
    marks = ", ".join(f"'{t}'" for t in TABLES)
    definitions = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})").all()  # sql IS NULL: the automatic unique-key indexes
    for name, _sql in definitions:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in definitions:
        conn.exec_driver_sql(sql)

