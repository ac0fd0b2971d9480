"""Index tasks by status and closing time together.

"Tasks finished in the last ten days" (the board's days-to-clear) was answered through the index
on status alone, which walks every task ever finished: SQLite, without statistics, prefers the
equality. One index on (status, closed) answers it as a short range, and also serves every
look-up by status, so it replaces the index on status alone (no extra work on import).

Revision ID: 0009
Revises: 0008
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_tasks_status_closed", "tasks", ["status", "closed"])
    op.drop_index("ix_tasks_status", "tasks")


def downgrade() -> None:
    op.create_index("ix_tasks_status", "tasks", ["status"])
    op.drop_index("ix_tasks_status_closed", "tasks")
