"""The reason catalogue: the team's agreement per reason, its usual outcome, and retirement.

Revision ID: 0008
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reasons") as batch:
        batch.add_column(sa.Column("agreement", sa.Text))
        batch.add_column(sa.Column("usual_outcome", sa.String(16)))
        batch.add_column(sa.Column("retired", sa.BigInteger))


def downgrade() -> None:
    with op.batch_alter_table("reasons") as batch:
        batch.drop_column("retired")
        batch.drop_column("usual_outcome")
        batch.drop_column("agreement")
