"""Roster: former team members and cancelled shift time.

``employees.active`` is false after employee.deactivated; ``shifts.cancelled`` marks the rows of
shift.cancelled events, which take working time away again (read in seq order). A partial index
finds the rare employee.changed / employee.deactivated events the way the definitions are found.

Revision ID: 0006
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0003"
branch_labels = None
depends_on = None

TEAM_CHANGES = sa.text("type IN ('employee.changed', 'employee.deactivated')")


def upgrade() -> None:
    op.add_column("employees", sa.Column("active", sa.Boolean, nullable=False,
                                         server_default=sa.true()))
    op.add_column("shifts", sa.Column("cancelled", sa.Boolean, nullable=False,
                                      server_default=sa.false()))
    op.create_index("ix_events_team_changes", "events", ["type"], sqlite_where=TEAM_CHANGES,
                    postgresql_where=TEAM_CHANGES)
    op.create_index("ix_shifts_employee_start", "shifts", ["employee", "start"])


def downgrade() -> None:
    op.drop_index("ix_shifts_employee_start", "shifts")
    op.drop_index("ix_events_team_changes", "events")
    with op.batch_alter_table("shifts") as batch:
        batch.drop_column("cancelled")
    with op.batch_alter_table("employees") as batch:
        batch.drop_column("active")
