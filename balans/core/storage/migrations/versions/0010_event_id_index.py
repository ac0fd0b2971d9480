"""The event id's uniqueness as a named unique index instead of a table constraint.

A ``UNIQUE`` written into the table is an index SQLite keeps row by row and cannot set aside: a
big first import paid a random B-tree insert per event for it (1.6 s of a million-event import,
measured). As a named unique index it is one of the indexes a bulk load builds again at the end
(``storage.bulk``), which is a sort; a repeated id still fails, now at that build, and the
whole load with it. Nothing else changes: the same column, the same rule.

SQLite cannot drop a table constraint, so the table is made again and its rows copied back,
keeping every ``seq``: the plan tables refer to them. Their references are checked deferred
(``defer_foreign_keys``): dropping the old table counts them as broken, and putting the same
rows back into a table of the same name counts them as mended, before the commit checks. On
PostgreSQL the constraint is dropped and the index made.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

INDEX = "ux_events_id"
# The events table as migrations 0001 made it, without and with the constraint.
_COLUMNS = """seq INTEGER NOT NULL,
    id VARCHAR(200),
    t BIGINT NOT NULL,
    ts VARCHAR(64) NOT NULL,
    type VARCHAR(32) NOT NULL,
    employee VARCHAR(200),
    contact VARCHAR(200),
    task VARCHAR(200),
    actor VARCHAR(200),
    data TEXT NOT NULL,
    PRIMARY KEY (seq)"""
_NAMES = "seq, id, t, ts, type, employee, contact, task, actor, data"


def _rebuild_sqlite(constraint: bool) -> None:
    """Make the events table again, with or without the constraint, keeping rows, indexes and
    triggers."""
    bind = op.get_bind()
    kept = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'events' "
        "AND sql IS NOT NULL AND type IN ('index', 'trigger') ORDER BY type, name").all()
    op.execute("PRAGMA defer_foreign_keys = ON")  # until the commit, which checks them all
    op.execute("CREATE TABLE events_copy AS SELECT * FROM events")  # on disk: it may be big
    op.execute("DROP TABLE events")  # its indexes and triggers with it (none fires)
    extra = ",\n    UNIQUE (id)" if constraint else ""
    op.execute(f"CREATE TABLE events (\n    {_COLUMNS}{extra}\n)")
    op.execute(f"INSERT INTO events ({_NAMES}) SELECT {_NAMES} FROM events_copy ORDER BY seq")
    op.execute("DROP TABLE events_copy")
    for name, sql in kept:
        if name == INDEX:
            continue
        op.execute(sql)
    if not constraint:
        op.execute(f"CREATE UNIQUE INDEX {INDEX} ON events (id)")
    broken = bind.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        raise RuntimeError(f"the events table was not rebuilt cleanly: {broken[:3]}")


def _pg_constraint() -> str | None:
    for unique in sa.inspect(op.get_bind()).get_unique_constraints("events"):
        if unique["column_names"] == ["id"]:
            return unique["name"]
    return None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        name = _pg_constraint()
        op.execute(f"CREATE UNIQUE INDEX {INDEX} ON events (id)")
        if name:
            op.execute(f'ALTER TABLE events DROP CONSTRAINT "{name}"')
    else:
        _rebuild_sqlite(constraint=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE events ADD UNIQUE (id)")
        op.execute(f"DROP INDEX {INDEX}")
    else:
        _rebuild_sqlite(constraint=True)
