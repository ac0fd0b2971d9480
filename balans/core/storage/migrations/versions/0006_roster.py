"""Roster: former team members, cancelled shift time, and the database knows the new types.

- ``employees.active`` is false after employee.deactivated;
- ``shifts.cancelled`` marks the rows of shift.cancelled events, which take working time away
  again (readers apply shift rows in seq order);
- employee.changed, employee.deactivated and shift.cancelled join the known types: the guards of
  revision 0004 (PostgreSQL CHECKs) are replaced by ones that know them;
- a partial index finds the rare employee.changed / employee.deactivated events the way the
  definitions are found, and shifts are found per employee by start.

Revision ID: 0006
Revises: 0004
"""
import importlib.util
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None

# Read from the file beside this one, as Alembic reads revisions (a frozen build ships them as
# files, not as importable modules).
_spec = importlib.util.spec_from_file_location(
    "balans_revision_0004", Path(__file__).with_name("0004_database_guards.py"))
assert _spec is not None and _spec.loader is not None
_guards = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_guards)
# Every known type and its required fields as of this revision (a test compares this with the
# registry in balans.core.journal.events).
REQUIRED = {
    **_guards.REQUIRED,
    "employee.changed": ("employee",),
    "employee.deactivated": ("employee",),
    "shift.cancelled": ("employee", "start", "end"),
}
TEAM_CHANGES = sa.text("type IN ('employee.changed', 'employee.deactivated')")


def _guard_sql(required: dict) -> dict[str, str]:
    types = ", ".join(f"'{t}'" for t in required)
    cases = " ".join(
        f"WHEN '{t}' THEN (data::jsonb) ?& ARRAY[{', '.join(repr(f) for f in fields)}]"
        for t, fields in required.items())
    return {"events_known_type": f"type IN ({types})",
            "events_required_fields": f"CASE type {cases} ELSE false END"}


def replace_guards(required: dict) -> None:
    """The PostgreSQL checks of revision 0004, for another set of known types (SQLite keeps no
    guard: see 0004). Later revisions that add types call this with their own list."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, check in _guard_sql(required).items():
        op.execute(f"ALTER TABLE events DROP CONSTRAINT IF EXISTS {name}")
        op.execute(f"ALTER TABLE events ADD CONSTRAINT {name} CHECK ({check}) NOT VALID")


def upgrade() -> None:
    op.add_column("employees", sa.Column("active", sa.Boolean, nullable=False,
                                         server_default=sa.true()))
    op.add_column("shifts", sa.Column("cancelled", sa.Boolean, nullable=False,
                                      server_default=sa.false()))
    op.create_index("ix_events_team_changes", "events", ["type"], sqlite_where=TEAM_CHANGES,
                    postgresql_where=TEAM_CHANGES)
    op.create_index("ix_shifts_employee_start", "shifts", ["employee", "start"])
    replace_guards(REQUIRED)


def downgrade() -> None:
    replace_guards(_guards.REQUIRED)
    op.drop_index("ix_shifts_employee_start", "shifts")
    op.drop_index("ix_events_team_changes", "events")
    op.drop_column("shifts", "cancelled")
    op.drop_column("employees", "active")
