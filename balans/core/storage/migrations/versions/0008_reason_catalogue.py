"""The reason catalogue (the team's agreement per reason, its usual outcome, retirement) and
interval statistics imported from telephony/ACD exports; the database's guard learns the three
new event types (reason.retired, contact.imported, queue.interval).

Revision ID: 0008
Revises: 0004
"""
import importlib

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0004"
branch_labels = None
depends_on = None

_GUARDS = importlib.import_module("balans.core.storage.migrations.versions.0004_database_guards")
# The known types and their required fields as of this revision (see 0004: a later revision that
# adds a type replaces the constraints again).
REQUIRED = {
    **_GUARDS.REQUIRED,
    "reason.retired": ("reason",),
    "contact.imported": ("contact", "channel", "source"),
    "queue.interval": ("source", "channel", "start", "end", "offered"),
}


def _guard_sql(required: dict[str, tuple[str, ...]]) -> tuple[dict[str, str], str]:
    types = ", ".join(f"'{t}'" for t in required)
    cases = " ".join(
        f"WHEN '{t}' THEN (data::jsonb) ?& ARRAY[{', '.join(repr(f) for f in fields)}]"
        for t, fields in required.items())
    checks = {"events_known_type": f"type IN ({types})",
              "events_required_fields": f"CASE type {cases} ELSE false END"}
    old = ", ".join(f"'{t}'" for t in _GUARDS.REQUIRED)
    sqlite = _GUARDS.SQLITE_GUARD.replace(f"NOT IN ({old})", f"NOT IN ({types})")
    if required != _GUARDS.REQUIRED and sqlite == _GUARDS.SQLITE_GUARD:
        raise RuntimeError("the SQLite guard of revision 0004 has changed shape")
    return checks, sqlite


def _replace_guard(required: dict[str, tuple[str, ...]]) -> None:
    checks, sqlite = _guard_sql(required)
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TRIGGER IF EXISTS events_guard")
        op.execute(sqlite)
        return
    for name, check in checks.items():
        op.execute(f"ALTER TABLE events DROP CONSTRAINT IF EXISTS {name}")
        op.execute(f"ALTER TABLE events ADD CONSTRAINT {name} CHECK ({check}) NOT VALID")


def upgrade() -> None:
    with op.batch_alter_table("reasons") as batch:
        batch.add_column(sa.Column("agreement", sa.Text))
        batch.add_column(sa.Column("usual_outcome", sa.String(16)))
        batch.add_column(sa.Column("retired", sa.BigInteger))
    seq = sa.BigInteger().with_variant(sa.Integer, "sqlite")
    op.create_table(
        "queue_intervals",
        sa.Column("seq", seq, sa.ForeignKey("events.seq"), primary_key=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("start", sa.BigInteger, nullable=False),
        sa.Column("end", sa.BigInteger, nullable=False),
        sa.Column("offered", sa.Integer, nullable=False),
        sa.Column("answered", sa.Integer),
        sa.Column("abandoned", sa.Integer),
        sa.Column("handle_s", sa.Float),
    )
    op.create_index("ix_queue_intervals_start", "queue_intervals", ["start"])
    _replace_guard(REQUIRED)


def downgrade() -> None:
    _replace_guard(_GUARDS.REQUIRED)
    op.drop_index("ix_queue_intervals_start", "queue_intervals")
    op.drop_table("queue_intervals")
    with op.batch_alter_table("reasons") as batch:
        batch.drop_column("retired")
        batch.drop_column("usual_outcome")
        batch.drop_column("agreement")
